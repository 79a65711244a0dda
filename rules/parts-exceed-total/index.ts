import { defineRule } from '@reportlint/core';
import type { RuleContext } from '@reportlint/core';
import { findEnumeration, formatDecimal, joinedText, RUN_IN_POINT, tablesOf } from '@reportlint/parser';
import type { Figure, JoinedText, Table } from '@reportlint/parser';
import { askedVerb, countBeforeNoun, countRange, doneNamed, eachWithSentenceBefore, exactCount, figureClauses, findTotal, firstAfter, frameOf, gradeBefore, isDoneVerb, isDoneVerbOneWay, isOutcome, isPending, labelNames, listAcrossSemicolons, markerLength, MAX_FIGURES_BACK, namedAfter, notListedKind, opensWithDoneVerb, overlapsListed, PARTS, plainGap, rateEntry, RECEIVED, receivedWord, sameThings, scopeOf, shown, soleCountBefore, speaksOfCarryOver, tolerance, totalOpening, verbWithObject, withoutLeads, withoutMarker, wordFrameAt, wordsAfter, writtenMultiplier } from '../shared/figures.js';
import type { Clause, Role, SentenceBefore } from '../shared/figures.js';
import { literalAlternation } from '../shared/ranges.js';
import { columnsWhere, cellFigure, isBreakdown, isDerivedRow, isSubtotalName, isTotalName, rowName } from '../shared/tables.js';

const EPSILON = 1e-9;
/** Longest stretch of words allowed between a total and 其中, or between two parts. */
const MAX_GAP = 40;
/** Longest bound word between a band's bound and its count (以下, 以上, 及以上). */
const BAND_GAP = 3;
const LIST_GLUE = /^[、,，和及与\s]*$/;
const OPEN_PAREN = 0x28; // (
const ENUMERATION_COMMA = 0x3001; // 、

type Ctx = RuleContext<Record<string, never>>;

/** A count as the message shows it, with the 余 or 多 that makes it a lower bound (4700余). */
const shownCount = (f: Figure): string => shown(f) + (f.approximate ? (f.marker ?? '') : '');

/**
 * The sum as the parts write it: 3.9万 for 2.1万+1.8万, 14 for 5+9, 6500余 for 3000余+3500余; in the largest
 * multiplier they use when they mix them (2.4亿 for 8800万+1.12亿+4000万).
 */
function sumText(parts: Figure[]): string {
  const sum = parts.reduce((s, f) => s + f.value, 0);
  const above = parts.some((f) => f.approximate) ? '余' : '';
  const multiplier = (f: Figure) => (f.scale > 1 ? writtenMultiplier(f) : '');
  const m = multiplier(parts[0]!);
  if (m && parts.every((f) => f.scale === parts[0]!.scale && multiplier(f) === m)) {
    const decimals = Math.max(...parts.map((f) => f.precision));
    return `${Number((sum / parts[0]!.scale).toFixed(decimals))}${m}${above}`;
  }
  const largest = parts.filter((f) => multiplier(f) !== '').reduce<Figure | undefined>((l, f) => (l && l.scale >= f.scale ? l : f), undefined);
  if (largest) return `${Number((sum / largest.scale).toFixed(6))}${multiplier(largest)}${above}`;
  return String(Number(sum.toFixed(6))) + above;
}

/** A count whose interval countRange knows: exact, or above a round number (4200余件). */
const ranged = (f: Figure): boolean => countRange(f) !== undefined;

/** The least the parts may add up to. */
const partsLow = (parts: Figure[]): number => parts.reduce((s, f) => s + countRange(f)!.low, 0);

/** Whether the parts are beyond their total for every value they and it may stand for. */
function exceeds(total: Figure, parts: Figure[]): boolean {
  return partsLow(parts) > countRange(total)!.high + EPSILON;
}

/**
 * Reports parts beyond their total. The finding spans the statement, from the total to the last part;
 * in a table (`at`), the total's cell. `source`: the count the total was taken from, when the parts may break
 * down either (受理58件，办结55件，其中……) and pass both: the finding names the two.
 */
function reportParts(
  ctx: Ctx,
  total: Figure,
  parts: Figure[],
  reported: Set<Figure> | undefined,
  at = { start: total.start, end: parts[parts.length - 1]?.end ?? total.end },
  source?: Figure,
): void {
  if (parts.length === 0 || !exceeds(total, parts)) return;
  // Prose only: doneExceedsReceived leaves a part already reported alone.
  for (const p of parts) reported?.add(p);
  const one = parts.length === 1;
  ctx.report({
    messageId: source ? (one ? 'partExceedsBoth' : 'partsExceedBoth') : one ? 'partExceeds' : 'partsExceed',
    data: {
      sum: sumText(parts) + total.unit,
      parts: parts.map(shownCount).join('+'),
      part: shownCount(parts[0]!) + parts[0]!.unit,
      total: shownCount(total) + total.unit,
      source: source ? shownCount(source) + source.unit : '',
    },
    start: at.start,
    end: at.end,
  });
}

/**
 * The nearest figure before index `k` that is not in parentheses, within reach. With `currentCounts`,
 * what 其中 cannot break down is passed over: a rate (调解成功3231件，调解成功率98.7%，其中草场纠纷1046件……),
 * a multiple, a count of another period (参保1260万人，是2020年600余万人的2倍多，其中……): the parts
 * are of the count they are compared with; and an amount before parts that are counts (作出处罚决定147件，
 * 罚没款86.4万元；其中……立案34件), when the count before it is surely the one broken down (soleCountBefore).
 */
function totalBefore(clause: Clause, k: number, offset: number, currentCounts = false): Figure | undefined {
  const figures = clause.figures;
  const first = figures[k];
  let pastAmount = false;
  for (let t = k - 1; t >= 0 && k - t <= MAX_FIGURES_BACK; t--) {
    const f = figures[t]!;
    if (f.end > offset) continue;
    if (currentCounts) {
      const amount = first !== undefined && notListedKind(f, first);
      pastAmount ||= amount;
      // 73件，比上年增加15件，增长25.9%，其中……: the difference from last year is not what the parts break down.
      if (amount || f.kind === 'rate' || f.kind === 'multiple' || f.change || clause.roles[t]!.otherPeriod) continue;
    }
    if (!f.parenthetical) return pastAmount && !soleCountBefore(clause, t) ? undefined : f;
  }
  return undefined;
}

/**
 * Whether `f` is the bound of a band the next part is counted in (35岁以下 → 612名, 35—50岁 → 598名):
 * a measure of other things written right before a count of the total's things.
 */
function bandBound(f: Figure, next: Figure | undefined, total: Figure): boolean {
  return f.kind === 'measure' && !sameThings(f, total) && next !== undefined && sameThings(next, total) && next.start - f.end <= BAND_GAP;
}

/**
 * 其中，网站收到评价600条，窗口收到评价500条: a part whose total word (收到) and the words after it are
 * those of a part before it is one more member of the list, named by its own holder — no new statement.
 * A 数 ending one of them (收到评价数) changes nothing.
 */
function parallelToPart(parts: Figure[], role: Role, label: string): boolean {
  if (role.totals.length !== 1 || role.otherPeriod) return false;
  const word = role.totals[0]!;
  const tail = (l: string) => {
    const at = l.indexOf(word);
    return at === -1 ? undefined : l.slice(at).replace(/数量?$/, '');
  };
  const own = tail(label);
  return own !== undefined && parts.some((p) => tail(withoutMarker(p.label)) === own);
}

/**
 * 共8件，其中今年新报来3件，结转5件: the parts listed after 其中/包括, until the list visibly ends. A
 * sentence that opens with 其中 may break down a count of the sentence before (see totalOpening).
 */
function afterMarker(joined: JoinedText, clause: Clause, m: number, sentenceBefore: SentenceBefore): Listed | undefined {
  const marker = clause.markers[m]!;
  const nextMarker = clause.markers[m + 1];
  const figures = clause.figures;
  const k = firstAfter(figures, marker);
  const written = totalBefore(clause, k, marker, true);
  const nearest = written && countedTwoWays(joined, clause, written, figures[k]);
  // 立案查处违法用地96宗、1380亩，其中……: the total counted another way too, as its parts may be.
  const otherWay = nearest !== written ? written : undefined;
  if (nearest && (!ranged(nearest) || marker - nearest.end > MAX_GAP)) return undefined;
  // 收到申请9件，上年结转1件，其中网络申请5件……: the parts may be of the year's count or of both; the text does not say.
  if (nearest && speaksOfCarryOver(nearest.label) && figures.some((f) => f.end <= nearest.start && f.kind !== 'rate' && !f.parenthetical && sameThings(f, nearest))) return undefined;
  const list = nearest && listedWith(joined, clause, nearest);
  const inClause = list?.largest;
  const total = inClause ?? totalOpening(joined, clause, marker, figures[k], sentenceBefore)?.total;
  if (!total || !ranged(total)) return undefined;
  // 检出不合格31批次。其中，农业站承担的820批次抽检中，……: a first part that frames a whole of its own is a part of
  // the sentence before's count only when that count names the frame's things (抽检), whatever their measure word.
  const framed = inClause ? undefined : frameOf(joined, figures[k]!);
  if (framed && !total.label.includes(framed.noun)) return undefined;
  // The parts found, if beyond their total (one of the sentence before is not a count of done: see totalOpening).
  // Parts within the sum of the counts listed (20名……和50名……，其中10名……，60名……) may break down all of them.
  const beyond = (parts: Figure[]) => (!inClause ? { total, parts } : list.high >= partsLow(parts) - EPSILON ? undefined : beyondItsSource(clause, total, parts));
  const at = joined.indexOf(marker);
  const parts: Figure[] = [];
  let sum = 0;
  let complete = false;
  let prevEnd = joined.offsetOf(at + (markerLength(joined.text, at) || (wordFrameAt(joined.text, at)?.length ?? 0)));
  const bounds: string[] = [];
  // Whether the parts so far are separated by semicolons: only such a list runs on past one.
  let bySemicolons: boolean | undefined;
  let partsCountFirst = false;
  // The count of places a part is of, written before it (4个县 in 其余4个县共234件).
  let scope: Figure | undefined;
  // Whether every part after the first so far was listed with 、 (其中减刑7936件、假释706件).
  let allListed = true;
  // Whether every part so far is an outcome (维持, 撤销, 予以公开 …), kept as the parts are added.
  let outcomes = true;
  // The parts' counts the other way (1,034人 after 712户), held to the total's other count.
  const otherWayParts: Figure[] = [];
  const closedTotal = clause.roles[figures.indexOf(total)]?.done === true;
  // Whether parts labelled by a property (涉及……的) close with the rest, so that none overlaps another.
  let partition = false;
  // Whether the first part's denial follows it (发现问题的38家，未发现问题的96家): the two are the whole list.
  let complement = false;
  for (let j = k; j < figures.length && j - k < MAX_FIGURES_BACK; j++) {
    const f = figures[j]!;
    if (f.start < prevEnd || f.parenthetical) continue;
    if (f.start - prevEnd > MAX_GAP || (nextMarker !== undefined && nextMarker < f.start)) break;
    // 其中网上办件182.6万件，窗口办件97.9万件，三是……: an enumeration item starts another statement, even
    // after a comma where a full stop was meant.
    if (findEnumeration(joined.text, joined.indexOf(prevEnd), joined.indexOf(f.start)).length > 0) break;
    if (parts.length === 0 && namesOneMember(joined.slice(prevEnd, f.start))) return undefined;
    // 其中35岁以下412名、35—50岁598名: a bound that names the part's band is part of its label.
    if (bandBound(f, figures[j + 1], total)) {
      // 40岁以下、50岁以下: bands open the same way nest, and nested bands overlap.
      if (f.marker && bounds.includes(f.marker)) return undefined;
      if (f.marker) bounds.push(f.marker);
      continue;
    }
    // 其中来信申请26件，占65%；网上申请12件，占30%: each part's share of the total goes with it, and so does
    // a part's count the other way the total was counted (其中耕地违法58宗、占地920亩).
    const theOtherWay = parts.length > 0 && countedTheOtherWay(joined, prevEnd, f, otherWay);
    if (theOtherWay || (parts.length > 0 && shareOfPart(joined, prevEnd, f))) {
      if (theOtherWay) otherWayParts.push(f);
      prevEnd = f.end;
      continue;
    }
    if (parts.length > 0) {
      // 其中维持7件、撤销1件、终止2件；发生行政诉讼案件3件: a list joined otherwise ends at a semicolon.
      const semicolon = /[;；]/.test(joined.slice(prevEnd, f.start));
      if (semicolon && bySemicolons === false) break;
      bySemicolons ??= semicolon;
      if (!semicolon && bySemicolons) break;
    }
    if (scopeOf(joined, f, figures[j + 1], total)) {
      scope = f;
      continue;
    }
    if (f.kind === 'rate' || f.change || !sameThings(f, total)) break;
    // A list is written one way throughout: after labelled parts, ……不满意10条，15条差评全部回访整改 — a
    // count written before its noun names its own things; 其中4件维持原决定，1件责令重作: parts written
    // before their nouns are named by the words after each. And in the measure words of the list or of its
    // total: after 查处案件20起，其中无证经营12起，超范围经营6起, a count in 件 (作出行政处罚决定9件) counts what
    // was done about them, not one more kind (文件3件，其中……2份，……2件 mixes the total's and its own).
    const countFirst = beforeItsNoun(joined, f);
    const otherMeasure = parts.length > 0 && f.unit !== parts[parts.length - 1]!.unit && f.unit !== total.unit;
    if (parts.length > 0 && (countFirst !== partsCountFirst || otherMeasure)) break;
    partsCountFirst = countFirst;
    const part = countFirst ? { ...f, label: f.tail } : f;
    const label = withoutMarker(part.label);
    // 其中维持158件、撤销21件……，纠错34件: a count of outcomes together ends the list of those it may sum.
    if (overlapsListed(part, parts)) break;
    // 其中判决86件，裁定20件，行政机关败诉9件: an outcome counted across the parts ends the list; one
    // joined by 、 is another item of it (其中维持43件、驳回8件、纠错9件), and so is a status or grade
    // (其中优秀2106卷、合格5893卷、不合格421卷) unless it opens a statement (、已整改50处).
    // A part after its scope (、其余4个县共234件) is listed as the scope is.
    const listed = joined.text.charCodeAt(joined.indexOf((scope ?? f).labelStart) - 1) === ENUMERATION_COMMA;
    scope = undefined;
    // 其中即办件1304项、承诺件882项，可全程网办事项1911项: two or more parts that make up the total
    // exactly are the whole breakdown; a count after them starts another statement, even one listed
    // with 、 (其中男性5人、女性5人、党员3人: categories, then a property) — but not after outcomes:
    // the cases closed are decided one way each, so a count listed with them is one more outcome
    // (其中维持128件、……、责令履行2件、终止20件 is one list, its sum beyond the total).
    // 其中维持3件，撤销1件，尚未审结1件: the cases not yet decided are one more item of a list of outcomes
    // — of the cases received: a count of closed ones (审结4件，其中……) has none pending.
    const undecided = parts.length > 0 && !closedTotal && outcomes && isPending(part);
    if (complete && !((listed || undecided) && outcomes)) break;
    // 其余市（州）合计9.66万件: the label after the bracket opens with 合计, but the words before it close the list.
    const closing = parts.length > 0 && restSummed(clause.roles[j]!, joined.slice(prevEnd, f.start));
    const newStatement = !closing && (opensWith(label, PARTS.stops) || (!listed && PARTS.statuses.some((w) => label.includes(w))));
    // 其中蔬菜样品5260个、合格5226个: the part's count with a status, within it.
    if (listed && !outcomes && parts.length > 0 && statusOfPart(parts[parts.length - 1]!, part, label)) break;
    const graded = parts.length > 0 && anotherGrade(parts[parts.length - 1]!, label);
    // 其中减刑7936件、假释706件，人民法院裁定减刑、假释8598件: a list its writer joined with 、 ends at a comma,
    // whatever the count after it names — unless it is one more outcome or grade, each case decided or each
    // file graded one way (其中优秀卷58卷、合格卷169卷，不合格卷13卷).
    const afterComma = parts.length > 0 && /[,，]/.test(joined.slice(prevEnd, f.start));
    if (parts.length > 1 && allListed && afterComma && !graded && !(outcomes && isOutcome(part))) break;
    // 其中予以公开12件，不予公开2件，结转下年度办理3件: each application is decided one way, so an outcome
    // after outcomes is one more item of the list, whatever verb of done or total its label holds.
    const anotherOutcome = parts.length > 0 && outcomes && isOutcome(part);
    const role = clause.roles[j]!;
    const startsAnother = (role.totals.length > 0 || role.done) && !kindOfTotal(role, label, total) && !closing && !(parts.length > 0 && summedPart(role, label));
    const parallel = parallelToPart(parts, role, label);
    if (parts.length > 0 && !graded && !undecided && !anotherOutcome && (newStatement || (startsAnother && !listed && !parallel))) break;
    if (parts.length === 0 && opensWith(label, NO_FIRST_PART)) break;
    if (parts.length > 0 && anotherPieceOfWork(parts[0]!, joined.slice(prevEnd, f.start))) break;
    const respective = PARTS.respectively.find((w) => label.includes(w));
    if (respective) {
      // 其中婚姻家庭纠纷和邻里纠纷分别为1826件、1473件: a name for each value, the parts of the total;
      // 其中涉企案件分别为64件、29件: one name, a part of each of several totals.
      if (parts.length > 0) return undefined;
      const at = joined.move(prevEnd, joined.slice(prevEnd, f.start).indexOf(respective));
      const values = respectiveValues(joined, clause, at, joined.slice(prevEnd, at), total);
      return values && beyond(values);
    }
    if (!ranged(f)) return undefined;
    // Subsets that may overlap need not add up, but none can be larger than its total: the first one
    // is held to it alone (其中适用简易程序1836件 of 案件1284件).
    if (parts.length === 0 && label.endsWith('的')) {
      complement = deniedNext(joined, figures, j, label, total);
      partition = complement || closesWithRest(joined, figures, j, total);
    }
    if ((mayOverlap(label) && !partition) || penaltyKind(f, label)) return parts.length === 0 && exceeds(total, [f]) ? beyond([f]) : undefined;
    if (parts.length > 0) allListed &&= listed && !afterComma;
    parts.push(part);
    // The rest summed up is the last part: what follows it is another statement; so is a property's denial.
    if (closing || (complement && parts.length === 2)) break;
    outcomes &&= isOutcome(part);
    prevEnd = f.end;
    sum += f.value;
    // 包括东干渠、西干渠2条渠道: members named, then counted — the whole total, restated.
    const membersCounted = parts.length === 1 && joined.text.startsWith('包括', at) && /[、,，]/.test(joined.slice(joined.offsetOf(at + 2), f.start));
    complete = (parts.length > 1 || membersCounted) && Math.abs(sum - total.value) < EPSILON;
  }
  return bothWays(beyond(parts), otherWay, parts, otherWayParts);
}

/**
 * 共保障4,226户7,358人，其中城市低保712户1,034人、农村低保3,514户6,524人: when the parts do not pass the total
 * in its measure (户), those counted the other way (人) are held to the total's other count — only when every
 * part is counted both ways, so that the two sums are of the same parts.
 */
function bothWays(found: Listed | undefined, otherWay: Figure | undefined, parts: readonly Figure[], otherWayParts: Figure[]): Listed | undefined {
  if ((found && exceeds(found.total, found.parts)) || !otherWay || !ranged(otherWay)) return found;
  const complete = otherWayParts.length > 1 && otherWayParts.length === parts.length;
  return complete && exceeds(otherWay, otherWayParts) ? { total: otherWay, parts: otherWayParts } : found;
}

/**
 * 全年新增公路639公里、其中县道370公里，新增村道2600公里: a later count whose label opens with a verb of
 * work done, where the first part was named by a thing, is another piece of work beside the total
 * (…，修复治理退化草原51.7万亩), not one more of its parts. Parts named by actions throughout
 * (其中新建3所、改扩建5所) stay one list.
 */
function anotherPieceOfWork(first: Figure, before: string): boolean {
  const action = (text: string) => PARTS.actions.some((w) => text.startsWith(w));
  // The words from the mark before the count, whole: a label stops at a bracket (新增高速（一级）公路2600公里).
  return action(before.replace(LEADING_MARKS, '')) && !action(withoutLeads(withoutMarker(first.label)));
}

const LEADING_MARKS = /^[,，;；、\s]+/;

/**
 * 接待群众来访518批2136人次，其中集体访36批……: a count written right after another, no word between or a 、
 * (立案查处违法用地案件96宗、1380亩), counts the same things another way (批 and 人次, 宗 and 亩); 其中 breaks down
 * the one whose unit its first part has.
 */
function countedTwoWays(joined: JoinedText, clause: Clause, nearest: Figure, first: Figure | undefined): Figure {
  const before = clause.figures[clause.figures.indexOf(nearest) - 1];
  if (!first || !before || sameThings(first, nearest) || !sameThings(first, before)) return nearest;
  return before.end === nearest.start || joined.slice(before.end, nearest.start) === '、' ? before : nearest;
}

/**
 * Whether `f` counts the part before it (ending at `partEnd`) the other way its total was counted: 96宗、1380亩，
 * 其中耕地违法案件58宗、占地920亩 — right after the part (低保4126户7358人，其中城市低保612户1034人), after a 、 or a
 * comma, in the other way's unit.
 */
function countedTheOtherWay(joined: JoinedText, partEnd: number, f: Figure, otherWay: Figure | undefined): boolean {
  return otherWay !== undefined && sameThings(f, otherWay) && /^[、,，]?$/.test(joined.slice(partEnd, f.labelStart));
}

/**
 * 其中蔬菜样品5260个、合格5226个，合格率99.35%: a part named by a status alone (合格, 已办结: parts.statuses),
 * listed after a part that names things and no status, and no more than it, counts those of that part with the
 * status — a count within it, not one more item. Grades listed together (其中优秀2106卷、合格5893卷) are items:
 * the part before is named by a verb of done too; so are actions (其中制定4件、修改5件: 修改 is no status).
 */
function statusOfPart(previous: Figure, part: Figure, label: string): boolean {
  const before = withoutLeads(withoutMarker(previous.label));
  return PARTS.statuses.includes(withoutLeads(label)) && !isDoneVerb(before) && !PARTS.statuses.some((w) => before.includes(w)) && part.value <= previous.value;
}

/** A listed count's own frame, a count of other things (……主要负责人和38个县直单位的50名): the words before it and after it. */
const FRAME_GLUE = /^\p{Script=Han}{0,8}[、和及与]$/u;
const FRAME_TAIL = /^\p{Script=Han}{1,12}的$/u;

/**
 * 被申请行政复议6件、提起行政诉讼1件，其中维持4件、纠正2件……: after counts of the same things listed
 * with 、 (和 及 与), 其中 may break down any of them or all of them, not only the nearest: the parts are beyond
 * them only past their sum (`high`; the largest alone when they are counted in different measures), and are then
 * held to the largest. Each count may come after a frame of its own (10个乡镇的20名主要负责人和38个县直单位的50名
 * 主要负责人). A count of done keeps its own parts (受理30件、办结28件，其中维持20件……: outcomes are of the cases
 * closed), and so does a count a count of done is listed after.
 */
function listedWith(joined: JoinedText, clause: Clause, nearest: Figure): { largest: Figure; high: number } {
  const figures = clause.figures;
  let largest = nearest;
  let sum = countRange(nearest)?.high ?? nearest.value;
  // 接收档案4.6万卷、1.2万件: the same things counted in two measures are not added up.
  let oneMeasure = true;
  for (let t = figures.indexOf(nearest); t > 0; ) {
    const listed = figures[t]!;
    let b = t - 1;
    const frame = figures[b]!;
    const framed = b > 0 && !sameThings(frame, nearest) && FRAME_GLUE.test(joined.slice(figures[b - 1]!.end, frame.start)) && FRAME_TAIL.test(joined.slice(frame.end, listed.start));
    if (framed) b--;
    const before = figures[b]!;
    if (clause.roles[t]!.done || clause.roles[b]!.done) break;
    if (before.parenthetical || !exactCount(before) || !sameThings(before, nearest)) break;
    if (!framed && !/^[、和及与]$/.test(joined.slice(before.end, listed.labelStart))) break;
    if (before.value > largest.value) largest = before;
    sum += countRange(before)?.high ?? before.value;
    oneMeasure &&= before.unit === nearest.unit;
    t = b;
  }
  return { largest, high: oneMeasure ? sum : (countRange(largest)?.high ?? largest.value) };
}

/**
 * Subsets a part's label names by a property, which may overlap the other parts: 其中具有法律职业资格的
 * 80名，取得执法证的1150名 (attributes written with 的); 其中本科以上学历1104人、研究生学历86人 (a
 * cumulative level contains the higher ones listed with it — a label that is only 以上 is a band's
 * bound word, handled before, and a statistical class named by its threshold, 规模以上工业企业, is a
 * category); 其中适用“首违不罚”426件，涉企案件1380件 (counts of a property — not of a procedure: see
 * namesProcedure); service items counted by how
 * they can be handled (“川渝通办”事项210项，网上可办1250项).
 */
function mayOverlap(label: string): boolean {
  if (label.endsWith('的')) return true;
  const level = PARTS.thresholds.reduce((l, w) => l.replaceAll(w, ''), label);
  if (PARTS.cumulative.some((w) => level.indexOf(w) > 0)) return true;
  return (PARTS.attributes.some((w) => label.startsWith(w)) && !namesClass(label) && !namesProcedure(label)) || PARTS.availabilities.some((w) => label.includes(w));
}

/**
 * 其中涉及事实错误的96条、涉及导向把关的37条、其他221条: parts named by a property (……的) listed with 、 up to
 * the rest (其他, 其余 …) are a partition of the total — the writer counted what is left — so they add up, though
 * such parts alone may overlap (mayOverlap). `j`: the index of the first part.
 */
function closesWithRest(joined: JoinedText, figures: readonly Figure[], j: number, total: Figure): boolean {
  for (let n = j + 1; n < figures.length && n - j < MAX_FIGURES_BACK; n++) {
    const f = figures[n]!;
    if (f.parenthetical || !exactCount(f) || !sameThings(f, total)) return false;
    if (joined.slice(figures[n - 1]!.end, f.labelStart) !== '、') return false;
    const label = withoutMarker(f.label);
    if (PARTS.closing.some((w) => label.startsWith(w))) return true;
    if (!label.endsWith('的')) return false;
  }
  return false;
}

/** Words that deny a property: 未发现问题的 is what 发现问题的 is not. */
const DENIALS = ['尚未', '没有', '未', '不'];

/**
 * 对全县126家企业开展检查，其中发现问题的38家，未发现问题的96家: a part named by a property (……的), then,
 * right after it (a 、 or a comma), one named by its denial (未……, 不……; 已整改的 → 未整改的) — nothing can be
 * both, so the two add up, though parts named by properties alone may overlap (mayOverlap). `j`: the first part.
 */
function deniedNext(joined: JoinedText, figures: readonly Figure[], j: number, label: string, total: Figure): boolean {
  const next = figures[j + 1];
  if (!next || next.parenthetical || !exactCount(next) || !sameThings(next, total) || !/^[、,，]$/.test(joined.slice(figures[j]!.end, next.labelStart))) return false;
  const core = label.replace(/^已经?/, '');
  return DENIALS.some((w) => next.label.startsWith(w) && next.label.slice(w.length) === core);
}

/**
 * Whether a part's label names the procedure its cases were decided under (其中适用简易程序19起、普通程序68起:
 * parts.procedures): each case is decided under one, so such parts are categories, 适用 before them or not.
 */
function namesProcedure(label: string): boolean {
  const { attributes, names } = PARTS.procedures;
  const attribute = attributes.find((w) => label.startsWith(w));
  return attribute !== undefined && names.some((n) => label.startsWith(n, attribute.length));
}

/**
 * Whether a part counts the decisions, cases or persons that a kind of penalty is imposed on (其中罚款1758件),
 * which one of them may have with others (parts.penalties). Counted in 人次 (处罚58人次，其中警告21人次), each
 * penalty imposed is one, and the kinds add up.
 */
function penaltyKind(f: Figure, label: string): boolean {
  return f.kind === 'count' && !f.unit.endsWith('次') && PARTS.penalties.some((w) => label.startsWith(w));
}

/** The noun a class word may stand before in a part's label: 涉企类诉求, 涉税走私类案件. */
const CLASS_NOUN = /^\p{Script=Han}{0,4}$/u;

/**
 * Whether a part's label names a class (涉法涉诉类, 涉企类诉求, 涉及行政处罚类: parts.classes), not a property
 * that other parts may share: each item is put in one class. Not 类型 or 类别 (breakdowns.classes), which name
 * the classing (涉及行政许可类型的案件).
 */
function namesClass(label: string): boolean {
  return PARTS.classes.some((w) => {
    const at = label.lastIndexOf(w);
    if (at <= 0) return false;
    const classing = label.slice(at);
    return CLASS_NOUN.test(classing.slice(w.length)) && !PARTS.breakdowns.classes.some((c) => classing.startsWith(c));
  });
}

/**
 * The parts and their total, unless the total is a count of done: 排查纠纷5240件，化解5187件，其中婚姻
 * 家庭纠纷1320件……: the parts may break down the count it was taken from as well; only a sum beyond
 * that one too is certain, and that one is named with it (`source`) — unless the parts are outcomes
 * (受理41件，审结38件，其中维持29件、撤销3件……), which only cases closed have.
 */
function beyondItsSource(clause: Clause, total: Figure, parts: Figure[]): Listed | undefined {
  const t = clause.figures.indexOf(total);
  if (clause.roles[t]!.done && !parts.some(isOutcome)) {
    const source = findTotal(clause, t);
    if (source && !exceeds(source, parts)) return undefined;
    if (source && source.value !== total.value) return { total, parts, source };
  }
  return { total, parts };
}

/** Parts and the total they are held to; `source`, the count that total was taken from, when they may be its parts too. */
interface Listed {
  total: Figure;
  parts: Figure[];
  source?: Figure;
}

/** What the first count's label opens with when it is no part of the total: one more (另), a share (占), a change (较, 同比). */
const NO_FIRST_PART = ['另', '此外', '同时', '占', '较', '同比', '比'];

/**
 * Whether a part's label opens with one of `words` — 占 opening a noun of occupying (parts.occupations:
 * 其中秸秆焚烧19件、占道经营214件) names a kind of case, not a share.
 */
function opensWith(label: string, words: readonly string[]): boolean {
  return words.some((w) => label.startsWith(w)) && !PARTS.occupations.some((w) => label.startsWith(w));
}

/** 23件，占26.8%: a percentage introduced by 占 right after a count, that count's share of its total. */
function shareOfPart(joined: JoinedText, partEnd: number, f: Figure): boolean {
  return f.kind === 'rate' && !f.change && /^[,，]?(?:约|分别)?占/.test(joined.slice(partEnd, f.start));
}

/** Titles in 《》 at the start of the words after 其中, joined by 、 和 及 与 or nothing. */
const TITLES = /^(?:《[^《》]*》[、和及与]?)+/;

/**
 * 其中《停车设施专项规划》收集意见213条: 其中 picks out members of the total by their titles, and the
 * figures after them count those members' own things (opinions, hearings), not a share of the total.
 * 其中《A》《B》等5件 counts members: a title list closed by 等 is a part after all.
 */
function namesOneMember(words: string): boolean {
  const titles = TITLES.exec(words);
  return titles !== null && !words.startsWith('等', titles[0].length);
}

/**
 * 全年收到申请20件，其中网上申请14件，信函申请5件: a part whose one total word ends its label, after words that
 * qualify it, and is held by the total's label too (申请, 收到) names a kind of the total's things, not
 * another total. One that opens with the word (其中……，办理行政诉讼案件80件) states one; a word within
 * another (共 in 中共党员) names nothing.
 */
function kindOfTotal(role: Role, label: string, total: Figure): boolean {
  if (role.totals.length !== 1) return false;
  const word = role.totals[0]!;
  const verb = withoutLeads(label);
  return verb.length > word.length && verb.endsWith(word) && total.label.includes(word);
}

/** Words that sum the count right after them (政策解读共计150条 sums a part in itself, 案件共18件 the cases that came in). */
const PART_SUMS = ['共计', '合计', '总计', '共'];
/** Words that make the words before a sum no name of one part: a count of parts, or words referring back to them (两类共计, 上述合计). */
const NO_PART_NAME = /[一二两三四五六七八九十百千万]|上述|以上|前述|其余|其他各|各类|全部|所有/;

/**
 * 包括：政策文件80条，工作动态900条，政策解读共计150条，其他信息310条: a part named by its words alone and summed in
 * itself, its total word right before its count — one more part of the list, not another statement (全年共计发布……
 * has a verb after the word; 两类共计 sums the parts before).
 */
function summedPart(role: Role, label: string): boolean {
  if (role.done || role.totals.length !== 1) return false;
  const word = PART_SUMS.find((w) => label.endsWith(w));
  // The total word read in the label (共) is the sum word's own (共计), not one of other words before it.
  if (word === undefined || !word.includes(role.totals[0]!)) return false;
  const name = label.slice(0, -word.length);
  return /^\p{Script=Han}{2,12}$/u.test(name) && !NO_PART_NAME.test(name);
}

/**
 * 其中北原市5.12万件；江城市3.08万件；其余各市合计10.66万件: the rest of the list summed up (其余, 其他 … then
 * 合计, 共 …) is its last part, though a word of a total names it — the sum is of the places or kinds not listed.
 * `before`: the words from the part before to the count, whole — a label stops at a bracket or at the count of
 * places (其余七个市（州）和长岭管委会合计).
 */
function restSummed(role: Role, before: string): boolean {
  const words = before.replace(LEADING_MARKS, '');
  return PARTS.closing.some((w) => words.startsWith(w)) && role.totals.length > 0 && role.totals.every((w) => PARTS.sums.includes(w)) && !role.done;
}

/** A part's label without its grade (基本满意 → 满意, 不满意 → 满意). */
function ungraded(label: string): string {
  const grade = PARTS.grades.find((w) => label.startsWith(w));
  return grade ? label.slice(grade.length) : label;
}

/**
 * 非常满意802条，满意163条，合计965条: counts of one verb, each under another grade (parts.grades: 非常, 基本, 不 …, or
 * none) — each case gets one grade, so they are items of one list, though each is a count of done, which a list
 * otherwise never goes on past. Every count after the first is the grade and the verb alone; the first may name
 * what was graded before its grade (“好差评”非常满意).
 */
function gradesOfOneVerb(parts: readonly Figure[]): boolean {
  if (parts.length < 2) return false;
  const verb = ungraded(parts[1]!.label);
  if (verb === '') return false;
  const grades = new Set<string>();
  for (const [n, part] of parts.entries()) {
    const grade = n === 0 ? gradeBefore(part.label, verb) : ungraded(part.label) === verb ? part.label.slice(0, -verb.length) : undefined;
    if (grade === undefined || grades.has(grade)) return false;
    grades.add(grade);
  }
  return true;
}

/**
 * 其中满意7件，基本满意2件，不满意1件: a count of the previous part's verb under another grade is one
 * more item of the list — each case gets one grade — though a count of done after a part otherwise
 * starts a new statement. `label`: the count's label without 其中.
 */
function anotherGrade(previous: Figure, label: string): boolean {
  const own = withoutMarker(previous.label);
  return label !== own && ungraded(label) !== '' && ungraded(label) === ungraded(own);
}

/** 其中4件维持原决定: a part written before its noun (其中 aside), which the words right after it name. */
const beforeItsNoun = (joined: JoinedText, f: Figure): boolean => countBeforeNoun(joined, f, withoutMarker(f.label));

/**
 * The figures inside the parentheses right after the figure at `index`, if the parentheses open with
 * one of `opening` (含, 其中 …; any words when none is given) and close within the clause.
 */
function inParenthesesAfter(joined: JoinedText, clause: Clause, index: number, opening?: RegExp): Figure[] | undefined {
  const text = joined.text;
  const after = joined.indexOf(clause.figures[index]!.end);
  // Checked per figure: look at the character after it before slicing and matching.
  if (text.charCodeAt(after) !== OPEN_PAREN || (opening && !opening.test(text.slice(after + 1, after + 3)))) return undefined;
  let close = after + 1;
  const limit = Math.min(joined.indexOf(clause.end), after + 200);
  while (close < limit && text[close] !== ')') close++;
  if (text[close] !== ')') return undefined;
  const closeAt = joined.offsetOf(close);
  const inside: Figure[] = [];
  for (let j = index + 1; j < clause.figures.length && clause.figures[j]!.end <= closeAt; j++) inside.push(clause.figures[j]!);
  return inside;
}

/**
 * 受理网民来信323件(含上级指派77件): the parts inside the parentheses right after a total, opened by 含, 其中 or
 * 包括 — or by nothing, when they are two or more counts listed with 、 and nothing else, none of another period
 * (累计管理484人（年初在册298人、新接收186人）; not 1024件（上年968件、……）).
 */
const PARTS_OPENING = /^(含|其中|包括)/;
function inParentheses(joined: JoinedText, clause: Clause, index: number): Figure[] | undefined {
  const total = clause.figures[index]!;
  const marked = inParenthesesAfter(joined, clause, index, PARTS_OPENING);
  const parts = marked ?? inParenthesesAfter(joined, clause, index);
  if (!parts || parts.length === 0 || parts.some((f) => !exactCount(f) || !sameThings(f, total))) return undefined;
  return marked || listedAlone(joined, total, parts) ? wholeBreakdown(total, parts) : undefined;
}

/**
 * 立案390件（其中简易程序110件，普通程序280件、立案撤销8件）: two or more parts that make up the total exactly are the
 * whole breakdown; a count after them says something else of the same cases (an outcome), not one more part.
 */
function wholeBreakdown(total: Figure, parts: Figure[]): Figure[] {
  let sum = 0;
  for (let k = 0; k < parts.length - 1; k++) {
    sum += parts[k]!.value;
    if (k > 0 && Math.abs(sum - total.value) < EPSILON) return parts.slice(0, k + 1);
  }
  return parts;
}

/** Whether counts in parentheses after `total` are listed with 、 alone from the opening parenthesis on, each a plain label. */
function listedAlone(joined: JoinedText, total: Figure, parts: Figure[]): boolean {
  if (parts.length < 2 || parts[0]!.labelStart !== joined.move(total.end, 1)) return false;
  return parts.every((f, k) => plainGap(f.label, false) && (k === 0 || joined.slice(parts[k - 1]!.end, f.labelStart) === '、'));
}

/**
 * 回访群众120人，满意率达98.3%（满意102人，基本满意16人）: the grades inside the parentheses right after a
 * rate, and the count right before the rate they grade — each of its cases gets one grade, so they add
 * up to it at most. Counts that are not grades of one verb (受理120件，办结115件: the rate's own counts)
 * are left to rate-mismatch.
 */
function gradesAfterRate(joined: JoinedText, clause: Clause, index: number): { total: Figure; parts: Figure[] } | undefined {
  const total = clause.figures[index - 1];
  const grades = inParenthesesAfter(joined, clause, index);
  if (!total || total.parenthetical || !exactCount(total) || !grades || grades.length < 2) return undefined;
  if (grades.some((f, k) => !exactCount(f) || !sameThings(f, total) || (k > 0 && !anotherGrade(grades[k - 1]!, f.label)))) return undefined;
  return { total, parts: grades };
}

/**
 * Adverbs a count's own verb may follow (345家已完成……), negations too (4个村未配备……, 2个县尚未完成……: the frame's
 * things that did not do it; 11个尚无……, 仍无, 还无: those that still have none): no noun stands after them.
 */
const OWN_VERB_ADVERB = /^(?:已经|已|均|都|全部|未|尚未|仍未|还未|尚无|仍无|还无)/;

/**
 * Whether a count right after a frame counts the frame's own things: its label picks them out with 的
 * (提出修改意见的有92件, 已整改的30件) or is a verb of done alone, done one way or not (已办结150件, 全程网办46项), or the count stands right
 * before its own verb (345家已完成……, 345家完成了……, 46项实现全程网办), or a person acting named before a verb of done
 * (行政机关负责人出庭应诉69件: parts.agents), the frame's noun between them or not (8个县（区）中有
 * 6个县完成……). A count before another noun (35个村……) or labelled with one (建成示范村35个) may count other things in
 * the same measure word.
 */
function countsFramedThings(part: Figure, noun: string): boolean {
  // 有, 仍有, 还有, 尚有: the frame's things that are so (9个村中仍有4个村未配备……).
  const head = withoutLeads(part.label).replace(/^(?:仍|还|尚)?有/, '');
  if (/的(?:有|为|是)?$/.test(head)) return true;
  if (head !== '') return isDoneVerbOneWay(head) || isDoneVerbOneWay(afterAgent(head));
  const tail = withoutFramedNoun(part.tail, noun);
  return OWN_VERB_ADVERB.test(tail) || opensWithDoneVerb(withoutLeads(tail)) || opensWithAttainment(withoutLeads(tail));
}

/**
 * A label's words after the person it names as acting (行政机关负责人出庭应诉 → 出庭应诉: parts.agents); '' when it
 * names none.
 */
function afterAgent(head: string): string {
  for (const agent of PARTS.agents) {
    const at = head.indexOf(agent);
    if (at !== -1) return head.slice(at + agent.length);
  }
  return '';
}

/** Whether words open with a verb of building or attaining a standard (建成法治示范乡镇, 创建为……示范村: parts.attainments). */
function opensWithAttainment(words: string): boolean {
  return PARTS.attainments.some((w) => words.startsWith(w));
}

/** A gloss in parentheses after a frame's noun (县（区）, 县（市、区）): the noun is the word before it. */
const GLOSS = /\([^()]*\)$/;
/** A frame's noun made of places' one-character names (县区, 县市区, 乡镇): a part may name one of them (9个县). */
const PLACES = /^[省市州盟县旗区乡镇村]+$/;

/**
 * A part's words after it without the frame's noun they repeat, whole or its last word (8个县（区）中有6个县完成 →
 * 完成, 48项许可事项中46项事项已… → 已…), or a place of a noun of places (8个县区中有6个区完成 → 完成); the words as
 * they are otherwise.
 */
function withoutFramedNoun(tail: string, noun: string): string {
  const head = noun.replace(GLOSS, '');
  if (head.length === 1 && tail.startsWith(head)) return tail.slice(1);
  for (let k = 0; k + 2 <= head.length; k++) if (tail.startsWith(head.slice(k))) return tail.slice(head.length - k);
  return PLACES.test(head) && tail !== '' && head.includes(tail.charAt(0)) ? tail.slice(1) : tail;
}

/** A count right after a frame with no comma (48项政务服务事项中46项): its label without the frame's noun and 中. */
function afterFrame(part: Figure, frameEnd: number): Figure {
  return part.labelStart < frameEnd ? { ...part, label: part.label.slice(frameEnd - part.labelStart), labelStart: frameEnd } : part;
}

/**
 * 全年审查的86件规范性文件中，提出修改意见的有92件: the count opening the clause right after a frame's comma
 * (frameOf), in the frame's measure word, is counted within the frame's count and cannot be more. Only that
 * one is held to it: the counts after it may overlap it.
 */
function framedPart(joined: JoinedText, clause: Clause, index: number): Figure | undefined {
  const total = clause.figures[index]!;
  const frame = ranged(total) ? frameOf(joined, total) : undefined;
  if (!frame) return undefined;
  const k = firstAfter(clause.figures, frame.end);
  const part = clause.figures[k];
  // Counted in the frame's own measure word: 在检查的86家企业中，发现问题的有92处 counts the problems found.
  if (!part || part.parenthetical || !ranged(part) || part.unit !== total.unit || part.kind !== total.kind || clause.roles[k]!.otherPeriod) return undefined;
  return !/[,;:]/.test(joined.slice(frame.end, part.labelStart)) && countsFramedThings(afterFrame(part, frame.end), frame.noun) ? part : undefined;
}

/** Where the word at `at` (分别为, 分别 …: parts.respectively) ends. */
function respectivelyEnd(joined: JoinedText, at: number): number {
  const word = PARTS.respectively.find((w) => joined.text.startsWith(w, joined.indexOf(at)))!;
  return joined.move(at, word.length);
}

/**
 * The counts listed right after the 分别 at `at`, when there are as many as the names in `names`
 * (行政复议、行政诉讼分别为60件、50件) and they count the total's things; none otherwise.
 */
function respectiveValues(joined: JoinedText, clause: Clause, at: number, names: string, total: Figure): Figure[] | undefined {
  const wordEnd = respectivelyEnd(joined, at);
  const figures = clause.figures;
  const k = firstAfter(figures, wordEnd);
  const first = figures[k];
  if (!first || first.parenthetical) return undefined;
  // 东湖、西山社区分别调解45件、38件 after 调解纠纷120件: the total's own verb may stand between.
  const between = joined.slice(wordEnd, first.start).trim();
  if (between !== '' && !total.label.includes(between)) return undefined;
  const parts = [first];
  for (let j = k + 1; j < figures.length && parts.length < MAX_FIGURES_BACK; j++) {
    const f = figures[j]!;
    if (f.parenthetical || !LIST_GLUE.test(joined.slice(parts[parts.length - 1]!.end, f.start))) break;
    parts.push(f);
  }
  if (names.length === 0 || names.length > MAX_GAP || /[,，。:：()]/.test(names)) return undefined;
  // 和/及/与 joins the last name of a list (行政复议、行政诉讼和国家赔偿) or two words of one name
  // (自主就业、安排工作、退休及供养人员分别为126人、19人、3人): either count of names may be the list's.
  const count = (joiners: RegExp) => names.split(joiners).filter((n) => n.trim() !== '').length;
  if (parts.length < 2 || (count(/[、和及与]/) !== parts.length && count(/、/) !== parts.length)) return undefined;
  if (parts.some((f) => !exactCount(f) || f.kind === 'rate' || !sameThings(f, total))) return undefined;
  return parts;
}

/** 共受理100件，行政复议、行政诉讼分别为60件、50件: as many values as names listed before 分别. */
function respectively(joined: JoinedText, clause: Clause, at: number): { total: Figure; parts: Figure[] } | undefined {
  const total = totalBefore(clause, firstAfter(clause.figures, at), at);
  if (!total || !exactCount(total)) return undefined;
  const names = joined.slice(total.end, at).replace(/^[,，\s]+/, '').replace(/(同比|均)$/, '');
  // 其中A、B分别为……: afterMarker reads the list, with the total 其中 breaks down.
  if (PARTS.markers.some((w) => names.startsWith(w))) return undefined;
  const parts = respectiveValues(joined, clause, at, names, total);
  return parts && { total, parts };
}

/**
 * A clause that states the sum of the list before it, after its separator: at most two characters naming its scope
 * (全年, 全乡), 共/共计/合计/总计 and at most a verb (全年共开展). A scope of another time (上年共, 同期共) is another total.
 */
const SUM_CLAUSE = String.raw`(?:(?![上去前同])\p{Script=Han}){0,2}?(?:共计|合计|总计|共)\p{Script=Han}{0,2}$`;
/** That clause after a comma, as most lists close. */
const SUM_AFTER = new RegExp(`^[,，]${SUM_CLAUSE}`, 'u');
/** The words SUM_AFTER opens a sum with: a clause without any has none to read. */
const SUM_WORDS = ['共', '合计', '总计'];

/**
 * Between two counts of a list: a 、 (or 和, 及, 与) and the next one's own words, if any, no comma or stop (12场、15场;
 * 简易程序案件65件、普通程序案件12件), or blanks.
 */
const LISTED_GLUE = /^(?:[、和及与][^,，;；:：。()（）]*|\s+)$/;

/**
 * 一至四季度分别开展12场、15场、14场、11场，全年共52场; 办理简易程序案件65件、普通程序案件12件，共计68件: counts
 * listed with 、, bare or each named by its own words, then their sum in the clause right after them (SUM_AFTER).
 * The sum says what they add up to; only parts beyond it are sure (the list may leave some out: 其他 …).
 */
function listThenSum(joined: JoinedText, clause: Clause, k: number): { total: Figure; parts: Figure[] } | undefined {
  const { figures, roles } = clause;
  const total = figures[k]!;
  if (k < 2 || total.parenthetical || roles[k]!.otherPeriod || !exactCount(total)) return undefined;
  if (!SUM_AFTER.test(joined.slice(figures[k - 1]!.end, total.start))) return undefined;
  // What came in and what was done of it (受理120件、办结118件) is no breakdown: a count of done is no later part —
  // unless it is the one before under another grade (非常满意802条、满意163条).
  let j = k - 1;
  const laterPart = (n: number) => !roles[n]!.done || gradesOfOneVerb([figures[n - 1]!, figures[n]!]);
  while (j > 0 && laterPart(j) && LISTED_GLUE.test(joined.slice(figures[j - 1]!.end, figures[j]!.start))) j--;
  const parts = figures.slice(j, k);
  if (parts.length < 2 || parts.some((f, n) => f.parenthetical || f.kind === 'rate' || f.change || roles[j + n]!.otherPeriod || !exactCount(f) || !sameThings(f, total))) return undefined;
  return { total, parts };
}

/**
 * Between two clauses of a list summed up after them: the separator, then the next count's own words and nothing
 * else (，行政确认58件; ；行政裁决32件).
 */
const CLAUSE_GLUE = { comma: /^[,，]\p{Script=Han}{1,16}$/u, semicolon: /^[;；]\p{Script=Han}{1,16}$/u };
/** The clause that sums them up, after a semicolon rather than a comma (SUM_AFTER). */
const SUM_AFTER_SEMICOLON = new RegExp(`^[;；]${SUM_CLAUSE}`, 'u');

/**
 * 办理行政许可326件，行政确认58件，行政裁决32件，合计406件: counts in clauses of their own, separated by commas
 * (or, `bySemicolons`, semicolons), then their sum in the clause right after the last. Read only when the
 * clause (or sentence) states nothing else: the first count opens it, every later clause is its words and count
 * alone, of the same things, no 其中 anywhere and no count of done (受理30件，办结28件 are no parts of one sum).
 * A 合计 over some of the clauses only (受理……30件，其中……；办结……28件，合计……) is left alone by the same tests.
 */
function clausesThenSum(joined: JoinedText, clause: Clause, k: number, bySemicolons: boolean): { total: Figure; parts: Figure[] } | undefined {
  const { figures, roles } = clause;
  const total = figures[k]!;
  if (k < 2 || clause.markers.length > 0 || total.parenthetical || roles[k]!.otherPeriod || !exactCount(total)) return undefined;
  const sumAfter = bySemicolons ? SUM_AFTER_SEMICOLON : SUM_AFTER;
  if (!sumAfter.test(joined.slice(figures[k - 1]!.end, total.start))) return undefined;
  const glue = bySemicolons ? CLAUSE_GLUE.semicolon : CLAUSE_GLUE.comma;
  const parts = figures.slice(0, k);
  // Counts of done are no parts of one sum, but the grades of one (非常满意802条，满意163条，合计965条) are.
  const graded = parts.some((_, n) => roles[n]!.done) && gradesOfOneVerb(parts);
  const plain = (f: Figure, n: number) =>
    !f.parenthetical && f.kind !== 'rate' && !f.change && !roles[n]!.otherPeriod && (!roles[n]!.done || graded) && exactCount(f) && sameThings(f, total);
  const ownClause = (f: Figure, n: number) =>
    n === 0 || (glue.test(joined.slice(figures[n - 1]!.end, f.start)) && !opensWith(f.label, NO_FIRST_PART) && !mayOverlap(withoutMarker(f.label)));
  return parts.every((f, n) => plain(f, n) && ownClause(f, n)) ? { total, parts } : undefined;
}

/**
 * A sum stated first, opening its sentence, that names nothing but its scope and verb: at most two characters of scope
 * (全年, 全市), 合计/总计/共计, at most a verb (合计受理, 全年共计办理) and a colon — the things it counts are the ones
 * the clauses after it name. A bare 共 (全年共受理25件，……) may count the things of a heading or sentence before, and the
 * clauses after it their siblings; a scope of another time (上年合计) is another total.
 */
const SUM_FIRST = new RegExp(String.raw`^\s*(?:(?![上去前同])\p{Script=Han}){0,2}?(?:共计|合计|总计)\p{Script=Han}{0,2}[:：]?$`, 'u');
/** Between the sum stated first and its first part: a comma or a colon, then the part's own words. */
const FIRST_PART_GLUE = /^[,，:：]\p{Script=Han}{1,16}$/u;

/**
 * 合计受理386件，行政复议申请200件，行政诉讼案件96件，信访事项100件: the sum stated first (SUM_FIRST), then the counts it
 * adds up, each in a clause of its own words and count alone (or listed with 、), all of the same things, with no 其中
 * (a 其中 list is read by afterMarker) and no count of done (合计受理386件，办结370件 are no parts of one sum) — as a list
 * then its sum is read the other way round. Only parts beyond the sum are sure.
 */
function sumThenClauses(joined: JoinedText, clause: Clause): { total: Figure; parts: Figure[] } | undefined {
  const { figures, roles } = clause;
  const total = figures[0]!;
  if (clause.previous || clause.markers.length > 0 || figures.length < 3 || total.parenthetical || roles[0]!.otherPeriod || !exactCount(total)) return undefined;
  if (!SUM_FIRST.test(joined.slice(clause.start, total.start))) return undefined;
  const parts = figures.slice(1);
  const plain = (f: Figure, n: number) =>
    !f.parenthetical && f.kind !== 'rate' && !f.change && !roles[n]!.otherPeriod && !roles[n]!.done && exactCount(f) && sameThings(f, total);
  const ownWords = (f: Figure, n: number) => {
    const glue = joined.slice(figures[n - 1]!.end, f.start);
    const glued = n === 1 ? FIRST_PART_GLUE.test(glue) : CLAUSE_GLUE.comma.test(glue) || LISTED_GLUE.test(glue);
    return glued && !opensWith(f.label, NO_FIRST_PART) && !mayOverlap(withoutMarker(f.label));
  };
  return parts.every((f, k) => plain(f, k + 1) && ownWords(f, k + 1)) ? { total, parts } : undefined;
}

const NAMED = PARTS.named;
/** A list closed by 等 (or 等等) right before its count. */
const CLOSED_LIST = /等等?$/;
/**
 * What no member's name holds: numerals (一、二、三等奖 enumerates; in 7个乡镇、3个街道等2类 the names count things of
 * their own), Latin letters and digits, titles' marks (《关于……、……的意见》 may hold a 、 of its own).
 */
const NOT_A_NAME = /[〇一二两三四五六七八九十\d\p{Script=Latin}《》〈〉]/u;
/** A name of one member: a few characters of words alone (不动产登记, 中国联通淮北分公司). */
const MEMBER_NAME = /^\p{Script=Han}{1,9}$/u;
/** Where a clause opens: after a comma, a semicolon, a colon or a sentence's end, or on a line of its own. */
const CLAUSE_MARK = /[,，;；:：。!！?？\n\r]/;
/** Blanks and emphasis a label leaves out before its words (see the parser's wordsStart). */
const LEFT_OUT = /[ \t\u3000*_`~]/;
/** An enumeration lead a label leaves out before its words (一是, 二是). */
const LEAD_BEFORE = new RegExp(`${RUN_IN_POINT}$`);
/** A word right after a count: its noun (3个部门). */
const HAN_FIRST = /^\p{Script=Han}/u;

/**
 * Whether a count's label opens its clause, so that the list of names it runs back through (see the parser's
 * namesJoinedStart) starts there: after a mark, a line's start or an enumeration lead (一是). A label that starts
 * after a 、 was cut by its reach or by a number before (7个乡镇、3个街道等2类): where the list starts is not said.
 */
function opensClause(joined: JoinedText, f: Figure): boolean {
  const text = joined.text;
  let at = joined.indexOf(f.labelStart);
  while (at > 0 && LEFT_OUT.test(text.charAt(at - 1))) at--;
  const lead = LEAD_BEFORE.exec(text.slice(Math.max(0, at - 4), at));
  if (lead) at -= lead[0].length;
  return at === 0 || CLAUSE_MARK.test(text.charAt(at - 1));
}

/**
 * Whether a name after the first is a member's name alone: no word that joins two or opens a list of its own, and no
 * 的 (申请材料齐全、符合法定形式的、企业设立登记2个工作小时内办结 lists conditions).
 */
function plainName(name: string): boolean {
  return MEMBER_NAME.test(name) && !name.includes('的') && !NAMED.joiners.some((w) => name.includes(w)) && !NAMED.verbs.some((w) => name.startsWith(w));
}

/**
 * How many members the names listed before a count surely are, as few as they may be: from the last name back
 * while each is a plain name, then one more — the first name, its clause's words before it (推动税务), or a name
 * that may join two or open the list (……办结流程以及受理条件、审查要点、申请材料等: the list may start after 以及;
 * 加强执法监督、开展宪法宣传周、民法典宣传月等: after 开展).
 */
function membersNamed(names: readonly string[]): number {
  let members = 1;
  for (let k = names.length - 1; k > 0 && plainName(names[k]!); k--) members++;
  return members;
}

/**
 * 在城东、城西、城南、城北3个街道: names with no 等 before the count are the members it counts only when three or
 * more are listed alike — each after the first a plain name, all of one length, the last not ending with a word
 * that makes the count another one (东城、西城、南城各2个; 城东、城西、城南中2个). A count after verbs and their
 * object (起草、审核、发布规范性文件2部) counts the object; one after a name that holds the things counted
 * (召开委员会全会、委员会办公室会、委员会办公室四个协调小组会) counts those.
 */
function listedAlike(names: readonly string[]): boolean {
  if (names.length < 3 || membersNamed(names) !== names.length) return false;
  const last = names[names.length - 1]!;
  return names.slice(1).every((n) => n.length === last.length) && !NAMED.ends.some((w) => last.endsWith(w));
}

/**
 * 推动税务、社保、公积金、不动产登记等3个部门数据共享: a count written right after the members it counts, named and
 * joined with 、 (closed by 等 or not: 在城东、城西、城南、城北3个街道), cannot be fewer than they are — 等 leaves room
 * for more (教育、卫健、民政等12个部门), never for fewer. Read only where the names are surely its members: the
 * count is exact, in a measure word of members (parts.named.measures: 部门, 单位, 方面 … — not cases, sessions or
 * people) with its noun after it (of kinds, 甲、乙两类, none is needed), the list opens its clause, and no name holds
 * a numeral, a title or a letter.
 */
function countBelowNamed(ctx: Ctx, joined: JoinedText, f: Figure): void {
  if (!f.label.includes('、') || f.parenthetical || f.kind !== 'count' || !exactCount(f) || !NAMED.measures.includes(f.unit)) return;
  if (!NAMED.kinds.includes(f.unit) && !HAN_FIRST.test(f.tail)) return;
  if (NAMED.durations.some((w) => f.tail.startsWith(w))) return;
  const closed = CLOSED_LIST.exec(f.label);
  const names = (closed ? f.label.slice(0, closed.index) : f.label).split('、');
  if (names.some((n) => n === '' || NOT_A_NAME.test(n)) || !(closed || listedAlike(names)) || !opensClause(joined, f)) return;
  const named = membersNamed(names);
  if (named <= f.value) return;
  const from = closed ? joined.move(f.labelStart, closed.index) : f.start;
  ctx.report({ messageId: 'countBelowNamed', data: { count: joined.slice(from, f.end), named: String(named) }, start: f.labelStart, end: f.end });
}

export const rule = defineRule({
  id: 'parts-exceed-total',
  meta: {
    severity: 'error',
    family: 'figures',
    fixable: false,
    description: {
      'zh-CN': '“其中”“分别”“包括”列出的分项之和、表格各行（列）之和不能超过总数或合计，办结数不能超过受理数，紧接所列各项的数目不能少于所列项数',
      en: 'Parts listed after 其中/分别/包括, or a table\'s rows or columns, cannot add up to more than their total, nor can cases done exceed cases received, nor a count right after the members it names be fewer than they',
    },
    messages: {
      partsExceed: {
        'zh-CN': '各分项之和为{sum}（{parts}），超过总数{total}；请核对总数或各分项',
        en: 'The parts add up to {sum} ({parts}), more than the total {total}; check the total or the parts',
      },
      partExceeds: {
        'zh-CN': '分项{part}超过总数{total}；请核对总数或分项',
        en: 'The part {part} is more than the total {total}; check the total or the part',
      },
      partsExceedBoth: {
        'zh-CN': '各分项之和为{sum}（{parts}），既超过{total}，也超过其所出自的总数{source}（分项可能是两者中任一个的）；请核对总数或各分项',
        en: 'The parts add up to {sum} ({parts}), more than {total} and than the {source} it was taken from, either of which they may break down; check the totals or the parts',
      },
      partExceedsBoth: {
        'zh-CN': '分项{part}既超过{total}，也超过其所出自的总数{source}（分项可能是两者中任一个的）；请核对总数或分项',
        en: 'The part {part} is more than {total} and than the {source} it was taken from, either of which it may break down; check the totals or the part',
      },
      countBelowNamed: {
        'zh-CN': '“{count}”前已列出{named}项，数目少于所列；请核对数目或所列各项',
        en: 'The list before “{count}” names {named} members, more than the count; check the count or the members',
      },
      restMismatch: {
        'zh-CN': '{received}{total}、{done}{doneCount}，其余应为{expected}，文中为{actual}；请核对',
        en: 'With {total} {received} and {doneCount} {done}, the rest should be {expected}, the text says {actual}',
      },
      restAfterExcepted: {
        'zh-CN': '共{total}、除去{excepted}，其余应为{expected}，文中为{actual}；请核对',
        en: 'Of {total}, {excepted} excepted, the rest should be {expected}, the text says {actual}',
      },
      totalMismatch: {
        'zh-CN': '{name}应为{sum}（各项之和），表中为{total}；请核对{name}或各分项',
        en: 'The {name} should be {sum} (the sum of the items), the table says {total}; check the {name} or the items',
      },
      doneExceeds: {
        'zh-CN': '{done}{doneCount}多于{received}{total}；{done}数不应超过{received}数，请核对',
        en: '{done} {doneCount} is more than {received} {total}; the count done cannot exceed the count received',
      },
    },
  },
  check(tree, ctx) {
    // The words around the figures are read through a line break that cuts their sentence.
    const joined = joinedText(tree);
    const clauses = figureClauses(tree);
    // The parts reported in a clause: one set, emptied after a clause that reported some (clear() makes a new
    // table), not one made per clause — most report nothing.
    const reported = new Set<Figure>();
    eachWithSentenceBefore(joined, clauses, (clause, sentenceBefore) => {
      if (reported.size > 0) reported.clear();
      if (clause.markers.length > 0) {
        const list = listAcrossSemicolons(joined, clauses, clause);
        clause.markers.forEach((_, m) => {
          const found = afterMarker(joined, list, m, sentenceBefore);
          if (found) reportParts(ctx, found.total, found.parts, reported, undefined, found.source);
        });
      }
      clause.figures.forEach((f, index) => {
        if (f.parenthetical) return;
        if (f.kind === 'rate') {
          const found = index > 0 ? gradesAfterRate(joined, clause, index) : undefined;
          if (found) reportParts(ctx, found.total, found.parts, reported);
          return;
        }
        countBelowNamed(ctx, joined, f);
        const parts = exactCount(f) ? inParentheses(joined, clause, index) : undefined;
        if (parts) reportParts(ctx, f, parts, reported);
        const framed = framedPart(joined, clause, index);
        if (framed) reportParts(ctx, f, [framed], reported);
        const outcomes = clause.markers.length === 0 ? (cleanUpOutcomes(joined, clause, index) ?? gradesGiven(joined, clause, index)) : undefined;
        if (outcomes) reportParts(ctx, f, outcomes, reported);
      });
      const words = joined.slice(clause.start, clause.end);
      for (let at = words.indexOf('分别'); at !== -1; at = words.indexOf('分别', at + 2)) {
        const where = joined.move(clause.start, at);
        const found = respectively(joined, clause, where);
        if (found) reportParts(ctx, found.total, found.parts, reported);
      }
      if (SUM_WORDS.some((w) => words.includes(w))) {
        clause.figures.forEach((_, k) => {
          const summed = listThenSum(joined, clause, k) ?? clausesThenSum(joined, clause, k, false);
          if (summed) reportParts(ctx, summed.total, summed.parts, reported, { start: summed.parts[0]!.start, end: summed.total.end });
        });
        // A clean-up's outcomes after it (共清理34件，继续有效30件、……) are read as such above.
        const summedFirst = sumThenClauses(joined, clause);
        if (summedFirst && !summedFirst.parts.some((p) => reported.has(p))) reportParts(ctx, summedFirst.total, summedFirst.parts, reported);
      }
      // 行政许可326件；行政确认58件；合计406件: the clauses of a sentence, each after a semicolon, summed by its last —
      // read from a sentence's first clause, a count alone (joined only then: most clauses are none).
      const opensList = clause.previous === undefined && clause.figures.length === 1 && clause.markers.length === 0;
      const sentence = opensList ? listAcrossSemicolons(joined, clauses, clause) : clause;
      if (sentence !== clause && SUM_WORDS.some((w) => joined.slice(sentence.start, sentence.end).includes(w))) {
        const summed = clausesThenSum(joined, sentence, sentence.figures.length - 1, true);
        if (summed) reportParts(ctx, summed.total, summed.parts, reported, { start: summed.parts[0]!.start, end: summed.total.end });
      }
      doneExceedsReceived(ctx, joined, words, clause, reported);
      if (PARTS.rest.some((w) => words.includes(w))) restMismatch(ctx, joined, clause, reported);
      if (clause.should.length > 0) doneExceedsAsked(ctx, joined, clause, reported);
      if (words.includes(RECEIVED.admitted.verb)) admittedExceedsReceived(ctx, joined, words, clause, reported);
      if (words.includes(RECTIFIED.verb)) rectifiedExceedsFound(ctx, joined, words, clause, reported);
    });
    for (const table of tablesOf(tree)) {
      const sums = tableSums(table);
      for (const { total, parts } of sums) reportParts(ctx, total, parts, undefined, total);
      if (table.columns.some((h) => isBreakdown(h.name))) continue;
      const money = moneyInTable(tree.normalized, table);
      reportShortTotals(ctx, money === 'none' ? sums : money === 'table' ? [] : sums.filter((sum) => !moneyColumn(table, sum)));
    }
  },
});

/**
 * The words after the preposition of a 对 frame a count's label opens with (对原有 → 原有, 针对巡察反馈的 → 巡察反馈的):
 * the count is the object of the verb after it. undefined for any other label, and for a verb that opens with 对
 * (对照标准排查: PARTS.objectFrames).
 */
function objectFrame(label: string): string | undefined {
  const words = withoutLeads(label);
  const lead = PARTS.objectFrames.leads.find((w) => words.startsWith(w));
  if (lead === undefined || PARTS.objectFrames.verbs.some((w) => words.startsWith(w))) return undefined;
  return words.slice(lead.length);
}

const CLEAN_UPS = PARTS.cleanUps;
/** Between a count and the next outcome of a clean-up: a comma or a 、 alone; of another review, a 、 alone. */
const OUTCOME_GLUE = { cleanUp: /^[,、]$/, review: /^、$/ };
/**
 * The words after a count in a 对 frame up to the comma before its outcomes: its noun and the review's word, last
 * (对原有2件行政规范文件进行审核，; 对现行有效的14件文件逐件评估，).
 */
const REVIEWED_AFTER = new RegExp(String.raw`^\p{Script=Han}{0,16}?(${literalAlternation([CLEAN_UPS.verb, ...CLEAN_UPS.reviews])}),$`, 'u');

/**
 * The word of the review the count at `k` was taken by, and where the words before its first outcome end: in the
 * count's label (清理规范性文件6件, 审查存量文件312件), or after it, the count being the object of a 对 frame
 * (对本局制定的21件规范性文件进行清理，). undefined for any other count.
 */
function reviewOf(joined: JoinedText, clause: Clause, k: number): { word: string; end: number } | undefined {
  const total = clause.figures[k]!;
  const named = [CLEAN_UPS.verb, ...CLEAN_UPS.reviews].find((w) => total.label.includes(w));
  if (named !== undefined) return { word: named, end: total.end };
  const next = clause.figures[k + 1];
  if (!next || objectFrame(total.label) === undefined) return undefined;
  const after = REVIEWED_AFTER.exec(joined.slice(total.end, next.labelStart));
  return after ? { word: after[1]!, end: joined.move(next.labelStart, -1) } : undefined;
}

/**
 * 清理规范性文件6件，保留5件、废止2件: the outcomes of a clean-up listed right after the count cleaned up,
 * with no 其中. Each document reviewed gets one outcome (kept, amended, repealed, declared void), so the
 * outcomes are parts of the count — read only in this narrow form: the count's label names the clean-up, or the
 * count is the object of a 对 frame whose words end with it (对……21件规范性文件进行清理，),
 * and two or more counts follow it, each labelled by an outcome word alone (PARTS.cleanUps; the first may open with
 * 决定), each word once, of the same things, after a comma or 、 and nothing else. The outcomes of another review
 * that decides each document so (审核, 审查, 评估) are read only when listed with 、 (对原有2件行政规范文件进行审核，
 * 决定保留1件、废止1件): a list of its own, not clauses that may each report other work. Counts named otherwise
 * after a total (办理复议案件26件，行政诉讼案件24件) may be totals of their own, and are not read so.
 */
function cleanUpOutcomes(joined: JoinedText, clause: Clause, k: number): Figure[] | undefined {
  const { figures, roles } = clause;
  const total = figures[k]!;
  // Two outcomes at least follow the count: most counts have fewer figures after them, and are passed before their label is read.
  if (k + 2 >= figures.length || roles[k]!.otherPeriod || !exactCount(total)) return undefined;
  const review = reviewOf(joined, clause, k);
  if (review === undefined) return undefined;
  const glue = review.word === CLEAN_UPS.verb ? OUTCOME_GLUE.cleanUp : OUTCOME_GLUE.review;
  const parts: Figure[] = [];
  const decided = new Set<string>();
  for (let j = k + 1; j < figures.length; j++) {
    const f = figures[j]!;
    const lead = j === k + 1 ? CLEAN_UPS.leads.find((w) => f.label.startsWith(w)) : undefined;
    const outcome = lead === undefined ? f.label : f.label.slice(lead.length);
    if (!CLEAN_UPS.outcomes.includes(outcome) || decided.has(outcome)) break;
    if (f.parenthetical || f.change || roles[j]!.otherPeriod || !exactCount(f) || !sameThings(f, total)) return undefined;
    const before = joined.slice(j === k + 1 ? review.end : figures[j - 1]!.end, f.labelStart);
    if (!(j === k + 1 ? OUTCOME_GLUE.cleanUp : glue).test(before)) break;
    decided.add(outcome);
    parts.push(f);
  }
  return parts.length >= 2 ? parts : undefined;
}

const GRADINGS = PARTS.gradings;
/** Between the count reviewed and its first grade, a comma; between grades, a comma or a 、. */
const GRADE_GLUE = { first: /^[,，]$/, next: /^[,，、]$/ };

/**
 * A graded count's label without what follows its grade: 的 (评为优秀的), or a noun of the things reviewed that
 * the count reviewed names at its end too (评定优质案件 after 评查各类案件312件: PARTS.gradings.nouns).
 */
function gradeLabel(label: string, reviewed: string): string {
  const noun = GRADINGS.nouns.find((w) => label.endsWith(w) && reviewed.endsWith(w));
  const graded = noun === undefined ? label : label.slice(0, -noun.length);
  return graded.endsWith('的') ? graded.slice(0, -1) : graded;
}

/**
 * 抽查案卷240卷，评为优秀的68卷、合格的160卷、不合格的12卷: the grades given (评为, 评定为: PARTS.gradings) right
 * after the count reviewed, with no 其中. Each thing reviewed gets one grade, so the grades are parts of the count —
 * read only in this narrow form: the total's label names a review (评查, 抽查, 考核 …), the first count after it is
 * labelled by the verb and a grade, each next one by a grade alone, each grade once (的 after it or not), two or
 * more, of the same things, after a comma or 、 and nothing else. A total the words do not tie the grades to
 * (其中市级案卷100卷 before them, 较上年的 …) is left alone.
 */
function gradesGiven(joined: JoinedText, clause: Clause, k: number): Figure[] | undefined {
  const { figures, roles } = clause;
  const total = figures[k]!;
  // Two grades at least follow the count: most counts have fewer figures after them, and are passed before their label is read.
  if (k + 2 >= figures.length) return undefined;
  if (!GRADINGS.reviews.some((w) => total.label.includes(w)) || roles[k]!.otherPeriod || !exactCount(total)) return undefined;
  const parts: Figure[] = [];
  const given = new Set<string>();
  for (let j = k + 1; j < figures.length; j++) {
    const f = figures[j]!;
    const label = gradeLabel(f.label, total.label);
    const verb = j === k + 1 ? GRADINGS.verbs.find((w) => label.startsWith(w)) : '';
    const grade = verb === undefined ? undefined : label.slice(verb.length);
    if (grade === undefined || !GRADINGS.grades.includes(grade) || given.has(grade)) break;
    if (f.parenthetical || f.change || roles[j]!.otherPeriod || !exactCount(f) || !sameThings(f, total)) return undefined;
    if (!(j === k + 1 ? GRADE_GLUE.first : GRADE_GLUE.next).test(joined.slice(figures[j - 1]!.end, f.labelStart))) break;
    given.add(grade);
    parts.push(f);
  }
  return parts.length >= 2 ? parts : undefined;
}

/** A total and the parts it adds up, all plain counts of the same things. */
interface Sum {
  total: Figure;
  parts: Figure[];
  /** The heading of the total's row or column (合计, 总计 …). */
  name: string;
  /** Whether the total lists exactly what it adds up, so that it cannot be above them either. */
  exact: boolean;
  /** The table column a 合计 or 小计 row's sum adds up, when the sum is a column's. */
  column?: number;
}

/** Total names that list exactly what they add up (a 小计 or 总数 may stand for more than the rows shown). */
const EXACT_TOTALS = ['合计', '总计', '共计'];

/** An integer count with no multiplier: a sum of such cells is exact, with no rounding in it. */
const wholeCount = (f: Figure): boolean => f.kind === 'count' && f.scale === 1 && f.precision === 0 && Number.isInteger(f.value);

/**
 * Words of sums of money: in whole 万元 a cell may be rounded, and its table's 合计 with it. 元 as a unit only — after
 * a number, a multiplier, a colon or a parenthesis (万元, 单位：元, 金额（元）) —, not in 多元化解 or 单元.
 */
const MONEY = /[\d万亿千百:(]元|金额|罚没|罚款|经费|资金/;
/** Lines before a table that name its unit (单位：万元) or caption it. */
const UNIT_LINES_BEFORE = 3;
/** What a unit line says (单位：万元, 金额单位：元). */
const UNIT_WORD = '单位';
/** What a sentence of prose has and a caption (表2　2025年罚没款收缴情况（万元）) has not: a clause's mark. */
const SENTENCE_MARK = /[,;。]/;

/**
 * Where a table counts money: 'table' when its unit line or caption just before it says so (every column may be in
 * 万元), 'columns' when only some headings do (罚没款（万元） beside 案件数（件）: the other columns count things),
 * 'none' otherwise. A sentence of prose before the table (……，罚没款99.5万元，……如下：) is neither unit line nor caption.
 */
function moneyInTable(text: string, table: Table): 'table' | 'columns' | 'none' {
  // Back over the table's own line start and UNIT_LINES_BEFORE lines, without splitting the text before it.
  let from = table.start;
  for (let k = 0; k <= UNIT_LINES_BEFORE && from > 0; k++) from = text.lastIndexOf('\n', from - 1);
  const lines = text.slice(Math.max(0, from), table.start).split('\n');
  if (lines.some((line) => MONEY.test(line) && (line.includes(UNIT_WORD) || !SENTENCE_MARK.test(line)))) return 'table';
  return table.columns.some((h) => MONEY.test(h.name)) || table.header.some((c) => MONEY.test(c.text)) ? 'columns' : 'none';
}

/** Whether a sum may be of money in a table some of whose headings name money: its column's heading does, or it is a row's sum across columns. */
function moneyColumn(table: Table, sum: Sum): boolean {
  if (sum.column === undefined) return true;
  const heading = table.columns[sum.column]!;
  return MONEY.test(heading.name) || MONEY.test(heading.unit) || (heading.group !== undefined && MONEY.test(heading.group.name + heading.group.unit));
}

/**
 * A 合计 cell short of the cells it adds up (parts beyond it reportParts reports): a table's 合计 lists
 * exactly what it sums. Not in a table with a column that breaks another down; only for whole counts
 * (amounts and figures in 万 may be rounded); and a cell that two sums (its row and its column) would
 * put at two different values is left alone.
 */
function reportShortTotals(ctx: Ctx, sums: Sum[]): void {
  const expected = new Map<Figure, Set<number>>();
  const short: Sum[] = [];
  for (const sum of sums) {
    if (!sum.exact || !wholeCount(sum.total) || !sum.parts.every(wholeCount)) continue;
    const value = sum.parts.reduce((s, f) => s + f.value, 0);
    let values = expected.get(sum.total);
    if (!values) expected.set(sum.total, (values = new Set()));
    values.add(value);
    if (value < sum.total.value) short.push(sum);
  }
  const reported = new Set<Figure>();
  for (const { total, parts, name } of short) {
    if (reported.has(total) || expected.get(total)!.size > 1) continue;
    reported.add(total);
    ctx.report({
      messageId: 'totalMismatch',
      data: { name, sum: sumText(parts) + total.unit, total: shownCount(total) + total.unit },
      start: total.start,
      end: total.end,
    });
  }
}

/**
 * The sum if every cell is a plain count of the total's things; none when one is not (—, 约120, another unit). A
 * total of fewer than `least` cells is none: a 合计 over one row says nothing, a 小计 of a group of one still does.
 */
function plainSum(total: Figure | undefined, parts: Array<Figure | undefined>, least = 2): Pick<Sum, 'total' | 'parts'> | undefined {
  if (!total || !exactCount(total) || parts.length < least) return undefined;
  if (parts.some((f) => !f || !exactCount(f) || !sameThings(f, total))) return undefined;
  return { total, parts: parts as Figure[] };
}

/**
 * What a table adds up: a 合计 row (first or last) over the other rows, column by column, and a 合计
 * column (last) over the other columns, row by row. Nothing when a row breaks another down (其中……,
 * 含……: rows that overlap add up to more) or is figured from the others (平均, 增减), or a total
 * stands elsewhere or twice (小计 and 合计 rows): which rows such a total adds up, the table does not
 * say. Columns that break another down (其中：听证) leave the rows without a sum.
 */
function tableSums(table: Table): Sum[] {
  const sums: Sum[] = [];
  const names = table.rows.map((_, r) => rowName(table, r));
  const totalRows = names.flatMap((name, r) => (isTotalName(name) ? [r] : []));
  const totalColumns = columnsWhere(table, (h) => isTotalName(h.name));
  if (names.some((name) => isBreakdown(name) || isDerivedRow(name)) || totalColumns.length > 1) return sums;
  const groups = subtotalGroups(names, totalRows);
  if (!groups && totalRows.length > 1) return sums;
  const totalRow = groups ? -1 : (totalRows[0] ?? -1);
  const totalColumn = totalColumns[0] ?? -1;
  const rowPlaced = totalRow === -1 || totalRow === 0 || totalRow === names.length - 1;
  const columnPlaced = totalColumn === -1 || totalColumn === table.columns.length - 1;
  if (!rowPlaced || !columnPlaced) return sums;
  if (groups) for (let c = 1; c < table.columns.length; c++) sums.push(...groupedSums(table, groups, names, c));
  if (totalRow >= 0) {
    const partRows = table.rows.flatMap((_, r) => (r === totalRow ? [] : [r]));
    for (let c = 1; c < table.columns.length; c++) {
      const sum = plainSum(cellFigure(table, totalRow, c), partRows.map((r) => cellFigure(table, r, c)));
      if (sum) sums.push({ ...sum, name: names[totalRow]!, exact: EXACT_TOTALS.includes(names[totalRow]!), column: c });
    }
  }
  if (totalColumn >= 0 && !table.columns.some((h) => isBreakdown(h.name))) {
    // Under a header of two rows, a 合计 column adds up the columns under its own merged cell.
    const group = table.columns[totalColumn]!.group;
    const partColumns = columnsWhere(table, (h, c) => c !== totalColumn && h.group === group);
    // The 合计 row too: its cells add up to the grand total as any row's do.
    table.rows.forEach((_, r) => {
      const sum = plainSum(cellFigure(table, r, totalColumn), partColumns.map((c) => cellFigure(table, r, c)));
      const name = table.columns[totalColumn]!.name;
      if (sum) sums.push({ ...sum, name, exact: EXACT_TOTALS.includes(name) });
    });
  }
  return sums;
}

/** The rows of a table grouped under subtotals: each 小计 row and the rows of its group above it, and the grand total's row. */
interface SubtotalGroups {
  groups: Array<{ subtotal: number; rows: number[] }>;
  grand: number;
}

/**
 * A table whose rows fall into groups each closed by a 小计 row (a 村's 屯, then its 小计), the last row the grand
 * total (合计) over them all: two groups at least, the last right before the grand total, none empty.
 */
function subtotalGroups(names: string[], totalRows: number[]): SubtotalGroups | undefined {
  const grand = names.length - 1;
  const subtotals = totalRows.slice(0, -1);
  if (subtotals.length < 2 || totalRows.at(-1) !== grand || !EXACT_TOTALS.includes(names[grand]!) || subtotals.at(-1) !== grand - 1) return undefined;
  if (!subtotals.every((r) => isSubtotalName(names[r]!))) return undefined;
  const groups = subtotals.map((subtotal, g) => {
    const first = g === 0 ? 0 : subtotals[g - 1]! + 1;
    return { subtotal, rows: Array.from({ length: subtotal - first }, (_, k) => first + k) };
  });
  return groups.every((g) => g.rows.length > 0) ? { groups, grand } : undefined;
}

/**
 * The sums of a column grouped under subtotals: each 小计 over its group, and the grand total over the 小计 when
 * they add up to what the rows do — else a group is off, and the finding is its 小计's. A 小计 lists exactly what it
 * adds up when the grand total is what all the rows add up to (the rows are then all there is); it may hold more
 * otherwise. Nothing when a cell is no plain count.
 */
function groupedSums(table: Table, { groups, grand }: SubtotalGroups, names: string[], c: number): Sum[] {
  const cell = (r: number) => cellFigure(table, r, c);
  const grandTotal = cell(grand);
  const rows = groups.flatMap((g) => g.rows);
  const all = plainSum(grandTotal, rows.map(cell), 1);
  const bySubtotal = plainSum(grandTotal, groups.map((g) => cell(g.subtotal)));
  const ofGroups = groups.map((g) => plainSum(cell(g.subtotal), g.rows.map(cell), 1));
  if (!all || !bySubtotal || ofGroups.some((sum) => !sum)) return [];
  const value = (figures: Figure[]) => figures.reduce((sum, f) => sum + f.value, 0);
  const complete = value(all.parts) === grandTotal!.value;
  const sums: Sum[] = ofGroups.map((sum, g) => ({ ...sum!, name: names[groups[g]!.subtotal]!, exact: complete, column: c }));
  if (value(all.parts) === value(bySubtotal.parts)) sums.push({ ...bySubtotal, name: names[grand]!, exact: true, column: c });
  return sums;
}

/** The word of a count summed up over the years (累计受理, 累计参加). */
const CUMULATIVE = '累计';

/** Whether the clause's only word of carry-over is the 累计 of `total`'s own label (not of the count done `f`). */
function cumulativeTotalOnly(words: string, total: Figure, f: Figure): boolean {
  return total.label.includes(CUMULATIVE) && !f.label.includes(CUMULATIVE) && !speaksOfCarryOver(words.replaceAll(CUMULATIVE, '，'));
}

/** 受理300件，办结322件: a count of done beyond the count received, unless carry-over is in play. */
function doneExceedsReceived(ctx: Ctx, joined: JoinedText, words: string, clause: Clause, reported: Set<Figure>): void {
  // Whether the clause speaks of carry-over, looked up only once a count of done is found (few clauses have one).
  let carryOver: boolean | undefined;
  clause.figures.forEach((f, i) => {
    // Only a label with a verb of done in its role can name one of RECEIVED.done (其中合格1500名); a
    // label naming nothing leaves it to the words right after the count (1500名合格).
    const role = clause.roles[i]!;
    if (reported.has(f) || f.parenthetical || !exactCount(f)) return;
    const named = role.done || role.should ? doneNamed(f.label, RECEIVED.done) : doneAfter(f);
    const object = named ? undefined : doneWithObject(f);
    // Only a label naming some rate's verb (role.done) can name the bounded rate's: most counts are passed at once.
    const ofRate = named || object || !role.done ? undefined : boundedRateVerb(clause, i);
    const done = named ?? object?.verb ?? ofRate;
    if (!done) return;
    carryOver ??= speaksOfCarryOver(words);
    const total = findTotal(clause, i);
    // 累计参加考试412人，考试通过436人: a total counted up over the years still holds what was done of it.
    if (carryOver && !(total && cumulativeTotalOnly(words, total, f))) return;
    // A total above a round number (380余件) says too little to be sure a count of done passes it.
    if (!total || !exactCount(total) || !sameThings(f, total)) return;
    // 征求意见建议126条，采纳意见建议132条: a count of done named with its object is of the total that names it.
    if (object && !total.label.includes(object.object)) return;
    // 办理劳动保障监察案件86件，仲裁结案412件: cases of another proceeding, closed.
    if (ofOtherProceeding(f.label, done, total.label)) return;
    // The count a bounded rate is over needs no word of its own: the rate says the count done is a part of it —
    // when it is the one count it can be. What was asked for or due (提请批准逮捕) is doneExceedsAsked's.
    if (ofRate && (clause.should.includes(total) || !soleWhole(clause, i, total))) return;
    const received = receivedWord(total) ?? attemptWord(total, done) ?? requestsTallied(total) ?? (ofRate && wholeNamed(total));
    if (!received || f.value <= total.value + tolerance(total) + tolerance(f) + EPSILON) return;
    ctx.report({
      messageId: 'doneExceeds',
      data: { done, doneCount: shown(f) + f.unit, received, total: shown(total) + total.unit },
      ...doneSpan(joined, f, done),
    });
  });
}

/** Whether the words before the verb of done name a proceeding (仲裁结案) that the total's label does not. */
function ofOtherProceeding(label: string, done: string, totalLabel: string): boolean {
  const before = label.slice(0, label.lastIndexOf(done));
  return RECEIVED.proceedings.some((p) => before.includes(p) && !totalLabel.includes(p));
}

/**
 * 提请批准逮捕1126人，检察机关批准逮捕1158人; 应出庭应诉99件，实际出庭应诉100件: the count done beyond what was
 * asked for or was due, the next count after it named by the same verb without the qualifier (askedVerb).
 */
function doneExceedsAsked(ctx: Ctx, joined: JoinedText, clause: Clause, reported: Set<Figure>): void {
  for (const asked of clause.should) {
    const verb = askedVerb(asked.label)?.verb;
    if (verb === undefined || asked.parenthetical || !exactCount(asked)) continue;
    const a = clause.figures.indexOf(asked);
    const d = clause.figures.findIndex((f, k) => k > a && !clause.roles[k]!.should && sameThings(f, asked) && doneNamed(f.label, [verb]) !== undefined);
    const done = clause.figures[d];
    if (!done || reported.has(done) || done.parenthetical || !exactCount(done)) continue;
    if (done.value <= asked.value + tolerance(asked) + tolerance(done) + EPSILON) continue;
    reported.add(done);
    ctx.report({
      messageId: 'doneExceeds',
      data: { done: verb, doneCount: shown(done) + done.unit, received: withoutLeads(asked.label), total: shown(asked) + asked.unit },
      ...doneSpan(joined, done, verb),
    });
  }
}

/**
 * 受理136件，办结131件，其余3件正在办理: the rest (其余, 剩余: parts.rest) after the ones done is the count received
 * less them. Read when the count of done is the nearest count of those things before the rest (a rate aside)
 * and the only one after its total: with a 其中 part or another count between, what the rest is of is not said.
 */
function restMismatch(ctx: Ctx, joined: JoinedText, clause: Clause, reported: Set<Figure>): void {
  const { figures, roles } = clause;
  figures.forEach((rest, i) => {
    const word = PARTS.rest.find((w) => withoutLeads(rest.label).startsWith(w));
    if (word === undefined || reported.has(rest) || rest.parenthetical || !exactCount(rest)) return;
    const d = nearestCount(figures, i);
    const done = figures[d];
    if (done && exceptedBefore(joined, done, rest)) {
      restAfterExcepted(ctx, joined, clause, d, rest, word);
      return;
    }
    if (!done || done.parenthetical || !exactCount(done) || !sameThings(done, rest) || !roles[d]!.done) return;
    const total = findTotal(clause, d);
    const received = total && (receivedWord(total) ?? PARTS.restTotals.find((w) => total.label.includes(w)));
    if (!total || !received || !exactCount(total) || !sameThings(total, rest)) return;
    for (let k = figures.indexOf(total) + 1; k < d; k++) if (figures[k]!.kind !== 'rate' && sameThings(figures[k]!, rest)) return;
    const expected = restExpected(total, done, rest);
    if (expected === undefined) return;
    const at = joined.move(rest.labelStart, rest.label.indexOf(word));
    ctx.report({
      messageId: 'restMismatch',
      data: {
        received,
        total: shown(total) + total.unit,
        done: doneNamed(done.label, RECEIVED.done) ?? withoutLeads(done.label),
        doneCount: shown(done) + done.unit,
        expected: formatDecimal(expected, 0) + rest.unit,
        actual: shown(rest) + rest.unit,
      },
      start: at,
      end: rest.end,
    });
  });
}

/** 除5项……外，其余38项: a count the clause excepts (除 before it, 外 between it and the rest). */
function exceptedBefore(joined: JoinedText, excepted: Figure, rest: Figure): boolean {
  return withoutLeads(excepted.label).startsWith('除') && joined.slice(excepted.end, rest.start).includes('外') && exactCount(excepted) && sameThings(excepted, rest);
}

/**
 * 承接下放事项42项，除5项因不具备条件暂缓承接外，其余38项已全部承接: the rest after a count excepted is the total
 * right before it (the nearest count of those things, no other between) less the excepted one.
 */
function restAfterExcepted(ctx: Ctx, joined: JoinedText, clause: Clause, d: number, rest: Figure, word: string): void {
  const { figures } = clause;
  const excepted = figures[d]!;
  const total = figures[nearestCount(figures, d)];
  if (!total || total.parenthetical || !exactCount(total) || !sameThings(total, rest)) return;
  const expected = restExpected(total, excepted, rest);
  if (expected === undefined) return;
  const at = joined.move(rest.labelStart, rest.label.indexOf(word));
  const data = { total: shown(total) + total.unit, excepted: shown(excepted) + excepted.unit, expected: formatDecimal(expected, 0) + rest.unit, actual: shown(rest) + rest.unit };
  ctx.report({ messageId: 'restAfterExcepted', data, start: at, end: rest.end });
}

/** The index of the nearest count before `i` (a rate aside); -1 when there is none. */
function nearestCount(figures: readonly Figure[], i: number): number {
  let k = i - 1;
  while (k >= 0 && figures[k]!.kind === 'rate') k--;
  return k;
}

/** What the rest after `taken` out of `total` should be, when `rest` is not it within their rounding; else undefined. */
function restExpected(total: Figure, taken: Figure, rest: Figure): number | undefined {
  const expected = total.value - taken.value;
  return expected < 0 || Math.abs(expected - rest.value) <= tolerance(total) + tolerance(taken) + tolerance(rest) + EPSILON ? undefined : expected;
}

/**
 * 依申请政务服务事项2,318项，全程网办2,916项，全程网办率94.7%: the verb of a rate written after the count, no other
 * count of its things between, that names the count (全程网办 of 全程网办率), when that rate never passes 100%
 * (rates.bounded: a 网办率, a 持证率 …): the count is a part of the count the rate is over. Read only for a count no
 * verb of received.done names — those are held to what came in (受理 …), and cases closed may include earlier ones —
 * nor one of received.mayPrecede (problems rectified may have been found before).
 */
function boundedRateVerb(clause: Clause, i: number): string | undefined {
  const f = clause.figures[i]!;
  for (let k = i + 1; k < clause.figures.length; k++) {
    const rate = clause.figures[k]!;
    if (rate.kind !== 'rate') {
      if (sameThings(rate, f)) return undefined;
      continue;
    }
    const known = rate.name ? rateEntry(rate.name.text) : undefined;
    const term = known?.entry.bounded ? known.entry.numerator.find((t) => labelNames(f.label, t, known.qualifier)) : undefined;
    return term && !RECEIVED.mayPrecede.some((w) => term.includes(w)) ? known!.qualifier + term : undefined;
  }
  return undefined;
}

/**
 * Whether `total` is the one count of the things of the count at `i` before it in the clause, nothing breaking a
 * count down between (受理1,846件，准予许可1,712件，不予许可134件；其中网上办理1,635件: which count the 网上办理 are
 * of, the 1,846 or the 134 before 其中, is not sure).
 */
function soleWhole(clause: Clause, i: number, total: Figure): boolean {
  const f = clause.figures[i]!;
  if (clause.markers.some((m) => m < f.start)) return false;
  return clause.figures.slice(0, i).every((g, k) => g === total || g.kind === 'rate' || clause.roles[k]!.otherPeriod || !sameThings(g, f));
}

/**
 * What the count a bounded rate is over counts, as its label names it (全县行政执法人员486人); undefined for a count
 * written before its noun (局承担的23项政务服务事项中……), whose label says nothing of what it counts.
 */
function wholeNamed(total: Figure): string | undefined {
  const name = withoutLeads(total.label);
  return name === '' || name.endsWith('的') ? undefined : name;
}

/**
 * 全年行政复议案件共18件，已审结的21件: a count of the things asked for and handled one by one (申请, 事项, 案件:
 * received.requests), tallied with no verb, is what came in — the noun, for the message; undefined for any other
 * label, and for a tally of things done (审结案件共18件), which may count the cases carried over too.
 */
function requestsTallied(total: Figure): string | undefined {
  const label = total.label;
  const tally = PART_SUMS.find((w) => label.endsWith(w));
  if (tally === undefined) return undefined;
  const noun = label.slice(0, -tally.length);
  if (RECEIVED.done.some((w) => noun.includes(w))) return undefined;
  return RECEIVED.requests.find((n) => noun.endsWith(n));
}

/** What a verb of done adds to its verb to say the attempt succeeded (调解成功). */
const SUCCEEDED = '成功';

/**
 * 调解矛盾纠纷68.4万件，调解成功66.9万件: a count done with success is of the attempts its verb alone names
 * (调解), a total as plain as 受理 — rate-mismatch takes 调解成功率 over it. undefined when the total's label
 * does not name that verb, or names the success too.
 */
function attemptWord(total: Figure, done: string): string | undefined {
  if (!done.endsWith(SUCCEEDED)) return undefined;
  const verb = done.slice(0, -SUCCEEDED.length);
  return total.label.includes(verb) && !total.label.includes(done) ? verb : undefined;
}

/** A count of the same things as `f` that may be its total: in prose, not a rate. */
const countOfSame = (g: Figure, f: Figure): boolean => !g.parenthetical && g.kind !== 'rate' && sameThings(g, f);

/** Words a verb alone may carry before it and still name no object of its own (依法受理, 共受理). */
const BARE_VERB_LEAD = 2;

/**
 * The count right before `f` of the same things, and whether it is of another period. At the head of its
 * clause, a count named by the verb alone (受理1986件, no object of its own) goes on from the clause before
 * the ；: the only such count there, the other period's passed over (收到申请2146件，较上年的1902件增长12.8%；
 * 受理1986件: what came in, then what of it was admitted).
 */
function countBefore(clause: Clause, i: number, verb: string): { total: Figure; otherPeriod: boolean } | undefined {
  const f = clause.figures[i]!;
  for (let t = i - 1; t >= 0; t--) {
    const g = clause.figures[t]!;
    if (countOfSame(g, f)) return { total: g, otherPeriod: clause.roles[t]!.otherPeriod };
  }
  const before = clause.previous;
  if (!before || !f.label.endsWith(verb) || f.label.length > verb.length + BARE_VERB_LEAD) return undefined;
  const same = before.figures.flatMap((g, t) => (countOfSame(g, f) && !before.roles[t]!.otherPeriod ? [g] : []));
  return same.length === 1 ? { total: same[0]!, otherPeriod: false } : undefined;
}

/**
 * 收到复议申请1028件，受理1056件: applications admitted beyond those received, the count right before of
 * the same things. 受理 reads as a total elsewhere (办结 is done out of it), so doneExceedsReceived never
 * holds it to another; carry-over leaves it alone as it does a count of done.
 */
function admittedExceedsReceived(ctx: Ctx, joined: JoinedText, words: string, clause: Clause, reported: Set<Figure>): void {
  const { verb, received, declined } = RECEIVED.admitted;
  clause.figures.forEach((f, i) => {
    const at = f.label.lastIndexOf(verb);
    if (at === -1 || reported.has(f) || f.parenthetical || !exactCount(f) || declined.some((w) => f.label.startsWith(w, at - w.length))) return;
    const { total, otherPeriod } = countBefore(clause, i, verb) ?? {};
    const word = total && received.find((w) => total.label.includes(w));
    if (!word || total.label.includes(verb) || otherPeriod || !exactCount(total)) return;
    if (speaksOfCarryOver(words)) return;
    if (f.value <= total.value + tolerance(total) + tolerance(f) + EPSILON) {
      // 收到86件，受理86件，不予受理3件: every application registered as 受理, some then turned down — only
      // fewer admitted than received tells the two apart.
      const declinedCount = f.value < total.value ? declinedAfter(clause, i, verb) : undefined;
      if (declinedCount) reportParts(ctx, total, [f, declinedCount], reported);
      return;
    }
    ctx.report({
      messageId: 'doneExceeds',
      data: { done: verb, doneCount: shown(f) + f.unit, received: word, total: shown(total) + total.unit },
      ...doneSpan(joined, f, verb),
    });
  });
}

/**
 * 收到申请164件，受理152件，不予受理12件: the applications turned down (不予受理及告知 too), counted right
 * after those admitted — each application received is admitted or turned down (or still examined), never
 * both, so together they are parts of what was received.
 */
function declinedAfter(clause: Clause, i: number, verb: string): Figure | undefined {
  const f = clause.figures[i]!;
  const next = clause.figures[i + 1];
  if (!next || next.parenthetical || !exactCount(next) || !sameThings(next, f)) return undefined;
  const label = withoutLeads(next.label);
  // 不予受理及告知26件: those turned down and told where to apply are turned down too.
  return RECEIVED.admitted.declined.some((w) => label.startsWith(w + verb)) ? next : undefined;
}

const RECTIFIED = RECEIVED.rectified;
/** A cut-off before a count of what is done by then (截至目前已整改, 年底已整改): no other thing counted. */
const CUT_OFF = /^(?:截至|截止)?(?:目前|当前|年底|年末|月底|月末)?/;

/** Whether a count's label names the problems rectified and nothing else (完成整改, 已整改到位, 截至目前已整改). */
function rectifiedLabel(label: string): boolean {
  return RECTIFIED.labels.includes(withoutLeads(withoutLeads(label).replace(CUT_OFF, '')));
}

/**
 * The problems the count at `i` is of, named for the message, when the sentence ties the problems rectified
 * after it to them: the object of a 对 frame, its noun 问题 right after the count (对巡察反馈的13个问题 → 巡察反馈问题),
 * or problems fed back by an inspection or audit (巡察反馈问题13个); undefined for any other count.
 */
function problemsFound(joined: JoinedText, f: Figure): { name: string; framed: boolean } | undefined {
  const framed = objectFrame(f.label);
  if (framed !== undefined && joined.slice(f.end, joined.move(f.end, RECTIFIED.noun.length)) === RECTIFIED.noun) {
    return { name: framed.replace(/的$/, '') + RECTIFIED.noun, framed: true };
  }
  const label = withoutLeads(f.label);
  return label.endsWith(RECTIFIED.noun) && RECTIFIED.fedBack.some((w) => label.includes(w)) ? { name: label, framed: false } : undefined;
}

/**
 * 对巡察反馈的13个问题，开展专项监督4次，完成整改15个; 巡察反馈问题13个，已整改15个: problems rectified beyond the
 * problems the sentence says they are of. Problems rectified in a year may include those found before
 * (received.mayPrecede), so a count rectified is held to one found only where the words tie them: the problems
 * of a 对 frame, the next count of them in the clause (none other in the same measure word between), or problems
 * fed back, the count right after the comma — and not when the clause speaks of earlier problems or carry-over
 * (上年, 历年, 累计, 以前, 遗留 …), which the count rectified may hold too.
 */
function rectifiedExceedsFound(ctx: Ctx, joined: JoinedText, words: string, clause: Clause, reported: Set<Figure>): void {
  const { figures } = clause;
  figures.forEach((total, i) => {
    if (total.parenthetical || !exactCount(total) || clause.roles[i]!.otherPeriod) return;
    const found = problemsFound(joined, total);
    if (found === undefined) return;
    const j = figures.findIndex((g, k) => k > i && !g.parenthetical && g.kind !== 'rate' && sameThings(g, total));
    const f = figures[j];
    if (!f || reported.has(f) || f.unit !== total.unit || !exactCount(f) || !rectifiedLabel(f.label)) return;
    if (!found.framed && (j !== i + 1 || joined.slice(total.end, f.labelStart) !== ',')) return;
    if (f.value <= total.value + EPSILON) return;
    if (speaksOfCarryOver(words) || RECTIFIED.earlier.some((w) => words.includes(w))) return;
    reported.add(f);
    ctx.report({
      messageId: 'doneExceeds',
      data: { done: RECTIFIED.verb, doneCount: shown(f) + f.unit, received: found.name, total: shown(total) + total.unit },
      ...doneSpan(joined, f, RECTIFIED.verb),
    });
  });
}

/** The verb of done and its object a count's label names (采纳意见建议132条 → 采纳, 意见建议), or undefined. */
function doneWithObject(f: Figure): { verb: string; object: string } | undefined {
  return verbWithObject(f.label, RECEIVED.done);
}

/** The count of done with its verb, before it (合格1500名) or after it (1500名合格). */
function doneSpan(joined: JoinedText, f: Figure, done: string): { start: number; end: number } {
  if (namedAfter(f, done)) return { start: f.start, end: joined.move(f.end, done.length) };
  return { start: joined.move(f.labelStart, f.label.lastIndexOf(done)), end: f.end };
}

/** The verb of done right after a count its label names nothing of (1500名合格，), or undefined. */
function doneAfter(f: Figure): string | undefined {
  // namedAfter with no clause before: the words after the count are the verb itself (read once for every verb).
  const after = wordsAfter(f);
  return after !== undefined && RECEIVED.done.includes(after) ? after : undefined;
}
