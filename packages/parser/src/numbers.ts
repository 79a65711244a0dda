/** A number as written: its value and how many decimals it states. */
export interface ParsedNumber {
  value: number;
  /** Decimals stated ("99.02" → 2, "3.96" → 2, "一百二十" → 0). */
  precision: number;
  /** Offset after the last character of the number. */
  end: number;
}

const CN_DIGIT: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const CN_UNIT: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const CN_BIG: Record<string, number> = { 万: 1e4, 亿: 1e8 };

// Looked up by char code in typed arrays: extraction tests every character, and string keys
// outside Latin-1 are slow to hash. NUMERAL: what each code is in a Chinese numeral.
const NOT_NUMERAL = 0;
const DIGIT_PART = 1;
const PLACE_PART = 2; // 十百千
const BIG_PART = 3; // 万亿
const NUMERAL = new Uint8Array(0x10000);
/** The value of each character: its digit, its place (10, 100, 1000) or its multiplier (1e4, 1e8). */
const NUMERAL_VALUE = new Float64Array(0x10000);
for (const [table, kind] of [
  [CN_DIGIT, DIGIT_PART],
  [CN_UNIT, PLACE_PART],
  [CN_BIG, BIG_PART],
] as const) {
  for (const [ch, value] of Object.entries(table)) {
    NUMERAL[ch.charCodeAt(0)] = kind;
    NUMERAL_VALUE[ch.charCodeAt(0)] = value;
  }
}

/**
 * The character code at `k`, or 0 (a character of no class in any table) outside the text. Reading
 * past either end with charCodeAt gives NaN, and optimized code deoptimizes on the out-of-bounds
 * read (and then on the NaN table index): the hot readers call this instead.
 */
export function codeAt(text: string, k: number): number {
  return k >= 0 && k < text.length ? text.charCodeAt(k) : 0;
}

/** What `code` is in a Chinese numeral; NOT_NUMERAL for anything else, NaN (past the text's end) included. */
const numeralKind = (code: number): number => NUMERAL[code] ?? NOT_NUMERAL;

/** Characters a Chinese numeral is made of (digits, 十百千, 万亿). */
export function isChineseNumeralCode(code: number): boolean {
  return numeralKind(code) !== NOT_NUMERAL;
}

/** The digits a year in Chinese numerals is written with, one by one (二〇二三, 二○二三, 二O二三). */
const YEAR_DIGITS: Record<string, number> = { 〇: 0, '○': 0, '◯': 0, 零: 0, O: 0, '0': 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** A year as written: 2023, or digit by digit in Chinese numerals (二〇二三 → 2023); NaN when it is neither. */
export function readYear(word: string): number {
  if (/^\d+$/.test(word)) return Number(word);
  return Number([...word].map((c) => YEAR_DIGITS[c] ?? NaN).join(''));
}

/**
 * The value of a Chinese numeral written with place words: 一百二十 → 120, 两千 → 2000,
 * 三万五千 → 35000, 十二 → 12, 一百零五 → 105. Digit strings without place words (二〇二三, 一二)
 * and ambiguous runs (十四五, 三四) are not quantities: NaN.
 */
export function parseChineseNumeral(word: string): number {
  return parseNumeral(word, 0, word.length);
}

/** `parseChineseNumeral(text.slice(from, to))`, without the slice. */
function parseNumeral(text: string, from: number, to: number): number {
  if (to <= from) return NaN;
  let total = 0; // everything above the current 万/亿 group
  let section = 0; // the current group below 万
  let digit = -1; // a digit waiting for its place word
  let lastPlace = Infinity; // place of the last place word inside the section, to reject 十百
  let lastBig = Infinity;
  let zeroSeen = false;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    const kind = numeralKind(code);
    if (kind === DIGIT_PART) {
      const d = NUMERAL_VALUE[code]!;
      if (d === 0) {
        if (digit > 0) return NaN;
        zeroSeen = true;
        continue;
      }
      if (digit >= 0) return NaN; // two digits in a row: 二〇二三, 三四
      digit = d;
      continue;
    }
    if (kind === PLACE_PART) {
      const place = NUMERAL_VALUE[code]!;
      if (place >= lastPlace) return NaN;
      // 十二 opens with 十 alone; any other place word needs a digit before it.
      const d = digit >= 0 ? digit : place === 10 && (section === 0 || zeroSeen) ? 1 : -1;
      if (d < 0) return NaN;
      section += d * place;
      digit = -1;
      lastPlace = place;
      zeroSeen = false;
      continue;
    }
    if (kind !== BIG_PART) return NaN;
    const big = NUMERAL_VALUE[code]!;
    if (big >= lastBig && !(big === 1e8 && lastBig === 1e4)) return NaN;
    const group = section + (digit >= 0 ? digit : 0);
    if (group === 0 && total === 0) return NaN;
    if (big === 1e8) total = (total + group) * big;
    else total += group * big;
    section = 0;
    digit = -1;
    lastPlace = Infinity;
    lastBig = big;
    zeroSeen = false;
  }
  // A trailing digit after a place word counts one place lower in spoken style (两千五 = 2500),
  // but in reports it is rare and ambiguous; only accept it directly after 十 or when zero intervened.
  if (digit >= 0) {
    if (lastPlace === Infinity || lastPlace === 10 || zeroSeen) section += digit;
    else return NaN;
  }
  return total + section;
}

const COMMA = 0x2c;
const SPACE = 0x20;
const NO_BREAK_SPACE = 0xa0;
const THIN_SPACE = 0x2009;
const NARROW_NO_BREAK_SPACE = 0x202f;
const DOT = 0x2e;

/**
 * Reads an Arabic number at `i` of `text`: digits, optional thousands separators (only groups of
 * exactly three digits: "1,234", or "45 317" as GB/T 15835 groups them) and decimals. `undefined`
 * when `text[i]` is not a digit.
 */
export function readArabic(text: string, i: number, end: number): ParsedNumber | undefined {
  let j = i;
  while (j < end && isDigit(text.charCodeAt(j))) j++;
  if (j === i) return undefined;
  if (j - i <= 3) j = groupsEnd(text, j, end);
  let precision = 0;
  if (codeAt(text, j) === DOT && j + 1 < end && isDigit(text.charCodeAt(j + 1))) {
    let k = j + 1;
    while (k < end && isDigit(text.charCodeAt(k))) k++;
    precision = k - j - 1;
    j = k;
  }
  return { value: valueOf(text, i, j, precision), precision, end: j };
}

/**
 * Where the thousands groups after a first group of one to three digits (ending at `j`) end: 1,234,567
 * or 1 234 567, each group one separator and exactly three digits, the same separator throughout.
 * A separator before anything else (1 2 3, 案件1 5起, 2024 年) groups nothing: `j` itself.
 */
function groupsEnd(text: string, j: number, end: number): number {
  const separator = codeAt(text, j);
  if (!isGroupSeparator(separator)) return j;
  let k = j;
  while (
    codeAt(text, k) === separator &&
    k + 4 <= end &&
    isDigit(text.charCodeAt(k + 1)) &&
    isDigit(text.charCodeAt(k + 2)) &&
    isDigit(text.charCodeAt(k + 3)) &&
    !(k + 4 < end && isDigit(text.charCodeAt(k + 4)))
  ) {
    k += 4;
  }
  return k;
}

/**
 * Characters that group digits by threes: the comma, and the space GB/T 15835 groups them with (a
 * plain, thin or narrow no-break space; the normalized view has a plain one for a no-break or an
 * ideographic space). Never a tab or a line break: a table's cells and a text's lines stay apart.
 */
export function isGroupSeparator(code: number): boolean {
  return code === COMMA || isGroupSpace(code);
}

/** The blanks of isGroupSeparator. */
export function isGroupSpace(code: number): boolean {
  return code === SPACE || code === NO_BREAK_SPACE || code === THIN_SPACE || code === NARROW_NO_BREAK_SPACE;
}

const POWERS_OF_TEN = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];
const MAX_EXACT_DIGITS = 15;

/**
 * The value of the number written in text[from, to) (digits, thousands separators, one decimal point),
 * as Number() would parse its digits. Hot: runs for every number of every report, so without
 * building the digit string: up to 15 digits the integer is exact and one division by an exact
 * power of ten is correctly rounded, which is what Number() returns; longer numbers take Number().
 */
function valueOf(text: string, from: number, to: number, precision: number): number {
  let mantissa = 0;
  let count = 0;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (isDigit(c)) {
      mantissa = mantissa * 10 + (c - 48);
      count++;
    }
  }
  if (count <= MAX_EXACT_DIGITS) return precision === 0 ? mantissa : mantissa / POWERS_OF_TEN[precision]!;
  let digits = '';
  for (let k = from; k < to; k++) if (!isGroupSeparator(text.charCodeAt(k))) digits += text[k];
  return Number(digits);
}

const TEN = '十'.charCodeAt(0);
const POINT = '点'.charCodeAt(0);

/**
 * Reads a Chinese numeral at `i` (一百二十, 两千, 九十五点五). The run must start with a digit or
 * 十; it stops at the first character that is not part of a numeral.
 */
export function readChinese(text: string, i: number, end: number): ParsedNumber | undefined {
  const first = codeAt(text, i);
  if (!(numeralKind(first) === DIGIT_PART || first === TEN)) return undefined;
  let j = i;
  while (j < end && numeralKind(text.charCodeAt(j)) !== NOT_NUMERAL) j++;
  const value = parseNumeral(text, i, j);
  if (!Number.isFinite(value)) return undefined;
  let precision = 0;
  let result = value;
  // 九十五点五: decimals are digits read one by one.
  if (codeAt(text, j) === POINT && numeralKind(codeAt(text, j + 1)) === DIGIT_PART) {
    let k = j + 1;
    let decimals = '';
    while (k < end && numeralKind(text.charCodeAt(k)) === DIGIT_PART) {
      decimals += String(NUMERAL_VALUE[text.charCodeAt(k)]);
      k++;
    }
    precision = decimals.length;
    result = Number(`${value}.${decimals}`);
    j = k;
  }
  return { value: result, precision, end: j };
}

export function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

const PLAIN_DIGITS = '零一二三四五六七八九';

/** The capital (financial) numerals 零壹…玖 and their places 拾佰仟: Word's legal numbering, and the part headings 壹、贰、叁、 of some bodies. */
export const CAPITAL_DIGITS = '零壹贰叁肆伍陆柒捌玖';
export const CAPITAL_UNITS = '拾佰仟';

/**
 * 1–9999 in Chinese counting: 十, 十一, 二十, 一百零五 (`String(n)` outside). `digits` and `units` pick the
 * characters: plain by default, which writes 一十五 as 十五; the financial 壹…玖 and 拾佰仟 keep 壹拾伍.
 */
export function writeChineseNumeral(n: number, digits = PLAIN_DIGITS, units = '十百千'): string {
  if (!Number.isInteger(n) || n <= 0 || n >= 10000) return String(n);
  const s = String(n);
  let out = '';
  let zero = false;
  for (let i = 0; i < s.length; i++) {
    const digit = s.charCodeAt(i) - 48;
    if (digit === 0) {
      zero = out !== '';
      continue;
    }
    if (zero) out += digits[0];
    zero = false;
    out += digits[digit]! + (s.length - 1 - i > 0 ? units[s.length - 2 - i]! : '');
  }
  return digits === PLAIN_DIGITS && n >= 10 && n < 20 ? out.slice(1) : out;
}

/** Formats a value with exactly `decimals` decimals, rounding half up (99.0134 → "99.01"). */
export function formatDecimal(value: number, decimals: number, mode: 'round' | 'truncate' = 'round'): string {
  const f = 10 ** decimals;
  // The epsilon absorbs binary noise such as 93.33499999 for a true 93.335.
  const scaled = mode === 'round' ? Math.floor(value * f + 0.5 + 1e-9) : Math.floor(value * f + 1e-9);
  const sign = scaled < 0 ? '-' : '';
  const abs = Math.abs(scaled);
  if (decimals === 0) return `${sign}${abs}`;
  const s = String(abs).padStart(decimals + 1, '0');
  return `${sign}${s.slice(0, -decimals)}.${s.slice(-decimals)}`;
}
