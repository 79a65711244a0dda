import { partitionPoint } from '@reportlint/parser';
import type { ReportTree, Section } from '@reportlint/parser';
import { oncePer } from './memo.js';
import { isHan, isWhiteSpace } from './ranges.js';
import type { Range } from './ranges.js';

interface AnyNode {
  type: string;
  children?: AnyNode[];
  position?: { start: { offset?: number }; end: { offset?: number } };
}

/**
 * The words that close a sentence announcing what follows (“现将有关情况报告如下”, “现将存在的不足及原因汇报如下”): a
 * lead-in, whose content is below it. empty-part finds a part that holds only one; heading-punctuation asks for the
 * colon of one the headings follow.
 */
export const LEAD_IN = /(?:报告|汇报|说明|列举)如下$/;

/**
 * Characters that say a slogan's item once more after its two copies, on purpose (学习、学习、再学习, 学习，学习，再学习):
 * repeated-word's list items and repeated-phrase's short clauses written twice are left alone before them.
 */
export const SAID_AGAIN: ReadonlySet<string> = new Set('再又');

/** Nodes whose text is not running prose: code, raw HTML, front matter, images. */
const NOT_PROSE = new Set(['code', 'inlineCode', 'html', 'yaml', 'toml', 'image', 'imageReference', 'definition', 'thematicBreak']);

interface Prose {
  spans: Range[];
  /** Sorted offsets of the strings a protected span needs (`://`, `www.`, `@`, a backtick, `[^`). */
  triggers: number[];
  /** {@link protectedSpans} of each span, once asked for. */
  guarded: Array<readonly Range[] | undefined>;
}

const NOTHING_PROTECTED: readonly Range[] = Object.freeze([]);
/** Every protected span holds one of these; text without them has none. */
const PROTECTION_TRIGGER = /:\/\/|www\.|[@`]|\[\^/gi;

// Two rules (punctuation-width, terminology) read the same prose spans: computed once per tree.
const prose = oncePer((tree: ReportTree): Prose => {
  const spans = findProseSpans(tree);
  const triggers: number[] = [];
  const text = tree.source.text;
  PROTECTION_TRIGGER.lastIndex = 0;
  for (let m = PROTECTION_TRIGGER.exec(text); m; m = PROTECTION_TRIGGER.exec(text)) triggers.push(m.index);
  return { spans, triggers, guarded: new Array(spans.length).fill(undefined) };
});

/**
 * The runs of Chinese running text a style rule may inspect, in document order: every text node
 * of the report (paragraph lines, list items, table cells, link text) and every section heading
 * (marker and title, as written). Web-page residue before the text (role 'front-matter'),
 * Markdown code and raw HTML are left out; URLs inside a run are the caller's business
 * (see {@link guardedSpans}). Computed once per tree: callers must not change the result.
 */
export function proseSpans(tree: ReportTree): readonly Readonly<Range>[] {
  return prose(tree).spans;
}

/** {@link protectedSpans} of the `index`-th of {@link proseSpans}, computed once per tree; do not change it. */
export function guardedSpans(tree: ReportTree, index: number): readonly Range[] {
  const p = prose(tree);
  let guarded = p.guarded[index];
  if (!guarded) {
    const span = p.spans[index]!;
    // Most runs hold no URL, address or code at all: a binary search over the triggers tells.
    const t = firstAtOrAfter(p.triggers, span.start);
    guarded = t < p.triggers.length && p.triggers[t]! < span.end ? protectedSpans(tree.source.text, span.start, span.end) : NOTHING_PROTECTED;
    p.guarded[index] = guarded;
  }
  return guarded;
}

/** Index of the first of the sorted `offsets` at or after `offset`. */
function firstAtOrAfter(offsets: number[], offset: number): number {
  return partitionPoint(offsets.length, (i) => offsets[i]! < offset);
}

function findProseSpans(tree: ReportTree): Range[] {
  const text = tree.source.text;
  const skipped = residueLines(tree);
  const spans: Range[] = [];
  // `limit`: where the next block begins, which a heading's line does not run past (a page that joined
  // its paragraphs has several blocks on one line).
  const walk = (node: AnyNode, limit: number): void => {
    if (NOT_PROSE.has(node.type)) return;
    const children = node.children;
    if (node.type === 'section') spans.push(headingLine(tree, node as unknown as Section, children?.[0]?.position?.start.offset ?? limit));
    if (node.type === 'text') {
      const start = node.position?.start.offset;
      const end = node.position?.end.offset;
      if (start === undefined || end === undefined || end <= start) return;
      // A text node may hold residue and prose both (a paragraph of several lines); only the prose is kept.
      let from = start;
      for (const r of skipped) {
        if (r.end <= from || r.start >= end) continue;
        if (r.start > from) pushOutsideMarkup(spans, tree, from, r.start);
        from = Math.max(from, r.end);
      }
      if (end > from) pushOutsideMarkup(spans, tree, from, end);
      return;
    }
    if (children) for (let i = 0; i < children.length; i++) walk(children[i]!, children[i + 1]?.position?.start.offset ?? limit);
  };
  walk(tree.root as unknown as AnyNode, text.length);
  spans.sort((a, b) => a.start - b.start || a.end - b.end);
  // Headings and bodies never overlap, but a defensive merge keeps every offset visited once.
  const merged: Range[] = [];
  for (const s of spans) {
    const last = merged[merged.length - 1];
    if (last && s.start < last.end) last.end = Math.max(last.end, s.end);
    else if (s.end > s.start) merged.push({ ...s });
  }
  return merged.filter((s) => s.end <= text.length);
}

/** Around a line of residue: its indentation and the brackets it is wrapped in. */
const WRAPPER = /[^\S\n]|[【】[\]]/;

/**
 * The lines of web-page residue (role 'front-matter'), with what a block's span leaves out around them on
 * their line: the indentation and the 【】 a line is wrapped in (“【来源：…… | 发布日期：……】”).
 */
function residueLines(tree: ReportTree): Range[] {
  const text = tree.source.text;
  const lines: Range[] = [];
  for (const b of tree.blocks) {
    if (b.role !== 'front-matter') continue;
    let start = b.start;
    while (start > 0 && WRAPPER.test(text[start - 1]!)) start--;
    let end = b.end;
    while (end < text.length && WRAPPER.test(text[end]!)) end++;
    lines.push({ start, end });
  }
  return lines;
}

/** The first offset in [start, end) where markup may start (the & of &nbsp;, the < of a tag or a comment); -1 if none. */
function markupStart(text: string, start: number, end: number): number {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 38 || c === 60) return i;
  }
  return -1;
}

/**
 * Pushes the run [start, end) less the markup in it, which the parser blanks in the normalized view
 * of Markdown: the letters and “;” of &nbsp;, a tag, a drafter's comment (“<!-- 待核实, 见台账 -->”)
 * are not the report's text. Markdown keeps tags and comments out of text nodes, but the body of an
 * inline section (“（六）标题。正文……”) is one text run over them.
 */
function pushOutsideMarkup(spans: Range[], tree: ReportTree, start: number, end: number): void {
  const text = tree.source.text;
  // Searched within the run only: a search to the end of the text for each run would cost quadratic time.
  const first = tree.source.format === 'md' ? markupStart(text, start, end) : -1;
  if (first === -1) {
    spans.push({ start, end });
    return;
  }
  const normalized = tree.normalized;
  let from = start;
  for (let i = first; i < end; i++) {
    // Blank in the normalized view, not blank as written: markup.
    if (normalized.charCodeAt(i) !== 32 || text.charCodeAt(i) === 32) continue;
    if (i > from) spans.push({ start: from, end: i });
    while (i < end && normalized.charCodeAt(i) === 32) i++;
    from = i;
  }
  if (end > from) spans.push({ start: from, end });
}

/**
 * A section's heading as written: from its marker to the end of the title line (or the 。 after an
 * inline title), and never past `limit`, where the next block begins.
 */
function headingLine(tree: ReportTree, section: Section, limit: number): Range {
  const text = tree.source.text;
  const start = section.marker?.start ?? section.titleStart;
  let end = section.titleEnd;
  if (section.inline) {
    const stop = tree.normalized.indexOf('。', end);
    end = stop === -1 ? end : stop + 1;
  } else {
    while (end < limit && text.charCodeAt(end) !== 10 && text.charCodeAt(end) !== 13) end++;
    while (end > start && isWhiteSpace(text.charCodeAt(end - 1))) end--;
  }
  return { start, end };
}

const URL_START = /(?:https?|ftp):\/\/|www\./gi;
/** A Markdown footnote's label, with the colon that opens its text: [^1], [^note]: */
const FOOTNOTE_LABEL = /\[\^[^\]\s]{1,10}\]:?/g;
/** Printable ASCII: what a URL or an e-mail address is made of. */
const isAsciiGraphic = (code: number) => code >= 0x21 && code <= 0x7e;
/** Punctuation that ends a sentence rather than a URL: . , ; : ! ? ' " * _ ~ */
const isTrailing = (code: number) =>
  code === 46 || code === 44 || code === 59 || code === 58 || code === 33 || code === 63 || code === 39 || code === 34 || code === 42 || code === 95 || code === 126;
/** [A-Za-z0-9._%+-]: the local part of an e-mail address. */
const isEmailLocal = (code: number) =>
  (code >= 48 && code <= 57) || ((code | 0x20) >= 97 && (code | 0x20) <= 122) || code === 46 || code === 95 || code === 37 || code === 43 || code === 45;

/**
 * Parts of `text[start, end)` that are not Chinese running text although they sit in it:
 * URLs and e-mail addresses (up to the next blank or non-ASCII character, trailing
 * punctuation and an unbalanced closing parenthesis excluded, as GitHub's autolinks do),
 * `code` between backticks on one line, and a Markdown footnote's label — “[^2]” where it is
 * referred to, “[^2]:” where its text begins (pandoc writes Word's footnotes so). Linear in the
 * length of the span.
 */
function protectedSpans(text: string, start: number, end: number): Range[] {
  const out: Range[] = [];
  const slice = text.slice(start, end);
  const runEnd = (from: number) => {
    let to = from;
    while (to < slice.length && isAsciiGraphic(slice.charCodeAt(to))) to++;
    return to;
  };
  const push = (from: number, to: number) => {
    let open = 0;
    let close = 0;
    for (let i = from; i < to; i++) {
      const code = slice.charCodeAt(i);
      if (code === 40) open++;
      else if (code === 41) close++;
    }
    let stop = to;
    while (stop > from) {
      const last = slice.charCodeAt(stop - 1);
      if (isTrailing(last)) stop--;
      else if (last === 41 && close > open) {
        stop--;
        close--;
      } else break;
    }
    if (stop > from) out.push({ start: start + from, end: start + stop });
  };

  let covered = 0;
  URL_START.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = URL_START.exec(slice))) {
    const to = runEnd(m.index);
    push(m.index, to);
    covered = to;
    URL_START.lastIndex = Math.max(URL_START.lastIndex, to);
  }
  // E-mail addresses: local part before @, a dotted domain after it.
  let knownRunEnd = -1;
  for (let at = slice.indexOf('@'); at !== -1; at = slice.indexOf('@', at + 1)) {
    if (at < covered || at < knownRunEnd) continue;
    let from = at;
    while (from > 0 && isEmailLocal(slice.charCodeAt(from - 1))) from--;
    knownRunEnd = runEnd(at);
    if (from === at || !/^@[A-Za-z0-9-]+\.[A-Za-z]/.test(slice.slice(at, Math.min(knownRunEnd, at + 256)))) continue;
    push(from, knownRunEnd);
  }
  // `code`: from a backtick to the next one on the same line.
  for (let i = slice.indexOf('`'); i !== -1; ) {
    let j = i + 1;
    while (j < slice.length && slice.charCodeAt(j) !== 96 && slice.charCodeAt(j) !== 10) j++;
    if (j < slice.length && slice.charCodeAt(j) === 96) {
      out.push({ start: start + i, end: start + j + 1 });
      i = slice.indexOf('`', j + 1);
    } else i = slice.indexOf('`', j);
  }
  FOOTNOTE_LABEL.lastIndex = 0;
  for (let f = FOOTNOTE_LABEL.exec(slice); f; f = FOOTNOTE_LABEL.exec(slice)) out.push({ start: start + f.index, end: start + f.index + f[0].length });
  out.sort((a, b) => a.start - b.start);
  const merged: Range[] = [];
  for (const s of out) {
    const last = merged[merged.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else merged.push(s);
  }
  return merged;
}

/** Whether `start`–`end` lies within one of the report's prose spans, outside URLs and code (see {@link guardedSpans}). */
export function withinProse(tree: ReportTree, start: number, end: number): boolean {
  const spans = proseSpans(tree);
  const s = partitionPoint(spans.length, (i) => spans[i]!.end <= start);
  const span = spans[s];
  return span !== undefined && span.start <= start && end <= span.end && !overlapsSpans(guardedSpans(tree, s), start, end);
}

/** True when `[start, end)` overlaps one of the (sorted, disjoint) spans. */
export function overlapsSpans(spans: readonly Range[], start: number, end: number): boolean {
  // The first span that ends after `start`.
  const span = spans[partitionPoint(spans.length, (i) => spans[i]!.end <= start)];
  return span !== undefined && span.start < end;
}

/** Marks a question cannot end right after: ones that open or divide a clause (normalized: ，；：（ are , ; : (). */
const CLAUSE_OPENERS = '、,;:(《“‘【';

/**
 * The end of a run of question marks (normalized: ？ is ?) from `at` that stands for characters lost when the text
 * was converted from an encoding that lacked them — right after a mark that opens or divides a clause and right
 * before a Han character (“东干渠、?水灌区”, “（??县）”); -1 when the run is not one. No question ends there, so it
 * is neither a question mark to write full-width nor a mark typed twice.
 */
export function lostCharactersEnd(normalized: string, at: number): number {
  let start = at;
  while (normalized.charCodeAt(start - 1) === 63) start--;
  if (start === 0 || !CLAUSE_OPENERS.includes(normalized[start - 1]!)) return -1;
  let end = at;
  while (normalized.charCodeAt(end) === 63) end++;
  const after = normalized.charCodeAt(end);
  return end > at && ((after >= 0x4e00 && after <= 0x9fff) || (after >= 0x3400 && after <= 0x4dbf)) ? end : -1;
}

/**
 * A character's pinyin reading in brackets right after it, with its tone mark (建設(shè), 負責(zé)人): what a web
 * mirror's converter leaves in the text, no bracket of the report's. The Han character before it is checked apart:
 * with no lookbehind, V8 scans the text for the pattern's first character.
 */
const PINYIN_GLOSS = /\((?=[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ])[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}\)/g;
const PINYIN_GLOSS_AT = new RegExp(PINYIN_GLOSS.source, 'y');
/** The longest gloss: a bracket, six letters, a bracket. */
const GLOSS_MAX = 8;

/** Whether the bracket at `at` (normalized: （ is ( ) opens or closes such a reading. */
export function inPinyinGloss(normalized: string, at: number): boolean {
  const open = normalized.charCodeAt(at) === 40 ? at : normalized.lastIndexOf('(', at);
  if (open === -1 || at - open >= GLOSS_MAX) return false;
  PINYIN_GLOSS_AT.lastIndex = open;
  const m = PINYIN_GLOSS_AT.exec(normalized);
  return m !== null && isHan(normalized.charCodeAt(open - 1)) && (open === at || open + m[0].length - 1 === at);
}

/** The pinyin readings a converter left in a text (see PINYIN_GLOSS), in text order. */
export function* pinyinGlosses(normalized: string): Generator<Range> {
  if (!normalized.includes('(')) return;
  for (const m of normalized.matchAll(PINYIN_GLOSS)) {
    if (isHan(normalized.charCodeAt(m.index - 1))) yield { start: m.index, end: m.index + m[0].length };
  }
}

/** Han ideographs (with surrogate halves of the supplementary planes), CJK and full-width punctuation, kana. */
export function isCjk(code: number): boolean {
  return (
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0x3400 && code <= 0x4dbf) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xd840 && code <= 0xd87f) || // high surrogates of CJK Extension B–F
    (code >= 0x3001 && code <= 0x303f) ||
    (code >= 0x3040 && code <= 0x30ff) ||
    (code >= 0xff01 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    code === 0x2014 || // —— (Chinese dash)
    code === 0x2026 // …… (Chinese ellipsis)
  );
}

/**
 * True when the text of the span is written in Traditional characters: some Han character
 * differs from its normalized (Simplified) form.
 */
export function writtenTraditional(tree: ReportTree, start: number, end: number): boolean {
  const text = tree.source.text;
  const normalized = tree.normalized;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x3400 && c <= 0x9fff && c !== normalized.charCodeAt(i)) return true;
  }
  return false;
}

/** True when the document as a whole is written in Traditional characters (at least 1% of its Han characters differ). */
export const documentTraditional = oncePer((tree: ReportTree): boolean => {
  const text = tree.source.text;
  const normalized = tree.normalized;
  let han = 0;
  let differ = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x3400 || c > 0x9fff) continue;
    han++;
    if (c !== normalized.charCodeAt(i)) differ++;
  }
  return differ >= 5 && differ * 100 >= han;
});
