import { defineRule } from '@reportlint/core';
import { splitLines } from '@reportlint/parser';
import type { ReportTree } from '@reportlint/parser';

type Line = ReturnType<typeof splitLines>[number];

/** Ends a sentence or a clause that may close a line (matched on the normalized, half-width text). */
const FINAL = new Set(['。', '｡', '.', '!', '?', ';', ':', '…', '—', '-']);
/** Closing quotes and brackets: a line may end "…。”" or "…。）". */
const CLOSERS = new Set(['”', '’', '」', '』', ')', '》', '〉', ']', '】', '"', "'"]);
/** Punctuation that cannot end a sentence: the line certainly goes on. */
const CONTINUING = new Set([',', '、', '“', '‘', '「', '『', '(', '《', '〈', '[', '【']);
/** A sentence ends somewhere on the line: it is running text, not a heading. */
const TERMINATOR = /[。｡!?;]/;
/** A new item or a bullet: the next line starts something of its own. */
const NEW_ITEM = /^(?:[一二三四五六七八九十]{1,2}是|[●•·◆◇■□▲△★☆※>\-—])/;
/** Longest unpunctuated line that may be a heading without a number. */
const HEADING_LIKE_MAX = 40;

type LineKind = 'text' | 'heading' | 'frame' | 'none';

export const rule = defineRule({
  id: 'line-break-in-sentence',
  meta: {
    severity: 'warn',
    family: 'style',
    fixable: true,
    description: {
      'zh-CN': '纯文本稿中一句话不应被换行截断',
      en: 'In a plain-text draft a sentence must not be broken across lines',
    },
    messages: {
      broken: {
        'zh-CN': '句子在此处被换行截断（“{tail}”后接下一行“{head}”），应删去换行，与下一行连成一段',
        en: 'Sentence broken by a line break ("{tail}" continues with "{head}" on the next line); remove the line break',
      },
    },
  },
  check(tree, ctx) {
    if (tree.source.format !== 'txt') return;
    const text = tree.source.text;
    const normalized = tree.normalized;
    const lines = splitLines(text);
    const kindAt = lineKinds(tree);
    const kind = (line: Line): LineKind => (line.start === line.end ? 'none' : (kindAt.get(line.start) ?? 'none'));

    // Drafts that indent their paragraphs start a new paragraph with an indented line.
    let indented = 0;
    let content = 0;
    for (const line of lines) {
      if (kind(line) !== 'text') continue;
      content++;
      if (line.start > lineBegin(line, text)) indented++;
    }
    const indentsParagraphs = content >= 2 && indented * 2 > content;

    let carried = false;
    for (let i = 0; i + 1 < lines.length; i++) {
      const line = lines[i]!;
      const next = lines[i + 1]!;
      const continues = carried;
      carried = false;
      if (kind(line) !== 'text' || kind(next) !== 'text') continue;
      const ending = splitsTitle(normalized, line, next) ? 'continuing' : lineEnding(normalized, line);
      if (ending === 'final') continue;
      if (ending === 'open') {
        const body = normalized.slice(line.start, line.end);
        const nextBody = normalized.slice(next.start, next.end);
        // "…中青年干部" + "培训班等…": only when the line is running text and the next one is not a
        // heading, a new item or (in an indented draft) a new paragraph.
        if (!continues && !TERMINATOR.test(body)) continue;
        if (!TERMINATOR.test(nextBody) && nextBody.length <= HEADING_LIKE_MAX) continue;
        if (NEW_ITEM.test(nextBody)) continue;
        if (indentsParagraphs && next.start > lineBegin(next, text)) continue;
      }
      const latinJoin = /[A-Za-z]/.test(normalized[line.end - 1]!) && /[A-Za-z]/.test(normalized[next.start]!);
      const lastStart = line.end - (isLowSurrogate(text.charCodeAt(line.end - 1)) && line.end - 2 >= line.start ? 2 : 1);
      ctx.report({
        messageId: 'broken',
        data: { tail: snippet(text.slice(line.start, line.end), -8), head: snippet(text.slice(next.start, next.end), 8) },
        start: lastStart,
        end: line.end,
        // The blanks ending the line, the line break and the next line's indentation: nothing else.
        fix: { range: [line.end, next.start], text: latinJoin ? ' ' : '' },
      });
      carried = true;
    }
  },
});

/**
 * What each line of a plain-text draft is, by the offset of its first non-blank character:
 * running text (a paragraph, or a section whose title is followed by body text), a heading
 * line, or a frame line (title, web-page residue, sign-off, signature, date).
 */
function lineKinds(tree: ReportTree): Map<number, LineKind> {
  const kinds = new Map<number, LineKind>();
  for (const block of tree.blocks) {
    if (block.node.type !== 'paragraph') continue;
    kinds.set(block.start, block.role && block.role !== 'opening' ? 'frame' : 'text');
  }
  for (const section of tree.allSections) {
    const start = section.marker?.start ?? section.position.start.offset;
    if (start !== undefined) kinds.set(start, section.inline ? 'text' : 'heading');
  }
  return kinds;
}

/** 'final': the line may end here; 'open': it ends on a word, a number or a closing quote; 'continuing': on a comma or an opening bracket. */
function lineEnding(normalized: string, line: Line): 'final' | 'open' | 'continuing' {
  let i = line.end - 1;
  const last = normalized[i]!;
  if (CONTINUING.has(last)) return 'continuing';
  while (i > line.start && CLOSERS.has(normalized[i]!)) i--;
  const c = normalized[i]!;
  if (FINAL.has(c) || CLOSERS.has(c)) return 'final';
  if (CONTINUING.has(c)) return 'continuing';
  return isWordChar(c) ? 'open' : 'final';
}

/**
 * The line leaves a 《 open and the next line closes it: “学习《中华人民共和国行政” / “复议法》，…”.
 * A title is never split by a paragraph break, so the line certainly goes on, whatever it ends with
 * and whether or not a sentence ended earlier on it.
 */
function splitsTitle(normalized: string, line: Line, next: Line): boolean {
  // Only a line that ends inside a title: its last title mark is 《.
  let k = line.end - 1;
  while (k >= line.start && normalized[k] !== '《' && normalized[k] !== '》') k--;
  if (k < line.start || normalized[k] === '》') return false;
  // And the next line's first title mark is the 》 that closes it.
  for (let j = next.start; j < next.end; j++) {
    if (normalized[j] === '》') return true;
    if (normalized[j] === '《') return false;
  }
  return false;
}

function isWordChar(c: string): boolean {
  const code = c.charCodeAt(0);
  return (
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0x3400 && code <= 0x4dbf) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xd800 && code <= 0xdfff) ||
    /[0-9A-Za-z%]/.test(c)
  );
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/** Offset where the line begins (before its indentation). */
function lineBegin(line: Line, text: string): number {
  let i = line.start;
  while (i > 0 && text[i - 1] !== '\n' && text[i - 1] !== '\r') i--;
  return i;
}

/** The first (n > 0) or last (n < 0) |n| characters (code points), with an ellipsis when cut. */
function snippet(s: string, n: number): string {
  // Walks only the characters kept, not the whole line.
  const count = Math.abs(n);
  let at = n > 0 ? 0 : s.length;
  for (let k = 0; k < count; k++) {
    if (n > 0) {
      if (at >= s.length) return s;
      at += isHighSurrogate(s.charCodeAt(at)) && isLowSurrogate(s.charCodeAt(at + 1)) ? 2 : 1;
    } else {
      if (at <= 0) return s;
      at -= isLowSurrogate(s.charCodeAt(at - 1)) && isHighSurrogate(s.charCodeAt(at - 2)) ? 2 : 1;
    }
  }
  if (n > 0) return at >= s.length ? s : `${s.slice(0, at)}…`;
  return at <= 0 ? s : `…${s.slice(at)}`;
}
