import { writeChineseNumeral } from '@reportlint/parser';

/** 一 … 九十九 by their number, written once: a report's findings ask for them thousands of times. */
const NUMERALS = Array.from({ length: 100 }, (_, n) => (n === 0 ? '' : writeChineseNumeral(n)));

/**
 * 1 … 99 written the way outline markers and 一是/二是 leads write them: 一, 十, 十一, 二十三; any other
 * number as digits (a caller that writes numbers in words leaves those as they are).
 */
export function chineseNumeral(n: number): string {
  return Number.isInteger(n) && n >= 1 && n <= 99 ? NUMERALS[n]! : String(n);
}
