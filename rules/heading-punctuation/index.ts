import { defineRule } from '@reportlint/core';
import type { Section } from '@reportlint/parser';

/**
 * Marks that end no heading: a heading on a line of its own ends with no mark at all, and a run-in one
 * (（一）加强组织领导。正文……) with a full stop. A colon (一、主要做法：) and a full stop after a heading on
 * its own line are common enough in published reports to be a house style, and are left alone.
 */
const WRONG_ENDINGS = new Set('，,、；;');
/** Longest heading a message quotes whole; a longer one is cut with …… . */
const QUOTED_MAX = 30;
/** The marks whose fix is to delete them: a comma or 顿号 may instead cut a heading whose rest is on the next line. */
const DELETED = new Set('；;');

export const rule = defineRule({
  id: 'heading-punctuation',
  meta: {
    severity: 'warn',
    family: 'numbering',
    fixable: true,
    description: {
      'zh-CN': '独占一行的标题末尾不加逗号、顿号或分号（如“一、主要举措和成效；”）',
      en: 'A heading on a line of its own does not end with a comma, an enumeration comma or a semicolon (一、主要举措和成效；)',
    },
    messages: {
      ending: {
        'zh-CN': '标题“{heading}”末尾不应有“{mark}”：独占一行的标题不加逗号、顿号或分号',
        en: 'The heading "{heading}" should not end with "{mark}": a heading on a line of its own takes no comma, enumeration comma or semicolon',
      },
    },
  },
  check(tree, ctx) {
    const text = tree.source.text;
    const visit = (sections: readonly Section[]): void => {
      for (const section of sections) {
        visit(section.children.filter((c): c is Section => c.type === 'section'));
        // A heading that heads nothing is an item of a list (1.加强学习；2.……；), which a semicolon may end.
        if (section.inline || section.children.length === 0) continue;
        const title = text.slice(section.titleStart, section.titleEnd).trimEnd();
        const mark = title.at(-1);
        if (mark === undefined || !WRONG_ENDINGS.has(mark)) continue;
        const start = section.titleStart + title.length - 1;
        const heading = title.slice(0, -1);
        ctx.report({
          messageId: 'ending',
          data: { heading: heading.length > QUOTED_MAX ? `${heading.slice(0, QUOTED_MAX)}……` : heading, mark },
          start,
          end: start + 1,
          ...(DELETED.has(mark) ? { fix: { range: [start, start + 1] as [number, number], text: '' } } : {}),
        });
      }
    };
    visit(tree.sections);
  },
});
