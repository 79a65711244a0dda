import { RUN_IN_POINT } from './enumeration.js';
import { ANNOUNCEMENT, REPORTING_SENTENCE } from './frame.js';
import { readYear } from './numbers.js';
import { headingParts, partsOfWords } from './parts.js';
import { firstSentence } from './sentences.js';
import type { Block, PartId, ReportTree, Section } from './types.js';
import years from './years.json' with { type: 'json' };

/*
 * The year a report is on, as its text states it. The title states it, and so does the body: the
 * opening (“2023年，我县……”, “现将……2023年度……报告如下”), the part headings (“一、2023年主要举措和成效”,
 * “四、2024年工作安排”) and the closing date (2024年2月20日 closes a report on 2023). A drafter who
 * reuses last year's file and forgets the title leaves a title that every other place contradicts.
 */

/** A year written with four Arabic digits (full-width ones are folded) or four Chinese numerals. */
const YEAR = '(\\d{4}|[〇零○一二三四五六七八九]{4})';
/** Every year a text names (the digits, without 年; a PDF conversion may leave a space before 年). */
const ANY_YEAR = new RegExp(`(?<![\\d〇零○一二三四五六七八九])${YEAR}(?= ?年)`, 'g');
/** A heading that opens with a year: "2023年度推进…", "2025年主要安排", "2024 年推进…" (a PDF's space before 年). Group 1 is the year. */
const HEADING_LEAD = new RegExp(`^${YEAR} ?年度?`);
/**
 * A heading that opens with a relative year glossed by its digits in brackets: "下一年度（2026年）工作安排",
 * "本年度（2025年）主要举措和成效". The digits state the part's year as plainly as a leading year. Group 1 is the year.
 */
const GLOSSED_LEAD = new RegExp(`^(?:下一?年度?|明年|来年|本年度?|今年)[(（]${YEAR} ?年度?[)）]`);
/**
 * The leader a heading reports on, before its year, as Shanghai's outline words the duties part
 * ("本街道主要负责人2024年度履行推进法治政府建设第一责任人职责……"); tried only on a heading that names one.
 */
const LEADER = /^[\u4e00-\u9fa5]{0,8}?主要负责(?:人|同志)/;
const LEADER_WORD = '主要负责';
const MONTH_OR_QUARTER = /^[\d一二三四五六七八九十]{1,3}(?:[-—~至到][\d一二三四五六七八九十]{1,3})?(?:月|季度)/;

/**
 * A sentence whose time adverbial is a whole year: "2023年，…", "2023年度，…", "2023年全年…",
 * possibly after an enumerator ("一是2023年，…"); group 1 is the year, group 2 年 or 年度. A year
 * followed by anything else ("2023年以来", "2023年底", "2023年11月", "2023年法治政府建设年度报告…")
 * is not the period the sentence reports on. A text converted from PDF may keep a space before 年
 * (“2024 年，”); group 2 holds it with 年.
 */
export const YEAR_LEAD = new RegExp(`^(?:${RUN_IN_POINT}[,:]?)?${YEAR}( ?年度?)(?:[,:]|(?<=年)全年)`);

/**
 * An opening that presents its year before reporting on it: “2024年是全面贯彻……的开局之年”. Read only
 * in the opening: elsewhere such a sentence may present another year (the next one, in the plans).
 */
const YEAR_PRESENTED = new RegExp(`^${YEAR}(年)是`);

/**
 * An item or a sentence that opens with a year, after an enumerator or not, and goes straight on, no comma:
 * “一是2025年组织开展……”, “2025年推进……”; group 1 is the year, group 2 its 年. What follows tells whether the
 * year is the item's time.
 */
export const ITEM_YEAR = new RegExp(`^(?:${RUN_IN_POINT})?${YEAR}(年)(?!度)`);

/**
 * The year each part of the built-in outline is about, after the report year: the year's measures,
 * shortcomings and duties, the next year's plans. Parts of other ids have no year of their own.
 */
const PART_YEAR_OFFSET: Readonly<Record<PartId, number>> = { measures: 0, shortcomings: 0, duties: 0, plans: 1 };
/** The offsets there are: 0 (the report year's parts), 1 (the plans). */
const PART_YEAR_OFFSETS = [...new Set(Object.values(PART_YEAR_OFFSET))];

/** The year a part must be about in a report on `reportYear`; undefined for a part without one. */
export function partYear(part: PartId, reportYear: number): number | undefined {
  const offset = PART_YEAR_OFFSET[part];
  return offset === undefined ? undefined : reportYear + offset;
}

/** Every year a text names (2023年, 二〇二三年). */
export function yearsNamed(text: string): number[] {
  return [...text.matchAll(ANY_YEAR)].map((m) => readYear(m[1]!));
}

/**
 * A grade given to counted case files (评为优秀的36卷, 评为优秀案卷36卷, 36卷被评为优秀): the year's own
 * file review, not an honour of another year, though it is written with the honour's 评为.
 */
const FILE_GRADE = /评为(?:优秀|良好|合格)(?:的|案卷)*\d|\d+(?:卷|件|份)被?评为/g;

/**
 * Whether what follows a year (`rest`) makes it a span's end, a point or a part of it rather than a period stated:
 * 2023年以来, 2023年底, 2023年和2024年 (years.json#excludedContinuations), 2023年3月, 2023年一季度.
 */
export function yearGoesOn(rest: string): boolean {
  return years.excludedContinuations.some((w) => rest.startsWith(w)) || MONTH_OR_QUARTER.test(rest);
}

/** An order to put things right issued in the year's own inspections (提出整改意见, 责令限期整改: years.json#rectificationOrders). */
const RECTIFICATION_ORDER = new RegExp(years.rectificationOrders.join('|'), 'g');

/**
 * Whether a heading or sentence names another period than its own on purpose (整改, 获评, 以来, 相比 …). The year's
 * own file grades (评为优秀的36卷) and orders to put things right (提出整改意见52条) are no such cue.
 */
export function refersToOtherPeriod(text: string): boolean {
  const own = text.replace(FILE_GRADE, '').replace(RECTIFICATION_ORDER, '');
  return years.otherPeriodCues.some((w) => own.includes(w));
}

/** How long a year is as written from its digits through its 年 (or the 度 of 2025度): 2024年 5, 2024 年 6. */
export function yearWritten(text: string): number {
  return text.search(/[年度]/) + 1;
}

/** A year as the text writes it: its value and where its digits and 年 (or 年度) are. */
export interface StatedYear {
  year: number;
  start: number;
  end: number;
}

/** A year in a heading that is no end of a span (2026—2030年, 2021年至2025年): its digits in group 1. */
const HEADING_YEAR = new RegExp(`(?<![\\d〇零○一二三四五六七八九—–\\-~至到])${YEAR}(?= ?年度?(?![—–\\-~至到]))`, 'g');

/**
 * The years a heading that names several parts states, each with the one part its words name up to the next
 * year (“三、存在的不足及2026年工作打算”: 2026 with the plans; “2025年工作总结及2026年工作打算”: 2025 with the
 * measures, 2026 with the plans). A year whose words name no part or several, or look at another period on
 * purpose, states nothing. Offsets are within the title.
 */
export function yearsOfParts(tree: ReportTree, title: string): Array<StatedYear & { part: PartId }> {
  const found = [...title.matchAll(HEADING_YEAR)];
  return found.flatMap((m, k) => {
    const words = title.slice(m.index, found[k + 1]?.index ?? title.length);
    const parts = partsOfWords(tree, words);
    if (parts.length !== 1 || refersToOtherPeriod(words)) return [];
    return [{ year: readYear(m[1]!), start: m.index, end: m.index + yearWritten(words), part: parts[0]! }];
  });
}

/**
 * The year a heading states as the period of its part: the year it opens with (“2023年度推进……”,
 * “2024年主要安排”, glossed “下一年度（2025年）工作安排”, after its leader “本街道主要负责人2024年度履行……”), when it names no other year, goes on with a subject rather than a point or span
 * of time (2023年以来, 2023年底, 2023年11月), and is not about another period on purpose
 * (“落实2022年度考评反馈问题整改情况”). Offsets are within the title.
 */
export function headingYear(title: string): StatedYear | undefined {
  const leader = title.includes(LEADER_WORD) ? (LEADER.exec(title)?.[0].length ?? 0) : 0;
  const head = leader > 0 ? title.slice(leader) : title;
  const glossed = GLOSSED_LEAD.exec(head);
  const lead = glossed ?? HEADING_LEAD.exec(head);
  if (!lead || new Set(yearsNamed(title)).size !== 1) return undefined;
  const rest = title.slice(leader + lead[0].length);
  if (yearGoesOn(rest)) return undefined;
  if (refersToOtherPeriod(title)) return undefined;
  // A glossed year is pointed at inside its brackets, without them.
  const start = leader + (glossed ? lead[0].indexOf(lead[1]!) : 0);
  return { year: readYear(lead[1]!), start, end: leader + lead[0].length - (glossed ? 1 : 0) };
}

/** A year right before the subject of the opening, no comma between (“2024年殷行街道认真学习……”); group 2 its 年 (or 年度). */
const YEAR_BEFORE_SUBJECT = new RegExp(`^${YEAR}( ?年度?)(?=[\\u4e00-\\u9fa5])`);

/** The year a sentence of the opening opens with as its period, at offsets within the sentence. */
function leadOf(sentence: string, bare: boolean): StatedYear | undefined {
  let lead = YEAR_LEAD.exec(sentence) ?? YEAR_PRESENTED.exec(sentence);
  if (!lead && bare) {
    lead = YEAR_BEFORE_SUBJECT.exec(sentence);
    const rest = lead ? sentence.slice(lead[0].length) : '';
    if (lead && (yearGoesOn(rest) || rest.startsWith('是'))) lead = null;
  }
  if (!lead) return undefined;
  const start = lead[0].indexOf(lead[1]!);
  return { year: readYear(lead[1]!), start, end: start + lead[1]!.length + lead[2]!.indexOf('年') + 1 };
}

/**
 * “根据……部署，2023年，我局……”: an opening that first states what it reports under (根据, 按照 …) has its
 * year as the time adverbial of a later clause of its first sentence.
 */
function leadAfterBasis(text: string): StatedYear | undefined {
  if (!years.openingBases.some((w) => text.startsWith(w))) return undefined;
  const end = text.indexOf('。');
  const sentence = end === -1 ? text : text.slice(0, end);
  for (let comma = sentence.indexOf(','); comma !== -1; comma = sentence.indexOf(',', comma + 1)) {
    const stated = leadOf(sentence.slice(comma + 1), false);
    if (stated) return { year: stated.year, start: comma + 1 + stated.start, end: comma + 1 + stated.end };
  }
  return undefined;
}

/**
 * The year the opening paragraph opens with as the report's period: “2023年，我县……”, “2023年是……之年”,
 * or a year right before its subject (“2024年殷行街道认真学习……”), not one of a point or span of time
 * (2023年以来, 2023年底, 2023年11月); after what the report is made under (“根据……，2023年，……”). A paragraph whose first sentence is a preamble (“法治是……的保证。
 * 2022年，……”) states it in the sentence after, as a time adverbial with its comma, unless that sentence
 * is about another period on purpose (2019年，我县被确定为……). Offsets are within the paragraph.
 */
export function openingLead(text: string): StatedYear | undefined {
  const first = leadOf(text, true) ?? leadAfterBasis(text);
  if (first) return first;
  const second = text.indexOf('。') + 1;
  if (second === 0) return undefined;
  const stated = leadOf(text.slice(second), false);
  const end = text.indexOf('。', second);
  if (!stated || refersToOtherPeriod(text.slice(second, end === -1 ? text.length : end))) return undefined;
  return { year: stated.year, start: second + stated.start, end: second + stated.end };
}

/**
 * The paragraph the account begins with below an opening that only announces it: a report delivered as a
 * speech opens “我受县人民政府委托，向会议报告2025年度……，请予审议。” or “按照工作安排，现就……情况报告如下。” and
 * begins its account below, “2025年，县政府坚持……” — before the first part, or as the first paragraph under
 * the first part's heading (“一、主要工作举措及成效”), before any subsection of it.
 */
function accountBelowOpening(tree: ReportTree): Block | undefined {
  const at = tree.blocks.findIndex((b) => b.role === 'opening');
  if (at === -1) return undefined;
  const opening = tree.blocks[at]!;
  const text = tree.normalized.slice(opening.start, opening.end);
  if (!ANNOUNCEMENT.test(text) || openingLead(text)) return undefined;
  const next = tree.blocks[at + 1];
  if (!next || next.role || next.node.type !== 'paragraph') return undefined;
  const first = tree.sections[0];
  if (!first || next.start < first.titleStart) return next;
  const sub = first.children.find((c): c is Section => c.type === 'section');
  return next.start < (first.position.end.offset ?? first.titleEnd) && (!sub || next.start < sub.titleStart) ? next : undefined;
}

/**
 * The year the account below an opening that only announces it opens with (accountBelowOpening), as an
 * opening's lead: it states the report year. Not when its first sentence is about another period on purpose
 * (“2024年，我县被评为……”: background, not the account). Offsets are within the text.
 */
export function accountLead(tree: ReportTree): StatedYear | undefined {
  const below = accountBelowOpening(tree);
  const lead = below && openingLead(tree.normalized.slice(below.start, below.end));
  if (!below || !lead || refersToOtherPeriod(firstSentence(tree.normalized, below.start, below.end)?.text ?? '')) return undefined;
  return { year: lead.year, start: below.start + lead.start, end: below.start + lead.end };
}

/**
 * What follows the year of a plan, not of the period reported on: a summary that is also the next
 * year's plan reports “现将全年工作总结及2026年工作计划报告如下”, its own year unwritten there.
 */
const PLAN_OF_YEAR = /^ ?年度?(?:工作)?(?:计划|打算|安排|要点|思路)/;

/**
 * The years the opening paragraph states as the report's period: its lead (openingLead) opens it,
 * “现将……2023年度……报告如下” ends it. Each is the year and its 年, at offsets within the paragraph.
 */
export function openingYears(text: string): StatedYear[] {
  const stated: StatedYear[] = [];
  const lead = openingLead(text);
  if (lead) stated.push(lead);
  const reporting = REPORTING_SENTENCE.exec(text);
  if (reporting) {
    const start = reporting.index + reporting[0].indexOf(reporting[2]!);
    // PLAN_OF_YEAR reads on from the digits: “2026年工作计划”.
    const afterDigits = text.slice(start + reporting[2]!.length, reporting.index + reporting[0].length);
    if (!PLAN_OF_YEAR.test(afterDigits)) stated.push({ year: Number(reporting[2]), start, end: start + yearWritten(reporting[0].slice(start - reporting.index)) });
  }
  return stated;
}

/**
 * The report year each place of the body states: the opening (once, however many times it names
 * the year) unless it is the place being checked, each top-level part heading that opens with its
 * year, and a closing date in January to March (the year before) — or, with no closing date, such a
 * date in the fields of the web page the report was copied from (发布日期：2023-02-08).
 */
function bodyEvidence(tree: ReportTree, withOpening: boolean): number[] {
  const evidence: number[] = [];
  const opening = withOpening ? tree.blocks.find((b) => b.role === 'opening') : undefined;
  if (opening) evidence.push(...new Set(openingYears(tree.normalized.slice(opening.start, opening.end)).map((s) => s.year)));
  evidence.push(...headingStatements(tree).map((h) => h.reportYear));
  const dated = dateEvidence(tree);
  if (dated !== undefined) evidence.push(dated);
  return evidence;
}

/** The report year when the report was issued says: its closing date, or failing one, the date the page it was copied from gives, in January to March. */
function dateEvidence(tree: ReportTree): number | undefined {
  const date = tree.meta.closingDate ?? tree.meta.pageDate;
  return date && date.month <= 3 ? date.year - 1 : undefined;
}

/** A top-level part heading that opens with its year: the report year it states, the part, the year as written, and its section. */
interface HeadingStatement extends PartHeadingYear {
  section: Section;
}

const headingStatementsCache = new WeakMap<ReportTree, HeadingStatement[]>();

/**
 * The report years the top-level part headings state, in order, read once per tree: the parser weighs
 * them for the report year, and year-consistency again to confirm the opening's. Each heading that
 * opens with a year is read as a part heading twice over; this was 1–2 % of a run's time.
 */
function headingStatements(tree: ReportTree): HeadingStatement[] {
  let statements = headingStatementsCache.get(tree);
  if (!statements) {
    statements = [];
    for (const section of tree.sections) {
      const stated = headingStatement(tree, section);
      if (stated !== undefined) statements.push(stated);
    }
    headingStatementsCache.set(tree, statements);
  }
  return statements;
}

/**
 * The report year a part heading that opens with a year states: “一、2023年主要举措和成效” a report on
 * 2023, “四、2024年工作安排” one on 2023. What part a heading is may depend on the year itself
 * (“2024年主要措施” is the plans of a report on 2023, the measures of one on 2024): such a heading, read
 * both ways, states nothing. Offsets are within the text.
 */
function headingStatement(tree: ReportTree, section: Section): HeadingStatement | undefined {
  const stated = headingYear(tree.normalized.slice(section.titleStart, section.titleEnd));
  if (!stated) return undefined;
  const readings = PART_YEAR_OFFSETS.flatMap((offset) => {
    const parts = headingParts(tree, section, stated.year - offset);
    return parts.length === 1 && PART_YEAR_OFFSET[parts[0]!] === offset ? [{ offset, part: parts[0]! }] : [];
  });
  if (readings.length !== 1) return undefined;
  const { offset, part } = readings[0]!;
  return { ...stated, start: section.titleStart + stated.start, end: section.titleStart + stated.end, section, part, reportYear: stated.year - offset };
}

/** How many places of the body must agree to overrule the year one other place states. */
const PLACES_TO_OVERRULE = 2;

/** The years the opening paragraph states as the report's period, each once (two when it is divided). */
function openingStatements(tree: ReportTree): number[] {
  const opening = tree.blocks.find((b) => b.role === 'opening');
  return opening ? [...new Set(openingYears(tree.normalized.slice(opening.start, opening.end)).map((s) => s.year))] : [];
}

/**
 * Whether the report year is divided with nothing to say which year is right, in a report whose title states
 * none: the opening states two years as the report's period (“2023年，我局……现将2022年度……报告如下”), or one
 * that the one part heading stating a year contradicts (openingHeadingSplit). One of them was not updated.
 */
export function openingDivided(tree: ReportTree): boolean {
  return tree.meta.yearSource === 'opening' && (openingStatements(tree).length > 1 || openingHeadingSplit(tree) !== undefined);
}

/** An opening and the one part heading that states a year against it, and the year what else they are near weighs for. */
interface HeadingDispute {
  opening: StatedYear;
  heading: HeadingStatement;
  /** The report year the rest of the opening and the heading's part bear out; undefined when they leave it open. */
  winner: number | undefined;
}

const disputeCache = new WeakMap<ReportTree, HeadingDispute | null>();

/**
 * An opening and the one part heading that states a year, each the only place that states its year, against
 * each other: “2023年，我局……” over “一、2024年度推进法治政府建设的主要举措和成效” (or “四、2025年工作安排”, which
 * states 2024), under a title that states no year, no other heading stating one and no closing date in the
 * reporting season. The years the rest of the opening and the heading's own part state (yearsStatedIn) weigh
 * between them: the winner is the year they state of the two when they state one and not the other; when they
 * state neither or both, nothing says which. Read once per tree: the parser asks while it reads the report year,
 * year-consistency again when the year is left unknown.
 */
function headingDispute(tree: ReportTree): HeadingDispute | undefined {
  let dispute = disputeCache.get(tree);
  if (dispute === undefined) {
    dispute = readDispute(tree) ?? null;
    disputeCache.set(tree, dispute);
  }
  return dispute ?? undefined;
}

/** headingDispute, read from the tree. Offsets are within the text. */
function readDispute(tree: ReportTree): HeadingDispute | undefined {
  if (tree.meta.titleYear) return undefined;
  const headings = headingStatements(tree);
  const block = tree.blocks.find((b) => b.role === 'opening');
  if (headings.length !== 1 || !block || dateEvidence(tree) !== undefined) return undefined;
  const stated = openingYears(tree.normalized.slice(block.start, block.end));
  const heading = headings[0]!;
  const year = stated[0]?.year;
  if (year === undefined || stated.some((s) => s.year !== year) || heading.reportYear === year) return undefined;
  const opening = { year, start: block.start + stated[0]!.start, end: block.start + stated[0]!.end };
  // The opening's own statements are the place weighed, not weight.
  const own = new Set(stated.map((s) => block.start + s.start));
  const section = heading.section;
  const around = [
    ...yearsStatedIn(tree, block.start, block.end, 0, own),
    ...yearsStatedIn(tree, section.titleEnd, section.position.end.offset ?? section.titleEnd, heading.year - heading.reportYear, own),
  ];
  const forOpening = around.includes(year);
  const forHeading = around.includes(heading.reportYear);
  return { opening, heading, winner: forOpening === forHeading ? undefined : forOpening ? year : heading.reportYear };
}

/** A title in 《》: group 1 its words. */
const DOCUMENT_TITLE = /《([^《》]{1,60})》/g;
/** A span of years in a title (2021—2025年, 2023至2025年): the title names no one year of its own. */
const TITLE_SPAN = /\d{4} ?年?[—–\-~至到]/;

/**
 * The report years a stretch of text states, besides the places bodyEvidence reads: each sentence that opens with
 * a year as its time (“2024年，……”, “2024年是……之年”), and each plan of one year a sentence names in 《》
 * (《2024年度法治工作要点》: years.json#planDocuments), in a sentence that looks at no other period on purpose
 * (整改, 考核, 以来 …: refersToOtherPeriod). `offset` is the year the stretch's part is about after the report year
 * (1 in the plans); a lead that starts at an offset in `skip` is the opening's own statement, not read again.
 */
function yearsStatedIn(tree: ReportTree, start: number, end: number, offset: number, skip: ReadonlySet<number>): number[] {
  const years: number[] = [];
  for (const sentence of tree.sentences(start, end)) {
    if (refersToOtherPeriod(sentence.text)) continue;
    const lead = leadOf(sentence.text, false);
    if (lead && !skip.has(sentence.start + lead.start)) years.push(lead.year - offset);
    for (const m of sentence.text.matchAll(DOCUMENT_TITLE)) {
      const name = m[1]!;
      const named = yearsNamed(name);
      if (named.length === 1 && !TITLE_SPAN.test(name) && PLAN_DOCUMENTS.some((d) => name.endsWith(d))) years.push(named[0]! - offset);
    }
  }
  return years;
}

/**
 * The opening and the part heading that contradict each other when nothing else says which year is right
 * (headingDispute): the report year is not known, and year-consistency reports the disagreement at the opening.
 * Offsets are within the text.
 */
export function openingHeadingSplit(tree: ReportTree): { opening: StatedYear; heading: StatedYear; part: PartId } | undefined {
  const dispute = headingDispute(tree);
  if (!dispute || dispute.winner !== undefined) return undefined;
  const { year, start, end, part } = dispute.heading;
  return { opening: dispute.opening, heading: { year, start, end }, part };
}

/** A part heading's year as stated, its part, and the report year it states (四、2025年工作安排 states 2024). */
export interface PartHeadingYear extends StatedYear {
  part: PartId;
  /** The report year the heading states: its own year less its part's offset (四、2024年工作安排 states 2023). */
  reportYear: number;
}

/**
 * The one top-level part heading that states a year when neither the title nor the opening states one — an excerpt
 * begun at its first part (“一、2024年主要工作及成效”), a report that names its year in its headings alone: the only
 * place that states the report year, which is left unknown. year-consistency holds it to what the sentences of the
 * parts state. Undefined when no heading or several state a year. Offsets are within the text.
 */
export function soleHeadingYear(tree: ReportTree): PartHeadingYear | undefined {
  if (tree.meta.year !== undefined || tree.meta.titleYear || openingStatements(tree).length > 0) return undefined;
  const headings = headingStatements(tree);
  if (headings.length !== 1) return undefined;
  const { year, start, end, part, reportYear } = headings[0]!;
  return { year, start, end, part, reportYear };
}

/** How the name of a plan for one year ends (years.json#planDocuments): year-consistency reads last year's carried over. */
export const PLAN_DOCUMENTS: readonly string[] = years.planDocuments;

/**
 * The year the body states when it contradicts the year the report was read as on — the title's,
 * or the opening's when the title states none (“……法治政府建设情况报告”, then “2024年，县政府……”):
 * at least two other places state it, and none states the stated year or any third one. Otherwise
 * (the body agrees, says too little, or is divided) undefined: the stated year stands. An opening
 * divided between two years is one of those places for the year it was not read as on: with one
 * place more, a part heading or the date, it outweighs the opening's other statement.
 */
export function yearStatedByBody(tree: ReportTree): number | undefined {
  const { year: stated, yearSource } = tree.meta;
  if (stated === undefined) return undefined;
  const evidence = bodyEvidence(tree, yearSource === 'title');
  if (yearSource === 'opening') evidence.push(...openingStatements(tree).filter((y) => y !== stated));
  const [year] = evidence;
  if (evidence.length < PLACES_TO_OVERRULE || year === stated || evidence.some((y) => y !== year)) return yearSource === 'opening' ? headingOverOpening(tree, stated) : undefined;
  return year;
}

/**
 * The year the body bears out when the page's two copies of the title state two years (titleYear and
 * titleCopy, one of them left stale): the year of one copy that the opening, a part heading or the closing
 * date states, and no place states another. One place is enough: the copies weigh nothing against each other.
 * Undefined when the body says nothing or is divided: the text does not say which copy is right.
 */
export function titleCopiesYear(tree: ReportTree): number | undefined {
  const { titleYear, titleCopy } = tree.meta;
  if (!titleYear || !titleCopy) return undefined;
  const [year, ...others] = bodyEvidence(tree, true);
  if (year === undefined || others.some((y) => y !== year)) return undefined;
  return year === titleYear.year || year === titleCopy.year ? year : undefined;
}

/**
 * The year of the one part heading that states one, when it and what else the opening and its part state
 * outweigh the opening's (headingDispute): “2023年，我局……” over “一、2024年度……主要举措和成效”, the opening's
 * next sentence “2024年，分局……” and 《2024年度法治工作要点》 in the measures. The opening is then the one place
 * left stale.
 */
function headingOverOpening(tree: ReportTree, stated: number): number | undefined {
  const winner = headingDispute(tree)?.winner;
  return winner !== undefined && winner !== stated ? winner : undefined;
}

/**
 * Whether the body, the opening aside, bears out the year the opening states (“现将2023年度……报告如下”)
 * in a report whose title states none: at least two places state it and none another — one, when the
 * opening is divided and so states it once itself. An opening that also names another year as its
 * period (“2022年，我局……”) is then the one place left stale.
 */
export function openingYearConfirmed(tree: ReportTree): boolean {
  const { year, yearSource } = tree.meta;
  if (yearSource !== 'opening') return false;
  const evidence = bodyEvidence(tree, false);
  const places = openingDivided(tree) ? 1 : PLACES_TO_OVERRULE;
  return evidence.length >= places && evidence.every((y) => y === year);
}
