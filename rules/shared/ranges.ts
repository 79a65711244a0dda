import { normalizeText, partitionPoint } from '@reportlint/parser';
import type { PartOccurrence, ReportTree } from '@reportlint/parser';
import { bodyStart } from './parts.js';

/** A half-open range of offsets; the same offsets address the original and the normalized text. */
export interface Range {
  start: number;
  end: number;
}

// Pairs as they appear in the normalized view (full-width ＂ is folded to ASCII ", which pairs with
// itself). Index = kind of quotation.
const OPENERS = ['“', '‘', '「', '『', '《', '〈', '"'].map((c) => c.charCodeAt(0));
const CLOSERS = ['”', '’', '」', '』', '》', '〉', '"'].map((c) => c.charCodeAt(0));
const ASCII_QUOTE = 6;

// Kind + 1 of the quotation a character opens or closes, 0 for any other character; indexed by
// character code.
const MARK_TABLE_SIZE = Math.max(...OPENERS, ...CLOSERS) + 1;
const OPENER_KIND = new Int8Array(MARK_TABLE_SIZE);
const CLOSER_KIND = new Int8Array(MARK_TABLE_SIZE);
OPENERS.forEach((code, kind) => (OPENER_KIND[code] = kind + 1));
CLOSERS.forEach((code, kind) => (CLOSER_KIND[code] = kind + 1));
/**
 * The characters quotedRanges acts on: quotation marks and line breaks. They are sparse in a
 * report, and the regular-expression engine finds the next one about twice as fast as a loop
 * over every character would.
 */
const MARK_OR_BREAK = new RegExp(`[${String.fromCharCode(...OPENERS, ...CLOSERS)}\\n\\r]`, 'g');

/**
 * Quotations and titles (“…” ‘…’ 「…」 『…』 《…》 〈…〉) in `normalized[start, end)`, outermost
 * only, marks included, in order, each within one line. An opener that is never closed quotes
 * nothing, so a stray “ cannot swallow the rest of a paragraph. Linear: a closer whose opener is
 * not open is skipped in constant time, and each opener is popped at most once.
 */
export function quotedRanges(normalized: string, start: number, end: number): Range[] {
  const kinds: number[] = [];
  const places: number[] = [];
  // How many of each kind are open; made at the first opener (most paragraphs quote nothing).
  let open: number[] | undefined;
  const pairs: Range[] = [];
  // Searched in a slice (which shares the text's characters), so the search stops at `end`.
  const range = normalized.slice(start, end);
  MARK_OR_BREAK.lastIndex = 0;
  while (MARK_OR_BREAK.test(range)) {
    const i = start + MARK_OR_BREAK.lastIndex - 1;
    const code = normalized.charCodeAt(i);
    if (code === 10 || code === 13) {
      // A quotation does not run across lines: a stray opener must not hide the next paragraph.
      if (kinds.length > 0) {
        kinds.length = 0;
        places.length = 0;
        open!.fill(0);
      }
      continue;
    }
    let kind = CLOSER_KIND[code]! - 1;
    if (kind === ASCII_QUOTE && kinds[kinds.length - 1] !== ASCII_QUOTE) kind = -1; // an opening "
    if (kind !== -1 && open !== undefined && open[kind]! > 0) {
      // Close the nearest matching opener; openers above it were never closed and quote nothing.
      for (;;) {
        const top = kinds.pop()!;
        const at = places.pop()!;
        open[top]!--;
        if (top === kind) {
          pairs.push({ start: at, end: i + 1 });
          break;
        }
      }
      continue;
    }
    const opener = OPENER_KIND[code]! - 1;
    if (opener !== -1) {
      kinds.push(opener);
      places.push(i);
      open ??= new Array<number>(OPENERS.length).fill(0);
      open[opener]!++;
    }
  }
  return outermost(pairs);
}

/**
 * The pairs not inside another, in order. Pairs close in order of their end; an outer pair closes
 * after the pairs it contains. Pairs already in order of their start, as when none is nested, are
 * kept as they are (no sort, no copy).
 */
function outermost(pairs: Range[]): Range[] {
  let ordered = true;
  for (let k = 1; k < pairs.length && ordered; k++) ordered = pairs[k - 1]!.end <= pairs[k]!.start;
  if (ordered) return pairs;
  pairs.sort((a, b) => a.start - b.start || b.end - a.end);
  const outer: Range[] = [];
  for (const p of pairs) {
    const last = outer[outer.length - 1];
    if (last && p.start < last.end) continue;
    outer.push(p);
  }
  return outer;
}

/** True when `offset` lies in one of the sorted, disjoint ranges. */
export function inRanges(ranges: readonly Range[], offset: number): boolean {
  const r = ranges[partitionPoint(ranges.length, (i) => ranges[i]!.end <= offset)];
  return r !== undefined && r.start <= offset;
}

/** `[start, end)` without the given ranges (sorted or not), as sorted disjoint ranges. */
function subtract(start: number, end: number, holes: Range[]): Range[] {
  const out: Range[] = [];
  let from = start;
  for (const h of [...holes].sort((a, b) => a.start - b.start)) {
    if (h.end <= from || h.start >= end) continue;
    if (h.start > from) out.push({ start: from, end: h.start });
    from = Math.max(from, h.end);
  }
  if (from < end) out.push({ start: from, end });
  return out;
}

/** The parts of sorted, disjoint `ranges` that fall in `[start, end)`. */
export function intersect(ranges: Range[], start: number, end: number): Range[] {
  const out: Range[] = [];
  for (const r of ranges) {
    const a = Math.max(r.start, start);
    const b = Math.min(r.end, end);
    if (a < b) out.push({ start: a, end: b });
  }
  return out;
}

/** Han ideographs, with the surrogate halves of the supplementary planes counted once (high half). */
export function isHan(code: number): boolean {
  return (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf) || (code >= 0xf900 && code <= 0xfaff) || (code >= 0xd840 && code <= 0xd87f);
}

/** ASCII digits 0–9. */
export const isDigit = (code: number): boolean => code >= 48 && code <= 57;

/** True for the characters a regular expression's `\s` matches (JavaScript's white space and line terminators). */
export function isWhiteSpace(code: number): boolean {
  if (code < 0x80) return code === 32 || (code >= 9 && code <= 13);
  // Han and other text above U+205F: two comparisons.
  if (code > 0x205f) return code === 0x3000 || code === 0xfeff;
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f;
}

/** Whether `text[start, end)` holds a Han character: stops at the first. */
export function hasHan(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (isHan(text.charCodeAt(i))) return true;
  return false;
}

/** Number of Han characters in `text[start, end)`. */
export function hanCount(text: string, start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i++) if (isHan(text.charCodeAt(i))) n++;
  return n;
}

/**
 * Vocabulary entries as the normalized view spells them (Simplified, half-width), so a list
 * written in full-width or Traditional characters in a config still matches. Only for short
 * word lists: the document itself is normalized once, by the parser.
 */
export function foldEntries(entries: readonly string[]): string[] {
  return [...new Set(entries.map((e) => normalizeText(e.trim())).filter((e) => e !== ''))];
}

/** A literal string as a regular-expression source. */
export const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A regular-expression alternation of literal strings, longest first. */
export function literalAlternation(entries: readonly string[]): string {
  const unique = [...new Set(entries)].filter((e) => e !== '').sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  return unique.map(escapeRegExp).join('|');
}

/**
 * The text of a part occurrence that belongs to that part: from `from` (default: after its
 * heading) to its end, without other parts found inside it — a duties subsection nested in a
 * measures section, or an unheaded “下一步……” paragraph at the end of one — but with a part only
 * mentioned in a sentence of it.
 */
export function ownRanges(tree: ReportTree, occ: PartOccurrence, from = bodyStart(occ)): Range[] {
  const holes: PartOccurrence[] = [];
  // The parts are in document order: only those from `occ` on can start inside it (searching them
  // all for each part was quadratic in a text with thousands of headings).
  const first = partitionPoint(tree.parts.length, (i) => tree.parts[i]!.start <= occ.start);
  for (let i = first; i < tree.parts.length && tree.parts[i]!.start < occ.end; i++) {
    // A part mentioned in passing (kind 'mention') is in a sentence of the measure, which stays the measure's text.
    if (tree.parts[i]!.part !== occ.part && tree.parts[i]!.kind !== 'mention') holes.push(tree.parts[i]!);
  }
  return subtract(from, occ.end, holes);
}
