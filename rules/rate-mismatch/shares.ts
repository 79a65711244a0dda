import type { RuleContext } from '@reportlint/core';
import { joinedText } from '@reportlint/parser';
import type { Figure, JoinedText, ReportTree } from '@reportlint/parser';
import { chainBefore, CHANGES, eachWithSentenceBefore, endsWithQualifier, exactCount, figureClauses, findTotal, firstAfter, MAX_FIGURES_BACK, quotientAgrees, quotientText, sameThings, shown, tolerance, totalOf } from '../shared/figures.js';
import type { Clause, Rounding, SentenceBefore } from '../shared/figures.js';

/**
 * Shares: a percentage introduced by 占 — “维持78件，占审结总数的65%”, “其中涉企投诉120件，占比24%” — is
 * a rate whose numerator is the count right before it and whose total is the one its words point to.
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
  percent: Figure;
  /** The count right before the share, and its index in the clause. */
  part: Figure;
  partIndex: number;
  whole: Whole;
  /** Paired with its part by 分别占: the parts of its 其中 list come first, the shares after the last one. */
  respective?: true;
}

/** The count a share is taken of, and other counts it may be of: it is right if any of them gives it. */
interface Base {
  whole: Figure;
  others: Figure[];
}

// The words between the part and the percentage: “,占审结总数的”, “,纠正数占审查总数的”, “,所占比例为”,
// “,占比” — the words before 占 (group 1), and what 占 names (group 2, “比” for 占比).
const LEAD = String.raw`^,?([^,;:()]*?)所?占([^,;:()]*?)`;
const TAIL = String.raw`的?(?:比例|比重)?(?:为|是)?$`;
const SHARE_WORDS = new RegExp(LEAD + TAIL);
// With the whole's count between them, in parentheses or not: “,占全部应诉案件(” 150件 “)的”.
const SHARE_BEFORE_COUNT = new RegExp(LEAD + String.raw`(\()?$`);
const SHARE_AFTER_COUNT = new RegExp(String.raw`^(\))?` + TAIL);

/** What the words before 占 may add to the part's name (纠正2件，纠正数占……): a 数 or a 的. */
const SUBJECT_END = /(?:件数|人数|数量|数|的)$/;
/** Words around what 占 names that do not narrow it: 全部应诉案件 → 应诉, 受理总数 → 受理. */
const WHOLE_LEAD = /^(?:全部|所有|各类)/;
const WHOLE_COUNT = /(?:总件数|总人数|总数|总量|件数|人数|数量|数)$/;
const WHOLE_NOUN = /(?:案件|事项)$/;
/** 占全市的3%: a share of a region, whose total the report seldom states. */
const REGION = /^(?:全|本)?(?:国|省|市|区|县|州|镇|乡|街道)$/;
/** Words before a total's verb that make it a narrower count than the one named (不予受理, 出庭应诉). */
const NARROWED = /(?:不予|未予|出庭)$/;
/** 涉企投诉中办结110件: a part counted within what its label names first, whose share is of that. */
const WITHIN = /[^其]中/;
/** Words that make a count one of another period, or a change: the share's whole is then not plain. */
const OTHER_PERIOD = [...CHANGES.compare, ...CHANGES.earlier];

/** What the words after 占 name: “比” (占比) and words of nothing but 总数/全部 leave the whole to the 其中 list. */
function wholeNamed(words: string): Whole | undefined {
  const word = words === '比' ? '' : words.replace(WHOLE_LEAD, '').replace(WHOLE_COUNT, '').replace(WHOLE_NOUN, '');
  if (word === '') return { by: 'list' };
  return REGION.test(word) ? undefined : { by: 'words', word };
}

/** Words before 占 are nothing, or the part's own name (纠正数 for 纠正2件); others make it the share of something else. */
function restatesPart(subject: string, part: Figure): boolean {
  if (subject === '') return true;
  const name = subject.replace(SUBJECT_END, '');
  return name !== '' && part.label.endsWith(name);
}

/** A percentage that may be a share: not approximate and not a change. */
const sharePercent = (f: Figure) => (f.unit === '%' || f.unit === '‰') && !f.approximate && !f.change;

/** The share the percentage at index `i` of the clause states, if it is one, with its part. */
function readShare(joined: JoinedText, clause: Clause, i: number): Share | undefined {
  const figures = clause.figures;
  const percent = figures[i]!;
  if (i === 0 || !sharePercent(percent)) return undefined;
  // The labels tell at once whether 占 is written before the percentage (占审结总数的) or before the
  // count right before it (占全部依申请事项1600项的, or a count in parentheses): most rates are passed by.
  if (percent.label.includes('占')) {
    const direct = SHARE_WORDS.exec(joined.slice(figures[i - 1]!.end, percent.start));
    if (!direct) return undefined;
    const whole = wholeNamed(direct[2]!);
    return whole && withPart(percent, figures, i - 1, direct[1]!, whole);
  }
  const middle = figures[i - 1]!;
  if (i < 2 || !(middle.parenthetical || middle.label.includes('占'))) return undefined;
  const lead = SHARE_BEFORE_COUNT.exec(joined.slice(figures[i - 2]!.end, middle.start));
  const tail = lead && SHARE_AFTER_COUNT.exec(joined.slice(middle.end, percent.start));
  if (!lead || !tail || (lead[3] !== undefined) !== middle.parenthetical || (tail[1] !== undefined) !== middle.parenthetical) return undefined;
  return withPart(percent, figures, i - 2, lead[1]!, { by: 'count', figure: middle });
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
  return parts.map((part, k) => ({ percent: figures[i + k]!, part, partIndex: first + k, whole, respective: true }));
}

/** The share with its part, when the count at `partIndex` is a plain one the words before 占 leave it to. */
function withPart(percent: Figure, figures: readonly Figure[], partIndex: number, subject: string, whole: Whole): Share | undefined {
  const part = figures[partIndex]!;
  if (part.parenthetical || !exactCount(part) || !restatesPart(subject, part)) return undefined;
  return { percent, part, partIndex, whole };
}

/**
 * The one count among `figures` (nearest first) whose label holds the word 占 names: undefined when
 * none does, null when the whole is not sure — several such counts (上年受理 and 受理, 受理 twice), or
 * one whose label narrows the word (按期办结, 网上受理, 不予受理).
 */
function countNamed(figures: readonly Figure[], word: string): Figure | null | undefined {
  let whole: Figure | undefined;
  let looked = 0;
  for (const f of figures) {
    if (++looked > MAX_FIGURES_BACK) return null;
    const at = f.kind === 'rate' ? -1 : f.label.indexOf(word);
    if (at === -1) continue;
    const head = f.label.slice(0, at);
    if (endsWithQualifier(head) || NARROWED.test(head) || (whole && whole.value !== f.value)) return null;
    whole ??= f;
  }
  return whole;
}

/**
 * How a sentence that goes on with the one before opens, before its first count: nothing, or 经审理，/
 * 经复议审查， (a sentence opening on another subject, 行政诉讼方面，, speaks of that subject's counts).
 */
const CONTINUES = /^\s*(?:经[^,，。]{1,8}[,，]?)?$/;

/**
 * 受理500件，其中涉企投诉120件，占受理总数的24%: the count stated earlier in the sentence that the
 * share's words name. A sentence that opens with the part and names nothing before it (“全年受理行政
 * 复议申请15件。经审理，维持5件，占受理案件总数的33.3%”) speaks of the sentence right before it, in the
 * same paragraph: its one count so named is the whole.
 */
function namedCount(joined: JoinedText, clause: Clause, partIndex: number, word: string, sentenceBefore: SentenceBefore): Base | undefined {
  const inSentence = countNamed(Array.from(chainBefore(clause, partIndex), ({ f }) => f), word);
  if (inSentence !== undefined) return inSentence === null ? undefined : { whole: inSentence, others: [] };
  const opens = partIndex === 0 && !clause.previous && CONTINUES.test(joined.slice(clause.start, clause.figures[0]!.labelStart));
  const before = opens ? sentenceBefore() : undefined;
  const earlier = before && countNamed(before.flatMap((c) => c.figures).reverse(), word);
  return earlier ? { whole: earlier, others: [] } : undefined;
}

/**
 * 全年受理投诉500件，其中涉企投诉120件，占比24%: the count right before the 其中/包括 that lists the
 * part (a rate or a parenthesis between them passed over). The parts listed before this one must each
 * have their own share (其中维持78件，占65%，撤销20件，占比16.7%): after 其中维持78件、撤销20件 a share
 * may be of the two together. A total that is a count of done (审结120件) may be broken down as the
 * count it was taken from (受理) too. A part counted within something else (其中涉企投诉120件，占比24%，
 * 涉企投诉中办结110件，占91.7%; 其中本县86件，占5.7%，败诉3件，占3.5%) is a share of that: the whole is
 * left open.
 */
function listTotal(joined: JoinedText, clause: Clause, share: Share): Base | undefined {
  const { figures, markers } = clause;
  const { part, partIndex } = share;
  if (WITHIN.test(part.label)) return undefined;
  // 受理500件，其中涉企120件，包括个体户30件，占比6%: a list within a list leaves the whole open.
  const before = markers.filter((m) => m < part.start);
  if (before.length === 0) return framedTotal(joined, clause, partIndex);
  if (before.length !== 1) return undefined;
  const marker = before[0]!;
  const first = firstAfter(figures, marker);
  if (partIndex - first > MAX_FIGURES_BACK) return undefined;
  // 其中本县86件，占5.7%，败诉3件: a count of done after a list item that is none may count within that item.
  if (clause.roles[partIndex]!.done !== clause.roles[first]!.done) return undefined;
  // A list paired by 分别占 states its shares after its last part, not one after each.
  if (!share.respective) {
    if ((partIndex - first) % 2 !== 0) return undefined;
    for (let j = first; j < partIndex; j += 2) {
      const shareOf = figures[j + 1]!;
      if (shareOf.kind !== 'rate' || !joined.slice(figures[j]!.end, shareOf.start).includes('占')) return undefined;
    }
  }
  let t = first - 1;
  while (t >= 0 && first - t <= MAX_FIGURES_BACK && (figures[t]!.kind === 'rate' || figures[t]!.parenthetical)) t--;
  if (t < 0 || figures[t]!.kind === 'rate' || figures[t]!.parenthetical) return undefined;
  // 发放贷款4216笔、18.73亿元，其中首套3894笔……: a count written with its amount is the whole of a list of counts.
  if (t > 0 && !sameThings(figures[t]!, part) && sameThings(figures[t - 1]!, part) && joined.slice(figures[t - 1]!.end, figures[t]!.labelStart) === '、') t--;
  const from = clause.roles[t]!.done ? findTotal(clause, t) : undefined;
  return { whole: figures[t]!, others: from ? [from] : [] };
}

/**
 * The words from a count framed by 在……中 up to the part counted within it, the part opening the next
 * comma's clause: “一般程序案件中,由乡镇(街道)” in 在1094件一般程序案件中，由乡镇（街道）办理628件.
 */
const FRAMED = /^[^,;:()]{0,12}中,[^,;:]*$/;

/**
 * 在1094件一般程序案件中，由乡镇（街道）办理628件，占57.4%: with no 其中, a count that 在……中 frames right
 * before the part is the whole it is counted within — the frame says so as plainly as 其中 would.
 */
function framedTotal(joined: JoinedText, clause: Clause, partIndex: number): Base | undefined {
  const whole = clause.figures[partIndex - 1];
  if (!whole || whole.kind === 'rate' || whole.parenthetical || !whole.label.endsWith('在')) return undefined;
  return FRAMED.test(joined.slice(whole.end, clause.figures[partIndex]!.labelStart)) ? { whole, others: [] } : undefined;
}

/** The count the share is taken of, as its words say it. */
function baseOf(joined: JoinedText, clause: Clause, share: Share, sentenceBefore: SentenceBefore): Base | undefined {
  switch (share.whole.by) {
    case 'count':
      return { whole: share.whole.figure, others: [] };
    case 'words':
      return namedCount(joined, clause, share.partIndex, share.whole.word, sentenceBefore);
    case 'list':
      return listTotal(joined, clause, share);
  }
}

/**
 * Whether a base is plain: exact counts of the part's things, none less than the part, and no change
 * or other period between the whole and the share (受理500件，较上年增加120件，占比……). A percent of
 * change right after the whole (办理1532件，同比增长4.3%，其中涉企628件，占41.0%) says how the whole
 * itself grew — it names no count of another period — so its words are passed over.
 */
function plainBase(joined: JoinedText, clause: Clause, share: Share, base: Base): boolean {
  const { part, percent } = share;
  const counts = [base.whole, ...base.others];
  if (counts.some((f) => !exactCount(f) || !sameThings(f, part) || part.value > f.value + tolerance(f) + tolerance(part))) return false;
  if (base.whole.parenthetical && share.whole.by !== 'count') return false;
  let words = '';
  let from = Math.min(base.whole.labelStart, part.labelStart);
  for (const f of clause.figures) {
    if (f.start < base.whole.end || f.end > part.start || !f.change || f.unit !== '%') continue;
    words += joined.slice(from, f.labelStart);
    from = f.end;
  }
  words += joined.slice(from, percent.start);
  return !OTHER_PERIOD.some((w) => words.includes(w));
}

/** Every share of the report against its part and whole; a mismatch is reported at the percentage. */
export function checkShares(tree: ReportTree, ctx: RuleContext<{ rounding: Rounding }>): void {
  const joined = joinedText(tree);
  const rounding = ctx.options.rounding;
  eachWithSentenceBefore(joined, figureClauses(tree), (clause, sentenceBefore) => {
    clause.figures.forEach((f, i) => {
      if (f.kind !== 'rate') return;
      const single = readShare(joined, clause, i);
      for (const share of single ? [single] : (respectiveShares(joined, clause, i) ?? [])) {
        const base = baseOf(joined, clause, share, sentenceBefore);
        if (!base || !plainBase(joined, clause, share, base)) continue;
        const { part, percent } = share;
        if ([base.whole, ...base.others].some((whole) => quotientAgrees(percent, part.value, tolerance(part), totalOf(whole), rounding))) continue;
        const expected = quotientText(percent, part.value, totalOf(base.whole), rounding);
        if (expected === joined.slice(percent.start, percent.end)) continue;
        ctx.report({
          messageId: 'mismatch',
          data: { name: '占比', expected, division: `${shown(part)}÷${shown(base.whole)}`, actual: joined.slice(percent.start, percent.end, tree.source.text) },
          start: percent.start,
          end: percent.end,
        });
      }
    });
  });
}
