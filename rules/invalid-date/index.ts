import { defineRule } from '@reportlint/core';
import type { RuleContext } from '@reportlint/core';
import { pageDatesOf } from '@reportlint/parser';
import type { ReportTree } from '@reportlint/parser';
import { CN_SMALL, daysInMonth, isLeapYear, readMonthOrDay, readYear, YEAR } from '../shared/dates.js';
import { proseSpans } from '../shared/prose.js';
import { inRanges, quotedRanges } from '../shared/ranges.js';

/*
 * Matched on the normalized text (full-width digits folded to ASCII, one character for one, so
 * offsets are the user's own). Spaces are allowed between the parts (“2023 年 2 月 30 日”) but no
 * line break: a date is not read across lines.
 */
const SPACE = '[ \\t\\u3000]*';
const NUMBER = `\\d{1,2}|${CN_SMALL}`;
/** What joins the two ends of a range: 1—31日, 1日至31日. */
const CONNECTOR = '[—–\\-~～至到]';
/**
 * A month and a day, with 月 and 日, after an optional year: 2023年2月30日, 二〇二三年二月三十日,
 * 6月31日; the day may be a range within the month (3月1—31日). A match does not start inside a
 * number (12月 in 112月, 二月 in 十二月), after 第 (第13个月 has no 日 anyway) or after a decimal point.
 */
const DATE = new RegExp(
  `(?<![\\d〇○◯零O一二三四五六七八九十百千万两第.])(?:(${YEAR})${SPACE}年${SPACE})?(${NUMBER}|元)${SPACE}月${SPACE}(${NUMBER})(?:${SPACE}${CONNECTOR}${SPACE}(${NUMBER}))?${SPACE}日`,
  'g',
);
/**
 * A year and a month with no day, ending at the month's 月: 2022年13月. The month alone is checked, as
 * it is in a full date; a number with 年 that is not a four-digit year (三年13个月) is no such date.
 */
const YEAR_MONTH = new RegExp(`(?<![\\d〇○◯零O一二三四五六七八九十百千万两第.])(${YEAR})${SPACE}年${SPACE}(${NUMBER})${SPACE}月$`);
/** A month with no year and no day, ending at its 月: 把13月作为宪法宣传月 (read only as CALENDAR_BEFORE or CALENDAR_AFTER say). */
const MONTH_ALONE = new RegExp(`(?<![\\d〇○◯零O一二三四五六七八九十百千万两第.])(${NUMBER})${SPACE}月$`);
/**
 * Words right before a month alone that make it a month of the calendar (将13月确定为学习月, 于13月召开, 今年13月),
 * not a count of months with its 个 left out (连续13月, 历时13月), nor a comparison with one (不少于13月, 长于13月).
 */
const CALENDAR_BEFORE = /(?:将|把|(?<![等大小多少高低长短])于|自|从|截至|截止|[每今去明当同次本上该]年)[ \t\u3000]*$/;
/** Words right after a month alone that make it a month of the calendar: 13月份, 13月底, 13月中旬. */
const CALENDAR_AFTER = /^[ \t\u3000]*(?:份|初|上旬|中旬|下旬|底|末)/;
/** Words right after a month that make it a count of months or an age: 于13月内, 13月龄. */
const COUNT_AFTER = /^[ \t\u3000]*(?:内|以内|之内|龄)/;
/** 月 followed by a day and 日: the cheap test before DATE is run. */
const DAY_AFTER = new RegExp(`月${SPACE}(?:${NUMBER})(?:${SPACE}${CONNECTOR}${SPACE}(?:${NUMBER}))?${SPACE}日`, 'y');
/** The second end of a range that names only its day: “3月1日—31日”, “4月1日至30日”; not a span of days (至30日内). */
const RANGE_END = new RegExp(`${SPACE}${CONNECTOR}${SPACE}(${NUMBER})${SPACE}日(?!${SPACE}(?:以内|之内|内))`, 'y');
/** Between the two ends of a range of dates: 2023年2月1日至2月29日. */
const RANGE_GAP = /^[ \t\u3000]*[—–\-~～至到][ \t\u3000]*$/;
/** Just before a month with no year: a connector after a number (1—12月, 1、2月) makes it the end of a span of months. */
const AFTER_NUMBER_AND_CONNECTOR = /[\d一二三四五六七八九十][ \t\u3000]*[—–\-~～至到、][ \t\u3000]*$/;
/** Just before a month with no year: a number with 年 that is not a four-digit year (23年, 第1年, 三年). */
const UNREAD_YEAR = /[\d〇○◯零O一二三四五六七八九十百千两][ \t\u3000]*年[ \t\u3000]*$/;
/**
 * A date in numbers joined by one separator (2023.13.5, 2024-02-30, 2024/2/30), tried where a separator
 * follows a four-digit year: not inside a longer number, a version (V2023.1.2) or a decimal (2023.1.25.5).
 */
const SEPARATED = /(?<![\dA-Za-z.\-/])((?:19|20)\d\d)([.\-/])(\d{1,2})\2(\d{1,2})(?![\d.\-/%])/y;
/** Lunar dates (农历十二月三十日, 除夕) follow another calendar: months of 29 or 30 days, leap months. */
const LUNAR = /农历|阴历|夏历/;

interface Found {
  start: number;
  end: number;
  year: number | undefined;
  month: number;
  day: number;
}

export const rule = defineRule({
  id: 'invalid-date',
  meta: {
    severity: 'error',
    family: 'substance',
    fixable: false,
    description: {
      'zh-CN': '日期应真实存在：月份在1至12之间，日不超过当月天数（平年2月只有28天）',
      en: 'A date must exist on the calendar: a month from 1 to 12, a day within the month (February has 28 days in a common year)',
    },
    messages: {
      month: {
        'zh-CN': '日期不存在：没有{month}月，月份应在1至12之间，文中为“{text}”',
        en: 'Impossible date: there is no month {month} (months run from 1 to 12); it says "{text}"',
      },
      zeroDay: {
        'zh-CN': '日期不存在：没有{month}月0日，日应从1日起，文中为“{text}”',
        en: 'Impossible date: there is no day 0 of month {month} (days start at 1); it says "{text}"',
      },
      day: {
        'zh-CN': '日期不存在：{year}年没有{month}月{day}日，{month}月只有{days}天',
        en: 'Impossible date: {year} has no {monthEn} {day}; {monthEn} has {days} days',
      },
      dayNoYear: {
        'zh-CN': '日期不存在：没有{month}月{day}日，{month}月只有{days}天',
        en: 'Impossible date: there is no {monthEn} {day}; {monthEn} has {days} days',
      },
      february: {
        'zh-CN': '日期不存在：没有2月{day}日，2月最多29天',
        en: 'Impossible date: there is no February {day}; February has at most 29 days',
      },
      notLeap: {
        'zh-CN': '日期不存在：{year}年没有2月29日，{year}年不是闰年，2月只有28天',
        en: 'Impossible date: {year} has no February 29; {year} is not a leap year, so February has 28 days',
      },
      backwards: {
        'zh-CN': '日期范围有误：结束日期{month}月{last}日早于开始日期{month}月{first}日',
        en: 'Date range backwards: it ends on {month}/{last}, before it starts on {month}/{first}',
      },
      notLeapAround: {
        'zh-CN': '日期不存在：报告年度{year}年和次年{next}年都不是闰年，没有2月29日',
        en: 'Impossible date: neither the report year {year} nor the next, {next}, is a leap year; there is no February 29',
      },
    },
  },
  check(tree, ctx) {
    const text = tree.normalized;
    /** The last date read, for a range whose second end names no year (2023年2月1日至2月29日). */
    let previous: Found | undefined;
    // Most of a report has no 月: the dates are found from each 月 followed by a day, which is some
    // fifty times faster than running DATE over the whole text.
    for (let at = text.indexOf('月'); at !== -1; at = text.indexOf('月', at + 1)) {
      DAY_AFTER.lastIndex = at;
      if (!DAY_AFTER.test(text)) {
        checkMonthNoDay(tree, at, ctx.report);
        continue;
      }
      const m = dateAround(text, at);
      if (!m) continue;
      const start = m.index;
      const end = start + m[0].length;
      const [, yearWord, monthWord, dayWord, rangeDayWord] = m as unknown as [string, string | undefined, string, string, string | undefined];
      let year = yearWord === undefined ? undefined : readYear(yearWord);
      const month = readMonthOrDay(monthWord);
      if (yearWord === undefined) {
        const before = text.slice(Math.max(0, start - 12), start);
        // 23年2月、第1年2月: a year that is not a calendar year, or not one we can read (今年、去年、次年 name
        // none: read on, with no year); 元月 only after a year (after an amount, 元 is the currency);
        // 1—12月 is a span of months.
        if (UNREAD_YEAR.test(before) || monthWord === '元' || AFTER_NUMBER_AND_CONNECTOR.test(before)) continue;
        // 2023年12月25日至2月29日: the second end is in the first one's year, or the next when its month is earlier.
        if (previous?.year !== undefined && RANGE_GAP.test(text.slice(previous.end, start))) {
          year = previous.year + (month < previous.month ? 1 : 0);
        }
      }
      const found: Found = { start, end, year, month, day: readMonthOrDay(dayWord) };
      previous = found;
      if (!Number.isInteger(found.year ?? 0) || !Number.isInteger(month) || !Number.isInteger(found.day)) continue;
      // The day that closes a range within the month: 3月1—31日 (in the match), or 3月1日—31日 (after it).
      let rangeEnd: Found | undefined;
      if (rangeDayWord !== undefined) {
        const dayStart = start + m[0].lastIndexOf(rangeDayWord, m[0].length - 1);
        rangeEnd = { ...found, start: dayStart, day: readMonthOrDay(rangeDayWord) };
      } else {
        RANGE_END.lastIndex = end;
        const r = RANGE_END.exec(text);
        if (r) {
          const dayStart = r.index + r[0].indexOf(r[1]!);
          rangeEnd = { ...found, start: dayStart, end: r.index + r[0].length, day: readMonthOrDay(r[1]!) };
        }
      }
      const bad = [found, rangeEnd].find((d) => d !== undefined && Number.isInteger(d.day) && problem(d) !== undefined);
      if (bad && reportable(tree, bad.start)) reportDate(tree, bad, ctx.report);
      // 9月23日至21日: the range ends before it starts within its month.
      else if (!bad && rangeEnd && rangeEnd.day < found.day && reportable(tree, start)) {
        ctx.report({ messageId: 'backwards', data: { month: found.month, first: found.day, last: rangeEnd.day }, start, end: rangeEnd.end });
      }
      else if (!bad && yearlessLeapDay(tree, found) && reportable(tree, start)) {
        const year = tree.meta.year!;
        ctx.report({ messageId: 'notLeapAround', data: { year, next: year + 1 }, start, end });
      }
    }
    for (const sep of '.-/') {
      for (let at = text.indexOf(sep, 4); at !== -1; at = text.indexOf(sep, at + 1)) {
        const found = separatedDate(text, at);
        if (found && problem(found) !== undefined && reportable(tree, found.start)) reportDate(tree, found, ctx.report);
      }
    }
    for (const m of text.matchAll(DAY_NAME)) {
      const found: Found = { start: m.index + 1, end: m.index + m[0].length - 1, year: undefined, month: Number(m[1]), day: Number(m[2]) };
      if (found.month >= 1 && found.month <= 12 && found.day >= 1 && problem(found) !== undefined && inRanges(proseSpans(tree), m.index)) reportDate(tree, found, ctx.report);
    }
    for (const found of fieldDates(tree)) if (problem(found) !== undefined) reportDate(tree, found, ctx.report);
  },
});

function reportDate(tree: ReportTree, bad: Found, report: RuleContext<unknown>['report']): void {
  report({
    messageId: problem(bad)!,
    data: {
      text: tree.source.text.slice(bad.start, bad.end),
      year: bad.year ?? '',
      month: bad.month,
      monthEn: MONTHS_EN[bad.month - 1] ?? String(bad.month),
      day: bad.day,
      days: daysInMonth(bad.month, bad.year),
    },
    start: bad.start,
    end: bad.end,
  });
}

/**
 * A day named by its date in quotation marks (“6.31”特大暴雨, “12·4”国家宪法日): an event's name, not a quotation of
 * another text, so its date is read though quoted. Only a month of the calendar and a day from 1 are read as one (“0.5”
 * and “2.0”, a version, are numbers).
 */
const DAY_NAME = /“(\d{1,2})[.·・](\d{1,2})”/g;

/**
 * The dates the fields of a web page copied above the report give it after a label of 日期 or 时间 (发文日期: 2024-02-30,
 * 成文日期：2024年2月30日): page residue, which the scans above leave alone, but the day the report was issued on.
 * Each spans the date alone. Other residue (a header's date of the day, a WeChat stamp) is not read.
 */
function fieldDates(tree: ReportTree): Found[] {
  const dates: Found[] = [];
  for (const b of tree.blocks) if (b.role === 'front-matter') dates.push(...pageDatesOf(tree.normalized.slice(b.start, b.end), b.start));
  return dates;
}

/** How far back the sentence before a date is read for a year of its own. */
const SENTENCE_BACK = 60;

/**
 * 2月29日 with no year, in a report whose year and the next (when it was written, and the year its plans are for)
 * are both common years: the date falls in one of them, and neither has it. Not when its sentence names a year of its
 * own before it (2020年疫情期间，2月29日起……) or every year (每年2月29日前: a rule's date, not a day of the report's).
 */
function yearlessLeapDay(tree: ReportTree, d: Found): boolean {
  const year = tree.meta.year;
  if (d.year !== undefined || d.month !== 2 || d.day !== 29 || year === undefined || isLeapYear(year) || isLeapYear(year + 1)) return false;
  const before = tree.normalized.slice(Math.max(0, d.start - SENTENCE_BACK), d.start);
  const sentence = before.slice(Math.max(before.lastIndexOf('。'), before.lastIndexOf('\n')) + 1);
  return !/\d{4}\s*年|[〇○零一二三四五六七八九]{4}年|每年/.test(sentence);
}

/** The date written in numbers whose first separator is at `at` (2023.13.5), if a year comes before it. */
function separatedDate(text: string, at: number): Found | undefined {
  // Most separators follow no year (1.5万, 2—3月): four digits before it are checked first.
  for (let i = at - 4; i < at; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return undefined;
  }
  SEPARATED.lastIndex = at - 4;
  const m = SEPARATED.exec(text);
  if (!m) return undefined;
  return { start: m.index, end: m.index + m[0].length, year: Number(m[1]), month: Number(m[3]), day: Number(m[4]) };
}

/**
 * A month with no day, after a year (2022年13月) or alone where the words around it name a month of the calendar
 * (把13月作为宪法宣传月, 13月底): a month the calendar does not have is reported as in a full date.
 */
function checkMonthNoDay(tree: ReportTree, at: number, report: RuleContext<unknown>['report']): void {
  const text = tree.normalized;
  // Only a digit or a Chinese numeral before 月 can end a month: most 月 (个月, 每月, 月度) are passed by at once.
  if (!/[\d一二三四五六七八九十〇零○]/.test(text[at - 1] ?? '')) return;
  const from = Math.max(0, at - LOOK_BACK);
  const before = text.slice(from, at + 1);
  const m = YEAR_MONTH.exec(before) ?? calendarMonthAlone(text, before, at);
  if (!m) return;
  // The month is the last group of either match.
  const month = readMonthOrDay(m.at(-1)!);
  if (!Number.isInteger(month) || (month >= 1 && month <= 12)) return;
  const start = from + m.index;
  if (!reportable(tree, start)) return;
  report({ messageId: 'month', data: { month, text: tree.source.text.slice(start, at + 1) }, start, end: at + 1 });
}

/**
 * The match of MONTH_ALONE at the end of `before` (the text up to the 月 at `at`) when the words around it name a month
 * of the calendar (CALENDAR_BEFORE, CALENDAR_AFTER) and not a count (COUNT_AFTER), a span of months (1—13月) or a month
 * after a year that is none (三年13月).
 */
function calendarMonthAlone(text: string, before: string, at: number): RegExpExecArray | undefined {
  const m = MONTH_ALONE.exec(before);
  if (!m) return undefined;
  const words = before.slice(0, m.index);
  const after = text.slice(at + 1, at + 4);
  if (COUNT_AFTER.test(after) || UNREAD_YEAR.test(words) || AFTER_NUMBER_AND_CONNECTOR.test(words)) return undefined;
  return CALENDAR_BEFORE.test(words) || CALENDAR_AFTER.test(after) ? m : undefined;
}

/** How far before its 月 a date may start: a year, 年, a month and the spaces between. */
const LOOK_BACK = 24;

/** The match of DATE whose 月 is at `at`, if any: DATE is run from a little before it. */
function dateAround(text: string, at: number): RegExpExecArray | undefined {
  DATE.lastIndex = Math.max(0, at - LOOK_BACK);
  for (let m = DATE.exec(text); m && m.index <= at; m = DATE.exec(text)) {
    // A year and a month hold no 月: the first one in the match is the month's.
    const month = m.index + m[0].indexOf('月');
    if (month === at) return m;
    if (month > at) return undefined;
  }
  return undefined;
}

const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Which message tells what is impossible about the date, or undefined when it exists. */
function problem(d: Found): 'month' | 'zeroDay' | 'day' | 'dayNoYear' | 'february' | 'notLeap' | undefined {
  if (d.month < 1 || d.month > 12) return 'month';
  if (d.day < 1) return 'zeroDay';
  if (d.day <= daysInMonth(d.month, d.year)) return undefined;
  // 2月29日 is impossible only in a year that is stated (with no year it is allowed): then it is the leap year.
  if (d.month === 2 && d.day === 29) return 'notLeap';
  if (d.year !== undefined) return 'day';
  return d.month === 2 ? 'february' : 'dayNoYear';
}

/**
 * Whether a finding at `offset` is the report's own running text: not web-page residue before the
 * text, code or raw HTML (outside the prose spans); not inside a quotation or a title (《…》, “…”),
 * which cites another text as it was written; not a lunar date. Asked only for impossible dates,
 * which are rare, so the spans are looked up then.
 */
function reportable(tree: ReportTree, offset: number): boolean {
  if (!inRanges(proseSpans(tree), offset)) return false;
  const text = tree.normalized;
  let lineStart = offset;
  while (lineStart > 0 && text.charCodeAt(lineStart - 1) !== 10 && text.charCodeAt(lineStart - 1) !== 13) lineStart--;
  let lineEnd = offset;
  while (lineEnd < text.length && text.charCodeAt(lineEnd) !== 10 && text.charCodeAt(lineEnd) !== 13) lineEnd++;
  if (inRanges(quotedRanges(text, lineStart, lineEnd), offset)) return false;
  return !LUNAR.test(text.slice(Math.max(lineStart, offset - 12), offset));
}
