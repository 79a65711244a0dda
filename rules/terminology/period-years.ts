/**
 * The first and last years of the five-year periods (the 十三五 to 十五五 plans, the 七五 to 九五 普法 plans), as
 * terminology entries: “2025年是“十五五”开局之年” names the wrong year. One entry for each period, each way of
 * naming the year (开局之年, 开局起步之年, 起步之年, 第一年 … 第五年, 收官之年, 开局的一年, 收官) and each way of saying it of the year — written out they
 * were 40 near-identical entries of terms.json; the periods and the words are listed once, in rules/shared/periods.json.
 */
import { afterYearWord, YEAR_WORDS } from '../shared/period-words.js';

/** A five-year period: the 十四五 plan (kind `plan`) or the 八五 普法 plan (kind `legal-education`). */
export interface Period {
  kind: 'plan' | 'legal-education';
  /** The ordinal in entry ids: 14th, 8th. */
  ordinal: string;
  /** The period's name without quotation marks: 十四五, 八五. */
  name: string;
  first: number;
  last: number;
  /** English name for the reason: “the 14th Five-Year period”. */
  en: string;
}

/** A generated entry: the fields of terms.json's entries it uses. */
export interface PeriodYearEntry {
  id: string;
  pattern: string;
  replace: string;
  reason: { 'zh-CN': string; en: string };
  anchor?: string;
  anchorOffsets?: [number, number];
  noFix?: true;
}

/** What the reason calls the year: 开局之年, 收官之年, or its place in the period (第三年). */
function yearName(word: string, nth: number): string {
  if (nth === 1) return '开局之年';
  return word === '收官' ? '收官之年' : word;
}

/** “2026年” and the comma that may follow it. */
const YEAR_LENGTH = 5;
const COMMA = 1;
/** Verbs that say the year is the period's (2026年是/为/作为/系/恰逢/正值/适逢……); the longest has two characters. */
const VERBS = '(?:是|为|作为|系|恰逢|正值|适逢)';
const VERB_MAX = 2;
/**
 * Who acts in the year, between the year and 在 or 以 (2026年，全县上下在……开局之年，; 2026年，我局以……开局之年为契机，):
 * a few words, none of them a year (2025年, 上年, 去年 would name the year the period's is said of) nor a mark.
 */
const SUBJECT = '[^\\d年,;。“”「」:\\s]{1,8}';
const SUBJECT_MAX = 8;
/**
 * The clauses a sentence opening with the year may hold before 以……之年为契机 (2026年，面对……，我县坚持……，以“十四五”
 * 开局之年为契机，): the year opening the sentence is the time of all its clauses — unless one of them names another
 * year (2021年以来, 上年, 五年来: no 年 nor digit) or quotes a text (no quotation marks, a quote may hold its own
 * commas). Three clauses at most, each a few words and its comma.
 */
const SENTENCE_START = '(?<![^。;!?\\n])';
const CLAUSE = '[^\\d年,;。“”「」:!?\\s]{2,20},';
const CLAUSES = `(?:${CLAUSE}){1,3}`;
const CLAUSES_MAX = 3 * (20 + COMMA);

/**
 * 以……之年为契机，: the year's being the period's taken as the occasion. Not 为起点 or 为开端: 以……收官之年为起点 may
 * start from an earlier year's results.
 */
const AS_OCCASION = '为契机(?=[,;])';
/** 2026年是……之年，也是: the words of the first clause after its verb, ending on a year's noun (之年, 年度). */
const FIRST_CLAUSE = '[^,;。]{2,30}?(?:之年|年度)';
/** The first clause at its longest, with the comma and 也是 after it. */
const FIRST_CLAUSE_MAX = 30 + 2 + COMMA + 2;

/**
 * The quotation marks around a period's name: “十四五”, or 「十四五」 in a copy through a Hong Kong or Taiwan style
 * converter, which the normalized view keeps as they are.
 */
const OPEN = '[“「]';
const CLOSE = '[”」]';

/**
 * What names the period before the year's word, and the most characters it takes beyond the name:
 * “十四五”规划实施的 (quotes 2, 规划/时期 2, 实施 2, 的 1), “八五”普法规划实施的 (quotes 2, 普法 2, 规划 2, 实施 2, 的 1).
 */
function periodWords(period: Period): { pattern: string; least: number; most: number } {
  const name = `${OPEN}?${period.name}${CLOSE}?`;
  return period.kind === 'plan'
    ? { pattern: `${name}(?:规划|时期)?(?:实施)?的?`, least: period.name.length, most: period.name.length + 7 }
    : { pattern: `${name}普法(?:规划)?(?:实施)?的?`, least: period.name.length + 2, most: period.name.length + 9 };
}

/** The reason shown: the year that is the period's first (last, third …), in the wording the rule has always used. */
function reasonOf(period: Period, year: number, name: string, nth: number): PeriodYearEntry['reason'] {
  const which = nth === 1 ? 'first' : year === period.last ? 'last' : ['second', 'third', 'fourth'][nth - 2]!;
  return period.kind === 'plan'
    ? { 'zh-CN': `“${period.name}”${name}是${year}年`, en: `the ${which} year of the ${period.en} is ${year}` }
    : { 'zh-CN': `“${period.name}”普法规划的${name}是${year}年`, en: `the ${which} year of the ${period.en} is ${year}` };
}

/**
 * The entries of one period. The year is any other of the form 20xx before 年 and the words that say it is the
 * period's (2026年是……, 2026年，在……之年，, 2026年，全县上下在……之年，, 2026年，我局以……之年为契机，, and in a sentence the year opens, 2026年，面对……，以……之年为契机，); the `-also` entries read it in the clause after 也是 (2026年是……之年，
 * 也是……开局之年) and offer no fix, as the period named there is as likely the slip as the year.
 */
function entriesOf(period: Period): PeriodYearEntry[] {
  const words = periodWords(period);
  const prefix = `${period.kind}-`;
  return YEAR_WORDS.flatMap((w) => {
    const { id, word, nth } = w;
    const year = period.first + nth - 1;
    const named = words.pattern + word + afterYearWord(w);
    const lead = `(?<!\\d)20(?!${String(year).slice(2)})\\d\\d(?=年,?`;
    // The shortest verb (是, 在) has one character; the anchor comes after the period's words.
    const least = YEAR_LENGTH + 1 + words.least;
    const most = YEAR_LENGTH + COMMA + SUBJECT_MAX + 1 + words.most;
    const occasion = `(?:${SUBJECT})?以${named}${AS_OCCASION}`;
    const inClauses = `${SENTENCE_START}${lead}${CLAUSES}${occasion})`;
    const direct = `(?:${lead}(?:${VERBS}${named}|(?:${SUBJECT})?在${named}(?=[,里中])|${occasion}))|${inClauses})`;
    const also = `${lead}${VERBS}${FIRST_CLAUSE},也是${named})`;
    const base = { replace: String(year), reason: reasonOf(period, year, yearName(word, nth), nth), anchor: word };
    return [
      { id: `${prefix}${id}-${period.ordinal}`, pattern: direct, ...base, anchorOffsets: [least, most + CLAUSES_MAX] as [number, number] },
      { id: `${prefix}${id}-${period.ordinal}-also`, pattern: also, ...base, anchorOffsets: [least, most + FIRST_CLAUSE_MAX] as [number, number], noFix: true as const },
    ];
  });
}

/**
 * The entry of a period whose span in parentheses after its name is another period's of its kind: “九五”普法规划
 * （2021—2025年） writes the 八五's years. The name may be the slip as well as the years: no fix. A span with
 * one of the period's own years (（2021—2030年）, the first year alone wrong: plan-years-*, legal-education-years-*)
 * or a span of other years (a stage of the period: （2026—2027年）) is not this entry's.
 */
function otherSpanEntry(period: Period, periods: readonly Period[]): PeriodYearEntry {
  const dash = ' ?年?[-—–~]';
  const others = periods.filter((p) => p.kind === period.kind && p !== period).map((p) => `${p.first}${dash}${p.last}`);
  const named = period.kind === 'plan' ? `${period.name}${CLOSE}?` : `${period.name}${CLOSE}?普法${CLOSE}?`;
  const span = `${period.first}—${period.last}年`;
  return {
    id: `${period.kind}-years-${period.ordinal}-other-period`,
    // Every match opens with its parenthesis and a year.
    anchor: '(20',
    anchorOffsets: [0, 0],
    pattern: `(\\()(?<=${named}[^()\\n,。;、《》“「]{0,24}\\()(?:${others.join('|')}) ?年?(\\))`,
    replace: `$1${span}$2`,
    reason: {
      'zh-CN': `“${period.name}”${period.kind === 'plan' ? '时期' : '普法规划的期限'}是${span}，文中写的是另一时期的年份`,
      en: `the ${period.en} runs ${period.first}–${period.last}; the years written are another period's`,
    },
    noFix: true,
  };
}

/** The entries of every period, in the order of the table. */
export function periodYearEntries(periods: readonly Period[]): PeriodYearEntry[] {
  return [...periods.flatMap(entriesOf), ...periods.map((p) => otherSpanEntry(p, periods))];
}
