import { RUN_IN_POINT } from './enumeration.js';
import vocabulary from './figure-vocabulary.json' with { type: 'json' };
import { isPageNumber } from './frame.js';
import { lineStarts, splitLines } from './lines.js';
import { hiddenOffsets } from './normalize.js';
import type { Line } from './lines.js';
import type { ReportTree } from './types.js';
import { partitionPoint } from './search.js';

/**
 * Line breaks that cut a sentence — “将习近平法治思想纳入中青年干部” / “培训班等4期主体班次的学习内容。” —
 * judged once, here: line-break-in-sentence reports them in plain text, and the figure rules read
 * a sentence through them (see `joinedText`).
 */

/** A line break inside a sentence: `line` stops mid-sentence and the sentence goes on in `next`. */
export interface SentenceBreak {
  line: Line;
  next: Line;
  /** The sentence runs over a page break: a page number (and maybe a running header) lies between the lines. */
  page: boolean;
  /**
   * How many characters at the start of `next` repeat the end of `line`, a wrap pasted twice (“……，推动法治”
   * / “法治政府建设……”: 2); 0 for none.
   */
  repeated: number;
}

/** Ends a sentence or a clause that may close a line (matched on the normalized, half-width text). */
const FINAL = new Set(['。', '｡', '.', '!', '?', ';', ':', '…', '—', '-']);
/** Closing quotes and brackets: a line may end "…。”" or "…。）". */
const CLOSERS = new Set(['”', '’', '」', '』', ')', '》', '〉', ']', '】', '"', "'"]);
/** Punctuation that cannot end a sentence: the line certainly goes on. */
const CONTINUING = new Set([',', '、', '“', '‘', '「', '『', '(', '《', '〈', '[', '【']);
/** A sentence ends somewhere on the line: it is running text, not a heading. */
const TERMINATOR = /[。｡!?;]/;
/** A new item or a bullet: the next line starts something of its own. */
const NEW_ITEM = new RegExp(`^(?:${RUN_IN_POINT}|[●•·◆◇■□▲△★☆※>\\-—])`);
/** Longest unpunctuated line that may be a heading without a number. */
const HEADING_LIKE_MAX = 40;
/** Longest stretch of a line's end that {@link repeatedAtBreak} looks for at the next line's start. */
const REPEAT_MAX = 12;
/** A clause mark (normalized: ，；： folded): the line is running text, not a heading a paragraph restates. */
const CLAUSE_MARK = /[,、;:。]/;
/** 的 before which a 的 ends a word of its own (目的, 有的, 别的, 端的, 似的): 目的 / 的实现 repeats nothing. */
const OWNS_DE = '目有别端似';

type LineKind = 'text' | 'heading' | 'frame' | 'none';

const breaksCache = new WeakMap<ReportTree, SentenceBreak[]>();

/**
 * The line breaks of a draft that cut a sentence, in text order. A break is judged only between two
 * lines of running text: a heading line, the title, web-page residue, the sign-off, the signature,
 * the date, a page header and a blank line never continue a sentence. In Markdown only the lines of
 * one paragraph can be running text on both sides (a blank line or a block ends a paragraph).
 */
export function sentenceBreaks(tree: ReportTree): SentenceBreak[] {
  let breaks = breaksCache.get(tree);
  if (!breaks) {
    breaks = findBreaks(tree);
    breaksCache.set(tree, breaks);
  }
  return breaks;
}

function findBreaks(tree: ReportTree): SentenceBreak[] {
  // The normalized view: its line breaks are the text's, and Markdown's HTML markup (<br>, &nbsp;)
  // is blank in it, so lines are trimmed of it.
  const text = tree.normalized;
  const lines = splitLines(text, lineStarts(text));
  const { kinds, items } = lineKinds(tree, lines);

  // Drafts that indent their paragraphs start a new paragraph with an indented line.
  let indented = 0;
  let content = 0;
  for (let i = 0; i < lines.length; i++) {
    if (kinds[i] !== 'text') continue;
    content++;
    if (lines[i]!.start > lineBegin(lines[i]!, text)) indented++;
  }
  const indentsParagraphs = content >= 2 && indented * 2 > content;
  const spacesParagraphs = tree.source.format === 'txt' && spacesItsParagraphs(lines, kinds);

  // For each line of running text, the line that carries on its sentence and how it ends.
  const nextLines = lines.map((_, i) => (kinds[i] === 'text' ? nextTextLine(text, lines, kinds, i, spacesParagraphs) : undefined));
  const repeats = lines.map((line, i) => (nextLines[i] === undefined ? 0 : repeatedAtBreak(text, line, lines[nextLines[i]!]!)));
  const endings = lines.map((line, i) => {
    const j = nextLines[i];
    if (j === undefined) return 'final';
    // A word written at the end of a line and again at the start of the next one: the sentence goes on.
    const certain = repeats[i]! > 0 || splitsTitle(text, line, lines[j]!) || splitsFigure(text, line, lines[j]!);
    return certain ? 'continuing' : lineEnding(text, line);
  });

  const breaks: SentenceBreak[] = [];
  // The line that carries on the sentence of the last break found.
  let continuation = -1;
  for (let i = 0; i + 1 < lines.length; i++) {
    const j = nextLines[i];
    if (j === undefined) continue;
    const line = lines[i]!;
    const next = lines[j]!;
    const continues = continuation === i;
    const ending = endings[i];
    if (ending === 'final') continue;
    if (ending === 'open') {
      const body = text.slice(line.start, line.end);
      const nextBody = text.slice(next.start, next.end);
      // "…中青年干部" + "培训班等…": only when the line is running text and the next one is not a
      // heading, a new item or (in an indented draft) a new paragraph. A next line that certainly goes
      // on itself (“…撤销42件、变更6件、”) is no heading, however short: joined to its own next line,
      // as --fix joins it, it would read as running text.
      if (!continues && !TERMINATOR.test(body)) continue;
      if (!TERMINATOR.test(nextBody) && nextBody.length <= HEADING_LIKE_MAX && endings[j] !== 'continuing') continue;
      if (NEW_ITEM.test(nextBody) || items[j]) continue;
      if (indentsParagraphs && next.start > lineBegin(next, text)) continue;
    }
    breaks.push({ line, next, page: j > i + 1 && !(spacesParagraphs && j === i + 2), repeated: repeats[i]! });
    continuation = j;
  }
  return breaks;
}

/**
 * How many characters the next line repeats of the end of the line, the longest such stretch up to
 * REPEAT_MAX: at least two Han characters (进一步 / 进一步加强), or a 的 that ends no word of its own
 * (群众的 / 的知情权, not 目的 / 的实现, nor 的 / 的确). Only after a line that is running text — it has a
 * clause mark before the stretch — since a heading (“坚持依法行政”) may be restated by the paragraph under it.
 * 0 for none; not where the line ends a sentence (“……。” / “……。”: a sentence repeated is another matter).
 */
function repeatedAtBreak(normalized: string, line: Line, next: Line): number {
  if (FINAL.has(normalized[line.end - 1]!)) return 0;
  const first = normalized.charCodeAt(next.start);
  for (let length = Math.min(REPEAT_MAX, line.end - line.start - 1, next.end - next.start); length >= 1; length--) {
    // The stretch starts with the next line's first character: most lengths are passed over on it.
    if (normalized.charCodeAt(line.end - length) !== first) continue;
    const tail = normalized.slice(line.end - length, line.end);
    if (!normalized.startsWith(tail, next.start)) continue;
    if (!CLAUSE_MARK.test(normalized.slice(line.start, line.end - length))) return 0;
    if (length === 1) return tail === '的' && !OWNS_DE.includes(normalized[line.end - 2]!) && normalized[next.start + 1] !== '确' ? 1 : 0;
    return hanCount(tail) >= 2 ? length : 0;
  }
  return 0;
}

function hanCount(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    if ((code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf)) n++;
  }
  return n;
}

/** Most lines a page break leaves between two lines of text: blank lines, the page number, a running header. */
const PAGE_BREAK_LINES = 6;

/**
 * Whether a plain-text draft puts a blank line between its paragraphs, as a page copied from the web
 * does: most lines that follow a line of the text (not the first) come after one blank line. In such a
 * draft the blank line is what a line break is in one that does not.
 */
function spacesItsParagraphs(lines: Line[], kinds: LineKind[]): boolean {
  let gaps = 0;
  let blank = 0;
  let last = -1;
  for (let i = 0; i < lines.length; i++) {
    if (kinds[i] === 'none') continue;
    if (last >= 0) {
      gaps++;
      if (i === last + 2 && lines[last + 1]!.start === lines[last + 1]!.end) blank++;
    }
    last = i;
  }
  return gaps >= 2 && blank * 2 > gaps;
}

/**
 * The line of running text after line `i`: the next line, or, across a page break of a PDF or Word
 * export, the first one after lines that are blank or page furniture (dropped from the tree), one of
 * them a page number. Undefined when anything else comes between (a blank line alone ends a paragraph,
 * but in a draft that `spaced` its paragraphs by blank lines, where one blank line is a line break).
 */
function nextTextLine(text: string, lines: Line[], kinds: LineKind[], i: number, spaced: boolean): number | undefined {
  if (kinds[i + 1] === 'text') return i + 1;
  if (spaced && kinds[i + 2] === 'text' && lines[i + 1]!.start === lines[i + 1]!.end) return i + 2;
  let pageNumber = false;
  for (let k = i + 1; k < lines.length && k <= i + PAGE_BREAK_LINES; k++) {
    if (kinds[k] === 'text') return pageNumber ? k : undefined;
    if (kinds[k] !== 'none') return undefined;
    pageNumber ||= isPageNumber(text.slice(lines[k]!.start, lines[k]!.end));
  }
  return undefined;
}

/**
 * What each line is, index for index: running text (a paragraph, or a section whose title is
 * followed by body text), a heading line, or a frame line (title, web-page residue, sign-off,
 * signature, date). A line is running text when it starts a paragraph or lies inside one (the lines
 * of a Markdown paragraph; a plain-text paragraph is one line). Empty lines and lines no block
 * starts on (a page header dropped from the tree, a list item's bullet) are none. `items` marks the
 * lines of running text that open with a section's number (“（二）科学谋划……。印发……”): the line
 * before one ends its paragraph, full stop or not, since no sentence goes on into a new item.
 */
function lineKinds(tree: ReportTree, lines: Line[]): { kinds: LineKind[]; items: boolean[] } {
  const kinds = new Array<LineKind>(lines.length).fill('none');
  const items = new Array<boolean>(lines.length).fill(false);
  for (const block of tree.blocks) {
    // An inline section's body starts after its title on the section's line: only the lines after
    // it (in a Markdown paragraph) are marked by the block; the section's line is marked below.
    const kind = block.role && block.role !== 'opening' ? 'frame' : 'text';
    for (let i = firstLineFrom(lines, block.start); i < lines.length && lines[i]!.start < block.end; i++) kinds[i] = kind;
  }
  for (const section of tree.allSections) {
    const start = section.marker?.start ?? section.position.start.offset;
    if (start === undefined) continue;
    const i = firstLineFrom(lines, start);
    if (lines[i]?.start !== start) continue;
    kinds[i] = section.inline ? 'text' : 'heading';
    items[i] = section.inline && section.marker !== undefined;
  }
  for (let i = 0; i < lines.length; i++) if (lines[i]!.start === lines[i]!.end) kinds[i] = 'none';
  return { kinds, items };
}

/** The index of the first line whose first non-blank character is at or after `offset`. */
function firstLineFrom(lines: Line[], offset: number): number {
  return partitionPoint(lines.length, (i) => lines[i]!.start < offset);
}

/** 'final': the line may end here; 'open': it ends on a word, a number or a closing quote; 'continuing': on a comma or an opening bracket. */
function lineEnding(normalized: string, line: Line): 'final' | 'open' | 'continuing' {
  let i = line.end - 1;
  const last = normalized[i]!;
  if (CONTINUING.has(last)) return 'continuing';
  while (i > line.start && CLOSERS.has(normalized[i]!)) i--;
  const c = normalized[i]!;
  if (FINAL.has(c) || CLOSERS.has(c)) return 'final';
  if (CONTINUING.has(c)) return 'continuing';
  return isWordChar(c) ? 'open' : 'final';
}

/**
 * The line leaves a 《 open and the next line closes it: “学习《中华人民共和国行政” / “复议法》，…”.
 * A title is never split by a paragraph break, so the line certainly goes on, whatever it ends with
 * and whether or not a sentence ended earlier on it.
 */
function splitsTitle(normalized: string, line: Line, next: Line): boolean {
  // Only a line that ends inside a title: its last title mark is 《.
  let k = line.end - 1;
  while (k >= line.start && normalized[k] !== '《' && normalized[k] !== '》') k--;
  if (k < line.start || normalized[k] === '》') return false;
  // And the next line's first title mark is the 》 that closes it.
  for (let j = next.start; j < next.end; j++) {
    if (normalized[j] === '》') return true;
    if (normalized[j] === '《') return false;
  }
  return false;
}

/** What a figure's number may be followed by: its units and measure words, %, ‰, and its multipliers (万, 亿 …). */
const FIGURE_ENDINGS = [
  ...Object.values(vocabulary.units).flatMap((units) => (Array.isArray(units) ? units : [])),
  ...Object.keys(vocabulary.multipliers),
  '%',
  '‰',
];
/** A unit followed by one of these characters starts a word (部门, 本级, 个人): see figure-vocabulary.json. */
const UNIT_NOT_BEFORE = vocabulary.unitNotBefore as Record<string, string>;
/** 2140万, 1,286, 98.3: the end of a number, with a multiplier after its digits. */
const NUMBER_END = /\d(?:万亿|千万|百万|十万|亿|万)?$/;
/** Cells of a table in plain text: a tab, or a run of blanks. */
const CELL_GAP = /\t| {2}|\u3000/;
/** A date written with dashes, slashes or dots (时间：2026-02-03): its day is no count. */
const NUMERIC_DATE_END = /\d{4}[-/.]\d{1,2}[-/.]\d{1,2}$/;

/**
 * The line ends on a number and the next line starts with its unit: “罚没款约2140万” / “元左右，……”, or
 * with the rest of its digits and the unit: “案件1” / “26件”. A heading or a date line never ends so
 * (时间：2026-02-03 / 天津市……: the day is no count), and a figure is never split by a paragraph break: the
 * line certainly goes on, whether or not a sentence ended earlier on it. Not the rows of a table in plain
 * text, whose last cell may be a number and whose next row may start with a word a unit begins (个体工商户).
 */
function splitsFigure(normalized: string, line: Line, next: Line): boolean {
  if (!NUMBER_END.test(normalized.slice(Math.max(line.start, line.end - 3), line.end))) return false;
  if (NUMERIC_DATE_END.test(normalized.slice(Math.max(line.start, line.end - 10), line.end))) return false;
  let nextText = normalized.slice(next.start, next.end);
  if (CELL_GAP.test(normalized.slice(line.start, line.end)) || CELL_GAP.test(nextText)) return false;
  // “不予处罚案件1” / “26件，……”: the number itself split, after a line of running text (not “附件1” / “2024年……”).
  const digits = LEADING_DIGITS.exec(nextText);
  if (digits) {
    const body = normalized.slice(line.start, line.end);
    if (!/\d$/.test(body) || !CLAUSE_MARK.test(body) || /^\d{4}年/.test(nextText)) return false;
    nextText = nextText.slice(digits[0].length);
  }
  return startsWithUnit(nextText);
}

/** The digits a line opens with (of a number the line before began: 1 / 26件). */
const LEADING_DIGITS = /^\d+(?:\.\d+)?/;

/** Whether the text opens with a figure's unit or multiplier, not a word that unit begins (部门, 个人). */
function startsWithUnit(text: string): boolean {
  return FIGURE_ENDINGS.some((unit) => text.startsWith(unit) && !(unit.length === 1 && UNIT_NOT_BEFORE[unit]?.includes(text.charAt(1))));
}

function isWordChar(c: string): boolean {
  const code = c.charCodeAt(0);
  return (
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0x3400 && code <= 0x4dbf) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xd800 && code <= 0xdfff) ||
    /[0-9A-Za-z%]/.test(c)
  );
}

/** Offset where the line begins (before its indentation). */
function lineBegin(line: Line, text: string): number {
  let i = line.start;
  while (i > 0 && text[i - 1] !== '\n' && text[i - 1] !== '\r') i--;
  return i;
}

/**
 * The normalized text with the sentence breaks taken out — each line's trailing blanks, the line
 * break and the next line's indentation — so that a sentence cut by a hard wrap reads as one line:
 * “依法审结115件，办” / “结率为98.3%” is “依法审结115件，办结率为98.3%”. The characters that show nothing
 * are taken out too, so that a number a web page split with one (“12\u200b86件”) or a Markdown escape
 * (“81\.1%”) reads as on the page.
 * Offsets of the report map to it and back; without a gap it is the normalized text itself.
 */
export class JoinedText {
  /** The joined text. */
  readonly text: string;
  /** The breaks taken out, in text order: each a span [start, end) of the report. */
  private readonly gaps: Array<{ start: number; end: number }>;
  /** For each gap, the characters taken out before it ends (the gaps so far, itself included). */
  private readonly removed: number[];

  /** `hidden`: the offsets of the characters that show nothing (hiddenOffsets), blank in the normalized view. */
  constructor(normalized: string, breaks: readonly SentenceBreak[], hidden: readonly number[]) {
    this.gaps = withHidden(breaks, hidden);
    this.removed = [];
    let total = 0;
    let joined = '';
    let from = 0;
    for (const gap of this.gaps) {
      total += gap.end - gap.start;
      this.removed.push(total);
      joined += normalized.slice(from, gap.start);
      from = gap.end;
    }
    this.text = this.gaps.length === 0 ? normalized : joined + normalized.slice(from);
  }

  /** Whether a break was taken out: when not, offsets are the same in both texts. */
  get joinsLines(): boolean {
    return this.gaps.length > 0;
  }

  /** The number of gaps that start before `offset`. */
  private gapsBefore(offset: number): number {
    return partitionPoint(this.gaps.length, (i) => this.gaps[i]!.start < offset);
  }

  /** The index in the joined text of a report offset (an offset inside a break: where the break was). */
  indexOf(offset: number): number {
    const n = this.gapsBefore(offset);
    if (n === 0) return offset;
    const gap = this.gaps[n - 1]!;
    return offset < gap.end ? gap.start - (n >= 2 ? this.removed[n - 2]! : 0) : offset - this.removed[n - 1]!;
  }

  /** The report offset of the character at `index` of the joined text (after a break: the next line's first character). */
  offsetOf(index: number): number {
    // The number of gaps taken out before the index (a gap starts in the joined text where it starts
    // in the report, less what the gaps before it took out).
    const n = partitionPoint(this.gaps.length, (i) => this.gaps[i]!.start - (i > 0 ? this.removed[i - 1]! : 0) <= index);
    return n === 0 ? index : index + this.removed[n - 1]!;
  }

  /** The report offset that ends a span ending at `index` of the joined text: right after its last character, before a break. */
  endOf(index: number): number {
    return index === 0 ? this.offsetOf(0) : this.offsetOf(index - 1) + 1;
  }

  /** The report offset `chars` characters after `offset` (before it when negative), read through the sentence breaks. */
  move(offset: number, chars: number): number {
    return this.offsetOf(this.indexOf(offset) + chars);
  }

  /**
   * The text between two report offsets, read through the sentence breaks: of the normalized text, or
   * of `source`, a text of the same length (the original, for a message that quotes it as written).
   */
  slice(start: number, end: number, source?: string): string {
    if (source === undefined) return this.text.slice(this.indexOf(start), this.indexOf(end));
    let out = '';
    let from = start;
    for (let n = this.gapsBefore(start); n < this.gaps.length && this.gaps[n]!.start < end; n++) {
      out += source.slice(from, this.gaps[n]!.start);
      from = this.gaps[n]!.end;
    }
    return out + source.slice(from, end);
  }
}

/**
 * The break gaps with a one-character gap for each hidden character outside them, in text order.
 * Built by pushes into one array literal, whatever the report: gap arrays made by map, concat or
 * slice came in four element kinds, and JoinedText's methods, compiled for some of them, were thrown
 * away at every other (about 17 of the 52 deoptimizations of a run over the benchmark corpus).
 */
function withHidden(breaks: readonly SentenceBreak[], hidden: readonly number[]): Array<{ start: number; end: number }> {
  const gaps: Array<{ start: number; end: number }> = [];
  let b = 0;
  const takeBreak = () => {
    const { line, next } = breaks[b++]!;
    gaps.push({ start: line.end, end: next.start });
  };
  for (const at of hidden) {
    while (b < breaks.length && breaks[b]!.next.start <= at) takeBreak();
    // One in a line's margin is already inside the break's gap.
    if (b < breaks.length && breaks[b]!.line.end <= at) continue;
    gaps.push({ start: at, end: at + 1 });
  }
  while (b < breaks.length) takeBreak();
  return gaps;
}

const joinedCache = new WeakMap<ReportTree, JoinedText>();

/** The report's normalized text read through its sentence breaks, made once per tree. */
export function joinedText(tree: ReportTree): JoinedText {
  let joined = joinedCache.get(tree);
  if (!joined) {
    joined = new JoinedText(tree.normalized, sentenceBreaks(tree), hiddenOffsets(tree.source.text, tree.source.format));
    joinedCache.set(tree, joined);
  }
  return joined;
}
