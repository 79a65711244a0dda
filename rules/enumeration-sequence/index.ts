import { defineRule } from '@reportlint/core';
import { findEnumeration, findNumberedLeads, parseChineseNumeral, writesLead } from '@reportlint/parser';
import type { Block, EnumerationItem, EnumerationKind, MarkerKind, ReportTree, Section } from '@reportlint/parser';
import { chineseNumeral } from '../shared/numerals.js';
import { inRanges, quotedRanges } from '../shared/ranges.js';
import { indexFrom, rememberedSearch } from '../shared/search.js';

/** An open run of 一是、二是… (or of 第一，第二，…): the last number used. */
interface Run {
  last: number;
  /** Where its 一是 stands, when the walk that opened it read one there. */
  from?: number;
}

/** The runs open at some point, outermost first, for each kind of list. */
type OpenRuns = Readonly<Record<'shi' | 'di', readonly Run[]>>;

/** The kinds of numbered leads inside a paragraph (findNumberedLeads), each a list of its own. */
const NUMBERED: readonly EnumerationKind[] = ['paren', 'parenHan', 'circled', 'halfParen', 'letterParen'];

/** Open runs, outermost first. Nesting deeper than this is not followed (and never reported). */
const MAX_OPEN = 6;

/** What a lead glued to the word before it follows: a digit or a Han character, no mark or space. */
const GLUED_AFTER = /[0-9\u4e00-\u9fff]/;

/** What a 二是 may follow and still be no lead of its own: 之二是, 其二是, 第二是, 十二是, 无二是 (独一无二是). */
const NOT_A_LEAD_AFTER = /[之其第十百千万零两〇一二三四五六七八九无唯不]/;

/**
 * Where the lead `ordinal`是 stands in the gap [start, end) glued to the word before it, a digit or a Han character (“5项二是”),
 * rather than after a mark or a space; undefined when it is not there so.
 */
function gluedLead(normalized: string, start: number, end: number, ordinal: number): number | undefined {
  const lead = `${chineseNumeral(ordinal)}是`;
  for (let at = normalized.indexOf(lead, start); at !== -1 && at + lead.length <= end; at = normalized.indexOf(lead, at + 1)) {
    const before = normalized[at - 1] ?? '';
    if (GLUED_AFTER.test(before) && !NOT_A_LEAD_AFTER.test(before)) return at;
  }
  return undefined;
}

export const rule = defineRule({
  id: 'enumeration-sequence',
  meta: {
    severity: 'warn',
    family: 'numbering',
    fixable: false,
    description: {
      'zh-CN': '“一是、二是……”“第一、第二……”“（1）（2）……”“①②……”“1）2）……”列举须依次编号，不跳号、不重复',
      en: 'Inline enumerations (一是, 二是 …; 第一, 第二 …; （1）（2）…; ①② …; 1）2）…) must run in sequence, without skips or repeats',
    },
    messages: {
      skipped: {
        'zh-CN': '列举序号跳号：此处应为“{expected}”，文中为“{actual}”',
        en: 'Enumeration skips a number: expected "{expected}", found "{actual}"',
      },
      repeated: {
        'zh-CN': '列举序号重复：前面已有“{actual}”，此处应为“{expected}”',
        en: 'Enumeration number repeated: "{actual}" was already used; expected "{expected}"',
      },
      disordered: {
        'zh-CN': '列举序号顺序颠倒：“{actual}”出现在“{previous}”之后，应按“{first}、{second}……”的顺序排列',
        en: 'Enumeration out of order: "{actual}" comes after "{previous}"; number the items in order ({first}, {second} …)',
      },
      countMismatch: {
        'zh-CN': '列举项数与前文不符：前文说“{announced}”，下面列出了{count}项',
        en: 'The list does not have the items announced: "{announced}" before it, {count} items listed',
      },
      runOn: {
        'zh-CN': '“{actual}”前缺少标点：上一项没有以句号或分号结束，“{actual}”和前文连在了一起',
        en: 'No mark before "{actual}": the item before it does not end with a full stop or a semicolon, and runs into it',
      },
      missingFirst: {
        'zh-CN': '列举缺少开头：应从“{expected}”开始，文中第一项为“{actual}”',
        en: 'Enumeration does not start at the beginning: expected "{expected}", the first item is "{actual}"',
      },
    },
  },
  check(tree, ctx) {
    const text = tree.source.text;
    // The lead `ordinal` as the item's kind writes it, in the item's script and width: 三是 (是 as written), 第三, （3）, ③, 3）, c）.
    const lead = (item: EnumerationItem, ordinal: number): string => {
      switch (item.kind) {
        case 'shi':
          return chineseNumeral(ordinal) + text.slice(item.end - 1, item.end);
        case 'di':
          return text.slice(item.start, item.start + 1) + chineseNumeral(ordinal);
        case 'paren':
          return text.slice(item.start, item.start + 1) + ordinal + text.slice(item.end - 1, item.end);
        case 'parenHan':
          return text.slice(item.start, item.start + 1) + chineseNumeral(ordinal) + text.slice(item.end - 1, item.end);
        case 'circled':
          return String.fromCharCode(0x2460 + ordinal - 1);
        case 'halfParen':
          return ordinal + text.slice(item.end - 1, item.end);
        case 'letterParen':
          return String.fromCharCode(0x60 + ordinal) + text.slice(item.end - 1, item.end);
      }
    };
    const actual = (item: EnumerationItem) => text.slice(item.start, item.end);
    /** A lead (二是) glued at `at` to the item before it: that item's closing mark was lost. */
    const reportRunOn = (at: number) => ctx.report({ messageId: 'runOn', data: { actual: text.slice(at, at + 2) }, start: at, end: at + 2 });
    // "我区一是加强领导，二是……": the finder only takes a lead that opens a clause, so a lead glued
    // to the subject is not an item. When the missing lead is written in the gap, nothing is missing.
    const hidden = (start: number, end: number, kind: EnumerationKind, ordinal: number): boolean => end > start && writesLead(tree.normalized, start, end, kind, ordinal);

    /**
     * Walks the items of one kind in one section (or in the text outside sections). `inherited` are
     * the runs of that kind still open in the enclosing section: a subsection may carry on its
     * parent's 二是 with 三是. Walked for every section and kind, mostly over no item: it allocates
     * nothing it does not need (no iterator, no copy of `inherited` when it opened no run).
     */
    const walk = (kind: EnumerationKind, items: readonly EnumerationItem[], from: number, inherited: readonly Run[], to = from): readonly Run[] => {
      const own: Run[] = [];
      let gapStart = from;
      for (let index = 0; index < items.length; index++) {
        const item = items[index]!;
        if (item.kind !== kind) continue;
        const n = item.ordinal;
        // Where the text between this item and the one of its kind before it (or the start) begins; it ends at the item.
        const gapFrom = gapStart;
        gapStart = item.end;
        if (!Number.isFinite(n) || n < 1) continue;
        // 一是 (第一) always opens a run: a new list, or one nested in the current item — unless it stands right after
        // its list's 一是 and before its 三是 (一是……；一是……；三是……): then it is that list's 二是, typed as 一是. So is a
        // second 一是 in the first's line that no 二是 follows, with nothing between them to open another list
        // (“一是推行执法公示。……。一是落实法制审核。……”): see typedAgain.
        if (n === 1) {
          const top = own[own.length - 1];
          const next = items.slice(index + 1).find((other) => other.kind === kind)?.ordinal;
          if (top?.last === 1 && (next === 3 || (kind === 'shi' && next !== 2 && top.from !== undefined && typedAgain(tree.normalized, items, top.from, item.start)))) {
            top.last = 2;
            ctx.report({ messageId: 'repeated', data: { expected: lead(item, 2), actual: actual(item), previous: lead(item, 1), first: lead(item, 1), second: lead(item, 2) }, start: item.start, end: item.end });
            continue;
          }
          own.push({ last: 1, from: item.start });
          if (own.length > MAX_OPEN) own.shift();
          continue;
        }
        // Continue the innermost run this item follows, closing the runs nested inside it.
        let at = own.length - 1;
        while (at >= 0 && own[at]!.last + 1 !== n) at--;
        if (at >= 0) {
          own.length = at + 1;
          own[at]!.last = n;
          continue;
        }
        if (own.length === 0) {
          const carried = inherited.some((run) => run.last + 1 === n);
          own.push({ last: n });
          // A paragraph's （1） or ① may be its heading's marker, which is not an inline lead; a list
          // announced by a colon (“重点做了以下工作：②……”) starts there, and lacks its first item.
          if (carried || hidden(gapFrom, item.start, kind, 1) || (NUMBERED.includes(kind) && !followsColon(tree.normalized, item.start))) continue;
          ctx.report({ messageId: 'missingFirst', data: { expected: lead(item, 1), actual: actual(item) }, start: item.start, end: item.end });
          continue;
        }
        const top = own[own.length - 1]!;
        const expected = top.last + 1;
        const previous = top.last;
        // “县委书记一是……，二是……。县长一是……，二是……”: a repeat or a step back just after its own
        // predecessor glued to a subject. The glued 一是 began a new list, which this item continues.
        if (n <= previous && hidden(gapFrom, item.start, kind, n - 1)) {
          if (n === 2) {
            own.push({ last: 2 });
            if (own.length > MAX_OPEN) own.shift();
          } else top.last = n;
          continue;
        }
        top.last = n;
        const messageId = n === previous ? 'repeated' : n > expected ? 'skipped' : 'disordered';
        if (messageId === 'skipped' && hidden(gapFrom, item.start, kind, expected)) {
          // The missing item is there, glued to the end of the one before (“……工作机制5项二是……”): a lead after
          // 一是 opened the list opens a clause, so its mark was lost. Glued to 之, 其, 第 or a numeral it is no lead.
          // Each lead glued so between them: ……局面二是……格局三是…… four is after two lost marks.
          for (let k = expected; kind === 'shi' && k < n; k++) {
            const runOn = gluedLead(tree.normalized, gapFrom, item.start, k);
            if (runOn !== undefined) reportRunOn(runOn);
          }
          continue;
        }
        // 一是 二是 四是 四是, 一是 二是 二是 四是: the next item goes on from the number expected here, so
        // this one was a slip for it, and the count goes on from that — the next item is no repeat or skip.
        if (items.slice(index + 1).find((next) => next.kind === kind)?.ordinal === expected + 1) top.last = expected;
        ctx.report({
          messageId,
          data: { expected: lead(item, expected), actual: actual(item), previous: lead(item, previous), first: lead(item, 1), second: lead(item, 2) },
          start: item.start,
          end: item.end,
        });
      }
      // “一是……。二是……重点事项三是……” at the end of the text walked: the next item is there, its mark lost.
      if (kind === 'shi' && own.length > 0) {
        let from = gapStart;
        for (let k = own[own.length - 1]!.last + 1; ; k++) {
          const runOn = gluedLead(tree.normalized, from, to, k);
          if (runOn === undefined) break;
          reportRunOn(runOn);
          from = runOn + 2;
        }
      }
      // No caller changes a run it inherits: `inherited` serves as it is when no run was opened.
      return own.length === 0 ? inherited : [...inherited, ...own].slice(-MAX_OPEN);
    };
    // Each kind is walked on its own: a 第一 list never continues or closes a 一是 list, nor the
    // other way round (“第一，……一是……二是……。第二，……” is two lists, both right).
    const walkKinds = (items: EnumerationItem[], from: number, inherited: OpenRuns, to: number): OpenRuns => ({
      shi: walk('shi', items, from, inherited.shi, to),
      di: walk('di', items, from, inherited.di, to),
    });

    // Text outside any section (the opening, the frame, or a draft without headings) is one run.
    const outside = tree.blocks.filter((b) => !b.section);
    walkKinds(
      outside.flatMap((b) => findEnumeration(tree.normalized, b.start, b.end)),
      outside[0]?.start ?? 0,
      { shi: [], di: [] },
      outside.at(-1)?.end ?? 0,
    );

    // A section's own text runs from its marker to its first subsection: title, body paragraphs,
    // Markdown lists. Its enumeration carries across paragraphs and ends with the section. A line that
    // heads the paragraphs after it without a number (**依法决策更加规范**) opens their lists as a
    // subsection would: an item after it goes on only from a run its own paragraphs have not replaced.
    const lines = unnumberedHeadings(tree);
    const visit = (sections: Section[], inherited: OpenRuns): void => {
      for (const section of sections) {
        const children = section.children.filter((c): c is Section => c.type === 'section');
        const start = section.position.start.offset ?? section.titleStart;
        const end = children[0]?.position.start.offset ?? section.position.end.offset ?? section.titleEnd;
        let open = inherited;
        let from = start;
        for (const line of lines.get(section) ?? []) {
          if (line.start < from || line.start >= end) continue;
          open = walkKinds(findEnumeration(tree.normalized, from, line.start), from, open, line.start);
          from = line.end;
        }
        open = walkKinds(findEnumeration(tree.normalized, from, Math.max(from, end)), from, open, Math.max(from, end));
        visit(children, open);
      }
    };
    visit(tree.sections, { shi: [], di: [] });

    for (const a of [...announcedLists(tree), ...announcedSubsections(tree)]) {
      if (a.count === a.announced) continue;
      ctx.report({ messageId: 'countMismatch', data: { announced: a.words, count: a.count }, start: a.start, end: a.end });
    }

    // （1）……；（2）……, （一）……；（二）……, ①……；②……, 1）……；2）…… and a）……；b）…… number the items of one paragraph: each
    // paragraph is a list of its own.
    // A paragraph run on from its subsection's heading (“（一）监管力量不足。（二）信用信息……”) is a list whose
    // first item is that heading's marker.
    for (const block of tree.blocks) {
      if (block.role) continue;
      const found = findNumberedLeads(tree.normalized, block.start, block.end);
      const heading = runOnHeadingLead(block, tree.normalized);
      const items = heading ? [heading, ...found] : found;
      if (items.length < 2) continue;
      for (const kind of NUMBERED) walk(kind, items, block.start, []);
    }

    // 1）……／2）……／4）…… and ①……／②……／④……: items numbered one to a line, each line a list's item.
    for (const list of lineLists(tree)) walk(list[0]!.kind, list, list[0]!.start, []);

    // 问题一：……／问题二：…… (措施一、, 亮点一：): paragraphs opening with one label word and a numeral.
    for (const labels of labelledLists(tree)) {
      for (const { label, expected, messageId } of labelSlips(labels)) {
        ctx.report({ messageId, data: { expected: label.word + chineseNumeral(expected), actual: text.slice(label.start, label.end) }, start: label.start, end: label.end });
      }
    }
  },
});

/** The inline lead kinds a subsection's bracketed marker is written alike with. */
const LEAD_OF_MARKER: Partial<Record<MarkerKind, EnumerationKind>> = { 'paren-chinese': 'parenHan', 'paren-arabic': 'paren' };

/**
 * The marker of the subsection heading a paragraph runs on from on the heading's own line (“（一）标题。正文……”),
 * as a lead of the paragraph's list: the inline （二） after it goes on from it. None for a paragraph of its own line.
 */
function runOnHeadingLead(block: Block, normalized: string): EnumerationItem | undefined {
  const section = block.section;
  const kind = section?.marker && LEAD_OF_MARKER[section.marker.kind];
  if (!kind || !section.inline || block.start < section.titleEnd || normalized.slice(section.titleEnd, block.start).includes('\n')) return undefined;
  return { kind, ordinal: section.marker!.ordinal, start: section.marker!.start, end: section.marker!.end };
}

/**
 * A lead 1） to 20） opening a line, its item's words right after it (normalized: ） is written ')'): a Chinese
 * character, an opening quote, or a number its unit follows (1）2027年3月底前……, as plans with deadlines open).
 */
const LINE_LEAD = /^(\d{1,2})\)(?=[\u4e00-\u9fff“]|\d{1,4}[\u4e00-\u9fff])/;
const CIRCLED_FIRST = 0x2460; // ①
const CIRCLED_LAST = 0x2473; // ⑳

/** The lead 1） or ① opening the line at `line`, or undefined. */
function lineLead(text: string, line: number): EnumerationItem | undefined {
  const c = text.charCodeAt(line);
  if (c >= CIRCLED_FIRST && c <= CIRCLED_LAST) return { kind: 'circled', ordinal: c - CIRCLED_FIRST + 1, start: line, end: line + 1 };
  if (!isAsciiDigit(c)) return undefined;
  const m = LINE_LEAD.exec(text.slice(line, line + 8));
  return m ? { kind: 'halfParen', ordinal: Number(m[1]), start: line, end: line + m[0].length } : undefined;
}

/**
 * Items numbered 1） or ① one to a line: paragraphs of their own (1）), or the lines of one paragraph — a Markdown
 * paragraph's soft breaks, after a line of its own (全年重点推进以下工作：／①……／②……／④……) or opening it, when the
 * parser reads the paragraph as one ① heading whose title spans the lines. No heading marker reads 1）, a ① opening a
 * line stands after no clause's punctuation, and findNumberedLeads takes a lead only after one, so these are read here:
 * lines opening with leads of one kind one right after another are one list (a paragraph, a heading or a line without
 * such a lead between ends it), and a list of two items or more is returned.
 */
function lineLists(tree: ReportTree): EnumerationItem[][] {
  const text = tree.normalized;
  const lists: EnumerationItem[][] = [];
  let list: EnumerationItem[] = [];
  const close = () => {
    if (list.length >= 2) lists.push(list);
    list = [];
  };
  const readLines = (start: number, end: number) => {
    for (let line = start; line !== -1 && line < end; ) {
      const next = text.indexOf('\n', line);
      const lead = lineLead(text, line);
      if (!lead || (list.length > 0 && list[0]!.kind !== lead.kind)) close();
      if (lead) list.push(lead);
      line = next === -1 || next >= end ? -1 : next + 1;
    }
  };
  for (const block of tree.blocks) {
    if (block.role || block.node.type !== 'paragraph') {
      close();
      continue;
    }
    // A paragraph of one line is read only for 1）: a ① there opens a heading, which heading-numbering reads.
    const broken = text.indexOf('\n', block.start);
    if (broken === -1 || broken >= block.end) {
      if (!isAsciiDigit(text.charCodeAt(block.start))) close();
      else readLines(block.start, block.end);
      continue;
    }
    readLines(block.start, block.end);
  }
  close();
  for (const section of circledTitlesOverLines(tree.allSections, text)) {
    readLines(section.marker!.start, section.titleEnd);
    close();
  }
  return lists;
}

/** The ① headings whose title spans lines (a Markdown paragraph of ①……／②……／④……, read as one heading), nested too, in text order. */
function circledTitlesOverLines(sections: readonly Section[], text: string): Section[] {
  return sections.filter((section) => section.marker?.kind === 'circled' && text.slice(section.titleStart, section.titleEnd).includes('\n'));
}

const isAsciiDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;

/**
 * Whether the 一是 at `at` is the list's 二是 typed again as 一是, the list's 一是 at `first` (no 二是 between, none after):
 * both in one line, outside a quotation or a parenthesis (a text quoted, an aside numbered its own way), and nothing
 * between them that opens another list — a colon (一是落实审核：一是……, a list nested in the item), another lead (a
 * run-in title （二）……, 第二，……, ②: each title's list starts at 一是), a line break (a paragraph's list of its own).
 */
function typedAgain(normalized: string, items: readonly EnumerationItem[], first: number, at: number): boolean {
  const between = normalized.slice(first, at);
  if (/[:\n]/.test(between) || items.some((other) => other.start > first && other.start < at) || findNumberedLeads(normalized, first, at).length > 0) return false;
  const lineStart = normalized.lastIndexOf('\n', first) + 1;
  const lineEnd = normalized.indexOf('\n', at);
  const quoted = quotedRanges(normalized, lineStart, lineEnd === -1 ? normalized.length : lineEnd);
  return ![first, at].some((lead) => inRanges(quoted, lead) || normalized.lastIndexOf('(', lead) >= Math.max(lineStart, normalized.lastIndexOf(')', lead)));
}

/** Whether a colon (blanks after it allowed) comes right before `start` in the normalized text. */
function followsColon(normalized: string, start: number): boolean {
  let at = start - 1;
  while (at >= 0 && (normalized[at] === ' ' || normalized[at] === '\t')) at--;
  return normalized[at] === ':';
}

/** What a line that heads paragraphs without a number has none of: a mark that ends or divides a sentence, a digit. */
const NOT_IN_HEADING_LINE = /[,，。;；:：!！?？\d\n]/;
/** How long such a line is at most: a short phrase (依法决策更加规范, 强化“三项制度”落实). */
const HEADING_LINE_MAX = 20;

/**
 * The paragraphs of each section that are a short line of words alone — a heading without a number, as a
 * WeChat article or a Word draft sets one in bold above the paragraphs it heads — in text order; not an item
 * of a list (一是……, 第二……) on a line of its own.
 */
function unnumberedHeadings(tree: ReportTree): Map<Section | undefined, Block[]> {
  const found = new Map<Section | undefined, Block[]>();
  for (const block of tree.blocks) {
    if (block.role || block.node.type !== 'paragraph' || block.end - block.start > HEADING_LINE_MAX) continue;
    // A short item of a list set on a line of its own (二是加强组织领导) is an item, not a heading.
    if (NOT_IN_HEADING_LINE.test(tree.normalized.slice(block.start, block.end)) || findEnumeration(tree.normalized, block.start, block.end).length > 0) continue;
    let list = found.get(block.section);
    if (!list) found.set(block.section, (list = []));
    list.push(block);
  }
  return found;
}

/**
 * The lists of labelled paragraphs (问题一：……／问题二：……): paragraphs opening with one label word and a numeral are a
 * list of that word, through the paragraphs of one section (others between them, 原因：……, do not end it). A word that
 * holds a numeral or ends with 第 or 其 is another kind of number.
 */
function labelledLists(tree: ReportTree): Label[][] {
  const text = tree.source.text;
  const labelled = new Map<Section | undefined, Map<string, Label[]>>();
  for (const block of tree.blocks) {
    if (block.role || block.node.type !== 'paragraph') continue;
    const m = LABEL.exec(tree.normalized.slice(block.start, block.start + LABEL_REACH));
    if (!m || /[一二三四五六七八九十零〇两]|[第其]$/u.test(m[1]!)) continue;
    const ordinal = parseChineseNumeral(m[2]!);
    if (!Number.isInteger(ordinal) || ordinal < 1) continue;
    let words = labelled.get(block.section);
    if (!words) labelled.set(block.section, (words = new Map()));
    let labels = words.get(m[1]!);
    if (!labels) words.set(m[1]!, (labels = []));
    const end = block.start + m[1]!.length + m[2]!.length;
    labels.push({ ordinal, start: block.start, end, word: text.slice(block.start, block.start + m[1]!.length) });
  }
  return [...labelled.values()].flatMap((words) => [...words.values()]);
}

/**
 * The labels of a list numbered wrong, with the number expected there. A single label says nothing of a list, and
 * one that does not begin at 一 may go on from elsewhere; 一 starts the list again; a step back is left unsaid, and
 * the list with it. As for 一是: when the next label goes on from the number expected, the wrong one was a slip for it.
 */
function labelSlips(labels: Label[]): LabelSlip[] {
  const slips: LabelSlip[] = [];
  if (labels.length < 2 || labels[0]!.ordinal !== 1) return slips;
  let last = 1;
  for (const [index, label] of labels.entries()) {
    if (index === 0) continue;
    const n = label.ordinal;
    if (n === 1 || n === last + 1) {
      last = n;
      continue;
    }
    if (n < last) break;
    const expected = last + 1;
    slips.push({ label, expected, messageId: n === last ? 'repeated' : 'skipped' });
    last = labels[index + 1]?.ordinal === expected + 1 ? expected : n;
  }
  return slips;
}

/** A paragraph's label of a word and a numeral (问题一：, 措施二、): group 1 the word, group 2 the numeral (一 … 十九). */
const LABEL = /^(\p{Script=Han}{1,4}?)(十[一二三四五六七八九]?|[一二三四五六七八九])[:：、.．]/u;

/** How far into a paragraph its label is looked for: four characters of word, two of numeral and the mark. */
const LABEL_REACH = 7;

/** A label numbered wrong, with the number expected there and what is wrong with it. */
interface LabelSlip {
  label: Label;
  expected: number;
  messageId: 'repeated' | 'skipped';
}

/** A label opening a paragraph: its number, its word as written, and where the label (word and numeral, without the mark) stands. */
interface Label {
  ordinal: number;
  word: string;
  start: number;
  end: number;
}

/**
 * A count of items announced right before a colon that opens a list (重点做好以下五项工作：一是……, 主要有三个方面：
 * （1）……, 十二项重点任务：1.……): group 1 the number, group 2 the words from it to the colon. Not an ordinal (第三项：), nor a name in
 * quotes (落实“三项制度”：). Matched on the normalized text, whose colons are half-width.
 */
const ANNOUNCED = /(?<![第\d一二三四五六七八九十两“"])([一二三四五六七八九十]{1,3}|两|[1-9]\d?)((?:项|个方面|方面|点|条)\p{Script=Han}{0,8}):$/u;

/** How far before its colon an announcement is looked for. */
const ANNOUNCED_REACH = 16;

interface Announced {
  announced: number;
  count: number;
  /** The announcement as written (五项工作), and where it stands in the text. */
  words: string;
  start: number;
  end: number;
}

/**
 * Lists whose number of items is announced before them: the items are those of the first lead's kind, right after
 * the colon, to the end of its section (or of the text outside sections), when they run 1, 2 … without a break —
 * a list nested in an item, a second list or a skip leave the count unsaid (the skip is reported itself).
 */
function announcedLists(tree: ReportTree): Announced[] {
  const found: Announced[] = [];
  const text = tree.normalized;
  const nextColon = rememberedSearch((from) => indexFrom(text, ':', from));
  for (const block of tree.blocks) {
    if (block.role) continue;
    for (let colon = nextColon(block.start); colon < block.end; colon = nextColon(colon + 1)) {
      const m = ANNOUNCED.exec(text.slice(Math.max(block.start, colon - ANNOUNCED_REACH), colon + 1));
      if (!m) continue;
      const rest = text.slice(colon + 1, block.end);
      const after = block.end - rest.trimStart().length;
      const leads = [...findEnumeration(text, colon + 1, block.end), ...findNumberedLeads(text, colon + 1, block.end)];
      const first = leads.find((i) => i.start === after && i.ordinal === 1);
      const count = first && runLength(tree, block, first);
      if (count === undefined) continue;
      const a = announcement(tree, m, colon, count);
      if (a) found.push(a);
    }
  }
  return found;
}

/** The announcement ANNOUNCED matched before `colon`, with the count of items listed; undefined when its numerals read as no number. */
function announcement(tree: ReportTree, m: RegExpExecArray, colon: number, count: number): Announced | undefined {
  const start = colon - m[1]!.length - m[2]!.length;
  const announced = m[1] === '两' ? 2 : /\d/.test(m[1]!) ? Number(m[1]) : parseChineseNumeral(m[1]!);
  // 一二项 is no number: a run of numerals that does not read as one says nothing.
  if (Number.isNaN(announced)) return undefined;
  return { announced, count, words: tree.source.text.slice(start, colon), start, end: colon };
}

/** Marker kinds that number a list of subsections (not 第一部分, nor a Markdown heading without a number). */
const ITEM_MARKERS: ReadonlySet<MarkerKind> = new Set(['chinese', 'paren-chinese', 'arabic', 'paren-arabic', 'circled']);

/**
 * Lists set as subsections of their own (“重点抓好十项工作：” / “1.……” / “2.……”, which the parser reads as headings): the
 * announcement ends the section's text — its last paragraph, or its title — with its colon, right before its first
 * subsection, and the items are all its subsections. Only a clean run is counted: one marker kind, numbered 1, 2, 3 …,
 * at least two, none with subsections of its own; anything else (a skip is heading-numbering's) leaves the count unsaid.
 */
function announcedSubsections(tree: ReportTree): Announced[] {
  const found: Announced[] = [];
  const text = tree.normalized;
  for (const section of tree.allSections) {
    const items = section.children.filter((c): c is Section => c.type === 'section');
    const first = items[0];
    if (!first || items.length < 2) continue;
    const kind = first.marker?.kind;
    if (!kind || !ITEM_MARKERS.has(kind)) continue;
    if (!items.every((item, i) => item.marker?.kind === kind && item.marker.ordinal === i + 1)) continue;
    if (items.some((item) => item.children.some((c) => c.type === 'section'))) continue;
    // The colon is the last thing before the first item, in this section's own text (its title or a paragraph of it).
    const itemStart = first.position.start.offset ?? first.titleStart;
    let colon = itemStart - 1;
    while (colon >= 0 && /\s/.test(text[colon]!)) colon--;
    if (colon < section.titleStart || text[colon] !== ':') continue;
    // The announcement stands in one line: in the section's title, or in a paragraph of its own that has no role.
    const inTitle = colon < section.titleEnd + 1 && !text.slice(section.titleStart, colon).includes('\n');
    const block = tree.blocks.find((b) => b.start <= colon && colon < b.end);
    if (!inTitle && (!block || block.role || block.section !== section)) continue;
    const from = Math.max(inTitle ? section.titleStart : block!.start, colon - ANNOUNCED_REACH, text.lastIndexOf('\n', colon) + 1);
    const m = ANNOUNCED.exec(text.slice(from, colon + 1));
    if (!m) continue;
    const a = announcement(tree, m, colon, items.length);
    if (a) found.push(a);
  }
  return found;
}

/** The number of items of `first`'s list, read to the end of its section; undefined when they do not run 1, 2 … alone. */
function runLength(tree: ReportTree, block: Block, first: EnumerationItem): number | undefined {
  const text = tree.normalized;
  const blocks = tree.blocks.filter((b) => !b.role && b.section === block.section && b.start >= block.start);
  const numbered = first.kind !== 'shi' && first.kind !== 'di';
  let count = 0;
  for (const b of blocks) {
    const items = numbered ? findNumberedLeads(text, b.start, b.end) : findEnumeration(text, b.start, b.end);
    for (const item of items) {
      if (item.kind !== first.kind || item.start < first.start) continue;
      if (item.ordinal !== count + 1) return undefined;
      count++;
    }
  }
  return count;
}
