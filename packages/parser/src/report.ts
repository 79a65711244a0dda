import type { Heading, Paragraph, Root, RootContent } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { findEnumeration } from './enumeration.js';
import { closingRole, isAttachmentItem, isFrontMatter, isBareLine, isPageEnd, isPageNumber, isTitle, isTitleFragment, OPENING_BODY, parseDateLine, placeGovernment, REPORTING_SENTENCE, TITLE_ABOUT, TITLE_YEAR } from './frame.js';
import { lineStarts, pointAt } from './lines.js';
import { MARKER_DEPTH, matchMarker } from './markers.js';
import { blankMarkup, normalizeText } from './normalize.js';
import { classifyParts } from './parts.js';
import { splitSentences } from './sentences.js';
import { parsePlainText } from './text-parse.js';
import type { Block, BlockRole, OutlineProfile, ReportMeta, ReportTree, Section, Source } from './types.js';

const markdown = unified().use(remarkParse).freeze();

/** A top-level node of the parsed document with the span of its text content. */
interface Flat {
  node: RootContent;
  start: number;
  end: number;
  kind: 'paragraph' | 'heading' | 'other';
  role?: BlockRole;
}

type Pos = (offset: number) => { line: number; column: number; offset: number };

/** Parses a draft into the report tree every rule walks: sections, parts, metadata, blocks. */
export function parseReport(source: Source, profile: OutlineProfile): ReportTree {
  const text = source.text;
  const normalized = source.format === 'md' ? blankMarkup(normalizeText(text)) : normalizeText(text);
  const starts = lineStarts(text);
  const pos: Pos = (offset) => {
    const { line, column } = pointAt(starts, offset);
    return { line, column, offset };
  };
  // Markdown goes through remark-parse (one frozen processor); plain text needs no processor: its
  // parser (the one behind reportTextParse) is called directly, with the line starts.
  const parsed = source.format === 'md' ? (markdown.parse(text) as Root) : parsePlainText(text, starts);

  const flat = dropPageFurniture(flatten(parsed, text, normalized, pos), normalized);
  markFrame(flat, normalized);
  const { root, sections, blocks, opening } = buildSections(flat, text, normalized, pos, parsed);
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
      let lo = 0;
      let hi = parts.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (parts[mid]!.start <= offset) lo = mid + 1;
        else hi = mid;
      }
      for (let i = lo - 1; i >= 0; i--) if (offset < parts[i]!.end) return parts[i];
      return undefined;
    },
  };
  tree.parts = classifyParts(tree);
  root.data = { ...root.data, report: meta };
  return tree;
}

function flatten(root: Root, text: string, normalized: string, pos: Pos): Flat[] {
  const out: Flat[] = [];
  for (const child of root.children) {
    const node = htmlParagraph(child, text, pos) ?? child;
    let start = node.position?.start.offset ?? 0;
    const end = node.position?.end.offset ?? start;
    if (node.type === 'paragraph') {
      // A CMS's paragraph: indented with &nbsp; (blank in the normalized view), or a heading set in bold.
      const bold = boldOnly(node);
      if (bold) {
        out.push({ node, start: bold.start, end: bold.end, kind: 'paragraph' });
        continue;
      }
      while (start < end && /\s/.test(normalized[start]!)) start++;
      out.push({ node, start, end, kind: 'paragraph' });
    } else if (node.type === 'heading') {
      const first = node.children[0]?.position?.start.offset;
      const last = node.children[node.children.length - 1]?.position?.end.offset;
      out.push({ node, start: first ?? start, end: last ?? end, kind: 'heading' });
    } else if (node.type === 'html' && end - start >= 4 && text.startsWith('<!--', start)) continue;
    else out.push({ node, start, end, kind: 'other' });
  }
  return out;
}
/**
 * The span inside the bold of a paragraph that is bold and nothing else (“**一、主要举措和成效**”):
 * a CMS's heading, read from its first word so its numbering marker is seen.
 */
function boldOnly(p: Paragraph): { start: number; end: number } | undefined {
  if (p.children.length !== 1 || p.children[0]!.type !== 'strong') return undefined;
  const inner = p.children[0]!.children;
  const start = inner[0]?.position?.start.offset;
  const end = inner[inner.length - 1]?.position?.end.offset;
  return start !== undefined && end !== undefined && end > start ? { start, end } : undefined;
}

/** `<p …>text</p>` on its own in Markdown: a paragraph a CMS wrote as HTML. Its text is the report's. */
const HTML_PARAGRAPH = /^<p\b[^<>]*>([\s\S]*)<\/p>\s*$/i;

function htmlParagraph(node: RootContent, text: string, pos: Pos): Paragraph | undefined {
  if (node.type !== 'html' || !node.position) return undefined;
  const m = HTML_PARAGRAPH.exec(node.value);
  if (!m || m[1]!.trim() === '') return undefined;
  const open = node.value.indexOf('>') + 1;
  const start = node.position.start.offset! + open;
  const end = start + m[1]!.length;
  const place = { start: pos(start), end: pos(end) };
  return { type: 'paragraph', children: [{ type: 'text', value: text.slice(start, end), position: place }], position: place };
}

/**
 * Page furniture a Word or PDF export leaves between paragraphs: a page number alone on a line
 * (“— 3 —”, “第 3 页 共 8 页”) and the running header printed under it on every page (a line that
 * recurs after page numbers, or repeats the document's first line, “××县人民政府文件”). It is no
 * part of the report, not even of its frame: dropped, so the section around a page break stays one
 * and the frame after the text is found behind a last page number.
 */
function dropPageFurniture(flat: Flat[], normalized: string): Flat[] {
  const textOf = (f: Flat) => (f.kind === 'paragraph' ? normalized.slice(f.start, f.end).trim() : '');
  const isNumber = flat.map((f) => f.kind === 'paragraph' && isPageNumber(textOf(f)));
  if (!isNumber.includes(true)) return flat;
  const afterNumber = new Map<string, number>();
  for (let i = 0; i + 1 < flat.length; i++) {
    if (!isNumber[i] || isNumber[i + 1]) continue;
    const t = textOf(flat[i + 1]!);
    afterNumber.set(t, (afterNumber.get(t) ?? 0) + 1);
  }
  const first = flat.length > 0 ? textOf(flat[0]!) : '';
  const isHeader = (t: string) => t !== '' && isBareLine(t) && ((afterNumber.get(t) ?? 0) >= 2 || t === first);
  const out: Flat[] = [];
  for (let i = 0; i < flat.length; i++) {
    if (!isNumber[i]) out.push(flat[i]!);
    else if (i + 1 < flat.length && !isNumber[i + 1] && isHeader(textOf(flat[i + 1]!))) i++;
  }
  return out;
}

/** Lines of web-page residue (breadcrumb, 【字体：大 中 小】, 来源/发布时间, a repeated title) looked for around the title. */
const LEADING_RESIDUE = 4;

/** Title, web-page residue around it, the sign-off block after the text and the web page after that. */
function markFrame(flat: Flat[], normalized: string): void {
  const textOf = (f: Flat) => normalized.slice(f.start, f.end).trim();
  const residue = (from: number, title?: string) => {
    let i = from;
    for (; i < Math.min(flat.length, from + LEADING_RESIDUE); i++) {
      const f = flat[i]!;
      if (f.kind !== 'paragraph') break;
      const t = textOf(f);
      // A page shows the title twice: as the page's title and as the article's.
      if (isFrontMatter(t) || t === title) f.role = 'front-matter';
      else break;
    }
    return i;
  };
  let i = residue(0);
  const n = titleLines(flat, i, normalized, textOf);
  for (let k = i; k < i + n; k++) flat[k]!.role = 'title';
  i = residue(i + n, n > 0 ? flat.slice(i, i + n).map(textOf).join('') : undefined);
  const last = pageEnd(flat, i, textOf);
  // The frame after the body, read backwards. Numbered lines are the attachment note's list only
  // if its “附件：1．……” line comes above them; otherwise they are the body and the frame ends.
  let items: Flat[] = [];
  for (let j = last - 1; j > i; j--) {
    const f = flat[j]!;
    const text = f.kind === 'paragraph' ? textOf(f) : '';
    const role = f.kind === 'paragraph' ? frameRole(text) : undefined;
    if (role === undefined && f.kind === 'paragraph' && isAttachmentItem(text)) {
      items.push(f);
      continue;
    }
    if (!role || (items.length > 0 && role !== 'attachment')) break;
    f.role = role;
    if (role === 'attachment') for (const item of items) item.role = 'attachment';
    items = [];
  }
}

/**
 * The frame role of a paragraph after the text. A Markdown paragraph may hold several frame lines
 * (“清河区人民政府<br>” / “2025年2月18日”): it is frame when each of its lines is, and takes the
 * role of its last, so the date below a signature is found.
 */
function frameRole(text: string): BlockRole | undefined {
  const lines = text.split('\n');
  if (lines.length === 1) return closingRole(text);
  let role: BlockRole | undefined;
  for (const line of lines) {
    role = closingRole(line.trim());
    if (!role) return undefined;
  }
  return role;
}

/**
 * Where the web page after the text begins (flat.length when it has none), its blocks marked as
 * residue: read backwards, the footer (主办单位, ICP备…号), the list under 相关链接 and the print and
 * close links. Short lines count only when a cue comes above them, so a signature and a date
 * below the text are never taken for links.
 */
function pageEnd(flat: Flat[], from: number, textOf: (f: Flat) => string): number {
  let last = flat.length;
  let pending: Flat[] = [];
  for (let j = flat.length - 1; j > from; j--) {
    const f = flat[j]!;
    const text = f.kind === 'paragraph' ? textOf(f) : '';
    if (f.kind === 'paragraph' && isPageEnd(text)) {
      for (const p of [...pending, f]) p.role = 'front-matter';
      pending = [];
      last = j;
    } else if ((f.kind === 'paragraph' && isBareLine(text)) || f.node.type === 'list') pending.push(f);
    else break;
  }
  return last;
}

/** Lines a title may be spread over (GB/T 9704 breaks a long title: “江岭市人民政府” / “关于2025年度……的报告”). */
const MAX_TITLE_LINES = 3;

/**
 * How many leading blocks make up the title: the first one alone, or the first two or three
 * together when only their joined text reads as a title (each a short line with no sentence
 * punctuation and no numbering marker). 0 when the text has no title.
 */
function titleLines(flat: Flat[], from: number, normalized: string, textOf: (f: Flat) => string): number {
  let joined = '';
  for (let n = 0; n < Math.min(flat.length - from, MAX_TITLE_LINES); n++) {
    const f = flat[from + n]!;
    if (f.kind === 'other' || matchMarker(normalized, normalized, f.start, f.end)) return 0;
    const line = textOf(f);
    // A line that is not a title on its own must be a title's fragment to be joined: short, no punctuation.
    if (n > 0 && !isTitleFragment(line)) return 0;
    joined += line;
    if (isTitle(joined)) return n + 1;
    if (!isTitleFragment(line)) return 0;
  }
  return 0;
}

function buildSections(flat: Flat[], text: string, normalized: string, pos: Pos, parsed: Root) {
  const rootChildren: Array<RootContent | Section> = [];
  const sections: Section[] = [];
  const blocks: Block[] = [];
  const stack: Section[] = [];
  // End offset of each open section's content so far; its position.end is made when it closes,
  // not at every child appended to it (that was a point object per child and per level).
  const ends: number[] = [];
  let opening: Flat | undefined;

  const closeTo = (size: number) => {
    while (stack.length > size) stack.pop()!.position.end = pos(ends.pop()!);
  };
  const append = (child: RootContent | Section, end: number) => {
    const parent = stack[stack.length - 1];
    if (parent) {
      parent.children.push(child);
      ends.fill(end);
    } else rootChildren.push(child);
  };

  for (const f of flat) {
    if (f.role) {
      // Frame blocks stay at the root, outside any section.
      closeTo(0);
      rootChildren.push(f.node);
      if (f.kind === 'paragraph') blocks.push({ node: f.node as Paragraph, start: f.start, end: f.end, role: f.role });
      continue;
    }
    const marker = f.kind === 'other' ? null : matchMarker(normalized, text, f.start, f.end);
    const bareHeading = f.kind === 'heading' && !marker;
    if (!marker && !bareHeading) {
      if (f.kind === 'paragraph' && !opening && sections.length === 0) {
        opening = f;
        f.role = 'opening';
      }
      append(f.node, f.end);
      const section = stack[stack.length - 1];
      if (f.kind === 'paragraph') {
        blocks.push({ node: f.node as Paragraph, start: f.start, end: f.end, section, ...(f.role ? { role: f.role } : {}) });
      } else {
        // Lists, quotes and tables hold running text too.
        visit(f.node, 'paragraph', (p: Paragraph) => {
          if (p.position) blocks.push({ node: p, start: p.position.start.offset!, end: p.position.end.offset!, section });
        });
      }
      continue;
    }

    const depth = marker ? MARKER_DEPTH[marker.kind as keyof typeof MARKER_DEPTH] : (f.node as Heading).depth;
    let titleStart = marker ? marker.end : f.start;
    while (titleStart < f.end && /\s/.test(normalized[titleStart]!)) titleStart++;
    // A paragraph "（一）标题。正文…" is a section titled up to the first 。; the rest is its body.
    const stop = f.kind === 'paragraph' ? indexWithin(normalized, 0x3002, titleStart, f.end) : -1;
    const inline = stop !== -1;
    let titleEnd = inline ? stop : f.end;
    while (titleEnd > titleStart && /[\s:。]/.test(normalized[titleEnd - 1]!)) titleEnd--;
    const section: Section = {
      type: 'section',
      depth,
      marker: marker ?? { kind: 'heading', ordinal: 0, raw: '', start: f.start, end: f.start, separator: '' },
      title: text.slice(titleStart, titleEnd),
      titleStart,
      titleEnd,
      inline,
      children: [],
      position: { start: pos(marker ? marker.start : (f.node.position?.start.offset ?? f.start)), end: pos(f.end) },
    };
    if (!marker) section.marker = null;
    let open = stack.length;
    while (open && stack[open - 1]!.depth >= depth) open--;
    closeTo(open);
    append(section, f.end);
    if (stack.length === 0) sections.push(section);
    stack.push(section);
    ends.push(f.end);
    if (inline) {
      let bodyStart = stop + 1;
      while (bodyStart < f.end && /\s/.test(normalized[bodyStart]!)) bodyStart++;
      if (bodyStart < f.end) {
        const place = { start: pos(bodyStart), end: pos(f.end) };
        const body: Paragraph = { type: 'paragraph', children: [{ type: 'text', value: text.slice(bodyStart, f.end), position: place }], position: place };
        section.children.push(body);
        blocks.push({ node: section, start: bodyStart, end: f.end, section });
      }
    }
  }
  closeTo(0);
  const root: Root = { type: 'root', children: rootChildren as RootContent[], position: parsed.position };
  for (const b of blocks) {
    const items = findEnumeration(normalized, b.start, b.end);
    // An inline section's block is the section; its items belong to the body paragraph.
    const paragraph = b.node.type === 'paragraph' ? b.node : b.node.children.find((c): c is Paragraph => c.type === 'paragraph');
    if (items.length && paragraph) paragraph.data = { ...paragraph.data, enumeration: items };
  }
  return { root, sections, blocks, opening };
}

/** Offset of the first `code` in [from, to), or -1; unlike indexOf, it does not read past `to`. */
function indexWithin(text: string, code: number, from: number, to: number): number {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === code) return i;
  return -1;
}

function readMeta(flat: Flat[], normalized: string, opening: Flat | undefined): ReportMeta {
  const meta: ReportMeta = { signOff: false };
  const slice = (f: Flat) => normalized.slice(f.start, f.end).trim();
  const title = flat.filter((f) => f.role === 'title');
  if (title.length > 0) {
    meta.title = title.map(slice).join('');
    const y = TITLE_YEAR.exec(meta.title);
    if (y) {
      meta.year = Number(y[1]);
      meta.yearSource = 'title';
      // “江南省人民政府关于2025年……的报告”: the body is what comes before 关于.
      const body = meta.title.slice(0, y.index).trim().replace(TITLE_ABOUT, '');
      if (body.length >= 2 && body.length <= 20) meta.body = body;
    }
  }
  if (opening) {
    const text = slice(opening);
    const reporting = REPORTING_SENTENCE.exec(text);
    if (meta.year === undefined && reporting) {
      meta.year = Number(reporting[2]);
      meta.yearSource = 'opening';
    }
    const lead = /^(\d{4})年/.exec(text);
    if (meta.year === undefined && lead) {
      meta.year = Number(lead[1]);
      meta.yearSource = 'opening';
    }
    meta.body ??= reporting?.[1] ?? OPENING_BODY.exec(text)?.[1];
  }
  for (const f of flat) {
    if (f.role === 'closing') meta.signOff = true;
    if (f.role === 'date') {
      // The date is the block's last line (a Markdown paragraph may put the signature above it).
      const line = normalized.lastIndexOf('\n', f.end - 1);
      const start = line >= f.start ? line + 1 : f.start;
      const raw = normalized.slice(start, f.end);
      meta.closingDate = parseDateLine(raw.trim(), start + raw.length - raw.trimStart().length);
    }
  }
  const signature = signatureLine(flat, slice);
  if (signature !== undefined) {
    meta.body = meta.body === undefined ? signature : (placeGovernment(meta.body, signature) ?? meta.body);
  }
  return meta;
}

/**
 * The signature after the text: the last line that reads as one, in a block of its own or above
 * the date in the same block (a CMS's “清河区人民政府<br>” / “2025年2月18日”).
 */
function signatureLine(flat: Flat[], slice: (f: Flat) => string): string | undefined {
  let found: string | undefined;
  for (const f of flat) {
    if (f.role !== 'signature' && f.role !== 'date') continue;
    for (const line of slice(f).split('\n')) {
      const t = line.trim();
      if (closingRole(t) === 'signature') found = t;
    }
  }
  return found;
}
