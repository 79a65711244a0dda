import * as OpenCC from 'opencc-js/t2cn';
import tsCharacters from 'opencc-js/dict/TSCharacters';
import type { SourceFormat } from './types.js';

type Convert = (text: string) => string;
let toSimplified: Convert | undefined;
let traditionalBmp: Uint8Array | undefined;
let traditionalAstral: Set<number> | undefined;

/** 1 at each code unit OpenCC's character table converts (astral ones in traditionalAstral); built on first use. */
function traditionalTable(): Uint8Array {
  if (!traditionalBmp) {
    traditionalBmp = new Uint8Array(0x10000);
    traditionalAstral = new Set();
    for (const entry of tsCharacters.split('|')) {
      const code = entry.codePointAt(0)!;
      if (code > 0xffff) traditionalAstral.add(code);
      else traditionalBmp[code] = 1;
    }
  }
  return traditionalBmp;
}

/**
 * The offset of the first character from `from` (before `to`) that OpenCC would convert, or -1. Most
 * drafts are Simplified; a lookup table over the code points is several times cheaper than running
 * the converter over them.
 */
function nextTraditional(text: string, from: number, to = text.length): number {
  const table = traditionalTable();
  const last = Math.min(to, text.length);
  for (let i = from; i < last; i++) {
    const code = text.charCodeAt(i);
    if (table[code] || (code >= 0xd800 && code < 0xdc00 && traditionalAstral!.has(text.codePointAt(i)!))) return i;
  }
  return -1;
}

/** 1 at each Simplified character that stands for another character in Traditional (负 for 負, 制 for 製); built on first use. */
let simplifiedForms: Uint8Array | undefined;

/**
 * Whether a Traditional text writes `text` the same way: none of its characters is the Simplified form of
 * another (截至, 年度 are written alike; 负责人, 以来 are not). Conservative: 制 stands for 製 too, so a text
 * with 制 is not taken as written alike, though 法制 is.
 */
export function writtenAlikeInTraditional(text: string): boolean {
  if (!simplifiedForms) {
    simplifiedForms = new Uint8Array(0x10000);
    for (const entry of tsCharacters.split('|')) {
      const [traditional, ...simplified] = entry.split(' ');
      for (const form of simplified) if (form !== traditional && form.length === 1) simplifiedForms[form.charCodeAt(0)] = 1;
    }
  }
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // A character outside the BMP (CJK Extension B …) is not known: not taken as alike.
    if (simplifiedForms[code] || (code >= 0xd800 && code < 0xdc00)) return false;
  }
  return true;
}

/** Full-width ASCII forms (！ to ～, as in WIDE) map to ASCII by a fixed distance; U+3000 is the ideographic space. */
const FULLWIDTH_FIRST = 0xff01;
const FULLWIDTH_SHIFT = 0xfee0;

/**
 * Characters a web page or a converter leaves in the text that show nothing: zero-width space, non-joiner
 * and joiner, word joiner, a byte order mark inside the text, soft hyphen. They fall anywhere — at a
 * line's start, inside a heading (“存在的\u200b不足”), inside a number (“12\u200b86件”).
 */
const INVISIBLE_CODES = [0x200b, 0x200c, 0x200d, 0x2060, 0xfeff, 0xad];
const INVISIBLE = String.fromCharCode(...INVISIBLE_CODES);

/** Every invisible character of a text, for matchAll. */
const INVISIBLE_CHARS = new RegExp(`[${INVISIBLE}]`, 'g');

/** Whether a character (by code) is one of INVISIBLE_CODES, tested by code: it runs at both ends of every line. */
export function isInvisible(code: number): boolean {
  return INVISIBLE_CODES.includes(code);
}

const WIDE = new RegExp(`[\uff01-\uff5e\u3000\u00a0${INVISIBLE}]`, 'g');

// One native replace: a draft's full-width punctuation (，。：；（）) is a few percent of its characters.
// An invisible character is a blank in the view, as on the page: trimmed at a line's ends, and read
// through inside a sentence's figures (see JoinedText).
function foldWidth(text: string): string {
  return text.replace(WIDE, (c) => {
    const code = c.charCodeAt(0);
    return code >= FULLWIDTH_FIRST ? String.fromCharCode(code - FULLWIDTH_SHIFT) : ' ';
  });
}

/**
 * Converts Traditional characters to Simplified with OpenCC's character table (not phrase
 * idioms: 程式 stays 程式), keeping every UTF-16 offset: where a conversion would change the
 * length, the original character is kept.
 *
 * Only the passages with Traditional characters go through the converter: a passage runs from the
 * first line with one to the last line with one that follows within SEGMENT_GAP code units; the
 * lines outside are left as written. None of OpenCC's entries holds a line break, so a passage
 * converts as it would within the whole text; a Simplified line elsewhere keeps 一目瞭然 or 反覆 as
 * written, whether or not a stray 於 sits somewhere else in the draft. A pasted Traditional paragraph
 * costs that paragraph, not the whole text (the converter is the parser's slowest step).
 */
function simplify(text: string): string {
  let out = '';
  let copied = 0;
  for (let i = nextTraditional(text, 0); i !== -1; i = nextTraditional(text, copied)) {
    const start = lineStart(text, i);
    let end = lineEnd(text, i);
    // The lines of a Traditional text go through in one call, not one call each.
    for (let next = nextTraditional(text, end, end + SEGMENT_GAP); next !== -1; next = nextTraditional(text, end, end + SEGMENT_GAP)) {
      end = lineEnd(text, next);
    }
    out += text.slice(copied, start) + simplifyLines(text.slice(start, end));
    copied = end;
  }
  return copied === 0 ? text : out + text.slice(copied);
}

const SEGMENT_GAP = 200;

function lineStart(text: string, i: number): number {
  while (i > 0 && !isLineBreak(text.charCodeAt(i - 1))) i--;
  return i;
}

function lineEnd(text: string, i: number): number {
  while (i < text.length && !isLineBreak(text.charCodeAt(i))) i++;
  return i;
}

const isLineBreak = (code: number): boolean => code === 10 || code === 13;

function simplifyLines(lines: string): string {
  toSimplified ??= OpenCC.Converter({ from: 't', to: 'cn' }) as Convert;
  const converted = toSimplified(lines);
  if (converted.length === lines.length) return converted;
  let out = '';
  for (const ch of lines) {
    const c = toSimplified(ch);
    out += c.length === ch.length ? c : ch;
  }
  return out;
}

/**
 * The normalized view every rule matches on: Simplified script, half-width ASCII punctuation and
 * digits. It has exactly the length of the input, so an offset in one is the same offset in the other.
 */
export function normalizeText(text: string): string {
  return foldWidth(simplify(text));
}

/**
 * The backslash of a Markdown escape (“1\.”, “81\.1%”, “\*”): a Word converter (mammoth, pandoc)
 * escapes the ASCII marks that could read as Markdown, and the page shows the mark alone.
 */
const MARKDOWN_ESCAPE = /\\[!-/:-@[-`{-~]/g;

/**
 * Offsets, in order, of the characters that show nothing on the page: INVISIBLE ones, and in Markdown
 * the backslash of each escape. The normalized view has a blank at each (see blankEscapes); the
 * figures are read through them (JoinedText), so “12\u200b86件” and “81\.1%” are 1286件 and 81.1%.
 */
export function hiddenOffsets(text: string, format: SourceFormat): number[] {
  const offsets = Array.from(text.matchAll(INVISIBLE_CHARS), (m) => m.index);
  if (format !== 'md' || !text.includes('\\')) return offsets;
  for (const m of text.matchAll(MARKDOWN_ESCAPE)) offsets.push(m.index);
  return offsets.sort((a, b) => a - b);
}

/** The normalized view of a Markdown draft with the backslash of each escape in `text` blanked, offsets kept. */
export function blankEscapes(normalized: string, text: string): string {
  if (!text.includes('\\')) return normalized;
  let out = '';
  let from = 0;
  for (const m of text.matchAll(MARKDOWN_ESCAPE)) {
    out += normalized.slice(from, m.index) + ' ';
    from = m.index + 1;
  }
  return out + normalized.slice(from);
}

/**
 * HTML a CMS or an editor leaves in Markdown: character references (&nbsp;, &#12288;), tags (<br>,
 * <p style=…>, </span>) and comments (a drafter's note to self, “<!-- 待核实 -->”, unseen on the page).
 */
const MARKUP = /&(?:[a-zA-Z]{2,8}|#\d{1,7}|#[xX][0-9a-fA-F]{1,6});|<\/?[a-zA-Z][^<>\n]*>|<!--[\s\S]*?-->/g;

const BREAK = /^<br\b/i;
/** Blanks up to the end of the line, matched where a tag ends. */
const LINE_END = /[ \t]*(?:\r?\n|$)/y;

/**
 * The normalized view of a Markdown draft with its HTML markup blanked out, offsets kept: the
 * “;” of &nbsp; is no half-width semicolon, and a paragraph indented with &nbsp; starts at its
 * first word. A <br> inside a line breaks it, as on the page. Only Markdown: in plain text “<” and
 * “&” are what the drafter typed.
 */
export function blankMarkup(normalized: string): string {
  if (!normalized.includes('&') && !normalized.includes('<')) return normalized;
  // A <br> inside a line breaks it: a CMS joins the signature and the date with one
  // (“××局<br>2026年1月16日”). At the end of a line the line already breaks.
  return normalized.replace(MARKUP, (m, at: number) => {
    LINE_END.lastIndex = at + m.length;
    const inLine = BREAK.test(m) && !LINE_END.test(normalized);
    return inLine ? '\n' + ' '.repeat(m.length - 1) : blank(m);
  });
}

/** The same span as spaces, its line breaks kept (a comment may run over lines). */
const blank = (span: string) => span.replace(/[^\r\n]/g, ' ');

/** The fences of a YAML front matter block: `---` opens it, `---` or `...` closes it. */
const YAML_OPEN = /^---[ \t]*$/;
const YAML_CLOSE = /^(?:---|\.\.\.)[ \t]*$/;
/** A line inside it: a key (title: …), a list item, an indented continuation, or blank. */
const YAML_LINE = /^(?:[^\s:#][^:]*:(?:[ \t].*)?|[ \t]*-[ \t].*|[ \t]+.*|[ \t]*)$/;

/**
 * The Markdown draft with its YAML front matter (“---⏎title: …⏎date: 2025-01-24⏎---”, as Typora,
 * Obsidian and static-site tools write it) blanked, offsets and lines kept: metadata, not the report's
 * text (remark-parse would read its closing fence as underlining its keys into a heading). Every inner
 * line must look like YAML, so a thematic break over a paragraph is not taken for it. Read line by
 * line: one regular expression over the whole block backtracked exponentially when no fence closed it.
 */
export function blankFrontMatter(text: string): string {
  let start = 0;
  let lineNumber = 0;
  while (start < text.length) {
    const newline = text.indexOf('\n', start);
    const end = newline === -1 ? text.length : newline;
    const line = text.slice(start, end).replace(/\r$/, '');
    if (lineNumber === 0) {
      if (!YAML_OPEN.test(line)) return text;
    } else if (YAML_CLOSE.test(line)) {
      return blank(text.slice(0, end)) + text.slice(end);
    } else if (!YAML_LINE.test(line)) {
      return text;
    }
    if (newline === -1) break;
    start = newline + 1;
    lineNumber++;
  }
  return text;
}
