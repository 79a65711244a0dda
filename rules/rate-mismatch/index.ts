import { defineRule, Type } from '@reportlint/core';
import type { RuleContext } from '@reportlint/core';
import { approximationOf, joinedText, tablesOf } from '@reportlint/parser';
import type { Figure, JoinedText, ReportTree, Table } from '@reportlint/parser';
import {
  allDoneAfter,
  askedVerb,
  chainBefore,
  closedWord,
  divisionShown,
  doneOnly,
  eachWithSentenceBefore,
  exactCount,
  expectedRate,
  gradeBefore,
  figureClauses,
  findTotal,
  firstOfSentence,
  isOutcome,
  joinClauses,
  keepsToSentenceBefore,
  boundContradicted,
  labelNames,
  MAX_FIGURES_BACK,
  namedAfter,
  namedBeforeList,
  objectAfter,
  ofSameSubject,
  opensGoingOn,
  openingFrame,
  PARTS,
  pendingWord,
  plainGap,
  possibleTotals,
  quantityOf,
  quotientAgrees,
  quotientText,
  rangedCount,
  rateEntry,
  rateName,
  REACHED,
  RECEIVED,
  receivedRequest,
  sameThings,
  sentenceCounting,
  shown,
  tolerance,
  totalOpening,
  WAYS,
  tailIs,
  within,
  withoutLeads,
} from '../shared/figures.js';
import type { Clause, Quantity, RateEntry, Role, Rounding, SentenceBefore } from '../shared/figures.js';
import { codeTable } from '../shared/code-table.js';
import { isHan } from '../shared/ranges.js';
import { columnsWhere, cellFigure, isBreakdown, isDerivedRow, isSubtotalName, isTotalName, namesRows, rowName, shortRateName, TABLE_WORDS } from '../shared/tables.js';
import { correctionRate, outcomeReading } from './corrections.js';
import { checkAverages } from './averages.js';
import { checkRatios } from './ratios.js';
import { checkShares } from './shares.js';
import { meritsDivisions } from './merits.js';
import { noWholePart } from './whole-alone.js';

const schema = Type.Object(
  {
    rounding: Type.Union([Type.Literal('either'), Type.Literal('round'), Type.Literal('truncate')], {
      default: 'either',
      description:
        'How a rate may be cut to its stated decimals: "round" (half up), "truncate" (cut off), or "either" (accept both; 657÷664 = 98.9457… may be written 98.95% or 98.94%).',
    }),
  },
  { additionalProperties: false },
);


/** What a rate is computed from, as the sentence states it. */
interface Reading {
  numerator: Quantity;
  total: Quantity;
  /** Other totals the sentence leaves open; the rate is right if any of them gives it. */
  others: Quantity[];
  /** How the message shows the division: "13649÷13785", "(30-2)÷30", "352÷390至352÷380". */
  shown: string;
  /** A count is stated above a round number (380余件): the counts allow a range of rates, not one. */
  ranged?: boolean;
  /** The division is written beside the rate: 达到92.6%（25,930÷28,003）. */
  divisionWritten?: boolean;
  /**
   * Every numerator and total the sentence allows, when it leaves both open (a 纠错率 read from the
   * outcomes listed, which may count 调解 too: corrections.ts); `numerator` over `total` is reported.
   */
  allowed?: Array<{ numerator: Quantity; total: Quantity }>;
  /**
   * 合格286批次、基本合格19批次: the reading that counts the border grade in too, over the same total, which the
   * message names beside `numerator` over `total` (gradedReading).
   */
  withGrade?: { numerator: Quantity; shown: string; grade: string };
}

/** The divisions a reading allows: its numerator over each of its totals, or those it lists. */
const divisions = (r: Reading) => r.allowed ?? [r.total, ...r.others].map((total) => ({ numerator: r.numerator, total }));

/**
 * Whether a count is named by the verb of a rate: before it (合格1437名, 其中按期办结115件) or, when
 * nothing names it before, as all the words after it up to the next mark (1437名合格，), the verb's object
 * among them when `before`, the clause up to the count, names it (参加考试42名，其中41名通过考试). Words
 * before it that only frame it within the count before it, `previous` (3名执法人员中2名取得行政执法证: the
 * noun of the 3 and 中), name nothing of its own.
 */
function countNames(f: Figure, term: string, qualifier: string, before?: string, previous?: Figure): boolean {
  return labelNames(f.label, term, qualifier) || namedAfter(f, qualifier + term, before) || (framedBy(f, previous) && tailIs(f, qualifier + term));
}

/** Whether a count's words before it are the noun of the count right before it and 中, no mark between (3名执法人员中2名). */
function framedBy(f: Figure, previous: Figure | undefined): boolean {
  return previous !== undefined && f.label.length > 1 && f.label.endsWith('中') && f.labelStart === previous.end;
}

/**
 * The object a count of the clause names after a verb of the rate (办结信访事项221件 → 信访事项), when a count of
 * the same things before it names that object too (受理信访事项230件): undefined otherwise, and for a count
 * the verb names plainly (办结221件, 办结案件221件).
 */
function objectNamed(clause: Clause, j: number, entry: RateEntry, qualifier: string): string | undefined {
  const f = clause.figures[j]!;
  for (const term of entry.numerator) {
    const object = objectAfter(f.label, term, qualifier);
    if (object === undefined) continue;
    for (let k = j - 1; k >= 0 && j - k <= MAX_FIGURES_BACK; k--) {
      const earlier = clause.figures[k]!;
      if (earlier.kind !== 'rate' && sameThings(earlier, f) && earlier.label.includes(object)) return object;
    }
  }
  return undefined;
}

/**
 * The numerator of a rate in the clause: the nearest count its name points to (办结率 → 办结13649宗), or that
 * its verb and an object named before name (办结信访事项221件 after 受理信访事项230件: see objectNamed).
 */
function numeratorOf(joined: JoinedText, clause: Clause, rateIndex: number, floor: number, entry: RateEntry, qualifier: string): number | undefined {
  let found: number | undefined;
  if (rateIndex - floor > MAX_FIGURES_BACK) return undefined;
  for (let j = rateIndex - 1; j > floor; j--) {
    const f = clause.figures[j]!;
    if (f.kind === 'rate') continue;
    // The clause before the count only when its tail may hold the verb and an object (rare: most counts are labelled).
    const before = f.tail.length > 2 ? joined.slice(clause.start, f.start) : undefined;
    // 受理信用修复申请126件，修复118件，修复率: the applications received name the verb as what they ask for.
    const named = entry.numerator.some((t) => countNames(f, t, qualifier, before, clause.figures[j - 1]) && !receivedRequest(f.label, t));
    if (!named && objectNamed(clause, j, entry, qualifier) === undefined) continue;
    if (found === undefined) found = j;
    // Two different counts for the same verb: the sentence does not say which one is meant.
    else if (clause.figures[found]!.value !== f.value) return undefined;
  }
  return found;
}

/**
 * 收到96件，受理91件，审结88件，纠错11件，纠错率15.2%: a rate over closed cases whose sentence names
 * several possible totals. It is read over the closed count, the others kept as alternatives.
 */
function eitherTotal(clause: Clause, n: number, entry: RateEntry): Reading | undefined {
  const numerator = clause.figures[n]!;
  if (!entry.over || !exactCount(numerator)) return undefined;
  const totals = possibleTotals(clause, n, entry.over)?.filter((t) => t.value >= numerator.value);
  if (!totals || totals.length === 0) return undefined;
  const [total, ...others] = totals as [Figure, ...Figure[]];
  return { numerator: within(numerator.value), total: quantityOf(total), others: others.map(quantityOf), shown: `${shown(numerator)}÷${shown(total)}` };
}

/**
 * 办结群众诉求1460件，其中按期办结1400件，按期办结率95.9%; 完成材料报送96项，按时报送90项，按时报送率93.8%: a
 * rate of the things done one way (按期, 按时, 当场 …: qualifiers.ways) is over the count of all done, its verb
 * unqualified, when that is the nearest count of the same things before its count (see withOtherTotals for the
 * total that count was taken from).
 */
function allDoneTotal(clause: Clause, n: number, entry: RateEntry, qualifier: string): Figure | undefined {
  if (!WAYS.includes(qualifier)) return undefined;
  const numerator = clause.figures[n]!;
  for (let j = n - 1; j >= 0 && n - j <= MAX_FIGURES_BACK; j--) {
    const f = clause.figures[j]!;
    if (f.kind === 'rate' || f.parenthetical || !sameThings(f, numerator)) continue;
    return entry.numerator.some((t) => countNames(f, t, '')) ? f : undefined;
  }
  return undefined;
}

/**
 * 受理行政许可申请6820件，办结6780件，其中即办件5260件，即办件率77.1%: a rate of a part that a 其中 lists right
 * after a count of done (the 即办件 of those 办结) is over that count, or over the total it was taken from, as a
 * share of such a part is: right if either gives it, a finding dividing by the count of done.
 */
function doneBrokenDown(clause: Clause, n: number, floor: number): Reading | undefined {
  const { figures, roles } = clause;
  const numerator = figures[n]!;
  const marker = clause.markers.findLast((m) => m < numerator.start);
  if (marker === undefined) return undefined;
  // Back over the parts listed before the numerator (and their shares) to the count the 其中 follows.
  let d = n - 1;
  while (d > floor && figures[d]!.start > marker) {
    const part = figures[d]!;
    if (part.kind !== 'rate' && (!sameThings(part, numerator) || roles[d]!.totals.length > 0)) return undefined;
    d--;
  }
  const done = figures[d];
  if (d <= floor || !done || done.parenthetical || !exactCount(done) || !sameThings(done, numerator) || !doneOnly(done, roles[d]!)) return undefined;
  const r = divided(numerator, done);
  const source = r && findTotal(clause, d, floor);
  return source && exactCount(source) ? { ...r!, others: [quantityOf(source)] } : r;
}

/**
 * numerator ÷ total, when both are counts of the same things, plain or above a round number (受理380余件，
 * 化解352件: 352 of 380 to 390), and the numerator is not more.
 */
function divided(numerator: Figure, total: Figure): Reading | undefined {
  if (!rangedCount(numerator) || !rangedCount(total) || !sameThings(numerator, total)) return undefined;
  const [n, t] = [quantityOf(numerator), quantityOf(total)];
  if (n.low > t.high) return undefined;
  return { numerator: n, total: t, others: [], shown: divisionShown(numerator, total), ranged: numerator.approximate || total.approximate };
}

/**
 * 立案126起，其中走私行为案件38起、违规行为案件88起；结案119起，结案率94.4%: a ； that closes a 其中 list
 * ends the breakdown, not the statement. A rate after it whose own clause states its count done and
 * nothing else of those things, that count named by the rate's verb alone (结案, 已结案), is over the
 * count the list broke down — as it is with a comma — unless a part could hold the count done (其中涉企
 * 60件；办结57件 may be of the 60), or the clause before the ； says anything after its list. With no list
 * before the ；, see receivedBefore.
 */
function totalAcrossList(joined: JoinedText, clause: Clause, n: number, entry: RateEntry, qualifier: string): Reading | undefined {
  const previous = clause.previous;
  const numerator = clause.figures[n]!;
  if (!previous || !/^[;；]$/.test(joined.slice(previous.end, clause.start)) || !exactCount(numerator)) return undefined;
  if (clause.figures.slice(0, n).some((f) => sameThings(f, numerator))) return undefined;
  const term = entry.numerator.find((t) => countNames(numerator, t, qualifier));
  if (term === undefined || withoutLeads(numerator.label).replace(qualifier + term, '') !== '') return undefined;
  const marker = previous.markers[previous.markers.length - 1];
  if (marker === undefined) return receivedBefore(previous, numerator);
  const parts = previous.figures.filter((f) => f.start > marker);
  if (parts.length === 0 || parts.some((f, k) => f.kind === 'rate' || f.parenthetical || !sameThings(f, numerator) || previous.roles[previous.figures.length - parts.length + k]!.otherPeriod)) return undefined;
  if (parts.some((f) => f.value + tolerance(f) >= numerator.value)) return undefined;
  const joinedClause = joinClauses([previous, clause]);
  const total = findTotal(joinedClause, previous.figures.length + n, -1, entry.over);
  return total && total.start < marker && exactCount(total) ? divided(numerator, total) : undefined;
}

/**
 * 受理案件4,862件，较上年的4,517件增长7.6%；审结4,705件，结案率96.8%: a ； between what came in and what was
 * done with it (the rate's count named by its verb alone) parts two statements of the same things, as a comma
 * would. The count is over the clause before's, when that clause states one count of those things and it is
 * labelled as received (受理, 收到 …: received.totals) — one compared with it (较上年的……) aside. A clause with
 * anything else before the ； (发现问题213个，涉及金额……；已整改204个) may have said what the rate is of.
 */
function receivedBefore(previous: Clause, numerator: Figure): Reading | undefined {
  const own = previous.figures.filter((f, k) => !previous.roles[k]!.otherPeriod && !f.change);
  const total = own.length === 1 ? own[0]! : undefined;
  if (!total || total.parenthetical || !exactCount(total) || !RECEIVED.totals.some((w) => total.label.includes(w))) return undefined;
  return divided(numerator, total);
}

/**
 * 应参考12900人，实际参考12860人，参考率99.7%，考试合格12742人，合格率99.9%: a rate with no total of its own after
 * the rate before it (whose counts a later rate does not reuse) is over that rate's numerator, when its label
 * makes it a total too (参考, 受理: totals) — those who passed are of those who sat the exam, the cases closed
 * of those accepted. The earlier rate's own total is kept as an alternative.
 */
function totalOfRateBefore(clause: Clause, n: number, floor: number): Reading | undefined {
  const rate = clause.figures[floor]!;
  const known = rate.kind === 'rate' && rate.name ? rateEntry(rate.name.text) : undefined;
  if (!known) return undefined;
  const numerator = clause.figures[n]!;
  for (let j = floor - 1; j >= 0 && n - j <= MAX_FIGURES_BACK; j--) {
    const f = clause.figures[j]!;
    if (f.kind === 'rate' || f.parenthetical || !sameThings(f, numerator)) continue;
    if (clause.roles[j]!.totals.length === 0 || !exactCount(f) || !known.entry.numerator.some((t) => countNames(f, t, known.qualifier))) return undefined;
    const r = divided(numerator, f);
    const earlier = findTotal(clause, j);
    return r && { ...r, others: earlier && exactCount(earlier) ? [quantityOf(earlier)] : [] };
  }
  return undefined;
}

function reading(
  joined: JoinedText,
  clause: Clause,
  rateIndex: number,
  floor: number,
  entry: RateEntry,
  qualifier: string,
  sentenceBefore: SentenceBefore,
): { reading?: Reading; used: boolean } {
  const figures = clause.figures;
  // Counts under grades the rate may count in or not come first: the plain one alone is one of the readings.
  const graded = gradedReading(clause, rateIndex, floor, entry, qualifier);
  if (graded) return { used: true, reading: graded };
  const n = numeratorOf(joined, clause, rateIndex, floor, entry, qualifier);
  if (n !== undefined) {
    const numerator = figures[n]!;
    const total = entry.base ? namedBase(clause, n, floor, entry.base) : findTotal(clause, n, floor, entry.over);
    // 受理信访事项230件，办结信访事项221件: a count named by its verb and object is over the total that names it.
    const object = entry.numerator.some((t) => countNames(numerator, t, qualifier)) ? undefined : objectNamed(clause, n, entry, qualifier);
    if (object !== undefined) return { used: true, reading: total?.label.includes(object) ? withOtherTotals(clause, n, rateIndex, total, entry, qualifier) : undefined };
    if (total) return { used: true, reading: withOtherTotals(clause, n, rateIndex, total, entry, qualifier) };
    const done = allDoneTotal(clause, n, entry, qualifier);
    const across =
      eitherTotal(clause, n, entry) ??
      (done && withOtherTotals(clause, n, rateIndex, done, entry, qualifier)) ??
      doneBrokenDown(clause, n, floor) ??
      (floor < 0 ? totalAcrossList(joined, clause, n, entry, qualifier) : totalOfRateBefore(clause, n, floor));
    return { used: true, reading: across ?? totalFromBefore(joined, clause, n, entry, qualifier, sentenceBefore) };
  }
  const everyOne = allDoneReading(joined, clause, rateIndex, floor, entry, qualifier);
  if (everyOne) return { used: true, reading: everyOne };
  // 新收30件，2宗正在办理，办结率93.3%: the done count is the total less the pending ones.
  if (!entry.pending || qualifier) return { used: false };
  const pending: number[] = [];
  if (rateIndex - floor > MAX_FIGURES_BACK) return { used: false };
  for (let j = rateIndex - 1; j > floor; j--) {
    if (figures[j]!.kind !== 'rate' && pendingWord(figures[j]!, entry.pending)) pending.push(j);
  }
  if (pending.length !== 1) return { used: false };
  // 合格286批次、基本合格19批次、不合格15批次，合格率89.4%: counts the rate's verb names, too many to tell which one
  // (numeratorOf), say the done count is not simply the total less the rest (is 基本合格 合格?): nothing is read.
  if (namesNumeratorBetween(clause, floor, rateIndex, entry)) return { used: false };
  const rest = figures[pending[0]!]!;
  const total = findTotal(clause, pending[0]!, floor);
  if (!total || !exactCount(total) || !exactCount(rest) || rest.value > total.value) return { used: true };
  // The rest of a part listed after 其中 may be meant as well (抽检1260批次，其中蔬菜860批次，不合格12批次).
  const allowed = [total, ...partsThatMayHold(clause, total, pending[0]!)].map((t) => ({ numerator: within(t.value - rest.value, tolerance(rest)), total: quantityOf(t) }));
  return {
    used: true,
    reading: {
      numerator: allowed[0]!.numerator,
      total: allowed[0]!.total,
      others: [],
      allowed,
      shown: `(${shown(total)}-${shown(rest)})÷${shown(total)}`,
    },
  };
}

/** A count under a grade above the plain one (优秀 beside 合格, 非常满意 beside 满意): parts.higherGrades. */
function higherGrade(label: string, grade: string | undefined): string | undefined {
  if (grade !== undefined) return PARTS.higherGrades.prefixes.includes(grade) ? grade : undefined;
  return PARTS.higherGrades.words.find((w) => label.endsWith(w) || label.endsWith(`${w}的`));
}

/**
 * 抽查320批次，其中合格286批次、基本合格19批次、不合格15批次，合格率89.4%: a rate whose verb names one count plainly and
 * others under the border grade (基本: parts.borderGrade) or above the plain one (优秀, 非常满意: parts.higherGrades), not both,
 * and no count under another grade, is of one of two things the sentence does not choose between — bodies count
 * 基本合格 or 优秀 as 合格 or not. Both are read over the total the plain count is taken from, and the rate is right
 * if either gives it.
 */
function gradedReading(clause: Clause, rateIndex: number, floor: number, entry: RateEntry, qualifier: string): Reading | undefined {
  if (qualifier !== '' || rateIndex - floor > MAX_FIGURES_BACK) return undefined;
  let plain: number | undefined;
  let border: number | undefined;
  let borderTerm = '';
  const higher: Array<{ at: number; grade: string }> = [];
  for (let j = rateIndex - 1; j > floor; j--) {
    const f = clause.figures[j]!;
    if (f.kind === 'rate') continue;
    const term = entry.numerator.find((t) => labelNames(f.label, t, ''));
    const grade = term === undefined ? undefined : gradeBefore(f.label, term);
    const above = higherGrade(f.label, grade);
    if (above !== undefined) higher.push({ at: j, grade: above + (term ?? '') });
    else if (term === undefined) continue;
    else if (grade === '' && plain === undefined) plain = j;
    else if (grade === PARTS.borderGrade && border === undefined) [border, borderTerm] = [j, term];
    else return undefined;
  }
  // Grades both above and below the plain one give too many readings to check (非常满意、满意、基本满意).
  if (plain === undefined || (border === undefined) === (higher.length === 0)) return undefined;
  const numerator = clause.figures[plain]!;
  const gradedAt = [...higher.map((h) => h.at), ...(border === undefined ? [] : [border])];
  const graded = gradedAt.map((j) => clause.figures[j]!);
  const total = findTotal(clause, Math.min(plain, ...gradedAt), floor);
  if (!total || ![numerator, total, ...graded].every(exactCount) || !graded.every((f) => sameThings(numerator, f)) || !sameThings(numerator, total)) return undefined;
  const both = graded.reduce((n, f) => n + f.value, numerator.value);
  if (both > total.value) return undefined;
  // Found from the rate backwards: in the text's order, the grades above are the other way round.
  const grades = border === undefined ? higher.map((h) => h.grade).reverse() : [PARTS.borderGrade + borderTerm];
  return {
    numerator: quantityOf(numerator),
    total: quantityOf(total),
    others: [],
    // The grades counted in or left out.
    allowed: [{ numerator: quantityOf(numerator), total: quantityOf(total) }, { numerator: within(both), total: quantityOf(total) }],
    shown: `${shown(numerator)}÷${shown(total)}`,
    withGrade: {
      numerator: within(both),
      shown: `(${[numerator, ...graded].sort((a, b) => a.start - b.start).map(shown).join('+')})÷${shown(total)}`,
      grade: grades.join('、'),
    },
  };
}

/**
 * 合格率（含优秀）, 优良率（含良好和优秀）: a rate's name right before its value (为, 达 aside), then in brackets the
 * grades it counts in besides its verb's plain count (group 2: one grade, or several joined by 、 or 和).
 */
const INCLUSIVE_NAME = /(\p{Script=Han}{2,10})\((?:含|包含|包括)(\p{Script=Han}{2,4}(?:[、和]\p{Script=Han}{2,4})*)\)(?:为|达|达到|是)?$/u;

/**
 * 评查案卷320卷，其中优秀96卷、合格205卷、不合格19卷，合格率（含优秀）94.1%: a rate that says in brackets the grades
 * it counts in is over the sum of its verb's plain count (合格205卷) and a count of each grade named (优秀96卷), over
 * the total they are listed from. Read only when the counts between that total and the rate are those and the
 * verb's negated one (不合格19卷): any other grade (良好 when the bracket names 优秀 alone, 基本合格) or count leaves
 * the sum unsure. Rates between the grades and it (优秀率) do not keep it from them: the grades are read again, as
 * they are in no other way. The parser names no rate whose name a bracket parts from its value; `name` is the rate's own.
 */
function inclusiveReading(joined: JoinedText, clause: Clause, i: number): { reading: Reading; name: { text: string; start: number } } | undefined {
  const rate = clause.figures[i]!;
  // Most rates with no name have no bracket right before them (为, 达到 aside): turned away before any slice.
  const at = joined.indexOf(rate.start);
  if (!joined.text.slice(Math.max(0, at - 3), at).includes(')')) return undefined;
  const from = i === 0 ? clause.start : clause.figures[i - 1]!.end;
  const before = joined.slice(from, rate.start);
  const written = INCLUSIVE_NAME.exec(before);
  const known = written && rateEntry(written[1]!);
  if (!written || !known || known.qualifier !== '') return undefined;
  const grades = written[2]!.split(/[、和]/);
  const parts = new Map<string, number>();
  // Rates right before it (优秀率28.3%，合格率（含优秀）95.0%) may have read the same grades: they are passed over.
  let j = i - 1;
  while (j >= 0 && clause.figures[j]!.kind === 'rate') j--;
  const floor = Math.max(j - MAX_FIGURES_BACK, -1);
  for (; j > floor; j--) {
    const f = clause.figures[j]!;
    if (f.kind === 'rate' || f.parenthetical) return undefined;
    const grade = grades.find((g) => labelNames(f.label, g, ''));
    const term = known.entry.numerator.find((t) => gradeBefore(f.label, t) !== undefined);
    const named = grade ?? (term !== undefined && gradeBefore(f.label, term) === '' ? term : undefined);
    if (named !== undefined) {
      if (parts.has(named)) return undefined;
      parts.set(named, j);
    } else if (!known.entry.pending?.some((w) => labelNames(f.label, w, ''))) break;
  }
  if (parts.size !== grades.length + 1 || grades.some((g) => !parts.has(g))) return undefined;
  const listed = [...parts.values()].sort((a, b) => a - b).map((k) => clause.figures[k]!);
  const total = j < 0 ? undefined : findTotal(clause, clause.figures.indexOf(listed[0]!), j - 1);
  if (!total || total !== clause.figures[j] || ![total, ...listed].every((f) => exactCount(f) && sameThings(f, total))) return undefined;
  const sum = listed.reduce((a, f) => a + f.value, 0);
  if (sum > total.value) return undefined;
  const name = `${known.display}（含${written[2]}）`;
  const start = joined.move(from, written.index + written[1]!.length - known.display.length);
  const reading = { numerator: within(sum), total: quantityOf(total), others: [], shown: `(${listed.map(shown).join('+')})÷${shown(total)}` };
  return { reading, name: { text: name, start } };
}

/** Whether a count between `floor` and the rate is named by the rate's verb (合格286批次 before 合格率). */
function namesNumeratorBetween(clause: Clause, floor: number, rateIndex: number, entry: RateEntry): boolean {
  for (let j = rateIndex - 1; j > floor; j--) {
    const f = clause.figures[j]!;
    if (f.kind !== 'rate' && entry.numerator.some((t) => countNames(f, t, ''))) return true;
  }
  return false;
}

/**
 * 预算金额62.5亿元，成交金额59.8亿元，节约资金2.7亿元，节资率4.3%: a rate defined over one sum (entry.base) is over
 * the one figure of its numerator's things before it in the clause whose label names that sum; with none or two,
 * nothing is read.
 */
function namedBase(clause: Clause, n: number, floor: number, base: readonly string[]): Figure | undefined {
  const numerator = clause.figures[n]!;
  let found: Figure | undefined;
  for (let j = n - 1; j > floor && n - j <= MAX_FIGURES_BACK; j--) {
    const f = clause.figures[j]!;
    if (f.kind === 'rate' || f.parenthetical || clause.roles[j]!.otherPeriod || !sameThings(f, numerator) || !base.some((w) => f.label.includes(w))) continue;
    if (found) return undefined;
    found = f;
  }
  return found && exactCount(found) ? found : undefined;
}

/**
 * numerator ÷ total, with the other totals the sentence leaves open, the rate being right if any gives it:
 * - 受理230件，办结225件，其中按期办结220件: a rate of things done one way over the count of all done (its verb
 *   unqualified, with an object after it or not) may be over the total that count was taken from;
 * - 收到申请392件，受理361件，不予受理20件，受理率94.8%: bodies differ on whether the applications neither accepted
 *   nor declined (告知, 转送) are in a 受理率's base; with a count declined stated before the rate (不予受理20件: the
 *   entry's `declined` qualifiers), it may be over those accepted and declined together.
 */
function withOtherTotals(clause: Clause, n: number, rateIndex: number, total: Figure, entry: RateEntry, qualifier: string): Reading | undefined {
  const numerator = clause.figures[n]!;
  const r = divided(numerator, total);
  if (!r) return undefined;
  const others = [...r.others];
  const allDone = WAYS.includes(qualifier) && entry.numerator.some((t) => countNames(total, t, '') || objectAfter(total.label, t, '') !== undefined);
  const received = allDone ? findTotal(clause, clause.figures.indexOf(total)) : undefined;
  if (received && exactCount(received)) others.push(quantityOf(received));
  const declined = entry.declined
    ? clause.figures.slice(0, rateIndex).find((f) => f !== numerator && exactCount(f) && sameThings(f, numerator) && entry.numerator.some((t) => entry.declined!.some((q) => labelNames(f.label, t, q))))
    : undefined;
  if (declined) others.push(within(numerator.value + declined.value));
  others.push(...partsThatMayHold(clause, total, n).map(quantityOf));
  return { ...r, others };
}

/**
 * 受理投诉1000件，其中涉企投诉200件，办结190件，办结率95%: a part that a 其中 lists between a count and the total
 * it is read over, with no fewer things than the count, may be what the count is of (190 of the 200): the
 * sentence does not say which, and the rate is right if either gives it.
 */
function partsThatMayHold(clause: Clause, total: Figure, n: number): Figure[] {
  const count = clause.figures[n]!;
  const marker = clause.markers.find((m) => m > total.end && m < count.start);
  if (marker === undefined) return [];
  return clause.figures.filter((f, j) => j < n && f.start > marker && !f.parenthetical && exactCount(f) && sameThings(f, count) && f.value >= count.value);
}

/** What lists counts of the same things one after another: 建议45件、政协提案38件, 3件、12345工单17件. */
const LISTED = /^[、和及与][^,;:()。]*$/;

/**
 * 办理人大代表建议45件、政协委员提案38件，已全部办结，办结率96%: words right after the counts before a rate that
 * say every one of them is done (均已办结, 已全部办结, 全部按期办结: see allDoneAfter) make the rate of that verb
 * 100%, of those counts together or of each. Only when they are the only counts of their things before the
 * rate in its clause; a rate done one way (按期办结率) only when the words say that way.
 */
function allDoneReading(joined: JoinedText, clause: Clause, rateIndex: number, floor: number, entry: RateEntry, qualifier: string): Reading | undefined {
  const figures = clause.figures;
  let j = rateIndex - 1;
  while (j > floor && figures[j]!.kind === 'rate') j--;
  const last = figures[j];
  const all = j > floor && exactCount(last!) ? allDoneAfter(joined, last!) : undefined;
  if (!all || !entry.numerator.includes(all.verb) || (qualifier !== '' && qualifier !== all.way)) return undefined;
  let first = j;
  while (first - 1 > floor && exactCount(figures[first - 1]!) && sameThings(figures[first - 1]!, last!) && LISTED.test(joined.slice(figures[first - 1]!.end, figures[first]!.start))) first--;
  if (figures.slice(0, first).some((f) => f.kind !== 'rate' && sameThings(f, last!))) return undefined;
  const counts = figures.slice(first, j + 1);
  const sum = counts.reduce((s, f) => s + f.value, 0);
  const terms = counts.length > 1 ? `(${counts.map(shown).join('+')})` : shown(last!);
  return { numerator: within(sum), total: within(sum), others: [], shown: `${terms}÷${terms}` };
}

/**
 * 全年受理劳动人事争议仲裁案件640件。仲裁委坚持调解优先。依法办结612件，办结率97%: a rate whose sentence goes
 * on from before (opensGoingOn) and states no total of its count's things — no count of them before its count
 * but outcomes, which a rate over closed cases is not taken of (经审理，维持20件，作出纠错决定8件，纠错率……) —
 * is taken of the one count of those things in the sentence it goes on from (sentenceCounting: right before,
 * or two back when the one between states none). That count is what came in, or labelled as a total, or, for
 * a rate over closed cases, the closed count (依法审结79件); its count's words name nothing those sentences do
 * not (办结消费投诉180件 after 受理投诉举报230件 counts other things). A sentence opening with a frame in words
 * (办结的诉求中，按期办结1100件，按期办结率93.2%; 发现的问题中，已整改120个) goes on from the one count there that the
 * frame names (办结1180件 beside 受理1200件; 发现问题128个), done or not — unless a count of done stands beside it,
 * which the rate may be over all the same.
 */
function totalFromBefore(joined: JoinedText, clause: Clause, n: number, entry: RateEntry, qualifier: string, sentenceBefore: SentenceBefore): Reading | undefined {
  const numerator = clause.figures[n]!;
  if (!exactCount(numerator)) return undefined;
  const goesOn = opensGoingOn(joined, clause);
  const frame = goesOn ? undefined : openingFrame(joined, clause);
  for (const { f } of chainBefore(clause, n)) if (f.kind !== 'rate' && sameThings(f, numerator) && !(entry.over && isOutcome(f))) return undefined;
  const sentence = goesOn || frame ? sentenceCounting(sentenceBefore, numerator) : ownWordsOnSentenceBefore(joined, clause, numerator, sentenceBefore);
  const counts: { f: Figure; role: Role }[] = [];
  let doneBeside = false;
  for (const c of sentence ?? []) {
    c.figures.forEach((f, k) => {
      if (f.kind === 'rate' || f.parenthetical || !sameThings(f, numerator) || c.roles[k]!.otherPeriod) return;
      if (!frame || f.label.includes(frame.word)) counts.push({ f, role: c.roles[k]! });
      else doneBeside ||= doneOnly(f, c.roles[k]!) || (entry.over !== undefined && closedWord(f, entry.over) !== undefined);
    });
  }
  // 受理1200件，办结1180件。受理的诉求中，按期办结1100件: the rate may be over those done all the same.
  if (counts.length !== 1 || doneBeside) return undefined;
  const [{ f: total, role }] = counts as [{ f: Figure; role: Role }];
  // A frame naming a count of done (办结的诉求中，按期办结1100件) says the rate is over it.
  if (role.pending || (!frame && doneOnly(total, role) && !(entry.over && closedWord(total, entry.over)))) return undefined;
  const term = entry.numerator.find((t) => countNames(numerator, t, qualifier));
  const before = joined.slice(total.labelStart, numerator.labelStart);
  return term !== undefined && ofSameSubject(numerator.label, qualifier + term, before) ? divided(numerator, total) : undefined;
}

/**
 * 全年受理水行政许可事项1846件。推行“全程网办”，网上办理1697件，全程网办率91.9%: a rate's sentence that opens on words
 * of its own, not going on from before, is read over the sentence right before it only (no sentence between) when
 * those words keep to what it speaks of (keepsToSentenceBefore: no 此外, ……方面, no field or things of their own, no
 * time, place or body named: 截至2023年底，/ 市本级推行全程网办，) and
 * it states exactly one count of the numerator's kind, in its unit, whatever its period or place — a second (审结
 * beside 受理, 上年的1700件, 其中 parts) leaves the base unsaid.
 */
function ownWordsOnSentenceBefore(joined: JoinedText, clause: Clause, numerator: Figure, sentenceBefore: SentenceBefore): readonly Clause[] | undefined {
  const before = sentenceBefore();
  const counts = before?.flatMap((c) => c.figures.filter((f) => f.kind !== 'rate' && sameThings(f, numerator)));
  if (!before || counts!.length !== 1 || counts![0]!.unit !== numerator.unit) return undefined;
  const words = joined.slice(firstOfSentence(clause).start, numerator.labelStart);
  // 截至2023年底，已整改1196处 / 市本级推行全程网办，……: words naming a time or a place or body may speak of another
  // period's or a part's count.
  if (NAMES_TIME.test(words) || NAMES_SCOPE.test(words)) return undefined;
  return keepsToSentenceBefore(words, joined.slice(before[0]!.start, before[before.length - 1]!.end)) ? before : undefined;
}

/** A year, month or quarter named in words. */
const NAMES_TIME = /[年月]|季度/;
/** A level of place (市, 县区, 乡镇 …) or a body (本级, 部门, 单位 …) named in words: the whole's part, or another whole. */
const NAMES_SCOPE = /[省市州盟县区旗镇乡村街]|本级|部门|单位|机关|系统/;

/**
 * Between rate names that share one value: 办结率和满意率, 办结率、满意率, 办结率及满意度. By character code: read for
 * every rate with no counts of its own, where matchAll would copy a pattern each time.
 */
const NAME_JOIN = codeTable([...'和、及与'].map((c) => c.charCodeAt(0)));

const ENUMERATION_COMMA = 0x3001; // 、

/**
 * A rate's name with the names listed with 、 right before it (办结率、满意率均为100%): its value's label stops
 * at the 、, so the names sharing the value with it are read back from there, up to the mark before them.
 */
function withNamesListed(joined: JoinedText, clause: Clause, i: number, name: { text: string; start: number }): { text: string; start: number } {
  const rate = clause.figures[i]!;
  if (name.start !== rate.labelStart) return name;
  const before = joined.slice(clause.figures[i - 1]?.end ?? clause.start, rate.labelStart);
  if (before.charCodeAt(before.length - 1) !== ENUMERATION_COMMA) return name;
  let k = before.length - 1;
  while (k > 0 && (isHan(before.charCodeAt(k - 1)) || before.charCodeAt(k - 1) === ENUMERATION_COMMA)) k--;
  const listed = before.slice(k);
  return listed.length > 1 ? { text: listed + name.text, start: joined.move(name.start, -listed.length) } : name;
}

/**
 * The rates named before the last one of a name that joins several (办结率和满意率均为100%): each has the
 * value, and the first of them whose counts stand before it in the clause is read, as a rate of its own.
 * The last one is read as the name's own (rateEntry reads a name by its end).
 */
function sharedReading(
  joined: JoinedText,
  clause: Clause,
  i: number,
  floor: number,
  rateName: { text: string; start: number },
  sentenceBefore: SentenceBefore,
): { reading: Reading; name: { text: string; start: number } } | undefined {
  const names = withNamesListed(joined, clause, i, rateName);
  let from = 0;
  for (let join = 0; join < names.text.length; join++) {
    if (NAME_JOIN[names.text.charCodeAt(join)] !== 1) continue;
    const text = names.text.slice(from, join);
    const start = joined.move(names.start, from);
    from = join + 1;
    const known = rateEntry(text);
    if (!known || known.entry.numerator.length === 0 || !text.endsWith(known.entry.name)) continue;
    const r = reading(joined, clause, i, floor, known.entry, known.qualifier, sentenceBefore);
    if (r.reading) return { reading: r.reading, name: { text, start } };
    if (r.used) return undefined;
  }
  return undefined;
}

/** A rate of the vocabulary, as `rateEntry` reads its name. */
interface KnownRate {
  entry: RateEntry;
  qualifier: string;
}

/**
 * A rate whose name points to no count of the sentence: a 纠错率 read from the outcomes listed before it
 * (审结130件，其中维持86件……撤销12件，确认违法6件，纠错率15.4%), or a value shared with a rate named before
 * it (受理120件，办结115件，办结率和满意率均为100%), which then names the finding.
 */
function readingWithoutOwnCounts(
  joined: JoinedText,
  clause: Clause,
  i: number,
  floor: number,
  rateName: { text: string; start: number },
  known: KnownRate,
  sentenceBefore: SentenceBefore,
): { reading: Reading; name?: { text: string; start: number } } | undefined {
  const correction = correctionRate(rateName.text, known.entry.name);
  // 依法审结79件。其中维持52件……: outcomes opening their sentence break down the closed count before it.
  const opening = () => (clause.markers.length > 0 ? totalOpening(joined, clause, clause.markers[0]!, clause.figures[0], sentenceBefore)?.total : undefined);
  const outcomes = correction && known.entry.over && outcomeReading(clause, i, floor, known.entry.over, correction, opening);
  if (outcomes) return { reading: { ...outcomes, others: [] } };
  return sharedReading(joined, clause, i, floor, rateName, sentenceBefore);
}

/** A reading of counts after a rate, and the index of the last count it takes (later rates read after it). */
interface ReadingAfter {
  reading: Reading;
  last: number;
}

/**
 * 办结率98.3%（受理120件，办结115件）: a rate whose counts follow it, read when none before it is its
 * own. Either the parenthesis right after the rate states them, or the clauses right after it do
 * (纠错率为10.5%，共纠错12件，审结120件), the total possibly before the rate (评查案卷260卷，优秀率28.5%，
 * 优秀案卷74卷). Only the one or two counts right after the rate are read, and only when nothing
 * between makes them another subject's, another period's or a breakdown of something else.
 */
function readingAfter(clause: Clause, i: number, floor: number, known: KnownRate, joined: JoinedText): ReadingAfter | undefined {
  const rate = clause.figures[i]!;
  const paren = parenthesisAfter(joined, rate.end, clause.end);
  if (paren) return inParenthesis(clause, i, floor, paren, known, joined);
  const next = i + 1;
  // Most rates are followed by nothing, another rate or a change (同比提高1.2个百分点): nothing to read.
  if (next >= clause.figures.length || clause.figures[next]!.parenthetical || !exactCount(clause.figures[next]!)) return undefined;
  const before = joined.slice(clause.start, rate.start);
  const pair = next + 1 < clause.figures.length ? pairAfter(clause, i, next, known, joined, before) : undefined;
  if (pair) return endsTheStatement(clause, pair.last, known) ? pair : undefined;
  // 评查案卷260卷，优秀率28.5%，优秀案卷74卷: the numerator right after the rate, the total before it.
  const numerator = clause.figures[next]!;
  const term = numeratorTerm(numerator, known);
  if (!term || !plainGap(joined.slice(rate.end, numerator.start), true) || !ofSameSubject(numerator.label, term, before)) return undefined;
  if (!endsTheStatement(clause, next, known)) return undefined;
  const total = findTotal(clause, next, floor, known.entry.over);
  const reading = total && divided(numerator, total);
  return reading && { reading, last: next };
}

/** The verb of the rate that a count's label names (办结 in 已办结 for 办结率), with the rate's qualifier. */
function numeratorTerm(f: Figure, known: KnownRate): string | undefined {
  return known.entry.numerator.find((t) => labelNames(f.label, t, known.qualifier));
}

/**
 * The word that makes a count after a rate its total: a total word (受理, 评查, 共 …) of a count that
 * is not itself of things done, the rate's verb after 应 or 提请 (应出庭84件: what was due), or for a rate
 * over closed cases, the closed count's verb (审结120件 for 纠错率). 120件中办结115件: in a parenthesis, an
 * unlabelled first count is the total too.
 */
function totalWord(clause: Clause, k: number, known: KnownRate, unlabelledFirst: boolean): string | undefined {
  const f = clause.figures[k]!;
  const role = clause.roles[k]!;
  if (role.totals.length > 0 && !role.done) return role.totals[0];
  const asked = role.should ? askedVerb(f.label) : undefined;
  if (asked && known.entry.numerator.includes(asked.verb)) return asked.asked;
  const closed = known.entry.over && closedWord(f, known.entry.over);
  if (closed) return closed;
  return unlabelledFirst && f.label === '' ? '' : undefined;
}

/**
 * The counts at `a` and `a + 1` after the rate at `i`, one its numerator and the other its total, in
 * either order (受理120件，办结115件 or 纠错12件，审结120件); `before`: the clause up to the rate.
 */
function pairAfter(clause: Clause, i: number, a: number, known: KnownRate, joined: JoinedText, before: string, inParens = false): ReadingAfter | undefined {
  const b = a + 1;
  const [first, second] = [clause.figures[a]!, clause.figures[b]!];
  if (second.parenthetical !== inParens) return undefined;
  // A count of what was due (应出庭84件) names the verb, but as the total.
  const terms = [a, b].map((k) => (clause.roles[k]!.should ? undefined : numeratorTerm(clause.figures[k]!, known)));
  // The count that names the verb is the numerator, and only one may.
  const n = terms[0] && !terms[1] ? a : terms[1] && !terms[0] ? b : undefined;
  if (n === undefined) return undefined;
  const t = n === a ? b : a;
  const word = totalWord(clause, t, known, inParens && t === a);
  const [numerator, total] = [clause.figures[n]!, clause.figures[t]!];
  if (word === undefined || !ofSameSubject(numerator.label, terms[n - a]!, before) || (word !== '' && !ofSameSubject(total.label, word, before))) return undefined;
  const rate = clause.figures[i]!;
  if (!plainGap(joined.slice(rate.end, first.start), true) || !plainGap(joined.slice(first.end, second.start), false)) return undefined;
  const reading = divided(numerator, total);
  return reading && { reading, last: b };
}

/**
 * Whether the counts a rate was read with, up to `last`, end its statement: not followed by a note
 * on them (受理120件（含上年结转5件）), by another total of the same things (…，审结120件，受理130件),
 * or by a rate of the same name, which they may be written for (办结率99%，受理120件，办结115件，办结率95.8%).
 */
function endsTheStatement(clause: Clause, last: number, known: KnownRate): boolean {
  const next = clause.figures[last + 1];
  if (!next) return true;
  if (next.parenthetical) return false;
  if (next.kind === 'rate') return next.name === undefined || rateEntry(next.name.text)?.entry !== known.entry;
  return !(sameThings(next, clause.figures[last]!) && clause.roles[last + 1]!.totals.length > 0 && !clause.roles[last + 1]!.done);
}

/** The parenthesis right after a rate (98.3%（…）), within its clause: offsets of its two marks. */
function parenthesisAfter(joined: JoinedText, end: number, clauseEnd: number): { open: number; close: number } | undefined {
  const text = joined.text;
  const open = joined.indexOf(end);
  if (text[open] !== '(') return undefined;
  const close = text.indexOf(')', open);
  if (close === -1 || close >= joined.indexOf(clauseEnd) || text.lastIndexOf('(', close) !== open) return undefined;
  return { open: joined.offsetOf(open), close: joined.offsetOf(close) };
}

/**
 * 全程网办率达到92.6%（25,930÷28,003）: a rate that reaches its value (read as a bound, 达到95% may be
 * more) is that quotient when the division is written beside it. 超过90%（…） stays a bound.
 */
function reachesWrittenDivision(rate: Figure, r: Reading): boolean {
  return !!r.divisionWritten && REACHED.includes(rate.marker ?? '');
}

/**
 * 115/120 or 10,918÷11,042: a numerator and a total written as a fraction or a division (an indicator
 * list states how its rate is computed), each count maybe followed by the same unit (236卷/240卷). The
 * parser reads no figure after the slash.
 */
const FRACTION = /^(\d{1,3}(?:,\d{3})+|\d+)([\u4e00-\u9fff]{0,3})\s*[/÷]\s*(\d{1,3}(?:,\d{3})+|\d+)\2$/;

/** The rate's own division written in the parenthesis: （25,930÷28,003）, （115/120）, （3,598条/3,642条）. */
function divisionIn(paren: { open: number; close: number }, i: number, joined: JoinedText): ReadingAfter | undefined {
  const fraction = FRACTION.exec(joined.slice(paren.open + 1, paren.close));
  if (!fraction) return undefined;
  const [numerator, total] = [fraction[1], fraction[3]].map((n) => Number(n!.replaceAll(',', ''))) as [number, number];
  if (numerator > total) return undefined;
  const reading = { numerator: within(numerator), total: within(total), others: [], shown: `${numerator}÷${total}`, divisionWritten: true };
  return { reading, last: i };
}

/** Words that label a count in a fraction: no digit, no mark that would end or join a statement. */
const FRACTION_LABEL = /^[^\d,，、;；:：()]*$/;

/**
 * （合格11卷/评查12卷）, （开展演练524所/中小学校531所）: a fraction whose two counts carry their labels. The
 * slash says which is the numerator whatever the words, so the rate needs no verb of its own named: it is
 * read as （11/12） is, when the parenthesis holds those two counts of the same things and nothing else.
 */
function labelledFraction(clause: Clause, i: number, paren: { open: number; close: number }, joined: JoinedText): ReadingAfter | undefined {
  const counts = fractionCounts(clause, i, paren, joined);
  const reading = counts && divided(counts.numerator, counts.total);
  return reading && { reading: { ...reading, divisionWritten: true }, last: i + 2 };
}

/** The two labelled counts of a fraction in the parenthesis after the rate at `i`: （合格11卷/评查12卷）. */
function fractionCounts(clause: Clause, i: number, paren: { open: number; close: number }, joined: JoinedText): { numerator: Figure; total: Figure } | undefined {
  const [numerator, total] = [clause.figures[i + 1], clause.figures[i + 2]];
  if (!numerator || !total || total.end !== paren.close) return undefined;
  const slash = /^\s*[/÷]\s*/.exec(joined.slice(numerator.end, total.start));
  if (!slash || !FRACTION_LABEL.test(joined.slice(paren.open + 1, numerator.start)) || !FRACTION_LABEL.test(joined.slice(numerator.end + slash[0].length, total.start))) return undefined;
  return { numerator, total };
}

/**
 * 可网办率96.2%（可网办1,217项/事项总数1,172项）: a fraction written beside a rate whose numerator passes its
 * total, both exact counts of the same things. No division is read from it; the rate cannot be that share.
 */
function passedFraction(clause: Clause, i: number, joined: JoinedText): { numerator: Figure; total: Figure } | undefined {
  const paren = parenthesisAfter(joined, clause.figures[i]!.end, clause.end);
  const counts = paren && fractionCounts(clause, i, paren, joined);
  if (!counts || !exactCount(counts.numerator) || !exactCount(counts.total) || !sameThings(counts.numerator, counts.total)) return undefined;
  return counts.numerator.value > counts.total.value ? counts : undefined;
}

/** The division written in the parenthesis right after a rate, bare (（115/120）) or labelled (（办结115件/受理120件）). */
function writtenDivision(clause: Clause, i: number, paren: { open: number; close: number }, joined: JoinedText): ReadingAfter | undefined {
  return FRACTION.test(joined.slice(paren.open + 1, paren.close)) ? divisionIn(paren, i, joined) : labelledFraction(clause, i, paren, joined);
}

/** The division written in the parenthesis right after the rate at `i`, if any. */
function divisionAfter(clause: Clause, i: number, joined: JoinedText): ReadingAfter | undefined {
  const paren = parenthesisAfter(joined, clause.figures[i]!.end, clause.end);
  return paren && writtenDivision(clause, i, paren, joined);
}

/**
 * The counts in the parenthesis right after a rate: （受理120件，办结115件）, （120件中办结115件）, or its done
 * count alone (see doneInParenthesis). It must hold those counts and nothing else. A division written
 * there (（115/120）) is read before any count (divisionAfter).
 */
function inParenthesis(clause: Clause, i: number, floor: number, paren: { open: number; close: number }, known: KnownRate, joined: JoinedText): ReadingAfter | undefined {
  let count = 0;
  for (let k = i + 1; k < clause.figures.length && clause.figures[k]!.start < paren.close; k++) count++;
  const before = joined.slice(clause.start, clause.figures[i]!.start);
  if (count === 1) return doneInParenthesis(clause, i, floor, paren, known, joined, before);
  return count === 2 ? pairAfter(clause, i, i + 1, known, joined, before, true) : undefined;
}

/**
 * 应鸣响警报器411台，鸣响率99.8%（鸣响410台）: a parenthesis that holds only the rate's done count, named by
 * the rate's verb, is read as that count written after the rate is (评查案卷260卷，优秀率28.5%，优秀案卷74卷),
 * over the total stated before the rate in its clause — only one labelled as the total by a total word
 * (受理), as what was handled or given (提出修改意见: handledTotal) or as what was due in the rate's verb
 * (应鸣响, 应出庭): a count of other things done to them
 * (维修警报器411台) may be a subset, not the total. （其中新增60台） names no verb of the rate.
 */
function doneInParenthesis(
  clause: Clause,
  i: number,
  floor: number,
  paren: { open: number; close: number },
  known: KnownRate,
  joined: JoinedText,
  before: string,
): ReadingAfter | undefined {
  const n = i + 1;
  const numerator = clause.figures[n]!;
  const after = joined.slice(numerator.end, paren.close).trim();
  const term = clause.roles[n]!.should ? undefined : after === '' ? numeratorTerm(numerator, known) : verbAfter(numerator, after, known);
  // A count with its verb after it (（310卷合格）) has no label, so no subject of its own to check.
  if (!term || (after === '' && !ofSameSubject(numerator.label, term, before)) || !plainGap(joined.slice(paren.open + 1, numerator.start), true)) return undefined;
  if (!endsTheStatement(clause, n, known)) return undefined;
  const total = findTotal(clause, n, floor, known.entry.over);
  if (!total || (totalWord(clause, clause.figures.indexOf(total), known, false) === undefined && !handledTotal(total))) return undefined;
  const reading = divided(numerator, total);
  return reading && { reading, last: n };
}

/**
 * （310卷合格）: the rate's verb written after the count alone in the parenthesis, nothing before it — the count
 * then names the rate's done things as （合格310卷） does.
 */
function verbAfter(numerator: Figure, after: string, known: KnownRate): string | undefined {
  return numerator.label === '' && known.entry.numerator.includes(after) ? after : undefined;
}

/**
 * 提出修改意见387条，采纳率为96.4%（采纳373条）: a total of what was handled, solicited or given (received.handled)
 * holds all that can be done with it, as a total word's count does — unlike a count of other things done to them.
 */
function handledTotal(total: Figure): boolean {
  return RECEIVED.handled.some((w) => total.label.includes(w));
}

/**
 * The columns of a table a rate column is computed from: its numerator, the one column whose heading
 * names the rate's verb (办结 for 办结率), and the count columns left of that one, any of which may be
 * the total (受理 | 办结 | 办结率). A carry-over column (上年结转 | 新收 | 结案 | 结案率) adds to the
 * total in a way the table does not say: none then. Under a header of two rows, only the columns under
 * the rate's own group are searched (2024年 over 受理 | 办结 | 办结率, beside 2023年 over the same).
 */
function rateColumns(table: Table, rate: number, known: KnownRate): { numerator: number; totals: number[] } | undefined {
  const group = table.columns[rate]!.group;
  const named = columnsWhere(table, (h, c) => c !== rate && h.group === group && known.entry.numerator.some((t) => labelNames(h.name, t, known.qualifier)));
  if (named.length !== 1) return undefined;
  const numerator = named[0]!;
  const totals = columnsWhere(table, (h, c) => c < numerator && h.group === group && !rateEntry(h.name) && !namesRows(table, c));
  if (totals.length === 0 || totals.some((c) => RECEIVED.carryOver.some((w) => table.columns[c]!.name.includes(w)))) return undefined;
  // 受理 | 审结 | 纠错 | 纠错率: a rate taken over the cases closed (entry.over) is shown against their column first.
  const over = known.entry.over ?? [];
  const closed = (c: number) => over.some((w) => table.columns[c]!.name.includes(w));
  return { numerator, totals: [...totals.filter(closed), ...totals.filter((c) => !closed(c))] };
}

/**
 * What a table row's rate is computed from: its numerator cell over the first total cell (see rateColumns), the
 * other totals kept as alternatives. Undefined when a cell is not a plain count, or the numerator is
 * more than every total (the table then says something else).
 */
function rowReading(table: Table, row: number, columns: { numerator: number; totals: number[] }): Reading | undefined {
  const numerator = cellFigure(table, row, columns.numerator);
  if (!numerator || !exactCount(numerator)) return undefined;
  const cells = columns.totals.map((c) => cellFigure(table, row, c));
  if (cells.some((f) => !f || !exactCount(f))) return undefined;
  const totals = (cells as Figure[]).filter((f) => sameThings(f, numerator) && f.value >= numerator.value);
  if (totals.length === 0) return undefined;
  const [total, ...others] = totals as [Figure, ...Figure[]];
  return { numerator: quantityOf(numerator), total: quantityOf(total), others: others.map(quantityOf), shown: `${shown(numerator)}÷${shown(total)}` };
}

type Ctx = RuleContext<{ rounding: Rounding }>;

/** What an eitherGrade finding says: the rate over the plain count and over it with the border grade counted in. */
function gradedValues(rate: Figure, r: Reading, withGrade: NonNullable<Reading['withGrade']>, rounding: Rounding) {
  return {
    expected: quotientText(rate, r.numerator, r.total, rounding),
    division: r.shown,
    otherExpected: quotientText(rate, withGrade.numerator, r.total, rounding),
    otherDivision: withGrade.shown,
    grade: withGrade.grade,
  };
}

/** Whether a rate agrees with one of the totals of its reading. */
function agrees(rate: Figure, r: Reading, rounding: Rounding): boolean {
  return divisions(r).some((d) => quotientAgrees(rate, d.numerator, d.total, rounding));
}

/**
 * Whether a rate its words state as a bound or approximately is still checked: when its division is written
 * beside it, or when its counts contradict it with every one of its totals — 审理1,250件，其中出庭应诉
 * 1,190件，出庭应诉率达到99.5%: 95.2% reaches no 99.5%, whatever 达到 allows above it; 受理200件，办结150件，
 * 办结率约95%: 75% is no rounding of 95%.
 */
function boundChecked(rate: Figure, r: Reading): boolean {
  if (reachesWrittenDivision(rate, r)) return true;
  return divisions(r).every((d) => boundContradicted(rate, d.numerator, d.total));
}

/**
 * 调解成功率达92.1%: a rate that reaches a value written with its decimals (no 以上, 左右 … after it) is the
 * quotient of its counts, not a bound: a drafter rounds a bound (达95%), never writes one to a tenth.
 */
function reachedExactly(text: string, rate: Figure): boolean {
  return REACHED.includes(rate.marker ?? '') && rate.precision >= 1 && approximationOf(text, rate).after === undefined;
}

/** | 项目 | 受理 | 办结 | 办结率 |: each row's rate against the counts of its row (not of a 平均 or 增减 row: its cells are no counts of its rate). */
function checkTables(tree: ReportTree, ctx: Ctx): void {
  for (const table of tablesOf(tree)) {
    table.columns.forEach((heading, c) => {
      const known = c > 0 ? rateEntry(heading.name) : undefined;
      if (!known || known.entry.numerator.length === 0) return;
      const columns = rateColumns(table, c, known);
      if (!columns) return;
      table.rows.forEach(({ heading: rowHeading }, row) => {
        const rate = cellFigure(table, row, c);
        if (!rate || rate.kind !== 'rate' || rate.change || rate.value < 0 || isDerivedRow(rowHeading.name)) return;
        const r = rowReading(table, row, columns);
        if (!r || agrees(rate, r, ctx.options.rounding)) return;
        const expected = quotientText(rate, r.numerator, r.total, ctx.options.rounding);
        const actual = tree.source.text.slice(rate.start, rate.end);
        if (expected === tree.normalized.slice(rate.start, rate.end)) return;
        const name = shortRateName(heading.name, known.display);
        ctx.report({ messageId: 'mismatch', data: { name, expected, division: r.shown, actual }, start: rate.start, end: rate.end });
      });
    });
  }
}

/**
 * | 类型 | 金额 | 占比 |: each row's share of the 合计 row, from the column right before the shares. Only when
 * the table has one total row and its rows add up to it: then the total is the whole the shares are of
 * (a total the rows miss is parts-exceed-total's finding, and a share against it says nothing more).
 */
function checkShareColumns(tree: ReportTree, ctx: Ctx): void {
  for (const table of tablesOf(tree)) {
    const totalRows = table.rows.flatMap((_, r) => (isTotalName(rowName(table, r)) ? [r] : []));
    if (totalRows.length !== 1 || isSubtotalName(rowName(table, totalRows[0]!))) continue;
    const totalRow = totalRows[0]!;
    columnsWhere(table, (h, c) => c > 1 && TABLE_WORDS.shares.includes(h.name)).forEach((c) => {
      const parts = partRows(table, totalRow, c - 1);
      const whole = cellFigure(table, totalRow, c - 1);
      if (!parts || !whole || whole.kind === 'rate' || !addsUp(parts.map((r) => cellFigure(table, r, c - 1)!), whole)) return;
      const total = quantityOf(whole);
      for (const row of parts) {
        const share = cellFigure(table, row, c);
        const part = cellFigure(table, row, c - 1)!;
        if (!share || share.kind !== 'rate' || share.change || quotientAgrees(share, quantityOf(part), total, ctx.options.rounding)) continue;
        const expected = quotientText(share, quantityOf(part), total, ctx.options.rounding);
        if (expected === tree.normalized.slice(share.start, share.end)) continue;
        const actual = tree.source.text.slice(share.start, share.end);
        ctx.report({ messageId: 'mismatch', data: { name: table.columns[c]!.name, expected, division: `${shown(part)}÷${shown(whole)}`, actual }, start: share.start, end: share.end });
      }
    });
  }
}

/** The rows a total row adds up, each with a count in column `c`; undefined when one is a breakdown (其中……) or a change (增减), which the total does not add. */
function partRows(table: Table, totalRow: number, c: number): number[] | undefined {
  const rows: number[] = [];
  for (let r = 0; r < table.rows.length; r++) {
    if (r === totalRow) continue;
    const name = rowName(table, r);
    const f = cellFigure(table, r, c);
    if (!f || f.kind === 'rate' || isBreakdown(name) || isDerivedRow(name)) return undefined;
    rows.push(r);
  }
  return rows.length >= 2 ? rows : undefined;
}

/** Whether parts add up to a whole within what their rounding allows. */
function addsUp(parts: Figure[], whole: Figure): boolean {
  const sum = parts.map(quantityOf).reduce((a, q) => ({ value: a.value + q.value, low: a.low + q.low, high: a.high + q.high }), within(0));
  const total = quantityOf(whole);
  const slack = 1e-9 * Math.max(1, Math.abs(total.value));
  return sum.low <= total.high + slack && sum.high >= total.low - slack;
}

export const rule = defineRule({
  id: 'rate-mismatch',
  meta: {
    severity: 'error',
    family: 'figures',
    fixable: false,
    description: {
      'zh-CN': '比率必须与同一句或表格同一行中给出的分子、分母相符',
      en: 'A rate must agree with the counts stated in the same sentence or table row',
    },
    messages: {
      mismatch: {
        'zh-CN': '{name}应为{expected}（{division}），文中为{actual}',
        en: '{name} should be {expected} ({division}), the text says {actual}',
      },
      eitherGrade: {
        'zh-CN': '{name}应为{expected}（{division}），如计入{grade}应为{otherExpected}（{otherDivision}），文中为{actual}',
        en: '{name} should be {expected} ({division}), or {otherExpected} counting {grade} in ({otherDivision}); the text says {actual}',
      },
      between: {
        'zh-CN': '{name}应在{low}至{high}之间（{division}），文中为{actual}',
        en: '{name} should be between {low} and {high} ({division}), the text says {actual}',
      },
      sharesOfParts: {
        'zh-CN': '其中各项占比是按所列各项之和{sum}计算的（如{division}），不是按总数{whole}：请核对总数或各项占比',
        en: 'The shares of this list are taken of the sum of the parts listed, {sum} (e.g. {division}), not of the total {whole}: check the total or the shares',
      },
      shareWords: {
        'zh-CN': '占比为{value}（{division}），与“{actual}”（{range}）不符',
        en: 'The share is {value} ({division}), which “{actual}” ({range}) does not allow',
      },
      noWholePart: {
        'zh-CN': '总数{total}的任何整数部分都得不出{name}{actual}（{lowDivision}为{low}，{highDivision}为{high}）：请核对比率或总数',
        en: 'No whole number out of {total} gives a {name} of {actual} ({lowDivision} is {low}, {highDivision} is {high}): check the rate or the total',
      },
      partBeyondWhole: {
        'zh-CN': '{part}多于其所占的总数{whole}，占比不会超过100%，文中为{actual}：请核对分项或总数',
        en: '{part} is more than the whole {whole} it is a share of, and a share cannot pass 100%; the text says {actual}: check the part or the whole',
      },
    },
    schema,
  },
  check(tree, ctx) {
    // Figures may run through a line break that cuts their sentence: they are read without it.
    const joined = joinedText(tree);
    eachWithSentenceBefore(joined, figureClauses(tree), (clause, sentenceBefore) => {
      // Counts used by a rate are not reused by a later one: "受理1061宗，办结1061宗，办结率100%，累计…";
      // but the values of rates named together (结案率、调解率分别为97.5%、55.2%) are all of the counts before them.
      let floor = -1;
      let listFloor = -1;
      clause.figures.forEach((rate, i) => {
        if (rate.kind !== 'rate' || rate.change || rate.value < 0) return;
        if (!rate.name) {
          const inclusive = inclusiveReading(joined, clause, i);
          if (!inclusive) return;
          floor = i;
          if (rate.approximate || agrees(rate, inclusive.reading, ctx.options.rounding)) return;
          const expected = quotientText(rate, inclusive.reading.numerator, inclusive.reading.total, ctx.options.rounding);
          const data = { name: inclusive.name.text, expected, division: inclusive.reading.shown, actual: joined.slice(rate.start, rate.end, tree.source.text) };
          ctx.report({ messageId: 'mismatch', data, start: inclusive.name.start, end: rate.end });
          return;
        }
        const known = rateEntry(rate.name.text);
        if (!known) return;
        const listed = namedBeforeList(rate, clause.figures[i - 1]);
        if (listed) floor = listFloor;
        else listFloor = floor;
        // The counts this rate may be read from come after `from`, whatever `floor` becomes below.
        const from = floor;
        let r: Reading | undefined;
        let name: { text: string; start: number } | undefined;
        if (known.entry.numerator.length > 0) {
          // A division written beside the rate says what it is computed from (合格率100%（合格11卷/评查12卷）),
          // whatever the counts before it give; else the counts before the rate first, those after it only
          // when none before is its own.
          const written = divisionAfter(clause, i, joined);
          const passed = written ? undefined : passedFraction(clause, i, joined);
          if (passed) {
            const data = { part: shown(passed.numerator) + passed.numerator.unit, whole: shown(passed.total) + passed.total.unit, actual: joined.slice(rate.start, rate.end, tree.source.text) };
            ctx.report({ messageId: 'partBeyondWhole', data, start: rateName(tree, rate.name, known.display).start, end: rate.end });
            return;
          }
          const fromBefore = written ? undefined : reading(joined, clause, i, floor, known.entry, known.qualifier, sentenceBefore);
          const fromAfter = written ?? (fromBefore?.used ? undefined : readingAfter(clause, i, floor, known, joined));
          if (fromAfter) floor = fromAfter.last;
          // The graded counts a 合格率 is read from leave the others (不合格15批次) to a later rate (不合格率).
          else if (fromBefore?.used && !fromBefore.reading?.withGrade) floor = i;
          r = fromBefore?.reading ?? fromAfter?.reading;
          const other = fromBefore?.used || fromAfter ? undefined : readingWithoutOwnCounts(joined, clause, i, floor, rate.name, known, sentenceBefore);
          if (other) {
            ({ reading: r, name } = other);
            floor = i;
          }
          const missed = r || fromBefore?.used || fromAfter ? undefined : noWholePart(joined, clause, i, floor, known.entry, known.qualifier, ctx.options.rounding);
          if (missed) {
            floor = i;
            const actual = joined.slice(rate.start, rate.end, tree.source.text);
            const at = rateName(tree, rate.name, known.display);
            const data = { name: at.text, actual, ...missed };
            ctx.report({ messageId: 'noWholePart', data, start: listed ? rate.start : at.start, end: rate.end });
            return;
          }
        } else {
          // A rate with no verb of its own (占比) names no counts to read (the shares read it from 占 and
          // its 其中 list); a division written beside it says what it is: 即办件占比达到41.5%（68÷164）.
          r = divisionAfter(clause, i, joined)?.reading;
        }
        if (r && known.entry.over) r = { ...r, allowed: meritsDivisions(clause, i, from, known.entry.name, divisions(r)) };
        if (!r || (rate.approximate && !boundChecked(rate, r) && !reachedExactly(tree.normalized, rate)) || agrees(rate, r, ctx.options.rounding)) return;
        const actual = joined.slice(rate.start, rate.end, tree.source.text);
        name ??= rateName(tree, rate.name, known.display);
        if (r.withGrade) {
          const data = { name: name.text, ...gradedValues(rate, r, r.withGrade, ctx.options.rounding), actual };
          ctx.report({ messageId: 'eitherGrade', data, start: listed ? rate.start : name.start, end: rate.end });
          return;
        }
        const expected = expectedRate(rate, r.numerator, r.total, r.ranged ?? false, ctx.options.rounding, joined.slice(rate.start, rate.end));
        if (!expected) return;
        const { messageId, ...values } = expected;
        ctx.report({ messageId, data: { name: name.text, ...values, division: r.shown, actual }, start: listed ? rate.start : name.start, end: rate.end });
      });
    });
    checkTables(tree, ctx);
    checkShareColumns(tree, ctx);
    checkShares(tree, ctx);
    checkRatios(tree, ctx);
    checkAverages(tree, ctx);
  },
});
