import { defineRule } from '@reportlint/core';
import type { ReportTree, Section } from '@reportlint/parser';
import { LEAD_IN } from '../shared/prose.js';

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
      'zh-CN': '独占一行的标题末尾不加逗号、顿号或分号（如“一、主要举措和成效；”）；引出标题的“……报告如下”末尾加冒号',
      en: 'A heading on a line of its own does not end with a comma, an enumeration comma or a semicolon (一、主要举措和成效；); the lead-in the headings follow (……报告如下) ends with a colon',
    },
    messages: {
      ending: {
        'zh-CN': '标题“{heading}”末尾不应有“{mark}”：独占一行的标题不加逗号、顿号或分号',
        en: 'The heading "{heading}" should not end with "{mark}": a heading on a line of its own takes no comma, enumeration comma or semicolon',
      },
      leadIn: {
        'zh-CN': '“{tail}”引出下面的标题，末尾缺少标点：应加冒号“：”',
        en: '"{tail}" leads in to the headings below and ends with no mark: add a colon',
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
    for (const { start, end } of leadInsWithoutMark(tree)) {
      const from = Math.max(start, end - LEAD_IN_QUOTED);
      const tail = (from > start ? '……' : '') + text.slice(from, end);
      ctx.report({ messageId: 'leadIn', data: { tail }, start: end - 1, end, fix: { range: [end, end], text: '：' } });
    }
  },
});

/** How much of a lead-in's end a message quotes. */
const LEAD_IN_QUOTED = 12;

/**
 * Where each paragraph ends that closes with a lead-in (“现将法治政府建设相关情况报告如下”, see LEAD_IN) and no mark at all,
 * a heading right after it: the headings are what it announces, and it takes a colon (“报告如下：”). A full stop after
 * it (“报告如下。”) is a choice some reports make, and is left alone; so is a lead-in over body text, which may be a
 * paragraph of its own that lost its mark rather than the announcement of what follows.
 */
function leadInsWithoutMark(tree: ReportTree): Array<{ start: number; end: number }> {
  const normalized = tree.normalized;
  const headingLines = new Set(tree.allSections.map((s) => headingLineStart(normalized, s.position.start.offset!)));
  const leadIns: Array<{ start: number; end: number }> = [];
  for (const block of tree.blocks) {
    let end = block.end;
    while (end > block.start && /\s/.test(normalized[end - 1]!)) end--;
    if (!LEAD_IN.test(normalized.slice(Math.max(block.start, end - 8), end))) continue;
    // The line of the paragraph's last sentence: the one the message quotes.
    const start = Math.max(block.start, normalized.lastIndexOf('\n', end - 1) + 1);
    let next = block.end;
    while (next < normalized.length && /\s/.test(normalized[next]!)) next++;
    if (headingLines.has(next)) leadIns.push({ start, end });
  }
  return leadIns;
}

/** Where the text of a heading's line starts: at the heading, or at the #s of a Markdown heading before it. */
function headingLineStart(normalized: string, start: number): number {
  let at = normalized.lastIndexOf('\n', start - 1) + 1;
  while (at < start && /\s/.test(normalized[at]!)) at++;
  return /^#*\s*$/.test(normalized.slice(at, start)) ? at : start;
}
