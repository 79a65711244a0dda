import { defineRule, Type } from '@reportlint/core';
import type { RuleContext, TextEdit } from '@reportlint/core';
import { isChineseNumeralCode } from '@reportlint/parser';
import type { ReportTree } from '@reportlint/parser';
import { guardedSpans, inPinyinGloss, isCjk, lostCharactersEnd, proseSpans } from '../shared/prose.js';
import { oncePer } from '../shared/memo.js';
import { inRanges, isHan } from '../shared/ranges.js';
import type { Range } from '../shared/ranges.js';

const FULL_WIDTH: Record<string, string> = { ',': '，', ';': '；', ':': '：', '?': '？', '!': '！', '(': '（', ')': '）', '.': '。' };
/** The Chinese quotation marks an ASCII double quote becomes, by its place in its pair. */
const OPENING = '“';
const CLOSING = '”';
/** A full-width form (U+FF01–U+FF5E) is its ASCII character plus this. */
const FULLWIDTH_SHIFT = 0xfee0;

const schema = Type.Object(
  {
    marks: Type.String({
      default: ',;:?!()".',
      pattern: '^[,;:?!()".]*$',
      description: 'Half-width marks to report in Chinese text (any of , ; : ? ! ( ) " .).',
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
 * ASCII quotes cannot tell opening from closing, so they end the search both ways, unless decided as a
 * pair (MarkScan's quotes): then they are the “” they become.
 */
const isClosingQuote = (code: number) => code === RIGHT_DOUBLE || code === RIGHT_SINGLE;
const isOpeningQuote = (code: number) => code === LEFT_DOUBLE || code === LEFT_SINGLE;
const isAsciiQuote = (code: number) => code === 34 || code === 39;
/** What the nearest telling character on one side is (0: not known yet). */
const NONE = 1;
const CJK = 2;
const OTHER = 3;

/** The full-width spelling of a mark. */
const fullWidth = (mark: string): string => FULL_WIDTH[mark] ?? mark;

/** Whether a line ends between two offsets. */
function lineBreakBetween(text: string, from: number, to: number): boolean {
  for (let i = from + 1; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return true;
  }
  return false;
}

/** The first words of a sentence after a full stop: a point of a run-in list, 下一步, 同时, 此外, 另外. */
const SENTENCE_OPENING = /^(?:[二三四五六七八九十]是|下一步|同时[,，]|此外|另外)/;
/** How many Chinese characters before a full stop, figures looked through, make its sentence Chinese. */
const SENTENCE_TAIL = 3;
const isLowerLatin = (code: number) => code >= 97 && code <= 122;
/**
 * %, ‰ and the closing marks a sentence may end with before its full stop (合格率100%., 《……》., （……）. and the
 * half-width ) that the fix makes （): judged alike, so a second --fix changes nothing more.
 */
const isClosingMark = (code: number) =>
  code === 37 || code === 0x2030 || code === 41 || code === 0xff09 || code === 0x201d || code === 0x300b || code === 0x3011;

/** [A-Za-z0-9\]_]: Latin text that owns the parentheses after it. */
const isLatinOwner = (code: number) =>
  (code >= 48 && code <= 57) || ((code | 0x20) >= 97 && (code | 0x20) <= 122) || code === 93 || code === 95;

/** Longest stretch inside a pair of parentheses scanned for Chinese before counting the whole span once. */
const INSIDE_SCAN = 64;

/** What a candidate mark was decided to be (one per candidate of a span). */
const UNDECIDED = 0;
const STAYS = 1;
const REPORTED = 2;
/** An ASCII double quote reported as the opening or the closing mark of its pair. */
const REPORTED_OPENING = 3;
const REPORTED_CLOSING = 4;
const isReported = (verdict: number) => verdict >= REPORTED;
/** The message of a quotation mark reported alone, by its verdict. */
const QUOTE_MESSAGES: Record<number, 'openingQuote' | 'closingQuote'> = { [REPORTED_OPENING]: 'openingQuote', [REPORTED_CLOSING]: 'closingQuote' };

/** The marks asked for. */
interface Marks {
  /** 1 at their character codes (ASCII only). */
  table: Uint8Array;
  /**
   * Finds the next of them: most of a report is Chinese with no mark asked for, which the
   * regular-expression engine skips about twice as fast as a loop over every character.
   */
  pattern: RegExp;
}

/** The marks of the options, made once per options object; undefined when there are none. */
const marksOf = oncePer((options: { marks: string }): Marks | undefined => {
  const table = new Uint8Array(128);
  for (const mark of options.marks) table[mark.charCodeAt(0)] = 1;
  const codes = [...table.keys()].filter((code) => table[code] === 1);
  if (codes.length === 0) return undefined;
  // Each written \xHH: no mark can change what the class means (as ^ - ] \ would).
  const pattern = new RegExp(`[${codes.map((code) => `\\x${code.toString(16).padStart(2, '0')}`).join('')}]`, 'g');
  return { table, pattern };
});

/**
 * Han characters in stretches of one prose span, to tell whether a pair of parentheses holds
 * Chinese: short stretches are scanned, long ones read off counts made once for the span (only for
 * spans that need them).
 */
class HanInSpan {
  private before: Uint32Array | undefined;

  constructor(
    private readonly text: string,
    private readonly span: Readonly<Range>,
    private readonly marks: Uint8Array,
  ) {}

  /**
   * Whether [from, to) holds a Han character (or other Chinese, as isCjk tells). The full-width forms of
   * the marks asked for do not count: “(2.3:1, 1.8:1)” holds no more Chinese once --fix made a comma in it “，”.
   */
  any(from: number, to: number): boolean {
    // Short parentheses, (一) or (2019年), are scanned directly.
    if (to - from <= INSIDE_SCAN) {
      for (let i = from; i < to; i++) if (this.chinese(this.text.charCodeAt(i))) return true;
      return false;
    }
    const before = (this.before ??= this.count());
    return before[to - this.span.start]! - before[from - this.span.start]! > 0;
  }

  /** Chinese characters before each offset of the span. */
  private count(): Uint32Array {
    const { text, span } = this;
    const before = new Uint32Array(span.end - span.start + 1);
    for (let i = span.start; i < span.end; i++) {
      before[i - span.start + 1] = before[i - span.start]! + (this.chinese(text.charCodeAt(i)) ? 1 : 0);
    }
    return before;
  }

  private chinese(code: number): boolean {
    return isCjk(code) && !isFullWidthMark(this.marks, code);
  }
}

/**
 * The half-width marks of one report and whether each stands in Chinese text. Each step is a small
 * function of its own: TurboFan compiled the single large check, with its closures inlined, twice
 * (once on-stack) in about 0.3 s of CPU, a cost every run pays before the rule runs at full speed.
 */
class MarkScan {
  readonly text: string;
  private readonly normalized: string;
  private readonly markdown: boolean;
  /**
   * The nearest telling character on each side of an offset, once looked for (0: not yet): what
   * every character looked through is remembered, so runs of marks, blanks or digits cost linear
   * time in all.
   */
  private readonly ahead: Int8Array;
  private readonly behind: Int8Array;

  private readonly marks: Uint8Array;
  private readonly markPattern: RegExp;
  /**
   * The ASCII double quotes reported as a pair, by offset: the marks beside them are judged as beside the
   * “” the fix makes, so that fixing twice changes nothing more.
   */
  private readonly quotes = new Map<number, number>();

  constructor(
    private readonly tree: ReportTree,
    { table, pattern }: Marks,
  ) {
    this.marks = table;
    this.markPattern = pattern;
    this.text = tree.source.text;
    this.normalized = tree.normalized;
    this.markdown = tree.source.format === 'md';
    this.ahead = new Int8Array(this.text.length);
    this.behind = new Int8Array(this.text.length);
  }

  /** The marks of the `index`-th prose span that may be reported (outside URLs and code, not escaped), into `out`. */
  candidates(index: number, span: Readonly<Range>, out: number[]): void {
    const { text, markPattern } = this;
    let guarded: readonly Range[] | undefined;
    out.length = 0;
    // Searched in a slice (which shares the text's characters), so the search stops at the span's end;
    // test, not exec: the mark's offset is all that is needed, without a match array for each.
    const slice = text.slice(span.start, span.end);
    markPattern.lastIndex = 0;
    while (markPattern.test(slice)) {
      const i = span.start + markPattern.lastIndex - 1;
      const c = text.charCodeAt(i);
      guarded ??= guardedSpans(this.tree, index);
      if (guarded.length > 0 && inRanges(guarded, i)) continue;
      if (this.markdown && text.charCodeAt(i - 1) === 92) continue; // an escaped mark: fixing it would need the backslash too
      if (c === 63 && lostCharactersEnd(this.normalized, i) !== -1) continue; // a lost character: placeholder-text's
      if ((c === 40 || c === 41) && inPinyinGloss(this.normalized, i)) continue; // a converter's reading: placeholder-text's
      out.push(i);
    }
  }

  /**
   * REPORTED or STAYS for each candidate of a span. A pair of parentheses is decided as a pair, so
   * `(1)` never becomes `(1）`; so is a pair of ASCII double quotes on one line, reported when it quotes
   * Chinese (“"放管服"改革” → “放管服”), the first as the opening mark; one left without its pair, or
   * quoting no Chinese ("Hello"), stays: which way it faces, or whether it quotes at all, is not known.
   * Any other mark by the text around it.
   */
  verdicts(span: Readonly<Range>, candidates: number[]): Uint8Array {
    const { text } = this;
    const verdict = new Uint8Array(candidates.length);
    // Made only for spans with a pair to decide: most have none.
    let han: HanInSpan | undefined;
    const hanOf = () => (han ??= new HanInSpan(text, span, this.marks));
    // Quotes first: the marks beside a pair are judged as beside the “” it becomes.
    let quote = -1;
    for (let k = 0; k < candidates.length; k++) {
      const at = candidates[k]!;
      if (text.charCodeAt(at) !== 34) continue;
      verdict[k] = STAYS;
      if (quote === -1 || lineBreakBetween(text, candidates[quote]!, at)) {
        quote = k;
        continue;
      }
      if (hanOf().any(candidates[quote]! + 1, at)) {
        verdict[quote] = REPORTED_OPENING;
        verdict[k] = REPORTED_CLOSING;
        this.quotes.set(candidates[quote]!, LEFT_DOUBLE).set(at, RIGHT_DOUBLE);
      }
      quote = -1;
    }
    const opened: number[] = [];
    for (let k = 0; k < candidates.length; k++) {
      const code = text.charCodeAt(candidates[k]!);
      if (code === 40) opened.push(k);
      else if (code === 41 && opened.length) {
        const open = opened.pop()!;
        verdict[open] = verdict[k] = this.pairIsChinese(candidates[open]!, candidates[k]!, hanOf()) ? REPORTED : STAYS;
      }
    }
    // The other marks, by the text around each; a full stop by the sentence it would end.
    for (let k = 0; k < candidates.length; k++) {
      if (verdict[k] !== UNDECIDED) continue;
      const at = candidates[k]!;
      verdict[k] = (text.charCodeAt(at) === 46 ? this.endsSentence(at) : this.chineseAt(at)) ? REPORTED : STAYS;
    }
    return verdict;
  }

  /**
   * Whether the half-width full stop at `i` ends a Chinese sentence: at the end of its line after Chinese
   * (“受理案件36件.”, “合格率达100%.”), between Chinese and the next sentence's first words (“……氛围.二是……”,
   * “……全覆盖.下一步……”), or between a count's measure word and the next sentence's first character (“开展活动24场.
   * 现将……”). Not a decimal point or a heading's number (3.5, 1., 二十.), an ellipsis typed
   * as dots, an abbreviation or a URL, nor a dot between two names (阿卜杜拉.买买提: a name's ·).
   */
  private endsSentence(i: number): boolean {
    const { text } = this;
    const before = text.charCodeAt(i - 1);
    if (before === 46 || text.charCodeAt(i + 1) === 46) return false;
    let j = i + 1;
    while (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 9) j++;
    const after = text.charCodeAt(j);
    // The shape of the stop first (most dots are decimal points, cheaply turned away), then its sentence.
    if (Number.isNaN(after) || after === 10 || after === 13) {
      const ends = isHan(before) ? !isChineseNumeralCode(before) : isClosingMark(before) && this.side(i - 1, -1) === CJK;
      return ends && this.chineseBefore(i);
    }
    if (j !== i + 1 || !isHan(after) || !isHan(before)) return false;
    // ……良好氛围.二是……, ……全覆盖.下一步……: the next sentence's first words (a name's second part never opens so).
    if (SENTENCE_OPENING.test(text.slice(i + 1, i + 4))) return this.chineseBefore(i);
    if (isChineseNumeralCode(before)) return false;
    let k = i - 2;
    if (text[k] === '余' || text[k] === '多') k--;
    return (this.digit(k) || isChineseNumeralCode(text.charCodeAt(k))) && this.chineseBefore(i);
  }

  private pairIsChinese(open: number, close: number, han: HanInSpan): boolean {
    const { text, normalized } = this;
    const inside = han.any(open + 1, close);
    let lead = open - 1;
    while (lead >= 0 && (text.charCodeAt(lead) === 32 || text.charCodeAt(lead) === 9)) lead--;
    // print(x), Office 2019 (English), a Markdown link's (url): Latin text owns these parentheses.
    if (!inside && lead >= 0 && isLatinOwner(text.charCodeAt(lead))) return false;
    // 厅字(2019)28号: a document number's brackets are terminology's business (〔2019〕).
    if (close - open === 5 && /^\d{4}$/.test(normalized.slice(open + 1, close)) && /^\d{1,5}号/.test(normalized.slice(close + 1, close + 7))) {
      if (open > 0 && isCjk(text.charCodeAt(open - 1))) return false;
    }
    return inside || this.chineseAt(open) || this.chineseAt(close);
  }

  /** Whether the mark at `i` stands in Chinese text. 1,234 and 10:27 and 1:2 are figures, not Chinese punctuation. */
  private chineseAt(i: number): boolean {
    return !(this.digit(i - 1) && this.digit(i + 1)) && (this.side(i - 1, -1) === CJK || this.side(i + 1, 1) === CJK);
  }

  /**
   * Whether the sentence a full stop at `i` would end is Chinese: its last characters before the stop, figures
   * looked through, are Chinese ones (特此报告., 受理36件.), not an English sentence's last word (… the row's 合计.).
   */
  private chineseBefore(i: number): boolean {
    const { text } = this;
    let chinese = 0;
    let k = i - 1;
    for (; k >= 0 && chinese < SENTENCE_TAIL; k--) {
      const code = text.charCodeAt(k);
      if (isClosingMark(code)) continue;
      if (isCjk(code)) chinese++;
      else if (!this.digit(k) && code !== 46 && code !== 44) return false;
    }
    if (chinese < SENTENCE_TAIL) return false;
    // An English sentence may end with a Chinese word (… under the 街道工委.): a Latin word back on its line, before
    // any Chinese full stop, makes it one.
    for (; k >= 0; k--) {
      const code = text.charCodeAt(k);
      if (code === 10 || code === 13 || code === 0x3002 || code === 0xff01 || code === 0xff1f) return true;
      if (isLowerLatin(code) && isLowerLatin(text.charCodeAt(k - 1))) return false;
    }
    return true;
  }

  private digit(i: number): boolean {
    const c = this.normalized.charCodeAt(i); // NaN outside the text
    return c >= 48 && c <= 57;
  }

  /**
   * The nearest telling character from `from` on, one way, on the same line: blanks, Markdown
   * emphasis, quotation marks seen from outside, other marks and the figures of a number (100%,
   * 3.5) are looked through, so "达到100%,3928家" is Chinese text.
   */
  private side(from: number, step: 1 | -1): number {
    const { text } = this;
    const cache = step === 1 ? this.ahead : this.behind;
    let result = NONE;
    let i = from;
    for (; i >= 0 && i < text.length; i += step) {
      if (cache[i] !== 0) {
        result = cache[i]!;
        break;
      }
      let code = text.charCodeAt(i);
      if (code === 34) code = this.quotes.get(i) ?? code;
      if (code === 10 || code === 13 || isAsciiQuote(code) || (step === 1 ? isClosingQuote(code) : isOpeningQuote(code))) break;
      if (this.passThrough(i, code, step)) continue;
      result = isCjk(code) ? CJK : OTHER;
      break;
    }
    // Every character from `from` up to `i` was looked through.
    for (let p = from; p !== i; p += step) cache[p] = result;
    return result;
  }

  private passThrough(i: number, code: number, step: 1 | -1): boolean {
    if (isTransparent(code) || (code < 128 && this.marks[code] === 1) || isFullWidthMark(this.marks, code)) return true;
    if (step === 1 ? isOpeningQuote(code) : isClosingQuote(code)) return true;
    const c = this.normalized.charCodeAt(i);
    return (c >= 48 && c <= 57) || c === 46 || c === 37 || c === 0x2030;
  }
}

/**
 * Whether `code` is the full-width form of a mark asked for (，；：？！（）). It is looked through like the
 * half-width one, so that a mark is judged the same before and after --fix converts its neighbour and
 * fixing twice changes nothing more (“5.94% (two”: the comma before a parenthesis the fix makes （ is
 * no more Chinese text on that account).
 */
function isFullWidthMark(marks: Uint8Array, code: number): boolean {
  return code >= 0xff01 && code <= 0xff5e && marks[code - FULLWIDTH_SHIFT] === 1;
}

/**
 * Reports the marks decided REPORTED; adjacent ones (",," or "):") are one finding. A single space typed
 * beside them, as English sets its marks (“办结率100%, 较上年”, “县司法局 (牵头)”), goes with them: a
 * full-width mark carries its own space, and the blank left beside it would be stray-space's finding
 * once the mark is fixed.
 */
function reportRuns(text: string, span: Readonly<Range>, candidates: number[], verdict: Uint8Array, report: RuleContext<unknown>['report']): void {
  // The end of the last finding: a space between two runs (“，, (”) goes with the first.
  let reported = span.start;
  for (let k = 0; k < candidates.length; ) {
    if (!isReported(verdict[k]!)) {
      k++;
      continue;
    }
    let end = k + 1;
    while (end < candidates.length && isReported(verdict[end]!) && candidates[end] === candidates[end - 1]! + 1) end++;
    const marksStart = candidates[k]!;
    const marksEnd = candidates[end - 1]! + 1;
    const start = marksStart - 1 >= reported && englishSpace(text, span, marksStart - 1, -1) ? marksStart - 1 : marksStart;
    const stop = englishSpace(text, span, marksEnd, 1) ? marksEnd + 1 : marksEnd;
    reported = stop;
    const actual = text.slice(start, stop);
    let expected = '';
    for (let m = k; m < end; m++) {
      const v = verdict[m]!;
      expected += v === REPORTED_OPENING ? OPENING : v === REPORTED_CLOSING ? CLOSING : fullWidth(text[candidates[m]!]!);
    }
    const fix: TextEdit = { range: [start, stop], text: expected };
    // A quotation mark alone is named as such: “应使用全角标点“““” would read as a stutter.
    const messageId = (end - k === 1 && QUOTE_MESSAGES[verdict[k]!]) || 'halfWidth';
    report({ messageId, data: { actual, expected }, start, end: stop, fix });
    k = end;
  }
}

/**
 * Whether `at` is a single ASCII space beside a run of marks, with a character of the same prose span
 * beyond it (not a line's indentation or trailing blank, nor the blank of a list item's marker).
 */
function englishSpace(text: string, span: Readonly<Range>, at: number, step: 1 | -1): boolean {
  const beyond = at + step;
  if (text.charCodeAt(at) !== 32 || beyond < span.start || beyond >= span.end) return false;
  const code = text.charCodeAt(beyond);
  return code !== 32 && code !== 9 && code !== 0x3000 && code !== 0xa0 && code !== 10 && code !== 13;
}

export const rule = defineRule({
  id: 'punctuation-width',
  meta: {
    severity: 'warn',
    family: 'style',
    fixable: true,
    description: {
      'zh-CN': '中文行文中的逗号、分号、冒号、问号、叹号、括号、引号、句号应使用全角标点',
      en: 'Commas, semicolons, colons, question and exclamation marks, parentheses, quotation marks and full stops in Chinese text must be full-width',
    },
    messages: {
      halfWidth: {
        'zh-CN': '中文行文应使用全角标点“{expected}”，文中为半角“{actual}”',
        en: 'Use the full-width "{expected}" in Chinese text instead of the half-width "{actual}"',
      },
      openingQuote: {
        'zh-CN': '中文行文应使用中文引号：此处应为前引号“，文中为英文直引号"',
        en: 'Use the Chinese opening quotation mark “ in Chinese text instead of the straight quote "',
      },
      closingQuote: {
        'zh-CN': '中文行文应使用中文引号：此处应为后引号”，文中为英文直引号"',
        en: 'Use the Chinese closing quotation mark ” in Chinese text instead of the straight quote "',
      },
    },
    schema,
  },
  check(tree, ctx) {
    const marks = marksOf(ctx.options);
    if (!marks) return;
    const scan = new MarkScan(tree, marks);
    const spans = proseSpans(tree);
    const candidates: number[] = [];
    for (let s = 0; s < spans.length; s++) {
      scan.candidates(s, spans[s]!, candidates);
      if (candidates.length === 0) continue;
      reportRuns(scan.text, spans[s]!, candidates, scan.verdicts(spans[s]!, candidates), ctx.report);
    }
  },
});
