const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 … 99 written the way outline markers and 一是/二是 leads write them: 一, 十, 十一, 二十三. */
export function chineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 99) return String(n);
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  if (tens === 0) return DIGITS[ones]!;
  return `${tens === 1 ? '' : DIGITS[tens]!}十${ones === 0 ? '' : DIGITS[ones]!}`;
}

/** The digits a year in Chinese numerals is written with, one by one (二〇二三, 二○二三, 二O二三). */
const YEAR_DIGITS: Record<string, number> = { 〇: 0, '○': 0, '◯': 0, 零: 0, O: 0, '0': 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** A year written digit by digit in Chinese numerals (二〇二三 → 2023); NaN when a character is no such digit. */
export function chineseYear(digits: string): number {
  return Number([...digits].map((c) => YEAR_DIGITS[c] ?? NaN).join(''));
}
