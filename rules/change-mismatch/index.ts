import { defineRule } from '@reportlint/core';
import type { RuleContext } from '@reportlint/core';
import { approximationOf, figuresOf, formatDecimal, joinedText, parseChineseNumeral, tablesOf } from '@reportlint/parser';
import type { Figure, FigureChange, Heading, JoinedText, ReportTree, Table } from '@reportlint/parser';
import { CHANGE_CONNECT as CONNECT, CHANGE_FROM, CHANGES, countRange, DIFFERENCE_LEAD, EARLIER, eachWithSentenceBefore, exactCount, figureClauses, halfWidth, isMeasured, isPerUnit, opensChange, PARTS, rangeOf, REACHED, sameThings, shown, writtenFrom, writtenMultiplier } from '../shared/figures.js';
import { readYear, YEAR } from '../shared/dates.js';
import { literalAlternation } from '../shared/ranges.js';
import type { Clause, SentenceBefore } from '../shared/figures.js';
import { columnGroups, columnsWhere, cellFigure, TABLE_WORDS } from '../shared/tables.js';

type Direction = Exclude<FigureChange, 'change'>;
type Ctx = RuleContext<Record<string, never>>;

const DIRECTION_OF = new Map<string, Direction>([
  ...CHANGES.increase.map((w) => [w, 'increase'] as const),
  ...CHANGES.decrease.map((w) => [w, 'decrease'] as const),
]);
const CONNECT_OF = new Map<string, Direction>([
  ...CHANGES.connect.increase.map((w) => [w, 'increase'] as const),
  ...CHANGES.connect.decrease.map((w) => [w, 'decrease'] as const),
]);
/**
 * Between the current count and the earlier one: ，较上年的 / 比2023年同期, or the earlier one in brackets right after
 * the period (，较上年（241件）增长18.7%: `statement` wants the bracket closed right after it).
 */
const COMPARED_WITH = new RegExp(`^[,，]?(?:较|比)${EARLIER}(?:的|[(（])?$`);
/** Words that open a bracket around the value after them, and words that close it first: see `bracketClosed`. */
const OPENS_BRACKET = /[(（]$/;
const CLOSES_BRACKET = /^[)）]/;

/**
 * Whether the words after a value close the bracket the words before it opened, if they opened one: 较上年（241件）增长
 * reads as 较上年的241件增长, but in 较上年（241件，增长18.7%） the bracket holds more than the earlier value.
 */
const bracketClosed = (before: string, after: string): boolean => !OPENS_BRACKET.test(before) || CLOSES_BRACKET.test(after);
/** Between the current count and the earlier one stated on its own: ，上年同期为 / （上年 / （上年：. */
const EARLIER_WAS = new RegExp(`^[,，(（]${EARLIER}(?:为|是|有|[:：])?$`);
/**
 * The current count's own words when they follow it (组织45场宣传活动，/ 600人次参加考试并全部合格，): a count
 * written before its noun, up to the comma. Words of a breakdown or of another comparison are not its own.
 */
const OWN_WORDS = /^(?:(?!其中|包括|同比|上年|去年)[^\d;；。:：()（）、较比])+$/;

/** Whether the words between a current count and an earlier one compare them: ，较上年的 / 宣传活动，上年为. */
function comparedWords(between: string): boolean {
  if (COMPARED_WITH.test(between) || EARLIER_WAS.test(between)) return true;
  // Only when the rest after the first comma compares does the count's own words before it need reading.
  const comma = between.search(/[,，]/);
  if (comma <= 0) return false;
  const rest = between.slice(comma);
  return (COMPARED_WITH.test(rest) || EARLIER_WAS.test(rest)) && OWN_WORDS.test(between.slice(0, comma));
}

/**
 * Between the percent and the earlier count stated after it: in parentheses, 同比增长6.3%（上年1,210起）, or in
 * a clause of its own that says what it was, 比上年减少10%，上年为4,200人次.
 */
const EARLIER_AFTER = new RegExp(`^(?:[(（]${EARLIER}(?:为|是|[:：])?|[,，]${EARLIER}(?:为|是))$`);
/** Between the later count and the percent: ，同比下降 / 增长了 / ，增幅为 / ，压缩率达 (a bound: see `plain`). */
const PERCENT_LEAD = new RegExp(`^[)）]?[,，]?(?:${literalAlternation(CHANGES.compare)})?(${literalAlternation([...DIRECTION_OF.keys()])})(?:了|为|${literalAlternation(REACHED)})?$`);
/** Between a difference and the percent of the same change: as PERCENT_LEAD, or a 、 joining the two (增加156万元、增长12.7%). */
const PERCENT_AFTER_DIFFERENCE = new RegExp(PERCENT_LEAD.source.replace('[,，]?', '[,，、]?'));

/**
 * Before a percent, the year compared with: ，较2023年 / ，比2023年同期 / ，与2023年相比, the later year maybe
 * named first (，2025年比2023年). It is read only after values stated year by year in the same words
 * (2023年受理7,920件，2024年受理7,128件，较2023年下降10.0%), when it names one of their years.
 */
const YEAR_COMPARED = new RegExp(`^([,，]?)(?:(?:${YEAR})年)?(?:(?:较|比)(${YEAR})年(?:同期)?|与(${YEAR})年(?:同期)?相比[,，]?)`);
/** A period of a year that labels a count: 上半年, 一季度, 第三季度, 3月. */
const PERIOD_OF_YEAR = '(?:[上下]半年|第?[一二三四]季度|\\d{1,2}月份?)';
/** Before a percent, one period of the year compared with another: ，下半年较上半年 (group 1 the subject, 2 the base). */
const PERIOD_COMPARED = new RegExp(`^[,，](${PERIOD_OF_YEAR})(?:较|比)(${PERIOD_OF_YEAR})`);
/** The period labelling a count, right before it: 其中上半年 / 一季度. */
const PERIOD_BEFORE = new RegExp(`(${PERIOD_OF_YEAR})$`);
/** Between two counts labelled by periods: 、下半年 / ，二季度. */
const PERIOD_BETWEEN = new RegExp(`^[、,，;；](${PERIOD_OF_YEAR})$`);

/** A change the sentence states in full: the earlier and the later count, and the percent between them. */
interface Statement {
  earlier: Figure;
  later: Figure;
  /** The change as stated: a percent, percentage points, a multiple (增长1.5倍, 是上年的2.5倍), or a difference (减少9件). */
  percent: Figure;
  direction: Direction;
  /** Stated as 从A到B / 由A压缩至B: the frame names both ends, so they may be time limits as well as counts. */
  fromTo?: true;
  /** Both counts stated in the parentheses after the change (（上年为1,326件，本年为1,090件）): the later one too is the body's own. */
  bothAfter?: true;
  /** Compared with the value of an earlier period (较上年的38.1小时): the same time limit a year before. */
  earlierPeriod?: true;
  /** A multiple that is the ratio itself (是上年的2.5倍), not the growth (增长1.5倍). */
  times?: true;
  /** The earlier count's half-width when it is the later one less the difference: the two roundings add up. */
  earlierHalfWidth?: number;
}

/**
 * The total a 其中 part breaks down (受理投诉120件，其中涉企投诉30件 → 120件): the count of the same things
 * right before the 其中 that opens the part.
 */
function totalOfPart(clause: Clause, i: number): Figure | undefined {
  const part = clause.figures[i]!;
  const after = i > 0 ? clause.figures[i - 1]!.end : clause.start;
  const marker = clause.markers.find((m) => m >= after && m < part.start);
  if (marker === undefined || i === 0) return undefined;
  const total = clause.figures[i - 1]!;
  return sameThings(total, part) && exactCount(total) ? total : undefined;
}

/** The value stated for a year further back in a run of values stated year by year, if it is stated there. */
type StatedFor = (year: number) => Figure | undefined;

/**
 * The statement made by three consecutive figures of a clause, if they make one:
 * 从80件下降到60件，下降20% / 由上年的45件减少至36件，同比下降25% (from … to), 办理120件，较上年的100件增长25%
 * (compared with), 办理120件，上年同期为100件，同比增长20% (the earlier count on its own). Anything else
 * between them (其中, another subject) and the sentence is not read; a percent after a difference (增加20件，
 * 增长20%) is read by `percentAfterDifference`.
 */
function statement(joined: JoinedText, first: Figure, second: Figure, percent: Figure, from: number, statedFor?: StatedFor): Statement | undefined {
  const words = joined.slice(second.end, percent.start);
  const named = YEAR_COMPARED.exec(words);
  const periods = named ? null : PERIOD_COMPARED.exec(words);
  const lead = PERCENT_LEAD.exec(named ? named[1]! + words.slice(named[0].length) : periods ? words.slice(periods[0].length) : words);
  if (!lead) return undefined;
  const direction = DIRECTION_OF.get(lead[1]!)!;
  if (periods) {
    const pair = periodPair(joined, first, second, from, periods[1]!, periods[2]!);
    return pair && { ...pair, percent, direction };
  }
  const pair = pairOf(joined, first, second, from);
  // 从80件增加到60件，下降25%: the verbs disagree with each other; the sentence does not say which holds.
  if (!pair || (pair.verb && pair.verb !== direction) || !bracketClosed(joined.slice(first.end, second.start), words)) return undefined;
  const year = named ? readYear(named[2] ?? named[3]!) : undefined;
  if (year === undefined || year === pair.earlierYear) return { ...pair, percent, direction };
  // 2022年……8,640件，2023年……7,920件，2024年……7,128件，较2022年下降17.5%: the year named is not the
  // earlier one of the pair; its value is the one stated for it further back, in the same words.
  const earlier = pair.earlierYear !== undefined && year < pair.earlierYear ? statedFor?.(year) : undefined;
  return earlier ? { earlier, later: pair.later, percent, direction } : undefined;
}

/**
 * 其中上半年62件、下半年84件，下半年较上半年增长35.5%: two counts each labelled right before by a period of the
 * year, then one period compared with the other by those names. Read only when the two names are the two counts'
 * labels, so the base is the count the 较 names, whichever comes first.
 */
function periodPair(joined: JoinedText, first: Figure, second: Figure, from: number, subject: string, base: string): Pair | undefined {
  const firstPeriod = PERIOD_BEFORE.exec(joined.slice(from, first.start))?.[1];
  const secondPeriod = PERIOD_BETWEEN.exec(joined.slice(first.end, second.start))?.[1];
  if (!firstPeriod || !secondPeriod || subject === base || !sameThings(first, second)) return undefined;
  if (subject === secondPeriod && base === firstPeriod) return { earlier: first, later: second };
  if (subject === firstPeriod && base === secondPeriod) return { earlier: second, later: first };
  return undefined;
}

/**
 * The percent right after a statement's difference (较上年的100件增加20件，增长20%): the change of the
 * same two counts, in the same direction. Only the words a percent follows may stand between them.
 */
function percentAfterDifference(joined: JoinedText, byDifference: Statement, percent: Figure): Statement | undefined {
  const lead = PERCENT_AFTER_DIFFERENCE.exec(joined.slice(byDifference.percent.end, percent.start));
  if (!lead || DIRECTION_OF.get(lead[1]!) !== byDifference.direction) return undefined;
  return { ...byDifference, percent };
}

/** Between a change and the two values after it that it is between: ，由 / ，从上年的. */
const FROM_AFTER_CHANGE = new RegExp(`^[,，]?${CHANGE_FROM.source}`);

/**
 * 合格率提高12.2个百分点，由85.1%提升至95.3%: the change stated first, then the two values it is between,
 * from … to, nothing but a comma before 由/从. A verb between them must go the change's way.
 */
function changeBeforeFromTo(joined: JoinedText, change: Figure, earlier: Figure, later: Figure): Statement | undefined {
  const direction = change.change;
  if ((direction !== 'increase' && direction !== 'decrease') || !FROM_AFTER_CHANGE.test(joined.slice(change.end, earlier.start))) return undefined;
  const pair = pairOf(joined, earlier, later, change.end);
  if (!pair?.fromTo || (pair.verb && pair.verb !== direction)) return undefined;
  return { ...pair, percent: change, direction };
}

/**
 * 开展培训15场次，同比增加3场次，增长20%: a count, its difference from the earlier period's and the percent
 * of the same change, the earlier count left unstated — it is the count less the difference (12), and the
 * percent is of it. A rounded count or amount (25.18亿元，同比增加2.06亿元) leaves the earlier one known within
 * both roundings (earlierHalfWidth), which the judgement allows. The count not itself another period's
 * (上年同期为100件，同比增加20件) nor a part after 其中, whose change may be its total's
 * (受理120件，其中涉企30件，同比增加20件，增长20%). A count stated as reached (达到15场) is the
 * year's own (see `asReached`). `text`: the normalized text the figures are in.
 */
function statementFromDifference(joined: JoinedText, text: string, clause: Clause, i: number): Statement | undefined {
  const [later, difference, percent] = [asReached(text, clause.figures[i]!), clause.figures[i + 1]!, clause.figures[i + 2]!];
  if (!exactCount(later) || later.parenthetical || clause.roles[i]!.otherPeriod || !isDifference(difference) || !sameThings(later, difference)) return undefined;
  if (clause.markers.some((m) => m < later.start)) return undefined;
  if (difference.approximate) return undefined;
  const lead = DIFFERENCE_LEAD.exec(joined.slice(later.end, difference.start));
  const direction = lead && DIRECTION_OF.get(lead[1]!);
  const percentLead = direction && PERCENT_AFTER_DIFFERENCE.exec(joined.slice(difference.end, percent.start));
  if (!percentLead || DIRECTION_OF.get(percentLead[1]!) !== direction) return undefined;
  const value = direction === 'increase' ? later.value - difference.value : later.value + difference.value;
  const earlier: Figure = { ...later, value, written: String(value), parenthetical: false };
  return { earlier, later, percent, direction, earlierHalfWidth: halfWidth(later) + halfWidth(difference) };
}

/** Two consecutive counts of a clause as the earlier and the later one of a change, and the verb between them (增加 in 由A增加至B). */
interface Pair {
  earlier: Figure;
  later: Figure;
  verb?: Direction;
  fromTo?: true;
  earlierPeriod?: true;
  /** Of two years' values stated in the same words: the earlier year. */
  earlierYear?: number;
}

/** The word of what an average is per (每件, 每家), ending the words before the earlier value. */
const PER_THING = /每[\u4e00-\u9fff]$/;

/** A per-thing word anywhere in a label (平均每件办理时限), or a word of an average over something named (人均, 日均). */
const PER_IN_LABEL = /每[\u4e00-\u9fff]|[\u4e00-\u9fff](?<!平)均/;

/**
 * 平均每件2.5个工作日，较上年的每件3.2个工作日: the words between without the per-thing word of an average
 * repeated before the earlier value — the same measure, as the later value's label has it. A plain 平均 says
 * no per-thing word (平均办理时限3.1个工作日，较上年每件4.2个工作日): the average of the things counted, which
 * the earlier value's per-thing word names. A per-thing word the later value is not stated with (办理120件，
 * 较上年的每月10件), or another one (人均, 每月), is left in: it names another measure.
 */
function withoutRepeatedPer(between: string, later: Figure): string {
  const per = PER_THING.exec(between)?.[0];
  if (!per) return between;
  const own = PER_IN_LABEL.exec(later.label)?.[0];
  const same = own === undefined ? later.average && later.label.includes('平均') : own === per;
  return same ? between.slice(0, -per.length) : between;
}

/**
 * The earlier and the later count, as the words between two consecutive figures order them: 从A到B,
 * 由A减少至B (from … to), 办理120件，较上年的100件 (compared with), 办理120件，上年同期为100件 (the earlier
 * count on its own). `from`: where the words before the first figure start.
 */
function pairOf(joined: JoinedText, first: Figure, second: Figure, from: number): Pair | undefined {
  const between = joined.slice(first.end, second.start);
  const connect = CONNECT.exec(between);
  if (connect && opensChange(joined, first, from)) return { earlier: first, later: second, verb: connect[1] ? CONNECT_OF.get(connect[1]) : undefined, fromTo: true };
  const earlierYear = yearByYear(joined.slice(from, first.start), between);
  if (earlierYear !== undefined) return { earlier: first, later: second, earlierYear };
  if (!comparedWords(withoutRepeatedPer(between, first))) return undefined;
  // 2023年受理100件，2024年120件: the year before the second count is not always the earlier one.
  if (!yearsInOrder(joined.slice(from, first.start), between)) return undefined;
  return { earlier: second, later: first, earlierPeriod: true };
}

/**
 * Before an earlier count, the subject of the comparison naming the later count by its verb instead of
 * standing beside it: “；受理量较2025年的” (受理量 → the count received, 受理……286件).
 */
const NAMED_LATER = new RegExp(`^[,，;；]?([\\u4e00-\\u9fff]{2,4}?)(?:数量|量|数)(?:较|比)${EARLIER}的?$`);

/**
 * 全年受理矛盾纠纷286件，调解成功279件……；受理量较2025年的254件增长12.6%: the change of a count stated
 * earlier in the sentence, which the subject names by its verb (受理量 → 受理). Read only when exactly one
 * count before it in the sentence carries that verb in its label, in the earlier count's unit; two (受理 and
 * 调解委员会受理, 调解 in both) leave the subject unsure.
 */
function statementNamedLater(joined: JoinedText, clause: Clause, i: number): Statement | undefined {
  const figures = clause.figures;
  const [earlier, percent] = [figures[i]!, figures[i + 1]];
  if (!percent || percent.unit !== '%') return undefined;
  const named = NAMED_LATER.exec(joined.slice(i > 0 ? figures[i - 1]!.end : clause.start, earlier.start));
  const lead = named && PERCENT_LEAD.exec(joined.slice(earlier.end, percent.start));
  if (!named || !lead) return undefined;
  const verb = named[1]!;
  const before: Figure[] = figures.slice(0, i);
  for (let c = clause.previous; c; c = c.previous) before.push(...c.figures);
  const candidates = before.filter((f) => f.kind === earlier.kind && f.label.includes(verb) && sameThings(f, earlier) && exactCount(f));
  if (candidates.length !== 1) return undefined;
  return { earlier, later: candidates[0]!, percent, direction: DIRECTION_OF.get(lead[1]!)!, earlierPeriod: true };
}

/**
 * 与上年的 / 同2025年同期的 / 与上年同期（: 与 or 同 and the period of the earlier value right after, which wants 相比
 * after that value — or 与上年相比（, 相比 said first and the value in brackets after it (group 1: 与 or 同; group 2: a
 * parenthesis opened around the value before 相比; group 3: 相比 and the bracket).
 */
const WITH_EARLIER = `(与|同)${EARLIER}(?:的|([(（])|(相比[(（]))?`;
/**
 * A sentence opening on the earlier value: 与上年的241件相比 / 与上年同期（241件）相比 / 与上年相比（241件）(see
 * WITH_EARLIER), 较上年同期的241件 / 较上年（241件）.
 */
const OPENS_ON_EARLIER = new RegExp(`^(?:${WITH_EARLIER}|(?:较|比)${EARLIER}(?:的|[(（])?)$`);
/** Between a current value and the earlier one it is compared with: ，与上年的 / ，同上年同期（ / ，与上年相比（ (see WITH_EARLIER). */
const COMPARED_WITH_EARLIER = new RegExp(`^[,，]${WITH_EARLIER}$`);

/**
 * The words after the earlier value of 与……相比 past its 相比 and the bracket around the value, as the words before
 * it (`opened`, a WITH_EARLIER match) say they stand: 241件相比，增长 → ，增长; 241件）相比增长 → 增长; 与上年相比
 * （241件），增长 → ，增长. Undefined when they do not follow.
 */
function pastComparedWith(after: string, opened: RegExpExecArray): string | undefined {
  const close = (opened[3] ? CLOSES_BRACKET : opened[2] ? /^[)）]相比/ : /^相比/).exec(after);
  return close ? after.slice(close[0].length) : undefined;
}

/**
 * 全年办理行政复议案件286件。与上年的241件相比，增长18.7%。 / ……286件。较上年增加45件，增长18.7%。: a sentence
 * that opens on the comparison, the current value stated in the sentence right before it (see eachWithSentenceBefore:
 * nothing but its full stop between). Read only when that sentence states exactly one value of the same kind in the
 * same unit, itself this period's and exact: two (受理 and 办结) leave unsaid which one changed.
 */
function statementOnSentenceBefore(joined: JoinedText, clause: Clause, sentenceBefore: SentenceBefore): Statement | undefined {
  const [first, second] = clause.figures;
  if (clause.previous || !first || !second) return undefined;
  const opening = joined.slice(clause.start, first.start).trim();
  const onEarlier = OPENS_ON_EARLIER.exec(opening);
  const onDifference = onEarlier ? null : DIFFERENCE_LEAD.exec(opening);
  if (!onEarlier && !onDifference) return undefined;
  const between = joined.slice(first.end, second.start);
  const after = onEarlier?.[1] ? pastComparedWith(between, onEarlier) : bracketClosed(opening, between) ? between : undefined;
  const lead = after === undefined ? null : (onEarlier ? PERCENT_LEAD : PERCENT_AFTER_DIFFERENCE).exec(after);
  const direction = lead && DIRECTION_OF.get(lead[1]!);
  if (!direction || (onDifference && (DIRECTION_OF.get(onDifference[1]!) !== direction || !isDifference(first) || second.unit !== '%'))) return undefined;
  const later = soleValueBefore(sentenceBefore, first);
  if (!later) return undefined;
  if (onEarlier) return { earlier: first, later, percent: second, direction, earlierPeriod: true };
  if (!exactCount(later) || !sameThings(later, first) || first.approximate) return undefined;
  const value = direction === 'increase' ? later.value - first.value : later.value + first.value;
  const earlier: Figure = { ...later, value, written: String(value), parenthetical: false };
  return { earlier, later, percent: second, direction, earlierHalfWidth: halfWidth(later) + halfWidth(first) };
}

/**
 * 全年办理行政复议案件286件，与上年的241件相比，增长18.7% / ，同上年同期（241件）相比，增加45件: 与……相比 around the
 * earlier value at `e`, after a comma, the change right after 相比 — nothing but a comma between: words there
 * (……相比，行政诉讼案件增长20%) name another subject. The current value is the nearest before it in the clause of
 * its kind and unit (a figure of another between, 涉及金额1.2亿元, is passed by), itself this period's and no part
 * after 其中 (the change may be its total's): the comparison, a clause of its own, goes on from it.
 */
function statementComparedWith(joined: JoinedText, clause: Clause, e: number): Statement | undefined {
  const figures = clause.figures;
  const [earlier, change] = [figures[e]!, figures[e + 1]!];
  const opened = COMPARED_WITH_EARLIER.exec(joined.slice(figures[e - 1]!.end, earlier.start));
  const after = opened ? pastComparedWith(joined.slice(earlier.end, change.start), opened) : undefined;
  const lead = after === undefined ? null : PERCENT_LEAD.exec(after);
  if (!lead) return undefined;
  let k = e - 1;
  while (k >= 0 && (figures[k]!.kind !== earlier.kind || figures[k]!.unit !== earlier.unit)) k--;
  const later = figures[k];
  if (!later || later.change || clause.roles[k]!.otherPeriod || clause.markers.some((m) => m < later.start)) return undefined;
  // 受理286件，审结270件，与上年的241件相比: two counts it may compare; which one goes unsaid, as with the sentence before.
  if (figures.slice(0, k).some((f, j) => f.kind === earlier.kind && f.unit === earlier.unit && !f.change && !clause.roles[j]!.otherPeriod)) return undefined;
  // 2023年受理286件，与2024年的241件相比: the year of the current value must be the later one.
  if (!yearsInOrder(joined.slice(k > 0 ? figures[k - 1]!.end : clause.start, later.start), joined.slice(later.end, earlier.start))) return undefined;
  return { earlier, later, percent: change, direction: DIRECTION_OF.get(lead[1]!)!, earlierPeriod: true };
}

/** The one value of the sentence before in `like`'s kind and unit, when there is exactly one and it is this period's. */
function soleValueBefore(sentenceBefore: SentenceBefore, like: Figure): Figure | undefined {
  let found: { figure: Figure; otherPeriod: boolean } | undefined;
  for (const c of sentenceBefore() ?? []) {
    for (let k = 0; k < c.figures.length; k++) {
      const f = c.figures[k]!;
      if (f.kind !== like.kind || f.unit !== like.unit) continue;
      if (found) return undefined;
      found = { figure: f, otherPeriod: c.roles[k]!.otherPeriod };
    }
  }
  const f = found?.figure;
  // 上年办理286件: a value labelled by an earlier period is no current one.
  return f && !found!.otherPeriod && !f.parenthetical && !f.change && !CHANGES.earlier.some((w) => f.label.includes(w)) ? f : undefined;
}

/** A year in digits or in Chinese numerals (2023年, 二〇二三年); group 1 the year. */
const YEAR_OF = new RegExp(`(${YEAR})年`, 'g');
/** Numbers in words (years, figures the parser does not read: 86.5分), each read as one mark. */
const NUMBERS = /\d+(?:[.,]\d+)*/g;
/** What starts the words of a statement after the one before: a comma, a semicolon, an enumeration comma. */
const STATEMENT_START = /^[,，;；、]/;

/**
 * 2023年受理100件，2024年受理120件 / 2022年，……评查平均86.5分，优良率72.5%；2023年，……优良率75.1%: the
 * second value stated in the very words of the first but for their numbers, for a later year, or in
 * its verb only (2023年受理校外培训投诉举报214件，2024年受理168件: the noun left out; 2022年热线受理群众诉求
 * 31.6万件，2023年受理36.8万件: the subject too). Each is
 * its year's value, the earlier first, whatever else (a semicolon, an unread figure) stands between.
 * Returns the earlier year.
 */
function yearByYear(beforeFirst: string, between: string): number | undefined {
  const [first, second] = [lastYear(beforeFirst), lastYear(between)];
  if (first === undefined || second === undefined || first >= second) return undefined;
  const [a, b] = [words(beforeFirst), words(between)];
  return a === b || elided(a, b) ? first : undefined;
}

const words = (s: string) => s.replace(STATEMENT_START, '').replace(YEAR_OF, '#年').replace(NUMBERS, '#');

/**
 * The later year's words with the noun left out, its verb kept (2024年受理 after 2023年受理校外培训投诉举报),
 * or the verb too (2024年2,031个 after 2023年完成交易项目1,846个).
 */
const ELIDED = /^#年[\u4e00-\u9fff]*$/;

/**
 * Whether the later year's words `b` are the earlier's `a` with the noun left out, and the subject before
 * the verb too (2024年受理 after 2023年热线受理群众诉求): the year, then the same verb, the subject being
 * the one already named — also when it is named before the first year (交易金额2023年为…，2024年为…). The
 * earlier words name their one year only: a second (2023年办结2022年结转……) makes them no plain label of it.
 */
function elided(a: string, b: string): boolean {
  const year = '#年';
  const at = a.indexOf(year);
  return ELIDED.test(b) && at >= 0 && a.indexOf(year, at + 1) < 0 && a.includes(b.slice(year.length), at + year.length);
}

/**
 * The value stated for `year` in a run of values stated year by year (see `yearByYear`), walking back
 * from figures[i]: 2022年受理120件，2023年受理110件，2024年受理99件 gives 120件 for 2022. Undefined when
 * the run breaks (another figure, other words) before it reaches that year.
 */
function statedForYear(joined: JoinedText, figures: readonly Figure[], i: number, clauseStart: number, year: number): Figure | undefined {
  for (let k = i; k > 0; k--) {
    const before = k > 1 ? figures[k - 2]!.end : clauseStart;
    const earlierYear = yearByYear(joined.slice(before, figures[k - 1]!.start), joined.slice(figures[k - 1]!.end, figures[k]!.start));
    if (earlierYear === undefined || earlierYear < year) return undefined;
    if (earlierYear === year) return figures[k - 1];
  }
  return undefined;
}

/** In parentheses after a change, the earlier period and the words it was counted in: （上年受理 / （2024年同期办理. */
const EARLIER_SAID = new RegExp(`^[(（]${EARLIER}([\\u4e00-\\u9fff]{2,6})$`);
/** Where the later count's own words start: the clause's opening mark. */
const CLAUSE_MARK = /[,，;；。:：(（)）\n]/;

/**
 * 受理134件，较上年增长5.9%（上年受理126件）: the earlier count in parentheses said in the later count's own words,
 * those right before it in its clause (受理 in 全年受理行政复议申请134件). Other words (（上年办结126件）) count
 * something else.
 */
function earlierInOwnWords(joined: JoinedText, later: Figure, between: string): boolean {
  const said = EARLIER_SAID.exec(between);
  if (!said) return false;
  const before = joined.slice(Math.max(0, later.start - 24), later.start);
  let from = before.length;
  while (from > 0 && !CLAUSE_MARK.test(before[from - 1]!)) from--;
  return before.slice(from).includes(said[1]!);
}

/**
 * The statement of a count, its change and, after them, the earlier count: 查处案件1,286起，同比增长6.3%（上年1,210起）,
 * 受教育群众3,600人次，比上年减少10%，上年为4,200人次, or of a rate: 满意率96%，同比提高4个百分点（上年92%）.
 * Nothing else may stand between them: the parenthesis closes, the clause ends after the earlier count.
 */
function statementEarlierAfter(joined: JoinedText, later: Figure, percent: Figure, earlier: Figure): Statement | undefined {
  const lead = PERCENT_LEAD.exec(joined.slice(later.end, percent.start));
  const between = joined.slice(percent.end, earlier.start);
  if (!lead || !(EARLIER_AFTER.test(between) || earlierInOwnWords(joined, later, between))) return undefined;
  const after = joined.slice(earlier.end, earlier.end + 1);
  const closed = /^[(（]/.test(between) ? /^[)）]/.test(after) : /^[。；;，,]?$/.test(after) && (earlier.unit === later.unit || sameThings(earlier, later));
  return closed ? { earlier, later, percent, direction: DIRECTION_OF.get(lead[1]!)! } : undefined;
}

const TARGET = CHANGES.target;
/** Right before a target rate: 年度目标为 / 目标值. */
const TARGET_BEFORE = new RegExp(`(?:${literalAlternation(TARGET.target)})$`);
/** Between the target rate and the rate reached: ，实际达到 / ，实际. */
const TARGET_ACTUAL = new RegExp(`^[,，]?(?:${literalAlternation(TARGET.actual)})$`);
const TARGET_GAP_OF = new Map<string, Direction>([...TARGET.above.map((w) => [w, 'increase'] as const), ...TARGET.below.map((w) => [w, 'decrease'] as const)]);
/** Between the rate reached and the gap in points, naming the target again: ，高出目标 / ，低于年度目标值. */
const TARGET_GAP = new RegExp(`^[,，]?(${literalAlternation([...TARGET_GAP_OF.keys()])})(?:年度)?目标(?:值)?$`);

/**
 * 网上可办年度目标为95%，实际达到97.2%，高出目标2.2个百分点: a target rate, the rate reached and the gap in
 * points between them, read as a change from the target to the rate reached. The gap must name the target
 * again: 高出2.2个百分点 alone may be measured against last year. `from`: where the words before the target start.
 */
function statementAgainstTarget(joined: JoinedText, target: Figure, actual: Figure, gap: Figure, from: number): Statement | undefined {
  if (!POINTS.has(gap.unit) || !TARGET_BEFORE.test(joined.slice(from, target.start)) || !TARGET_ACTUAL.test(joined.slice(target.end, actual.start))) return undefined;
  const lead = TARGET_GAP.exec(joined.slice(actual.end, gap.start));
  return lead ? { earlier: target, later: actual, percent: gap, direction: TARGET_GAP_OF.get(lead[1]!)! } : undefined;
}

/** Right before a percent that opens the statement: 同比下降 / 较上年增长了 (the counts follow it in parentheses). */
const PERCENT_OPENS = new RegExp(`(?:${literalAlternation(CHANGES.compare)})(${literalAlternation([...DIRECTION_OF.keys()])})(?:了|为)?$`);
/** Between the earlier count and the later one after it, both in the parentheses: ，本年为 / 、今年. */
const LATER_AFTER = new RegExp(`^[,，、](?:${literalAlternation(TABLE_WORDS.years.current)})(?:为|是|[:：])?$`);

/**
 * 物业类诉求同比下降17.8%（上年为1,326件，本年为1,090件）: the change first, then both counts in one parenthesis,
 * the earlier one first, each named by its period. The percent must say what it is compared with (同比, 较上年).
 */
function statementBothAfter(joined: JoinedText, percent: Figure, earlier: Figure, later: Figure): Statement | undefined {
  if (percent.unit !== '%' || earlier.unit !== later.unit) return undefined;
  const lead = PERCENT_OPENS.exec(joined.slice(Math.max(0, percent.start - 12), percent.start));
  if (!lead || !EARLIER_AFTER.test(joined.slice(percent.end, earlier.start)) || !/^[(（]/.test(joined.slice(percent.end, earlier.start))) return undefined;
  if (!LATER_AFTER.test(joined.slice(earlier.end, later.start)) || !/^[)）]/.test(joined.slice(later.end, later.end + 1))) return undefined;
  return { earlier, later, percent, direction: DIRECTION_OF.get(lead[1]!)!, bothAfter: true };
}

/** Between the last earlier count and the first of several percents: ），同比分别增长 / ，分别同比下降. */
const RESPECTIVE_LEAD = new RegExp(
  `^[)）]?[,，]?(?:${literalAlternation(CHANGES.compare)})?分别(?:${literalAlternation(CHANGES.compare)})?(${literalAlternation([...DIRECTION_OF.keys()])})(?:了|为)?$`,
);
/** What joins the percents of a 分别 list: 18.2%和14.8%, 12%、8%, 10%、增长25% (a direction of its own). */
const PERCENT_GLUE = new RegExp(`^[、,，和及与](${literalAlternation([...DIRECTION_OF.keys()])})?(?:了)?$`);

/** A change of a 分别 list and the direction it is stated in. */
interface Respective {
  percent: Figure;
  direction: Direction;
}

/**
 * The percents (or differences: 分别增加44件和35件) of a 分别 list from `figures[p]`, each with its
 * direction: the one after 分别, or its own (同比分别下降10%、增长25%). Undefined when fewer than two.
 */
function respectiveChanges(joined: JoinedText, figures: readonly Figure[], p: number): Respective[] | undefined {
  const lead = p > 0 ? RESPECTIVE_LEAD.exec(joined.slice(figures[p - 1]!.end, figures[p]!.start)) : null;
  if (!lead) return undefined;
  const changes: Respective[] = [{ percent: figures[p]!, direction: DIRECTION_OF.get(lead[1]!)! }];
  for (let k = p + 1; k < figures.length && sameThings(figures[k]!, figures[p]!); k++) {
    const glue = PERCENT_GLUE.exec(joined.slice(figures[k - 1]!.end, figures[k]!.start));
    if (!glue) break;
    changes.push({ percent: figures[k]!, direction: glue[1] ? DIRECTION_OF.get(glue[1])! : changes.at(-1)!.direction });
  }
  return changes.length >= 2 ? changes : undefined;
}

/**
 * 受理286件（2023年242件），审结271件（2023年236件），同比分别增长18.2%和14.8%: the changes after 分别,
 * in order, are those of as many counts right before them, each with its earlier count in parentheses
 * right after it. More pairs than changes (another pair right before), or any other figure among them,
 * and the sentence does not say which change is whose.
 */
function respectiveStatements(joined: JoinedText, figures: readonly Figure[], p: number, from: number): Statement[] | undefined {
  const changes = respectiveChanges(joined, figures, p);
  if (!changes) return undefined;
  const n = changes.length;
  const first = p - 2 * n;
  if (first < 0 || figures[first - 1]?.parenthetical) return undefined;
  const statements: Statement[] = [];
  for (let k = 0; k < n; k++) {
    const [later, earlier] = [figures[first + 2 * k]!, figures[first + 2 * k + 1]!];
    const between = joined.slice(later.end, earlier.start);
    const before = k === 0 ? (first > 0 ? figures[first - 1]!.end : from) : figures[first + 2 * k - 1]!.end;
    if (!earlier.parenthetical || !EARLIER_AFTER.test(between) || !yearsInOrder(joined.slice(before, later.start), between)) return undefined;
    statements.push({ earlier, later, ...changes[k]! });
  }
  return statements;
}

/** Between the current values of a list and the earlier ones: ，上年分别为 / ；2023年同期分别是. */
const EARLIER_LIST_LEAD = new RegExp(`^[,，;；]${EARLIER}分别(?:为|是|有)?$`);
/** What joins the values of a list: 100件、64件. */
const VALUE_GLUE = /^[、,，和及与]$/;
/** Words that make the next count no further item of a list of current values: a comparison, an earlier period, a breakdown. */
const LIST_BREAKS = [...CHANGES.compare, ...CHANGES.earlier, ...PARTS.markers, '分别'];

/**
 * Whether the words between two counts continue one list of current values: a 、 or comma, then at
 * most the next item's name (120件、80件; 建议45件、政协提案60件), no number, period or comparison.
 */
function continuesList(gap: string): boolean {
  return /^[、,，和及与][^\d;；。()（）]*$/.test(gap) && !LIST_BREAKS.some((w) => gap.includes(w));
}

/**
 * 行政复议和行政诉讼案件分别为120件、80件，上年分别为100件、64件，同比分别增长20%、25%: as many current
 * values, then as many earlier ones after 上年分别为 (a semicolon may stand before it), then the changes
 * after 分别, paired in order. A list of current values longer than the earlier one (another count of
 * the same things joined to it right before), and the sentence does not say which are compared.
 */
function listStatements(joined: JoinedText, figures: readonly Figure[], p: number, from: number): Statement[] | undefined {
  const changes = respectiveChanges(joined, figures, p);
  if (!changes) return undefined;
  const n = changes.length;
  const [first, earlierFirst] = [p - 2 * n, p - n];
  if (first < 0) return undefined;
  const gap = (k: number) => joined.slice(figures[k - 1]!.end, figures[k]!.start);
  const before = figures[first - 1];
  // 2024年分别为……，2023年分别为……: the year before the earlier list must be before that of the current one.
  if (!EARLIER_LIST_LEAD.test(gap(earlierFirst)) || !yearsInOrder(joined.slice(before?.end ?? from, figures[first]!.start), gap(earlierFirst))) return undefined;
  for (let k = earlierFirst + 1; k < p; k++) if (!VALUE_GLUE.test(gap(k))) return undefined;
  for (let k = first + 1; k < earlierFirst; k++) if (!continuesList(gap(k))) return undefined;
  if (before && sameThings(before, figures[first]!) && continuesList(gap(first))) return undefined;
  return changes.map((change, k) => ({ later: figures[first + k]!, earlier: figures[earlierFirst + k]!, ...change }));
}

/** The figures of a clause and of the clauses before it in its sentence, in text order, and where the sentence starts. */
function sentenceUpTo(clause: Clause): { figures: Figure[]; start: number } {
  const chain: Figure[][] = [];
  let start = clause.start;
  for (let c: Clause | undefined = clause; c; c = c.previous) {
    chain.unshift(c.figures);
    start = c.start;
  }
  return { figures: chain.flat(), start };
}

/** The last year written in some words (in digits or in Chinese numerals), if any. */
function lastYear(words: string): number | undefined {
  const years = [...words.matchAll(YEAR_OF)];
  return years.length > 0 ? readYear(years.at(-1)![1]!) : undefined;
}

/** Whether the year the first count is of (if stated) is later than the year the second is of (if stated). */
function yearsInOrder(beforeFirst: string, beforeSecond: string): boolean {
  const [first, second] = [lastYear(beforeFirst), lastYear(beforeSecond)];
  return first === undefined || second === undefined || first > second;
}

/** The words that compare with the year before the current one: 同比, 较上年, 比去年同期 … (not 环比). */
const YEAR_BEFORE = CHANGES.compare.filter((w) => w !== '环比');
/** The year an earlier count in parentheses is named by: （2023年为80件）. */
const YEAR_NAMED = /(\d{4}) ?年/;

/**
 * 全年受理申请90件，同比增长12.5%（2023年为80件） in a report on 2025: a change against the year before whose
 * earlier count, in the parentheses after it, is named as another year's. Read only when the sentence names no
 * year before the current count but the report's own, nor does its paragraph before it (2024年工作情况如下。全年……
 * speaks of 2024): the count is then the report year's, and what 同比 compares it with is the year before. Where the
 * year in the parentheses is, the words of the comparison and that year. `text`: the normalized text.
 */
function baseYearSlip(joined: JoinedText, text: string, clause: Clause, i: number, year: number): { start: number; end: number; compare: string; actual: number } | undefined {
  const [later, percent, earlier] = [clause.figures[i]!, clause.figures[i + 1], clause.figures[i + 2]];
  if (!percent || !earlier || percent.unit !== '%' || !earlier.parenthetical) return undefined;
  const compare = YEAR_BEFORE.find((w) => joined.slice(later.end, percent.start).includes(w));
  const between = joined.slice(percent.end, earlier.start);
  const named = compare === undefined ? null : YEAR_NAMED.exec(between);
  if (!named || Number(named[1]) === year - 1 || !statementEarlierAfter(joined, later, percent, earlier)) return undefined;
  const from = Math.min(sentenceUpTo(clause).start, text.lastIndexOf('\n', later.start) + 1);
  const stated = [...joined.slice(from, later.start).matchAll(YEAR_OF)];
  if (stated.some((m) => readYear(m[1]!) !== year)) return undefined;
  const start = joined.move(percent.end, named.index);
  return { start, end: joined.move(start, named[1]!.length), compare: compare!, actual: Number(named[1]) };
}

const DURATIONS: readonly string[] = CHANGES.durations;

/**
 * Two time limits in the same unit (平均办理时限由10个工作日压缩至3.2个工作日), stated exactly. An average
 * is fine here: both ends are the same average. Areas, weights, lengths and volumes are read as counts
 * (see `isMeasured`); other measures (个百分点, 岁) are not.
 */
const sameDurations = (a: Figure, b: Figure) =>
  a.kind === 'measure' && a.unit === b.unit && b.kind === 'measure' && DURATIONS.includes(a.unit) && !a.approximate && !b.approximate && !a.change && !b.change;

/**
 * Two values per the same unit (平均申请材料由3.13个/件压减至1.96个/件, 由600吨/日提高到900吨/日), stated
 * exactly: a value per unit is a value like any other, its change that of the two values.
 */
const samePerUnit = (a: Figure, b: Figure) => isPerUnit(a) && a.unit === b.unit && a.kind === b.kind && !a.approximate && !b.approximate && !a.change && !b.change;

/** An exact count, or an exact measure: one end of a change whose percent or multiple can be computed. */
const exactQuantity = (f: Figure) => exactCount(f) || (isMeasured(f) && !f.approximate && !f.change);

/** A count, an amount or a measure: what a change may be stated in besides a percent, points or a multiple. */
const isQuantity = (f: Figure) => f.kind === 'count' || f.kind === 'amount' || isMeasured(f);

/** A time limit or its change, in a unit of time (15个工作日, 缩短16天). */
const isDuration = (f: Figure) => f.kind === 'measure' && DURATIONS.includes(f.unit);

/**
 * A change stated as a count, a measure or a time (减少9件, 增加1.2万元, 减少108.1亩, 缩短16天): the parser reads it
 * as one with a direction.
 */
const isDifference = (f: Figure) => f.change !== undefined && (isQuantity(f) || isDuration(f));

/** Whether the figures of a statement are plain enough for the arithmetic to be sure. */
function plain(s: Statement): boolean {
  const { percent } = s;
  // Percentage points and 倍 are other units; a percent of rates (办结率从90%提高到95%) may be relative
  // or in points, and approximate figures (约, 余, 近) state no exact change — except one stated as
  // reached (压缩率达75%): a lower bound, which the counts may still fall short of.
  if (percent.kind !== 'rate' || percent.unit !== '%' || (percent.approximate && !reachedRate(percent)) || percent.value < 0) return false;
  return comparable(s);
}

/**
 * Whether the two counts of a statement can be divided: exact counts of the same things, measures in
 * the same unit (亩 and 公顷 are not converted), or time limits and values per unit from … to.
 */
function comparable(s: Statement): boolean {
  const { earlier, later } = s;
  // A time limit or a value per unit is read from … to, or compared with an earlier period's (较上年的38.1小时):
  // compared with a statutory one (较法定时限20个工作日) it is often another kind of limit.
  const periods = s.fromTo === true || s.earlierPeriod === true;
  const same = (exactQuantity(earlier) && exactQuantity(later) && sameThings(earlier, later)) || (periods && (sameDurations(earlier, later) || samePerUnit(earlier, later)));
  return same && (!later.parenthetical || s.bothAfter === true) && earlier.value - halfWidth(earlier) > 0;
}

export const rule = defineRule({
  id: 'change-mismatch',
  meta: {
    severity: 'error',
    family: 'figures',
    fixable: false,
    description: {
      'zh-CN': '增减幅度必须与同一句或表格同一行中给出的前后两个数相符',
      en: 'A stated increase or decrease must agree with the two counts stated in the same sentence or table row',
    },
    messages: {
      increasedBy: {
        'zh-CN': '增加量应为{expected}（{division}），文中为{actual}',
        en: 'The increase should be {expected} ({division}), the text says {actual}',
      },
      decreasedBy: {
        'zh-CN': '减少量应为{expected}（{division}），文中为{actual}',
        en: 'The decrease should be {expected} ({division}), the text says {actual}',
      },
      wasIncreasedBy: {
        'zh-CN': '从{from}到{to}是增加{expected}（{division}），文中写作减少{actual}',
        en: 'From {from} to {to} is an increase of {expected} ({division}), the text says a decrease of {actual}',
      },
      wasDecreasedBy: {
        'zh-CN': '从{from}到{to}是减少{expected}（{division}），文中写作增加{actual}',
        en: 'From {from} to {to} is a decrease of {expected} ({division}), the text says an increase of {actual}',
      },
      increase: {
        'zh-CN': '增幅应为{expected}（{division}），文中为{actual}',
        en: 'The increase should be {expected} ({division}), the text says {actual}',
      },
      decrease: {
        'zh-CN': '降幅应为{expected}（{division}），文中为{actual}',
        en: 'The decrease should be {expected} ({division}), the text says {actual}',
      },
      wasIncrease: {
        'zh-CN': '从{from}到{to}是增长，增幅为{expected}（{division}），文中写作下降{actual}',
        en: 'From {from} to {to} is an increase of {expected} ({division}), the text says a decrease of {actual}',
      },
      wasDecrease: {
        'zh-CN': '从{from}到{to}是下降，降幅为{expected}（{division}），文中写作增长{actual}',
        en: 'From {from} to {to} is a decrease of {expected} ({division}), the text says an increase of {actual}',
      },
      times: {
        'zh-CN': '{to}是{from}的{expected}倍（{division}），文中为{actual}',
        en: '{to} is {expected} times {from} ({division}); the text says {actual}',
      },
      growthTimes: {
        'zh-CN': '从{from}到{to}是原来的{ratio}倍、增长{expected}倍（{division}），文中为增长{actual}',
        en: 'From {from} to {to} is {ratio} times as many, {expected} times more ({division}); the text says {actual} more',
      },
      doubling: {
        'zh-CN': '从{from}到{to}是原来的{expected}倍（{division}），不是“{actual}”所说的{times}倍',
        en: 'From {from} to {to} is {expected} times as many ({division}), not the {times} times “{actual}” says',
      },
      directions: {
        'zh-CN': '“{summary}”与所列的{total}项变化不符：其中上升{up}项、下降{down}项，请核对',
        en: '"{summary}" does not match the {total} changes it tallies: {up} up and {down} down',
      },
      baseYear: {
        'zh-CN': '“{compare}”比较的是{expected}年，括号中的基数却是{actual}年的：请核对年份或增减幅度',
        en: '"{compare}" compares with {expected}, but the base in parentheses is of {actual}: check the year or the change',
      },
      rateInPercent: {
        'zh-CN': '比率的增减应以百分点计：从{from}到{to}{verb}{expected}（{division}），相对{verb}{relative}；文中为{actual}',
        en: 'A change of a rate is stated in percentage points: from {from} to {to} is {expected} ({division}), {relative} relative; the text says {actual}',
      },
    },
  },
  check(tree, ctx) {
    // The words between the figures are read through a line break that cuts their sentence.
    const joined = joinedText(tree);
    /** Whether a judgement finds the statement wrong: a change of the other direction, or another value than written. */
    const wrong = (s: Statement, found: Judgement | undefined): found is Judgement =>
      !!found && (found.opposite === true || found.expected !== joined.slice(s.percent.start, s.percent.end));
    const report = (s: Statement, found: Judgement | undefined) => {
      if (!wrong(s, found)) return;
      const { start, end } = s.percent;
      ctx.report({ messageId: found.messageId, data: { ...found.data, actual: joined.slice(start, end, tree.source.text) }, start, end });
    };
    /**
     * The statement three consecutive figures make, if any, reported when it is wrong. `from`: where the
     * words before the first start; `statedFor`: the values of earlier years before them, if any.
     */
    const checkThree = (first: Figure, second: Figure, third: Figure, from: number, statedFor?: StatedFor, totalOfFirst?: Figure) => {
      // Most figures are no change: the statement is looked for only around one.
      let s: Statement | undefined;
      if (third.unit === '%' || POINTS.has(third.unit)) s = statement(joined, first, second, third, from, statedFor);
      else if (third.kind === 'multiple') s = statement(joined, first, second, third, from, statedFor) ?? timesStatement(joined, first, second, third);
      // The earlier rate after the change is in % too (提高4个百分点（上年92%）): tried when no frame above reads the three.
      if (!s && (second.unit === '%' || POINTS.has(second.unit) || isDifference(second))) s = statementEarlierAfter(joined, first, second, third);
      if (!s && isDifference(third)) s = statement(joined, first, second, third, from, statedFor);
      if (!s && first.change) s = changeBeforeFromTo(joined, first, second, third);
      if (!s) s = statementBothAfter(joined, first, second, third);
      if (!s) s = statementAgainstTarget(joined, first, second, third, from);
      if (!s) return;
      s = { ...s, later: asReached(tree.normalized, s.later) };
      const found = judgement(s);
      // 受理投诉120件，其中涉企投诉30件，较上年的100件增长20%: a change after a 其中 part may be its total's;
      // the sentence does not say, and the total's reading agrees.
      if (wrong(s, found) && totalOfFirst && s.later === first && !wrong(s, judgement({ ...s, later: totalOfFirst }))) return;
      report(s, found);
    };
    for (const clause of figureClauses(tree)) {
      const figures = clause.figures;
      for (let i = 0; i + 2 < figures.length; i++) {
        const statedFor = (year: number) => statedForYear(joined, figures, i, clause.start, year);
        const from = i > 0 ? figures[i - 1]!.end : clause.start;
        checkThree(figures[i]!, figures[i + 1]!, figures[i + 2]!, from, statedFor, totalOfPart(clause, i));
        const slip = tree.meta.year === undefined ? undefined : baseYearSlip(joined, tree.normalized, clause, i, tree.meta.year);
        if (slip) ctx.report({ messageId: 'baseYear', data: { compare: slip.compare, expected: tree.meta.year! - 1, actual: slip.actual }, start: slip.start, end: slip.end });
        const fromDifference = statementFromDifference(joined, tree.normalized, clause, i);
        if (fromDifference) report(fromDifference, withDifference(judgement(fromDifference), fromDifference, figures[i + 1]!));
        // 较上年的38.5公里增加8.3公里，增长21.6%: the change stated twice, the percent after the difference.
        const [third, fourth] = [figures[i + 2]!, figures[i + 3]];
        if (fourth?.unit !== '%' || !isDifference(third)) continue;
        const byDifference = statement(joined, figures[i]!, figures[i + 1]!, third, from, statedFor);
        const s = byDifference && percentAfterDifference(joined, byDifference, fourth);
        if (s) report(s, judgement(s));
      }
      for (let i = 0; i + 1 < figures.length; i++) {
        const namedLater = statementNamedLater(joined, clause, i);
        if (namedLater) report(namedLater, judgement(namedLater));
        const comparedWith = i > 0 ? statementComparedWith(joined, clause, i) : undefined;
        if (!comparedWith) continue;
        report(comparedWith, judgement(comparedWith));
        // 与上年的241件相比，增加45件，增长18.7%: the percent after the difference is of the same change.
        const next = figures[i + 2];
        const byPercent = next?.unit === '%' && isDifference(comparedWith.percent) ? percentAfterDifference(joined, comparedWith, next) : undefined;
        if (byPercent) report(byPercent, judgement(byPercent));
      }
      // Two years' statements are often a clause each (……优良率72.5%；2023年，……优良率75.1%，
      // 上升2.6%): the last figure of the clause before may open the three. Only the year-by-year frame
      // pairs it: every other frame wants a comma or nothing, never a semicolon, between the figures.
      const before = clause.previous?.figures;
      if (before && figures.length >= 2) {
        const n = before.length;
        checkThree(before[n - 1]!, figures[0]!, figures[1]!, n > 1 ? before[n - 2]!.end : clause.previous!.start);
      }
      figures.forEach((f, p) => {
        // The label is the words right before the change: most have no 分别 and are passed by.
        if ((f.unit !== '%' && !isDifference(f)) || !f.label.includes('分别')) return;
        for (const s of respectiveStatements(joined, figures, p, clause.start) ?? []) report(s, judgement(s));
        // The lists of current and earlier values may stand on either side of a semicolon.
        const sentence = sentenceUpTo(clause);
        for (const s of listStatements(joined, sentence.figures, sentence.figures.indexOf(f), sentence.start) ?? []) report(s, judgement(s));
      });
      checkDoublings(tree, ctx, joined, clause);
    }
    eachWithSentenceBefore(joined, figureClauses(tree), (clause, sentenceBefore) => {
      const s = statementOnSentenceBefore(joined, clause, sentenceBefore);
      if (s) report(s, s.earlierHalfWidth === undefined ? judgement(s) : withDifference(judgement(s), s, clause.figures[0]!));
    });
    checkTables(tree, ctx);
    checkDirectionSummaries(tree, ctx);
  },
});

/** A tally of directions (两降四升, 三升一降, 一增一减): a number of one direction, then a number of the other. */
const DIRECTION_SUMMARY = /([一二两三四五六七八九十])([升增降减])([一二两三四五六七八九十])([升增降减])/g;
const UP = new Set(['升', '增']);

/**
 * “两降四升”的良好态势 after the changes it tallies (刑事立案数（同比下降13.4%）、……（同比上升4.6%）……): its two numbers
 * must be those of the changes listed before it in its sentence — or after it, when none is before. Only when
 * the list holds as many changes as the tally names, every one of a direction (同比 alone names none): a sentence
 * listing other changes too does not say which ones are tallied.
 */
function checkDirectionSummaries(tree: ReportTree, ctx: Ctx): void {
  for (const sentence of figuresOf(tree)) {
    const words = sentence.text;
    // Most sentences tally nothing: the pattern's last character is looked for first.
    if (!/[升增降减]/.test(words)) continue;
    DIRECTION_SUMMARY.lastIndex = 0;
    let from = sentence.start;
    for (let m = DIRECTION_SUMMARY.exec(words); m; m = DIRECTION_SUMMARY.exec(words)) {
      const [summary, n1, d1, n2, d2] = m as unknown as [string, string, string, string, string];
      if (UP.has(d1) === UP.has(d2)) continue;
      const start = sentence.start + m.index;
      const before = sentence.figures.filter((f) => f.change !== undefined && f.start >= from && f.end <= start);
      const changes = before.length > 0 ? before : sentence.figures.filter((f) => f.change !== undefined && f.start >= start + summary.length);
      from = start + summary.length;
      if (changes.some((f) => f.change === 'change')) continue;
      const up = changes.filter((f) => f.change === 'increase').length;
      const down = changes.length - up;
      const [stated1, stated2] = [parseChineseNumeral(n1), parseChineseNumeral(n2)];
      if (stated1 + stated2 !== changes.length) continue;
      const statedUp = UP.has(d1) ? stated1 : stated2;
      if (statedUp === up) continue;
      ctx.report({ messageId: 'directions', data: { summary, total: changes.length, up, down }, start, end: start + summary.length });
    }
  }
}

const POINTS = new Set(['个百分点', '百分点']);

/**
 * A count stated as reached (企业数量达到412家，较上年的356家增长17.5%; 达到15场，同比增加3场), read as the
 * year's own count: 达 says how far the count got, and a change against an earlier count, or a difference
 * from it, is the change of it. Not when another word makes it approximate too (达到560件以上, 达1200余人),
 * nor for a rate (满意度达96.5% is a bound: see `reachedRate`). `text`: the normalized text the figure is in.
 */
function asReached(text: string, f: Figure): Figure {
  if ((f.kind !== 'count' && f.kind !== 'amount') || !REACHED.includes(f.marker ?? '')) return f;
  const { inside, after } = approximationOf(text, f);
  return inside || after ? f : { ...f, approximate: false, marker: undefined };
}

/**
 * A judgement of a change whose earlier count is the later one less the difference (statementFromDifference):
 * the division shows the difference stated (3÷(15-3)), the earlier count being written nowhere.
 */
function withDifference(found: Judgement | undefined, s: Statement, difference: Figure): Judgement | undefined {
  if (!found) return undefined;
  const sign = s.direction === 'increase' ? '-' : '+';
  return { ...found, data: { ...found.data, division: `${shown(difference)}÷(${shown(s.later)}${sign}${shown(difference)})` } };
}

/** What is wrong with a statement, if anything, by what it states: a multiple, points, a difference or a percent. */
function judgement(s: Statement): Judgement | undefined {
  const stated = s.percent;
  if (stated.kind === 'multiple') return plainMultiple(s) ? judgeMultiple(s, stated.value, stated.precision) : undefined;
  if (POINTS.has(stated.unit)) return plainPoints(s) ? judgePoints(s) : undefined;
  // The second difference of a 分别 list (分别增加44件和35件) has no direction of its own.
  if (isQuantity(stated) || isDuration(stated)) return plainDifference(s) ? judgeDifference(s) : undefined;
  return plain(s) ? judge(s) : plainRatePercent(s) ? judgeRatePercent(s) : undefined;
}

/**
 * 由上年的48件增加至60件，增加12件: a difference in the unit of its two counts (增加2家 after counts in
 * 件 is of other things), each figure standing for a known interval (1.2万, 20余, 108.1亩; not 约, 近).
 */
function plainDifference(s: Statement): boolean {
  const { earlier, later, percent: difference } = s;
  const ranged = endRange(earlier) && endRange(later) && differenceRange(difference);
  return !!ranged && sameThings(earlier, later) && sameThings(later, difference) && sameThings(earlier, difference) && !later.parenthetical;
}

/**
 * The interval a time stands for, rounded at its last written decimal (3.5小时 is 3.45…3.55): an average, as
 * time limits often are, is fine when both ends and the difference are (平均办理周期由68天缩短至52天，缩短16天).
 */
const timeRange = (f: Figure) => (f.approximate ? undefined : { low: f.value - halfDecimal(f), high: f.value + halfDecimal(f) });
const halfDecimal = (f: Figure) => (f.scale * 10 ** -f.precision) / 2;
/** The interval an end of a change stands for: a count, a measure or a time. */
const endRange = (f: Figure) => (isDuration(f) ? (f.change ? undefined : timeRange(f)) : countRange(f));
/** The interval a difference stands for: of counts, measures or times. */
const differenceRange = (f: Figure) => (isDuration(f) ? timeRange(f) : rangeOf(f));

/** Slack for sums of amounts in yuan read from 万 and 亿: far below any stated unit. */
const SLACK = 1e-6;

/**
 * What is wrong with a difference stated as a count, if anything: the later count less the earlier,
 * in the stated direction, over every value the three figures stand for (1.2万 is 11500…12500, 20余 is
 * 20…30). The finding gives the difference of the counts as written, or, of counts above a round
 * number (4200余), the values it may take.
 */
function judgeDifference(s: Statement): Judgement | undefined {
  const { earlier, later, percent: stated } = s;
  const [e, l, d] = [endRange(earlier)!, endRange(later)!, differenceRange(stated)!];
  const [low, high] = [l.low - e.high, l.high - e.low];
  const [lo, hi] = s.direction === 'increase' ? [low, high] : [-high, -low];
  const opposite = hi < -SLACK;
  if (!opposite && d.low <= hi + SLACK && d.high >= lo - SLACK) return undefined;
  const rising = later.value > earlier.value;
  const expected =
    earlier.approximate || later.approximate
      ? `${differenceText(rising ? Math.max(low, 0) : Math.max(-high, 0), stated, '')}至${differenceText(rising ? high : -low, stated)}`
      : differenceText(Math.abs(later.value - earlier.value), stated);
  const [from, to] = [asWritten(earlier), asWritten(later)];
  const division = rising ? `${to}-${from}` : `${from}-${to}`;
  const messageId = opposite ? (rising ? 'wasIncreasedBy' : 'wasDecreasedBy') : s.direction === 'increase' ? 'increasedBy' : 'decreasedBy';
  return { messageId, opposite, expected, data: { expected, division, from: from + earlier.unit, to: to + later.unit } };
}

/** A count as the finding shows it, with 余 or 多 when it is above a round number (4200余). */
const asWritten = (f: Figure) => shown(f) + (f.approximate ? (f.marker ?? '') : '');

/**
 * A difference as the stated one is written: with its multiplier and decimals (1.3万件, 0.25万元), or as
 * a whole number when it has none (3000件 between 1.2万件 and 1.5万件). `unit`: none for the first end of
 * a range (400至500件).
 */
function differenceText(value: number, stated: Figure, unit = stated.unit): string {
  const multiplier = writtenMultiplier(stated);
  return formatDecimal(value / (multiplier ? stated.scale : 1), stated.precision) + multiplier + unit;
}

/**
 * 败诉率15.9%，较上年的18.3%下降2.4个百分点: a change in points between two rates both stated in
 * percent, exact ones (约, 以上 state no value to subtract from). The later rate may be stated as
 * reached (满意度达96.5%，较上年的93.2%提升2.3个百分点): a bound, it may be more, which still rules out
 * a rise smaller than the two values give (see `pointsReading`).
 */
function plainPoints(s: Statement): boolean {
  const later = (exactRate(s.later) || reachedRate(s.later)) && !s.later.parenthetical;
  return exactRate(s.earlier) && later && !s.percent.approximate && s.percent.value >= 0;
}

/** A rate stated in percent as reached (达96.5%, 达到96.5%): a lower bound of what it was. */
function reachedRate(f: Figure): boolean {
  return f.kind === 'rate' && f.unit === '%' && REACHED.includes(f.marker ?? '');
}

/** A rate stated in percent with its value (约, 以上 state none). */
function exactRate(f: Figure): boolean {
  return f.kind === 'rate' && f.unit === '%' && !f.approximate;
}

/**
 * Whether both ends of a statement are exact rates, the later one not in parentheses (a rate there is
 * a note on something else); the earlier may be, as counts' may: 提高4个百分点（上年92%）.
 */
function ratesOf(s: Statement): boolean {
  return exactRate(s.earlier) && exactRate(s.later) && !s.later.parenthetical;
}

/** 结案率由92.1%提高到95.3%，提高3.2%: a change between two exact rates stated in percent. */
function plainRatePercent(s: Statement): boolean {
  return ratesOf(s) && s.percent.unit === '%' && !s.percent.approximate && s.percent.value >= 0 && s.earlier.value > 0;
}

/**
 * What is wrong with a change of a rate stated in percent, if anything. Relative to the earlier rate
 * (92.1% → 95.3% is 3.47% up) it may be right; anything else is wrong whichever way it was meant: the
 * difference of the rates written with “%” (提高3.2%) is the mix-up of 百分点 and 百分比 that the
 * statistical writing rules forbid, and other values match neither reading.
 */
function judgeRatePercent(s: Statement): Judgement | undefined {
  const { earlier, later, percent } = s;
  const sign = s.direction === 'increase' ? 1 : -1;
  // Each rate stands for the values it rounds from (92.1% is 92.05%…92.15%).
  const half = (f: Figure) => 10 ** -f.precision / 2;
  const ends = [((later.value - half(later)) / (earlier.value + half(earlier)) - 1) * 100 * sign, ((later.value + half(later)) / (earlier.value - half(earlier)) - 1) * 100 * sign];
  const [lo, hi] = [Math.min(...ends), Math.max(...ends)];
  if (hi >= 0 && writtenFrom(percent.value, percent.precision, lo, hi, 'either')) return undefined;
  const points = pointsReading(s, Math.max(earlier.precision, later.precision), '个百分点').judgement;
  if (points.opposite) return points;
  const relative = formatDecimal((Math.abs(later.value - earlier.value) / earlier.value) * 100, Math.max(percent.precision, 1), 'round') + '%';
  const verb = later.value > earlier.value ? '提高' : '下降';
  return { ...points, messageId: 'rateInPercent', data: { ...points.data, relative, verb } };
}

/** What is wrong with a change in points, if anything: the difference of the two rates, each within its rounding. */
function judgePoints(s: Statement): Judgement | undefined {
  const { judgement, matches } = pointsReading(s, s.percent.precision, s.percent.unit);
  return matches ? undefined : judgement;
}

/** The statement's percent read as the difference of its two rates, and whether it is that difference; `expected` is written with `decimals` and `unit`. */
function pointsReading(s: Statement, decimals: number, unit: string): { judgement: Judgement; matches: boolean } {
  const { earlier, later, percent } = s;
  const difference = (later.value - earlier.value) * (s.direction === 'increase' ? 1 : -1);
  // 15.9% stands for 15.85…15.95: the difference may be taken before the rates were rounded.
  const slack = (10 ** -earlier.precision + 10 ** -later.precision) / 2;
  // A later rate stated as reached may be more: a rise may be larger, a fall smaller (even a rise).
  const reached = reachedRate(later);
  const opposite = difference + slack < 0 && !(reached && s.direction === 'increase');
  const [lo, hi] = !reached ? [difference - slack, difference + slack] : s.direction === 'increase' ? [difference - slack, Infinity] : [-Infinity, difference + slack];
  const matches = !opposite && writtenFrom(percent.value, percent.precision, lo, hi, 'either');
  const expected = formatDecimal(Math.abs(later.value - earlier.value), decimals, 'round') + unit;
  const rising = later.value > earlier.value;
  const division = rising ? `${shown(later)}%-${shown(earlier)}%` : `${shown(earlier)}%-${shown(later)}%`;
  const messageId = opposite ? (rising ? 'wasIncrease' : 'wasDecrease') : s.direction;
  return { judgement: { messageId, opposite, expected, data: { expected, division, from: shown(earlier) + '%', to: shown(later) + '%' } }, matches };
}

type Judgement = {
  messageId:
    | 'increase'
    | 'decrease'
    | 'wasIncrease'
    | 'wasDecrease'
    | 'increasedBy'
    | 'decreasedBy'
    | 'wasIncreasedBy'
    | 'wasDecreasedBy'
    | 'rateInPercent'
    | 'times'
    | 'growthTimes'
    | 'doubling';
  opposite: boolean;
  expected: string;
  data: Record<string, string>;
};

/** Between the later count and the earlier one of 是……的N倍: ，是上年的 / ，是上年（ / ，相当于2023年. */
const TIMES_EARLIER = new RegExp(`^[,，]?(?:是|为|相当于)${EARLIER}的?[(（]?$`);
/** Between the earlier count and the multiple: 的 (是上年3万件的1.5倍), or ）的 (是上年（48件）的2.5倍). */
const TIMES_OF = /^[)）]?的$/;

/** 受理4.5万件，是上年3万件的1.5倍: the later count, the earlier one, and the multiple that is their ratio. */
function timesStatement(joined: JoinedText, later: Figure, earlier: Figure, multiple: Figure): Statement | undefined {
  const before = joined.slice(later.end, earlier.start);
  const after = joined.slice(earlier.end, multiple.start);
  // A parenthesis opened before the earlier count must close right after it.
  if (!TIMES_EARLIER.test(before) || !TIMES_OF.test(after) || /[(（]$/.test(before) !== /^[)）]/.test(after)) return undefined;
  return { earlier, later, percent: multiple, direction: 'increase', times: true };
}

/** 增长2倍多, 是上年的3倍以上: words after 倍 that the parser leaves in the tail make the multiple approximate. */
const MORE_THAN = /^(?:多|余|有余|以上|左右)/;

/** A multiple that states a ratio: exact, and a growth (增长2倍) only upwards; the counts plain. */
function plainMultiple(s: Statement): boolean {
  const multiple = s.percent;
  if (multiple.approximate || MORE_THAN.test(multiple.tail) || multiple.average || multiple.value <= 0) return false;
  return (s.times === true || s.direction === 'increase') && comparable(s);
}

/**
 * What is wrong with a multiple of the earlier count, if anything. 是……的N倍 is the ratio (later ÷
 * earlier); 增长N倍 is strictly the ratio less one (×3.5 for 增长2.5倍), but many drafters write it for
 * the ratio itself, so either reading is accepted. Each at the multiple's decimals, rounded or
 * truncated, over every value the counts can stand for (3万 is 2.95万…3.05万).
 */
function judgeMultiple(s: Statement, stated: number, decimals: number): Judgement | undefined {
  const { earlier, later } = s;
  const lo = (later.value - halfWidth(later)) / (earlier.value + halfWidth(earlier));
  const hi = (later.value + halfWidth(later)) / (earlier.value - halfWidth(earlier));
  const fits = (less: number) => writtenFrom(stated, decimals, lo - less, hi - less, 'either');
  if (fits(0) || (!s.times && fits(1))) return undefined;
  // A whole multiple (增长2倍) is shown with a decimal: the ratio is seldom whole.
  const shownDecimals = Math.max(decimals, 1);
  const ratio = formatDecimal(later.value / earlier.value, shownDecimals, 'round');
  const data = { division: `${shown(later)}÷${shown(earlier)}`, from: shown(earlier) + earlier.unit, to: shown(later) + later.unit };
  if (s.times) return { messageId: 'times', opposite: false, expected: ratio + '倍', data: { ...data, expected: ratio } };
  const growth = formatDecimal(later.value / earlier.value - 1, shownDecimals, 'round');
  return { messageId: 'growthTimes', opposite: false, expected: growth + '倍', data: { ...data, expected: growth, ratio } };
}

/**
 * 翻了一番, 翻两番 right after the two counts of a change: ×2, ×4. 近翻一番 or 翻一番多 states no exact
 * multiple, and is not matched (nothing but 同比 or 实现 may stand before 翻).
 */
const DOUBLING = /^[,，]?(?:同比)?(?:实现了?)?(翻了?([一两二三])番)(?![多余以])/;
/** How far after the later count 翻N番 is looked for: “，同比实现了翻两番”. */
const DOUBLING_REACH = 12;

/**
 * 由8项增加至16项，翻了一番: the counts of a change from … to or compared with, then 翻N番, which says
 * the later is 2ⁿ times the earlier — read as that multiple written with one decimal (翻一番 is 2.0倍:
 * from 1.95 to 2.1 times).
 */
function checkDoublings(tree: ReportTree, ctx: Ctx, joined: JoinedText, clause: Clause): void {
  const figures = clause.figures;
  for (let i = 0; i + 1 < figures.length; i++) {
    const [first, second] = [figures[i]!, figures[i + 1]!];
    const words = DOUBLING.exec(joined.slice(second.end, Math.min(joined.move(second.end, DOUBLING_REACH), clause.end)));
    if (!words) continue;
    const pair = pairOf(joined, first, second, i > 0 ? figures[i - 1]!.end : clause.start);
    if (!pair || pair.verb === 'decrease') continue;
    const times = 2 ** parseChineseNumeral(words[2]!);
    const s: Statement = { ...pair, percent: second, direction: 'increase', times: true };
    if (!comparable(s)) continue;
    const found = judgeMultiple(s, times, 1);
    if (!found) continue;
    const start = joined.move(second.end, words[0]!.length - words[1]!.length);
    const end = joined.move(start, words[1]!.length);
    ctx.report({ messageId: 'doubling', data: { ...found.data, times: String(times), actual: joined.slice(start, end, tree.source.text) }, start, end });
  }
}

/** What is wrong with a statement's percent, if anything: the arithmetic prose and tables share. */
function judge(s: Statement): Judgement | undefined {
  const { earlier, later, percent } = s;
  // The change in percent of the earlier count, over every value the two counts can stand for
  // (3.96万 is 39550…39650), in the stated direction: negative when the counts go the other way.
  const sign = s.direction === 'increase' ? 1 : -1;
  const earlierHalf = s.earlierHalfWidth ?? halfWidth(earlier);
  const ends = [
    ((later.value - halfWidth(later)) / (earlier.value + earlierHalf) - 1) * 100 * sign,
    ((later.value + halfWidth(later)) / (earlier.value - earlierHalf) - 1) * 100 * sign,
  ];
  const [lo, hi] = [Math.min(...ends), Math.max(...ends)];
  const opposite = hi < 0;
  // A change stated as reached (降幅达47.4%) is right whenever the counts give at least as much.
  if (!opposite && writtenFrom(percent.value, percent.precision, reachedRate(percent) ? -Infinity : lo, hi, 'either')) return undefined;
  const expected = formatDecimal((Math.abs(later.value - earlier.value) / earlier.value) * 100, percent.precision, 'round') + '%';
  const rising = later.value > earlier.value;
  const division = rising ? `(${shown(later)}-${shown(earlier)})÷${shown(earlier)}` : `(${shown(earlier)}-${shown(later)})÷${shown(earlier)}`;
  return {
    messageId: opposite ? (rising ? 'wasIncrease' : 'wasDecrease') : s.direction,
    opposite,
    expected,
    data: { expected, division, from: shown(earlier) + earlier.unit, to: shown(later) + later.unit },
  };
}

const INCREASE_HEADINGS = new Set(TABLE_WORDS.change.increase);
const DECREASE_HEADINGS = new Set(TABLE_WORDS.change.decrease);

const CURRENT_YEAR = new Set(TABLE_WORDS.years.current);
const PREVIOUS_YEAR = new Set(TABLE_WORDS.years.previous);

/**
 * | 指标 | 2023年 | 2024年 | 同比 |: a group's two year columns and its one column of changes, when it
 * has exactly those; the direction an unsigned percent under that heading has. A group is the columns
 * under one merged cell of a header of two rows (案件数 over 本年 | 上年 | 同比), or those under none.
 */
function changeColumns(table: Table, group: Heading | undefined): { earlier: number; later: number; change: number; direction: Direction } | undefined {
  const changes = columnsWhere(table, (h) => h.group === group && (INCREASE_HEADINGS.has(h.name) || DECREASE_HEADINGS.has(h.name)));
  const years = yearColumns(table, group);
  if (!years || changes.length !== 1) return undefined;
  const change = changes[0]!;
  return { ...years, change, direction: DECREASE_HEADINGS.has(table.columns[change]!.name) ? 'decrease' : 'increase' };
}

/** A group's earlier and later year columns: two years (2023年 | 2024年, in either order), or 上年 and 本年, and no other. */
function yearColumns(table: Table, group: Heading | undefined): { earlier: number; later: number } | undefined {
  const years = columnsWhere(table, (h) => h.group === group && h.year !== undefined);
  const current = columnsWhere(table, (h) => h.group === group && CURRENT_YEAR.has(h.name));
  const previous = columnsWhere(table, (h) => h.group === group && PREVIOUS_YEAR.has(h.name));
  if (years.length === 0 && current.length === 1 && previous.length === 1) return { earlier: previous[0]!, later: current[0]! };
  if (years.length !== 2 || current.length + previous.length > 0) return undefined;
  const [a, b] = years as [number, number];
  const yearOf = (c: number) => table.columns[c]!.year!;
  if (yearOf(a) === yearOf(b)) return undefined;
  return yearOf(a) < yearOf(b) ? { earlier: a, later: b } : { earlier: b, later: a };
}

/**
 * A change cell as a statement's percent and direction: its word (下降9.9%) first, else its sign
 * (-20% is a decrease of 20%), else its heading's direction (同比 25% is an increase).
 */
function cellChange(cell: Figure, headingDirection: Direction): { percent: Figure; direction: Direction } {
  const direction = cell.change === 'increase' || cell.change === 'decrease' ? cell.change : cell.value < 0 ? 'decrease' : headingDirection;
  return { percent: cell.value < 0 ? { ...cell, value: -cell.value } : cell, direction };
}

/** | 行政复议案件（件） | 100 | 120 | 增长25% |: each row's change against its two years' counts, group by group. */
function checkTables(tree: ReportTree, ctx: Ctx): void {
  for (const table of tablesOf(tree)) {
    for (const group of columnGroups(table)) {
      const columns = changeColumns(table, group);
      if (!columns) continue;
      const difference = DIFFERENCE_HEADINGS.has(table.columns[columns.change]!.name);
      table.rows.forEach((_, row) =>
        checkCell(tree, ctx, cellFigure(table, row, columns.earlier), cellFigure(table, row, columns.later), cellFigure(table, row, columns.change), columns.direction, difference),
      );
    }
    checkSequential(tree, ctx, table);
  }
}

/**
 * What is wrong with a change cell, if anything. A cell in points (提高0.7个百分点) says how the change of two
 * rates is taken; one in percent does not. A count or an amount in the row's unit under a heading of a
 * difference (增减 +24) is the later count less the earlier; under 同比 a number without its percent sign
 * may be a percent, and is not read.
 */
function cellJudgement(s: Statement, differenceHeading: boolean): Judgement | undefined {
  if (POINTS.has(s.percent.unit)) return plainPoints(s) ? judgePoints(s) : undefined;
  if (isQuantity(s.percent)) return differenceHeading && plainDifference(s) ? judgeDifference(s) : undefined;
  return plain(s) ? judge(s) : undefined;
}

const DIFFERENCE_HEADINGS = new Set(TABLE_WORDS.change.difference);

/** A change cell against the two counts it compares, reported when it disagrees with them. */
function checkCell(tree: ReportTree, ctx: Ctx, earlier: Figure | undefined, later: Figure | undefined, cell: Figure | undefined, headingDirection: Direction, differenceHeading = false): void {
  // A negative under a decrease heading (降幅 -5%) says the direction twice over: not read.
  if (!earlier || !later || !cell || (cell.value < 0 && (cell.change || headingDirection === 'decrease'))) return;
  const { percent, direction } = cellChange(cell, headingDirection);
  const s: Statement = { earlier, later, percent, direction };
  const found = cellJudgement(s, differenceHeading);
  if (!found || (!found.opposite && found.expected === tree.normalized.slice(cell.start, cell.end))) return;
  // 文中写作增加2, not 增加+2: the message names the direction the sign gave.
  const written = tree.source.text.slice(cell.start, cell.end);
  ctx.report({ messageId: found.messageId, data: { ...found.data, actual: found.opposite ? written.replace(/^\+/, '') : written }, start: cell.start, end: cell.end });
}

const SEQUENTIAL_HEADINGS = new Set(TABLE_WORDS.change.sequential);
/** A row named for a period of a year: 第一季度, 二季度, 3月, 3月份. */
const PERIOD = /^(?:第?([一二三四1-4])季度|(\d{1,2})月份?)$/;

/** Where a period row stands in its year (quarter or month), to tell that one row follows the other. */
function periodOf(name: string): { kind: 'quarter' | 'month'; n: number } | undefined {
  const m = PERIOD.exec(name);
  if (!m) return undefined;
  return m[1] ? { kind: 'quarter', n: /\d/.test(m[1]) ? Number(m[1]) : parseChineseNumeral(m[1]) } : { kind: 'month', n: Number(m[2]) };
}

/**
 * | 季度 | 办件量（万件） | 环比 |: a column of changes over the period before (环比), right after the
 * column it compares, each row against the row above — read only where both rows are named for
 * consecutive periods (第二季度 after 第一季度, 4月 after 3月). Rows of fields or bodies are compared with
 * their own previous period, which the table does not give.
 */
function checkSequential(tree: ReportTree, ctx: Ctx, table: Table): void {
  for (const change of columnsWhere(table, (h) => SEQUENTIAL_HEADINGS.has(h.name))) {
    const counts = change - 1;
    if (counts < 1) continue;
    for (let row = 1; row < table.rows.length; row++) {
      const [before, now] = [periodOf(table.rows[row - 1]!.heading.name), periodOf(table.rows[row]!.heading.name)];
      if (!before || !now || before.kind !== now.kind || now.n !== before.n + 1) continue;
      checkCell(tree, ctx, cellFigure(table, row - 1, counts), cellFigure(table, row, counts), cellFigure(table, row, change), 'increase');
    }
  }
}
