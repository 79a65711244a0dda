import type { Heading, List, Paragraph, Root, RootContent } from 'mdast';
import { matchMarker } from './markers.js';
import type { BlockRole } from './types.js';

/** A top-level node of the parsed document with the span of its text content. */
export interface Flat {
  node: RootContent;
  start: number;
  end: number;
  kind: 'paragraph' | 'heading' | 'other';
  role?: BlockRole;
  /** A paragraph set apart whole in bold or 【】 (see boldOnly, wrappedLine): its span is inside the wrapper. */
  wrapped?: true;
  /** A line of a copy of the title the page prints again (role front-matter): its year is weighed with the title's (ReportMeta.titleCopy). */
  titleCopy?: true;
}

export type Pos = (offset: number) => { line: number; column: number; offset: number };

/**
 * The document's top-level blocks (Markdown's or the plain-text parser's), each with the span of its
 * text: a heading's without its #s, a paragraph's without a CMS's indentation or bold.
 */
export function flatten(root: Root, text: string, normalized: string, pos: Pos): Flat[] {
  const out: Flat[] = [];
  // Judged once, and only for a document with a paragraph of several lines (never plain text).
  let linePerParagraph: boolean | undefined;
  for (const child of blocksOf(root, normalized)) {
    const node = htmlParagraph(child, text, pos) ?? child;
    let start = node.position?.start.offset ?? 0;
    const end = node.position?.end.offset ?? start;
    if (node.type === 'paragraph') {
      // A CMS's paragraph: indented with &nbsp; (blank in the normalized view), or a heading set in
      // bold or in 【】.
      const inner = boldOnly(node) ?? wrappedLine(node, text);
      if (inner) {
        out.push({ node, start: inner.start, end: inner.end, kind: 'paragraph', wrapped: true });
        continue;
      }
      start = boldLead(node, text) ?? start;
      while (start < end && /\s/.test(normalized[start]!)) start++;
      const lineBreak = normalized.indexOf('\n', start);
      const multiline = lineBreak !== -1 && lineBreak < end;
      if (multiline) linePerParagraph ??= writesLinePerParagraph(normalized);
      const lines = multiline && linePerParagraph ? lineSpans(normalized, start, end) : [];
      if (lines.length < 2) out.push({ node, start, end, kind: 'paragraph' });
      else for (const [from, to] of lines) out.push({ node: textParagraph(text, from, to, pos), start: from, end: to, kind: 'paragraph' });
    } else if (node.type === 'heading') {
      // “## 【一、主要举措和成效】”: read inside the brackets, as a paragraph so wrapped.
      const inner = wrappedLine(node, text);
      const first = node.children[0]?.position?.start.offset;
      const last = node.children[node.children.length - 1]?.position?.end.offset;
      out.push({ node, start: inner?.start ?? first ?? start, end: inner?.end ?? last ?? end, kind: 'heading' });
    } else if (node.type === 'html' && end - start >= 4 && text.startsWith('<!--', start)) continue;
    // A footnote (“[^2]: 未结的2件……”, as pandoc writes Word's) that remark-parse without GFM takes
    // for a link reference definition because its text has no space: it is text, as its twins with
    // a space are paragraphs, and after the date it is a notation like Word's “[1] ……”.
    else if (node.type === 'definition' && text.startsWith('[^', start)) {
      out.push({ node: textParagraph(text, start, end, pos), start, end, kind: 'paragraph' });
    }
    else out.push({ node, start, end, kind: 'other' });
  }
  const joins = joinedParagraphs(normalized);
  if (!joins.length) return out;
  // Blocks and joins both in document order: one pointer walks the joins.
  let k = 0;
  return out.flatMap((f) => {
    while (k < joins.length && joins[k]! < f.start) k++;
    return f.kind === 'paragraph' && k < joins.length && joins[k]! < f.end ? unjoin(f, text, normalized, pos) : [f];
  });
}

/**
 * The top-level nodes, except that a list of headed items gives its items' blocks in its place, each
 * item's line a heading. Most documents have no such list: their nodes are returned as they are (a
 * flatMap over every node, making an array of each, was flatten's largest cost).
 */
function blocksOf(root: Root, normalized: string): RootContent[] {
  if (!root.children.some((child) => headedItems(child, normalized))) return root.children;
  return root.children.flatMap((child): RootContent[] =>
    headedItems(child, normalized) ? (child as List).children.flatMap((item) => [itemHeading(item.children[0] as Paragraph), ...item.children.slice(1)]) : [child],
  );
}

/** A numbering marker of a section ahead (一、, （一）, 第一部分, 第一章), on the normalized view; matchMarker has the last word. */
const SECTION_MARKER_AHEAD = String.raw`(?=第?[一二三四五六七八九十]{1,3}(?:、|部分|章)|\(\s*[一二三四五六七八九十]{1,3}\s*\))`;
/** Blanks after the end of a sentence, then a section's marker. */
const JOIN = new RegExp(String.raw`[。:;!?][ \t]+${SECTION_MARKER_AHEAD}`, 'g');
/** Blanks before a section's marker, anywhere in a paragraph found joined. */
const BREAK = new RegExp(String.raw`[ \t]+${SECTION_MARKER_AHEAD}`, 'g');
const BLANKS = /[ \t]+/;
/** The marker kinds that begin a section's heading (an item's 1. may be run on in a sentence, and is left so). */
const SECTION_MARKERS = new Set(['part', 'chinese', 'paren-chinese']);
/** Punctuation that no heading line has before the blanks that end it. */
const SENTENCE_MARK = /[。,;:!?]/;
/** Longest heading line read off a joined paragraph: a longer run before the blanks is no heading. */
const HEADING_MAX = 60;

/**
 * Offsets where a copied page joined its paragraphs with blanks (“……提供法治保障。 一、2024年度法治政府
 * 建设情况 （一）发挥……”): one pass over the text, usually finding none. A sentence does not go on
 * after its full stop with a blank and a section's marker.
 */
function joinedParagraphs(normalized: string): number[] {
  return [...normalized.matchAll(JOIN)].map((m) => m.index);
}

/**
 * A paragraph a page joined to the next ones, split again where the page's paragraphs began: before
 * each section marker after blanks, and after a heading line the blanks end (“二、存在的不足和原因　一是
 * ……”).
 */
function unjoin(f: Flat, text: string, normalized: string, pos: Pos): Flat[] {
  const starts = [f.start];
  for (const m of normalized.slice(f.start, f.end).matchAll(BREAK)) {
    const at = f.start + m.index + m[0].length;
    if (sectionMarker(normalized, text, at, f.end)) starts.push(at);
  }
  const spans: Array<[number, number]> = [];
  starts.forEach((from, i) => {
    let to = starts[i + 1] ?? f.end;
    while (to > from && (normalized[to - 1] === ' ' || normalized[to - 1] === '\t')) to--;
    const heading = headingLine(normalized, text, from, to);
    if (heading) spans.push([from, heading.end], [heading.next, to]);
    else spans.push([from, to]);
  });
  return spans.map(([from, to]) => ({ node: textParagraph(text, from, to, pos), start: from, end: to, kind: 'paragraph' }));
}

function sectionMarker(normalized: string, text: string, at: number, end: number) {
  const marker = matchMarker(normalized, text, at, end);
  return marker && SECTION_MARKERS.has(marker.kind) ? marker : undefined;
}

/** A Han character anywhere in a text. */
export const HAN = /\p{Script=Han}/u;

/**
 * Where the heading line at `from` ends and its text goes on: at blanks before any punctuation, between
 * two characters (“二、存在的不足和原因　一是……”). Such pages also set blanks around a quotation or a
 * number inside a sentence (“推进 “全员办案” 工作模式”, “2025 年”): those end nothing.
 */
function headingLine(normalized: string, text: string, from: number, to: number): { end: number; next: number } | undefined {
  const marker = sectionMarker(normalized, text, from, to);
  if (!marker) return undefined;
  const rest = normalized.slice(marker.end, to);
  const blanks = BLANKS.exec(rest);
  if (!blanks || blanks.index === 0 || blanks.index > HEADING_MAX || SENTENCE_MARK.test(rest.slice(0, blanks.index))) return undefined;
  const next = blanks.index + blanks[0].length;
  if (!HAN.test(rest[blanks.index - 1]!) || !HAN.test(rest[next] ?? '')) return undefined;
  return { end: marker.end + blanks.index, next: marker.end + next };
}

/**
 * The span inside the bold of a paragraph that is bold and nothing else (“**一、主要举措和成效**”):
 * a CMS's heading, read from its first word so its numbering marker is seen. Inline HTML beside the
 * bold is no text (blank in the normalized view): mammoth puts a Word bookmark before a heading
 * (“<a id="_Toc187654322"></a>__二、存在的不足和原因__”).
 */
function boldOnly(p: Paragraph): { start: number; end: number } | undefined {
  const shown = p.children.filter((c) => c.type !== 'html');
  if (shown.length !== 1 || shown[0]!.type !== 'strong') return undefined;
  const inner = shown[0]!.children;
  const start = inner[0]?.position?.start.offset;
  const end = inner[inner.length - 1]?.position?.end.offset;
  return start !== undefined && end !== undefined && end > start ? { start, end } : undefined;
}

/** The delimiters of bold a Word converter writes: pandoc's `**`, mammoth's `__`. */
const BOLD_DELIMITERS = ['**', '__'];

/**
 * Where the text of a paragraph that opens in bold starts: inside the bold, past its markup. A Word
 * converter sets a run-in heading so (“__（一）依法全面履行职能。__一是……”), and its numbering marker
 * must be seen at the paragraph's start. CommonMark does not close bold between “。” and a letter
 * (the delimiter is not right-flanking there), so such bold is mostly still text: its delimiters,
 * when the same one comes again later in the paragraph, are skipped too.
 */
function boldLead(p: Paragraph, text: string): number | undefined {
  const first = p.children.find((c) => c.type !== 'html');
  if (first?.type === 'strong') return first.children[0]?.position?.start.offset;
  if (first?.type !== 'text' || !first.position) return undefined;
  const start = first.position.start.offset!;
  const opened = BOLD_DELIMITERS.find((d) => text.startsWith(d, start) && first.value.indexOf(d, d.length) > d.length);
  return opened ? start + opened.length : undefined;
}

/**
 * What a line wraps itself in when it is a heading set apart: bold pasted into a text draft
 * (“**（三）加强行政复议工作**”, Markdown parses its own bold), 【】 (“【一、主要举措和成效】”), or the
 * bold tags a web editor leaves when its text is copied out as source (“<b>二、存在的不足和原因</b>”).
 */
const WRAPPERS: Array<[open: string, close: string]> = [
  ['**', '**'],
  ['【', '】'],
  ['<b>', '</b>'],
  ['<strong>', '</strong>'],
];

/**
 * A line that is one wrapped span and nothing else, read inside the wrapper like a Markdown heading
 * so its numbering marker is seen. Only a paragraph or heading of a single text node is looked at.
 */
function wrappedLine(p: Paragraph | Heading, text: string): { start: number; end: number } | undefined {
  const only = p.children.length === 1 ? p.children[0]! : undefined;
  if (only?.type !== 'text' || !only.position) return undefined;
  const start = only.position.start.offset!;
  const end = only.position.end.offset!;
  for (const [open, close] of WRAPPERS) {
    if (end - start <= open.length + close.length || !text.startsWith(open, start) || !text.startsWith(close, end - close.length)) continue;
    // “**a**和**b**” or “【a】和【b】” is two marked words in a sentence, not a wrapped line.
    const inner = text.slice(start + open.length, end - close.length);
    return inner.includes(open) || inner.includes(close) ? undefined : { start: start + open.length, end: end - close.length };
  }
  return undefined;
}

/** Longest first line of a list item read as the heading of the text under it. */
const ITEM_HEADING_MAX = 40;

/**
 * Whether a node is an ordered list whose every item is a short line over text of its own
 * (“1. **主要举措和成效**” with its paragraphs indented under it): a Word export's auto-numbered
 * headings, as pandoc writes them. Its items' lines are read as headings set apart (the numbers are
 * Word's, not in the text); a list of one-paragraph items (a plan's tasks) stays a list.
 */
function headedItems(node: RootContent, normalized: string): boolean {
  if (node.type !== 'list' || !node.ordered || node.children.length < 2) return false;
  return node.children.every((item) => {
    const [first, ...rest] = item.children;
    if (first?.type !== 'paragraph' || rest.length === 0 || !first.position) return false;
    const line = normalized.slice(first.position.start.offset, first.position.end.offset);
    return line.length <= ITEM_HEADING_MAX && !line.includes('\n') && !/[。；;]/.test(line);
  });
}

/**
 * A headed item's line as the heading it stands for, one level under a document title (“# ……”); its
 * words without the bold that sets it apart. The list's number is Word's, not in the text: such a
 * heading is read as an unnumbered one.
 */
function itemHeading(line: Paragraph): Heading {
  const only = line.children.length === 1 ? line.children[0]! : undefined;
  const children = only?.type === 'strong' ? only.children : line.children;
  return { type: 'heading', depth: 2, children, position: line.position };
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

/** Fewest lines of text for a draft's layout to be judged, and most blank lines (one for every BLANK_EVERY lines of text) of one that puts a paragraph on each line. */
const MIN_LINES = 6;
const BLANK_EVERY = 4;

/**
 * Whether a draft puts one paragraph on each line, with hardly a blank line between them: a text
 * draft saved as Markdown. Markdown would join such lines into one paragraph (“一、主要举措和成效⏎全年
 * 办理……⏎二、存在的不足和原因” one block, its parts unseen); a Markdown file that separates its
 * paragraphs by blank lines keeps Markdown's reading.
 */
function writesLinePerParagraph(normalized: string): boolean {
  let lines = 0;
  let blank = 0;
  for (const [from, to] of lineSpans(normalized, 0, normalized.length, true)) {
    if (from === to) blank++;
    else lines++;
  }
  return lines >= MIN_LINES && blank * BLANK_EVERY < lines;
}

/** The lines of [start, end), trimmed; blank ones left out unless `withBlank` (then empty spans). */
function lineSpans(normalized: string, start: number, end: number, withBlank = false): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (let at = start; at < end; ) {
    const br = normalized.indexOf('\n', at);
    const lineEnd = br === -1 || br > end ? end : br;
    let from = at;
    let to = lineEnd;
    while (from < to && /\s/.test(normalized[from]!)) from++;
    while (to > from && /\s/.test(normalized[to - 1]!)) to--;
    if (from < to) spans.push([from, to]);
    else if (withBlank) spans.push([from, from]);
    at = lineEnd + 1;
  }
  return spans;
}

/** A paragraph holding the text between two offsets, as the plain-text parser makes one (inline markup is not kept). */
export function textParagraph(text: string, start: number, end: number, pos: Pos): Paragraph {
  const place = { start: pos(start), end: pos(end) };
  return { type: 'paragraph', children: [{ type: 'text', value: text.slice(start, end), position: place }], position: place };
}
