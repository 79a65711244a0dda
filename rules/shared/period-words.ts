/**
 * The words naming a year of a five-year period (开局之年, 开局起步之年, 第三年, 收官之年), listed once in
 * shared/periods.json: terminology checks a year written beside them (2025年是“十五五”开局之年), year-consistency a
 * heading (四、“十五五”开局之年工作安排) and 今年 said of them.
 */
import periods from './periods.json' with { type: 'json' };

/** A word naming a period's year; `nth` the year of the period it names (1 the first, 5 the last). */
export interface YearWord {
  id: string;
  word: string;
  /** What may stand between the word and 之年 (开局起步之年). */
  between?: string;
  /** The word names the year only followed by 之年, 的一年 or the clause's end (开局以来 says something else). */
  ofTheYear?: boolean;
  nth: number;
}

export const YEAR_WORDS: readonly YearWord[] = periods.yearWords;

/**
 * A year named by the period's 开局 or 收官 itself: 之年, 的一年, or the word alone ending its clause (2021年是“十四五”
 * 开局，……); 开局以来, 开局后的第二年, 开局关键之年 say something else of the year.
 */
const OF_THE_YEAR = '(?:之年|的一年|(?=[,;。]))';

/** What follows the word when it names the year: `(?:起步)?(?:之年|的一年|…)` for 开局, nothing for 第三年. */
export function afterYearWord(w: YearWord): string {
  return (w.between ? `(?:${w.between})?` : '') + (w.ofTheYear ? OF_THE_YEAR : '');
}

/** All the words naming a period's year, as one alternation (the longer way of a word tried first: 开局起步之年). */
export const YEAR_WORD_PATTERN = YEAR_WORDS.map((w) => w.word + afterYearWord(w)).join('|');

/** The year of the period a matched year word names: 开局起步之年 its first, 第三年 its first + 2. */
export function periodYearOf(matched: string, first: number): number {
  const w = YEAR_WORDS.find((y) => matched.startsWith(y.word))!;
  return first + w.nth - 1;
}

/** Any of the words: one pass over a text, where a search for each word took one pass each. */
const ANY_YEAR_WORD = new RegExp(YEAR_WORDS.map((w) => w.word).join('|'));

/** Whether the text holds any of the words, before a pattern built on them is tried. */
export function mentionsYearWord(text: string): boolean {
  return ANY_YEAR_WORD.test(text);
}
