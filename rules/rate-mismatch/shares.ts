import type { ReportDescriptor, RuleContext } from '@reportlint/core';
import { formatDecimal, joinedText, parseChineseNumeral } from '@reportlint/parser';
import type { Figure, JoinedText, ReportTree } from '@reportlint/parser';
import { allDoneAfter, boundContradicted, chainBefore, CHANGES, countBeforeNoun, divisionShown, doneNamed, eachWithSentenceBefore, endsWithQualifier, exactCount, expectedRate, figureClauses, findTotal, firstAfter, firstOfSentence, frameOf, isBounded, listAcrossSemicolons, MAX_FIGURES_BACK, notListedKind, opensGoingOn, PARTS, quantityOf, quotientAgrees, rangedCount, RECEIVED, sameThings, scopeOf, sentenceCounting, shown, soleCountBefore, thingsNamed, tolerance, totalOpening, within, WAYS, withoutLeads, withoutMarker } from '../shared/figures.js';
import type { Clause, Rounding, SentenceBefore } from '../shared/figures.js';
import { literalAlternation } from '../shared/ranges.js';

/**
 * Shares: a percentage introduced by 占 — “维持78件，占审结总数的65%”, “其中涉企投诉120件，占比24%” — is
 * a rate whose numerator is the count right before it and whose total is the one its words point to. A
 * fraction or a number of 成 after 占 (占三分之二, 占近九成) is read the same way, as the range of shares it allows.
 */

/** How a share says what it is a share of. */
type Whole =
  /** A count written after 占: 占全部应诉案件(150件)的6%, 占全部依申请事项1600项的70%. */
  | { by: 'count'; figure: Figure }
  /** Words naming a count stated earlier in the sentence: 占审结总数的65% → 审结 (审结120件). */
  | { by: 'words'; word: string }
  /** Nothing (占比24%, 所占比例为, 占总数的): the total that the 其中 list the part is in breaks down. */
  | { by: 'list' };

interface Share {
  /** What the share states: a percentage (占65%), or words that bound it (占三分之二, 近九成, 过半). */
  stated: Figure | ShareWords;
  /** The count right before the share, or an earlier one its words name (see namedEarlier), and its index in the clause. */
  part: Figure;
  partIndex: number;
  whole: Whole;
  /** Paired with its part by 分别占: the parts of its 其中 list come first, the shares after the last one. */
  respective?: true;
  /** Its part written after it, in parentheses: 其中草原案件占41.6%（450件）. */
  partAfter?: true;
  /** Its part named before 占 (适用普通程序占, 普通程序案件占; or a count of the list before the one right before the share): it is of that part alone. */
  namedPart?: true;
  /** Its part the sum of the counts listed before 合计占 (see summedList). */
  summed?: true;
}

/** The count a share is taken of, and other counts it may be of: it is right if any of them gives it. */
interface Base {
  whole: Figure;
  others: Figure[];
}

// The words between the part and the percentage: “,占审结总数的”, “,纠正数占审查总数的”, “,所占比例为”,
// “,占比” — the words before 占 (group 1), and what 占 names (group 2, “比” for 占比). A share that ranks
// its part may say so first, the value after a comma: “,占受理案件数比例最高,达”. 占到 (占到了) is 占.
// A list joins a part to its share with 、 as well as with a comma: “其中草原执法1,846件、占29.7%”.
const REACHES = String.raw`(?:到了|到)?`;
const LEAD = String.raw`^[,、]?([^,;:()]*?)所?占${REACHES}([^,;:()]*?)`;
const TAIL = String.raw`的?(?:比例|比重)?(?:(?:最高|最大|最多|最低|最小|最少),?)?(?:为|是|达到|达)?$`;
const SHARE_WORDS = new RegExp(LEAD + TAIL);
// With the whole's count between them, in parentheses or not: “,占全部应诉案件(” 150件 “)的”.
const SHARE_BEFORE_COUNT = new RegExp(LEAD + String.raw`(\()?$`);
const SHARE_AFTER_COUNT = new RegExp(String.raw`^(\))?` + TAIL);

/** What the words before 占 may add to the part's name (纠正2件，纠正数占……): a 数 or a 的. */
const SUBJECT_END = /(?:件数|人数|数量|数|的)$/;
/**
 * Words around what 占 names that do not narrow it: 全部应诉案件 → 应诉, 受理总数 → 受理; the year reported
 * on, 全年处罚案件 → 处罚 (a region, 全市, names a wider whole: REGION).
 */
const WHOLE_LEAD = /^(?:全部|所有|各类|全年|本年度?)/;
const WHOLE_COUNT = /(?:案件|事项)?(?:总件数|总人数|总户数|总数|总量|件数|人数|户数|家数|数量|数)$/;
const WHOLE_NOUN = /(?:案件|事项)$/;
/** Words 占 may name contracted: 占受案总数 is 占受理案件总数, the count labelled 受理. */
const CONTRACTED: ReadonlyMap<string, string> = new Map([['受案', '受理']]);
/** 占全市的3%: a share of a region, whose total the report seldom states. */
const REGION = /^(?:全|本)?(?:国|省|市|区|县|州|镇|乡|街道)$/;
/**
 * 占全乡行政村的: a region opening the words names the whole of its things there, counted as such with
 * nothing but a verb of having between (全乡共有行政村9个, 全县辖行政村128个); a count of them without the
 * region (本村, 示范村) is another whole.
 */
const REGION_LEAD = /^(?:全|本)(?:国|省|市|区|县|州|镇|乡|街道)/;
const HAVING = /^(?:共有|现有|共辖|辖有|辖|有|共)?$/;
/** Words before a total's verb that make it a narrower count than the one named (不予受理, 出庭应诉). */
const NARROWED = /(?:不予|未予|出庭)$/;
/**
 * 涉企投诉中办结110件: a part counted within what its label names first, whose share is of that. The
 * label is read without its 其中 and words whose 中 counts nothing within (其中中小企业208家, 预留中小企业份额).
 */
const WITHIN = /.中/;
const NOT_WITHIN = new RegExp(literalAlternation(PARTS.notWithin), 'g');
const countsWithin = (part: Figure): boolean => WITHIN.test(withoutMarker(part.label).replace(NOT_WITHIN, ''));
/** Words in parentheses (the text is normalized to half-width). */
const PARENTHESIZED = /\([^()]*\)/g;
/** The units of a change in points (较上年提高2.3个百分点). */
const POINTS = ['个百分点', '百分点'];
/** Words that make a count one of another period, or a change: the share's whole is then not plain. */
const OTHER_PERIOD = [...CHANGES.compare, ...CHANGES.earlier];

/** What the words after 占 name: “比” (占比) and words of nothing but 总数/全部 leave the whole to the 其中 list. */
function wholeNamed(words: string): Whole | undefined {
  const word = words === '比' ? '' : words.replace(WHOLE_LEAD, '').replace(WHOLE_COUNT, '').replace(WHOLE_NOUN, '');
  if (word === '') return { by: 'list' };
  return REGION.test(word) ? undefined : { by: 'words', word: CONTRACTED.get(word) ?? word };
}

/**
 * The name the words before 占 give a part, without what they may add to the label it is counted by: a 数
 * or a 的 (纠正数 for 纠正2件), or the noun of the things (普通程序案件 for 适用普通程序1,712件).
 */
const partName = (subject: string) => subject.replace(SUBJECT_END, '').replace(WHOLE_NOUN, '');

/** Whether the words before 占 name the count `part` counts by its label: 纠正数 for 纠正2件, 普通程序案件 for 适用普通程序1,712件. */
function namesPart(subject: string, part: Figure): boolean {
  const name = partName(subject);
  return name !== '' && part.label.endsWith(name);
}

/** A percentage that may be a share: not a change, and exact or a lower bound (占比达60%). */
const sharePercent = (f: Figure) => (f.unit === '%' || f.unit === '‰') && !f.change && (!f.approximate || isBounded(f));

/** The words before a percentage without the approximate word it is stated with: “,占比约为” → “,占比”. */
function withoutApproximateWord(words: string, percent: Figure): string {
  const marker = percent.marker;
  if (!marker) return words;
  const stated = [marker + '为', marker].find((w) => words.endsWith(w));
  return stated ? words.slice(0, -stated.length) : words;
}

/** The share the percentage at index `i` of the clause states, if it is one, with its part. */
function readShare(joined: JoinedText, clause: Clause, i: number): Share | undefined {
  const figures = clause.figures;
  const percent = figures[i]!;
  if (i === 0 || !sharePercent(percent)) return undefined;
  // The words before it tell at once whether 占 is written before the percentage (占审结总数的) or before
  // the count right before it (占全部依申请事项1600项的, or a count in parentheses): most rates are passed by.
  const words = withoutApproximateWord(joined.slice(figures[i - 1]!.end, percent.start), percent);
  if (words.includes('占')) {
    const after = partInParentheses(joined, figures, i, words);
    if (after) return after;
    const direct = SHARE_WORDS.exec(words) ?? afterPredicate(words, figures[i - 1]!);
    if (!direct) return undefined;
    const whole = wholeNamed(direct[2]!);
    return whole && withPart(joined, percent, figures, i - 1, direct[1]!, wholeAfter(joined, figures, i, whole) ?? whole);
  }
  const middle = figures[i - 1]!;
  if (i < 2 || !(middle.parenthetical || middle.label.includes('占'))) return undefined;
  const lead = SHARE_BEFORE_COUNT.exec(joined.slice(figures[i - 2]!.end, middle.start));
  const tail = lead && SHARE_AFTER_COUNT.exec(joined.slice(middle.end, percent.start));
  if (!lead || !tail || (lead[3] !== undefined) !== middle.parenthetical || (tail[1] !== undefined) !== middle.parenthetical) return undefined;
  return withPart(joined, percent, figures, i - 2, lead[1]!, { by: 'count', figure: middle });
}

/** A part's name right before 占 (占比, 占比为) and the percentage, with nothing of a count's own between: 其中草原案件占. */
const NAMED_SHARE = /^(?:\)?,)?(?:其中,)?([^,;:()0-9]+?)占(?:比(?:为|达)?)?$/;

/** The words opening a parenthesis up to its count: （检查总数 → 检查总数. */
const PARENTHESIZED_LABEL = /^\(([^,;:()0-9]+)$/;

/**
 * 其中联合检查1,215次，占检查总数的63.5%（检查总数1,850次）: the whole the share's words name, stated right after it
 * in parentheses as a total (总数, 总量 …) of what they name, or as a bare total for 占比. Nothing else in the
 * parentheses, nor another period's total: （上年总数1,620次） is no whole.
 */
function wholeAfter(joined: JoinedText, figures: readonly Figure[], i: number, whole: Whole): Whole | undefined {
  const after = figures[i + 1];
  if (!after?.parenthetical || joined.slice(after.end, after.end + 1) !== ')') return undefined;
  const label = PARENTHESIZED_LABEL.exec(joined.slice(figures[i]!.end, after.start))?.[1];
  if (!label?.includes('总') || OTHER_PERIOD.some((w) => label.includes(w))) return undefined;
  const named = wholeNamed(label);
  // 占比 names no whole: any total stated is the one; words name theirs, and the total must be of them.
  const same = whole.by === 'list' ? named !== undefined : whole.by === 'words' && named?.by === 'words' && named.word === whole.word;
  return same ? { by: 'count', figure: after } : undefined;
}

/**
 * 其中草原、林业领域案件占41.6%（450件）: a share whose words name its part (no count between the name and
 * 占) and whose part's count stands right after it in parentheses. After the first, a part of the same list
 * is read so too (……（450件），森林案件占20.1%（217件）). The whole is the 其中 list's.
 */
function partInParentheses(joined: JoinedText, figures: readonly Figure[], i: number, words: string): Share | undefined {
  const part = figures[i + 1];
  if (!part?.parenthetical || !exactCount(part) || joined.slice(figures[i]!.end, part.start) !== '(') return undefined;
  if (!NAMED_SHARE.test(words) || (words.startsWith(')') && !figures[i - 1]!.parenthetical)) return undefined;
  return { stated: figures[i]!, part, partIndex: i + 1, whole: { by: 'list' }, partAfter: true };
}

/** The predicate of a count written before it, up to the comma before 占: words, no number or other mark. */
const PREDICATE = /^[^,;:()0-9]{1,30},(?=所?占)/;
/** The words a frame with no comma leaves in the label of the count after it (14个社区中已有9个: 社区中). */
const FRAME_IN_LABEL = /^[^,;:()]{0,12}中/;

/**
 * 126件已解决，占62.9%; 14个社区中已有9个创建为示范社区，占64.3%: a count whose label names nothing of its own
 * (leads, 有, the frame it is counted within) is the subject of the predicate after it, and the share after
 * that predicate's comma is its share. The share's words (占……的) after the predicate, or undefined.
 */
function afterPredicate(words: string, part: Figure): RegExpExecArray | null {
  const predicate = PREDICATE.exec(words);
  if (!predicate || withoutLeads(part.label.replace(FRAME_IN_LABEL, '')).replace(/^有/, '') !== '') return null;
  const share = SHARE_WORDS.exec(words.slice(predicate[0].length));
  return share && share[1] === '' ? share : null;
}

/** 分别占 before the first of several percentages (分别占92.4%和7.6%, 分别占受理总数的60%、40%). */
const RESPECTIVE_SHARE = new RegExp(String.raw`^,?分别占([^,;:()]*?)` + TAIL);
/** What joins the percentages of a 分别占 list. */
const LIST_GLUE = /^[、,和及与\s]*$/;

/**
 * 其中首套住房贷款3894笔、二套住房贷款322笔，分别占92.4%和7.6%; 其中A、B分别为120件、80件，分别占60%、40%:
 * the percentages after 分别占 are the shares, in order, of as many counts ending right before them —
 * when those counts are the whole 其中 list. Any other number of counts pairs nothing surely.
 */
function respectiveShares(joined: JoinedText, clause: Clause, i: number): Share[] | undefined {
  const figures = clause.figures;
  const words = i > 0 && sharePercent(figures[i]!) ? RESPECTIVE_SHARE.exec(joined.slice(figures[i - 1]!.end, figures[i]!.start)) : null;
  const whole = words ? wholeNamed(words[1]!) : undefined;
  if (!whole) return undefined;
  let n = 1;
  while (i + n < figures.length && sharePercent(figures[i + n]!) && LIST_GLUE.test(joined.slice(figures[i + n - 1]!.end, figures[i + n]!.start))) n++;
  const first = i - n;
  if (n < 2 || first < 0) return undefined;
  const parts = figures.slice(first, i);
  if (parts.some((f) => f.kind === 'rate' || f.parenthetical || !exactCount(f))) return undefined;
  const marker = clause.markers.filter((m) => m < parts[0]!.start).at(-1);
  if (marker === undefined || firstAfter(figures, marker) !== first) return undefined;
  return parts.map((part, k) => ({ stated: figures[i + k]!, part, partIndex: first + k, whole, respective: true }));
}

/** 约占34%, 约占三分之一: the word before 占 that states the share approximately, as 占约34% does. */
const ABOUT_SHARE = /(?:大约|约)$/;

/**
 * The share with its part, when the count at `partIndex` is a plain one the words before 占 leave it to.
 * 约 before 占 is no subject: a percentage takes it as its own approximate word (约占34% is 占约34%); words
 * of a share (约占三分之一) allow a drafter's rounding already.
 */
function withPart(joined: JoinedText, written: Figure | ShareWords, figures: readonly Figure[], partIndex: number, words: string, whole: Whole): Share | undefined {
  const count = figures[partIndex]!;
  const about = ABOUT_SHARE.exec(words);
  const subject = about ? words.slice(0, about.index) : words;
  if (count.parenthetical || !exactCount(count)) return undefined;
  if (SUMMED.test(subject)) {
    const share = withStated(written, about, summedList(joined, figures, partIndex), partIndex, whole);
    return share && { ...share, summed: true };
  }
  if (subject === '') return withStated(written, about, count, partIndex, whole);
  const named = namesPart(subject, count) ? partIndex : namedEarlier(figures, partIndex, subject);
  const share = named === undefined ? undefined : withStated(written, about, figures[named], named, whole);
  return share && { ...share, namedPart: true };
}

/** The share of `part`, stated approximately when 约 stands before 占. */
function withStated(written: Figure | ShareWords, about: RegExpExecArray | null, part: Figure | undefined, partIndex: number, whole: Whole): Share | undefined {
  if (!part) return undefined;
  const stated = about && written.kind !== 'words' && !written.marker ? { ...written, approximate: true, marker: about[0] } : written;
  return { stated, part, partIndex, whole };
}

/**
 * 其中……村卫生室268家、个体诊所96家，村卫生室占全县医疗卫生机构的65.0%: words before 占 that name a count of
 * the clause before the one right before it make that count the part — when it is the only count they name.
 */
function namedEarlier(figures: readonly Figure[], partIndex: number, subject: string): number | undefined {
  const name = partName(subject);
  if (name.length < 2) return undefined;
  const named = figures.slice(0, partIndex).flatMap((f, k) => (f.label.includes(name) ? [k] : []));
  if (named.length !== 1) return undefined;
  const part = figures[named[0]!]!;
  return !part.parenthetical && exactCount(part) && namesPart(subject, part) ? named[0] : undefined;
}

/** The words before 占 that make the part the sum of the counts listed before it: 2个、市级3个，合计占…… */
const SUMMED = /^(?:合计|共计|总计)$/;
/** Between two counts of one list: 、 and the next item's name, no number or other mark (2个、市级3个). */
const LIST_JOINT = /^、[^,;:()0-9、]{0,15}$/;

/**
 * The counts listed with 、 up to the one at `partIndex` (获评省级示范村2个、市级3个), as one count of their sum,
 * shown as the sum: (2+3). Undefined when the count stands alone, or a count of the list is of another unit or
 * not exact: then 合计 sums what the sentence does not state.
 */
function summedList(joined: JoinedText, figures: readonly Figure[], partIndex: number): Figure | undefined {
  const last = figures[partIndex]!;
  let first = partIndex;
  while (first > 0 && LIST_JOINT.test(joined.slice(figures[first - 1]!.end, figures[first]!.start))) first--;
  const items = figures.slice(first, partIndex + 1);
  if (items.length < 2 || !items.every((f) => exactCount(f) && !f.parenthetical && f.unit === last.unit && f.scale === last.scale)) return undefined;
  const value = items.reduce((sum, f) => sum + f.value, 0);
  return { ...last, value, written: `(${items.map(shown).join('+')})`, start: items[0]!.start, label: items[0]!.label, labelStart: items[0]!.labelStart };
}

/**
 * The words a count is named by: its label, the noun of the frame it opens (在委员提出的145件提案中 is a count
 * of 提案), and 已 with the done word of 均已…… after a count received (受理申请86件，均已答复 is 已答复 too:
 * every one of it is answered, see allDoneAfter).
 */
function nameOf(joined: JoinedText, f: Figure): string {
  const frame = frameOf(joined, f);
  const received = RECEIVED.totals.some((w) => f.label.includes(w));
  const done = received ? allDoneAfter(joined, f)?.verb : undefined;
  return f.label + (frame?.noun ?? '') + (done ? '已' + done : '');
}

/**
 * Where a count's name holds the word 占 names: the word itself, or a received or inspected verb and its noun with
 * the count's kind between (收到申请 in 收到行政复议申请, 受理投诉 in 受理消费投诉, 检查单位 in 检查测绘单位); -1 when it holds neither.
 */
function namedAt(name: string, word: string): number {
  const at = name.indexOf(word);
  const region = at === -1 ? REGION_LEAD.exec(word)?.[0] : undefined;
  if (region) return regionNamedAt(name, region, word.slice(region.length));
  const things = at === -1 ? receivedThings(word) : undefined;
  if (!things) return at;
  const verbAt = name.indexOf(things.verb);
  return verbAt !== -1 && name.indexOf(things.noun, verbAt + things.verb.length) !== -1 ? verbAt : -1;
}

/** Where a count's name holds the noun after its region with only a verb of having between (全乡共有行政村 for 全乡行政村); -1 when not. */
function regionNamedAt(name: string, region: string, noun: string): number {
  const r = name.indexOf(region);
  const at = r === -1 || noun === '' ? -1 : name.indexOf(noun, r + region.length);
  return at !== -1 && HAVING.test(name.slice(r + region.length, at)) ? at : -1;
}

/**
 * The one count of the part's things among `figures` (nearest first) whose name (nameOf) holds the word
 * 占 names: undefined when none does, null when the whole is not sure — several such counts (上年受理 and
 * 受理, 受理 twice), or one whose label narrows the word (按期办结, 网上受理, 不予受理). A count of other things
 * whose words hold the word (发生办件的赋权事项71项 beside 办件4,268件) is none of them.
 */
function countNamed(joined: JoinedText, figures: readonly Figure[], word: string, part: Figure): Figure | null | undefined {
  let whole: Figure | undefined;
  let looked = 0;
  for (const f of figures) {
    if (++looked > MAX_FIGURES_BACK) return null;
    if (f.kind === 'rate' || !sameThings(f, part)) continue;
    const name = nameOf(joined, f);
    const at = namedAt(name, word);
    if (at === -1) continue;
    const head = name.slice(0, at);
    if (endsWithQualifier(head) || NARROWED.test(head) || (whole && whole.value !== f.value)) return null;
    whole ??= f;
  }
  return whole;
}

/**
 * 20件代表建议反映的问题已经解决16件，占承办总数的80%: a sentence whose subject is a count written
 * before its noun (opening the sentence, no label) counts its parts within that count. When the share
 * names a count received or assigned (承办, 受理 …: RECEIVED.totals) that no count of the sentence nor of
 * the one before is labelled with, the subject is that whole — unless a count labelled as a total
 * stands between them. A share of a wider whole (占全市受理总数的) names no such word alone.
 */
function subjectCount(joined: JoinedText, clause: Clause, partIndex: number, word: string): Figure | undefined {
  if (!RECEIVED.totals.includes(word)) return undefined;
  const first = firstOfSentence(clause);
  const subject = first.figures[0]!;
  if (subject === clause.figures[partIndex] || !countBeforeNoun(joined, subject) || joined.slice(first.start, subject.start).trim() !== '') return undefined;
  for (const { c, k, f } of chainBefore(clause, partIndex)) if (f !== subject && f.kind !== 'rate' && c.roles[k]!.totals.length > 0) return undefined;
  return subject;
}

/**
 * Whether the sentence, up to the part at `partIndex`, goes on from the one before: it opens as
 * `opensGoingOn` allows, and no count before the part is labelled as a total — only parts with their shares
 * (经审理，维持15件，占受理案件总数的62.5%；撤销6件，占受案总数的25%): the sentence names no whole of its own.
 */
function goesOnFromBefore(joined: JoinedText, clause: Clause, partIndex: number): boolean {
  return opensGoingOn(joined, clause) && !totalInSentence(clause, partIndex);
}

/**
 * 受理500件，其中涉企投诉120件，占受理总数的24%: the count stated earlier in the sentence that the
 * share's words name. A sentence that goes on from the one before and names nothing before the part
 * (“全年受理行政复议申请15件。经审理，维持5件，占受理案件总数的33.3%”) speaks of the sentence right before
 * it, in the same paragraph, or of the one before that (see sentenceCounting): its one count so named is the whole.
 */
function namedCount(joined: JoinedText, clause: Clause, partIndex: number, word: string, sentenceBefore: SentenceBefore): Base | undefined {
  const part = clause.figures[partIndex]!;
  const inSentence = countNamed(joined, Array.from(chainBefore(clause, partIndex), ({ f }) => f), word, part);
  if (inSentence !== undefined) return inSentence === null ? undefined : { whole: inSentence, others: [] };
  const before = goesOnFromBefore(joined, clause, partIndex) ? sentenceCounting(sentenceBefore, part) : undefined;
  const earlier = before && countNamed(joined, before.flatMap((c) => c.figures).reverse(), word, part);
  if (earlier !== undefined) return earlier === null ? undefined : { whole: earlier, others: [] };
  const subject = subjectCount(joined, clause, partIndex, word);
  if (subject) return { whole: subject, others: [] };
  // 全年收到申请412件……。推行网上申请，全年网上申请186件，占收到申请总数的45.1%: a share naming what was
  // received and the things the part counts is of the one count so named in the paragraph, when its
  // sentence states no total of its own.
  const things = receivedThings(word);
  const inParagraph = (things ? part.label.includes(things.noun) : !RECEIVED.totals.some((w) => word.startsWith(w))) && !totalInSentence(clause, partIndex);
  const earlierInParagraph = inParagraph ? countNamed(joined, (sentenceBefore('paragraph') ?? []).flatMap((c) => c.figures).reverse(), word, part) : undefined;
  return earlierInParagraph ? { whole: earlierInParagraph, others: [] } : undefined;
}

/** Verbs of a total whose words 占 may name with the count's kind left out: received (收到申请) or inspected (检查单位). */
const SPLIT_VERBS = [...RECEIVED.totals, ...RECEIVED.inspected];

/**
 * The verb of what was received or inspected and the things the words 占 names open with: 收到 and 申请 in
 * 收到申请, 检查 and 单位 in 检查单位; undefined when they name no things after such a verb.
 */
function receivedThings(word: string): { verb: string; noun: string } | undefined {
  const verb = SPLIT_VERBS.find((w) => word.startsWith(w) && word.length > w.length);
  return verb ? { verb, noun: word.slice(verb.length) } : undefined;
}

/** Whether a count before the part at `partIndex` in its sentence is labelled as a total. */
function totalInSentence(clause: Clause, partIndex: number): boolean {
  for (const { c, k, f } of chainBefore(clause, partIndex)) if (f.kind !== 'rate' && c.roles[k]!.totals.length > 0) return true;
  return false;
}

/** Whether a part's 中 is that of a frame the count right before it opens, with no comma (14个社区中已有9个). */
function framedByCountBefore(joined: JoinedText, figures: readonly Figure[], partIndex: number): boolean {
  const frame = partIndex > 0 ? frameOf(joined, figures[partIndex - 1]!) : undefined;
  return frame !== undefined && figures[partIndex]!.labelStart < frame.end;
}

/**
 * 全年受理投诉500件，其中涉企投诉120件，占比24%: the count right before the 其中/包括 that lists the
 * part (a rate or a parenthesis between them passed over), the part alone in its share (aloneInShare).
 * A total that is a count of done (审结120件) may be broken down as the count it was taken from (受理) too. A part counted within something else (其中涉企投诉120件，占比24%，
 * 涉企投诉中办结110件，占91.7%; 其中本县86件，占5.7%，败诉3件，占3.5%) is a share of that: the whole is
 * left open.
 */
function listTotal(joined: JoinedText, clause: Clause, share: Share, sentenceBefore: SentenceBefore): Base | undefined {
  const { figures, markers } = clause;
  const { part, partIndex } = share;
  if (countsWithin(part) && !framedByCountBefore(joined, figures, partIndex)) return undefined;
  // 受理500件，其中涉企120件，包括个体户30件，占比6%: a list within a list leaves the whole open.
  const before = markers.filter((m) => m < part.start);
  if (before.length === 0) return framedTotal(joined, clause, partIndex) ?? (share.partAfter ? countRightBefore(joined, clause, share) : doneOfTotalBefore(joined, clause, partIndex));
  if (before.length !== 1) return undefined;
  const marker = before[0]!;
  const first = firstAfter(figures, marker);
  if (partIndex - first > MAX_FIGURES_BACK) return undefined;
  const item = firstItem(joined, clause, marker, share);
  // 其中本县86件，占5.7%，败诉3件: a count of done after a list item that is none may count within that item.
  if (clause.roles[partIndex]!.done !== clause.roles[item]!.done) return undefined;
  // 网上信访4,572件，是2021年1,524件的3倍，其中…… / 受理6,912件，较上年的7,530件下降8.2%，其中……: the
  // other period's count, compared by the multiple or change after it, is passed over with them; the list
  // breaks down the total. Right before the list (上年为7,530件，其中……) it may be the one broken down.
  // 发放贷款4216笔、18.73亿元，其中首套3894笔…… / 作出处罚决定147件，罚没款86.4万元，其中……34件: an amount
  // before a list of counts is not what it breaks down; the count before it is, when surely (soleCountBefore).
  const compared = (k: number) => clause.roles[k]!.otherPeriod && k + 1 < first && (figures[k + 1]!.kind === 'multiple' || figures[k + 1]!.change !== undefined);
  const passed = (k: number) => figures[k]!.kind === 'rate' || figures[k]!.kind === 'multiple' || figures[k]!.parenthetical || compared(k) || notListedKind(figures[k]!, part);
  let t = first - 1;
  let pastAmount = false;
  while (t >= 0 && first - t <= MAX_FIGURES_BACK && passed(t)) pastAmount ||= notListedKind(figures[t--]!, part);
  // 全年收到群众建议40件。其中，已采纳26件，占比65%: a sentence that opens with 其中 breaks down a count of the one before.
  if (t < 0) {
    const opening = totalOpening(joined, clause, marker, figures[item], sentenceBefore);
    return opening && { whole: opening.total, others: opening.others.filter((f) => f.value >= part.value) };
  }
  if (passed(t) || rateOfOtherThings(joined, figures, t, first) || (pastAmount && !soleCountBefore(clause, t))) return undefined;
  const from = clause.roles[t]!.done ? findTotal(clause, t) : undefined;
  return { whole: figures[t]!, others: from && exactCount(from) ? [from] : [] };
}

/**
 * 抽查案卷240卷，评为优秀的68卷，占28.3%: with no 其中, a share of a count of done (办结, 合格, 优秀 …: a rate's
 * numerator) is of the total it is taken from (受理, 抽查 …) when that total is the count right before it, a
 * comma between, as the rate of its verb (优秀率) would be. A share of a count of other things (提出修改意见21件 after 审查规范性文件93件),
 * or of one done whose total is not right before it, names no whole.
 */
function doneOfTotalBefore(joined: JoinedText, clause: Clause, partIndex: number): Base | undefined {
  const { figures, roles } = clause;
  const part = figures[partIndex]!;
  const t = partIndex - 1;
  // 受理申请320件、办结300件、占90%: a list joined with 、 may go on; only a comma makes the part a statement of its own.
  if (t < 0 || roles[t]!.done || joined.slice(figures[t]!.end, part.labelStart) !== ',') return undefined;
  // 评为优秀的68卷: the 的 joining the verb to its count leaves it a count of done.
  if (!roles[partIndex]!.done && doneNamed(part.label, RECEIVED.done) === undefined) return undefined;
  const total = findTotal(clause, partIndex);
  return total && total === figures[t] && roles[t]!.totals.length > 0 ? { whole: total, others: [] } : undefined;
}

/** Between a count and a share that names its part after it, with nothing else: ，即办件占比 / ，其中即办件占. */
const NAMED_SHARE_ONLY = /^,[^,;:()0-9]+占(?:比(?:为|达)?)?$/;

/**
 * 办理许可事项1,107件，即办件占比72.3%（800件）: with no 其中, a share whose part follows it in parentheses is
 * of the count right before it, when that count is the first of its sentence and only the part's name and 占比
 * stand between them. Another count before (受理500件，办结480件，……) leaves the whole open.
 */
function countRightBefore(joined: JoinedText, clause: Clause, share: Share): Base | undefined {
  const t = share.partIndex - 2;
  if (t !== 0 || !exactCount(clause.figures[0]!) || !NAMED_SHARE_ONLY.test(joined.slice(clause.figures[0]!.end, share.stated.start))) return undefined;
  return { whole: clause.figures[0]!, others: [] };
}

/**
 * 登记办事事项1560项，备案类事项办结率98%，其中即办件1290项，占比……: a rate passed over between the total
 * (at `t`) and the 其中 list (from `first`) that names things of its own, not written with the total, opens
 * another subject — the 其中 may break those down, whose count is not stated.
 * A rate of the total's own things (受理复议案件120件，案件办结率95%，其中……) or of none (结案率) does not.
 */
function rateOfOtherThings(joined: JoinedText, figures: readonly Figure[], t: number, first: number): boolean {
  const totalWords = joined.slice(figures[t]!.labelStart, figures[t + 1]!.labelStart);
  return figures.slice(t + 1, first).some((f) => {
    const things = f.kind === 'rate' ? thingsNamed(f.label) : undefined;
    return things !== undefined && !totalWords.includes(things);
  });
}

/** Whether the count at `j` is followed by a share of its own (维持78件，占65%). */
function hasOwnShare(joined: JoinedText, figures: readonly Figure[], j: number): boolean {
  const share = figures[j + 1];
  return share !== undefined && share.kind === 'rate' && joined.slice(figures[j]!.end, share.start).includes('占');
}

/**
 * The part listed right before the part at `k` when it has a share of its own, as a percentage or in
 * words (维持78件，占65%，撤销……; 一般程序1,652件，占比近六成；简易程序……): its index, and where its share ends.
 */
function sharedPartBefore(joined: JoinedText, clause: Clause, k: number): { index: number; shareEnd: number } | undefined {
  const figures = clause.figures;
  if (k >= 2 && hasOwnShare(joined, figures, k - 2)) return { index: k - 2, shareEnd: figures[k - 1]!.end };
  const words = k >= 1 ? shareInWords(joined, clause, k - 1) : undefined;
  return words && { index: k - 1, shareEnd: words.stated.end };
}

/**
 * 在87件次中，来访52件次，占59.8%，来信35件次，占40.2%: the first of the parts a frame's share at
 * `partIndex` may be in — the parts before it each with its share of its own, a comma or a semicolon
 * and nothing else between. A part that opens another statement (另, 同时 …, a count received) is not within the frame.
 */
function firstFramedPart(joined: JoinedText, clause: Clause, partIndex: number): number {
  const { figures, roles } = clause;
  let k = partIndex;
  for (;;) {
    const before = sharedPartBefore(joined, clause, k);
    if (!before || !/^[,;]$/.test(joined.slice(before.shareEnd, figures[k]!.labelStart))) return k;
    if (PARTS.stops.some((w) => figures[k]!.label.startsWith(w)) || roles[k]!.totals.length > 0) return k;
    k = before.index;
  }
}

/**
 * 在1094件一般程序案件中，由乡镇（街道）办理628件，占57.4%: with no 其中, a count that 在……中 frames right
 * before the part's clause is the whole it is counted within — the frame says so as plainly as 其中 would,
 * and so does 801件提案中，…… without 在. The parts after the first, each with its share, are counted
 * within it too, when they are done or not as the first is.
 */
function framedTotal(joined: JoinedText, clause: Clause, partIndex: number): Base | undefined {
  const first = firstFramedPart(joined, clause, partIndex);
  const whole = clause.figures[first - 1];
  if (!whole || clause.roles[partIndex]!.done !== clause.roles[first]!.done) return undefined;
  const frame = frameOf(joined, whole);
  // The first part opens the clause right after the frame's comma.
  return frame && !/[,;:]/.test(joined.slice(frame.end, clause.figures[first]!.labelStart)) ? { whole, others: [] } : undefined;
}

/**
 * Whether the share is of its part alone. In a 其中 list each count listed before the part must have a
 * share of its own, as a percentage or in words (其中维持78件，占65%，撤销20件，占比16.7%): after 其中维持78件、
 * 撤销20件, or 其中和解5件，撤回7件, a share may be of the parts together, whatever whole its words name (终止12件，其中和解5件，撤回
 * 7件，占受理总数的14.3%: of 终止) — unless the words before 占 name the part (其中……、适用普通程序1,712件，普通程序案件占……).
 * A list paired by 分别占 states its shares after its last part.
 */
function aloneInShare(joined: JoinedText, clause: Clause, share: Share): boolean {
  const marker = clause.markers.filter((m) => m < share.part.start).at(-1);
  if (share.respective || share.namedPart) return true;
  // A sum listed before 合计占 is its part already: the counts before the last are in it.
  if (marker === undefined) return share.summed === true || !listedAfterPart(joined, clause, share.partIndex);
  const first = firstItem(joined, clause, marker, share);
  if (share.partAfter) return sharesWithPartsAfter(joined, clause, first, share.partIndex - 1);
  let k = share.partIndex;
  while (k > first) {
    if (otherMeasureOfPart(joined, clause, k)) {
      k -= 1;
      continue;
    }
    const before = sharedPartBefore(joined, clause, k);
    if (!before) return false;
    k = before.index;
  }
  return k === first;
}

/**
 * 诉求居前三位的是：物业管理类412件、市容环境类356件、交通出行类298件，占诉求总量的42.6%: with no 其中, a part
 * listed with 、 right after another count of its things — neither a total nor done where the part is not, nor
 * with a share of its own — may close a list whose share is stated once for all its counts (412+356+298 of
 * 2503 is 42.6%; 298 alone is 11.9%). Which of them the share is of, only the drafter can say.
 */
function listedAfterPart(joined: JoinedText, clause: Clause, k: number): boolean {
  const { figures, roles } = clause;
  const before = figures[k - 1];
  const part = figures[k]!;
  if (!before || before.kind === 'rate' || before.parenthetical || !exactCount(before) || !sameThings(before, part)) return false;
  return roles[k - 1]!.totals.length === 0 && roles[k - 1]!.done === roles[k]!.done && LIST_JOINT.test(joined.slice(before.end, part.start));
}

/**
 * 其中临港片区签约38个、投资214.3亿元，占74.8%: a count in another measure listed with 、 right before the part at `k`
 * is the same item counted another way, not one more part — counts in different measures have no sum to be a share of.
 */
function otherMeasureOfPart(joined: JoinedText, clause: Clause, k: number): boolean {
  const before = clause.figures[k - 1]!;
  const part = clause.figures[k]!;
  return before.kind !== 'rate' && !before.parenthetical && !before.change && !sameThings(before, part) && joined.slice(before.end, part.labelStart) === '、';
}

/** The first item of the list after `marker`: a scope opening it (其中5个县区办理2.41万件，占73.9%: 5个县区) is none. */
function firstItem(joined: JoinedText, clause: Clause, marker: number, share: Share): number {
  const first = firstAfter(clause.figures, marker);
  return first < share.partIndex && scopeOf(joined, clause.figures[first]!, clause.figures[first + 1], share.part) ? first + 1 : first;
}

/**
 * Whether the list from `first` to the share at `k` holds only shares with their parts after them, in
 * parentheses (其中A占40%（40件），B占35%（35件）): each of them is of its part alone.
 */
function sharesWithPartsAfter(joined: JoinedText, clause: Clause, first: number, k: number): boolean {
  for (; k > first; k -= 2) {
    if (k < first + 2 || readShare(joined, clause, k - 2)?.partAfter !== true) return false;
  }
  return k === first;
}

/** The count the share is taken of, as its words say it. */
function baseOf(joined: JoinedText, clause: Clause, share: Share, sentenceBefore: SentenceBefore): Base | undefined {
  if (!aloneInShare(joined, clause, share)) return undefined;
  switch (share.whole.by) {
    case 'count':
      return { whole: share.whole.figure, others: [] };
    case 'words':
      return namedCount(joined, clause, share.partIndex, share.whole.word, sentenceBefore);
    case 'list':
      return listTotal(joined, clause, share, sentenceBefore);
  }
}

/**
 * Whether a base is plain: counts of the part's things, none less than the part, and no change
 * or other period between the whole and the share (受理500件，较上年增加120件，占比……). A percent of
 * change right after the whole (办理1532件，同比增长4.3%，其中涉企628件，占41.0%) says how the whole
 * itself grew — it names no count of another period — so its words are passed over, and so are those of
 * a count introduced as another period's that the whole is compared with (较上年的7,530件, 是2021年……的3倍).
 * A whole in an earlier sentence is read so in its own clause, and in the clauses between only those
 * that count the part's things: 罚没款……，较上年的1,596.8万元增长16.6% compares amounts, not the whole.
 * The counts are exact, or, for a percentage, above a round number (300余件: see `rangedCount`); a share
 * in words is shown as one value of the counts, which such a whole does not give.
 */
function plainBase(joined: JoinedText, clauses: readonly Clause[], clause: Clause, share: Share, base: Base): boolean {
  const { part, stated } = share;
  const counts = [base.whole, ...base.others];
  const countable = stated.kind === 'words' ? exactCount : rangedCount;
  if (counts.some((f) => !countable(f) || !sameThings(f, part) || quantityOf(part).low > quantityOf(f).high)) return false;
  if (base.whole.parenthetical && share.whole.by !== 'count') return false;
  const sentenceStart = firstOfSentence(clause).start;
  let words = base.whole.end <= sentenceStart ? wordsBefore(joined, clauses, base.whole, part, sentenceStart) : '';
  let from = Math.max(Math.min(base.whole.labelStart, part.labelStart), base.whole.end <= sentenceStart ? sentenceStart : 0);
  clause.figures.forEach((f, k) => {
    if (f.start < base.whole.end || f.end > part.start) return;
    // 受理6,912件，较上年的7,530件下降8.2%，其中…… / 是2021年1,524件的3倍，其中……: the count introduced
    // as another period's, with its words, compares the whole with it — it is no other whole.
    if (clause.roles[k]!.otherPeriod) words += joined.slice(from, clause.figures[k - 1]?.end ?? f.labelStart);
    else if ((f.change && f.unit === '%') || f.kind === 'multiple') words += joined.slice(from, f.labelStart);
    else return;
    from = f.end;
  });
  words += joined.slice(from, stated.start);
  // Words in parentheses qualify what they follow: 审结1,174件（含上年结转案件） is still the year's cases closed.
  const outside = words.includes('(') ? words.replace(PARENTHESIZED, '') : words;
  return !OTHER_PERIOD.some((w) => outside.includes(w));
}

/**
 * The words of the whole's clause from the whole to `to`, without a change in points and its label (纠错175件，
 * 纠错率14.9%，较上年提高2.3个百分点): it compares a rate of the whole with last year's, not the whole.
 */
function withoutPointChanges(joined: JoinedText, clause: Clause, whole: Figure, to: number): string {
  let words = '';
  let from = whole.labelStart;
  for (const f of clause.figures) {
    if (f.start < whole.end || f.end > to || !(f.change && POINTS.includes(f.unit))) continue;
    words += joined.slice(from, f.labelStart);
    from = f.end;
  }
  return words + joined.slice(from, to);
}

/**
 * The words from a whole in an earlier sentence to the part's sentence (`sentenceStart`): the rest of the
 * whole's clause, without a change in points (withoutPointChanges), and the clauses between that count the part's things.
 */
function wordsBefore(joined: JoinedText, clauses: readonly Clause[], whole: Figure, part: Figure, sentenceStart: number): string {
  const at = clauses.findIndex((c) => c.figures.includes(whole));
  if (at === -1) return '';
  let words = withoutPointChanges(joined, clauses[at]!, whole, clauses[at]!.end);
  for (let k = at + 1; k < clauses.length && clauses[k]!.end <= sentenceStart; k++) {
    if (clauses[k]!.figures.some((f) => f.kind !== 'rate' && sameThings(f, part))) words += joined.slice(clauses[k]!.start, clauses[k]!.end);
  }
  return words;
}

/** The shares stated at the figure at index `i`: a percentage (占65%, 分别占……) or, after a count, words (占三分之二). */
function sharesAt(joined: JoinedText, clause: Clause, i: number): Share[] {
  if (clause.figures[i]!.kind !== 'rate') {
    const words = shareInWords(joined, clause, i);
    return words ? [words] : [];
  }
  const single = readShare(joined, clause, i);
  return single ? [single] : (respectiveShares(joined, clause, i) ?? []);
}

/**
 * A share written in words, and the percentages it allows (`lo` to `hi`; `range` shows them): 三分之二,
 * 六成, 半数, with the words around them that bound it — 近九成, 超过四分之一, 过半, 六成以上.
 */
interface ShareWords {
  kind: 'words';
  start: number;
  end: number;
  lo: number;
  hi: number;
  range: string;
}

/**
 * How far a fraction or a number of 成 may be from the share it stands for, in percentage points: a
 * drafter rounds to the nearest 成 or simple fraction (六成 is 55%–65%, 三分之二 61.7%–71.7%).
 */
const ROUNDED = 5;
/** A bound just above or below a value: 过半 is more than 50%, 不足三成 less than 30%. */
const STRICT = 1e-9;

/** Words before the fraction, by the percentages they allow around its value v. */
const BEFORE: Record<string, 'near' | 'above' | 'atLeast' | 'below' | 'about'> = {
  近: 'near', 接近: 'near', 将近: 'near',
  超过: 'above', 超: 'above', 逾: 'above', 过: 'above', 多于: 'above',
  不少于: 'atLeast', 不低于: 'atLeast', 至少: 'atLeast',
  不足: 'below', 不到: 'below', 少于: 'below', 低于: 'below',
  约: 'about', 大约: 'about',
};
/** Words after it: 六成以上, 三成左右, 六成多. */
const AFTER: Record<string, 'above' | 'atLeast' | 'atMost' | 'about'> = { 多: 'above', 以上: 'atLeast', 以下: 'atMost', 以内: 'atMost', 左右: 'about', 上下: 'about' };

const NUMERAL = '[一二两三四五六七八九十]';
/**
 * After the part: “,占三分之二”, “,占比近九成”, “,占总数的六成以上”, “,占比超过半数” (read with 占 only) — the
 * words before 占 (group 1), what 占 names (2), the bounding words (3, 8) and the fraction (4): N分之M (5,
 * 6), N成 (7), 半数/一半/半. It must end the phrase: 占六成的 (a count of something else follows) is not read.
 */
const SHARE_IN_WORDS = new RegExp(
  String.raw`^,?([^,;:()]*?)所?占${REACHES}([^,;:()]*?)的?(?:比例|比重)?(?:为|是|达)?` +
    `(${literalAlternation(Object.keys(BEFORE))})?((${NUMERAL})分之(${NUMERAL})|(${NUMERAL})成|半数|一半|半)(${literalAlternation(Object.keys(AFTER))})?(?=[,;。!?]|$)`,
);

/** 纠错137件，占三分之二: the share the words right after a count state, with that count as its part. */
function shareInWords(joined: JoinedText, clause: Clause, partIndex: number): Share | undefined {
  const figures = clause.figures;
  const part = figures[partIndex]!;
  const next = figures[partIndex + 1];
  const after = joined.slice(part.end, next ? next.start : clause.end);
  // Most counts are followed by no 占: the pattern is tried only after one that is.
  if (!after.includes('占')) return undefined;
  const m = SHARE_IN_WORDS.exec(after);
  if (!m) return undefined;
  const value = m[5] ? (parseChineseNumeral(m[6]!) / parseChineseNumeral(m[5])) * 100 : m[7] ? parseChineseNumeral(m[7]) * 10 : 50;
  const bounds = value > 0 && value < 100 ? boundsOf(value, m[3], m[8]) : undefined;
  const whole = wholeNamed(m[2]!);
  if (!bounds || !whole) return undefined;
  // The finding covers the words of the share, bounding words included (近九成), which end the match.
  const words = (m[3] ?? '') + m[4]! + (m[8] ?? '');
  const start = joined.move(part.end, m[0].length - words.length);
  return withPart(joined, { kind: 'words', start, end: joined.move(start, words.length), ...bounds }, figures, partIndex, m[1]!, whole);
}

/** A percentage as a bound is shown: 66.7%, 55%. */
const percentText = (x: number) => `${Number(x.toFixed(1))}%`;

/** The percentages a fraction of value `v` allows with the words around it; undefined for two bounds at once (近六成以上). */
function boundsOf(v: number, before: string | undefined, after: string | undefined): Omit<ShareWords, 'kind' | 'start' | 'end'> | undefined {
  if (before && after) return undefined;
  switch ((before && BEFORE[before]) || (after && AFTER[after]) || 'about') {
    case 'about':
      return { lo: v - ROUNDED, hi: v + ROUNDED, range: `${percentText(v - ROUNDED)}–${percentText(v + ROUNDED)}` };
    case 'near':
      return { lo: v - ROUNDED, hi: v, range: `${percentText(v - ROUNDED)}–${percentText(v)}` };
    case 'above':
      return { lo: v + STRICT, hi: 100, range: `>${percentText(v)}` };
    case 'atLeast':
      return { lo: v, hi: 100, range: `≥${percentText(v)}` };
    case 'below':
      return { lo: 0, hi: v - STRICT, range: `<${percentText(v)}` };
    case 'atMost':
      return { lo: 0, hi: v, range: `≤${percentText(v)}` };
  }
}

/** Whether no total of the base can give a share the words allow, within the tolerance of the counts (3.96万). */
function wordsContradicted(words: ShareWords, part: Figure, base: Base): boolean {
  return ![base.whole, ...base.others].some((whole) => {
    const [p, w] = [quantityOf(part), quantityOf(whole)];
    return (p.high / w.low) * 100 >= words.lo && (p.low / w.high) * 100 <= words.hi;
  });
}

/**
 * Whether a percentage share agrees with one of the counts it may be of; one stated as a bound (占比达60%)
 * or approximately (约占40%) only needs one of them not to contradict it.
 */
function shareHolds(stated: Figure, part: Figure, base: Base, rounding: Rounding): boolean {
  const totals = [base.whole, ...base.others].map(quantityOf);
  if (stated.approximate) return !totals.every((total) => boundContradicted(stated, quantityOf(part), total));
  return totals.some((total) => quotientAgrees(stated, quantityOf(part), total, rounding));
}

/** A wrong share: the finding, and the count it was found wrong against. */
interface Mismatch {
  share: Share;
  whole: Figure;
  finding: ReportDescriptor;
}

/** Every share of the report against its part and whole; a mismatch is reported at the percentage, or at the words. */
export function checkShares(tree: ReportTree, ctx: RuleContext<{ rounding: Rounding }>): void {
  const joined = joinedText(tree);
  const clauses = figureClauses(tree);
  const rounding = ctx.options.rounding;
  eachWithSentenceBefore(joined, clauses, (clause, sentenceBefore) => {
    // 其中婚姻家庭纠纷21件，占32.8%；邻里纠纷18件，占28.1%: a part after a semicolon, whose share names no whole
    // (占28.1%), is still in the 其中 list and a share of its total — or in the frame (46件建议中，……32件，
    // 占69.6%；……11件，占23.9%). Shares that name their whole are read in their own clause.
    const list = clause.markers.length > 0 || clause.figures.some((f) => frameOf(joined, f)) ? listAcrossSemicolons(joined, clauses, clause) : clause;
    // The list's shares, read to tell which whole a wrong one is of (wholeOfList): seldom needed.
    let shares: readonly Share[] | undefined;
    const listed = () => (shares ??= list.figures.flatMap((_, i) => sharesAt(joined, list, i).filter((share) => share.whole.by === 'list')));
    const wrong: Mismatch[] = [];
    const check = (c: Clause, share: Share) => {
      const mismatch = mismatchOf(tree, joined, clauses, c, share, sentenceBefore, listed, rounding);
      if (mismatch) wrong.push(mismatch);
    };
    clause.figures.forEach((_, i) => {
      for (const share of sharesAt(joined, clause, i)) check(clause, share);
    });
    for (let i = clause.figures.length; i < list.figures.length; i++) {
      for (const share of sharesAt(joined, list, i)) if (share.whole.by === 'list') check(list, share);
    }
    const sum = wrong.length >= MIN_SUMMED_SHARES ? sumOfListedParts(listed(), wrong, rounding) : undefined;
    if (sum === undefined) {
      for (const { finding } of wrong) ctx.report(finding);
      return;
    }
    const [{ share, whole, finding }] = wrong as [Mismatch];
    ctx.report({
      messageId: 'sharesOfParts',
      data: { sum: formatDecimal(sum, 0, 'round'), division: `${shown(share.part)}÷${formatDecimal(sum, 0, 'round')}`, whole: shown(whole) },
      start: finding.start,
      end: finding.end,
    });
  });
}

/** The fewest wrong shares read as taken of their parts' sum: two could agree with it by chance. */
const MIN_SUMMED_SHARES = 3;

/**
 * 受理诉求2000件。其中咨询类1000件，占62.5%；求助类450件，占28.1%；投诉类150件，占9.4%: every share of a
 * 其中 list is wrong against the total, every one is right against what the parts add up to (1600), and
 * together they make 100%. They are shares of the parts listed (the ones classified), not of the total:
 * the sum, for one finding of the list instead of one per share; undefined otherwise.
 */
function sumOfListedParts(shares: readonly Share[], wrong: readonly Mismatch[], rounding: Rounding): number | undefined {
  const percents: Array<{ stated: Figure; part: Figure }> = [];
  for (const { stated, part } of shares) {
    if (stated.kind === 'words' || stated.approximate || stated.unit !== '%' || !wrong.some((w) => w.share.stated === stated)) return undefined;
    percents.push({ stated, part });
  }
  if (percents.length < MIN_SUMMED_SHARES) return undefined;
  // Each percentage may be off its exact value by half its last decimal.
  const slack = percents.reduce((sum, { stated }) => sum + 10 ** -stated.precision / 2, 0);
  const stated = percents.reduce((sum, p) => sum + p.stated.value, 0);
  if (Math.abs(stated - 100) > slack) return undefined;
  const total = within(percents.reduce((sum, p) => sum + p.part.value, 0), percents.reduce((sum, p) => sum + tolerance(p.part), 0));
  return percents.every(({ stated, part }) => quotientAgrees(stated, quantityOf(part), total, rounding)) ? total.value : undefined;
}

/** One share against its part and whole: its finding when wrong. `listed`: the shares of the 其中 list of its clause, when asked for. */
function mismatchOf(
  tree: ReportTree,
  joined: JoinedText,
  clauses: readonly Clause[],
  clause: Clause,
  share: Share,
  sentenceBefore: SentenceBefore,
  listed: () => readonly Share[],
  rounding: Rounding,
): Mismatch | undefined {
  const { part, stated } = share;
  const actual = joined.slice(stated.start, stated.end, tree.source.text);
  const passed = wholePassed(share);
  if (passed) {
    const data = { part: shown(part) + part.unit, whole: shown(passed) + passed.unit, actual };
    return { share, whole: passed, finding: { messageId: 'partBeyondWhole', data, start: stated.start, end: stated.end } };
  }
  const base = baseOf(joined, clause, share, sentenceBefore);
  if (!base || !plainBase(joined, clauses, clause, share, base)) return undefined;
  if (stated.kind === 'words' ? !wordsContradicted(stated, part, base) : shareHolds(stated, part, base, rounding)) return undefined;
  // A list that may break down two counts is shown against the one its other shares agree with.
  const whole = share.whole.by === 'list' ? wholeOfList(base, listed, share, rounding) : base.whole;
  if (stated.kind === 'words') {
    // The share the counts give, as a percentage with one decimal.
    const value = formatDecimal((part.value / whole.value) * 100, 1, 'round') + '%';
    const division = `${shown(part)}÷${shown(whole)}`;
    return { share, whole, finding: { messageId: 'shareWords', data: { actual, range: stated.range, division, value }, start: stated.start, end: stated.end } };
  }
  // Over a whole above a round number (300余件), the range of shares it allows, as a rate over such a total.
  const expected = expectedRate(stated, quantityOf(part), quantityOf(whole), whole.approximate, rounding, joined.slice(stated.start, stated.end));
  if (!expected) return undefined;
  const { messageId, ...values } = expected;
  return {
    share,
    whole,
    finding: { messageId, data: { name: '占比', ...values, division: divisionShown(part, whole), actual }, start: stated.start, end: stated.end },
  };
}

/**
 * The whole a share's part passes — 网上缴费2.84万笔，占全部缴费2.58万笔的110% —, when written after 占 and
 * named as all of those things (全部, 所有, 各类 …, or a 总数), both exact counts of the same things. A share of a whole cannot pass it,
 * whatever the percentage says (110% divides them; 82.9% divides nothing stated). Another whole after 占 — a
 * target, a plan (占年度目标2.58万笔的110%) — may be passed, and is not read so, unless the share stated is
 * below 100% (持证238名，占在编执法人员226名的96.5%): then it is a share of that whole, and the part cannot pass it.
 */
function wholePassed(share: Share): Figure | undefined {
  if (share.whole.by !== 'count') return undefined;
  const { part, stated } = share;
  const whole = share.whole.figure;
  const named = whole.label.slice(whole.label.lastIndexOf('占') + 1);
  const belowWhole = stated.kind !== 'words' && stated.value < 100;
  if (!WHOLE_LEAD.test(named) && !named.includes('总') && !belowWhole) return undefined;
  const passed = exactCount(part) && exactCount(whole) && sameThings(part, whole) && quantityOf(part).low > quantityOf(whole).high;
  return passed ? whole : undefined;
}

/**
 * The whole a wrong share of a 其中 list is shown against. A list after a count of done may break down
 * the count that was taken from (排查纠纷64件，调解成功61件，其中……，占32.8%): of the two, the one the
 * list's other shares agree with, else the count right before the list.
 */
function wholeOfList(base: Base, listed: () => readonly Share[], share: Share, rounding: Rounding): Figure {
  if (base.others.length === 0) return base.whole;
  const shares = listed();
  const agreeing = (whole: Figure) =>
    shares.some(({ stated, part }) => part !== share.part && stated.kind !== 'words' && quotientAgrees(stated, quantityOf(part), quantityOf(whole), rounding));
  return [base.whole, ...base.others].find(agreeing) ?? base.whole;
}
