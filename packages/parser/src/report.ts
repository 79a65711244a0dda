import type { Heading, Paragraph, Root, RootContent } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { findEnumeration } from './enumeration.js';
import {
  ANNOUNCEMENT,
  bodyAfterYear,
  bodyBeforeYear,
  closingRole,
  deliveryDateOf,
  fullName,
  isDatedLine,
  isAddressee,
  isClosingWords,
  isPreface,
  isSelfReference,
  isTitleFragment,
  namesNoPlace,
  OPENING_BODY,
  pageDateOf,
  docNumberOf,
  parseDateLine,
  placeGovernment,
  REPORTING_SENTENCE,
  restatesTitle,
  SELF_REFERENCE,
  signatureName,
  TITLE_YEAR,
} from './frame.js';
import { flatten, HAN } from './blocks.js';
import type { Flat, Pos } from './blocks.js';
import { dropPageFurniture, markFrame, unglueTitle } from './frame-blocks.js';
import { lineStarts, pointAt } from './lines.js';
import { kindOfSeparator, lostNumeralAt, MARKER_DEPTH, matchMarker, ordinalLeadAt } from './markers.js';
import { blankEscapes, blankFrontMatter, blankMarkup, normalizeText } from './normalize.js';
import { classifyParts, partNamed, reportSubject } from './parts.js';
import { readYear } from './numbers.js';
import { accountLead, openingDivided, openingLead, openingYearConfirmed, titleCopiesYear, yearStatedByBody, yearWritten } from './report-year.js';
import { splitSentences } from './sentences.js';
import { parsePlainText } from './text-parse.js';
import { pipeRows } from './tables.js';
import type { Block, BodyName, Marker, OutlineProfile, PartId, ReportMeta, ReportTree, Section, Source, YearSpan } from './types.js';
import { partitionPoint } from './search.js';

const markdown = unified().use(remarkParse).freeze();

/** Parses a draft into the report tree every rule walks: sections, parts, metadata, blocks. */
export function parseReport(source: Source, profile: OutlineProfile): ReportTree {
  // A Markdown draft's front matter is read as blank lines by the parser and every rule.
  const text = source.format === 'md' ? blankFrontMatter(source.text) : source.text;
  const normalized = source.format === 'md' ? blankEscapes(blankMarkup(normalizeText(text)), text) : normalizeText(text);
  const starts = lineStarts(text);
  const pos: Pos = (offset) => {
    const { line, column } = pointAt(starts, offset);
    return { line, column, offset };
  };
  // Markdown goes through remark-parse (one frozen processor); plain text needs no processor: its
  // parser (the one behind reportTextParse) is called directly, with the line starts.
  const parsed = source.format === 'md' ? (markdown.parse(text) as Root) : parsePlainText(text, starts);

  const flat = dropPageFurniture(unglueTitle(flatten(parsed, text, normalized, pos), text, normalized, pos), normalized);
  markFrame(flat, normalized);
  const { root, sections, blocks, opening } = buildSections(flat, text, normalized, pos, parsed, (title) => partNamed(profile, title));
  const meta = readMeta(flat, normalized, opening);
  const allSections: Section[] = [];
  const walk = (list: Section[]) => {
    for (const s of list) {
      allSections.push(s);
      walk(s.children.filter((c): c is Section => c.type === 'section'));
    }
  };
  walk(sections);

  const tree: ReportTree = {
    source,
    normalized,
    root,
    meta,
    profile,
    sections,
    allSections,
    blocks,
    parts: [],
    point: (offset) => pointAt(starts, offset),
    sentences: (start, end) => splitSentences(normalized, start, end),
    partAt: (offset) => {
      // Parts are sorted by start; the innermost containing one is the last that starts before.
      const parts = tree.parts;
      for (let i = partitionPoint(parts.length, (k) => parts[k]!.start <= offset) - 1; i >= 0; i--) if (offset < parts[i]!.end) return parts[i];
      return undefined;
    },
  };
  // An opening that only announces the report (“现就……情况报告如下”) leaves its year to the account below it.
  const account = meta.year === undefined ? accountLead(tree) : undefined;
  if (account) {
    meta.year = account.year;
    meta.yearSource = 'opening';
  }
  const bodyYear = yearStatedByBody(tree);
  if (bodyYear !== undefined) {
    meta.year = bodyYear;
    meta.yearSource = 'body';
  } else if (meta.titleCopy) {
    // The page's two copies of the title on two years: the body says which, or the year is not known.
    const year = titleCopiesYear(tree);
    meta.year = year;
    meta.yearSource = year === undefined ? undefined : year === meta.titleYear?.year ? 'title' : 'body';
  } else if (openingDivided(tree) && !openingYearConfirmed(tree)) {
    // “2024年，我局……现将2023年……报告如下” and nothing else to say which: the year is not known, and no
    // rule holds the text to either (year-consistency reports the split).
    meta.year = undefined;
    meta.yearSource = undefined;
  }
  const subject = reportSubject(tree);
  if (subject !== undefined) meta.subject = subject;
  tree.parts = classifyParts(tree);
  root.data = { ...root.data, report: meta };
  return tree;
}

function buildSections(flat: Flat[], text: string, normalized: string, pos: Pos, parsed: Root, namesPart: PartNamer) {
  const outline = new OutlineBuilder(text, normalized, pos, unnumberedPartLines(flat, text, normalized, namesPart), tabPartRows(flat, text, normalized, namesPart), namesPart, flat);
  for (const [i, f] of flat.entries()) outline.add(f, i);
  outline.closeTo(0);
  const root: Root = { type: 'root', children: outline.rootChildren as RootContent[], position: parsed.position };
  markEnumerations(outline.blocks, normalized);
  return { root, sections: outline.sections, blocks: outline.blocks, opening: outline.opening };
}

/** The part of the outline a heading's title names, if any (normalized view). */
type PartNamer = (title: string) => PartId | undefined;

/**
 * Subsections numbered at their parent's level: a heading on a line of its own with nothing under it,
 * followed at once by a heading of its own kind numbered from one (“一、主要举措和成效” then
 * “一、强化组织领导”“二、规范行政执法”; “二、存在的不足和原因” then “一、……”“二、……”). The drafter gave the
 * subsections their parent's marker; read as siblings, the parent would be empty and the numbering would
 * restart. They nest under it at `level` (between its depth and the next), for as long as they count on
 * from one and name no other part of the outline than their parent: “二、存在的不足和原因” after
 * “一、强化组织领导” is the parent's sibling.
 */
interface MisleveledRun {
  parent: Section;
  kind: Marker['kind'];
  level: number;
  /** The ordinal the next subsection of the run has. */
  next: number;
  /** The part the parent's title names, if any. */
  part: PartId | undefined;
}

/** The kinds of numbering marker (a Markdown heading's 'heading' aside). */
type Kind = keyof typeof MARKER_DEPTH;

/** A line that ends its sentence (or announces what follows): the line after it starts anew. */
const SENTENCE_END = /[。!?;:！？；：]$/;

const depthOf = (m: { kind: Marker['kind'] }) => MARKER_DEPTH[m.kind as keyof typeof MARKER_DEPTH];

/** Text that is a sentence, not a heading's words: it holds a 。, announces what follows (如下：), or runs on after a comma. */
function isSentence(text: string): boolean {
  return text.includes('。') || /如下[:：]?$/.test(text) || (/[，,]/.test(text) && text.length > OPENING_MIN_LENGTH);
}

/** Longer than a heading's two clauses (“加强组织领导，营造浓厚法治氛围”) run. */
const OPENING_MIN_LENGTH = 40;

/** Reads a heading block as the paragraph it is (its words, at the heading's place); returns it. */
function asParagraph(f: Flat): Flat {
  const heading = f.node as Heading;
  f.node = { type: 'paragraph', children: heading.children, ...(heading.position ? { position: heading.position } : {}) } satisfies Paragraph;
  f.kind = 'paragraph';
  return f;
}

/** A paragraph about the report itself (本报告由……编制, 本年度报告根据……编制), not the year's account. */
const REPORT_NOTE = /^本(?:年度)?报告/;

/** A document number in brackets at a title's end: （牡政呈〔2021〕6号） (normalized: （ is ( ). */
const DOCUMENT_NUMBER_AFTER = /\([^()]*〔\d{4}〕[^()]*\)$/;

/** Sections nested by their markers' depth, built from the top-level blocks in document order. */
class OutlineBuilder {
  readonly rootChildren: Array<RootContent | Section> = [];
  /** The top-level sections. */
  readonly sections: Section[] = [];
  /** The blocks of running text, each with its section. */
  readonly blocks: Block[] = [];
  opening: Flat | undefined;
  /** The open sections, outermost first. */
  private readonly stack: Section[] = [];
  // End offset of each open section's content so far; its position.end is made when it closes,
  // not at every child appended to it (that was a point object per child and per level).
  private readonly ends: number[] = [];
  /** The nesting level of each open section: its depth, or a misleveled subsection's level. */
  private readonly levels: number[] = [];
  /** The number of #s of each open section's Markdown heading, 0 for a section opened otherwise. */
  private readonly hashes: number[] = [];
  private run: MisleveledRun | undefined;

  constructor(
    private readonly text: string,
    private readonly normalized: string,
    private readonly pos: Pos,
    /** Unnumbered lines that head the top-level sections (see unnumberedPartLines). */
    private readonly unnumbered: Set<Flat>,
    /** Lines of a table pasted as text whose first cell names a part (see tabPartRows). */
    private readonly tabRows: Set<Flat>,
    private readonly namesPart: PartNamer,
    /** All the blocks, for the look ahead of raisedLevel. */
    private readonly flat: Flat[],
  ) {}

  /** Adds `f`, the `index`th of the blocks. */
  add(f: Flat, index: number): void {
    if (f.role) return this.addFrame(f);
    // A page whose title line adds the document number (……情况报告（牡政呈〔2021〕6号）) prints the 公文 below it, its
    // own title again: page furniture by then, not the opening.
    if (!this.opening && f.kind === 'paragraph' && this.repeatsTitle(f)) {
      f.role = 'front-matter';
      f.titleCopy = true;
      return this.addFrame(f);
    }
    if (f.kind === 'paragraph' && this.normalized.charCodeAt(f.start) === PIPE && this.addPartRows(f)) return;
    if (this.tabRows.has(f)) return this.addTabRow(f);
    const marker = f.kind === 'other' ? null : (matchMarker(this.normalized, this.text, f.start, f.end) ?? this.lostMarker(f, index));
    if (!marker && this.isBareTitle(f, index)) {
      f.role = 'title';
      return this.addFrame(f);
    }
    if (!marker && this.isOpeningHeading(f)) return this.addContent(asParagraph(f));
    if (marker || f.kind === 'heading' || this.unnumbered.has(f) || this.headsClosingWords(f)) this.openSection(f, marker, index);
    else this.addContent(f);
  }

  /**
   * Whether `f` is a note on the report itself before its opening (本报告由某镇人民政府编制，所列数据的统计期限为2024年全年。,
   * under a preface heading 引言): the paragraph after it announces the report (现将……报告如下) and is the opening.
   */
  private noteBeforeOpening(f: Flat, text: string): boolean {
    if (!REPORT_NOTE.test(text)) return false;
    const next = this.flat[this.flat.indexOf(f) + 1];
    return next?.kind === 'paragraph' && !next.role && ANNOUNCEMENT.test(this.normalized.slice(next.start, next.end));
  }

  /** Whether `f` is the title again (restatesTitle), as the title's lines read without a document number in brackets after them. */
  private repeatsTitle(f: Flat): boolean {
    const lines = this.flat.filter((t) => t.role === 'title');
    if (lines.length === 0 || lines.at(-1)!.end > f.start) return false;
    const title = lines.map((t) => this.normalized.slice(t.start, t.end).trim()).join('').replace(DOCUMENT_NUMBER_AFTER, '');
    return restatesTitle(this.normalized.slice(f.start, f.end).trim(), title);
  }

  /**
   * A line 结束语 (结语) on its own after the parts, or a Markdown heading of those words: the heading of the
   * closing words, which end the outline (the part above ends there, and what follows is no part's, see
   * classifyParts). A “## 结语” after “## 四、……” is no subsection of the plans, whatever its #s.
   */
  private headsClosingWords(f: Flat): boolean {
    return (f.kind === 'paragraph' || f.kind === 'heading') && this.sections.length > 0 && isClosingWords(this.normalized.slice(f.start, f.end).trim().replace(/:$/, ''));
  }

  /**
   * A Markdown heading that is the document's title although no title cue names it (“# 测试”, “# 草稿”,
   * “# 某县司法局”): the first block of the text, a title's short line of words (no sentence punctuation:
   * an opening paragraph marked as a heading is no title), unnumbered, naming no part, and heading
   * nothing, as the next block opens a section at its level or above. Read as a section it would be an
   * empty part of the default part's; a title is no part unless it names one, as a plain line above “一、” is not.
   */
  private isBareTitle(f: Flat, index: number): boolean {
    if (f.kind !== 'heading' || this.sections.length > 0 || this.opening || this.flat.some((g) => g.role === 'title')) return false;
    const text = this.normalized.slice(f.start, f.end).trim();
    if (!isTitleFragment(text) || this.namesPart(text) !== undefined) return false;
    const level = this.opensAt(this.flat[index + 1]);
    return level !== undefined && level <= (f.node as Heading).depth;
  }

  /**
   * The opening paragraph marked as a Markdown heading (“# 2022年，在……报告如下：” above “一、……”): the
   * first block of the outline, unnumbered, naming no part, and a sentence (a 。, the reporting
   * sentence's 如下：, or a clause after a comma too long for a heading). Read as a section it would be an
   * empty part; it is the opening, as the same paragraph without its # is.
   */
  private isOpeningHeading(f: Flat): boolean {
    if (f.kind !== 'heading' || this.sections.length > 0 || this.opening) return false;
    const text = this.normalized.slice(f.start, f.end).trim();
    return isSentence(text) && this.namesPart(text) === undefined;
  }

  /** The level of the section a block opens: its marker's depth, a Markdown heading's, a part's line's; undefined for content. */
  private opensAt(f: Flat | undefined): number | undefined {
    if (!f || f.role || f.kind === 'other') return undefined;
    const marker = matchMarker(this.normalized, this.text, f.start, f.end);
    if (marker) return depthOf(marker);
    if (f.kind === 'heading') return (f.node as Heading).depth;
    return this.unnumbered.has(f) || this.tabRows.has(f) ? MARKER_DEPTH.chinese : undefined;
  }

  /**
   * A report copied into a pipe table of two columns (| 项目 | 内容 |), a row for each part: each row
   * whose first cell names a part is a top-level section titled by that cell, the second cell its body.
   * Only a table where two rows or more name parts of the outline: a table of figures or of one part's
   * items is content. Returns whether the paragraph was read so.
   */
  private addPartRows(f: Flat): boolean {
    const rows = pipeRows(this.normalized, f.start, f.end).map((cells) => ({
      cells,
      part: cells.length === 2 ? this.namesPart(this.normalized.slice(cells[0]!.start, cells[0]!.end)) : undefined,
    }));
    if (rows.filter((r) => r.part !== undefined).length < 2) return false;
    this.closeTo(0);
    let last: Section | undefined;
    for (const { cells, part } of rows) {
      const [head, body] = cells;
      // A row that names no part (a remark under a part's row) is more of the part above; the header
      // row (项目｜内容) above them all is no part's.
      if (part === undefined) {
        if (last && cells.length > 0) {
          this.addInlineBody(last, cells[0]!.start, cells.at(-1)!.end);
          last.position!.end = this.pos(cells.at(-1)!.end);
        }
        continue;
      }
      last = this.addRowSection(head!, body!);
    }
    return true;
  }

  /** A top-level section for a table row that names a part: titled by its first cell, `body` its text. */
  private addRowSection(head: { start: number; end: number }, body: { start: number; end: number }): Section {
    const section: Section = {
      type: 'section',
      depth: MARKER_DEPTH.chinese,
      marker: null,
      title: this.text.slice(head.start, head.end),
      titleStart: head.start,
      titleEnd: head.end,
      inline: true,
      children: [],
      position: { start: this.pos(head.start), end: this.pos(body.end) },
    };
    this.append(section, body.end);
    this.sections.push(section);
    this.addInlineBody(section, body.start, body.end);
    return section;
  }

  /** A line of a Word table pasted as text (主要举措和成效⇥全年……) whose first cell names a part: see tabPartRows. */
  private addTabRow(f: Flat): void {
    const tab = this.normalized.indexOf('\t', f.start);
    let bodyStart = tab;
    while (bodyStart < f.end && /\s/.test(this.normalized[bodyStart]!)) bodyStart++;
    this.closeTo(0);
    this.addRowSection({ start: f.start, end: tab }, { start: bodyStart, end: f.end });
  }

  /** Closes the open sections down to `size` of them. */
  closeTo(size: number): void {
    while (this.stack.length > size) {
      this.stack.pop()!.position.end = this.pos(this.ends.pop()!);
      this.levels.pop();
      this.hashes.pop();
    }
  }

  /** Frame blocks stay at the root, outside any section. */
  private addFrame(f: Flat): void {
    this.closeTo(0);
    this.rootChildren.push(f.node);
    if (f.kind === 'paragraph') this.blocks.push({ node: f.node as Paragraph, start: f.start, end: f.end, role: f.role });
  }

  private append(child: RootContent | Section, end: number): void {
    const parent = this.stack[this.stack.length - 1];
    if (parent) {
      parent.children.push(child);
      this.ends.fill(end);
    } else this.rootChildren.push(child);
  }

  private addContent(f: Flat): void {
    // The opening states the year and body of the report; an addressee line above it states neither, nor
    // does a preface's heading line (前言), and the opening may be under a numbered one (一、前言).
    const text = f.kind === 'paragraph' && !this.opening && (this.sections.length === 0 || this.inPreface()) ? this.normalized.slice(f.start, f.end).trim() : undefined;
    // What an opening has, unlike a line of digits a page left (20253): words.
    if (text !== undefined && HAN.test(text) && !isAddressee(text) && !isPreface(text) && !this.noteBeforeOpening(f, text)) {
      this.opening = f;
      f.role = 'opening';
    }
    this.append(f.node, f.end);
    const section = this.stack[this.stack.length - 1];
    if (f.kind === 'paragraph') {
      this.blocks.push({ node: f.node as Paragraph, start: f.start, end: f.end, section, ...(f.role ? { role: f.role } : {}) });
    } else {
      // Lists, quotes and tables hold running text too.
      visit(f.node, 'paragraph', (p: Paragraph) => {
        if (p.position) this.blocks.push({ node: p, start: p.position.start.offset!, end: p.position.end.offset!, section });
      });
    }
  }

  /** Whether the one section opened so far heads a preface (一、前言, ## 引言), and is still open. */
  private inPreface(): boolean {
    const only = this.sections.length === 1 ? this.sections[0]! : undefined;
    return only !== undefined && this.stack[0] === only && isPreface(this.normalized.slice(only.titleStart, only.titleEnd));
  }

  private openSection(f: Flat, marker: Marker | null, index: number): void {
    const { normalized, pos } = this;
    // The closing words' line closes every part, a 第一部分 (上篇) too.
    const depth = marker ? depthOf(marker) : this.headsClosingWords(f) ? MARKER_DEPTH.part : f.kind === 'heading' ? (f.node as Heading).depth : MARKER_DEPTH.chinese;
    let titleStart = marker ? marker.end : this.unnumbered.has(f) ? f.start + headingLead(normalized, f.start, f.end) : f.start;
    while (titleStart < f.end && /\s/.test(normalized[titleStart]!)) titleStart++;
    // A paragraph "（一）标题。正文…" is a section titled up to the first 。; the rest is its body.
    const period = f.kind === 'paragraph' ? indexWithin(normalized, 0x3002, titleStart, f.end) : -1;
    // A paragraph that introduces a part without a heading (“关于……方面：无。”) is titled by those words.
    const intro = this.unnumbered.has(f) ? partIntroduction(normalized, f) : undefined;
    const stop = intro?.end ?? this.titleLineEnd(f, titleStart, period) ?? (period === -1 ? -1 : runInColon(normalized, titleStart, period));
    const inline = stop !== -1;
    let titleEnd = inline ? stop : f.end;
    while (titleEnd > titleStart && /[\s:。]/.test(normalized[titleEnd - 1]!)) titleEnd--;
    const section: Section = {
      type: 'section',
      depth,
      marker,
      title: this.text.slice(titleStart, titleEnd),
      titleStart,
      titleEnd,
      inline,
      children: [],
      position: { start: pos(marker ? marker.start : (f.node.position?.start.offset ?? f.start)), end: pos(f.end) },
    };
    const title = normalized.slice(titleStart, titleEnd);
    const hashes = f.kind === 'heading' ? (f.node as Heading).depth : 0;
    const level = (marker ? (!inline && this.raisedLevel(marker, title, index)) || this.misleveledLevel(marker, title) || this.markdownLevel(marker, hashes, depth) : this.markdownLevel(null, hashes, depth)) ?? depth;
    let open = this.stack.length;
    while (open && this.levels[open - 1]! >= level) open--;
    this.closeTo(open);
    this.append(section, f.end);
    if (this.stack.length === 0) this.sections.push(section);
    this.stack.push(section);
    this.ends.push(f.end);
    this.levels.push(level);
    this.hashes.push(hashes);
    if (inline) this.addInlineBody(section, stop + 1, f.end);
  }

  /**
   * Where a paragraph's first line ends when that line is a part's title and the body follows on the
   * next line of the same paragraph (Markdown joins “四、下一年度工作安排” and the line under it when no
   * blank line parts them); undefined otherwise. Only a line that names a part and holds no clause mark:
   * a hard-wrapped sentence (“一、深入推进依法行政工作取得积极”) names none and stays whole.
   */
  private titleLineEnd(f: Flat, titleStart: number, period: number): number | undefined {
    if (f.kind !== 'paragraph') return undefined;
    const limit = period === -1 ? f.end : period;
    const newline = indexWithin(this.normalized, 0x0a, titleStart, limit);
    if (newline === -1) return undefined;
    const line = this.normalized.slice(titleStart, newline).trim();
    if (line === '' || /[,，;；]/.test(line) || this.normalized.slice(newline, f.end).trim() === '') return undefined;
    return this.namesPart(line) === undefined ? undefined : newline;
  }

  /**
   * The level a heading nests at when it is a subsection numbered at its parent's level (see
   * MisleveledRun): it goes on with the open run, or starts one under the empty heading just above it.
   */
  private misleveledLevel(marker: Marker, title: string): number | undefined {
    // The titles' parts are read only for a heading that may belong to a run, not for every heading.
    const fits = (part: PartId | undefined) => {
      const named = this.namesPart(title);
      return named === undefined || named === part;
    };
    const run = this.run;
    if (run && marker.kind === run.kind && marker.ordinal === run.next && this.stack.includes(run.parent) && fits(run.part)) {
      run.next++;
      return run.level;
    }
    // A subsection's own subsections (（一） under a misleveled 一、) leave the run open.
    if (run && depthOf(marker) > depthOf(run)) return undefined;
    this.run = undefined;
    const top = this.stack.length - 1;
    const parent = this.stack[top];
    // A parent is a heading on a line of its own: an item whose title is its sentence (“（一）……，主要原因是……。”)
    // has said all it had to say.
    if (!parent || parent.marker?.kind !== marker.kind || marker.ordinal !== 1 || parent.children.length > 0 || parent.inline) return undefined;
    const parentTitle = this.normalized.slice(parent.titleStart, parent.titleEnd);
    // The same heading twice (a page that printed it again) is no parent and subsection.
    if (parentTitle === title) return undefined;
    const part = this.namesPart(parentTitle);
    if (!fits(part)) return undefined;
    this.run = { parent, kind: marker.kind, level: this.levels[top]! + 0.5, next: 2, part };
    return this.run.level;
  }

  /**
   * The level of a part numbered at the subsection level: “（三）局党组书记、局长履职情况” between
   * “二、存在的不足和原因” and “四、2026年工作安排”. Its number goes on from the top-level heading above it
   * and the next top-level heading goes on from it (三 between 二 and 四), it is the first of its kind
   * under that heading (a real （三） follows （一）（二）), and its title, on a line of its own, names a part
   * other than that heading's: it is the top-level part the drafter meant, and is read at the top level.
   * Not under a heading with nothing written yet: a page that lost lines (“一、……” then “（二）……”) leaves
   * a subsection there.
   */
  private raisedLevel(marker: Marker, title: string, index: number): number | undefined {
    if (marker.kind !== 'paren-chinese' || this.stack.length !== 1) return undefined;
    const top = this.stack[0]!;
    if (top.marker?.kind !== 'chinese' || marker.ordinal !== top.marker.ordinal + 1) return undefined;
    if (top.children.length === 0 || top.children.some((c) => c.type === 'section')) return undefined;
    const part = this.namesPart(title);
    if (part === undefined || part === this.namesPart(this.normalized.slice(top.titleStart, top.titleEnd))) return undefined;
    return this.nextTopOrdinal(index) === marker.ordinal + 1 ? MARKER_DEPTH.chinese : undefined;
  }

  /**
   * The level of a Markdown subheading whose number ranks at or above the heading its #s put it under
   * (“## 1. 主要举措和成效”, then “### （一）完善制度建设”: GB/T 9704 ranks （一） above 1., and
   * heading-numbering says so, but the drafter's #s nest it): just under that heading. Only a
   * subsection's number under a heading numbered in another kind: “## 一、” then “### 二、” is a slip
   * of #s, and 二、 stays a sibling. So too a subheading with no number GB/T 9704 knows under a numbered
   * heading that ranks as deep as its #s (“## 1 主要举措和成效”, then “### 1.1 规范执法” of a Word
   * outline numbered 1 / 1.1).
   */
  private markdownLevel(marker: Marker | null, hashes: number, depth: number): number | undefined {
    if (hashes === 0 || (marker && TOP_MARKERS.has(marker.kind))) return undefined;
    let i = this.stack.length - 1;
    while (i >= 0 && this.hashes[i]! >= hashes) i--;
    if (i < 0 || this.hashes[i] === 0 || (marker && this.stack[i]!.marker?.kind === marker.kind) || this.levels[i]! < depth) return undefined;
    return this.levels[i]! + 0.5;
  }

  /**
   * The marker of a heading whose numeral was lost, its separator left (“、坚持党的全面领导，确保……”; see
   * lostNumeralAt): a line of a heading's words (no sentence) between a sentence's end or a heading and the body
   * text it heads, whose numbering its siblings give (see lostSibling). Null for any other line: a line that opens
   * with 、 inside a cut sentence (“市委” / “、市政府……”) goes on from a line that ends no sentence.
   */
  private lostMarker(f: Flat, index: number): Marker | null {
    const at = f.kind === 'paragraph' && !f.role ? lostNumeralAt(this.normalized, f.start) : undefined;
    if (!at) return null;
    const line = this.normalized.slice(f.start, f.end).trim();
    if (line.includes('\n') || isSentence(line)) return null;
    const before = this.flat[index - 1];
    const after = this.flat[index + 1];
    // The title or a page's header line above ends no sentence, but nothing runs on from it either.
    if (before && !before.role && !SENTENCE_END.test(this.normalized.slice(before.start, before.end).trimEnd()) && this.opensAt(before) === undefined) return null;
    if (!after || after.kind !== 'paragraph' || after.role || this.opensAt(after) !== undefined) return null;
    const sibling = this.lostSibling(this.normalized[at.start]!, index);
    if (!sibling) return null;
    const raw = this.text.slice(at.start, at.end);
    return { ...sibling, raw, start: at.start, end: at.end, separator: raw, lost: true };
  }

  /**
   * The kind and number of a heading that lost its numeral before `separator`, from its siblings: a kind written
   * with that separator by an open heading (1、 under （一）, innermost first) or by GB/T 9704 (、 of 一、), numbered one
   * past its open heading of that kind (1 when none is open). Such a kind fits when the next heading of it at that
   * level is numbered one further still (一、 …… 、 …… 三、), or none follows (the first 一、 of an opening cut short);
   * the first that the next heading confirms is taken, else the first none contradicts.
   */
  private lostSibling(separator: string, index: number): { kind: Kind; ordinal: number } | undefined {
    const written = (s: Section) => s.marker?.separator.replace('．', '.') === separator.replace('．', '.');
    const kinds = new Set<Kind>();
    for (const s of this.stack.toReversed()) if (written(s) && s.marker!.kind !== 'heading') kinds.add(s.marker!.kind as Kind);
    const standard = kindOfSeparator(separator);
    if (standard) kinds.add(standard);
    let unconfirmed: { kind: Kind; ordinal: number } | undefined;
    for (const kind of kinds) {
      const ordinal = (this.stack.findLast((s) => s.marker?.kind === kind)?.marker!.ordinal ?? 0) + 1;
      const next = this.nextOrdinal(kind, index);
      if (next === ordinal + 1) return { kind, ordinal };
      if (next === undefined) unconfirmed ??= { kind, ordinal };
    }
    return unconfirmed;
  }

  /** The number of the next heading of `kind` after the `index`th block, before any heading of a level above it; undefined when none. */
  private nextOrdinal(kind: Kind, index: number): number | undefined {
    for (const f of this.flat.slice(index + 1)) {
      if (f.role || f.kind === 'other') continue;
      const marker = matchMarker(this.normalized, this.text, f.start, f.end);
      if (!marker) continue;
      if (marker.kind === kind) return marker.ordinal;
      if (depthOf(marker) < MARKER_DEPTH[kind]) return undefined;
    }
    return undefined;
  }

  /** The number of the next heading numbered 一、 after the `index`th block, if any. */
  private nextTopOrdinal(index: number): number | undefined {
    for (const f of this.flat.slice(index + 1)) {
      if (f.role || f.kind === 'other') continue;
      const marker = matchMarker(this.normalized, this.text, f.start, f.end);
      if (marker?.kind === 'chinese') return marker.ordinal;
    }
    return undefined;
  }

  /** The body after an inline section's title: a paragraph of the section, and a block of its own. */
  private addInlineBody(section: Section, from: number, end: number): void {
    let bodyStart = from;
    while (bodyStart < end && /\s/.test(this.normalized[bodyStart]!)) bodyStart++;
    if (bodyStart === end) return;
    const place = { start: this.pos(bodyStart), end: this.pos(end) };
    const body: Paragraph = { type: 'paragraph', children: [{ type: 'text', value: this.text.slice(bodyStart, end), position: place }], position: place };
    section.children.push(body);
    this.blocks.push({ node: section, start: bodyStart, end, section });
  }
}

const PIPE = 0x7c;

/** The marker kinds that number a top-level section: 一、 and 第一部分 (第一章). */
const TOP_MARKERS = new Set(['part', 'chinese']);

/**
 * The lines of a draft that head its top-level sections without a number, as `heads` picks them: only in
 * a draft that numbers none of its headings and has no Markdown heading, and two of them at least, as one
 * such line is a note or a sentence. In a draft with numbered headings they are text, as before.
 */
function unnumberedHeadings(flat: Flat[], text: string, normalized: string, heads: (f: Flat) => boolean): Set<Flat> {
  const lines = new Set<Flat>();
  for (const f of flat) {
    if (f.role || f.kind === 'other') continue;
    if (f.kind === 'heading' || TOP_MARKERS.has(matchMarker(normalized, text, f.start, f.end)?.kind ?? '')) return new Set();
    if (f.kind === 'paragraph' && heads(f)) lines.add(f);
  }
  return lines.size >= 2 ? lines : new Set();
}

/**
 * Unnumbered lines that head the top-level sections: lines wrapped whole in 【】 (“【主要举措】”,
 * “【存在不足及原因】”: one bracketed line alone is a note or a placeholder, “【此处填写典型案例】”), bold
 * lines that name a part, and
 * paragraphs opened by words that introduce a part (see partIntroduction), a drafter's way of
 * introducing each part without a heading; those words are their title.
 */
function unnumberedPartLines(flat: Flat[], text: string, normalized: string, namesPart: PartNamer): Set<Flat> {
  return unnumberedHeadings(
    flat,
    text,
    normalized,
    (f) =>
      (text[f.start - 1] === '【' && text[f.end] === '】') ||
      introducesPart(normalized, f, namesPart) ||
      ledTitleLine(normalized, f, namesPart) ||
      wrappedTitleLine(normalized, f, namesPart),
  );
}

/**
 * Whether the paragraph is a line set apart whole in bold (“**存在的不足和原因**”, <b>…</b>) whose words
 * name a part: a CMS or Word export that heads its parts in bold without numbers and numbers only their
 * subsections （一）（二）. Bold over a sentence (a 。) is emphasis, not a heading.
 */
function wrappedTitleLine(normalized: string, f: Flat, namesPart: PartNamer): boolean {
  if (!f.wrapped) return false;
  const title = normalized.slice(f.start, f.end).trim();
  return !/[\n。]/.test(title) && namesPart(title) !== undefined;
}

/**
 * Whether the paragraph is one line led by a symbol or an ordinal 第一、 (see headingLead) whose title
 * after the lead names a part: “■存在的不足及原因”, “第二、存在的不足及原因”. A bullet before a sentence
 * of a part's text (“●全年办理……。”) names none, or holds a 。, and stays text.
 */
function ledTitleLine(normalized: string, f: Flat, namesPart: PartNamer): boolean {
  const lead = headingLead(normalized, f.start, f.end);
  if (lead === 0) return false;
  const title = normalized.slice(f.start + lead, f.end).trim();
  return !/[\n。]/.test(title) && namesPart(title) !== undefined;
}

/**
 * The length of what leads an unnumbered heading line before its title: a symbol some drafts mark their
 * headings with (■ ◆ ● ★ ▲ and their hollow forms), or an ordinal 第一、 (第二、…), which GB/T 9704 does
 * not use for headings but drafters do; 0 when neither. 第一部分 is a marker of its own (markers.ts).
 */
function headingLead(normalized: string, start: number, end: number): number {
  if (HEADING_SYMBOLS.includes(normalized[start] ?? ' ')) return 1;
  const lead = ordinalLeadAt(normalized, start);
  return lead && start + lead.length <= end ? lead.length : 0;
}

const HEADING_SYMBOLS = '■□◆◇●○★☆▲△';

/** Whether the paragraph opens with words that introduce a part (see partIntroduction) and name one. */
function introducesPart(normalized: string, f: Flat, namesPart: PartNamer): boolean {
  const intro = partIntroduction(normalized, f);
  return intro !== undefined && namesPart(intro.words) !== undefined;
}

/**
 * The words a paragraph opens with when they introduce a part, and the offset where they end (the
 * section's title ends there), else undefined: a sentence “关于……的情况。” (“关于存在的不足和原因的情况。部分乡镇……”),
 * “关于……方面：” or “关于……：” before the part's text (“关于存在的不足和原因方面：部分乡镇……”, “关于其他需要报告的事项方面：无。”),
 * or a question on a line of its own that a report told as questions and answers asks of each part
 * (“问：存在哪些不足，原因是什么？”, its answer “答：……” below). The words leave out 方面 and the question mark.
 */
function partIntroduction(normalized: string, f: Flat): { words: string; end: number } | undefined {
  if (normalized.startsWith(ASK, f.start)) {
    const line = normalized.slice(f.start + ASK.length, f.end).trimEnd();
    return line.endsWith('?') && !line.includes('\n') && !line.includes('。') ? { words: line.slice(0, -1), end: f.end } : undefined;
  }
  if (!normalized.startsWith(ABOUT, f.start)) return undefined;
  const period = indexWithin(normalized, 0x3002, f.start, f.end);
  const colon = indexWithin(normalized, 0x3a, f.start, period === -1 ? f.end : period);
  if (colon !== -1) return { words: withoutSuffix(normalized.slice(f.start + ABOUT.length, colon), ASPECT), end: colon };
  if (period === -1 || !normalized.startsWith(SITUATION, period - SITUATION.length)) return undefined;
  return { words: normalized.slice(f.start + ABOUT.length, period - SITUATION.length), end: period };
}

function withoutSuffix(text: string, suffix: string): string {
  return text.endsWith(suffix) ? text.slice(0, -suffix.length) : text;
}

const ABOUT = '关于';
const ASK = '问:';
const ASPECT = '方面';
const SITUATION = '的情况';

/**
 * A report pasted from a two-column Word table as text (项目⇥内容, then 主要举措和成效⇥全年……): the lines
 * whose text before the first tab names a part head the top-level sections, the text after it their body
 * (two of them at least, in a draft with no numbered heading: a tab in a numbered draft sets a heading's
 * number apart, 一、⇥主要做法和成效, and one row naming a part is a table of one part's items).
 */
function tabPartRows(flat: Flat[], text: string, normalized: string, namesPart: PartNamer): Set<Flat> {
  // Most drafts hold no tab: one native search rules them out.
  if (!normalized.includes('\t')) return new Set();
  return unnumberedHeadings(flat, text, normalized, (f) => {
    const tab = indexWithin(normalized, 0x09, f.start, f.end);
    return tab > f.start && indexWithin(normalized, 0x0a, f.start, f.end) === -1 && namesPart(normalized.slice(f.start, tab).trim()) !== undefined;
  });
}

/** The inline enumeration of each block (“一是…二是…”), kept on its paragraph. */
function markEnumerations(blocks: Block[], normalized: string): void {
  for (const b of blocks) {
    const items = findEnumeration(normalized, b.start, b.end);
    if (items.length === 0) continue;
    // An inline section's block is the section; its items belong to the body paragraph.
    const paragraph = b.node.type === 'paragraph' ? b.node : b.node.children.find((c): c is Paragraph => c.type === 'paragraph');
    if (paragraph) paragraph.data = { ...paragraph.data, enumeration: items };
  }
}

/**
 * Where the title of an inline section ends, given its first 。 at `period`: at a colon before it when
 * a sentence runs on after the colon (“二、存在的不足和原因：基金监管手段单一，智能监控覆盖不全。”: a
 * clause mark between the colon and the 。), else at the 。. A colon with no clause after it joins a
 * title's two halves (“（一）强化引领：压实法治建设责任。”), which stay one title.
 */
function runInColon(normalized: string, titleStart: number, period: number): number {
  const colon = indexWithin(normalized, 0x3a, titleStart, period);
  if (colon === -1) return period;
  const clause = indexWithin(normalized, 0x2c, colon, period) !== -1 || indexWithin(normalized, 0x3b, colon, period) !== -1;
  return clause ? colon : period;
}

/** Offset of the first `code` in [from, to), or -1; unlike indexOf, it does not read past `to`. */
function indexWithin(text: string, code: number, from: number, to: number): number {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === code) return i;
  return -1;
}

function readMeta(flat: Flat[], normalized: string, opening: Flat | undefined): ReportMeta {
  const meta: ReportMeta = { signOff: false, bodyNames: [] };
  const slice = (f: Flat) => normalized.slice(f.start, f.end).trim();
  const title = flat.filter((f) => f.role === 'title');
  if (title.length > 0) readTitle(meta, title, normalized, slice);
  const copy = meta.titleYear && titleCopyYear(flat, normalized, meta.titleYear.year);
  if (copy) meta.titleCopy = copy;
  if (opening) readOpening(meta, opening, normalized);
  for (const f of flat) {
    if (f.role === 'closing') meta.signOff = true;
    if (f.role === 'date') meta.closingDate = closingDate(f, normalized);
    if (f.role === 'front-matter') {
      meta.pageDate ??= pageDateOf(normalized.slice(f.start, f.end), f.start);
      meta.docNumber ??= docNumberOf(normalized.slice(f.start, f.end), f.start);
    }
  }
  const delivered = deliveryDate(flat, normalized);
  if (delivered) {
    meta.deliveryDate = delivered.date;
    meta.speech = delivered.speech;
    // A speech's delivery is when it was made public: with no date below the text, it dates the report.
    meta.closingDate ??= delivered.date;
  }
  const { names, last: signature } = signatures(flat, normalized);
  meta.bodyNames.push(...names);
  if (signature !== undefined) {
    meta.body = meta.body === undefined || namesNoPlace(meta.body) ? signature : (placeGovernment(meta.body, signature) ?? fullName(meta.body, signature) ?? meta.body);
  }
  return meta;
}

/**
 * The longest name taken for the body, as long as a signature may be: 中国（江南）自由贸易试验区青港片区管理委员会
 * is 24 characters; a longer run before the year is a title's 事由, not a name.
 */
const MAX_BODY = 30;

/** The title, and the year and body it states. */
function readTitle(meta: ReportMeta, title: Flat[], normalized: string, slice: (f: Flat) => string): void {
  const lines = title.map(slice);
  meta.title = lines.join('');
  const y = TITLE_YEAR.exec(meta.title);
  if (y) {
    meta.year = readYear(y[1]!);
    meta.yearSource = 'title';
    const start = offsetInTitle(title, normalized, y.index);
    meta.titleYear = { year: meta.year, start, end: start + yearWritten(y[0]) };
  }
  // The body comes before the year, or before 关于 in a title without one (“大河乡人民政府关于法治政府建设的情况报告”).
  const at = y?.index ?? meta.title.indexOf('关于');
  if (at < 0) return;
  const body = bodyBeforeYear(lines, at);
  const name = body.length >= 2 && body.length <= MAX_BODY ? body : body === '' && y ? bodyAfterYear(meta.title.slice(y.index + y[0].length)) : undefined;
  if (name === undefined) return;
  meta.body = name;
  const index = meta.title.indexOf(name);
  if (index < 0) return;
  const start = offsetInTitle(title, normalized, index);
  meta.bodyNames.push({ name, where: 'title', start, end: offsetInTitle(title, normalized, index + name.length - 1) + 1 });
}

/** The first year a copy of the title states other than the title's `year`, and where its digits and 年 are. */
function titleCopyYear(flat: Flat[], normalized: string, year: number): YearSpan | undefined {
  for (const f of flat) {
    const y = f.titleCopy ? TITLE_YEAR.exec(normalized.slice(f.start, f.end)) : null;
    if (!y || readYear(y[1]!) === year) continue;
    const start = f.start + y.index;
    return { year: readYear(y[1]!), start, end: start + yearWritten(y[0]) };
  }
  return undefined;
}

/** The year and body the opening paragraph states, where the title did not; and the names it gives the body. */
function readOpening(meta: ReportMeta, opening: Flat, normalized: string): void {
  const raw = normalized.slice(opening.start, opening.end);
  const text = raw.trim();
  const at = opening.start + raw.length - raw.trimStart().length;
  const reporting = REPORTING_SENTENCE.exec(text);
  if (meta.year === undefined && reporting) {
    meta.year = Number(reporting[2]);
    meta.yearSource = 'opening';
  }
  // Any year the paragraph opens with (2023年以来，…… too); else the opening's lead after a preamble.
  const lead = /^(\d{4}) ?年/.exec(text)?.[1] ?? openingLead(text)?.year;
  if (meta.year === undefined && lead !== undefined) {
    meta.year = Number(lead);
    meta.yearSource = 'opening';
  }
  const named = openingNames(text, reporting);
  for (const { name, index } of named) meta.bodyNames.push({ name, where: 'opening', start: at + index, end: at + index + name.length });
  if (meta.body !== undefined) return;
  // The names the opening gives, in the order they are trusted; a full name before the level's short
  // one (“2023年，市公安局坚持……现将我局……”, “现将街道2025年度……”) and that before 我局.
  const names = [...named.map((n) => n.name), SELF_REFERENCE.exec(text)?.[0]].filter((name) => name !== undefined);
  const body = names.find((name) => !namesNoPlace(name)) ?? names.find((name) => !isSelfReference(name)) ?? names[0];
  if (body !== undefined) meta.body = body;
}

/**
 * The names the opening gives the body, and where in it: the reporting sentence's before its year
 * (现将白沙县2023年度……) and after it (现将2023年度白沙县教育局……), the subject of its first sentence.
 */
function openingNames(text: string, reporting: RegExpExecArray | null): Array<{ name: string; index: number }> {
  const named: Array<{ name: string; index: number }> = [];
  if (reporting) {
    const [sentence, before, year] = reporting;
    const yearAt = sentence.indexOf(year!);
    if (before !== undefined) named.push({ name: before, index: reporting.index + yearAt - before.length });
    const after = bodyAfterYear(sentence.slice(yearAt + year!.length).replace(/^ ?年度?/, ''));
    if (after !== undefined) named.push({ name: after, index: reporting.index + sentence.indexOf(after, yearAt) });
  }
  const { subject, offset } = openingSubject(text);
  // The subject closes the match: a name written before it is in “在……领导下”.
  if (subject?.[1] !== undefined) named.push({ name: subject[1], index: offset + subject.index + subject[0].lastIndexOf(subject[1]) });
  return named;
}

/**
 * A first sentence that presents the report's year (“2026年是“十五五”开局之年。”), which names no body: the
 * subject opens the sentence after it (“某市人民政府在州委……领导下，……”).
 */
const PRESENTING_SENTENCE = /^\d{4} ?年是[^。]*。/;

/** The opening's subject (see openingBody), at its start or after a sentence presenting the year; offset is where the match was tried. */
function openingSubject(text: string): { subject: RegExpExecArray | null; offset: number } {
  const subject = OPENING_BODY.exec(text);
  const presenting = subject ? null : PRESENTING_SENTENCE.exec(text);
  if (!presenting) return { subject, offset: 0 };
  const offset = presenting[0].length;
  return { subject: OPENING_BODY.exec(text.slice(offset)), offset };
}

/** The date of a date block: its last line (a Markdown paragraph may put the signature above it). */
function closingDate(f: Flat, normalized: string): ReportMeta['closingDate'] {
  const line = normalized.lastIndexOf('\n', f.end - 1);
  const start = line >= f.start ? line + 1 : f.start;
  const raw = normalized.slice(start, f.end);
  return parseDateLine(raw.trim(), start + raw.length - raw.trimStart().length);
}

/**
 * The date of the delivery line among the lines of a speech's frame (its blocks may hold several),
 * that line alone or broken in two by a narrow page (“2025年3月17日在……人民代表大会” / “常务委员会……会议上”),
 * and whether the frame shows a speech (ReportMeta.speech): a line other than the day in brackets.
 */
function deliveryDate(flat: Flat[], normalized: string): { date: NonNullable<ReportMeta['deliveryDate']>; speech: boolean } | undefined {
  const lines: Array<{ text: string; start: number }> = [];
  for (const f of flat) {
    if (f.role !== 'speech') continue;
    let at = f.start;
    for (const line of normalized.slice(f.start, f.end).split('\n')) {
      lines.push({ text: line.trim(), start: at + line.length - line.trimStart().length });
      at += line.length + 1;
    }
  }
  const speech = lines.some((l) => l.text !== '' && !isDatedLine(l.text));
  for (let k = 0; k < lines.length; k++) {
    const { text, start } = lines[k]!;
    const alone = deliveryDateOf(text, start);
    if (alone) return { date: alone, speech };
    const next = lines[k + 1];
    const joined = next && deliveryDateOf(text + next.text, 0);
    if (!joined) continue;
    // Offsets in the joined line, put back on the line each part is on.
    const at = joined.start < text.length ? start + joined.start : next.start + joined.start - text.length;
    return { date: { ...joined, start: at, end: at + joined.end - joined.start }, speech };
  }
  return undefined;
}

/** Where the character at `index` of the joined title (its blocks trimmed and put together) is in the text. */
function offsetInTitle(title: Flat[], normalized: string, index: number): number {
  let rest = index;
  for (const f of title) {
    const raw = normalized.slice(f.start, f.end);
    const trimmed = raw.trim();
    if (rest < trimmed.length) return f.start + (raw.length - raw.trimStart().length) + rest;
    rest -= trimmed.length;
  }
  return title[0]!.start;
}

/**
 * The signature lines after the text, in a block of their own or above the date in the same block
 * (a CMS's “清河区人民政府<br>” / “2025年2月18日”): the names they give, and the last line, the
 * body's signature (a joint report signs 中共某县委员会 above 某县人民政府).
 */
function signatures(flat: Flat[], normalized: string): { names: BodyName[]; last?: string } {
  const names: BodyName[] = [];
  let last: string | undefined;
  for (const f of flat) {
    if (f.role !== 'signature' && f.role !== 'date') continue;
    let at = f.start;
    for (const line of normalized.slice(f.start, f.end).split('\n')) {
      const t = line.trim();
      const name = closingRole(t) === 'signature' ? signatureName(t) : undefined;
      if (name !== undefined) {
        last = name;
        // Bodies signing together on one line stand apart by blanks (中共某镇委员会　某镇人民政府).
        const lineStart = at + line.length - line.trimStart().length;
        for (const part of name.matchAll(/\S+/g)) {
          const start = lineStart + part.index;
          names.push({ name: part[0], where: 'signature', start, end: start + part[0].length });
        }
      }
      at += line.length + 1;
    }
  }
  return { names, last };
}
