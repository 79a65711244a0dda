import { defineRule, Type } from '@reportlint/core';
import { CAPITAL_DIGITS, CAPITAL_UNITS, cueText, ENCLOSED_NUMERALS, extractFigures, firstSentence, isCapitalNumeral, isEnclosedNumeral, kindOfSeparator, LOST_NUMERAL, MARKER_DEPTH, ordinalLeadAt, partitionPoint, STANDARD_SEPARATOR, tablesOf, writeChineseNumeral } from '@reportlint/parser';
import type { Block, Marker, MarkerKind, OutlineProfile, ReportTree, Section } from '@reportlint/parser';
import { oncePer } from '../shared/memo.js';
import { chineseNumeral } from '../shared/numerals.js';
import boundaries from './boundaries.json' with { type: 'json' };
import { isHeadingCopy } from '../shared/headings.js';

type Kind = Exclude<MarkerKind, 'heading'>;

/** A section's numbering marker taken apart: where the number is, and the separator as written. */
interface Numbered {
  section: Section;
  marker: Marker;
  kind: Kind;
  ordinal: number;
  /** The number inside the marker ("三", "12", "③"). */
  wordStart: number;
  wordEnd: number;
  /** After the number and its closing parenthesis, before the separator. */
  coreEnd: number;
  /** Separator as written, trimmed ('' when none or only blanks). */
  separator: string;
  /** A stray blank inside the marker (“一 、”, “（一 ）”): GB/T 9704 writes none. */
  blank: boolean;
  /** “一）”: a parenthesized marker without its opening parenthesis. */
  unopened: boolean;
  /** “㈠”: a （一） typed as one enclosed character (U+3220–3229). */
  enclosed: boolean;
  /** For a half (“上篇”), the words that number the report's halves in order: 上 下, or 上 中 下 when it has a 中篇. */
  halves: readonly string[] | undefined;
  /** A part numbered in capital numerals (“贰、”): written like 一、, without 第 and 部分. */
  capital: boolean;
  /** End of the span to underline: the marker without trailing blanks. */
  spanEnd: number;
  /**
   * "一 标题" or "12 个部门…": a number followed only by blanks. Such a line may be a hard-wrapped
   * sentence or a table row that happens to start with a number, so it only counts when it fits the
   * sequence and reads as a bare title; not so a Markdown heading's (“## 4 ……”), which its #s make one.
   */
  uncertain: boolean;
}

const ORDINAL_CHAR = /[0-9一二三四五六七八九十两零〇]/;
const RESTART_AFTER = boundaries.restartAfter.map((s) => new RegExp(s));
const NOT_ITEM_AFTER = boundaries.notItemAfter;

const schema = Type.Object(
  {
    style: Type.Boolean({
      default: true,
      description: 'Also check the form of each marker (separator, stray 是, inverted levels); off: numbering sequence only.',
    }),
  },
  { additionalProperties: false },
);

export const rule = defineRule({
  id: 'heading-numbering',
  meta: {
    severity: 'error',
    family: 'numbering',
    fixable: true,
    description: {
      'zh-CN': '标题序号须连续，写法和层次须符合 GB/T 9704（一、→（一）→1.→（1））',
      en: 'Heading numbers must run in sequence and follow GB/T 9704 in form and level (一、→（一）→1.→（1））',
    },
    schema,
    messages: {
      skipped: {
        'zh-CN': '标题序号跳号：此处应为“{expected}”，文中为“{actual}”',
        en: 'Heading number skips: expected "{expected}", found "{actual}"',
      },
      repeated: {
        'zh-CN': '标题序号重复：“{actual}”与上一个同级标题相同，此处应为“{expected}”',
        en: 'Heading number repeated: "{actual}" is the same as the previous heading at this level; expected "{expected}"',
      },
      restarted: {
        'zh-CN': '标题序号在同一上级标题下重新编号：此处应接续为“{expected}”，文中为“{actual}”',
        en: 'Heading numbers start again under the same parent: expected "{expected}" to continue, found "{actual}"',
      },
      notFirst: {
        'zh-CN': '同级标题序号应从“{expected}”开始，文中为“{actual}”',
        en: 'Headings at this level must be numbered from "{expected}", found "{actual}"',
      },
      disordered: {
        'zh-CN': '标题序号顺序颠倒：“{actual}”出现在“{previous}”之后，应按顺序依次编号',
        en: 'Heading numbers out of order: "{actual}" comes after "{previous}"; number the headings in order',
      },
      separator: {
        'zh-CN': '标题序号“{actual}”写法不规范，应写作“{expected}”',
        en: 'Heading number "{actual}" is not written the standard way (GB/T 9704); write "{expected}"',
        severity: 'warn',
      },
      blankAfter: {
        'zh-CN': '标题序号“{actual}”后多了空格：相邻的同级标题序号后没有空格，应删去',
        en: 'Stray blank after heading number "{actual}": the heading next to it at its level has none; delete it',
        severity: 'warn',
      },
      stray: {
        'zh-CN': '标题序号“{actual}”后多了“是”，与“{lead}”式列举混用，应删去“是”',
        en: 'Stray "是" after heading number "{actual}" (mixed up with the "{lead}" enumeration); delete "是"',
        severity: 'warn',
      },
      copied: {
        'zh-CN': '标题“{heading}”重复：与上一行的标题相同，应删去其中一个',
        en: 'The heading "{heading}" is written twice in a row: delete one of them',
      },
      lostNumber: {
        'zh-CN': '标题缺少序号：“{separator}”前的序号丢失，应写作“{expected}”',
        en: 'A heading lost its number before "{separator}": write "{expected}"',
      },
      lostDot: {
        'zh-CN': '标题序号“{actual}”后缺少“{separator}”，应写作“{expected}”',
        en: 'Heading number "{actual}" lost its "{separator}": write "{expected}"',
      },
      tableNumber: {
        'zh-CN': '表格序号不连续：此处应为“{expected}”，文中为“{actual}”',
        en: 'Table row number out of sequence: expected "{expected}", found "{actual}"',
      },
      misleveled: {
        'zh-CN': '标题层次有误：“{actual}”前后是“{previous}”“{next}”，应为“{expected}”',
        en: 'Heading at the wrong level: "{actual}" stands between "{previous}" and "{next}"; expected "{expected}"',
      },
      sublevel: {
        'zh-CN': '标题层次有误：“{actual}”在“{parent}”之下，是它的小标题，却与它同级编号，应为“{expected}”',
        en: 'Heading at the wrong level: "{actual}" is a subheading of "{parent}" but numbered at its level; expected "{expected}"',
      },
      aboveParent: {
        'zh-CN': '标题层次有误：“{actual}”在“{parent}”之下，是它的小标题，序号层级却高于它，应为“{expected}”',
        en: 'Heading at the wrong level: "{actual}" is a subheading of "{parent}" but numbered at a higher level; expected "{expected}"',
      },
      tooManyHalves: {
        'zh-CN': '“上篇”“中篇”“下篇”至多分为三篇，文中有{count}个“篇”标题：应改用“第一部分”“第二部分”……依次编号',
        en: 'A report has at most three halves (上篇, 中篇, 下篇), but {count} headings are numbered so: number them 第一部分, 第二部分, … instead',
      },
      inverted: {
        'zh-CN': '标题层次倒置：“{actual}”的层级高于前面的“{previous}”，不应排在其后（层次序数依次为“一、”“（一）”“1.”“（1）”）',
        en: 'Heading levels inverted: "{actual}" is a higher level than the preceding "{previous}" and cannot follow it (levels run 一、, （一）, 1., （1））',
        severity: 'warn',
      },
    },
  },
  check(tree, ctx) {
    const text = tree.source.text;
    const style = ctx.options.style;
    // Needed only when a run of siblings starts again at 1: found on first use.
    let boundary: ((from: number, to: number) => boolean) | undefined;
    const isBoundary = (from: number, to: number) => (boundary ??= boundaryFinder(tree))(from, to);
    // "1．" or "1.": a fix writes the form the draft already uses elsewhere.
    let fullStops = 0;
    let halfStops = 0;
    for (const s of tree.allSections) {
      if (s.marker?.kind !== 'arabic') continue;
      if (s.marker.separator === '．') fullStops++;
      else if (s.marker.separator === '.') halfStops++;
    }
    const arabicStop = fullStops > halfStops ? '．' : '.';

    const standardSeparator = (n: Numbered): string => (n.kind === 'arabic' ? arabicStop : separatorsOf(n)[0]!);
    // As written, stray blanks included; the expected forms are written without them.
    const display = (n: Numbered): string => text.slice(n.marker.start, n.spanEnd);
    const renumbered = (n: Numbered, ordinal: number): string =>
      openingFor(n, text) + unblank(text.slice(n.marker.start, n.wordStart)) + word(n, ordinal, text) + unblank(text.slice(n.wordEnd, n.coreEnd)) + n.separator;

    // The last "1." heading in document order, whatever its parent: a run that goes on from it ("1."
    // "2." under （一）, "3." "4." under （二）) numbers the items through the report, a common style.
    // Only "1.": a （二） first under 三、 is a （一） lost from the draft, not a style.
    let lastArabic: Numbered | undefined;
    // Whether a list's first "N." has gone on from the last list's (1.–5. under 一、, 6. 7. under 二、):
    // the report numbers its items straight through the parts, and a later list's first item that does
    // not start again at 1 is counted on from the last one too.
    let throughLists = false;

    // The parent as the message shows it: its marker and the start of its title.
    const parentDisplay = (p: Numbered): string => {
      const title = p.section.title;
      return display(p) + (title.length > PARENT_TITLE ? `${title.slice(0, PARENT_TITLE)}……` : title);
    };

    const visit = (list: Section[], underInverted: boolean, parent?: Numbered): void => {
      const last = new Map<Kind, Numbered>();
      let first: Numbered | undefined;
      let previous: Numbered | undefined;
      const invertedKinds = new Set<Kind>();
      const reset = () => {
        last.clear();
        invertedKinds.clear();
        first = undefined;
        previous = undefined;
      };
      for (const [index, section] of list.entries()) {
        const children = section.children.filter((c): c is Section => c.type === 'section');
        const n = describe(tree, section);
        if (!n) {
          // A Markdown heading without a Chinese marker starts a new run of numbered siblings.
          reset();
          visit(children, underInverted);
          continue;
        }
        // A subsection numbered at its parent's level (the outline nests such a run under the empty
        // heading above it), or above it (### （一） under ## 1., as the #s nest it): it takes the
        // marker of the level below.
        if (parent && MARKER_DEPTH[n.kind] <= MARKER_DEPTH[parent.kind]) {
          ctx.report({
            messageId: MARKER_DEPTH[n.kind] < MARKER_DEPTH[parent.kind] ? 'aboveParent' : 'sublevel',
            data: { actual: display(n), parent: parentDisplay(parent), expected: markerBelow(parent.kind, n.ordinal, arabicStop) },
            start: n.marker.start,
            end: n.spanEnd,
          });
        }
        // After an appendix, the sign-off or an unheaded part, numbering may start again at 1.
        if (previous && n.ordinal === 1 && isBoundary(previous.marker.start, n.marker.start)) reset();
        const before = last.get(n.kind);
        const expected = before ? before.ordinal + 1 : 1;
        if (n.uncertain && (n.ordinal !== expected || !headingLike(tree, section))) {
          visit(children, underInverted);
          continue;
        }

        const gap = misleveled(tree, list, index, n);
        if (gap) {
          ctx.report({
            messageId: 'misleveled',
            data: { actual: display(n), previous: display(gap.before), next: display(gap.after), expected: renumbered(gap.before, gap.before.ordinal + 1) },
            start: n.marker.start,
            end: n.spanEnd,
          });
          // Not counted at its written level; what it heads goes on from the subsection it is.
          visit(children, true, n);
          continue;
        }
        const raised = raisedPart(tree, list, index, n);
        if (raised) {
          ctx.report({
            messageId: 'misleveled',
            data: { actual: display(n), previous: display(raised.before), next: display(raised.after), expected: renumbered(raised.before, n.ordinal) },
            start: n.marker.start,
            end: n.spanEnd,
          });
          // Counted at the level it stands for: the heading after it goes on from it.
          last.set(raised.before.kind, { ...raised.before, ordinal: n.ordinal });
          previous = n;
          visit(children, underInverted, n);
          continue;
        }

        // Siblings can only get shallower (the outline nests deeper markers): a shallower one is an inversion.
        let inverted = false;
        if (first && MARKER_DEPTH[n.kind] < MARKER_DEPTH[first.kind]) {
          inverted = true;
          if (style && !invertedKinds.has(n.kind)) {
            ctx.report({
              messageId: 'inverted',
              data: { actual: display(n), previous: display(previous ?? first) },
              start: n.marker.start,
              end: n.spanEnd,
            });
          }
          invertedKinds.add(n.kind);
        }

        // Below an inverted heading the intended parent is unknown: a first number other than 1 may
        // continue the run the inversion interrupted ("1." … "（一）" … "2."), so it is not judged.
        // Numbering a level through the whole report is a style of its own, not a wrong first number.
        const continues = !before && n.kind === 'arabic' && n.ordinal === (lastArabic?.ordinal ?? 0) + 1;
        // 1. 2. | 4.: a first number past the one that would go on from the last list skips a number of a run
        // numbered straight through (the third item deleted), rather than fails to start again at 1.
        const skipsOn = !before && n.kind === 'arabic' && lastArabic !== undefined && n.ordinal > lastArabic.ordinal + 1;
        if ((continues && n.ordinal > 1) || skipsOn) throughLists = true;
        // The heading this one is counted on from: its last sibling of its kind, or in a report numbered
        // straight through, the last list's last item (… 7. | 9. skips 8., it does not fail to start at 1).
        const prior = before ?? (throughLists && n.kind === 'arabic' && n.ordinal !== 1 ? lastArabic : undefined);
        // Halves have three words at most: a fourth heading numbered so has none, and no half is judged
        // then (renumbered 第一部分…, they all change); the finding is on the first past the third.
        const halves = n.halves ? halfSections(tree) : undefined;
        const tooManyHalves = halves !== undefined && halves.length > HALF_WORDS;
        if (tooManyHalves && halves[HALF_WORDS] === section) ctx.report({ messageId: 'tooManyHalves', data: { count: halves.length }, start: n.marker.start, end: n.spanEnd });
        // As many halves as their words: the k-th is numbered by the k-th word, whatever the one before
        // says (上篇 下篇 上篇: the second is 中篇 and the third 下篇, not a “四篇” after a 下篇).
        const position = halves && n.halves && halves.length === n.halves.length ? halves.indexOf(section) + 1 : undefined;
        const due = position ?? (prior ? prior.ordinal + 1 : 1);
        // The number this heading counts as for the next: its own, or the one expected when it was a slip.
        let counted = n;
        // 2.…… 3.5+2工作机制 4.……: the number skipped opens a line between, its marker read as a decimal.
        const readAsDecimal = before !== undefined && n.kind === 'arabic' && n.ordinal === expected + 1 && numberReadAsDecimal(text, before.marker.end, n.marker.start, expected);
        // 、坚持党的全面领导: the outline read the line as the heading due, its numeral lost (see the parser's lostNumeralAt).
        const numeralLost = n.marker.lost === true;
        const judged = !numeralLost && n.ordinal !== due && !(underInverted && !before) && !continues && !readAsDecimal && !tooManyHalves;
        // 1加强组织领导。…… 2.完善制度: the number due opens the line right before, its dot lost.
        const lost = judged && n.kind === 'arabic' && n.ordinal === due + 1 ? dotLostBefore(tree.normalized, n.marker.start, due) : undefined;
        // 一、…… 、完善制度体系 三、……: the heading due stands between, its number lost and its separator left.
        const numberLost = judged && !lost && prior && n.ordinal === due + 1 ? separatorLeftBetween(tree.normalized, prior.marker.end, n.marker.start, n.kind) : undefined;
        if (numeralLost) {
          ctx.report({ messageId: 'lostNumber', data: { expected: renumbered(n, due), separator: n.marker.raw }, start: n.marker.start, end: n.marker.end });
          counted = { ...n, ordinal: due };
        } else if (lost) {
          const actual = text.slice(lost.start, lost.end);
          ctx.report({ messageId: 'lostDot', data: { actual, separator: arabicStop, expected: actual + arabicStop }, start: lost.start, end: lost.end });
        } else if (judged && prior && n.ordinal === prior.ordinal && isHeadingCopy(tree, prior.section, section)) {
          ctx.report({ messageId: 'copied', data: { heading: parentDisplay(n) }, start: n.marker.start, end: section.titleEnd });
          // The copy is no heading of its own: the next one is counted on from the first.
          counted = prior;
        } else if (numberLost !== undefined) {
          const expected = renumbered(n, due);
          ctx.report({ messageId: 'lostNumber', data: { expected, separator: text.charAt(numberLost) }, start: numberLost, end: numberLost + 1 });
        } else if (judged) {
          const messageId = !prior
            ? 'notFirst'
            : n.ordinal === prior.ordinal
              ? 'repeated'
              : n.ordinal === 1 && position === undefined
                ? 'restarted'
                : n.ordinal > due
                  ? 'skipped'
                  : 'disordered';
          ctx.report({
            messageId,
            data: { expected: renumbered(n, due), actual: display(n), previous: prior ? display(prior) : '' },
            start: n.marker.start,
            end: n.spanEnd,
          });
          // （一）（二）（四）（四）, （一）（二）（二）（四）, a first （二）（二）（三）: the next sibling goes on from the
          // number expected here, so this one was a slip for it, and the count goes on from that. The last of a
          // list numbered straight through (6. 8. | 8. 9.) is judged by the next list's first item.
          const next = nextSibling(tree, list, index, n.kind) ?? (throughLists && index === list.length - 1 ? nextArabic(tree, section) : undefined);
          if (next?.ordinal === due + 1) counted = { ...n, ordinal: due };
        }

        // A lost numeral is reported above; its separator alone has no form to judge.
        if (style && !numeralLost) {
          const standard = separatorsOf(n).includes(n.separator);
          if (!standard || n.blank || n.unopened || n.enclosed) {
            const expected = n.enclosed
              ? `（${chineseNumeral(n.ordinal)}）`
              : openingFor(n, text) + unblank(text.slice(n.marker.start, n.coreEnd)) + (standard ? n.separator : standardSeparator(n));
            ctx.report({
              messageId: 'separator',
              data: { actual: display(n), expected },
              start: n.marker.start,
              end: n.spanEnd,
              fix: { range: [n.marker.start, n.marker.end], text: expected },
            });
          }
          const blank = blankAfter(tree, n);
          if (blank && closeSibling(tree, list, index, n.kind)) {
            ctx.report({ messageId: 'blankAfter', data: { actual: display(n) }, start: blank.start, end: blank.end, fix: { range: [blank.start, blank.end], text: '' } });
          }
          const stray = n.marker.stray;
          if (stray) {
            ctx.report({
              messageId: 'stray',
              data: { actual: display(n), lead: `${word(n, n.ordinal, text)}${stray.text}` },
              start: n.marker.start,
              end: stray.end,
              fix: { range: [stray.start, stray.end], text: '' },
            });
          }
        }

        last.set(n.kind, counted);
        if (n.kind === 'arabic') lastArabic = counted;
        previous = n;
        first ??= n;
        visit(children, inverted, n);
      }
    };
    visit(tree.sections, false);
    for (const slip of ordinalLeadSlips(tree)) ctx.report({ messageId: slip.messageId, data: { expected: slip.expected, actual: slip.actual }, start: slip.start, end: slip.end });
    for (const slip of tableNumberSlips(tree)) ctx.report({ messageId: 'tableNumber', data: slip, start: slip.start, end: slip.end });
  },
});

interface LeadSlip {
  messageId: 'repeated' | 'skipped';
  expected: string;
  actual: string;
  start: number;
  end: number;
}

/**
 * Parts headed 第一、 第二、 … (GB/T 9704 has no such number; the outline reads the line as a part's
 * heading only when its title names a part): the ordinals must go on one by one. A line that names no
 * part is not seen, so the sequence is judged with care: a part's ordinal repeated is a slip wherever the
 * others stand; one skipped only when no line of the text is led by the ordinal skipped (a heading of
 * the drafter's own, 第三、强化执法监督, or a body's enumeration would be).
 */
function ordinalLeadSlips(tree: ReportTree): LeadSlip[] {
  const text = tree.normalized;
  const leads: Array<{ ordinal: number; start: number; end: number }> = [];
  for (const s of tree.sections) {
    const start = s.position?.start.offset;
    if (s.marker || start === undefined) continue;
    // The ordinal 第一、 (第二、…) that leads a part's heading line the outline read as unnumbered.
    const lead = ordinalLeadAt(text, start);
    if (lead && s.titleStart === start + lead.length) leads.push({ ordinal: lead.ordinal, start, end: start + lead.length });
  }
  const slips: LeadSlip[] = [];
  let counted = leads[0]?.ordinal ?? 0;
  for (const [i, lead] of leads.entries()) {
    if (i === 0) continue;
    const due = counted + 1;
    const slip = (messageId: LeadSlip['messageId']) =>
      slips.push({ messageId, expected: `第${chineseNumeral(due)}、`, actual: text.slice(lead.start, lead.end), start: lead.start, end: lead.end });
    if (lead.ordinal === counted) {
      slip('repeated');
      // 第二、第二、第四、: the repeat was a slip for 第三、, and the count goes on from it.
      counted = leads[i + 1]?.ordinal === due + 1 ? due : lead.ordinal;
      continue;
    }
    if (lead.ordinal > due && !text.includes(`\n第${chineseNumeral(due)}、`)) slip('skipped');
    counted = lead.ordinal;
  }
  return slips;
}

/** How much of a parent's title a message shows. */
const PARENT_TITLE = 12;

/** The marker numbered `ordinal` of the level below `kind` (GB/T 9704: 一、→（一）→1.→（1）→①). */
function markerBelow(kind: Kind, ordinal: number, arabicStop: string): string {
  switch (kind) {
    case 'part':
      return `${chineseNumeral(ordinal)}、`;
    case 'chinese':
      return `（${chineseNumeral(ordinal)}）`;
    case 'paren-chinese':
      return `${ordinal}${arabicStop}`;
    case 'arabic':
      return `（${ordinal}）`;
    default:
      return ordinal >= 1 && ordinal <= 20 ? String.fromCharCode(0x2460 + ordinal - 1) : `（${ordinal}）`;
  }
}

/** The heading of a table's first column when it numbers the rows. */
const NUMBER_COLUMN = /^(?:序号|编号)$/;

/**
 * | 序号 | 存在的问题 | 原因分析 |: a first column headed 序号 numbers the rows 1, 2, 3 …; the first number that skips
 * ahead or repeats the one before is a slip (the rows after it are not judged: one slip shifts them all). A row
 * numbered otherwise (合计, a group restarting at 1) ends the run.
 */
function tableNumberSlips(tree: ReportTree): Array<{ expected: string; actual: string; start: number; end: number }> {
  const slips: Array<{ expected: string; actual: string; start: number; end: number }> = [];
  for (const table of tablesOf(tree)) {
    if (!NUMBER_COLUMN.test(table.header[0]?.text ?? '')) continue;
    for (const [r, row] of table.rows.entries()) {
      const cell = row.cells[0]!;
      const n = /^\d{1,3}$/.test(cell.text) ? Number(cell.text) : NaN;
      if (n === r + 1) continue;
      if (n > r + 1 || (r > 0 && n === r)) slips.push({ expected: String(r + 1), actual: tree.source.text.slice(cell.start, cell.end), start: cell.start, end: cell.end });
      break;
    }
  }
  return slips;
}

/**
 * Whether a heading is a subsection written at a higher level (“二、” for “（二）”): its number fills the
 * gap in the run of subsections around it — the previous sibling's last one is （一）, the first of its kind
 * under it （三）. Returns those two, or undefined when the heading is where it belongs.
 */
function misleveled(tree: ReportTree, list: Section[], index: number, n: Numbered): { before: Numbered; after: Numbered } | undefined {
  const previous = list[index - 1];
  if (!previous) return undefined;
  const before = lastChild(tree, previous);
  if (!before || before.kind === n.kind) return undefined;
  // The first subsection of that kind under it: its own items (1. 2.) may come before.
  let after: Numbered | undefined;
  for (const c of list[index]!.children) {
    const d = c.type === 'section' ? describe(tree, c) : undefined;
    if (d?.kind === before.kind) {
      after = d;
      break;
    }
  }
  if (!after) return undefined;
  return n.ordinal === before.ordinal + 1 && after.ordinal === before.ordinal + 2 ? { before, after } : undefined;
}

/**
 * Whether a heading is a part numbered at the subsection level (“（三）” for “三、”), which the outline reads
 * among the parts (see raisedLevel in the parser): its siblings before and after are of one shallower kind
 * and its number fills the gap between them (二、 （三） 四、). Returns those two, or undefined.
 */
function raisedPart(tree: ReportTree, list: Section[], index: number, n: Numbered): { before: Numbered; after: Numbered } | undefined {
  const before = list[index - 1] && describe(tree, list[index - 1]!);
  const after = list[index + 1] && describe(tree, list[index + 1]!);
  if (!before || !after || before.kind !== after.kind || MARKER_DEPTH[before.kind] >= MARKER_DEPTH[n.kind]) return undefined;
  return n.ordinal === before.ordinal + 1 && after.ordinal === n.ordinal + 1 ? { before, after } : undefined;
}

/** The last numbered heading directly under a section. */
function lastChild(tree: ReportTree, section: Section): Numbered | undefined {
  const children = section.children.filter((c): c is Section => c.type === 'section');
  const last = children[children.length - 1];
  return last && describe(tree, last);
}

/** The next sibling heading, if it is numbered in the same kind of marker. */
function nextSibling(tree: ReportTree, list: Section[], index: number, kind: Kind): Numbered | undefined {
  const next = list[index + 1];
  const n = next && describe(tree, next);
  return n && n.kind === kind ? n : undefined;
}

/** The first "N." heading after `section` and all it heads, in document order, wherever it stands. */
function nextArabic(tree: ReportTree, section: Section): Numbered | undefined {
  const end = section.position.end.offset!;
  const next = tree.allSections.find((s) => s.marker?.kind === 'arabic' && s.marker.start >= end);
  return next && describe(tree, next);
}

/**
 * Each heading described once: a heading is described again as its neighbours' neighbour (raisedPart,
 * misleveled, nextSibling ask about the headings around the one visited). What it says depends on the
 * section and its tree alone.
 */
const described = new WeakMap<Section, Numbered | undefined>();

function describe(tree: ReportTree, section: Section): Numbered | undefined {
  if (described.has(section)) return described.get(section);
  const n = describeMarker(tree, section);
  described.set(section, n);
  return n;
}

function describeMarker(tree: ReportTree, section: Section): Numbered | undefined {
  const marker = section.marker;
  if (!marker || marker.kind === 'heading') return undefined;
  const kind = marker.kind;
  const normalized = tree.normalized;
  if (marker.lost) return lostNumeral(section, marker, kind);
  const paren = kind === 'paren-chinese' || kind === 'paren-arabic';
  let i = marker.start;
  const skipBlanks = () => {
    while (i < marker.end && /\s/.test(normalized[i]!)) i++;
  };
  // The number stands between 第 and 部分 (or 章) in “第一部分”, inside the parentheses of “（一）”;
  // a half (“上篇”) is its one character before 篇.
  const enclosed = kind === 'paren-chinese' && isEnclosedNumeral(normalized[i]);
  const unopened = paren && !enclosed && normalized[i] !== '(';
  const halves = kind === 'part' && isHalf(normalized, i) ? halvesOf(tree) : undefined;
  const half = halves !== undefined;
  const capital = kind === 'part' && isCapitalNumeral(normalized[i]);
  if ((paren && !unopened && !enclosed) || (kind === 'part' && !half && !capital)) i++;
  if (paren) skipBlanks();
  const wordStart = i;
  if (kind === 'circled' || half || enclosed) i++;
  else if (capital) while (isCapitalNumeral(normalized[i])) i++;
  else while (i < marker.end && ORDINAL_CHAR.test(normalized[i]!)) i++;
  const wordEnd = i;
  if (paren) skipBlanks();
  if (paren && normalized[i] === ')') i++;
  if (kind === 'part' && !capital) i += half || normalized[i] === '章' ? 1 : '部分'.length;
  const coreEnd = i;
  const written = tree.source.text.slice(coreEnd, marker.end);
  const separator = written.trim();
  const uncertain = (kind === 'chinese' || kind === 'arabic') && separator === '' && !markdownHeading(tree.source.text, marker.start);
  // Blanks before a separator (“一 、”) or inside the parentheses (“（一 ）”); those after a bare
  // number are its separator (“一 标题”).
  const blank = /\s/.test(normalized.slice(marker.start, coreEnd)) || (separator !== '' && /^\s/.test(written));
  return {
    section,
    marker,
    kind,
    // 下篇 is the last half: the third after a 中篇.
    ordinal: halves ? halves.indexOf(normalized[wordStart]!) + 1 : marker.ordinal,
    wordStart,
    wordEnd,
    coreEnd,
    separator,
    blank,
    unopened,
    enclosed,
    halves,
    capital,
    spanEnd: separator === '' ? coreEnd : marker.end,
    uncertain,
  };
}

/** A heading whose numeral was lost (“、坚持……”): its number would stand before the separator, which is all its marker holds. */
function lostNumeral(section: Section, marker: Marker, kind: Kind): Numbered {
  const at = marker.start;
  return { section, marker, kind, ordinal: marker.ordinal, wordStart: at, wordEnd: at, coreEnd: at, separator: marker.separator, blank: false, unopened: false, enclosed: false, halves: undefined, capital: false, spanEnd: marker.end, uncertain: false };
}

/**
 * Whether the marker at `start` opens a Markdown heading (“## 4 党政主要负责人……”): the drafter's #s make
 * the line a heading, not a hard-wrapped sentence or a table row that starts with a number.
 */
function markdownHeading(text: string, start: number): boolean {
  let i = start;
  while (i > 0 && text[i - 1] === ' ') i--;
  return i > 0 && text[i - 1] === '#';
}

/** Blanks a drafter types (not a tab, which a Word export sets after its numbering): what may stand between a marker and its title. */
const TYPED_BLANKS = /^[ \u3000\u00a0]+(?=\S)/;

/**
 * The blanks between a heading's marker and its title (“一、 主要工作开展情况”, “（二）　增强法治意识”): GB/T 9704 writes
 * none. Undefined when there are none, or they are no stray: the separator of a bare number (“一 标题”), that of a part
 * (“第一部分　……”), the blank of a Markdown ordered list's “1. ” (a list pasted into plain text), or a tab.
 */
function blankAfter(tree: ReportTree, n: Numbered): { start: number; end: number } | undefined {
  if (n.kind === 'part' || n.marker.lost || (n.separator === '' && (n.kind === 'chinese' || n.kind === 'arabic'))) return undefined;
  if (n.kind === 'arabic' && n.separator === '.') return undefined;
  const m = TYPED_BLANKS.exec(tree.source.text.slice(n.marker.end, n.marker.end + 8));
  return m ? { start: n.marker.end, end: n.marker.end + m[0].length } : undefined;
}

/**
 * Whether the sibling before or after the `index`th section, numbered in `kind`, has its title right after its marker.
 * A Word export sets the same blank or tab after every number of a level (its numbering's suffix: “一、　主要举措和成效”,
 * “二、　存在的不足和原因”), a style; a blank after a number whose neighbour at its level has none (“（一）加强领导”,
 * “（二） 增强法治意识”) is the drafter's slip. A heading alone at its level shows no style to judge it by.
 */
function closeSibling(tree: ReportTree, list: Section[], index: number, kind: Kind): boolean {
  return [list[index - 1], list[index + 1]].some((s) => {
    const n = s && describe(tree, s);
    return n !== undefined && n.kind === kind && !n.marker.lost && s!.titleStart === n.marker.end;
  });
}

/** The opening parenthesis an unopened marker lacks, in the width of its closing one (“一）” → “（”); '' for the others. */
function openingFor(n: Numbered, text: string): string {
  if (!n.unopened) return '';
  return text[n.coreEnd - 1] === ')' ? '(' : '（';
}

/** The separators a marker is written with: those of its kind; a part numbered 壹、 like 一、. */
function separatorsOf(n: Numbered): string[] {
  return STANDARD_SEPARATOR[n.capital ? 'chinese' : n.kind];
}

/** Part of a marker as GB/T 9704 writes it: without a drafter's stray blanks. */
function unblank(s: string): string {
  return s.replace(/\s/g, '');
}

/**
 * A bare title on its own line ("1 加强组织领导"), not a sentence ("12 个部门完成…。") or a table row ("1\t行政复议\t30件";
 * "1\t执法力量不足" under a header "序号\t存在的问题", whose one cell after the number holds no gap of its own).
 */
function headingLike(tree: ReportTree, section: Section): boolean {
  if (section.inline) return false;
  const title = tree.normalized.slice(section.titleStart, section.titleEnd);
  return !/\t| {2}/.test(title) && !tablesOf(tree).some((t) => t.start <= section.titleStart && section.titleStart < t.end);
}

/** Whether the part marker at `at` is a half (“上篇”, “中篇”, “下篇”), numbered by 上, 中 and 下 rather than 第一. */
function isHalf(text: string, at: number): boolean {
  return text[at] === '上' || text[at] === '中' || text[at] === '下';
}

/**
 * The words that number a report's halves in order: 上 下, or 上 中 下 when a 中篇 heads one of them or three
 * halves are headed (上篇 下篇 下篇: the first 下篇 is the 中篇 skipped; two 下篇 in two halves cannot both be last).
 */
const halvesOf = oncePer((tree: ReportTree): readonly string[] => {
  const halves = halfSections(tree);
  return halves.length >= HALF_WORDS || halves.some((s) => tree.normalized[s.marker!.start] === '中') ? ['上', '中', '下'] : ['上', '下'];
});

/** The most halves a report has words for: 上篇 中篇 下篇. */
const HALF_WORDS = 3;

/** The headings of a report's halves (上篇, 中篇, 下篇), in document order. */
const halfSections = oncePer((tree: ReportTree): Section[] => tree.allSections.filter((s) => s.marker?.kind === 'part' && isHalf(tree.normalized, s.marker.start)));

/** The number `ordinal` written like the number in `n`: Chinese numerals (capital ones for 壹、), 上 or 下 of a half, digits (of the same width) or ①. */
function word(n: Numbered, ordinal: number, text: string): string {
  if (n.halves && ordinal <= n.halves.length) return n.halves[ordinal - 1]!;
  if (n.enclosed && ordinal >= 1 && ordinal <= ENCLOSED_NUMERALS.length) return ENCLOSED_NUMERALS[ordinal - 1]!;
  if (n.capital) return writeChineseNumeral(ordinal, CAPITAL_DIGITS, CAPITAL_UNITS);
  switch (n.kind) {
    case 'part':
    case 'chinese':
    case 'paren-chinese':
      return chineseNumeral(ordinal);
    case 'circled':
      return ordinal >= 1 && ordinal <= 20 ? String.fromCharCode(0x2460 + ordinal - 1) : String(ordinal);
    default: {
      const digits = String(ordinal);
      const fullWidth = text.charCodeAt(n.wordStart) >= 0xff10 && text.charCodeAt(n.wordStart) <= 0xff19;
      return fullWidth ? digits.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0)) : digits;
    }
  }
}

/** The profile's patterns of a paragraph that starts a part without a heading (any year for {nextYear}). */
const partCues = oncePer((profile: OutlineProfile): RegExp[] =>
  profile.parts
    .filter((part) => part.id !== profile.defaultPart)
    .flatMap((part) => part.paragraphCues ?? [])
    .flatMap((source) => {
      try {
        return [new RegExp(source.replaceAll('{nextYear}', '\\d{4}'))];
      } catch {
        return [];
      }
    }),
);

/**
 * Whether an appendix, the sign-off or an unheaded part stands between two offsets (numbering may start
 * again after it). Only the blocks between are read, each once: most reports ask about a few short stretches.
 */
function boundaryFinder(tree: ReportTree): (from: number, to: number) => boolean {
  const blocks = tree.blocks;
  const cues = partCues(tree.profile);
  const known = new Array<boolean | undefined>(blocks.length);
  const restartsAt = (i: number): boolean => (known[i] ??= opensRestart(tree, blocks[i]!, cues));
  return (from, to) => {
    // The blocks are in document order: those starting after `from` and before `to`.
    for (let i = partitionPoint(blocks.length, (k) => blocks[k]!.start <= from); i < blocks.length && blocks[i]!.start < to; i++) {
      if (restartsAt(i)) return true;
    }
    return false;
  };
}

/** Whether numbering may start again at a block: an appendix, the sign-off, or a paragraph opening a part without a heading. */
function opensRestart(tree: ReportTree, block: Block, cues: RegExp[]): boolean {
  const head = tree.normalized.slice(block.start, Math.min(block.end, block.start + 16));
  if (RESTART_AFTER.some((re) => re.test(head))) return true;
  // A paragraph that opens a part without a heading ("下一步，我区将……") starts new numbering,
  // even inside a section that covers two parts ("二、存在不足和下一步打算").
  if (block.role || block.node.type !== 'paragraph') return false;
  const first = firstSentence(tree.normalized, block.start, block.end);
  return first !== undefined && cues.some((re) => re.test(cueText(first.text)));
}

/** A bare number opening a line before a Han character (1加强组织领导): its digits, after indentation. */
const BARE_NUMBER = /^[ \t\u3000]*(\d+)(?=\p{Script=Han})/u;

/** A line that ends its sentence: the break after it cuts nothing. */
const SENTENCE_END = /[。！？；：!?;:]$/;

/**
 * 1加强组织领导。…… / 2.完善制度体系: the line right before a heading numbered one past the number due (blank lines
 * aside), opening with that number and a Han character, is the item whose dot was lost — unless the number counts
 * something (1个, 1名: a figure there), dates or times it, or opens a range (3月, 1号, 1至3月: notItemAfter);
 * 12345热线 and 2025年 are other numbers than the one due. When a line break cut that item's paragraph (“1强化案卷
 * 评查，……发现并督促整改问题” / “41个。”), its first line is the one before, ending in no mark that ends a sentence.
 * Where the number is, or undefined.
 */
function dotLostBefore(text: string, headingStart: number, due: number): { start: number; end: number } | undefined {
  const lineStart = text.lastIndexOf('\n', headingStart - 1) + 1;
  if (text.slice(lineStart, headingStart).trim() !== '') return undefined;
  let before = lineBefore(text, lineStart);
  if (before && Number(BARE_NUMBER.exec(before.line)?.[1]) !== due) {
    const earlier = lineBefore(text, before.start);
    before = earlier && !SENTENCE_END.test(earlier.line.trimEnd()) ? earlier : undefined;
  }
  if (!before) return undefined;
  const { start, line } = before;
  const m = BARE_NUMBER.exec(line);
  if (!m || Number(m[1]) !== due) return undefined;
  const at = m[0].length - m[1]!.length;
  const after = line.slice(m[0].length);
  if (NOT_ITEM_AFTER.some((w) => after.startsWith(w)) || extractFigures(line).some((f) => f.start === at)) return undefined;
  return { start: start + at, end: start + m[0].length };
}

/** Every line opening with a heading's separator and no number before it (the parser's LOST_NUMERAL): 、 of 一、, . of 1. */
const SEPARATORS_LEFT = new RegExp(LOST_NUMERAL.source, 'gmu');

/**
 * 一、加强组织领导 …… 、完善制度体系。 …… 三、……: the one line between two headings of a kind that opens with the kind's
 * separator and no number — the heading due, its number lost, in a line the outline read as text (an item's sentence;
 * a heading's line it reads as the heading, see numeralLost). Where the separator is, or undefined (none, or two).
 */
function separatorLeftBetween(text: string, from: number, to: number, kind: Kind): number | undefined {
  const found = [...text.slice(from, to).matchAll(SEPARATORS_LEFT)].filter((m) => kindOfSeparator(m[1]!) === kind);
  return found.length === 1 ? from + found[0]!.index! + found[0]![0].length - 1 : undefined;
}

/** The last line with text before the line starting at `lineStart` (blank lines passed over), and where it starts. */
function lineBefore(text: string, lineStart: number): { start: number; line: string } | undefined {
  let end = lineStart - 1;
  while (end > 0) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const line = text.slice(start, end);
    if (line.trim() !== '') return { start, line };
    end = start - 1;
  }
  return undefined;
}

/**
 * Whether a line between two arabic markers opens with the number skipped and a stop before a digit
 * (“3.5+2工作机制：……”, “5.12345热线……”): the item is there, its marker read as a decimal, so nothing skips.
 */
function numberReadAsDecimal(text: string, from: number, to: number, skipped: number): boolean {
  return new RegExp(`(?:^|\\n)[ \\t\u3000]*${skipped}[.．]\\d`).test(text.slice(from, to));
}
