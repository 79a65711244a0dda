import { parseChineseNumeral } from './numbers.js';
import type { EnumerationItem } from './types.js';

// "一是…二是…": the numeral must open a clause, so 统一是 or 唯一是 are not items.
const ITEM = /(^|[。；;：:，,！!？?\s])((?:[一二三四五六七八九]|十[一二三四五六七八九]?)是)(?!否)/g;

export function findEnumeration(normalized: string, start: number, end: number): EnumerationItem[] {
  const items: EnumerationItem[] = [];
  const text = normalized.slice(start, end);
  for (const m of text.matchAll(ITEM)) {
    const lead = m[2]!;
    const at = start + m.index! + m[1]!.length;
    items.push({ ordinal: parseChineseNumeral(lead.slice(0, -1)), start: at, end: at + lead.length });
  }
  return items;
}
