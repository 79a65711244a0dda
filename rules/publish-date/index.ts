import { defineRule, Type } from '@reportlint/core';
import type { RuleContext } from '@reportlint/core';
import type { YearSpan } from '@reportlint/parser';
import { dateExists } from '../shared/dates.js';

const schema = Type.Object(
  {
    deadlineMonth: Type.Integer({
      minimum: 1,
      maximum: 12,
      default: 3,
      description: 'Month of the last day, in the year after the report year, on which the report may be dated.',
    }),
    deadlineDay: Type.Integer({
      minimum: 1,
      maximum: 31,
      default: 31,
      description: 'Day of that last day (3/31: published before April 1).',
    }),
    earliestMonth: Type.Integer({
      minimum: 1,
      maximum: 12,
      default: 12,
      description: 'First month of the report year in which the report may be dated (from its 1st day).',
    }),
  },
  { additionalProperties: false },
);

type Ymd = readonly [year: number, month: number, day: number];

const compare = (a: Ymd, b: Ymd) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
const show = (d: Ymd) => `${d[0]}年${d[1]}月${d[2]}日`;
const iso = (d: Ymd) => `${d[0]}-${String(d[1]).padStart(2, '0')}-${String(d[2]).padStart(2, '0')}`;

export const rule = defineRule({
  id: 'publish-date',
  meta: {
    severity: 'warn',
    family: 'substance',
    fixable: false,
    description: {
      'zh-CN': '成文日期应在报告年度的年底之后、次年3月31日之前',
      en: 'The closing date must fall after the report year is (nearly) over and before March 31 of the next year',
    },
    messages: {
      late: {
        'zh-CN': '成文日期晚于次年{month}月{day}日的公开期限：{year}年度报告应在{deadline}前成文公开，文中为{date}',
        en: 'Closing date after the publication deadline of {month}/{day} of the next year: a report on {year} must be dated by {deadlineEn}; it says {dateEn}',
      },
      early: {
        'zh-CN': '成文日期早于{earliest}，{year}年度尚未结束：应在{earliest}至{deadline}之间成文，文中为{date}',
        en: 'Closing date before {earliestEn}, while {year} is not over: date it between {earliestEn} and {deadlineEn}; it says {dateEn}',
      },
      docNumberYear: {
        'zh-CN': '发文字号的年份为{numberYear}年，成文日期为{date}：发文字号按成文年份编号，应为〔{year}〕',
        en: 'The document number is of {numberYear}, the closing date {dateEn}: a document is numbered in the year it is dated, so it should read 〔{year}〕',
      },
      wrongYear: {
        'zh-CN': '成文日期不在{earliest}至{deadline}之间，文中为{date}，是否应为{suggestion}？',
        en: 'Closing date outside {earliestEn} to {deadlineEn}: it says {dateEn}; did you mean {suggestionEn}?',
      },
    },
    schema,
  },
  check(tree, ctx) {
    const year = tree.meta.year;
    const closing = tree.meta.closingDate;
    if (year === undefined || !closing) return;
    const { deadlineMonth, deadlineDay, earliestMonth } = ctx.options;
    const date: Ymd = [closing.year, closing.month, closing.day];
    // A date that cannot exist (2024年2月30日, 2024年13月20日) is invalid-date's finding, not a late or early one.
    if (!dateExists(date[0], date[1], date[2])) return;
    const earliest: Ymd = [year, earliestMonth, 1];
    const deadline: Ymd = [year + 1, deadlineMonth, deadlineDay];
    const tooLate = compare(date, deadline) > 0;
    const tooEarly = compare(date, earliest) < 0;
    if (!tooLate && !tooEarly) {
      checkDocNumber(tree.meta.docNumber, date, ctx.report);
      return;
    }

    // The date line's span, without the indentation a plain-text paragraph may keep.
    let start = closing.start;
    while (start < closing.end && /\s/.test(tree.normalized[start]!)) start++;
    const end = Math.min(tree.source.text.length, closing.end + (start - closing.start));
    const data = {
      year,
      date: show(date),
      deadline: show(deadline),
      earliest: show(earliest),
      dateEn: iso(date),
      deadlineEn: iso(deadline),
      earliestEn: iso(earliest),
      month: deadlineMonth,
      day: deadlineDay,
    };
    // "2024年1月9日" on a report on 2024: the month and day fit, the year is a slip.
    const fitting = [year, year + 1].find((y) => y !== date[0] && compare([y, date[1], date[2]], earliest) >= 0 && compare([y, date[1], date[2]], deadline) <= 0);
    if (fitting !== undefined) {
      ctx.report({ messageId: 'wrongYear', data: { ...data, suggestion: show([fitting, date[1], date[2]]), suggestionEn: iso([fitting, date[1], date[2]]) }, start, end });
      return;
    }
    // A speech delivered to the 人大常委会 before its year is over reports on the year so far (今年以来): a
    // mid-year hearing, not an annual report dated too early. Late is still late: the 纲要 has the annual
    // report made to the 人大常委会 in the first quarter.
    if (tooEarly && closing === tree.meta.deliveryDate) return;
    ctx.report({ messageId: tooLate ? 'late' : 'early', data, start, end });
  },
});

/**
 * The document's own 发文字号 (晋川政报〔2026〕3号 above the title) is numbered in the year it is issued:
 * a year other than the closing date's, when that date is right, is a number left from last year's
 * report. When the date is wrong itself, the finding on the date says enough.
 */
function checkDocNumber(number: YearSpan | undefined, date: Ymd, report: RuleContext<unknown>['report']): void {
  if (!number || number.year === date[0]) return;
  report({ messageId: 'docNumberYear', data: { numberYear: number.year, year: date[0], date: show(date), dateEn: iso(date) }, start: number.start, end: number.end });
}
