import { defineRule, Type } from '@reportlint/core';
import { figuresIn, findEnumeration, matchMarker, tablesOf } from '@reportlint/parser';
import type { Block, EnumerationItem, PartOccurrence, ReportTree, Section, Table } from '@reportlint/parser';
import { bodyStart, occurrenceSpan, partData } from '../shared/parts.js';
import { overlapsSpans } from '../shared/prose.js';
import { hanCount, inRanges, isWhiteSpace, ownRanges } from '../shared/ranges.js';
import type { Range } from '../shared/ranges.js';
import shortcomings from '../shared/shortcomings.json' with { type: 'json' };
import vocabulary from './targets.json' with { type: 'json' };

const schema = Type.Object(
  {
    minMeasures: Type.Integer({
      minimum: 1,
      default: 3,
      description: 'Fewest concrete measures the plans part must set out.',
    }),
  },
  { additionalProperties: false },
);

export const rule = defineRule({
  id: 'plan-specificity',
  meta: {
    severity: 'warn',
    family: 'substance',
    fixable: false,
    description: {
      'zh-CN': '下一年度主要安排应分项写出具体措施，不能只有一句原则性表态',
      en: 'The plans part should set out concrete measures item by item, not a single statement of intent',
    },
    messages: {
      tooFew: {
        'zh-CN': '“{part}”只分出{count}项具体措施，至少应有{min}项：请按“一是……二是……三是……”或“（一）……（二）……（三）……”逐项写明下一年度的具体安排',
        en: '"{partEn}" sets out {count} concrete measure(s), fewer than {min}: itemize next year\'s arrangements as 一是…二是…三是… or （一）…（二）…（三）…',
      },
      tooFewMerged: {
        'zh-CN': '“{part}”与“{other}”写在同一标题下，分不出至少{min}项下一年度的具体措施：请按“一是……二是……三是……”或“（一）……（二）……（三）……”逐项写明下一年度的具体安排',
        en: '"{partEn}" shares its heading with "{otherEn}", and fewer than {min} of next year\'s measures can be told apart: itemize next year\'s arrangements as 一是…二是…三是… or （一）…（二）…（三）…',
      },
    },
    schema,
  },
  check(tree, ctx) {
    const occurrences = tree.parts.filter((o) => o.part === 'plans');
    if (occurrences.length === 0) return;
    const min = ctx.options.minMeasures;
    let count = 0;
    for (const occ of occurrences) {
      count += measuresIn(tree, occ, min - count, count);
      if (count >= min) return;
    }
    // Under a heading that names the plans with another part (存在的不足、原因及下一步打算) and no place where the plans'
    // text opens, the count is of the other part's sentences as much as of plans: it is not named.
    const other = occurrences.length === 1 ? sharingPart(tree, occurrences[0]!) : undefined;
    ctx.report({
      messageId: other ? 'tooFewMerged' : 'tooFew',
      data: { ...partData(tree.profile, 'plans'), ...(other && partData(tree.profile, other.part, 'other')), count, min: ctx.options.minMeasures },
      ...occurrenceSpan(tree, occurrences[0]!),
    });
  },
});

/** The part of the same heading whose text is all of `occ`'s: the parser found no place where `occ`'s own text opens. */
function sharingPart(tree: ReportTree, occ: PartOccurrence): PartOccurrence | undefined {
  return tree.parts.find((o) => o.part !== occ.part && o.node === occ.node && o.start === occ.start && o.end === occ.end);
}

/**
 * Concrete measures of one plans occurrence:
 * - each 一是/二是 item of a paragraph;
 * - each subsection (（一）, 1. …) without subsections of its own that holds no 一是 items — its title is the measure;
 * - in a paragraph of the part itself without items, each sentence or ；-clause of some length (prose
 *   that lists measures one sentence at a time is itemized too, only without numerals);
 * - in a table of the plans (序号 | 工作任务 | 责任单位 | 完成时限), each row: its header names columns, no measure.
 * Counting stops once `enough` are found (the count only grows): the result is then at least `enough`.
 * A paragraph that closes the plans (see closesPlans) after a measure, here or in an occurrence before
 * (`before` of them), is none.
 */
function measuresIn(tree: ReportTree, occ: PartOccurrence, enough = Infinity, before = 0): number {
  const from = bodyStart(occ);
  const withShortcomings = sharesShortcomingsText(tree, occ);
  const own = ownRanges(tree, occ, from);
  const inside = (offset: number) => inRanges(own, offset);
  const subsections = tree.allSections.filter((s) => s !== occ.node && s.position.start.offset! >= from && inside(s.position.start.offset!));
  const tables = tablesOf(tree).filter((t) => overlapsSpans(own, t.start, t.end));
  const withItems = new Set<Section>();
  let count = 0;
  for (const block of tree.blocks) {
    // A paragraph may hold the end of the shortcomings and the start of the plans (“……原因是编制不足。
    // 下一步，我局将……一是……”): only its items and sentences in the part's own text count.
    if (block.role || !overlapsSpans(own, block.start, block.end)) continue;
    const table = tables.find((t) => block.start < t.end && t.start < block.end);
    if (table) {
      count += rowsIn(table, block);
      if (count >= enough) return count;
      continue;
    }
    const items = enumerationOf(tree, block).filter((item) => inside(item.start));
    const section = block.section;
    if (section && subsections.includes(section)) {
      if (items.length) withItems.add(section);
      count += items.length;
    } else if (items.length > 0 || before + count === 0 || !closesPlans(tree, block, own)) {
      count += items.length || segments(tree, block, own, withShortcomings);
    }
    if (count >= enough) return count;
  }
  for (const s of subsections) {
    const leaf = !s.children.some((c) => c.type === 'section');
    if (leaf && !withItems.has(s)) count += 1 + (s.inline ? runInItems(tree, s) : 0);
  }
  return count;
}

/** The rows of a table that start in a block: a plain-text table is a block a line, a Markdown one a block. */
function rowsIn(table: Table, block: Block): number {
  return table.rows.filter((row) => row.cells[0]!.start >= block.start && row.cells[0]!.start < block.end).length;
}

/**
 * Items run on in the body of an inline subsection: “（一）深化改革。（二）规范执法。（三）强化监督。”
 * written as one paragraph is one section to the parser, but three measures. A sentence of the section,
 * or a ；-clause of one (“（1）出台办法；（2）开展登记；（3）组织轮训。”), counts when it opens with a
 * later marker of the section's own kind: a number skipped (（二）…（四）) is still a measure, and
 * heading-numbering's or enumeration-sequence's finding, not a missing one.
 */
function runInItems(tree: ReportTree, s: Section): number {
  const marker = s.marker;
  if (!marker) return 0;
  let last = marker.ordinal;
  let items = 0;
  // From the marker on: a title that runs to the first 。 holds the ；-clauses after it.
  for (const sentence of tree.sentences(s.position.start.offset!, s.position.end.offset!)) {
    for (const start of clauseStarts(tree.normalized, sentence.start, sentence.end)) {
      let at = start;
      while (at < sentence.end && isWhiteSpace(tree.normalized.charCodeAt(at))) at++;
      const m = matchMarker(tree.normalized, tree.source.text, at, sentence.end);
      if (m && m.kind === marker.kind && m.ordinal > last) {
        last = m.ordinal;
        items++;
      }
    }
  }
  return items;
}

/** Where a sentence and each of its ；-clauses open, in the normalized text (where ； is written ';'). */
function clauseStarts(text: string, from: number, to: number): number[] {
  const starts = [from];
  for (let i = text.indexOf(';', from); i !== -1 && i < to; i = text.indexOf(';', i + 1)) starts.push(i + 1);
  return starts;
}

/**
 * 一是/二是 items of a block: the parser's, or for the body of an inline section ("（一）标题。一是…"),
 * found the same way. 第一，第二 leads are left out: a paragraph of them is counted by its sentences,
 * as before the parser found them (the count was tuned on 一是 items, and a 第一 item often runs over
 * several sentences that each state a measure).
 */
function enumerationOf(tree: ReportTree, block: Block): EnumerationItem[] {
  let items: EnumerationItem[];
  if (block.node.type === 'paragraph') {
    const data = block.node.data as { enumeration?: EnumerationItem[] } | undefined;
    items = data?.enumeration ?? [];
  } else items = findEnumeration(tree.normalized, block.start, block.end);
  return items.some((i) => i.kind !== 'shi') ? items.filter((i) => i.kind === 'shi') : items;
}

// A clause this short ("特此报告", "详见附件") is no measure.
const MIN_SEGMENT_HAN = 6;

function segments(tree: ReportTree, block: Block, own: Range[], withShortcomings: boolean): number {
  let n = 0;
  for (const sentence of tree.sentences(block.start, block.end)) {
    if (!inRanges(own, sentence.start) || (withShortcomings && statesShortcoming(sentence.text))) continue;
    let from = sentence.start;
    const text = tree.normalized;
    const targets = setsTargets(sentence.text, tree.meta.year);
    for (let i = sentence.start; i <= sentence.end; i++) {
      if (i < sentence.end && text.charCodeAt(i) !== 0x3b /* ; */ && text.charCodeAt(i) !== 0xff1b /* ； */) continue;
      if (hanCount(text, from, i) >= MIN_SEGMENT_HAN && !announcesList(text, from, i)) n += targets ? Math.max(1, quantifiedClauses(tree, from, i)) : 1;
      from = i + 1;
    }
  }
  return n;
}

const SHORTCOMING_STATED = new RegExp(shortcomings.shortcomingStated);

/**
 * Whether the plans occurrence is the very text of a shortcomings occurrence: a heading that names both
 * (三、存在的不足、原因及下一步打算) over text where the plans never begin, so its sentences are the
 * shortcomings' until one plans something.
 */
function sharesShortcomingsText(tree: ReportTree, occ: PartOccurrence): boolean {
  return tree.parts.some((o) => o.part === 'shortcomings' && o.start === occ.start && o.end === occ.end);
}

/** Whether a sentence states a shortcoming (执法人员数量不足) or gives a cause (主要原因是……): no measure. */
function statesShortcoming(sentence: string): boolean {
  return SHORTCOMING_STATED.test(sentence) || shortcomings.causeWords.some((w) => sentence.includes(w));
}

/** The aim a closing sentence ends on: a contribution 为…… makes, or a new stage reached (see targets.json). */
const CLOSING_AIM = new RegExp(`(?:为.*(?:${vocabulary.closingContributions.join('|')})|(?:${vocabulary.closingStages.join('|')}))。?$`);

/**
 * Whether a paragraph of the plans, after their measures, closes them rather than setting out one more:
 * one sentence with 将 and no figure but a year, ending on the aim of it all (“新的一年，我们将……，为建设……
 * 作出新的更大贡献。”, “下一步，我局将继续努力，推动法治政府建设再上新台阶。”). A drafter writes it as the
 * part's last words when the report has no 结束语 heading; counted, it made two measures three.
 */
function closesPlans(tree: ReportTree, block: Block, own: Range[]): boolean {
  const sentences = tree.sentences(block.start, block.end).filter((s) => inRanges(own, s.start));
  if (sentences.length !== 1) return false;
  const text = sentences[0]!.text.trim();
  return text.includes('将') && !/\d/.test(text.replace(YEAR, '')) && CLOSING_AIM.test(text);
}

const YEAR = /\d{4}年/g;

/** A clause that ends with a colon announces the items below it (“重点推进以下工作：”): no measure itself. */
function announcesList(text: string, from: number, to: number): boolean {
  let end = to;
  while (end > from && isWhiteSpace(text.charCodeAt(end - 1))) end--;
  return text.charCodeAt(end - 1) === 0x3a /* : */;
}

/** The sentence looks ahead (see targets.json): the year after the report's, or a word of intent. */
function setsTargets(sentence: string, year: number | undefined): boolean {
  if (year !== undefined && sentence.includes(`${year + 1}年`)) return true;
  return vocabulary.targetWords.some((w) => sentence.includes(w));
}

/**
 * Comma clauses of text[from, to) that state a figure, in a sentence that sets targets. A quantified target (“完成行政执法人员轮训1200
 * 人次，新建法律顾问工作室36个，…”) can be checked against next year's report, so each is a measure of
 * its own even when a long sentence strings them together with commas; clauses of intentions alone
 * (“以更高标准、更严要求”) are not. Years, dates and quoted names are no figures (see figuresIn).
 */
function quantifiedClauses(tree: ReportTree, from: number, to: number): number {
  let n = 0;
  let clauseEnd = from;
  for (const figure of figuresIn(tree, from, to)) {
    if (figure.start < clauseEnd) continue;
    n++;
    // The next figure counts only after the comma that ends this one's clause.
    clauseEnd = figure.end;
    while (clauseEnd < to && tree.normalized.charCodeAt(clauseEnd) !== 0x2c /* , */) clauseEnd++;
  }
  return n;
}
