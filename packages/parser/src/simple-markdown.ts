import type { Heading, Paragraph, Root, RootContent } from 'mdast';
import { lineStarts, pointAt } from './lines.js';

/**
 * A character that may start Markdown syntax other than ATX headings and paragraphs, anywhere in
 * a line: inline constructs (& * < [ \ ] _ `), fences (~), and controls, tabs and U+FEFF, whose
 * handling we do not mirror.
 */
const SYNTAX = /[\x00-\x09\x0b\x0c\x0e-\x1f\x7f&*<[\\\]_`~\ufeff]/;

/** Characters that start a block construct at the beginning of a line: list, quote, setext underline. */
const BLOCK_START = new Set(['-', '+', '=', '>']);

const isDigit = (c: number) => c >= 0x30 && c <= 0x39;

/**
 * The mdast tree remark-parse (CommonMark) gives for a draft made only of ATX headings ("## 一、…"),
 * paragraphs of plain text and blank lines, built directly: micromark costs about ten times
 * the rest of the parse. Returns undefined for anything else (emphasis, lists, indentation,
 * trailing spaces, a heading without its space…), which remark-parse then parses.
 */
export function parseSimpleMarkdown(text: string, starts: number[] = lineStarts(text)): Root | undefined {
  if (SYNTAX.test(text)) return undefined;
  const point = (line: number, offset: number) => ({ line: line + 1, column: offset - starts[line]! + 1, offset });
  const children: RootContent[] = [];
  // The paragraph being read: its first line and where it starts, its last line and where it ends.
  let first = -1;
  let from = 0;
  let last = -1;
  let to = 0;
  const closeParagraph = () => {
    if (first < 0) return;
    const value = text.slice(from, to);
    const paragraph: Paragraph = {
      type: 'paragraph',
      children: [{ type: 'text', value, position: { start: point(first, from), end: point(last, to) } }],
      position: { start: point(first, from), end: point(last, to) },
    };
    children.push(paragraph);
    first = -1;
  };

  for (let i = 0; i < starts.length; i++) {
    const begin = starts[i]!;
    let end = i + 1 < starts.length ? starts[i + 1]! : text.length;
    if (end > begin && text.charCodeAt(end - 1) === 10) end--;
    if (end > begin && text.charCodeAt(end - 1) === 13) end--;
    if (begin === end) {
      closeParagraph();
      continue;
    }
    // No indentation and no trailing spaces: both change what the text node holds.
    if (text.charCodeAt(begin) === 0x20 || text.charCodeAt(end - 1) === 0x20) return undefined;
    const lead = text[begin]!;
    if (lead === '#') {
      let depth = 1;
      while (depth <= 6 && text[begin + depth] === '#') depth++;
      const content = begin + depth + 1;
      // "## title": one space, then a title without # (which could close the heading) or a second space.
      if (depth > 6 || text[begin + depth] !== ' ' || content >= end || text[content] === ' ') return undefined;
      for (let k = content; k < end; k++) if (text.charCodeAt(k) === 0x23) return undefined;
      closeParagraph();
      const heading: Heading = {
        type: 'heading',
        depth: depth as Heading['depth'],
        children: [{ type: 'text', value: text.slice(content, end), position: { start: point(i, content), end: point(i, end) } }],
        position: { start: point(i, begin), end: point(i, end) },
      };
      children.push(heading);
      continue;
    }
    if (BLOCK_START.has(lead)) return undefined;
    if (isDigit(text.charCodeAt(begin))) {
      // "1." or "1)" may open an ordered list.
      let k = begin;
      while (k < end && isDigit(text.charCodeAt(k))) k++;
      if (text[k] === '.' || text[k] === ')') return undefined;
    }
    if (first < 0) {
      first = i;
      from = begin;
    }
    last = i;
    to = end;
  }
  closeParagraph();
  const end = pointAt(starts, text.length);
  return {
    type: 'root',
    children,
    position: { start: { line: 1, column: 1, offset: 0 }, end: { line: end.line, column: end.column, offset: text.length } },
  };
}
