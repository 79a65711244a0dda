import { defineRule, Type } from '@reportlint/core';
import type { RuleContext } from '@reportlint/core';
import { accountLead, figuresIn, firstSentence, headingYear, isTitle, ITEM_YEAR, openingHeadingSplit, openingYearConfirmed, openingYears, partYear, PLAN_DOCUMENTS, refersToOtherPeriod, REPORTING_SENTENCE, RUN_IN_POINT, soleHeadingYear, YEAR_LEAD, yearGoesOn, yearsNamed, yearsOfParts, yearWritten } from '@reportlint/parser';
import type { Block, PartOccurrence, ReportTree, Section, StatedYear, YearSpan } from '@reportlint/parser';
import { CN_SMALL, readYear, YEAR } from '../shared/dates.js';
import { partData } from '../shared/parts.js';
import { rememberedSearch } from '../shared/search.js';
import { inRanges, quotedRanges } from '../shared/ranges.js';
import lookBacks from '../shared/look-backs.json' with { type: 'json' };
import { mentionsYearWord, periodYearOf, YEAR_WORD_PATTERN } from '../shared/period-words.js';
import periods from '../shared/periods.json' with { type: 'json' };
import vocabulary from './years.json' with { type: 'json' };

const schema = Type.Object(
  {
    headings: Type.Boolean({
      default: true,
      description: 'Check the year the title and a part heading open with ("三、2023年度推进法治政府建设存在不足和原因").',
    }),
    sentences: Type.Boolean({
      default: true,
      description: 'Check the years of sentences: one opening a sentence as its time ("2023年，…"), figures cut off at last year\'s end, plans and meetings of another year, deadlines already past in the plans.',
    }),
    relativeTime: Type.Boolean({
      default: true,
      description: 'Check 今年, 去年, 明年, 前年 and 截至目前 in a report dated after its year, where they no longer mean the report year.',
    }),
  },
  { additionalProperties: false },
);

const includesAny = (text: string, words: readonly string[]) => words.some((w) => text.includes(w));

export const rule = defineRule({
  id: 'year-consistency',
  meta: {
    severity: 'error',
    family: 'substance',
    fixable: false,
    description: {
      'zh-CN': '各部分写的年份应与报告年度一致：举措、不足、第一责任人职责写本年度，主要安排写下一年度',
      en: 'Each part must be about the right year: measures, shortcomings and duties the report year, plans the next year',
    },
    messages: {
      heading: {
        'zh-CN': '“{part}”应写{expected}年的情况，标题中为{actual}年',
        en: '"{partEn}" should be about {expected}; its heading names {actual}',
      },
      headingPlans: {
        'zh-CN': '“{part}”应写{expected}年的安排，标题中为{actual}年',
        en: '"{partEn}" should plan for {expected}; its heading names {actual}',
      },
      headingPlansWord: {
        'zh-CN': '“{part}”应写{expected}年的安排，标题中的“{word}”是报告年度{actual}年',
        en: '"{partEn}" should plan for {expected}; its heading says "{word}", the report year {actual}',
      },
      headingPlansPeriod: {
        'zh-CN': '“{part}”应写{expected}年的安排，标题中的{period}是{actual}年',
        en: '"{partEn}" should plan for {expected}; its heading names {period}, which is {actual}',
      },
      headingPeriod: {
        'zh-CN': '“{part}”应写{expected}年的情况，标题中的{period}是{actual}年',
        en: '"{partEn}" should be about {expected}; its heading names {period}, which is {actual}',
      },
      sentence: {
        'zh-CN': '“{part}”应写{expected}年的情况，文中为{actual}年',
        en: '"{partEn}" should be about {expected}; the text says {actual}',
      },
      opening: {
        'zh-CN': '开头写的是{actual}年度的情况，标题中为{expected}年度：请统一报告年度',
        en: 'The opening is about {actual}, the title about {expected}: make the report year agree',
      },
      title: {
        'zh-CN': '标题中为{actual}年度，正文各处写的都是{expected}年度的情况：标题应为{expected}年度',
        en: 'The title names {actual}, but everywhere else the report is about {expected}: the title should name {expected}',
      },
      titleCopy: {
        'zh-CN': '两处标题的年度不一致：此处为{actual}年度，另一处标题和正文写的都是{expected}年度：应为{expected}年度',
        en: 'The title is printed twice with two years: this copy names {actual}, the other copy and the text {expected}: it should name {expected}',
      },
      openingPlans: {
        'zh-CN': '“现将……如下”中的工作安排应写{expected}年，文中为{actual}年',
        en: 'The opening reports plans for {actual}; they should be for {expected}',
      },
      openingSplit: {
        'zh-CN': '开头先写{first}年，“现将……如下”又写{second}年度：请统一报告年度',
        en: 'The opening names {first} first, then reports on {second}: make the report year agree',
      },
      openingHeadingSplit: {
        'zh-CN': '开头写{first}年，“{part}”的标题中为{second}年：请统一报告年度',
        en: 'The opening names {first}, the heading of "{partEn}" {second}: make the report year agree',
      },
      headingBodySplit: {
        'zh-CN': '“{part}”的标题中为{heading}年，正文写的是{body}年的情况：请统一报告年度',
        en: 'The heading of "{partEn}" names {heading}, the text {body}: make the report year agree',
      },
      openingSince: {
        'zh-CN': '开头写“{since}年以来”，报告年度为{year}年：请统一报告年度',
        en: 'The opening starts "since {since}", after the report year {year}: make the report year agree',
      },
      openingAlone: {
        'zh-CN': '开头写的是{actual}年度的情况，正文各处写的都是{expected}年度的情况：开头应为{expected}年度',
        en: 'The opening is about {actual}, but everywhere else the report is about {expected}: the opening should name {expected}',
      },
      staleCutoff: {
        'zh-CN': '“{part}”应写{expected}年的情况，文中的数据截至{actual}年底，是上一年度的：应截至{expected}年底',
        en: '"{partEn}" should be about {expected}; the figures here run to the end of {actual}, the year before: they should run to the end of {expected}',
      },
      staleCutoffMonth: {
        'zh-CN': '“{part}”应写{expected}年的情况，文中的数据截至{actual}年{month}月，是上一年度的：应截至{expected}年底',
        en: '"{partEn}" should be about {expected}; the figures here run to month {month} of {actual}, the year before: they should run to the end of {expected}',
      },
      staleAnnex: {
        'zh-CN': '附件（附表）标题中的数据是{actual}年的，报告年度为{expected}年：应为{expected}年的数据',
        en: 'The title of the attachment names figures of {actual}, but the report is on {expected}: they should be of {expected}',
      },
      stalePeriod: {
        'zh-CN': '数据的统计时间为{actual}年，报告年度为{expected}年：统计时间应为{expected}年',
        en: 'The figures are counted over {actual}, but the report is on {expected}: count them over {expected}',
      },
      sentencePlans: {
        'zh-CN': '“{part}”应写{expected}年的安排，文中为{actual}年',
        en: '"{partEn}" should plan for {expected}; the text says {actual}',
      },
      deadlinePlans: {
        'zh-CN': '“{part}”应写{expected}年的安排，文中的完成时限在{actual}年，成文时已过',
        en: '"{partEn}" should plan for {expected}; the deadline it sets is in {actual}, past when the report was written',
      },
      stalePlan: {
        'zh-CN': '{verb}的是{actual}年的{kind}，报告年度为{expected}年：应为{expected}年的{kind}',
        en: 'The {kindEn} made or followed here ({verb}) is for {actual}, but the report is on {expected}: it should be the one for {expected}',
      },
      selfComparison: {
        'zh-CN': '“{actual}”是拿报告年度与它自身比较：“{part}”写的是{year}年，应与上年同期（{previous}年同期）比较',
        en: '"{actual}" compares the report year with itself: "{partEn}" is about {year}; compare with the same period of {previous}',
      },
      reportMade: {
        'zh-CN': '“{part}”写的是{year}年，当年报告的应是上一年度（{expected}年度）的法治政府建设情况，文中为{actual}年度',
        en: '"{partEn}" is about {year}, when the situation of the year before ({expected}) was reported; the text says {actual}',
      },
      stalePlanNext: {
        'zh-CN': '“{part}”应写{expected}年的安排，文中{verb}的是{actual}年的{kind}，该年已过：应为{expected}年的{kind}',
        en: '"{partEn}" should plan for {expected}; the {kindEn} it makes or holds ({verb}) is for {actual}, a year already over: it should be the one for {expected}',
      },
      relativeYear: {
        'zh-CN': '“{word}”从成文之年（{written}年）算是{literal}年，从报告年度（{year}年）算是{intended}年：应写明年份',
        en: '"{word}" is {literal} counted from the year of writing ({written}) and {intended} counted from the report year ({year}): name the year',
        severity: 'warn',
      },
      relativePeriodYear: {
        'zh-CN': '{period}是{actual}年，这里的“{word}”是{years}：请核对',
        en: '{period} is {actual}, but "{word}" here is {yearsEn}: check the year',
      },
      yearless: {
        'zh-CN': '标题和开头都没有写明报告年度：标题应写明是哪一年的报告，如“关于{example}年……情况的报告”',
        en: 'Neither the title nor the opening names the report year: the title should say which year it reports on, e.g. “关于{example}年……情况的报告”',
        severity: 'warn',
      },
      untilNow: {
        'zh-CN': '“{word}”是到成文之时（{written}年{month}月）为止，已超出报告年度：应写明截止时间，如“截至{year}年底”',
        en: '"{word}" runs to the time of writing ({writtenEn}), after the report year: name the cut-off, such as the end of {year}',
        severity: 'warn',
      },
    },
    schema,
  },
  check(tree, ctx) {
    const year = tree.meta.year;
    if (year === undefined) {
      if (ctx.options.headings && !checkOpeningSplit(tree, ctx.report) && !checkHeadingSplit(tree, ctx.report)) {
        checkHeadingBody(tree, ctx.report);
        checkYearless(tree, ctx.report);
      }
      return;
    }
    const report = oncePerPlace(ctx.report);
    if (ctx.options.headings) {
      checkTitle(tree, year, report);
      checkOpening(tree, year, report);
      checkOpeningSince(tree, year, report);
      checkOpeningPlans(tree, year, report);
      checkHeadings(tree, year, report);
      checkPlanSubheadings(tree, year, report);
      checkAnnexTitles(tree, year, report);
    }
    if (ctx.options.sentences) {
      checkSentences(tree, year, report);
      checkCutoffs(tree, year, report);
      checkStatisticalPeriods(tree, year, report);
      checkPlanDeadlines(tree, year, report);
      checkPlansFollowed(tree, year, report);
      checkSelfComparisons(tree, year, report);
      checkReportsMade(tree, year, report);
    }
    if (ctx.options.relativeTime) {
      checkRelativeTime(tree, year, report);
      checkRelativePeriodYear(tree, year, report);
    }
  },
});

type Report = RuleContext<unknown>['report'];

/**
 * `report` keeping one finding per span: a run-in plan item read as a subheading (“1.2025年建成……。责任单位：……”)
 * is both a heading and a sentence, and its year is one slip, reported once (as the heading, checked first).
 */
function oncePerPlace(report: Report): Report {
  const places = new Set<string>();
  return (descriptor) => {
    const place = `${descriptor.start}:${descriptor.end}`;
    if (places.has(place)) return;
    places.add(place);
    report(descriptor);
  };
}

/**
 * A title whose year every other place contradicts — the opening, the part headings, the closing
 * date — is last year's title on this year's report: the parser took the body's year as the report
 * year, so the parts are checked against it and the title is the one finding. A title without a
 * year leaves the opening to state it; an opening the rest contradicts is then the stale one — and so
 * is an opening year the rest contradicts while the opening's other statement agrees with it
 * (“2022年，我局……现将2023年度……报告如下”, the parts and the date on 2023). When nothing else says
 * which of the opening's two years is right, the contradiction is reported at the first. A page that prints the
 * title twice on two years has the copy the body contradicts reported (checkTitleCopies).
 */
function checkTitle(tree: ReportTree, year: number, report: Report): void {
  const title = tree.meta.titleYear;
  const copy = tree.meta.titleCopy;
  if (title && copy) return checkTitleCopies([title, copy], year, report);
  if (tree.meta.yearSource === 'body' && title) {
    report({ messageId: 'title', data: { expected: year, actual: title.year }, start: title.start, end: title.end });
    return;
  }
  if (title) return;
  const opening = tree.blocks.find((b) => b.role === 'opening');
  if (!opening) return;
  if (tree.meta.yearSource !== 'body' && !openingYearConfirmed(tree)) return;
  for (const s of staleYears(openingYears(tree.normalized.slice(opening.start, opening.end)), year)) {
    report({ messageId: 'openingAlone', data: { expected: year, actual: s.year }, start: opening.start + s.start, end: opening.start + s.end });
  }
}

/**
 * The page's two copies of the title on two years (“下陆区2025年……报告” over “下陆区2024年……报告”), the parser
 * having taken the report year from the body: each copy on another year is stale, said as such when the other
 * copy agrees with the body. When the body does not say which is right, the report year is not known and
 * nothing is checked.
 */
function checkTitleCopies(copies: readonly YearSpan[], year: number, report: Report): void {
  const agreeing = copies.some((c) => c.year === year);
  for (const c of copies) {
    if (c.year !== year) report({ messageId: agreeing ? 'titleCopy' : 'title', data: { expected: year, actual: c.year }, start: c.start, end: c.end });
  }
}

/** A span the opening's first words start: 2024年以来，…… (group 1 the year). */
const SINCE_LEAD = /^(\d{4}) ?年以来/;

/**
 * An opening that starts with a span from a year after the report year (“2024年以来，……” over “现将2023年度……报告
 * 如下”, or under a title on 2023): the span cannot be the year reported on, and one of the two was not updated.
 * A span from the report year or before (2023年以来 in a report on 2024) is the account's background.
 */
function checkOpeningSince(tree: ReportTree, year: number, report: Report): void {
  const opening = tree.blocks.find((b) => b.role === 'opening');
  if (!opening) return;
  const text = tree.normalized.slice(opening.start, opening.end);
  const lead = text.length - text.trimStart().length;
  const m = SINCE_LEAD.exec(text.slice(lead));
  if (!m || Number(m[1]) <= year) return;
  const start = opening.start + lead;
  report({ messageId: 'openingSince', data: { since: m[1]!, year }, start, end: start + m[0].length });
}

/**
 * “2023年，……现将2022年……报告如下” under a title without a year, nothing else in the report to say which is right:
 * the two cannot both be, and the parser leaves the report year unknown (no other check holds the text to either).
 */
function checkOpeningSplit(tree: ReportTree, report: Report): boolean {
  const opening = tree.blocks.find((b) => b.role === 'opening');
  if (!opening || tree.meta.titleYear) return false;
  const [first, second] = openingYears(tree.normalized.slice(opening.start, opening.end));
  if (!first || !second || first.year === second.year) return false;
  report({ messageId: 'openingSplit', data: { first: first.year, second: second.year }, start: opening.start + first.start, end: opening.start + first.end });
  return true;
}

/**
 * “2023年，我局……” over “一、2024年度推进法治政府建设的主要举措和成效” under a title without a year, the heading the
 * only one that states a year and nothing else in the opening or the heading's part saying which is right (the
 * parser's openingHeadingSplit): the two cannot both be, and the report year is left unknown. Reported at the
 * opening, with both years.
 */
function checkHeadingSplit(tree: ReportTree, report: Report): boolean {
  const split = openingHeadingSplit(tree);
  if (!split) return false;
  const { opening, heading, part } = split;
  report({ messageId: 'openingHeadingSplit', data: { ...partData(tree.profile, part), first: opening.year, second: heading.year }, start: opening.start, end: opening.end });
  return true;
}

/**
 * A report title (“……法治政府建设年度报告”) that names no year, over an opening that names none either
 * (“今年以来，……”): only the closing date tells which year the report is on, and reviewers ask for it in
 * the title. A title without its year over an opening that states it (“2025年，县政府……”, a 总结 or a web
 * page's title) says the year in the first sentence and is left alone; so is a line that is no report's
 * title (“草稿”). The example names the year the closing date points to when it falls in the reporting
 * season (January to March, or December of the year itself).
 */
function checkYearless(tree: ReportTree, report: Report): void {
  const title = tree.meta.title;
  const lines = tree.blocks.filter((b) => b.role === 'title');
  // A title that states its year is no yearless one, though its two copies on two years leave the year unknown.
  if (title === undefined || !isTitle(title) || lines.length === 0 || tree.meta.titleYear) return;
  const date = tree.meta.closingDate;
  const example = date && date.month <= 3 ? String(date.year - 1) : date?.month === 12 ? String(date.year) : '20××';
  report({ messageId: 'yearless', data: { example }, start: lines[0]!.start, end: lines.at(-1)!.end });
}

/**
 * The opening states the year the whole report is about, as the title does: “2023年，我县……”,
 * “现将我县2023年度法治政府建设情况报告如下”. When the report year comes from the title and the
 * opening states another, one of the two was not updated — which one, only the writer knows.
 */
function checkOpening(tree: ReportTree, year: number, report: Report): void {
  if (tree.meta.yearSource !== 'title') return;
  const opening = tree.blocks.find((b) => b.role === 'opening');
  if (!opening) return;
  // “2023年，我县……” opens it; “现将……2023年度……报告如下” ends it. Either may be the one left stale.
  const stated = openingYears(tree.normalized.slice(opening.start, opening.end)).map((s) => ({ ...s, start: opening.start + s.start, end: opening.start + s.end }));
  // An opening that only announces the report (“现将……报告如下”) has the account's lead below it for its year.
  const lead = accountLead(tree);
  if (lead) stated.push(lead);
  for (const s of staleYears(stated, year)) report({ messageId: 'opening', data: { expected: year, actual: s.year }, start: s.start, end: s.end });
}

/**
 * The opening's statements of a year other than `year`, the first of each year: “2025年，……现将2025年度……报告如下”
 * under a title on 2024 is one year left stale — the opening's, or the title's — said at the first place that states it.
 */
function staleYears(stated: readonly StatedYear[], year: number): StatedYear[] {
  return stated.filter((s, i) => s.year !== year && stated.findIndex((other) => other.year === s.year) === i);
}

/** An attachment's marker after the date, the title on its line or not: 附件：, 附件1, 附表 , 附表2：. */
const ANNEX_LEAD = /^附\s*[件表]\s*(?:\d{1,2}(?!\d))?[\s:]*/;
/** A year as an attachment's title writes it. */
const TITLE_YEAR = /(\d{4}) ?年/g;

/**
 * An attachment after the date whose title names the figures of the year before the report year (附件：2024年法治
 * 政府建设主要数据统计表 on a report on 2025) is last year's table kept, as a stale opening is. Read: the title on the
 * marker's line, or the line right after a marker alone; one year in it, and words of figures (annexData.words).
 * A title comparing years or giving an assessment's result (annexData.otherPurposes) names its year on purpose.
 */
function checkAnnexTitles(tree: ReportTree, year: number, report: Report): void {
  const date = tree.blocks.findLastIndex((b) => b.role === 'date');
  if (date === -1) return;
  const { words, otherPurposes } = vocabulary.annexData;
  for (let i = date + 1; i < tree.blocks.length; i++) {
    const marker = tree.blocks[i]!;
    const lead = ANNEX_LEAD.exec(tree.normalized.slice(marker.start, marker.end));
    if (!lead || marker.node.type !== 'paragraph') continue;
    const bare = lead[0].length === marker.end - marker.start;
    const title = bare ? tree.blocks[i + 1] : marker;
    if (!title || title.node.type !== 'paragraph') continue;
    const from = bare ? title.start : marker.start + lead[0].length;
    const text = tree.normalized.slice(from, title.end);
    const years = [...text.matchAll(TITLE_YEAR)];
    if (years.length !== 1 || Number(years[0]![1]) !== year - 1) continue;
    if (!includesAny(text, words) || includesAny(text, otherPurposes) || text.length > 40) continue;
    const start = from + years[0]!.index;
    report({ messageId: 'staleAnnex', data: { expected: year, actual: year - 1 }, start, end: start + 4 });
  }
}

/** After the report year in the reporting sentence, a second year and the plans it reports: “及2025年度工作思路”. */
const PLANS_REPORTED = new RegExp(vocabulary.openingPlans);

/**
 * The reporting sentence may present the next year's plans with the year's work: “现将我镇2024年法治建设工作
 * 情况及2025年度工作思路总结如下”. The plans are the next year's: last year's left in place are reported.
 */
function checkOpeningPlans(tree: ReportTree, year: number, report: Report): void {
  const opening = tree.blocks.find((b) => b.role === 'opening');
  if (!opening) return;
  const text = tree.normalized.slice(opening.start, opening.end);
  const reporting = REPORTING_SENTENCE.exec(text);
  if (!reporting) return;
  // Past the report year's digits: the plans' year comes after it.
  const from = reporting.index + reporting[0].indexOf(reporting[2]!) + 4;
  const plans = PLANS_REPORTED.exec(text.slice(from, reporting.index + reporting[0].length));
  if (!plans || Number(plans[1]) === year + 1) return;
  const start = opening.start + from + plans.index + plans[0].indexOf(plans[1]!);
  report({ messageId: 'openingPlans', data: { expected: year + 1, actual: Number(plans[1]) }, start, end: start + yearWritten(plans[0].slice(plans[0].indexOf(plans[1]!))) });
}

/**
 * A part's own heading that opens with a year states the period of the whole part. A heading that is two
 * parts at once (“2024年工作总结及2025年工作打算”, “存在的不足及2026年工作打算”) has a year for each, the one
 * its words after the year name.
 */
function checkHeadings(tree: ReportTree, year: number, report: Report): void {
  for (const section of tree.sections) if ((section.data?.parts?.length ?? 0) > 1) checkMergedHeading(tree, section, year, report);
  for (const occ of tree.parts) {
    if (occ.node.type !== 'section') continue;
    const section = occ.node as Section;
    if ((section.data?.parts?.length ?? 0) !== 1) continue;
    const expected = partYear(occ.part, year);
    if (expected === undefined) continue;
    const title = tree.normalized.slice(section.titleStart, section.titleEnd);
    const stated = headingYear(title);
    if (!stated) {
      if (occ.part === 'plans') checkReportYearWord(tree, section, title, year, report);
      checkPeriodYear(tree, section, occ.part, title, expected, report);
      continue;
    }
    if (stated.year === expected) continue;
    report({
      messageId: occ.part === 'plans' ? 'headingPlans' : 'heading',
      data: { ...partData(tree.profile, occ.part), expected, actual: stated.year },
      start: section.titleStart + stated.start,
      end: section.titleStart + stated.end,
    });
  }
}

const REPORT_YEAR_HEADING = new RegExp(vocabulary.reportYearHeading);

/** A plans heading that names the report's own year by a word (四、本年度工作计划): last year's heading kept, or the wrong year planned. */
function checkReportYearWord(tree: ReportTree, section: Section, title: string, year: number, report: Report): void {
  const m = REPORT_YEAR_HEADING.exec(title);
  if (!m) return;
  const start = section.titleStart + m.index;
  report({ messageId: 'headingPlansWord', data: { ...partData(tree.profile, 'plans'), expected: year + 1, actual: year, word: m[0] }, start, end: start + m[0].length });
}

/** The national plans' five-year periods by name (shared/periods.json): 十四五 → 2021–2025. */
const PLAN_PERIODS: ReadonlyMap<string, { first: number }> = new Map(
  periods.periods.filter((p) => p.kind === 'plan').map((p) => [p.name, { first: p.first }]),
);
/** A year of a five-year period, as a heading may name it (shared/periods.json): “十五五”开局之年, 十四五规划第三年. */
const PERIOD_YEAR = new RegExp(`“?(${[...PLAN_PERIODS.keys()].join('|')})”?(?:规划|时期)?的?(${YEAR_WORD_PATTERN})`);

/**
 * A part heading that names its year by a five-year period (四、“十五五”开局之年工作安排) and no year in digits:
 * that year must be the part's. A period year before it is last year's heading kept — a report on 2026
 * planning for 2026, or summing up 2026 under “一、“十四五”收官之年主要举措和成效”; a later one is a target
 * (为“十五五”开局之年打好基础), not the part's year. In the parts on the report year only a heading that opens
 * with the period year states it, and not one that looks back on purpose (整改, 以来 …).
 */
function checkPeriodYear(tree: ReportTree, section: Section, part: PartOccurrence['part'], title: string, expected: number, report: Report): void {
  const m = PERIOD_YEAR.exec(title);
  if (!m) return;
  const plans = part === 'plans';
  if (!plans && (m.index > 0 || refersToOtherPeriod(title))) return;
  const actual = periodYearOf(m[2]!, PLAN_PERIODS.get(m[1]!)!.first);
  if (actual >= expected) return;
  const start = section.titleStart + m.index;
  const period = tree.source.text.slice(start, start + m[0].length);
  report({ messageId: plans ? 'headingPlansPeriod' : 'headingPeriod', data: { ...partData(tree.profile, part), expected, actual, period }, start, end: start + m[0].length });
}

function checkMergedHeading(tree: ReportTree, section: Section, year: number, report: Report): void {
  for (const stated of yearsOfParts(tree, tree.normalized.slice(section.titleStart, section.titleEnd))) {
    const expected = partYear(stated.part, year);
    if (expected === undefined || stated.year === expected) continue;
    report({
      messageId: stated.part === 'plans' ? 'headingPlans' : 'heading',
      data: { ...partData(tree.profile, stated.part), expected, actual: stated.year },
      start: section.titleStart + stated.start,
      end: section.titleStart + stated.end,
    });
  }
}

/**
 * The headings inside the plans (“（一）2026年重点工作”, under “四、2026年工作安排和“十五五”时期工作思路”):
 * one that opens with the report year or an earlier one plans for a year already over — last year's
 * heading left in place. Later years are the plans' own (a period's targets, “（二）2030年目标”).
 */
function checkPlanSubheadings(tree: ReportTree, year: number, report: Report): void {
  for (const s of tree.allSections) {
    if (s.data?.parts?.length) continue;
    const occ = tree.partAt(s.titleStart);
    if (occ?.part !== 'plans' || occ.node === s) continue;
    const title = tree.normalized.slice(s.titleStart, s.titleEnd);
    const stated = headingYear(title);
    if (!stated || stated.year > year || includesAny(title, vocabulary.retrospectiveCues)) continue;
    report({
      messageId: 'headingPlans',
      data: { ...partData(tree.profile, 'plans'), expected: year + 1, actual: stated.year },
      start: s.titleStart + stated.start,
      end: s.titleStart + stated.end,
    });
  }
}

/** Quotation marks and title marks that open and close: the scan below goes from one to the next. */
const OPENING_QUOTES = '“《「';
const CLOSING_QUOTES = '”》」';
const QUOTE_MARK = new RegExp(`[${OPENING_QUOTES}${CLOSING_QUOTES}]`, 'g');
/** Characters a YEAR_LEAD or ITEM_YEAR match can open with (an enumerator or a year's first digit). */
const LEAD_FIRST = new Uint8Array(0x10000);
for (const ch of '0123456789一二三四五六七八九十〇零○') LEAD_FIRST[ch.charCodeAt(0)] = 1;
/** The digits of YEAR: 1 for Arabic, 2 for Chinese. */
const YEAR_DIGIT = new Uint8Array(0x10000);
for (const ch of '0123456789') YEAR_DIGIT[ch.charCodeAt(0)] = 1;
for (const ch of '〇零○一二三四五六七八九') YEAR_DIGIT[ch.charCodeAt(0)] = 2;

/** The first offset at or after `from` where YEAR年 is written (2023年, 二〇二三年); the text's length when none. */
function yearFrom(text: string, from: number): number {
  for (let y = text.indexOf('年', from + 4); y !== -1; y = text.indexOf('年', y + 1)) {
    const kind = YEAR_DIGIT[text.charCodeAt(y - 4)];
    if (kind !== 0 && YEAR_DIGIT[text.charCodeAt(y - 3)] === kind && YEAR_DIGIT[text.charCodeAt(y - 2)] === kind && YEAR_DIGIT[text.charCodeAt(y - 1)] === kind) {
      return y - 4;
    }
  }
  return text.length;
}

/** The first quotation or title mark at or after `from` (OPENING_QUOTES, CLOSING_QUOTES); the text's length when none. */
function quoteFrom(text: string, from: number): number {
  QUOTE_MARK.lastIndex = from;
  // test() finds the mark without building a match (one per mark in the text): it is the character before lastIndex.
  return QUOTE_MARK.test(text) ? QUOTE_MARK.lastIndex - 1 : text.length;
}

/** The year's whole span, which may stand between a plan item's year and its action. */
const SPAN = '全年';

/**
 * A plan item or sentence whose year goes straight on to an action (一是2025年组织开展……, 二是2025年完成……,
 * “……改革。2025年推进……”, a list item “2025年组织……”): the year is the time of the action. One that goes on with a 的 before its first comma is a modifier
 * (一是2025年开展的专项整治成果……), and the item is not read.
 */
function itemYear(text: string): RegExpExecArray | undefined {
  const m = ITEM_YEAR.exec(text);
  if (!m) return undefined;
  const rest = text.slice(m[0].length);
  const words = rest.slice(0, rest.search(/[,;。!?]|$/));
  // 2025年全年持续开展……: the action over the year's span. 2022年全年，…… (no action after it) is a lead, YEAR_LEAD's.
  const action = rest.startsWith(SPAN) ? rest.slice(SPAN.length) : rest;
  return vocabulary.itemActions.some((w) => action.startsWith(w)) && !words.includes('的') ? m : undefined;
}

/**
 * A plan sentence that presents its year before what is planned in it (2025年是“十四五”规划收官之年，我局将……):
 * the year, no comma before 是, is the plans' (read in the plans only, as a plan when a forward cue follows).
 */
function yearPresented(text: string): RegExpExecArray | undefined {
  const m = ITEM_YEAR.exec(text);
  return m && text.startsWith('是', m[0].length) ? m : undefined;
}

/** A stretch of running text, and the paragraph it is part of. */
interface Prose {
  start: number;
  end: number;
  paragraph: { start: number; end: number };
}

/**
 * The running text the year checks read, in text order: the blocks outside the frame, and the titles
 * of subsections cut from a paragraph (“（四）截至2024年底，全县共有……。”), a sentence like the ones after
 * it, in the paragraph with them.
 */
function runningText(tree: ReportTree): Prose[] {
  const prose: Prose[] = [];
  const bodies = new Map<unknown, Block>();
  for (const b of tree.blocks) {
    if (b.role) continue;
    prose.push({ start: b.start, end: b.end, paragraph: b });
    if (b.node.type === 'section') bodies.set(b.node, b);
  }
  const before = prose.length;
  for (const s of tree.allSections) {
    // A part's own heading is checkHeadings' to read.
    if (s.inline && !s.data?.parts?.length) prose.push({ start: s.titleStart, end: s.titleEnd, paragraph: { start: s.titleStart, end: bodies.get(s)?.end ?? s.titleEnd } });
  }
  return prose.length === before ? prose : prose.sort((a, b) => a.start - b.start);
}

function checkSentences(tree: ReportTree, year: number, report: Report): void {
  const text = tree.normalized;
  const plans = tree.parts.filter((o) => o.part === 'plans');
  // Every lead names a year (2023年): a paragraph without any is skipped without splitting it into sentences.
  const nextYear = rememberedSearch((from) => yearFrom(text, from));
  const nextQuote = rememberedSearch((from) => quoteFrom(text, from));
  for (const block of runningText(tree)) {
    if (nextYear(block.start) + 4 >= block.end) continue;
    let depth = 0;
    let scanned = block.start;
    for (const sentence of tree.sentences(block.start, block.end)) {
      // A sentence inside a quotation or a title in 《》 is not the report speaking.
      for (let at = nextQuote(scanned); at < sentence.start; at = nextQuote(at + 1)) {
        if (OPENING_QUOTES.includes(text[at]!)) depth++;
        else if (depth > 0) depth--;
      }
      scanned = sentence.start;
      if (depth > 0) continue;
      const leads = LEAD_FIRST[sentence.text.charCodeAt(0)] === 1;
      const item = leads ? itemYear(sentence.text) : undefined;
      const lead = item ?? (leads ? YEAR_LEAD.exec(sentence.text) : null);
      const presented = lead || !leads ? undefined : yearPresented(sentence.text);
      const m = lead ?? presented;
      if (!m) {
        checkClauseYears(tree, sentence, plans, year, report);
        checkStaleFigures(tree, sentence, year, report);
        if (leads) checkDatedEvent(tree, sentence, block.paragraph, year, report);
        continue;
      }
      const occ = tree.partAt(sentence.start);
      if (!occ || ((item || presented) && occ.part !== 'plans')) {
        if (item) checkStaleFigures(tree, sentence, year, report);
        continue;
      }
      const rest = sentence.text.slice(m[0].length);
      const part = lead && !item && plannedInMerged(occ, rest) ? 'plans' : occ.part;
      const expected = partYear(part, year);
      if (expected === undefined) continue;
      const actual = readYear(m[1]!);
      if (actual === expected) continue;
      if (!presented && speaksOfYear(rest)) continue;
      let wrong: boolean;
      if (item) {
        // 一是2025年组织开展……: the report year, the one before the plans', as the time of an action planned.
        wrong = actual === year && !includesAny(rest, vocabulary.retrospectiveCues) && !refersToOtherPeriod(rest) && !yearsNamed(rest).includes(expected);
      } else if (part === 'plans') {
        // A plan cannot be for a year already over; a look back ("2024年，我区取得了…") is no plan.
        wrong = actual <= year && looksForward(rest) && !yearsNamed(rest).includes(expected);
      } else {
        wrong = slipOfYear(actual, year, rest);
      }
      if (!wrong) continue;
      const start = sentence.start + m.index + m[0].indexOf(m[1]!);
      report({
        messageId: part === 'plans' ? 'sentencePlans' : 'sentence',
        data: { ...partData(tree.profile, part), expected, actual },
        start,
        end: start + m[1]!.length + m[2]!.length,
      });
    }
  }
}

/** Whether a part is about the report year itself (the measures, shortcomings, duties), not the next one (the plans). */
function aboutReportYear(part: PartOccurrence['part']): boolean {
  return partYear(part, 0) === 0;
}

/** Whether what follows a sentence's year speaks of the year, not of what happened in it: "2025年，是“十四五”规划收官之年". */
function speaksOfYear(rest: string): boolean {
  return vocabulary.copulas.some((w) => rest.startsWith(w));
}

/** Whether what follows a sentence's year plans (将, 计划 …: years.json#forwardCues) and does not look back (了, 已经). */
function looksForward(rest: string): boolean {
  return includesAny(rest, vocabulary.forwardCues) && !includesAny(rest, vocabulary.retrospectiveCues);
}

/**
 * Whether a sentence of a part about `year` that opens with `actual` as its time (`rest` after it) states the wrong
 * year — only the slips that happen: last year's text carried over, or the year of writing. Older years are background
 * ("2019年，我区被评为…") and later ones a vision ("2035年，…") or a plan; a sentence about another period on purpose or
 * naming `year` after its lead compares.
 */
function slipOfYear(actual: number, year: number, rest: string): boolean {
  const slip = actual === year - 1 || (actual === year + 1 && !looksForward(rest));
  return slip && !refersToOtherPeriod(rest) && !yearsNamed(rest).includes(year);
}

/**
 * The one part heading that states a year, under a title and an opening that state none (soleHeadingYear:
 * “一、2024年主要工作及成效” opening an excerpt), against the sentences under it that open with a year as their time:
 * when they state the year next to the heading's as a slip would (slipOfYear: “2025年，全镇备案率……达100%”) and no
 * sentence of a part about the report year states the heading's or a third, one of the two was not updated, and
 * nothing else says which. Reported at the heading's year, with both. Nothing when the heading is the plans' (their
 * year is not the report year the sentences state), and nothing for the sentences of another part alone: the
 * heading is held to what its own part states.
 */
function checkHeadingBody(tree: ReportTree, report: Report): void {
  const heading = soleHeadingYear(tree);
  const own = heading && tree.partAt(heading.start);
  if (!heading || !own || !aboutReportYear(heading.part)) return;
  const text = tree.normalized;
  const stated = new Set<number>();
  let under = false;
  for (const block of runningText(tree)) {
    let quoted: ReturnType<typeof quotedRanges> | undefined;
    for (const sentence of tree.sentences(block.start, block.end)) {
      const m = YEAR_LEAD.exec(sentence.text);
      const part = m && tree.partAt(sentence.start)?.part;
      if (!m || !part || !aboutReportYear(part)) continue;
      quoted ??= quotedRanges(text, block.start, block.end);
      if (inRanges(quoted, sentence.start)) continue;
      const actual = readYear(m[1]!);
      const rest = sentence.text.slice(m[0].length);
      if (actual === heading.reportYear) return;
      if (speaksOfYear(rest) || !slipOfYear(actual, heading.reportYear, rest)) continue;
      stated.add(actual);
      under ||= own.start <= sentence.start && sentence.start < own.end;
    }
  }
  const [body] = stated;
  if (body === undefined || stated.size > 1 || !under) return;
  report({ messageId: 'headingBodySplit', data: { ...partData(tree.profile, heading.part), heading: heading.year, body }, start: heading.start, end: heading.end });
}

/** The longest intent before a year with its 于 or 在, and the digit after it; their first characters, read first. */
const INTENT_MAX = Math.max(...vocabulary.intentsBeforeYear.map((w) => w.length)) + 2;
const INTENT_FIRST = new Set(vocabulary.intentsBeforeYear.map((w) => w[0]!));
/** A word of intent before a plan clause's year, with the 于 or 在 that may follow it (计划于2025年, 力争在2025年). */
const INTENT_BEFORE_YEAR = new RegExp(`^(?:${vocabulary.intentsBeforeYear.join('|')})[于在]?(?=\\d)`);

/**
 * A clause of a plan sentence whose year goes straight on to an action, as a plan item's does (“……扩大服务覆盖面，
 * 2025年完成……”, “……，2025年将增设……” in the plans for 2026 of a report on 2025), or after a word of intent
 * (“……，计划2025年开展……”, “拟于2025年完成”): the report year as the time of an action planned, a plan carried
 * over from last year's text. Only a clause after a comma or semicolon whose first character is a year's digit or
 * an intent's is read; the guards are the plan item's (a 的 before the clause's end, a look back — 已, 了 —,
 * another period, the plans' own year named after it).
 */
function checkClauseYears(tree: ReportTree, sentence: { start: number; text: string }, plans: readonly PartOccurrence[], year: number, report: Report): void {
  const text = sentence.text;
  // Only a clause in the plans is read: a sentence that no plans occurrence reaches into has none.
  const end = sentence.start + text.length;
  if (!plans.some((o) => o.start < end && sentence.start < o.end)) return;
  CLAUSE_MARK.lastIndex = 0;
  // test() finds each mark without building a match: it is the character before lastIndex.
  while (CLAUSE_MARK.test(text)) {
    const c = CLAUSE_MARK.lastIndex - 1;
    const digit = YEAR_DIGIT[text.charCodeAt(c + 1)] === 1;
    const intent = digit || !INTENT_FIRST.has(text[c + 1]!) ? undefined : INTENT_BEFORE_YEAR.exec(text.slice(c + 1, c + 1 + INTENT_MAX));
    if (!digit && !intent) continue;
    const from = c + 1 + (intent?.[0].length ?? 0);
    const clause = text.slice(from);
    const m = itemYear(clause);
    if (!m || readYear(m[1]!) !== year || tree.partAt(sentence.start + from)?.part !== 'plans') continue;
    const rest = clause.slice(m[0].length);
    const expected = year + 1;
    if (includesAny(rest, vocabulary.retrospectiveCues) || refersToOtherPeriod(rest) || yearsNamed(rest).includes(expected)) continue;
    const start = sentence.start + from + m.index + m[0].indexOf(m[1]!);
    report({ messageId: 'sentencePlans', data: { ...partData(tree.profile, 'plans'), expected, actual: year }, start, end: start + m[1]!.length + m[2]!.length });
  }
}

/** A comma or a semicolon: where a clause ends and the next opens. */
const CLAUSE_MARK = /[,;]/g;

/** A point of a run-in list and nothing else (the words before a year that opens its sentence after one). */
const WHOLE_POINT = new RegExp(`^${RUN_IN_POINT}$`);
/** A year as the time of a clause, its comma after it or not (2024年共受理, 2024年度全区, 2024年，): group 1 the year, 2 its 年. */
const CLAUSE_YEAR = new RegExp(`^(?:${RUN_IN_POINT})?(${YEAR})( ?年度?),?`);
/**
 * What may follow such a year and make it no clause's time, besides a span, a point or a part of it (以来, 底, 3月 …:
 * the parser's yearGoesOn): a season (汛期, 春季 — a report comparing with the year before speaks of its seasons all
 * along), a noun it qualifies (2024年的), or a comparison stated with it (2024年为86件).
 */
const NOT_CLAUSE_TIME = /^(?:期间|汛期|[春夏秋冬]|季度|的|是|为|则|仅|只)/;
/**
 * What makes a next year's point a tally of work done (一是2026年共开展……35次, 累计 …), not a plan item written with no
 * word of intent (一是2026年在重点河段新增监控点位30个, in plans whose heading the drafter renamed).
 */
const TALLIED = /^(?:全年)?(?:共|累计|合计|总计)/;
/** Words that set a figure against another period's: the year's figure is then a baseline, not a slip. */
const COMPARISONS = ['同比', '较', '比上年', '上年', '去年'];
/**
 * Words of a change, which set the year's figure against an earlier one when they follow it at once (2024年共受理86件，
 * 增长10%) or make it a point of a trend told before it (败诉率持续下降，2024年败诉3件): read before the year and in its
 * clause and the one after it. Further on they state what a measure achieved, with no other period named
 * (……，2024年对21家医疗机构开展综合监管，提出整改意见52条，实现迎检频次下降53%).
 */
const CHANGES = ['增长', '下降', '持平', '翻番'];

/** The words of `rest` to the end of its second clause: where a change of the figures of its first is stated. */
function clauseAndNext(rest: string): string {
  const first = clauseOf(rest);
  return first.length === rest.length ? rest : rest.slice(0, first.length + 1) + clauseOf(rest.slice(first.length + 1));
}

/**
 * Figures given for the year before the report year in its parts about the report year, the year going
 * straight on to its clause (2024年共受理行政复议申请42件, 2024年乡政府审查合同42份) or opening a clause after a
 * comma (坚持会前学法制度，2024年区政府常务会议学法12次): last year's sentence carried over, as “2024年，……” is
 * (that one is read with the sentence leads above) — or the year of writing typed for the report year (2026年共开展
 * 执法检查35次 in a report on 2025), unless it plans (将, 计划 …: years.json#forwardCues) or is a point (一是2026年……) that
 * does not tally (共, 累计 …: TALLIED), as plan items are written. The clause must state a
 * count or a rate with no 的 before it (2024年开展的专项整治成果 qualifies a noun); a clause after a comma only when
 * no figure comes before it in the sentence (全年受理120件，2024年受理95件 compares); never a sentence that names the
 * report year, another period on purpose (以来, 相比, 今年, 整改 of last year's problems …) or a comparison (同比, 较 …),
 * nor a clause whose figures a change follows at once or comes before (增长, 下降 …: CHANGES).
 */
function checkStaleFigures(tree: ReportTree, sentence: { start: number; text: string }, year: number, report: Report): void {
  const text = sentence.text;
  // Most sentences name neither year: the cheap test first.
  if (!text.includes(String(year - 1)) && !text.includes(String(year + 1))) return;
  if (refersToOtherPeriod(text) || includesAny(text, COMPARISONS) || yearsNamed(text).includes(year)) return;
  for (const actual of [year - 1, year + 1]) {
    const written = String(actual);
    for (let at = text.indexOf(written); at !== -1; at = text.indexOf(written, at + 4)) {
      const before = at === 0 ? '' : text[at - 1]!;
      const opensSentence = at === 0 || (at <= 3 && WHOLE_POINT.test(text.slice(0, at)));
      if (!opensSentence && before !== ',' && before !== ';') continue;
      const m = CLAUSE_YEAR.exec(text.slice(opensSentence ? 0 : at));
      if (!m || readYear(m[1]!) !== actual) continue;
      const clauseStart = (opensSentence ? 0 : at) + m[0].length;
      const rest = text.slice(clauseStart);
      if (yearGoesOn(rest) || NOT_CLAUSE_TIME.test(rest) || includesAny(text.slice(0, at) + clauseAndNext(rest), CHANGES)) continue;
      // A point (一是2026年……) of the next year that tallies nothing is a plan item.
      const point = at > 0 && opensSentence;
      if (actual > year && ((point && !TALLIED.test(rest)) || includesAny(clauseOf(rest), vocabulary.forwardCues))) continue;
      const from = sentence.start + clauseStart;
      const occ = tree.partAt(from);
      if (!occ || partYear(occ.part, year) !== year) continue;
      if (!opensSentence && figuresIn(tree, sentence.start, sentence.start + at).length > 0) continue;
      if (!figureInClause(tree, from, sentence.start + text.length)) continue;
      const start = sentence.start + (opensSentence ? m.index + m[0].indexOf(m[1]!) : at);
      report({ messageId: 'sentence', data: { ...partData(tree.profile, occ.part), expected: year, actual }, start, end: start + m[1]!.length + m[2]!.length });
    }
  }
}

/**
 * A sentence that opens with a date of the year before the report year and goes straight on to an event held that
 * day (2022年8月31日上午召开了……会议, 2022年5月组织开展……培训): group 1 the year, 2 its 年, 3 the month. The verbs
 * are years.json#datedEvents.
 */
const DATED_EVENT = new RegExp(
  `^(?:${RUN_IN_POINT})?(\\d{4})( ?年)(\\d{1,2})月(?:\\d{1,2}[日号])?(?:上午|下午|晚上)?,?(?:${vocabulary.datedEvents.verbs.join('|')})`,
);

/**
 * An event of the year before the report year, dated and held, in a part about the report year: “2022年8月31日上午
 * 召开了全区公安机关……述法工作会议” among 2023's measures is last year's sentence carried over. Read only when
 * nothing makes the date deliberate: its month is in the year's first three quarters (years.json#datedEvents.
 * lastMonth; from October an event may be the run-up to the report year — a meeting in December that deploys its
 * work, a 岁末年初 campaign), the verb is an event's (召开, 举办, 组织 …), not a document's issued then and in force
 * since (印发, 出台 are left alone), the sentence looks at no other period (以来, 整改 of last year's problems …, a span 为期……,
 * or a comparison) and names no year from the report year on, and its paragraph does not name the report year
 * (a chronology: “2022年8月，召开……。2023年，……”).
 */
function checkDatedEvent(tree: ReportTree, sentence: { start: number; text: string }, paragraph: { start: number; end: number }, year: number, report: Report): void {
  const text = sentence.text;
  const m = DATED_EVENT.exec(text);
  if (!m || Number(m[1]) !== year - 1 || Number(m[3]) > vocabulary.datedEvents.lastMonth) return;
  const occ = tree.partAt(sentence.start);
  if (!occ || partYear(occ.part, year) !== year) return;
  if (refersToOtherPeriod(text) || includesAny(text, COMPARISONS) || includesAny(text, vocabulary.datedEvents.spans)) return;
  if (yearsNamed(text).some((y) => y >= year) || yearsNamed(tree.normalized.slice(paragraph.start, paragraph.end)).includes(year)) return;
  const start = sentence.start + m.index + m[0].indexOf(m[1]!);
  report({ messageId: 'sentence', data: { ...partData(tree.profile, occ.part), expected: year, actual: year - 1 }, start, end: start + m[1]!.length + m[2]!.length });
}

/**
 * A sentence of a section whose heading names the plans after another part (“三、存在的不足及2026年工作打算”) that
 * goes from its year straight on to a word of intent (2026年，将……; 2025年，拟……): a plan, wherever the plans'
 * half of the section was found to open — a plan item whose year is not the next one is not read as opening it.
 */
function plannedInMerged(occ: PartOccurrence, rest: string): boolean {
  if (occ.part === 'plans' || occ.kind !== 'section' || !(occ.node as Section).data?.parts?.includes('plans')) return false;
  return vocabulary.forwardCues.some((w) => rest.startsWith(w));
}

/**
 * A cut-off at a year's end as a clause's time adverbial: 截至2024年底，… 截止2024年12月31日，…, or with
 * no comma before a stock counted up to then (截至2024年底累计……: years.json#cutoffPredicates); group 1 the year.
 * An earlier month of the year, with its comma (截至2024年10月，累计调解……), is older still: group 2 the month. A day
 * named in it (截至2024年11月7日，) dates one figure taken from elsewhere, on purpose.
 */
const CUTOFF = new RegExp(
  String.raw`^截[至止]到?(\d{4}) ?年(?:底|末|12月(?:31日|底|末)?(?=,)|12月(?:31日|底|末)|(1[01]|[1-9])月(?:底|末)?(?=,))(?:[,:]|${vocabulary.cutoffPredicates.join('|')})`,
);

/**
 * A cut-off at a year's end with no comma before the rest of its clause, that clause not yet read as a stock
 * (截至2024年底培育“法律明白人”142名, 截至2024年底建成……36个): group 1 the year. It is read when the clause
 * goes straight on (not 前, 止, 以, 的 … which make it a deadline or a noun's qualifier) and states a count
 * (countInClause).
 */
const CUTOFF_RUN_ON = /^截[至止]到?(\d{4}) ?年(?:底|末|12月(?:31日|底|末))(?![前后止以的时起至到为和与及同较、]|\d)[\u4e00-\u9fff“]/;

/**
 * Whether the clause from `start` (to its first comma or stop, within the block) states a count (142名, 36个)
 * with no 的 before it: a figure as of the cut-off. A 的 makes the cut-off qualify a noun (截至2024年底排查的隐患
 * 12处 …), which may be carried forward on purpose.
 */
function countInClause(tree: ReportTree, start: number, blockEnd: number): boolean {
  return figureInClause(tree, start, blockEnd, false);
}

/** Whether the clause from `start` states a count (or, with `rates`, a rate) with no 的 before it: see countInClause. */
function figureInClause(tree: ReportTree, start: number, blockEnd: number, rates = true): boolean {
  const clause = clauseOf(tree.normalized.slice(start, blockEnd));
  const figure = figuresIn(tree, start, start + clause.length).find((f) => (f.kind === 'count' || (rates && f.kind === 'rate')) && !f.average);
  return figure !== undefined && !clause.slice(0, figure.start - start).includes('的');
}

/**
 * Figures cut off at the end of the year before the report year (截至2024年底，全县共有专职人民调解员186名
 * in a report on 2025): last year's sentence carried over, its figures a year old. Read in the parts about
 * the report year. Left alone: a paragraph that names the report year too (the cut-off is then a baseline:
 * 截至2024年底……，2025年新增……), a sentence about another period on purpose (以来, 相比, 整改 …), and a
 * cut-off inside a quotation or a title.
 */
function checkCutoffs(tree: ReportTree, year: number, report: Report): void {
  const text = tree.normalized;
  const stale = String(year - 1);
  let prose: Prose[] | undefined;
  for (let at = text.indexOf('截'); at !== -1; at = text.indexOf('截', at + 1)) {
    const head = text.slice(at, at + 16);
    const stock = CUTOFF.exec(head);
    const m = stock ?? CUTOFF_RUN_ON.exec(head);
    if (!m || m[1] !== stale) continue;
    const occ = tree.partAt(at);
    if (!occ || partYear(occ.part, year) !== year) continue;
    const block = (prose ??= runningText(tree)).find((b) => b.start <= at && at < b.end);
    if (!block) continue;
    if (!stock && !countInClause(tree, at + m[0].length - 1, block.end)) continue;
    const paragraph = text.slice(block.paragraph.start, block.paragraph.end);
    const sentence = firstSentence(text, at, block.end)?.text ?? '';
    if (yearsNamed(paragraph).includes(year) || refersToOtherPeriod(sentence) || inRanges(quotedRanges(text, block.start, block.end), at)) continue;
    const start = at + m[0].indexOf(m[1]!);
    const month = stock?.[2];
    const data = { ...partData(tree.profile, occ.part), expected: year, actual: year - 1, month: month ?? '' };
    report({ messageId: month ? 'staleCutoffMonth' : 'staleCutoff', data, start, end: start + yearWritten(text.slice(start)) });
  }
}

/**
 * A statement of the period the report's figures are counted over, naming a whole year: 统计时间为2025年1月1日至
 * 12月31日, 数据统计期间：2025年1月1日—2025年12月31日, 统计口径为2025年度, 数据统计截至2025年12月31日. Group 1 the
 * year, group 2 the year of the period's end when written (it must be the same).
 */
const STATISTICAL_PERIOD =
  /^统计(?:时间|时段|期间|区间|周期|口径|范围)(?:为|是|:)?(?:自|从)?(\d{4}) ?年(?:(?:1月1日|01月01日)(?:起?[至到~\-—–]+)(?:(\d{4}) ?年)?12月31日|度(?![^,;。]*(?:报告|工作要点|计划|考核)))|^统计截[至止](\d{4}) ?年(?:12月31日|底|末)/;

/**
 * A note that opens with the data's cut-off, under the title or at the end ((数据截至2025年12月31日), 注:数据截至2025年底):
 * the period of all the report's figures, as 统计截至 is. Group 1 the year. Only where the note opens (a line, a
 * bracket, 注:): in a sentence, 数据截至 may qualify one figure taken from elsewhere (人口数据截至上年底).
 */
const DATA_CUTOFF_NOTE = /^数据截[至止](\d{4}) ?年(?:12月31日|底|末)/;
const NOTE_OPENS = '\n(:';

/** A sentence that compares the period with the report year's (上年同期数据的统计时间为……): its year is meant. */
const COMPARED = /上年|去年|同期|相比|对比|比较/;

/**
 * A data note (or a sentence) that counts the figures over the year before the report year — last year's
 * note kept on this year's report (注：本报告数据统计时间为2025年1月1日至12月31日, in a report on 2026).
 * Left alone: a sentence that compares periods (上年同期, 相比 …) and one inside a quotation.
 */
function checkStatisticalPeriods(tree: ReportTree, year: number, report: Report): void {
  const text = tree.normalized;
  const stale = String(year - 1);
  for (const { at, m } of periodStatements(text)) {
    const stated = m[1] ?? m[3];
    if (stated !== stale || (m[2] !== undefined && m[2] !== stated)) continue;
    const lineEnd = text.indexOf('\n', at);
    const from = Math.max(text.lastIndexOf('\n', at), text.lastIndexOf('。', at)) + 1;
    const sentence = firstSentence(text, from, lineEnd === -1 ? text.length : lineEnd)?.text ?? '';
    const block = tree.blocks.find((b) => b.start <= at && at < b.end);
    if (COMPARED.test(sentence) || (block && inRanges(quotedRanges(text, block.start, block.end), at))) continue;
    const start = at + m[0].indexOf(stated);
    report({ messageId: 'stalePeriod', data: { expected: year, actual: stated }, start, end: start + yearWritten(text.slice(start)) });
  }
}

/** Where the text states the period of its figures (统计时间为……, 统计截至……, a note opening 数据截至……), with the match. */
function* periodStatements(text: string): Generator<{ at: number; m: RegExpExecArray }> {
  for (let at = text.indexOf('统计'); at !== -1; at = text.indexOf('统计', at + 2)) {
    const m = STATISTICAL_PERIOD.exec(text.slice(at, at + 40));
    if (m) yield { at, m };
  }
  for (let at = text.indexOf('数据截'); at !== -1; at = text.indexOf('数据截', at + 3)) {
    const m = at === 0 || NOTE_OPENS.includes(text[at - 1]!) ? DATA_CUTOFF_NOTE.exec(text.slice(at, at + 20)) : null;
    if (m) yield { at, m };
  }
}

/** A deadline's month: 6, 06 or 六, 十二. */
const MONTH = String.raw`(?:\d{1,2}|${CN_SMALL})`;
/**
 * Deadlines by the character they end with: 2025年6月底前, 2025年底前, 2025年3月前, 2025年12月之前 (not
 * 2025年前, “by 2025”) at their 前, 2025年内, 2025年度内 (“within 2025”) at their 内, a part of the year
 * (2025年上半年, 2025年第三季度) at its 半 or 季, and a target's date
 * 到2025年底, 至2025年6月末 (“by the end of 2025”) or after a verb of aim, 力争2025年底 (“strive to, by the end
 * of 2025”), at their 底 or 末 — not 截至2025年底, a cut-off of figures, nor the end of a span (2021年至2025年底).
 * The year and the month may be written in Chinese numerals (二〇二五年六月底前), as the report may date itself.
 */
const TARGET_DATE = new RegExp(String.raw`(?<=(?:(?:^|[^截年])[到至])|力争|争取|确保)(${YEAR}) ?年(?:${MONTH} ?月)?[底末]$`);
/** After a target's date, what makes it a deadline read at its 前 (到2025年底前): read once. */
const BEFORE_MARK = /^之?前/;
/** A deadline's year (2025年, 二〇二五年) at the end of the window read back from its last character. */
const deadline = (rest: string): RegExp => new RegExp(String.raw`(?<!\d)(${YEAR}) ?年${rest}$`);
const DEADLINES: readonly { mark: string; pattern: RegExp; unless?: RegExp }[] = [
  { mark: '前', pattern: deadline(String.raw`(?:${MONTH} ?月(?:底|末|份)?|底|末)之?前`) },
  { mark: '内', pattern: deadline('度?内') },
  { mark: '底', pattern: TARGET_DATE, unless: BEFORE_MARK },
  { mark: '末', pattern: TARGET_DATE, unless: BEFORE_MARK },
  // 2025年上半年出台……, 2025年第三季度完成……: a part of the year an action is set in, read at 半 or 季.
  { mark: '半', pattern: deadline('[上下]半') },
  { mark: '季', pattern: deadline('第?[一二三四1-4]季') },
];
/** How far before its last character (前, 内) a deadline starts: 2025 年12月底之 and a little more. */
const DEADLINE_LENGTH = 14;
/** What ends a clause in the plans: a deadline's words run to it. */
const CLAUSE_END = /[,;。!?\n]/;
/** The words of `rest` up to its clause's end. */
const clauseOf = (rest: string): string => {
  const stop = rest.search(CLAUSE_END);
  return stop === -1 ? rest : rest.slice(0, stop);
};
/** How far after its last character the rest of a deadline's clause is read. */
const CLAUSE_REST = 40;

/**
 * Whether the words after a deadline open with a preposition (为, 对 …: years.json#deadlineCoverbs) or a verb of
 * completion not followed at once by 的 (建成, 完成 …: years.json#deadlineVerbs), whose object holds any 的.
 */
const opensWithObject = (words: string): boolean =>
  vocabulary.deadlineCoverbs.some((w) => words.startsWith(w)) || vocabulary.deadlineVerbs.some((w) => words.startsWith(w) && words[w.length] !== '的');

/**
 * A deadline in the plans in the report year or before (“一是修订……办法，2024年6月底前提请审议”, “在2024年内
 * 建成……” in the plans for 2025 of a report on 2024): last year's plans carried over, a date already past when
 * the report was written. Only in a report dated after its year (a December report may still plan to its year's end).
 * Left alone: a deadline in a quotation or a title, one that modifies what follows (2023年底前立案的积案:
 * a 的 before the clause ends, unless a preposition or a verb of completion opens the words after it: 2025年6月底前为……的4个村配齐……,
 * 2025年底前建成全市统一的……平台), and a
 * clause that looks back (已, 已经, 了).
 */
function checkPlanDeadlines(tree: ReportTree, year: number, report: Report): void {
  const closing = tree.meta.closingDate;
  if (!closing || closing.year <= year) return;
  const text = tree.normalized;
  for (const occ of tree.parts) {
    if (occ.part !== 'plans') continue;
    let quoted: ReturnType<typeof quotedRanges> | undefined;
    for (const { mark, pattern, unless } of DEADLINES) for (let at = text.indexOf(mark, occ.start); at !== -1 && at < occ.end; at = text.indexOf(mark, at + 1)) {
      if (unless?.test(text.slice(at + 1, at + 3))) continue;
      const window = text.slice(Math.max(occ.start, at - DEADLINE_LENGTH), at + 1);
      const m = pattern.exec(window);
      if (!m || readYear(m[1]!) > year) continue;
      const start = at + 1 - window.length + m.index;
      const rest = text.slice(at + 1, at + 1 + CLAUSE_REST);
      const words = clauseOf(rest);
      let clauseStart = start;
      while (clauseStart > occ.start && !CLAUSE_END.test(text[clauseStart - 1]!)) clauseStart--;
      const clause = text.slice(clauseStart, at + 1) + words;
      if ((words.includes('的') && !opensWithObject(words)) || includesAny(clause, vocabulary.retrospectiveCues) || clause.includes('已')) continue;
      quoted ??= quotedRanges(text, occ.start, occ.end);
      if (inRanges(quoted, start)) continue;
      report({
        messageId: 'deadlinePlans',
        data: { ...partData(tree.profile, 'plans'), expected: year + 1, actual: readYear(m[1]!) },
        start,
        end: start + yearWritten(m[0]),
      });
    }
  }
}

const PLANS = vocabulary.stalePlans;
const LOOK_BACKS = lookBacks.words;
/** The names a plan, a meeting or the tasks of one year end with, longest first (工作要点, 工作会议, 工作任务 …). */
const DATED_NAMES = [...PLAN_DOCUMENTS, ...PLANS.meetings, ...PLANS.tasks].sort((a, b) => b.length - a.length);
/** The last character a dated name can end with (点, 划, 单, 工, 表, 议, 会 …): most years end no such name. */
const NAME_LAST = new Set(DATED_NAMES.map((d) => d.at(-1)!));
/** What ends the words of a plan named without quotes (精心制定2023年度法治学习计划，): a mark, a quote, a line. */
const BARE_END = /[,;。、:!?《“(\n]/;
/** Titles of documents (《……》, “……”), whose words are their own. */
const TITLES = /《[^》]*》|“[^”]*”/g;
/** What ends a clause: the verb that carries a plan out is in the same one as the plan. */
const CLAUSE_MARKS = ',;。!?\n';

/** A short aside in brackets inside a name written without quotes: 党委(党组), 党委(党组、党工委), 村(社区). */
const ASIDE = /^\([^()\n,;。]{1,8}\)/;

/**
 * The name of a plan document the year at `at` is written in: the title in 《》 or “” around it, or the words from it
 * to the next mark — read on past a short aside in brackets when the words before it end no dated name
 * (2021年全市党委(党组)理论学习中心组必学重点内容), as a bracket after a whole name (……工作要点(草案)) still ends it.
 */
function planNamed(text: string, at: number, blockStart: number): { start: number; end: number; name: string } | undefined {
  const open = openTitleBefore(text, at, Math.max(blockStart, at - PLANS.maxLength));
  if (open !== -1) {
    const close = text.slice(open + 1, open + 1 + PLANS.maxLength + 8).search(/[》”]/);
    if (close === -1) return undefined;
    return { start: open, end: open + 2 + close, name: text.slice(open + 1, open + 1 + close) };
  }
  const words = text.slice(at, at + PLANS.maxLength);
  let end = words.search(BARE_END);
  while (end !== -1 && words[end] === '(' && !endsWithDatedName(words.slice(0, end))) {
    const aside = ASIDE.exec(words.slice(end));
    if (!aside) break;
    const next = words.slice(end + aside[0].length).search(BARE_END);
    end = next === -1 ? -1 : end + aside[0].length + next;
  }
  return end === -1 ? undefined : { start: at, end: at + end, name: words.slice(0, end) };
}

/** Whether `name` ends with the name of a plan, a meeting or a year's tasks. */
function endsWithDatedName(name: string): boolean {
  return NAME_LAST.has(name.at(-1)!) && DATED_NAMES.some((d) => name.endsWith(d));
}

/**
 * The 《 or “ at or before `at`, and at or after `lowest`, with no 》 or ” after it up to `at`; -1 when none. The
 * nearest of the four marks is read back from `at` only as far as `lowest`: lastIndexOf for each mark would read
 * back to the text's start whenever one is not in the block, and this is asked for every year in the text.
 */
function openTitleBefore(text: string, at: number, lowest: number): number {
  for (let i = at; i >= lowest; i--) {
    const c = text[i];
    if (c === '《' || c === '“') return i;
    if (c === '》' || c === '”') return -1;
  }
  return -1;
}

/** A span of years, 2023—2027年 or 2023年至2027年. */
const YEAR_SPAN = /\d{4} ?年?[—–\-~至到]\d{4}/g;

/** A month of a year (2024年3月): a sentence that names one records an event of that day. */
const YEAR_MONTH = /\d{4} ?年\d{1,2} ?月/;

/**
 * Whether the sentence names `year` before `end` (2023年12月，印发……: the sentence is about that time), or
 * the month of any year (2024年3月，印发了《……2023年度……清单》: a dated record, the name copied from the
 * document issued that day).
 */
function datedBefore(text: string, blockStart: number, end: number, year: string): boolean {
  let start = end;
  while (start > blockStart && !'。!?\n'.includes(text[start - 1]!)) start--;
  // A span of years (《……规划（2023—2027年）》) names no time of the sentence's own.
  const before = text.slice(start, end).replace(YEAR_SPAN, '');
  return before.includes(year) || YEAR_MONTH.test(before);
}

/** Whether the sentence names `year` after `from` (召开2022年……会议，部署2023年任务: the meeting opened the year). */
function namesYearAfter(text: string, from: number, blockEnd: number, year: string): boolean {
  let end = from;
  while (end < blockEnd && !'。!?\n'.includes(text[end]!)) end++;
  return text.slice(from, end).includes(year);
}

/** Words that set a figure against a period right before it: 较, 比, 与 …相比, 同 …比. */
const COMPARED_WITH = /(?:较|比|与|同|相较于?|对比)$/;

/**
 * A figure compared with the same period of the report year itself (较2025年同期增长12% in a report on 2025): last
 * year's sentence with its years replaced all at once. Read in the parts about the report year (the plans may
 * compare the next year with it), not inside a quotation.
 */
function checkSelfComparisons(tree: ReportTree, year: number, report: Report): void {
  const text = tree.normalized;
  const written = `${year}年同期`;
  for (let at = text.indexOf(written); at !== -1; at = text.indexOf(written, at + written.length)) {
    if (/\d/.test(text[at - 1] ?? '') || !COMPARED_WITH.test(text.slice(Math.max(0, at - 3), at))) continue;
    const occ = tree.partAt(at);
    if (!occ || partYear(occ.part, year) !== year) continue;
    const block = tree.blocks.find((b) => b.start <= at && at < b.end);
    if (!block || block.role || inRanges(quotedRanges(text, block.start, block.end), at)) continue;
    const end = at + written.length;
    report({
      messageId: 'selfComparison',
      data: { ...partData(tree.profile, occ.part), actual: tree.source.text.slice(at, end), year, previous: year - 1 },
      start: at,
      end,
    });
  }
}

/** A body's annual report made to those it answers to (向……报告2024年度法治政府建设情况): group 1 the year reported. */
const REPORT_MADE = new RegExp(vocabulary.reportMade, 'g');
/** A month or the year's end a sentence dates its event to (11月, 年底): a report made then is dated on purpose. */
const DATED_WITHIN = /\d{1,2} ?月|[一二三四五六七八九十]{1,2}月|年[底末终]|岁末/;

/**
 * The annual report made during a part's year (向区委、区人大常委会报告2024年度法治政府建设情况 among 2025's measures)
 * reports the year before it: a year's situation is reported in the next (督察工作规定 第二十五条). The report year
 * there is the year typed for the one before, and the year before that last year's sentence carried over — “向……区人大
 * 常委会报告2025年度法治政府建设情况” in a report on 2025. Read in the parts about the report year, not in the opening
 * (a report delivered as a speech opens 向会议报告2025年度……: this report itself) nor in the plans (made the next year),
 * and not inside a quotation; a sentence naming any other year (dated 2026年2月, or listing two years' reports) or dating
 * its report to a month or the year's end (11月, 年底: a report heard then on purpose) is left alone.
 */
function checkReportsMade(tree: ReportTree, year: number, report: Report): void {
  const text = tree.normalized;
  REPORT_MADE.lastIndex = 0;
  for (let m = REPORT_MADE.exec(text); m; m = REPORT_MADE.exec(text)) {
    const actual = Number(m[1]);
    if (actual !== year && actual !== year - 2) continue;
    const at = m.index + m[0].lastIndexOf(m[1]!);
    const occ = tree.partAt(at);
    if (!occ || !aboutReportYear(occ.part)) continue;
    const block = tree.blocks.find((b) => b.start <= at && at < b.end);
    if (!block || block.role || inRanges(quotedRanges(text, block.start, block.end), at)) continue;
    const sentence = tree.sentences(block.start, block.end).find((s) => s.start <= at && at < s.start + s.text.length);
    if (!sentence || yearsNamed(sentence.text).some((y) => y !== actual) || DATED_WITHIN.test(sentence.text)) continue;
    const end = at + yearWritten(text.slice(at, at + 7));
    report({ messageId: 'reportMade', data: { ...partData(tree.profile, occ.part), year, expected: year - 1, actual }, start: at, end });
  }
}

/**
 * The parts a plan or meeting of one year is checked in, and the year it must be of there: the opening,
 * the measures and the duties make and hold the report year's (last year's left in place are text
 * carried over), the plans the next year's (the report year's there are last year's plans carried over:
 * a report on 2024 does not plan to 召开2024年全县法治政府建设工作会议 in 2025).
 */
const DATED_PARTS = [
  { parts: ['opening', 'measures', 'duties'], offset: 0, messageId: 'stalePlan' },
  { parts: ['plans'], offset: 1, messageId: 'stalePlanNext' },
] as const;

/**
 * Last year's plan made or carried out, or meeting held, in the year a part is about: 制定《某镇2023年法治
 * 建设工作要点》, 按照《2023年某区法治政府建设工作要点与责任分工》, 纳入2023年度党员学习教育计划, 召开2023年全区
 * 法治政府建设工作会议 — in the opening, the measures or the duties of a report on 2024, text carried over
 * from last year's report; in its plans, the same of 2024. A plan of the part's next year is made in it
 * (制定《2025年工作要点》) and left alone; so are a span of years (2023—2025年), a plan or meeting looked
 * back at (总结, 评估, 完成情况, 考核 …, in its name or the rest of its clause), an assessment's or report's
 * rules (考核方案, 考评办法: applied after their year), and a sentence that names the year before it, as a
 * time of its own (2023年12月，……) or in another document's name, or the month of an event (2024年3月，印发了……). A meeting is named by the year it
 * is held in, without 度 (a 2023年度 meeting may be held after its year, to sum it up), and the sentence
 * must not name the part's year after it (召开2023年……会议，部署2024年任务: held at the turn of the year).
 * The verb must come before the plan in its clause.
 */
function checkPlansFollowed(tree: ReportTree, year: number, report: Report): void {
  for (const { parts, offset, messageId } of DATED_PARTS) checkDatedNames(tree, year + offset, parts, messageId, report);
}

function checkDatedNames(tree: ReportTree, expected: number, parts: readonly string[], messageId: 'stalePlan' | 'stalePlanNext', report: Report): void {
  const text = tree.normalized;
  const stale = String(expected - 1);
  const blocks = tree.blocks;
  // One pass over the year's occurrences, the block of each found by walking the blocks along with them.
  let b = 0;
  for (let at = text.indexOf(stale); at !== -1; at = text.indexOf(stale, at + 4)) {
    while (b < blocks.length && blocks[b]!.end <= at) b++;
    const block = blocks[b];
    if (!block || block.start > at || (block.role && block.role !== 'opening')) continue;
    const part = block.role === 'opening' ? 'opening' : tree.partAt(at)?.part;
    if (!part || !parts.includes(part)) continue;
    const lead = /^ ?年度?/.exec(text.slice(at + 4, at + 7));
    if (!lead || /[\d—–\-~至到]/.test(text[at - 1] ?? '') || /^[—–\-~至到]/.test(text.slice(at + 4 + lead[0].length))) continue;
    const plan = planNamed(text, at, block.start);
    if (!plan || !NAME_LAST.has(plan.name.at(-1)!)) continue;
    const kind = DATED_NAMES.find((d) => plan.name.endsWith(d));
    if (!kind || yearsNamed(plan.name).length !== 1 || includesAny(plan.name, LOOK_BACKS)) continue;
    const meeting = PLANS.meetings.includes(kind);
    const tasks = PLANS.tasks.includes(kind);
    // A meeting or tasks of the year before, the sentence going on to the part's year: held or set at the turn of the year.
    if ((meeting && lead[0].endsWith('度')) || ((meeting || tasks) && namesYearAfter(text, plan.end, block.end, String(expected)))) continue;
    let clauseStart = plan.start;
    while (clauseStart > block.start && !CLAUSE_MARKS.includes(text[clauseStart - 1]!)) clauseStart--;
    let clauseEnd = plan.end;
    while (clauseEnd < block.end && !CLAUSE_MARKS.includes(text[clauseEnd]!)) clauseEnd++;
    const before = text.slice(clauseStart, plan.start);
    const verb = (meeting ? PLANS.meetingVerbs : tasks ? PLANS.taskVerbs : PLANS.verbs).find((v) => before.includes(v));
    // The rest of the clause looks back at the plan in its own words, not in the names of other documents listed after it.
    const after = text.slice(plan.end, clauseEnd).replace(TITLES, '');
    if (!verb || includesAny(before, PLANS.otherTimes) || includesAny(after, LOOK_BACKS) || datedBefore(text, block.start, plan.start, stale)) continue;
    const kindEn = PLANS.documentsEn[kind as keyof typeof PLANS.documentsEn] ?? 'plan';
    // A meeting named by its number in the year (2023年第二次会议) is called a 会议.
    const shown = (PLANS.shown as Record<string, string>)[kind] ?? kind;
    report({ messageId, data: { ...partData(tree.profile, 'plans'), verb, kind: shown, kindEn, expected, actual: expected - 1 }, start: at, end: at + 4 + lead[0].length });
  }
}

/**
 * 今年是“十四五”开局之年: a year named by a word, not its number, said to be a five-year period's first or last
 * (shared/periods.json: the national plans and the 普法 plans), as a draft keeps last year's opening. The words
 * and the way of saying it are terminology's for a written year (2022年是“十四五”开局之年); what names the
 * period's year are the same (shared/periods.json): 开局 or 收官 followed by 之年, 的一年 or the clause's end,
 * 起步之年, 第一年 … 第五年.
 */
const RELATIVE_PERIOD_YEAR = new RegExp(
  `(?=[${[...new Set(vocabulary.relativePeriodYear.words.map((w) => w[0]))].join('')}])(${vocabulary.relativePeriodYear.words.join('|')}),?` +
    `(?:${vocabulary.relativePeriodYear.verbs.join('|')})(“?(${periods.periods.map((p) => p.name).join('|')})”?(?:普法)?(?:规划|时期)?(?:实施)?的?` +
    `(${YEAR_WORD_PATTERN}))`,
  'g',
);

/**
 * 今年是“十四五”开局之年 in a report on 2023: the period's year is neither the report year nor the year of writing
 * (the closing date's, or the year after the report's when there is none), whichever 今年 means — 本年度 means the
 * report year alone, as does 今年 in a report dated within its year. In the plans the year planned for is
 * meant as well (今年是“十五五”开局之年 among the plans of a report on 2025, written in 2026). A quotation has its
 * own time.
 */
function checkRelativePeriodYear(tree: ReportTree, year: number, report: Report): void {
  const text = tree.normalized;
  if (!mentionsYearWord(text)) return;
  const closing = tree.meta.closingDate;
  const written = closing ? Math.max(closing.year, year) : year + 1;
  let quoted: ReturnType<typeof quotedRanges> | undefined;
  RELATIVE_PERIOD_YEAR.lastIndex = 0;
  for (let m = RELATIVE_PERIOD_YEAR.exec(text); m; m = RELATIVE_PERIOD_YEAR.exec(text)) {
    const word = m[1]!;
    const period = periods.periods.find((p) => p.name === m![3])!;
    const actual = periodYearOf(m[4]!, period.first);
    const plans = tree.partAt(m.index)?.part === 'plans';
    const byWriting = word === '今年' || plans;
    const meant = [year, ...(byWriting ? [written] : []), ...(plans ? [year + 1] : [])];
    if (meant.includes(actual)) continue;
    quoted ??= quotedRanges(text, 0, text.length);
    if (inRanges(quoted, m.index)) continue;
    const start = m.index + m[0].length - m[2]!.length;
    const others = [...new Set(meant)].sort();
    report({
      messageId: 'relativePeriodYear',
      data: {
        period: text.slice(start, m.index + m[0].length),
        actual,
        word,
        years: others.map((y) => `${y}年`).join('或'),
        yearsEn: others.join(' or '),
      },
      start: m.index,
      end: m.index + m[0].length,
    });
  }
}

const RELATIVE_TIME = new RegExp(vocabulary.relativeTime.pattern, 'gu');
const YEAR_OFFSETS: Record<string, number> = vocabulary.relativeTime.yearOffsets;

/**
 * 今年, 去年, 明年, 前年 and 截至目前 count from the day they are read. A report on 2024 is written and
 * dated in early 2025: its 今年以来 says 2025, its 截至目前 runs into 2025, though the drafter meant 2024.
 * Only a closing date after the report year shows when the text was written; without one, or dated
 * within its year (a December report), the words mean what the drafter meant. The plans look ahead
 * from the day of writing (今年 there is the year planned for, 明年 the year after it, read unless the
 * plans say 今年 too), and a quotation (a slogan, a speech, a title in 《》) has its own time: left alone.
 */
function checkRelativeTime(tree: ReportTree, year: number, report: Report): void {
  const closing = tree.meta.closingDate;
  if (!closing || closing.year <= year) return;
  const text = tree.normalized;
  const month = String(closing.month).padStart(2, '0');
  for (const block of tree.blocks) {
    if (block.role && block.role !== 'opening') continue;
    const slice = text.slice(block.start, block.end);
    RELATIVE_TIME.lastIndex = 0;
    let quoted: ReturnType<typeof quotedRanges> | undefined;
    for (let m = RELATIVE_TIME.exec(slice); m; m = RELATIVE_TIME.exec(slice)) {
      const start = block.start + m.index;
      const word = m[0];
      const occ = tree.partAt(start);
      // The plans look ahead from the day of writing: 今年 there is the year planned for, and 明年 the one
      // after it (a December draft dated in January) — unless the plans say 今年 too: 今年完成试点，明年全面推广
      // plans two years.
      if (occ?.part === 'plans' && (word[0] !== '明' || text.slice(occ.start, occ.end).includes('今年'))) continue;
      quoted ??= quotedRanges(text, block.start, block.end);
      if (inRanges(quoted, start)) continue;
      const end = start + word.length;
      const offset = YEAR_OFFSETS[word[0]!];
      if (offset === undefined) {
        report({ messageId: 'untilNow', data: { word, year, written: closing.year, month: closing.month, writtenEn: `${closing.year}-${month}` }, start, end });
      } else {
        report({ messageId: 'relativeYear', data: { word, year, written: closing.year, literal: closing.year + offset, intended: year + offset }, start, end });
      }
    }
  }
}
