import { defineRule, Type } from '@reportlint/core';
import { findEnumeration, firstSentence } from '@reportlint/parser';
import type { PartOccurrence, ReportTree, Section } from '@reportlint/parser';
import { bodyStart, claimsNoShortcomings, headingSpan, occurrenceSpan, partData } from '../shared/parts.js';
import { chineseNumeral } from '../shared/numerals.js';
import { hanCount, inRanges, intersect, ownRanges } from '../shared/ranges.js';
import type { Range } from '../shared/ranges.js';
import shortcomings from '../shared/shortcomings.json' with { type: 'json' };
import vocabulary from './causes.json' with { type: 'json' };

const schema = Type.Object(
  {
    causeWords: Type.Array(Type.String(), {
      default: shortcomings.causeWords,
      description: 'Words that show the text analyses why a shortcoming exists.',
    }),
  },
  { additionalProperties: false },
);

/** Han characters below which a part's body states no problem at all (“待补充”, “暂无”, “见附件”). */
const LISTS_SOMETHING = 8;

/**
 * A text that is one bracketed note and nothing else (“（此部分由各科室补充）”): an editorial note left for
 * someone to fill the part in, which placeholder-text reports. It lists no problem to analyse.
 */
const BRACKETED_ONLY = /^[(【\[〔][^()【】\[\]〔〕]*[)】\]〕]$/;
const bracketedOnly = (text: string, start: number, end: number) => BRACKETED_ONLY.test(text.slice(start, end).trim());

const CAUSE_CLAUSE = new RegExp(vocabulary.causeClause);
const HEADING_ECHO = new RegExp(vocabulary.headingEcho, 'g');
const PROMISED_ANALYSIS = new RegExp(vocabulary.promisedAnalysis, 'g');
const QUESTION = new RegExp(vocabulary.question, 'gu');
const CAUSES_TITLE = new RegExp(vocabulary.causesTitle);
const JOINT_CAUSES = new RegExp(vocabulary.jointCauses);
const RECTIFICATION = new RegExp(vocabulary.rectification);
const ITEM_CAUSE = new RegExp(vocabulary.itemCause);
const GENERAL_SHORTCOMING = new RegExp(vocabulary.generalShortcoming);
const SHORTCOMING_STATED = new RegExp(shortcomings.shortcomingStated);
const CARRIED_OVER_CAUSES = new RegExp(vocabulary.carriedOverCauses);

/** What ends a sentence or a clause standing alone, on the half-width view. */
const SENTENCE_END = '。;!?\n';

/** “，主要是” or “。主要是” on the half-width view: after one problem it opens its cause (see mainlyAfterProblem). */
const MAINLY = /[,。]主要是/g;

/** Characters of an item's opening words quoted in its message, at most (“二是普法形式单一”). */
const EXCERPT_LENGTH = 12;

/** One shortcoming of a list: its whole text, and the lead or heading to underline and quote. */
interface Item extends Range {
  lead: Range;
}

export const rule = defineRule({
  id: 'shortcoming-causes',
  meta: {
    severity: 'warn',
    family: 'outline',
    fixable: false,
    description: {
      'zh-CN': '“存在的不足”部分应分析原因，不能只列问题',
      en: 'The shortcomings part should analyse causes, not only list problems',
    },
    messages: {
      noCauses: {
        'zh-CN': '“{part}”只列出问题，没有分析原因（如“主要原因在于……”）',
        en: '"{partEn}" lists problems without analysing their causes (e.g. "主要原因在于…")',
      },
      namedOnly: {
        'zh-CN': '标题写了“{part}”，本部分却没有写任何不足：请写明存在的不足及其原因，或将其单列为一部分',
        en: 'The heading names "{partEn}", but its text states no shortcoming: state the shortcomings and their causes, or give them a part of their own',
      },
      itemWithoutCause: {
        'zh-CN': '第{ordinal}项不足（“{excerpt}”）没有分析原因：请写明原因，或统一在各项之后分析',
        en: 'Shortcoming {ordinalEn} ("{excerpt}") gives no cause while others give theirs: state its cause, or analyse the causes together after the items',
      },
    },
    schema,
  },
  check(tree, ctx) {
    const occurrences = tree.parts.filter((o) => o.part === 'shortcomings');
    if (occurrences.length === 0) return;
    const words = ctx.options.causeWords;
    const bodies = occurrences.map((o) => ({ start: bodyStart(o), end: withoutEmptyCausesTitle(tree, o) }));
    // A part with no sentence under it (empty, or “待补充”) lists nothing to analyse: empty-part says so.
    if (bodies.every((r) => hanCount(tree.normalized, r.start, r.end) < LISTS_SOMETHING)) return;
    // A part that is only a note to fill it in lists nothing either: placeholder-text reports the note.
    if (bodies.every((r) => bracketedOnly(tree.normalized, r.start, r.end))) return;
    // A part that only claims there are none (“本年度暂无明显不足”) lists nothing either: empty-part says so.
    if (bodies.every((r) => claimsNoShortcomings(tree.normalized, r.start, r.end))) return;
    if (!bodies.some((r, i) => givesCause(tree, withoutDanglingLeadIn(tree, r), words) || (i > 0 && titledForCauses(tree, occurrences[i]!, r)))) {
      // Causes for all the problems at once, a part later: no part lacks them, and no item owes its own.
      if (causesOpenLaterPart(tree, occurrences[occurrences.length - 1]!)) return;
      const first = occurrences[0]!;
      const messageId = occurrences.every(sharesHeading) && !bodies.some((r) => SHORTCOMING_STATED.test(tree.normalized.slice(r.start, r.end))) ? 'namedOnly' : 'noCauses';
      ctx.report({ messageId, data: partData(tree.profile, first.part), ...occurrenceSpan(tree, first) });
      return;
    }
    // The items are read in the part's own text: a subsection of another part inside it is no item.
    const own = occurrences.flatMap((o) => ownRanges(tree, o));
    const items = itemsOf(tree, occurrences, own, words);
    for (const item of itemsOwingCauses(tree, items, own, words)) {
      const n = items.indexOf(item) + 1;
      const data = { ordinal: chineseNumeral(n), ordinalEn: n, excerpt: excerpt(tree.source.text.slice(item.lead.start, item.lead.end)) };
      ctx.report({ messageId: 'itemWithoutCause', data, ...item.lead });
    }
  },
});

/**
 * Whether a part after the shortcomings' last occurrence opens with their causes (CARRIED_OVER_CAUSES in
 * its first sentence): a drafter who puts the analysis before the plans it leads to, the duties between.
 */
function causesOpenLaterPart(tree: ReportTree, last: PartOccurrence): boolean {
  return tree.parts.some((o) => {
    if (o.start < last.end || o.part === 'shortcomings') return false;
    const sentence = firstSentence(tree.normalized, bodyStart(o), o.end);
    return sentence !== undefined && CARRIED_OVER_CAUSES.test(sentence.text);
  });
}

/**
 * Whether the part is named in a heading that names another part too (一、主要举措、成效及不足): its text may be
 * all the other part's, the shortcomings named and never written.
 */
function sharesHeading(occ: PartOccurrence): boolean {
  return occ.node.type === 'section' && (occ.node.data?.parts?.length ?? 0) > 1;
}

/** The opening words of an item as quoted in its message: cut short, and marked so, when long. */
function excerpt(lead: string): string {
  return lead.length > EXCERPT_LENGTH ? `${lead.slice(0, EXCERPT_LENGTH)}……` : lead;
}

/**
 * The text of `range` without what announces causes and gives none: the heading's words repeated in it
 * (“存在的问题及原因如下：”), a promise to look for them (“我们将认真分析原因”) and a question that asks for
 * them (“问：产生这些问题的原因是什么？”, answered after it).
 */
function bodyText(tree: ReportTree, range: Range): string {
  const text = tree.normalized.slice(range.start, range.end).replace(HEADING_ECHO, '').replace(PROMISED_ANALYSIS, '');
  return text.includes('问:') ? text.replace(QUESTION, '') : text;
}

/**
 * Where the part's text ends, before a last subsection that announces the causes and gives none: nothing
 * under it (“（二）原因分析” followed by the next part), or only a promise or a pointer elsewhere
 * (“上述问题的原因，已在问题表述中一并说明。”).
 */
function withoutEmptyCausesTitle(tree: ReportTree, occ: PartOccurrence): number {
  if (occ.node.type !== 'section') return occ.end;
  // The last subsection of this part's own: one of another part inside it (the plans' （二） of a merged heading) starts past its end.
  const last = occ.node.children.findLast((c) => c.position!.start.offset! < occ.end);
  if (last?.type !== 'section' || !givesNothing(tree, last)) return occ.end;
  if (!CAUSES_TITLE.test(tree.normalized.slice(last.titleStart, last.titleEnd))) return occ.end;
  return last.position.start.offset!;
}

/** Whether a section holds nothing, or only a promise to look for causes and a few words beside it. */
function givesNothing(tree: ReportTree, section: Section): boolean {
  if (section.children.length === 0) return true;
  const body = tree.normalized.slice(section.titleEnd, section.position!.end.offset!);
  const rest = body.replace(PROMISED_ANALYSIS, '');
  return rest !== body && hanCount(rest, 0, rest.length) < LISTS_SOMETHING;
}

/**
 * Whether the occurrence is a part of its own headed for the causes (三、原因分析 after 二、存在的问题: only
 * after the problems' own occurrence, as the title 存在的不足和原因 ends in 原因 too) with text under it: that
 * text is the causes, however worded (一是审核人员多为兼职), as under a （二）原因分析 subsection. Not one
 * that only promises them or points elsewhere (givesNothing).
 */
function titledForCauses(tree: ReportTree, occ: PartOccurrence, body: Range): boolean {
  if (occ.node.type !== 'section' || !CAUSES_TITLE.test(tree.normalized.slice(occ.node.titleStart, occ.node.titleEnd))) return false;
  return hanCount(tree.normalized, body.start, body.end) >= LISTS_SOMETHING && !givesNothing(tree, occ.node);
}

/** Whether `range` holds a word or clause that analyses a cause. */
function givesCause(tree: ReportTree, range: Range, words: readonly string[]): boolean {
  const text = bodyText(tree, range);
  return words.some((w) => text.includes(w)) || CAUSE_CLAUSE.test(text) || mainlyAfterProblem(text);
}

/**
 * Whether a sentence on one problem goes on “，主要是……” (“案卷质量有待提升，主要是培训不足”), or the next
 * sentence opens with it (“基层执法规范化水平不高。主要是执法人员培训不足。”): that names its cause. Not when
 * the sentence speaks of the shortcomings in general (“仍存在一些问题，主要是……”, vocabulary
 * generalShortcoming) or “主要是：” opens a list: “主要是” then lists the problems.
 */
function mainlyAfterProblem(text: string): boolean {
  for (const m of text.matchAll(MAINLY)) {
    const at = m.index;
    if (text[at + m[0].length] === ':') continue;
    if (!GENERAL_SHORTCOMING.test(text.slice(sentenceStart(text, at), at))) return true;
  }
  return false;
}

/** Where the sentence holding `offset` starts in `text`. */
function sentenceStart(text: string, offset: number): number {
  let start = offset;
  while (start > 0 && !SENTENCE_END.includes(text[start - 1]!)) start--;
  return start;
}

/**
 * `range` without a last sentence that leads in to what should follow it and ends the part
 * (“原因分析如下：”, “主要原因有以下几个方面：”): a promise of causes with nothing after it gives none.
 */
function withoutDanglingLeadIn(tree: ReportTree, range: Range): Range {
  const text = tree.normalized;
  let end = range.end;
  while (end > range.start && /\s/.test(text[end - 1]!)) end--;
  if (text[end - 1] !== ':') return range;
  return { start: range.start, end: Math.max(range.start, sentenceStart(text, end - 1)) };
}

/**
 * The items that owe a cause: those without one, when the list gives causes item by item. That takes
 * an item before the last stating its own cause in words that leave no doubt (a cause after the
 * last item may be meant for them all: “一是……；二是……；三是……，主要原因是……”), and no cause
 * analysed outside the items or for all of them together (究其原因, 上述问题的原因, a causes
 * paragraph or subsection): the drafter has then chosen to analyse them at once.
 */
function itemsOwingCauses(tree: ReportTree, items: Item[], own: Range[], words: readonly string[]): Item[] {
  if (items.length < 2) return [];
  if (own.some((r) => JOINT_CAUSES.test(bodyText(tree, r)))) return [];
  if (outside(own, items).some((r) => givesCause(tree, r, words))) return [];
  if (!items.slice(0, -1).some((item) => ITEM_CAUSE.test(bodyText(tree, item)) || CAUSE_CLAUSE.test(bodyText(tree, item)))) return [];
  const ownCauseWords = [...words, ...vocabulary.itemCauseHints];
  const owesCause = (item: Item) => !givesCause(tree, item, ownCauseWords) && !RECTIFICATION.test(bodyText(tree, item));
  return items.filter(owesCause);
}

/** The part's own text outside every item. */
function outside(own: Range[], items: Item[]): Range[] {
  const out: Range[] = [];
  let from = own[0]!.start;
  for (const item of items) {
    out.push(...intersect(own, from, item.start));
    from = item.end;
  }
  out.push(...intersect(own, from, own[own.length - 1]!.end));
  return out;
}

/**
 * The shortcomings as a list, from the first occurrence that writes one: its subsections
 * (（一）（二）, 1. 2., inline headings), or else its inline leads (一是/二是 or 第一/第二), or none
 * when it writes neither in a form read with certainty.
 */
function itemsOf(tree: ReportTree, occurrences: PartOccurrence[], own: Range[], words: readonly string[]): Item[] {
  for (const occ of occurrences) {
    const items = subsectionItems(tree, occ, own, words);
    if (items.length >= 2) return items;
    const leads = leadItems(tree, intersect(own, bodyStart(occ), occ.end));
    if (leads.length >= 2) return leads;
  }
  return [];
}

/**
 * The subsections right under the part's heading, each an item. A subsection named for the causes
 * (“（三）原因分析”, or any title with a cause word over text of its own) is no shortcoming but their
 * joint analysis: then there is no list to read.
 */
function subsectionItems(tree: ReportTree, occ: PartOccurrence, own: Range[], words: readonly string[]): Item[] {
  if (occ.node.type !== 'section') return [];
  const subsections = occ.node.children.filter((c): c is Section => c.type === 'section' && inRanges(own, c.position.start.offset!));
  if (subsections.some((s) => namedForCauses(tree, s, words))) return [];
  return subsections.map((s) => ({ start: s.position.start.offset!, end: s.position.end.offset!, lead: headingSpan(s) }));
}

/**
 * Whether a subsection is named for the causes: its title has a cause word and text of its own follows
 * (“（二）原因分析” over the analysis), or it only announces them (causesTitle). A subsection whose one
 * sentence is all its text (“（二）行政复议纠错率偏高，根源在于……。”) is one shortcoming stating its cause.
 */
function namedForCauses(tree: ReportTree, s: Section, words: readonly string[]): boolean {
  const title = { start: s.titleStart, end: s.titleEnd };
  if (!givesCause(tree, title, words)) return false;
  // The title's full stop is left under it.
  const under = tree.normalized.slice(s.titleEnd, s.position.end.offset!).replace(/^[。.!?;]/, '').trim();
  return under !== '' || CAUSES_TITLE.test(tree.normalized.slice(s.titleStart, s.titleEnd));
}

/**
 * The inline leads of the part's text as items: those of the kind it opens with (a 第一/第二 list
 * inside an 一是 item is part of that item), numbered 1, 2, 3 … without a gap or a restart — a
 * second list (the causes' own 一是……二是……, or a list inside an item) makes the items uncertain.
 * An item runs to the next lead; the last one to the end of its paragraph.
 */
function leadItems(tree: ReportTree, ranges: Range[]): Item[] {
  const leads = ranges.flatMap((r) => findEnumeration(tree.normalized, r.start, r.end));
  const kind = leads[0]?.kind;
  const list = leads.filter((l) => l.kind === kind);
  if (list.some((l, i) => l.ordinal !== i + 1)) return [];
  return list.map((l, i) => {
    const end = list[i + 1]?.start ?? paragraphEnd(tree, l.end, ranges);
    return { start: l.start, end, lead: openingWords(tree, l.start, end) };
  });
}

/** Where the paragraph holding `offset` ends, within the part's ranges. */
function paragraphEnd(tree: ReportTree, offset: number, ranges: Range[]): number {
  const rangeEnd = ranges.find((r) => r.start <= offset && offset <= r.end)?.end ?? offset;
  const newline = tree.normalized.indexOf('\n', offset);
  return newline === -1 ? rangeEnd : Math.min(newline, rangeEnd);
}

/** The lead and the first words of its item, up to the first pause: what the message underlines and quotes. */
function openingWords(tree: ReportTree, start: number, itemEnd: number): Range {
  let end = start;
  while (end < itemEnd && !/[,.;:!?。\n]/.test(tree.normalized[end]!)) end++;
  return { start, end };
}
