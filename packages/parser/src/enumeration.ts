import type { EnumerationItem } from './types.js';

// "一是…二是…": the numeral must open a clause, so 统一是 or 唯一是 are not items.
// Matched on the paragraph alone: ^ is the paragraph start, and (?!否) does not look past its end.
const ITEM = /(^|[。；;：:，,！!？?\s])((?:[一二三四五六七八九]|十[一二三四五六七八九]?)是)(?!否)/g;

/** The characters an item's numeral is made of; 一 to 九 are worth their place in it plus one. */
const NUMERALS = '一二三四五六七八九十';

/** The value of an item's numeral: 一 to 九, 十, or 十一 to 十九 (what ITEM accepts). */
function itemOrdinal(numeral: string): number {
  if (numeral.length === 2) return 10 + NUMERALS.indexOf(numeral[1]!) + 1;
  return numeral === '十' ? 10 : NUMERALS.indexOf(numeral) + 1;
}

/**
 * Whether the paragraph can hold an item: a 是 right after a numeral. Most paragraphs of a
 * report have none, and this scan (indexOf finds each 是) is much cheaper than slicing the
 * paragraph and running ITEM over it.
 */
function mayHaveItem(normalized: string, start: number, end: number): boolean {
  for (let at = normalized.indexOf('是', start + 1); at !== -1 && at < end; at = normalized.indexOf('是', at + 1)) {
    if (NUMERALS.includes(normalized[at - 1]!)) return true;
  }
  return false;
}

export function findEnumeration(normalized: string, start: number, end: number): EnumerationItem[] {
  const items: EnumerationItem[] = [];
  if (!mayHaveItem(normalized, start, end)) return items;
  const text = normalized.slice(start, end);
  for (const m of text.matchAll(ITEM)) {
    const lead = m[2]!;
    const at = start + m.index! + m[1]!.length;
    items.push({ ordinal: itemOrdinal(lead.slice(0, -1)), start: at, end: at + lead.length });
  }
  return items;
}
