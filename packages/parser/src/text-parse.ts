import type { Paragraph, Root } from 'mdast';
import type { Plugin } from 'unified';
import { lineStarts, pointAt, splitLines } from './lines.js';

const DIRECTIVE_LINE = /^<!--[\s\S]*-->$/;

/**
 * The tree of a plain-text draft: one paragraph per non-blank line, its position trimmed of
 * leading and trailing blanks. `starts` are the text's line starts (parseReport has them already).
 */
export function parsePlainText(text: string, starts: number[] = lineStarts(text)): Root {
  const children: Paragraph[] = [];
  const lines = splitLines(text, starts);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
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
