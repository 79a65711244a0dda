import { defineRule, Type } from '@reportlint/core';
import type { Section } from '@reportlint/parser';
import { headingSpan, partData } from '../shared/parts.js';

const schema = Type.Object(
  {
    placeholders: Type.Array(Type.String(), {
      default: ['无', '略', '暂无', '（略）', '此处略', '待补充', '待填写', '待完善', '待定', 'TODO', 'TBD', '……', '...', '…'],
      description: 'Texts that count as no content when a part holds nothing else (compared after trimming punctuation).',
    }),
  },
  { additionalProperties: false },
);

export const rule = defineRule({
  id: 'empty-part',
  meta: {
    severity: 'error',
    family: 'outline',
    fixable: false,
    description: {
      'zh-CN': '部分的标题之下必须有内容，不能为空或只有占位文字',
      en: 'A part heading must be followed by content, not nothing or a placeholder',
    },
    messages: {
      empty: {
        'zh-CN': '“{part}”标题下没有内容',
        en: '"{partEn}" has a heading but no content',
      },
      placeholder: {
        'zh-CN': '“{part}”标题下只有占位文字“{text}”，应写明实际情况',
        en: '"{partEn}" holds only the placeholder "{text}"; write what actually happened',
      },
    },
    schema,
  },
  check(tree, ctx) {
    const placeholders = new Set(ctx.options.placeholders.map(trim));
    for (const occ of tree.parts) {
      if (occ.node.type !== 'section') continue;
      const section = occ.node as Section;
      const texts = contentSpans(section).map(([a, b]) => tree.normalized.slice(a, b));
      const words = texts.map(trim).filter((t) => t !== '');
      if (words.length === 0) {
        ctx.report({ messageId: 'empty', data: partData(tree.profile, occ.part), ...headingSpan(section) });
      } else if (words.every((w) => placeholders.has(w))) {
        ctx.report({ messageId: 'placeholder', data: { ...partData(tree.profile, occ.part), text: words.join('') }, ...headingSpan(section) });
      }
    }
  },
});

/** Spans of everything under a section: nested titles count as content, the section's own title does not. */
function contentSpans(section: Section): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (const child of section.children) {
    if (child.type === 'section') spans.push([child.titleStart, child.titleEnd], ...contentSpans(child));
    else if (child.position) spans.push([child.position.start.offset!, child.position.end.offset!]);
  }
  return spans;
}

function trim(text: string): string {
  return text.replace(/^[\s。.,，:：;；()（）]+|[\s。.,，:：;；]+$/g, '');
}
