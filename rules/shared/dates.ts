import { parseChineseNumeral } from '@reportlint/parser';

/*
 * Reading calendar dates as reports write them, for the date rules (date-format, publish-date,
 * invalid-date). Patterns are matched on the normalized text, where full-width digits, Ｏ and ０ are
 * already ASCII; they are sources to build regular expressions from, without groups of their own.
 */

/** One digit of a year written digit by digit in Chinese numerals: 二〇二三, 二○二三, 二O二三. */
const CN_YEAR_DIGIT = '[〇○◯零O0一二三四五六七八九]';
/** A month or a day in Chinese numerals: 一 … 十二, 一 … 三十一 (and impossible ones such as 十三, 三十二). */
export const CN_SMALL = '[一二三四五六七八九十]{1,3}';
/** A year: four Arabic digits or four Chinese digits. */
export const YEAR = `\\d{4}|${CN_YEAR_DIGIT}{4}`;

/** A year as written: 2023 or 二〇二三 (NaN when it is neither); the parser reads the report year with it too. */
export { readYear } from '@reportlint/parser';

/** A month or a day: Arabic digits (leading zeros allowed), 元 (the first month) or 一 … 三十一; NaN when unreadable. */
export function readMonthOrDay(word: string): number {
  if (/^\d+$/.test(word)) return Number(word);
  return word === '元' ? 1 : parseChineseNumeral(word);
}

/** Gregorian leap years: every fourth year, but not the centuries other than every fourth (1900 no, 2000 yes). */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/**
 * Days in `month` (1–12) of `year`; without a year February counts 29 days, since a date that
 * names no year may fall in a leap year.
 */
export function daysInMonth(month: number, year?: number): number {
  if (month === 2) return year === undefined || isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Whether the date is on the calendar: month 1–12 and day 1 to the month's length. */
export function dateExists(year: number | undefined, month: number, day: number): boolean {
  return Number.isInteger(month) && Number.isInteger(day) && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(month, year);
}
