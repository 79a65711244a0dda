import { defineRule, Type } from '@reportlint/core';
import type { TextEdit } from '@reportlint/core';
import { guardedSpans, isCjk, proseSpans } from '../shared/prose.js';
import { inRanges } from '../shared/ranges.js';
import type { Range } from '../shared/ranges.js';

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

// Character codes, not one-character strings: the helpers below see most characters of a report.
const LEFT_DOUBLE = 0x201c; // “
const RIGHT_DOUBLE = 0x201d; // ”
const LEFT_SINGLE = 0x2018; // ‘
const RIGHT_SINGLE = 0x2019; // ’

/** Characters a mark's context looks through: blanks and Markdown emphasis. */
const isTransparent = (code: number) =>
  code === 32 || code === 9 || code === 0x3000 || code === 0xa0 || code === 42 /* * */ || code === 95 /* _ */ || code === 126; /* ~ */
/**
 * Quotation marks are looked through from outside (“一件事”,联办: the comma follows Chinese) but
 * end the search from inside ("Hello, world!"然后: the ! belongs to the English quotation).
 * ASCII quotes cannot tell opening from closing, so they end the search both ways.
 */
const isClosingQuote = (code: number) => code === RIGHT_DOUBLE || code === RIGHT_SINGLE;
const isOpeningQuote = (code: number) => code === LEFT_DOUBLE || code === LEFT_SINGLE;
const isAsciiQuote = (code: number) => code === 34 || code === 39;
/** What the nearest telling character on one side is (0: not known yet). */
const NONE = 1;
const CJK = 2;
const OTHER = 3;

/** The full-width spelling of a run of marks. */
function fullWidth(run: string): string {
  if (run.length === 1) return FULL_WIDTH[run] ?? run;
  let out = '';
  for (const c of run) out += FULL_WIDTH[c] ?? c;
  return out;
}

/** [A-Za-z0-9\]_]: Latin text that owns the parentheses after it. */
const isLatinOwner = (code: number) =>
  (code >= 48 && code <= 57) || ((code | 0x20) >= 97 && (code | 0x20) <= 122) || code === 93 || code === 95;

/** Longest stretch inside a pair of parentheses scanned for Chinese before counting the whole span once. */
const INSIDE_SCAN = 64;

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
    const markCodes = new Uint8Array(128);
    for (const mark of ctx.options.marks) markCodes[mark.charCodeAt(0)] = 1;
    if (!markCodes.includes(1)) return;
    const markdown = tree.source.format === 'md';

    const normalized = tree.normalized;
    const digit = (i: number) => {
      const c = normalized.charCodeAt(i); // NaN outside the text
      return c >= 48 && c <= 57;
    };
    // The nearest telling character on one side, on the same line: blanks, Markdown emphasis,
    // quotation marks seen from outside, other marks and the figures of a number (100%, 3.5) are
    // looked through, so "达到100%,3928家" is Chinese text. Results are remembered for every
    // character looked through, so runs of marks, blanks or digits cost linear time in all.
    const ahead = new Int8Array(text.length);
    const behind = new Int8Array(text.length);
    const passThrough = (i: number, code: number, step: 1 | -1): boolean => {
      if (isTransparent(code) || (code < 128 && markCodes[code] === 1)) return true;
      if (step === 1 ? isOpeningQuote(code) : isClosingQuote(code)) return true;
      const c = normalized.charCodeAt(i);
      return (c >= 48 && c <= 57) || c === 46 || c === 37 || c === 0x2030;
    };
    const side = (from: number, step: 1 | -1): number => {
      const cache = step === 1 ? ahead : behind;
      let result = NONE;
      let i = from;
      for (; i >= 0 && i < text.length; i += step) {
        if (cache[i] !== 0) {
          result = cache[i]!;
          break;
        }
        const code = text.charCodeAt(i);
        if (code === 10 || code === 13 || isAsciiQuote(code) || (step === 1 ? isClosingQuote(code) : isOpeningQuote(code))) break;
        if (passThrough(i, code, step)) continue;
        result = isCjk(code) ? CJK : OTHER;
        break;
      }
      // Every character from `from` up to `i` was looked through.
      for (let p = from; p !== i; p += step) cache[p] = result;
      return result;
    };
    // 1,234 and 10:27 and 1:2 are figures, not Chinese punctuation.
    const chineseAt = (i: number) => !(digit(i - 1) && digit(i + 1)) && (side(i - 1, -1) === CJK || side(i + 1, 1) === CJK);

    const spans = proseSpans(tree);
    const candidates: number[] = [];
    for (let s = 0; s < spans.length; s++) {
      const span = spans[s]!;
      const spanEnd = span.end;
      let guarded: readonly Range[] | undefined;
      candidates.length = 0;
      // hot: runs per character of every report.
      for (let i = span.start; i < spanEnd; i++) {
        const c = text.charCodeAt(i);
        if (c >= 128 || markCodes[c] === 0) continue;
        guarded ??= guardedSpans(tree, s);
        if (guarded.length > 0 && inRanges(guarded, i)) continue;
        if (markdown && text.charCodeAt(i - 1) === 92) continue; // an escaped mark: fixing it would need the backslash too
        candidates.push(i);
      }
      if (candidates.length === 0) continue;

      // Han characters before each offset of the span, to tell in O(1) whether a long parenthesis
      // holds Chinese; counted only for spans that need it.
      let cjkBefore: Uint32Array | undefined;
      const hasCjk = (from: number, to: number) => {
        // Short parentheses, (一) or (2019年), are scanned directly.
        if (to - from <= INSIDE_SCAN) {
          for (let i = from; i < to; i++) if (isCjk(text.charCodeAt(i))) return true;
          return false;
        }
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
        let lead = open - 1;
        while (lead >= 0 && (text.charCodeAt(lead) === 32 || text.charCodeAt(lead) === 9)) lead--;
        // print(x), Office 2019 (English), a Markdown link's (url): Latin text owns these parentheses.
        if (!inside && lead >= 0 && isLatinOwner(text.charCodeAt(lead))) return false;
        // 厅字(2019)28号: a document number's brackets are terminology's business (〔2019〕).
        if (close - open === 5 && /^\d{4}$/.test(normalized.slice(open + 1, close)) && /^\d{1,5}号/.test(normalized.slice(close + 1, close + 7))) {
          if (open > 0 && isCjk(text.charCodeAt(open - 1))) return false;
        }
        return inside || chineseAt(open) || chineseAt(close);
      };

      // 0: undecided, 1: decided to stay, 2: decided to report (one per candidate).
      const verdict = new Uint8Array(candidates.length);
      const stack: number[] = [];
      for (let k = 0; k < candidates.length; k++) {
        const code = text.charCodeAt(candidates[k]!);
        if (code === 40) stack.push(k);
        else if (code === 41 && stack.length) {
          const open = stack.pop()!;
          const v = pairIsChinese(candidates[open]!, candidates[k]!) ? 2 : 1;
          verdict[open] = v;
          verdict[k] = v;
        }
      }
      for (let k = 0; k < candidates.length; k++) if (verdict[k] === 0) verdict[k] = chineseAt(candidates[k]!) ? 2 : 1;

      // Adjacent reported marks (",," or "):") are one finding.
      for (let k = 0; k < candidates.length; ) {
        if (verdict[k] !== 2) {
          k++;
          continue;
        }
        let end = k + 1;
        while (end < candidates.length && verdict[end] === 2 && candidates[end] === candidates[end - 1]! + 1) end++;
        const start = candidates[k]!;
        const stop = candidates[end - 1]! + 1;
        const actual = text.slice(start, stop);
        const expected = fullWidth(actual);
        const fix: TextEdit = { range: [start, stop], text: expected };
        ctx.report({ messageId: 'halfWidth', data: { actual, expected }, start, end: stop, fix });
        k = end;
      }
    }
  },
});
