import type { Paragraph, Root } from 'mdast';
import type { Plugin } from 'unified';
import { lineStarts, pointAt, splitLines } from './lines.js';
import type { Line } from './lines.js';

const DIRECTIVE_LINE = /^<!--[\s\S]*-->$/;

/** A line number a PDF viewer copies with each line (“12  一、主要举措和成效”): digits, then blanks. */
const LINE_NUMBER = /^(\d{1,4})[ \t\u3000]+/;
/** Fewest numbered lines for a draft to be read as copied with its line numbers. */
const MIN_NUMBERED = 6;

/**
 * How much of each line's start is a line number copied from a PDF, when every non-blank line opens
 * with one and they count up by one (a line that is its number alone was blank): the numbers are
 * the viewer's, not the report's, and would read as the numbering of every line. Undefined when a
 * line breaks the count — a report's own 1 2 3 never numbers its title and every paragraph.
 */
function copiedLineNumbers(text: string, lines: Line[]): number[] | undefined {
  const skips: number[] = [];
  let last: number | undefined;
  let numbered = 0;
  for (const line of lines) {
    if (line.start === line.end) {
      skips.push(0);
      continue;
    }
    const first = text.charCodeAt(line.start);
    if (first < 48 || first > 57) return undefined;
    const value = text.slice(line.start, line.end);
    const m = LINE_NUMBER.exec(value) ?? (/^\d{1,4}$/.test(value) ? [value, value] : null);
    const n = m ? Number(m[1]) : NaN;
    if (!m || (last !== undefined && n !== last + 1)) return undefined;
    last = n;
    numbered++;
    skips.push(m[0].length);
  }
  return numbered >= MIN_NUMBERED ? skips : undefined;
}

/**
 * The tree of a plain-text draft: one paragraph per non-blank line, its position trimmed of
 * leading and trailing blanks (and of a line number copied from a PDF). `starts` are the text's line starts (parseReport has them already).
 */
export function parsePlainText(text: string, starts: number[] = lineStarts(text)): Root {
  const children: Paragraph[] = [];
  const lines = splitLines(text, starts);
  const numbers = copiedLineNumbers(text, lines);
  for (let i = 0; i < lines.length; i++) {
    const line = numbers ? { start: lines[i]!.start + numbers[i]!, end: lines[i]!.end } : lines[i]!;
    if (line.start === line.end) continue;
    const value = text.slice(line.start, line.end);
    if (DIRECTIVE_LINE.test(value)) continue;
    // Both ends are on line i: no search for the line number.
    const lineStart = starts[i]!;
    const pos = {
      start: { line: i + 1, column: line.start - lineStart + 1, offset: line.start },
      end: { line: i + 1, column: line.end - lineStart + 1, offset: line.end },
    };
    children.push({ type: 'paragraph', children: [{ type: 'text', value, position: pos }], position: pos });
  }
  const end = pointAt(starts, text.length);
  const position = { start: { line: 1, column: 1, offset: 0 }, end: { line: end.line, column: end.column, offset: text.length } };
  return { type: 'root', children, position };
}

/**
 * unified parser for plain-text drafts: one paragraph per non-blank line, its position trimmed
 * of leading and trailing blanks (spaces, tabs, full-width spaces), so indentation is not content.
 * A line that is only an HTML comment (a reportlint directive) is not content either.
 */
export const reportTextParse: Plugin<[], string, Root> = function () {
  this.parser = (text: string): Root => parsePlainText(text);
};
