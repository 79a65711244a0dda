import { defineRule, Type } from '@reportlint/core';
import type { TextEdit } from '@reportlint/core';
import { isCjk, proseSpans, protectedSpans } from '../shared/prose.js';
import { inRanges } from '../shared/ranges.js';

const FULL_WIDTH: Record<string, string> = { ',': '，', ';': '；', ':': '：', '?': '？', '!': '！', '(': '（', ')': '）' };

const schema = Type.Object(
  {
    marks: Type.String({
      default: ',;:?!()',
      pattern: '^[,;:?!()]*$',
      description: 'Half-width marks to report in Chinese text (any of , ; : ? ! ( )).',
    }),
  },
  { additionalProperties: false },
);

/** Characters a mark's context looks through: blanks and Markdown emphasis. */
const TRANSPARENT = new Set([' ', '\t', '\u3000', '\u00a0', '*', '_', '~']);
/**
 * Quotation marks are looked through from outside (“一件事”,联办: the comma follows Chinese) but
 * end the search from inside ("Hello, world!"然后: the ! belongs to the English quotation).
 * ASCII quotes cannot tell opening from closing, so they end the search both ways.
 */
const CLOSING_QUOTES = new Set(['”', '’']);
const OPENING_QUOTES = new Set(['“', '‘']);
const ASCII_QUOTES = new Set(['"', "'"]);
type Side = 'cjk' | 'other' | 'none';
const SIDES: ReadonlyArray<Side | undefined> = [undefined, 'none', 'cjk', 'other'];

export const rule = defineRule({
  id: 'punctuation-width',
  meta: {
    severity: 'warn',
    family: 'style',
    fixable: true,
    description: {
      'zh-CN': '中文行文中的逗号、分号、冒号、问号、叹号、括号应使用全角标点',
      en: 'Commas, semicolons, colons, question and exclamation marks and parentheses in Chinese text must be full-width',
    },
    messages: {
      halfWidth: {
        'zh-CN': '中文行文应使用全角标点“{expected}”，文中为半角“{actual}”',
        en: 'Use the full-width "{expected}" in Chinese text instead of the half-width "{actual}"',
      },
    },
    schema,
  },
  check(tree, ctx) {
    const text = tree.source.text;
    const marks = new Set([...ctx.options.marks]);
    if (marks.size === 0) return;
    const markCodes = new Uint8Array(128);
    for (const mark of marks) markCodes[mark.charCodeAt(0)] = 1;
    const markdown = tree.source.format === 'md';

    const normalized = tree.normalized;
    const digit = (i: number) => i >= 0 && i < normalized.length && normalized.charCodeAt(i) >= 48 && normalized.charCodeAt(i) <= 57;
    // The nearest telling character on one side, on the same line: blanks, Markdown emphasis,
    // quotation marks seen from outside, other marks and the figures of a number (100%, 3.5) are
    // looked through, so "达到100%,3928家" is Chinese text. Results are remembered for every
    // character looked through, so runs of marks, blanks or digits cost linear time in all.
    const memo = { [1]: new Int8Array(text.length), [-1]: new Int8Array(text.length) };
    const passThrough = (i: number, step: 1 | -1): boolean => {
      const ch = text[i]!;
      if (TRANSPARENT.has(ch) || marks.has(ch)) return true;
      if ((step === 1 ? OPENING_QUOTES : CLOSING_QUOTES).has(ch)) return true;
      const c = normalized.charCodeAt(i);
      return (c >= 48 && c <= 57) || c === 46 || c === 37 || c === 0x2030;
    };
    const side = (from: number, step: 1 | -1): Side => {
      const cache = memo[step];
      const path: number[] = [];
      let result: Side = 'none';
      for (let i = from; i >= 0 && i < text.length; i += step) {
        if (cache[i]) {
          result = SIDES[cache[i]!]!;
          break;
        }
        const ch = text[i]!;
        if (ch === '\n' || ch === '\r' || ASCII_QUOTES.has(ch) || (step === 1 ? CLOSING_QUOTES : OPENING_QUOTES).has(ch)) break;
        if (passThrough(i, step)) {
          path.push(i);
          continue;
        }
        result = isCjk(ch.charCodeAt(0)) ? 'cjk' : 'other';
        break;
      }
      const code = SIDES.indexOf(result) as 1 | 2 | 3;
      for (const p of path) cache[p] = code;
      return result;
    };
    // 1,234 and 10:27 and 1:2 are figures, not Chinese punctuation.
    const chineseAt = (i: number) => !(digit(i - 1) && digit(i + 1)) && (side(i - 1, -1) === 'cjk' || side(i + 1, 1) === 'cjk');

    for (const span of proseSpans(tree)) {
      const guarded = protectedSpans(text, span.start, span.end);
      const candidates: number[] = [];
      for (let i = span.start; i < span.end; i++) {
        // Character codes, not one-character strings: this loop sees every character of the report.
        const c = text.charCodeAt(i);
        if (c >= 128 || markCodes[c] === 0 || inRanges(guarded, i)) continue;
        if (markdown && text[i - 1] === '\\') continue; // an escaped mark: fixing it would need the backslash too
        candidates.push(i);
      }
      if (candidates.length === 0) continue;

      // Han characters before each offset of the span, to tell in O(1) whether a parenthesis holds
      // Chinese; counted only for spans that have parentheses.
      let cjkBefore: Uint32Array | undefined;
      const hasCjk = (from: number, to: number) => {
        if (!cjkBefore) {
          cjkBefore = new Uint32Array(span.end - span.start + 1);
          for (let i = span.start; i < span.end; i++) {
            cjkBefore[i - span.start + 1] = cjkBefore[i - span.start]! + (isCjk(text.charCodeAt(i)) ? 1 : 0);
          }
        }
        return cjkBefore[to - span.start]! - cjkBefore[from - span.start]! > 0;
      };

      const pairIsChinese = (open: number, close: number): boolean => {
        const inside = hasCjk(open + 1, close);
        const before = text[open - 1];
        let lead = open - 1;
        while (lead >= 0 && (text[lead] === ' ' || text[lead] === '\t')) lead--;
        // print(x), Office 2019 (English), a Markdown link's (url): Latin text owns these parentheses.
        if (!inside && lead >= 0 && /[A-Za-z0-9\]_]/.test(text[lead]!)) return false;
        // 厅字(2019)28号: a document number's brackets are terminology's business (〔2019〕).
        if (close - open === 5 && /^\d{4}$/.test(tree.normalized.slice(open + 1, close)) && /^\d{1,5}号/.test(tree.normalized.slice(close + 1, close + 7))) {
          if (before !== undefined && isCjk(before.charCodeAt(0))) return false;
        }
        return inside || chineseAt(open) || chineseAt(close);
      };

      // 0: undecided, 1: decided to stay, 2: decided to report (offsets relative to the span).
      const verdict = new Uint8Array(span.end - span.start);
      const stack: number[] = [];
      for (const i of candidates) {
        if (text[i] === '(') stack.push(i);
        else if (text[i] === ')' && stack.length) {
          const open = stack.pop()!;
          const v = pairIsChinese(open, i) ? 2 : 1;
          verdict[open - span.start] = v;
          verdict[i - span.start] = v;
        }
      }
      for (const i of candidates) if (verdict[i - span.start] === 0) verdict[i - span.start] = chineseAt(i) ? 2 : 1;

      const reported = candidates.filter((i) => verdict[i - span.start] === 2);
      for (let k = 0; k < reported.length; ) {
        let end = k + 1;
        while (end < reported.length && reported[end] === reported[end - 1]! + 1) end++;
        const start = reported[k]!;
        const stop = reported[end - 1]! + 1;
        const actual = text.slice(start, stop);
        const expected = [...actual].map((c) => FULL_WIDTH[c] ?? c).join('');
        const fix: TextEdit = { range: [start, stop], text: expected };
        ctx.report({ messageId: 'halfWidth', data: { actual, expected }, start, end: stop, fix });
        k = end;
      }
    }
  },
});
