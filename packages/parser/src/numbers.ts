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

// Looked up by char code: extraction tests every character, and string keys outside Latin-1 are slow to hash.
const DIGIT_CODES = new Set(Object.keys(CN_DIGIT).map((c) => c.charCodeAt(0)));
const NUMERAL_CODES = new Set([...Object.keys(CN_DIGIT), ...Object.keys(CN_UNIT), ...Object.keys(CN_BIG)].map((c) => c.charCodeAt(0)));

/** Characters a Chinese numeral is made of (digits, 十百千, 万亿). */
export function isChineseNumeralChar(ch: string | undefined): boolean {
  return ch !== undefined && NUMERAL_CODES.has(ch.charCodeAt(0));
}

export function isChineseNumeralCode(code: number): boolean {
  return NUMERAL_CODES.has(code);
}

export function isChineseDigit(ch: string | undefined): boolean {
  return ch !== undefined && DIGIT_CODES.has(ch.charCodeAt(0));
}

export function isChineseDigitCode(code: number): boolean {
  return DIGIT_CODES.has(code);
}

/**
 * The value of a Chinese numeral written with place words: 一百二十 → 120, 两千 → 2000,
 * 三万五千 → 35000, 十二 → 12, 一百零五 → 105. Digit strings without place words (二〇二三, 一二)
 * and ambiguous runs (十四五, 三四) are not quantities: NaN.
 */
export function parseChineseNumeral(word: string): number {
  if (word.length === 0) return NaN;
  let total = 0; // everything above the current 万/亿 group
  let section = 0; // the current group below 万
  let digit = -1; // a digit waiting for its place word
  let lastPlace = Infinity; // place of the last place word inside the section, to reject 十百
  let lastBig = Infinity;
  let zeroSeen = false;
  for (let i = 0; i < word.length; i++) {
    const ch = word[i]!;
    if (ch in CN_DIGIT) {
      const d = CN_DIGIT[ch]!;
      if (d === 0) {
        if (digit > 0) return NaN;
        zeroSeen = true;
        continue;
      }
      if (digit >= 0) return NaN; // two digits in a row: 二〇二三, 三四
      digit = d;
      continue;
    }
    if (ch in CN_UNIT) {
      const place = CN_UNIT[ch]!;
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
    const big = CN_BIG[ch];
    if (big === undefined) return NaN;
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

/**
 * Reads an Arabic number at `i` of `text`: digits, optional thousands separators ("1,234", only
 * groups of exactly three digits) and decimals. `undefined` when `text[i]` is not a digit.
 */
export function readArabic(text: string, i: number, end: number): ParsedNumber | undefined {
  let j = i;
  while (j < end && isDigit(text.charCodeAt(j))) j++;
  if (j === i) return undefined;
  let digits = text.slice(i, j);
  // Thousands separators: 1,234,567 — a first group of one to three digits, then ,ddd groups.
  if (j - i <= 3) {
    let k = j;
    while (
      text[k] === ',' &&
      k + 4 <= end &&
      isDigit(text.charCodeAt(k + 1)) &&
      isDigit(text.charCodeAt(k + 2)) &&
      isDigit(text.charCodeAt(k + 3)) &&
      !(k + 4 < end && isDigit(text.charCodeAt(k + 4)))
    ) {
      digits += text.slice(k + 1, k + 4);
      k += 4;
    }
    j = k;
  }
  let precision = 0;
  if (text[j] === '.' && j + 1 < end && isDigit(text.charCodeAt(j + 1))) {
    let k = j + 1;
    while (k < end && isDigit(text.charCodeAt(k))) k++;
    precision = k - j - 1;
    digits += text.slice(j, k);
    j = k;
  }
  return { value: Number(digits), precision, end: j };
}

/**
 * Reads a Chinese numeral at `i` (一百二十, 两千, 九十五点五). The run must start with a digit or
 * 十; it stops at the first character that is not part of a numeral.
 */
export function readChinese(text: string, i: number, end: number): ParsedNumber | undefined {
  const first = text[i];
  if (!(isChineseDigit(first) || first === '十')) return undefined;
  let j = i;
  while (j < end && NUMERAL_CODES.has(text.charCodeAt(j))) j++;
  const value = parseChineseNumeral(text.slice(i, j));
  if (!Number.isFinite(value)) return undefined;
  let precision = 0;
  let result = value;
  // 九十五点五: decimals are digits read one by one.
  if (text[j] === '点' && isChineseDigit(text[j + 1])) {
    let k = j + 1;
    let decimals = '';
    while (k < end && isChineseDigit(text[k])) {
      decimals += String(CN_DIGIT[text[k]!]);
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
