import { defineRule } from '@reportlint/core';
import { withinProse } from '../shared/prose.js';
import { quotedRanges } from '../shared/ranges.js';

/**
 * A 顿号 right between a closing and an opening mark of the same kind: titles (》、《) or quotations (”、“, and
 * the corner brackets of Traditional text, 」、「 and 』、『). GB/T 15834—2011 4.5.3.5: items each in 书名号 or
 * in quotation marks are usually listed without a 顿号; one is used when something stands between them (a
 * note in brackets after a title: 《……》（2021年修订）、《……》), which this pattern does not match.
 */
const COMMA_BETWEEN_MARKS = /》、《|”、“|」、「|』、『/g;

export const rule = defineRule({
  id: 'comma-between-marks',
  meta: {
    severity: 'off',
    strictSeverity: 'warn',
    family: 'style',
    fixable: true,
    description: {
      'zh-CN': '并列的书名号之间、引号之间通常不用顿号（《宪法》《民法典》，不写《宪法》、《民法典》）',
      en: 'Items each in 书名号 or quotation marks are listed without a 顿号 between them (《宪法》《民法典》, not 《宪法》、《民法典》)',
    },
    messages: {
      between: {
        'zh-CN': '并列的{kind}之间通常不用顿号：应删去{item}后的顿号（GB/T 15834—2011 4.5.3.5）',
        en: 'Items each in {kind} are listed without a 顿号 between them: delete the 顿号 after {item} (GB/T 15834—2011 4.5.3.5)',
      },
    },
  },
  check(tree, ctx) {
    const text = tree.source.text;
    COMMA_BETWEEN_MARKS.lastIndex = 0;
    for (let m = COMMA_BETWEEN_MARKS.exec(text); m; m = COMMA_BETWEEN_MARKS.exec(text)) {
      if (!withinProse(tree, m.index, m.index + m[0].length) || inTitle(tree.normalized, m.index + 1)) continue;
      const comma = m.index + 1;
      const data = { kind: m[0].startsWith('》') ? '书名号' : '引号', item: itemBefore(text, m.index) };
      ctx.report({ messageId: 'between', data, start: comma, end: comma + 1, fix: { range: [comma, comma + 1], text: '' } });
    }
  },
});

/**
 * Whether offset `at` is inside a title in 《》 (outermost, on its line): another body's document is cited as it was
 * issued (《关于转发……“一号司法建议”、“二号司法建议”的报告》), its 顿号 included.
 */
function inTitle(normalized: string, at: number): boolean {
  const lineStart = normalized.lastIndexOf('\n', at) + 1;
  const lineEnd = normalized.indexOf('\n', at);
  const title = quotedRanges(normalized, lineStart, lineEnd === -1 ? normalized.length : lineEnd).find((r) => r.start < at && at < r.end);
  return title !== undefined && normalized[title.start] === '《';
}

/** The opening mark of each closing one. */
const OPENER: Record<string, string> = { '》': '《', '”': '“', '」': '「', '』': '『' };
/** How far back the item before the 顿号 is looked for, and the longest one a message quotes whole. */
const ITEM_REACH = 60;
const ITEM_MAX = 16;

/** The item whose closing mark is at `close`, as a message names it: 《……》 with its marks, a quotation in “” (the text's own marks). */
function itemBefore(text: string, close: number): string {
  const closer = text.charAt(close);
  const open = text.lastIndexOf(OPENER[closer]!, close);
  const inner = open === -1 || close - open > ITEM_REACH ? '' : text.slice(open + 1, close);
  const shown = inner.length > ITEM_MAX ? `${inner.slice(0, ITEM_MAX)}……` : inner;
  return closer === '》' ? `《${shown}》` : `“${shown}”`;
}
