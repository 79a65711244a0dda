import type { Paragraph, Root } from 'mdast';
import type { Plugin } from 'unified';
import { lineStarts, pointAt, splitLines } from './lines.js';

const DIRECTIVE_LINE = /^<!--[\s\S]*-->$/;

/**
 * unified parser for plain-text drafts: one paragraph per non-blank line, its position trimmed
 * of leading and trailing blanks (spaces, tabs, full-width spaces), so indentation is not content.
 * A line that is only an HTML comment (a reportlint directive) is not content either.
 */
export const reportTextParse: Plugin<[], string, Root> = function () {
  this.parser = (text: string): Root => {
    const starts = lineStarts(text);
    const position = (offset: number) => ({ ...pointAt(starts, offset), offset });
    const children: Paragraph[] = [];
    for (const line of splitLines(text)) {
      if (line.start === line.end) continue;
      const value = text.slice(line.start, line.end);
      if (DIRECTIVE_LINE.test(value)) continue;
      const pos = { start: position(line.start), end: position(line.end) };
      children.push({ type: 'paragraph', children: [{ type: 'text', value, position: pos }], position: pos });
    }
    return { type: 'root', children, position: { start: position(0), end: position(text.length) } };
  };
};
