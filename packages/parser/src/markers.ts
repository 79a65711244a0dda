import { CAPITAL_DIGITS, CAPITAL_UNITS, parseChineseNumeral } from './numbers.js';
import type { Marker, MarkerKind } from './types.js';

/**
 * Depth of each numbering kind in GB/T 9704: 一、→（一）→1.→（1）, then ①. A report that groups
 * its sections into parts (“第一部分　主要举措和成效”, then 一、二、 inside), chapters (“第一章”) or
 * halves (“上篇　2025年工作总结” and “下篇　2026年工作计划”, a 总结 and a 计划 in one report; or three, with a 中篇
 * between) puts those above 一、; so do the capital numerals some bodies number their parts with (壹、贰、叁、, then 一、 inside).
 */
export const MARKER_DEPTH: Record<Exclude<MarkerKind, 'heading'>, number> = {
  part: 0,
  chinese: 1,
  'paren-chinese': 2,
  arabic: 3,
  'paren-arabic': 4,
  circled: 5,
};

/** The separator GB/T 9704 prescribes after each kind ('' = nothing after the closing parenthesis). */
export const STANDARD_SEPARATOR: Record<Exclude<MarkerKind, 'heading'>, string[]> = {
  // GB/T 9704 does not number parts: a blank (written as nothing) or a colon both read well.
  part: ['', ':', '：'],
  chinese: ['、'],
  'paren-chinese': [''],
  arabic: ['.', '．'],
  'paren-arabic': [''],
  circled: [''],
};

/**
 * Whether the stop ending at `end` is “．” followed by a half-width digit: “4．12328热线……” is item 4 of a
 * 公文 list (GB/T 9704 writes the marker “1．”), not the number 4.12328 — a drafter who types “．” in
 * full-width mode types its digits full-width too (“４．５万”), so a decimal point reads “.” or “．” between
 * full-width digits.
 */
function fullWidthStopBeforeDigit(original: string, end: number): boolean {
  return original[end - 1] === '．' && /[0-9]/.test(original[end] ?? '');
}

const CN = '[一二三四五六七八九十]{1,3}';
/**
 * The capital numerals a part heading may be numbered with, each with the plain numeral it stands for:
 * 壹…玖 and 拾, and 参, which Traditional 參 reads as in the normalized view (and a common stand-in for 叁).
 */
const CAPITAL_PLAIN = new Map<string, string>([...CAPITAL_DIGITS.slice(1), CAPITAL_UNITS[0]!, '参'].map((c, i) => [c, '一二三四五六七八九十三'[i]!]));

/** Whether a character is a capital numeral (壹, 贰 … 拾) that numbers a part heading. */
export function isCapitalNumeral(c: string | undefined): boolean {
  return c !== undefined && CAPITAL_PLAIN.has(c);
}
const PLAIN_NUMERALS = '一二三四五六七八九十';
const DIGITS = '0123456789';
const CIRCLED = String.fromCharCode(...Array.from({ length: 20 }, (_, i) => 0x2460 + i));
/** ㈠ … ㈩ (U+3220–3229): a （一） … （十） typed as one enclosed character, read as that level; heading-numbering asks for （一）. */
export const ENCLOSED_NUMERALS = String.fromCharCode(...Array.from({ length: 10 }, (_, i) => 0x3220 + i));

/** Whether a character is one of ENCLOSED_NUMERALS (㈠ … ㈩). */
export function isEnclosedNumeral(c: string | undefined): boolean {
  return c !== undefined && c !== '' && ENCLOSED_NUMERALS.includes(c);
}

interface Pattern {
  kind: Exclude<MarkerKind, 'heading'>;
  re: RegExp;
  accept?: (original: string, end: number) => boolean;
  /** The characters a match of `re` can start with. */
  opens: string;
}

// Matched on the normalized view, where （ ） ， ． ： are already half-width. A drafter's stray
// blank inside a Chinese marker (“一 、”, “（一 ）”) leaves it a marker; heading-numbering asks for
// the blank to go.
const PATTERNS: Pattern[] = [
  { kind: 'part', opens: '第', re: new RegExp(`^第(${CN})(?:部分|章)([、.,:]|\\s+(?=\\S))`) },
  // 上篇 is the first half, 中篇 the middle one of three and 下篇 the last (heading-numbering counts it third after a 中篇).
  { kind: 'part', opens: '上中下', re: /^([上中下])篇([、.,:]|\s+(?=\S))/ },
  // 壹、 takes a separator: a capital numeral before a blank is as likely a surname (陆　某某, 伍　某某 signing).
  { kind: 'part', opens: [...CAPITAL_PLAIN.keys()].join(''), re: new RegExp(`^([${[...CAPITAL_PLAIN.keys()].join('')}]{1,3})([、.,:])`) },
  { kind: 'paren-chinese', opens: '(', re: new RegExp(`^\\(\\s*(${CN})\\s*\\)([、.,:]?)`) },
  // “一）”: a （一） whose opening parenthesis the drafter dropped, still a heading of that level
  // (nothing else starts a line with a numeral and a closing parenthesis); heading-numbering asks for it back.
  { kind: 'paren-chinese', opens: PLAIN_NUMERALS, re: new RegExp(`^(${CN})\\)([、.,:]?)`) },
  { kind: 'paren-chinese', opens: ENCLOSED_NUMERALS, re: /^([\u3220-\u3229])([、.,:]?)/ },
  { kind: 'paren-arabic', opens: '(', re: /^\((\d{1,2})\)([、.,:]?)/ },
  { kind: 'chinese', opens: PLAIN_NUMERALS, re: new RegExp(`^(${CN})(\\s*[、.,:]|\\s+(?=\\S))`) },
  // A digit right after the separator is a number (1.5万, 3、4月), unless it starts a year: “4、2025年工作安排”,
  // “4⇥2026年工作打算” (a Word heading whose outline number is followed by a tab), or the stop is written “．”
  // between half-width digits (the last pattern).
  { kind: 'arabic', opens: DIGITS, re: /^(\d{1,2})([、.,:](?!\d)|[、.,:](?=\d{4}年)|\s+(?=[^\s\d年月日%.])|\s+(?=\d{4}年))/ },
  { kind: 'circled', opens: CIRCLED, re: /^([\u2460-\u2473])/ },
  { kind: 'arabic', opens: DIGITS, re: /^(\d{1,2})(\.)(?=\d)/, accept: fullWidthStopBeforeDigit },
];

/**
 * The patterns a paragraph's first character may open, in PATTERNS' order: a paragraph is matched
 * against those only (most start with no marker's character at all, a marker with one kind's).
 */
const PATTERNS_BY_FIRST = new Map<number, Pattern[]>();
for (const pattern of PATTERNS) {
  for (const c of pattern.opens) PATTERNS_BY_FIRST.set(c.charCodeAt(0), [...(PATTERNS_BY_FIRST.get(c.charCodeAt(0)) ?? []), pattern]);
}

/** Ordinals of the Chinese numerals markers hold (at most three characters, so few): parsed once each; 上, 中 and 下 number the halves; 壹 is 一. */
const ordinals = new Map<string, number>([
  ['上', 1],
  ['中', 2],
  ['下', 2],
]);

function chineseOrdinal(word: string): number {
  let ordinal = ordinals.get(word);
  if (ordinal === undefined) ordinals.set(word, (ordinal = parseChineseNumeral([...word].map((c) => CAPITAL_PLAIN.get(c) ?? c).join(''))));
  return ordinal;
}

/**
 * Recognizes a numbering marker at `start` of the normalized text (a line or paragraph start).
 * `original` is the text as written, used for the marker's raw form.
 */
export function matchMarker(normalized: string, original: string, start: number, end: number): Marker | null {
  // Every pattern is anchored: most paragraphs are ruled out by their first character.
  const patterns = start < end ? PATTERNS_BY_FIRST.get(normalized.charCodeAt(start)) : undefined;
  if (!patterns) return null;
  const head = normalized.slice(start, Math.min(end, start + 12));
  for (const { kind, re, accept } of patterns) {
    const m = re.exec(head);
    if (!m) continue;
    if (accept && !accept(original, start + m[0].length)) continue;
    const word = m[1]!;
    const ordinal =
      kind === 'circled'
        ? word.charCodeAt(0) - 0x2460 + 1
        : kind === 'arabic' || kind === 'paren-arabic'
          ? Number(word)
          : isEnclosedNumeral(word)
            ? ENCLOSED_NUMERALS.indexOf(word) + 1
            : chineseOrdinal(word);
    if (!Number.isFinite(ordinal) || ordinal === 0) continue;
    const markerEnd = start + m[0].length;
    const sepStart = start + m[0].length - (m[2] ?? '').length;
    const separator = original.slice(sepStart, markerEnd).trim();
    const marker: Marker = { kind, ordinal, raw: original.slice(start, markerEnd), start, end: markerEnd, separator };
    // "（三）是注重…": the drafter mixed the marker with the 三是 enumeration.
    if (normalized[markerEnd] === '是' && normalized[markerEnd + 1] !== '否') {
      marker.stray = { start: markerEnd, end: markerEnd + 1, text: original[markerEnd]! };
    }
    return marker;
  }
  return null;
}

/**
 * A line opening with a heading's separator and no numeral before it, after indentation, then a Han character
 * (“、坚持党的全面领导”, “.完善制度体系”): a heading whose numeral was lost (a page that dropped it, a drafter who
 * deleted it), the separator left. No line of a report's text opens with 、 or a stop otherwise.
 */
export const LOST_NUMERAL = /^[ \t\u3000]*([、.．])(?=\p{Script=Han})/u;

/** Where the separator is of a line at `start` that opens with one and no numeral (see LOST_NUMERAL); undefined when it does not. */
export function lostNumeralAt(normalized: string, start: number): { start: number; end: number } | undefined {
  const m = LOST_NUMERAL.exec(normalized.slice(start, start + 8));
  return m ? { start: start + m[0].length - 1, end: start + m[0].length } : undefined;
}

/** The kind whose standard separator `separator` is (、 of 一、, . of 1.), for a heading that lost its numeral. */
export function kindOfSeparator(separator: string): 'chinese' | 'arabic' | undefined {
  if (STANDARD_SEPARATOR.chinese.includes(separator)) return 'chinese';
  return STANDARD_SEPARATOR.arabic.includes(separator) ? 'arabic' : undefined;
}

const DI = 0x7b2c; // 第
const ORDINAL_LEAD = /^第([一二三四五六七八九十]{1,2})、/;

/**
 * An ordinal 第一、 (第二、…) leading a line at `start`: GB/T 9704 does not number headings so, but drafters
 * do, and the outline reads such a line as an unnumbered part's heading when its title names a part.
 * Its value and length; undefined when the line does not open with one. 第一部分 is a marker of its own.
 */
export function ordinalLeadAt(normalized: string, start: number): { ordinal: number; length: number } | undefined {
  if (normalized.charCodeAt(start) !== DI) return undefined;
  const m = ORDINAL_LEAD.exec(normalized.slice(start, start + 4));
  return m ? { ordinal: parseChineseNumeral(m[1]!), length: m[0].length } : undefined;
}
