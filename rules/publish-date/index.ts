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
      reviewedEarly: {
        'zh-CN': '本报告的审议日期{date}早于{earliest}，{year}年度尚未结束，会议不能审议全年的情况：请核对审议日期',
        en: 'The report is said to be reviewed on {dateEn}, before {earliestEn}, while {year} is not over: a meeting cannot review the whole year then; check the date',
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
    if (year === undefined) return;
    const { deadlineMonth, deadlineDay, earliestMonth } = ctx.options;
    // A speech to the 人大常委会 may be heard before its year is over (see below): so may it be reviewed.
    if (!tree.meta.speech) checkReview(tree.normalized, year, earliestMonth, ctx.report);
    const closing = tree.meta.closingDate;
    if (!closing) return;
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
    // report made to the 人大常委会 in the first quarter. The day alone in brackets under the title, with no
    // meeting, speaker nor salutation, shows no speech: it is the report's own date, early as one below the text.
    if (tooEarly && closing === tree.meta.deliveryDate && tree.meta.speech) return;
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

/**
 * 本报告经2026年11月20日县政府常务会议审议通过: the report says, of itself, on which day a meeting reviewed
 * (审议, 审定, 研究) it. Only a sentence opening with 本报告 is read: a meeting's date in the body is of the
 * documents it passed (县政府召开常务会议，审议通过《……办法》).
 */
const REVIEWED = /本报告(?:已经|已于|已|经|于)?((\d{4}) ?年(\d{1,2})月(\d{1,2})日)(?:经|在)?[^。;]{0,30}?会议?[^。;]{0,8}?(?:审议|审定|研究)/y;

/**
 * A meeting cannot review a report on the whole year before the year is nearly over: a review dated
 * before the first day the report may be dated (earliestMonth, December by default, as for the closing
 * date) is a wrong date, or the report of another year.
 */
function checkReview(text: string, year: number, earliestMonth: number, report: RuleContext<unknown>['report']): void {
  for (let at = text.indexOf('本报告'); at !== -1; at = text.indexOf('本报告', at + 3)) {
    REVIEWED.lastIndex = at;
    const m = REVIEWED.exec(text);
    if (!m) continue;
    const date: Ymd = [Number(m[2]), Number(m[3]), Number(m[4])];
    const earliest: Ymd = [year, earliestMonth, 1];
    if (!dateExists(date[0], date[1], date[2]) || compare(date, earliest) >= 0) continue;
    const start = at + m[0].indexOf(m[1]!);
    report({ messageId: 'reviewedEarly', data: { year, date: show(date), earliest: show(earliest), dateEn: iso(date), earliestEn: iso(earliest) }, start, end: start + m[1]!.length });
  }
}
