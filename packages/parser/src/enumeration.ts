import type { EnumerationItem } from './types.js';

// "一是…二是…": the numeral must open a clause, so 统一是 or 唯一是 are not items. Read as the regular
// expression /(^|[。；;：:，,！!？?\s])((?:[一二三四五六七八九]|十[一二三四五六七八九]?)是)(?!否)/g over the
// paragraph alone (^ is its start, and 否 past its end does not count), but found from each 是:
// most paragraphs have no item, and indexOf is far cheaper than running that expression.

/** The numerals of an item: 一 to 九 are worth their index plus one, 十 ten. */
const NUMERALS = '一二三四五六七八九十';
const TEN = 9;

/** What may precede an item: a clause end or a blank (JavaScript's \s). */
function opensClause(c: number): boolean {
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
  return /\s/.test(String.fromCharCode(c));
}

export function findEnumeration(normalized: string, start: number, end: number): EnumerationItem[] {
  const items: EnumerationItem[] = [];
  for (let shi = normalized.indexOf('是', start + 1); shi !== -1 && shi < end; shi = normalized.indexOf('是', shi + 1)) {
    if (shi + 1 < end && normalized[shi + 1] === '否') continue;
    const digit = NUMERALS.indexOf(normalized[shi - 1]!);
    if (digit === -1) continue;
    // 十一是 to 十九是 start at their 十; 一是, 十是 at their only numeral.
    const tens = digit !== TEN && shi - 2 >= start && normalized[shi - 2] === '十';
    const at = tens ? shi - 2 : shi - 1;
    if (at > start && !opensClause(normalized.charCodeAt(at - 1))) continue;
    items.push({ ordinal: (tens ? 10 : 0) + digit + 1, start: at, end: shi + 1 });
  }
  return items;
}
