import { defineRule, Type } from '@reportlint/core';
import { sentenceBreaks } from '@reportlint/parser';
import type { ReportTree } from '@reportlint/parser';
import { guardedSpans, proseSpans } from '../shared/prose.js';
import { inRanges, isWhiteSpace } from '../shared/ranges.js';

/**
 * The pairs GB/T 15834 prescribes, as they appear in the normalized view (full-width （） are folded
 * to ( ), so both widths are one kind), with their names. Straight quotes (" ') open and close
 * alike: left alone.
 */
const PAIRS = ['“”', '‘’', '《》', '〈〉', '()', '【】', '〔〕', '「」', '『』'];
const NAMES = ['引号', '单引号', '书名号', '单书名号', '括号', '方头括号', '六角括号', '直角引号', '双直角引号'];
const NAMES_EN = ['quotation mark', 'single quotation mark', 'title mark', 'single title mark', 'parenthesis', 'lenticular bracket', 'tortoise-shell bracket', 'corner bracket', 'double corner bracket'];
/** The partner of a mark as written, for the English message: （ → ）, ( → ). */
const PARTNER: Record<string, string> = { '（': '）', '）': '（' };
for (const [open, close] of PAIRS) {
  PARTNER[open!] = close!;
  PARTNER[close!] = open!;
}
/** Kind + 1 of the pair a character opens (positive) or closes (negative), 0 for any other; by character code. */
const MARK = new Int8Array(0x10000);
PAIRS.forEach((pair, kind) => {
  MARK[pair.charCodeAt(0)] = kind + 1;
  MARK[pair.charCodeAt(1)] = -(kind + 1);
});
const PAREN = PAIRS.indexOf('()');
const SINGLE_QUOTE = PAIRS.indexOf('‘’');
/** Quotation marks: a quotation over several paragraphs opens each and closes only the last. */
const QUOTATIONS = new Set(['“”', '‘’', '「」', '『』'].map((p) => PAIRS.indexOf(p)));
const MARKS = new RegExp(`[${PAIRS.join('').replace(/[()]/g, '\\$&')}]`, 'g');

/**
 * An item number closed by a lone parenthesis, 1) a) 一) ①) at a line's start or after a list's
 * punctuation (……：1)审批；2)监管): a numbering style, not half a pair.
 */
const ITEM_NUMBER = /(?:^|[\s:;,。、\-—~])(?:\d{1,3}|[A-Za-z]|[ivxIVX]{1,4}|[一二三四五六七八九十]{1,3}|[①-⑳])$/;
/** Looked back from a lone ) for an item number: the longest the number and what precedes it take. */
const ITEM_LOOKBACK = 5;
const isLatin = (code: number) => (code | 0x20) >= 97 && (code | 0x20) <= 122;

export const rule = defineRule({
  id: 'paired-punctuation',
  meta: {
    severity: 'warn',
    family: 'style',
    fixable: false,
    description: {
      'zh-CN': '引号、书名号、括号应成对使用，不能只有前一半或后一半',
      en: 'Quotation marks, title marks and brackets must come in pairs: no opening mark without its closing one, or the other way round',
    },
    messages: {
      unclosed: {
        'zh-CN': '前{name}后面没有对应的后{name}：请补上后{name}，或删去这个前{name}',
        en: 'Opening {nameEn} "{mark}" is never closed: add its "{partner}" or delete it',
      },
      unopened: {
        'zh-CN': '后{name}前面没有对应的前{name}：请补上前{name}，或删去这个后{name}',
        en: 'Closing {nameEn} "{mark}" closes nothing: add its "{partner}" or delete it',
      },
    },
    schema: Type.Object({}, { additionalProperties: false }),
  },
  check(tree, ctx) {
    const report = (messageId: 'unclosed' | 'unopened', at: number) => {
      const kind = Math.abs(MARK[tree.normalized.charCodeAt(at)]!) - 1;
      const mark = tree.source.text[at]!;
      ctx.report({ messageId, data: { name: NAMES[kind]!, nameEn: NAMES_EN[kind]!, mark, partner: PARTNER[mark] ?? '' }, start: at, end: at + 1 });
    };
    for (const at of unclosedMarks(tree, (closer) => report('unopened', closer))) report('unclosed', at);
  },
});

/** An opening mark not yet closed, and the paragraph it is in. */
interface Open {
  at: number;
  paragraph: number;
}

/**
 * Pairs the marks of the report's running text (text, headings; not code, links' and images' syntax,
 * URLs), each kind on its own: a crossing (“《条例”》) is a pair of each. Calls `unopened` for each
 * closing mark that closes nothing and returns the opening marks never closed, in order.
 *
 * A mark left open at a paragraph's end stays open into the next ones: a plain-text line wrapped
 * inside a quotation (a PDF's text) closes it on the next line. A quotation over several paragraphs
 * opens each and closes the last only (GB/T 15834 4.1.3.3): an open quotation mark is taken as
 * continued when the next paragraph opens with the same mark. A line that carries on the sentence of
 * the line before (a PDF's wrap, as the parser judges it) is the same paragraph: the quotation it
 * carries is the one the next paragraph continues.
 */
function unclosedMarks(tree: ReportTree, unopened: (at: number) => void): number[] {
  const text = tree.normalized;
  const open: Open[][] = PAIRS.map(() => []);
  const spans = proseSpans(tree);
  const unclosed: number[] = [];
  let paragraph = 0;
  let previousEnd = -1;
  // The lines that carry on the sentence of the line before.
  const wrapped = new Set(sentenceBreaks(tree).map((b) => b.next.start));
  for (let index = 0; index < spans.length; index++) {
    const span = spans[index]!;
    let from = span.start;
    // Runs of one paragraph are split only by inline markup; a line break between them starts another,
    // unless it cuts a sentence.
    const lineBreak = previousEnd !== -1 && hasLineBreak(text, previousEnd, span.start);
    if (previousEnd === -1 || (lineBreak && !wrapped.has(firstNonBlank(text, span.start, span.end)))) {
      paragraph++;
      from = decoratedStart(text, span.start);
      continueQuotation(text, from, span.end, open, paragraph);
    }
    previousEnd = span.end;
    const guarded = guardedSpans(tree, index);
    const slice = text.slice(from, span.end);
    MARKS.lastIndex = 0;
    // test, not exec: the mark's offset is all that is needed, without a match array for each.
    while (MARKS.test(slice)) {
      const at = from + MARKS.lastIndex - 1;
      if (guarded.length > 0 && inRanges(guarded, at)) continue;
      const mark = MARK[text.charCodeAt(at)]!;
      if (mark > 0) {
        open[mark - 1]!.push({ at, paragraph });
        continue;
      }
      const kind = -mark - 1;
      const stack = open[kind]!;
      const itemNumber = kind === PAREN && ITEM_NUMBER.test(text.slice(Math.max(span.start, at - ITEM_LOOKBACK), at));
      // An item number (……：1）) closes no bracket left open in an earlier paragraph (a heading's “（一”).
      if (stack.length > 0 && !(itemNumber && stack[stack.length - 1]!.paragraph !== paragraph)) {
        stack.pop();
        continue;
      }
      if (itemNumber) continue;
      // China’s, don’t: an apostrophe.
      if (kind === SINGLE_QUOTE && isLatin(text.charCodeAt(at - 1))) continue;
      unopened(at);
    }
  }
  for (const stack of open) for (const o of stack) unclosed.push(o.at);
  return unclosed.sort((a, b) => a - b);
}

/**
 * Where a paragraph's marks begin: a heading's run starts at its marker, so the brackets a drafter
 * puts around the whole heading (【一、主要举措和成效】) are before it, on the same line.
 */
function decoratedStart(text: string, start: number): number {
  let from = start;
  while (from > 0 && (MARK[text.charCodeAt(from - 1)]! > 0 || isBlank(text.charCodeAt(from - 1)))) from--;
  while (from < start && isBlank(text.charCodeAt(from))) from++;
  return from;
}

/** Whether `text[start, end)` holds a line break (\n or \r). */
function hasLineBreak(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code === 10 || code === 13) return true;
  }
  return false;
}

const isBlank = (code: number) => code !== 10 && code !== 13 && isWhiteSpace(code);

const firstNonBlank = (text: string, start: number, end: number) => {
  let first = start;
  while (first < end && isWhiteSpace(text.charCodeAt(first))) first++;
  return first;
};

/** A paragraph opening with a quotation mark continues the quotation the paragraph before left open. */
function continueQuotation(text: string, start: number, end: number, open: Open[][], paragraph: number): void {
  const first = firstNonBlank(text, start, end);
  const kind = MARK[text.charCodeAt(first)]! - 1;
  if (!QUOTATIONS.has(kind)) return;
  const stack = open[kind]!;
  while (stack.length > 0 && stack[stack.length - 1]!.paragraph === paragraph - 1) stack.pop();
}
