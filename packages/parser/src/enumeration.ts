import { isDigit, parseChineseNumeral, writeChineseNumeral } from './numbers.js';
import type { EnumerationItem, EnumerationKind } from './types.js';

// Two kinds of inline leads, found in one pass each and returned in text order:
//
// - 'shi', "一是…二是…": the numeral must open a clause, so 统一是 or 唯一是 are not items. Read as the
//   regular expression /(^|[。；;：:，,！!？?\s])((?:[一二三四五六七八九]|十[一二三四五六七八九]?)是)(?!否)/g
//   over the paragraph alone (^ is its start, and 否 past its end does not count), but found from
//   each 是: most paragraphs have no item, and indexOf is far cheaper than running that expression.
// - 'di', "第一，…第二，…": 第 and the numeral must open a clause as well (排名全省第一， is a
//   ranking, not a lead), and be followed by a pause — ，,：: — or by 是 (第一是…). Anything else
//   makes 第一 part of a phrase: 第一责任人, 第一次, 第二批, 第三方, or a list of ordinals with 、
//   (第一、第二批, 第二、三季度). As an expression, /(^|[。；;：:，,！!？?\s])第((?:[一二三四五六七八九]|
//   十[一二三四五六七八九]?))(?=[，,：:]|是(?!否))/g, less ordinals listed with commas (see findDi);
//   found from each 第, the same way.

/**
 * A point of a run-in list (一是, 二是 … 十九是) as a pattern, for the expressions that read past one at a clause's
 * start (一是2024年……, 二是完善完善……) or look for one right before a word: written once here.
 */
export const RUN_IN_POINT = '[一二三四五六七八九十]{1,3}是';

/** The numerals of an item: 一 to 九 are worth their index plus one, 十 ten. */
const NUMERALS = '一二三四五六七八九十';
const TEN = 9;

/** What may precede an item: a clause end or a blank (JavaScript's \s). */
function opensClause(c: number): boolean {
  return endsClause(c) || /\s/.test(String.fromCharCode(c));
}

/** Punctuation that ends a clause, full or half width. */
function endsClause(c: number): boolean {
  switch (c) {
    case 0x3002: // 。
    case 0xff1b: // ；
    case 0x3b: // ;
    case 0xff1a: // ：
    case 0x3a: // :
    case 0xff0c: // ，
    case 0x2c: // ,
    case 0xff01: // ！
    case 0x21: // !
    case 0xff1f: // ？
    case 0x3f: // ?
      return true;
  }
  return false;
}

/** The pause after a 第N lead: a comma or a colon, full or half width. Not 、, which lists ordinals. */
function isLeadPause(c: number): boolean {
  return c === 0xff0c /* ， */ || c === 0x2c /* , */ || c === 0xff1a /* ： */ || c === 0x3a; /* : */
}

/**
 * The 第N lead whose 第 is at `at`, whatever precedes it: 第 and 一…十九, then a pause or 是 (not
 * 是否), all before `end`. Its number and the end of 第N (the pause or 是 is not part of it), or
 * undefined. 第二十 and above are not read, as 二十是 is not.
 */
function diLead(normalized: string, at: number, end: number): { ordinal: number; end: number } | undefined {
  let i = at + 1;
  const first = NUMERALS.indexOf(normalized[i]!);
  if (i >= end || first === -1) return undefined;
  let ordinal = first + 1;
  i++;
  if (first === TEN && i < end) {
    const ones = NUMERALS.indexOf(normalized[i]!);
    if (ones !== -1 && ones !== TEN) {
      ordinal = 10 + ones + 1;
      i++;
    }
  }
  if (i >= end) return undefined;
  const next = normalized.charCodeAt(i);
  if (isLeadPause(next)) return { ordinal, end: i };
  if (next === 0x662f /* 是 */ && !(i + 1 < end && normalized[i + 1] === '否')) return { ordinal, end: i };
  return undefined;
}

/** Whether 第N (any number) followed by a pause ends at `to`: the ordinal before “，” in “第二，第三名”. */
function ordinalEndsAt(normalized: string, from: number, to: number): boolean {
  for (const back of [2, 3]) {
    const at = to - back;
    if (at >= from && normalized[at] === '第' && diLead(normalized, at, to + 1)?.end === to) return true;
  }
  return false;
}

/**
 * indexOf for one character that remembers its last answer. indexOf has no end: in a block without
 * the character it searches on to the next one in the text, or to the text's end — block after block
 * of a text with no 是, that is quadratic. Blocks are searched in text order, so the answer found past
 * one block's end is the answer for the next blocks until they reach it.
 */
class NextIndex {
  private text = '';
  private from = 0;
  private at = -1;

  constructor(private readonly char: string) {}

  of(text: string, from: number): number {
    const same = text === this.text;
    // Kept even when only equal: a string equal to the one kept but another object (the same report parsed
    // again) is compared character by character at every call until it is the one kept.
    this.text = text;
    if (!same || from < this.from || (this.at !== -1 && from > this.at)) {
      this.from = from;
      this.at = text.indexOf(this.char, from);
    }
    return this.at;
  }
}

const nextShi = new NextIndex('是');
const nextDi = new NextIndex('第');

function findShi(normalized: string, start: number, end: number, items: EnumerationItem[]): void {
  for (let shi = nextShi.of(normalized, start + 1); shi !== -1 && shi < end; shi = nextShi.of(normalized, shi + 1)) {
    if (shi + 1 < end && normalized[shi + 1] === '否') continue;
    const digit = NUMERALS.indexOf(normalized[shi - 1]!);
    if (digit === -1) continue;
    // 十一是 to 十九是 start at their 十; 一是, 十是 at their only numeral.
    const tens = digit !== TEN && shi - 2 >= start && normalized[shi - 2] === '十';
    const at = tens ? shi - 2 : shi - 1;
    if (at > start && !opensClause(normalized.charCodeAt(at - 1))) continue;
    items.push({ kind: 'shi', ordinal: (tens ? 10 : 0) + digit + 1, start: at, end: shi + 1 });
  }
}

function findDi(normalized: string, start: number, end: number, items: EnumerationItem[]): void {
  for (let di = nextDi.of(normalized, start); di !== -1 && di < end; di = nextDi.of(normalized, di + 1)) {
    if (di > start && !opensClause(normalized.charCodeAt(di - 1))) continue;
    const lead = diLead(normalized, di, end);
    if (!lead) continue;
    // “分别获得第二，第三，第四名”: ordinals listed with commas instead of 、, not clauses. A 第N
    // right after another one's pause, or whose pause is followed by another 第N, is no lead.
    if (di - 1 > start && ordinalEndsAt(normalized, start, di - 1)) continue;
    if (normalized[lead.end] !== '是' && lead.end + 1 < end && normalized[lead.end + 1] === '第' && diLead(normalized, lead.end + 1, end)) continue;
    items.push({ kind: 'di', ordinal: lead.ordinal, start: di, end: lead.end });
  }
}

const nextParen = new NextIndex('(');
const CIRCLED_FIRST = 0x2460; // ①
const CIRCLED_LAST = 0x2473; // ⑳
/** Whether a text has a circled number at all, by text: most have none, and are then not read for one. */
let circledText = '';
let hasCircled = false;

/**
 * Whether the lead at `at` follows a clause's punctuation, blanks between allowed — also before the block, in
 * the same paragraph: the body of “（四）深化改革。（五）……” starts after the inline title's 。.
 */
function followsPunctuation(normalized: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && (normalized[i] === ' ' || normalized[i] === '\t')) i--;
  return i >= 0 && endsClause(normalized.charCodeAt(i));
}

const nextClose = new NextIndex(')');
const LETTER_A = 0x61; // a
/** How far a list's leads go: （1）to （20）, ① to ⑳, 1） to 20）, a） to t）. */
const MAX_LEAD = 20;

/**
 * The lead that ends with the closing parenthesis at `close` and has no opening one: 2） ('halfParen', a number
 * of one or two digits) or b） ('letterParen', a lower-case letter), after a clause's punctuation as the other
 * leads are (主要做法：1）……；2）……) — so never 附件1） or （2） — and within [start, close). Its item's words
 * follow it at once; a parenthesis left open before it (（09、10、12）, （比例7:3）) is what it closes.
 */
function halfParenLead(normalized: string, start: number, close: number): EnumerationItem | undefined {
  if (!opensItem(normalized.charCodeAt(close + 1)) || normalized.lastIndexOf('(', close) > normalized.lastIndexOf(')', close - 1)) return undefined;
  const c = normalized.charCodeAt(close - 1);
  if (c >= LETTER_A && c < LETTER_A + MAX_LEAD) {
    return close - 1 >= start && followsPunctuation(normalized, close - 1) ? { kind: 'letterParen', ordinal: c - LETTER_A + 1, start: close - 1, end: close + 1 } : undefined;
  }
  let at = close;
  while (at > start && at > close - 2 && isDigit(normalized.charCodeAt(at - 1))) at--;
  if (at === close || !followsPunctuation(normalized, at)) return undefined;
  const ordinal = Number(normalized.slice(at, close));
  return ordinal >= 1 && ordinal <= MAX_LEAD ? { kind: 'halfParen', ordinal, start: at, end: close + 1 } : undefined;
}

/** What an item's words open with: a Chinese character or an opening quote (1）“放管服”改革). */
const opensItem = (c: number): boolean => (c >= 0x4e00 && c <= 0x9fff) || c === 0x201c;

/**
 * The numbered leads of a list inside a paragraph — （1）……；（2）…… ('paren', 1 to 20), （一）……；（二）……
 * ('parenHan'), ①……；②…… ('circled'), 1）……；2）…… ('halfParen') and a）……；b）…… ('letterParen') — in [start, end) of the
 * normalized text, in text order. A lead follows a clause's
 * punctuation (“主要做法：（1）……；（2）……”): at a line's start the same mark numbers a heading, which
 * heading-numbering reads.
 */
export function findNumberedLeads(normalized: string, start: number, end: number): EnumerationItem[] {
  const items: EnumerationItem[] = [];
  for (let at = nextParen.of(normalized, start); at !== -1 && at < end; at = nextParen.of(normalized, at + 1)) {
    const close = normalized.indexOf(')', at + 1);
    if (close < at + 2 || close > at + 3 || close >= end) continue;
    const inside = normalized.slice(at + 1, close);
    const digits = /^\d+$/.test(inside) ? Number(inside) : undefined;
    const ordinal = digits ?? parseChineseNumeral(inside);
    if (!(ordinal >= 1 && ordinal <= 20) || !followsPunctuation(normalized, at)) continue;
    items.push({ kind: digits === undefined ? 'parenHan' : 'paren', ordinal, start: at, end: close + 1 });
  }
  for (let close = nextClose.of(normalized, start + 1); close !== -1 && close < end; close = nextClose.of(normalized, close + 1)) {
    const lead = halfParenLead(normalized, start, close);
    if (lead) items.push(lead);
  }
  if (normalized !== circledText) hasCircled = /[\u2460-\u2473]/.test(normalized);
  // Kept even when only equal, as NextIndex keeps its text.
  circledText = normalized;
  if (!hasCircled) return items.length > 1 ? items.sort((a, b) => a.start - b.start) : items;
  for (let at = start; at < end; at++) {
    const c = normalized.charCodeAt(at);
    if (c >= CIRCLED_FIRST && c <= CIRCLED_LAST && followsPunctuation(normalized, at)) {
      items.push({ kind: 'circled', ordinal: c - CIRCLED_FIRST + 1, start: at, end: at + 1 });
    }
  }
  return items.sort((a, b) => a.start - b.start);
}

/** The inline 一是 and 第一 leads in [start, end) of the normalized text, both kinds, in text order. */
export function findEnumeration(normalized: string, start: number, end: number): EnumerationItem[] {
  const shi: EnumerationItem[] = [];
  findShi(normalized, start, end, shi);
  const di: EnumerationItem[] = [];
  findDi(normalized, start, end, di);
  if (di.length === 0) return shi;
  if (shi.length === 0) return di;
  return [...shi, ...di].sort((a, b) => a.start - b.start);
}

/** Whether `text` writes `word` and a closing parenthesis with no digit or letter glued before (2） but not 12）). */
function writesHalfParen(text: string, word: string): boolean {
  for (let at = text.indexOf(word + ')'); at !== -1; at = text.indexOf(word + ')', at + 1)) {
    if (at === 0 || !/[\da-z(]/.test(text[at - 1]!)) return true;
  }
  return false;
}

/**
 * Whether a lead of this kind and number is written in [start, end) whether or not it opens a
 * clause: “我区一是加强领导”, “县委书记第一，……”. A rule that sees a number missing from a list
 * looks here first: the drafter may have glued the missing lead to its subject.
 * An 'shi' lead is N是 anywhere (so 十一是 holds 一是); a 'di' lead is 第N before a pause or 是; a
 * 'paren', 'parenHan' or 'circled' lead is (N), (一) or its circled number anywhere; a 'halfParen' or 'letterParen' lead
 * N) or b) with nothing of its kind glued before.
 */
export function writesLead(normalized: string, start: number, end: number, kind: EnumerationKind, ordinal: number): boolean {
  if (kind === 'paren') return normalized.slice(start, end).includes(`(${ordinal})`);
  if (kind === 'parenHan') return normalized.slice(start, end).includes(`(${writeChineseNumeral(ordinal)})`);
  if (kind === 'circled') return normalized.slice(start, end).includes(String.fromCharCode(CIRCLED_FIRST + ordinal - 1));
  if (kind === 'halfParen' || kind === 'letterParen') return writesHalfParen(normalized.slice(start, end), kind === 'halfParen' ? String(ordinal) : String.fromCharCode(LETTER_A + ordinal - 1));
  if (kind === 'shi') {
    const numeral = writeChineseNumeral(ordinal);
    return ordinal >= 1 && ordinal <= 19 && normalized.slice(start, end).includes(`${numeral}是`);
  }
  for (let di = normalized.indexOf('第', start); di !== -1 && di < end; di = normalized.indexOf('第', di + 1)) {
    if (diLead(normalized, di, end)?.ordinal === ordinal) return true;
  }
  return false;
}
