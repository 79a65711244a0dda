import { defineRule } from '@reportlint/core';
import { occurrenceSpan, partData } from '../shared/parts.js';

export const rule = defineRule({
  id: 'part-heading',
  meta: {
    severity: 'warn',
    family: 'outline',
    fixable: false,
    description: {
      'zh-CN': '每个部分应有自己的一级标题，不应只见于正文段落或嵌套在其他部分之下',
      en: 'Each part should have its own top-level heading, not live in body text or inside another part',
    },
    messages: {
      nested: {
        'zh-CN': '“{part}”嵌套在“{parent}”之下，应单列为一级标题',
        en: '"{partEn}" is nested inside "{parent}"; give it a top-level heading of its own',
      },
      paragraph: {
        'zh-CN': '“{part}”只见于正文段落，没有标题，应单列为一级标题',
        en: '"{partEn}" appears only as body text without a heading; give it a top-level heading of its own',
      },
    },
  },
  check(tree, ctx) {
    for (const part of tree.profile.parts) {
      const found = tree.parts.filter((o) => o.part === part.id);
      if (found.length === 0 || found.some((o) => o.kind === 'section')) continue;
      for (const occ of found) {
        const parent = tree.sections.find((s) => s.position.start.offset! <= occ.start && occ.start < s.position.end.offset!);
        ctx.report({
          messageId: occ.kind === 'nested' ? 'nested' : 'paragraph',
          data: { ...partData(tree.profile, part.id), parent: parent ? `${parent.marker?.raw ?? ''}${parent.title}` : '' },
          ...occurrenceSpan(tree, occ),
        });
      }
    }
  },
});
