import { writeChineseNumeral } from '@reportlint/parser';

/**
 * 1 … 99 written the way outline markers and 一是/二是 leads write them: 一, 十, 十一, 二十三; any other
 * number as digits (a caller that writes numbers in words leaves those as they are).
 */
export function chineseNumeral(n: number): string {
  return Number.isInteger(n) && n >= 1 && n <= 99 ? writeChineseNumeral(n) : String(n);
}
