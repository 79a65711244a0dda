import { isInvisible } from './normalize.js';
import { partitionPoint } from './search.js';

/** Offsets of line starts; \r\n, \r and \n all end a line, as in remark. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  // indexOf jumps from break to break: lines of a report are paragraphs, hundreds of characters long.
  let lf = text.indexOf('\n');
  let cr = text.indexOf('\r');
  while (lf !== -1 || cr !== -1) {
    let end: number; // the last character of the line break
    if (cr !== -1 && (lf === -1 || cr < lf)) end = text.charCodeAt(cr + 1) === 10 ? cr + 1 : cr;
    else end = lf;
    starts.push(end + 1);
    if (lf !== -1 && lf <= end) lf = text.indexOf('\n', end + 1);
    if (cr !== -1 && cr <= end) cr = text.indexOf('\r', end + 1);
  }
  return starts;
}

/** 1-based line and column (in UTF-16 code units, as ESLint and vfile count) of an offset. */
export function pointAt(starts: number[], offset: number): { line: number; column: number } {
  // The last line starting at or before the offset (the first line for an offset before it).
  const line = Math.max(0, partitionPoint(starts.length, (i) => starts[i]! <= offset) - 1);
  return { line: line + 1, column: offset - starts[line]! + 1 };
}

export interface Line {
  /** Offset of the first non-blank character. */
  start: number;
  /** Offset after the last non-blank character. */
  end: number;
  /** Offset where the line ends (before its line break). */
  lineEnd: number;
  /** Offset after the line break (start of the next line). */
  next: number;
}

/**
 * A blank margin character: what /[\s\u3000\u00a0\ufeff]/ matches (JavaScript's \s already has the
 * last three), and the characters that show nothing (a web page's zero-width spaces before a heading),
 * tested by code because it runs at both ends of every line.
 */
function isBlank(c: number): boolean {
  if (c > 0x20 && c < 0xa0) return false;
  return (
    c === 0x20 ||
    (c >= 0x09 && c <= 0x0d) ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    isInvisible(c)
  );
}

/**
 * The text's lines with blank margins (spaces, tabs, full-width spaces) trimmed. Line `i` starts
 * at `starts[i]`; callers that already have the line starts pass them.
 */
export function splitLines(text: string, starts: number[] = lineStarts(text)): Line[] {
  const lines: Line[] = [];
  for (let i = 0; i < starts.length; i++) {
    const begin = starts[i]!;
    const next = i + 1 < starts.length ? starts[i + 1]! : text.length;
    let lineEnd = next;
    if (lineEnd > begin && text.charCodeAt(lineEnd - 1) === 10) lineEnd--;
    if (lineEnd > begin && text.charCodeAt(lineEnd - 1) === 13) lineEnd--;
    let start = begin;
    let end = lineEnd;
    while (start < end && isBlank(text.charCodeAt(start))) start++;
    while (end > start && isBlank(text.charCodeAt(end - 1))) end--;
    lines.push({ start, end, lineEnd, next });
  }
  return lines;
}
