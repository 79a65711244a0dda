import { defineRule } from '@reportlint/core';
import { isTitle, partitionPoint } from '@reportlint/parser';
import type { BlockRole, ReportTree } from '@reportlint/parser';
import { oncePer } from '../shared/memo.js';
import { withinProse } from '../shared/prose.js';
import { inRanges, isDigit, isHan } from '../shared/ranges.js';
import type { Range } from '../shared/ranges.js';

/**
 * Runs of blanks as written: space, ideographic space U+3000, no-break space U+00A0. A tab is left out:
 * in a draft it separates the cells of a table row, not the words of a sentence. Only a single blank is
 * reported: two or more align columns (“市场监管　　全年立案126件，……”) or stand for the indent of a
 * paragraph a page ran into the one before (“报告如下：　　一、……”).
 */
const BLANKS = /[ \u3000\u00a0]+/g;
/** Full-width marks a blank may follow inside a sentence. A blank after 。？！ may stand for a paragraph break. */
const MARKS_BEFORE = new Set('“”‘’《》（）、，；：');
/** Full-width marks a blank may precede inside a sentence. */
const MARKS_AFTER = new Set('“”‘’《》（）、，。；：');
/** Full-width stops and pauses, before which a blank is stray after a figure or an acronym too (100% 。). */
const STOPS = new Set('、，。；：？！');
/**
 * Marks of a sentence in the normalized view (，； folded to , ;): a line without any is a heading, a
 * title, a signature, a row of a table or a list, where a blank may separate on purpose.
 */
const SENTENCE_MARK = /[,;。]/;
/** Frame blocks (GB/T 9704) where blanks separate on purpose: joint issuers, a signature, a date, a notation. */
const FRAME_ROLES = new Set<BlockRole>(['title', 'signature', 'date', 'attachment', 'notation']);
const OPENERS = '“‘《（';
const CLOSERS = '”’》）';
/** Quotation and title marks: {@link readLine} counts how deep each point of a line quotes. */
const QUOTE_MARK = /[“”‘’《》]/g;
/** A news agency's dateline (“中新网3月29日电 据……”) is followed by a blank by convention. */
const DATELINE = /\d日电$/;
/** How far back from a blank an @ may start the handle it ends (“微博@某某司法 粉丝……”): a handle is short. */
const HANDLE_MAX = 20;
/** How many characters of context a message shows on each side of the blank. */
const CONTEXT = 6;
/**
 * Joint issuers named in a sentence: GB/T 9704 separates a Party issuer from a government one with a
 * blank, and drafts copy them so (“根据中共中央办公厅 国务院办公厅印发《……》”, “中共某县委 某县人民政府印发”).
 * The Party side ends the text before the blank, the government side opens the text after it.
 */
const PARTY_ISSUER = /中共[\u4e00-\u9fff]{0,10}(?:中央|委)(?:办公厅|办公室)?$/;
const GOVERNMENT_ISSUER = /^(?:国务院|[\u4e00-\u9fff]{0,10}?(?:人民政府|政府办公厅|政府办公室))/;
/**
 * The general offices of both sides name their issuers without 中共 too (“按照中央办公厅 国务院办公厅《……》要求”,
 * “省委办公厅 省政府办公厅联合印发”), and so do their short names (中办 国办): offices on both sides are issuers,
 * where 县委 县政府 alone may be two organs leading.
 */
const PARTY_OFFICE = /(?:中央|委)(?:办公厅|办公室)$|中办$/;
const GOVERNMENT_OFFICE = /^(?:国务院|[\u4e00-\u9fff]{0,10}?政府)(?:办公厅|办公室)|^国办/;
/** How far from the blank an issuer's name is read: the longest a 中共……委办公室 or a ……人民政府办公室 runs. */
const ISSUER_MAX = 16;

export const rule = defineRule({
  id: 'stray-space',
  meta: {
    severity: 'warn',
    family: 'style',
    fixable: true,
    description: {
      'zh-CN': '中文句子中间不应有多余的空格（如“深入学习 贯彻”）',
      en: 'No stray blank inside a Chinese sentence (深入学习 贯彻)',
    },
    messages: {
      stray: {
        'zh-CN': '句中多余的空格：“{before}□{after}”，应删去',
        en: 'Stray blank inside a sentence: "{before}□{after}"; delete it',
      },
    },
  },
  check(tree, ctx) {
    const text = tree.source.text;
    // The line of the last candidate: blanks come in order, so each line is read once, and a page run
    // together into one long line is not searched back to its start for every blank.
    let line: Line | undefined;
    BLANKS.lastIndex = 0;
    for (let m = BLANKS.exec(text); m; m = BLANKS.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (end - start > 1) continue;
      // A blank between Chinese, or one that cuts a number (1 5起): the rest is taste (2025 年, AI 技术).
      const cut = !betweenChinese(text, start, end);
      if ((cut && !cutsNumber(text, start, end)) || !inProse(tree, start, end) || inRanges(headingsAndFrame(tree), start)) continue;
      if (!line || start >= line.end) line = readLine(tree, text.lastIndexOf('\n', start) + 1);
      if (!line.sentences || (!cut && (inQuotation(text, line, start, end) || spacedOnPurpose(tree, start, end, line.start)))) continue;
      ctx.report({
        messageId: 'stray',
        data: { before: contextBefore(text, start, line.start), after: contextAfter(text, end, line.end) },
        start,
        end,
        fix: { range: [start, end], text: '' },
      });
    }
  },
});

/**
 * Whether Chinese stands on both sides of the blank: a Han character or a full-width mark. A blank
 * next to a digit or a Latin letter (“2025 年”, “AI 技术”) is a matter of taste, left to other readers;
 * not one before a full-width stop or pause after Chinese (“合格率为100% 。”, “上线APP ，”): no layout puts a
 * blank there.
 */
function betweenChinese(text: string, start: number, end: number): boolean {
  const before = text.charCodeAt(start - 1);
  const after = text.charCodeAt(end);
  if (STOPS.has(text[end] ?? '') && before > 32 && afterChinese(text, start)) return true;
  return (isHan(before) || MARKS_BEFORE.has(text[start - 1] ?? '')) && (isHan(after) || MARKS_AFTER.has(text[end] ?? ''));
}

/**
 * Whether the word before the blank is a figure or an acronym (100%, 12, APP) that follows Chinese: a Han
 * character or a full-width mark. After a URL or a path a blank keeps the mark out of the link.
 */
function afterChinese(text: string, start: number): boolean {
  let from = start;
  while (from > 0 && FIGURE_OR_ACRONYM.test(text[from - 1]!)) from--;
  if (from === start) return false;
  return isHan(text.charCodeAt(from - 1)) || MARKS_BEFORE.has(text[from - 1] ?? '');
}
const FIGURE_OR_ACRONYM = /[0-9A-Za-z%‰]/;

/**
 * Whether the blank cuts one number typed apart, between Han characters: 应诉案件1 5起, 审结案件4 2件. Digits
 * grouped by threes (12 406份, GB/T 15835) leave three after the blank, and a blank between a number and a
 * word (2025 年) none on one side: neither is a cut. Four digits before it are a year, the blank the brackets
 * a document number lost (白政办发2024 7号): two numbers, not one.
 */
function cutsNumber(text: string, start: number, end: number): boolean {
  let from = start;
  while (from > 0 && isDigit(text.charCodeAt(from - 1))) from--;
  let to = end;
  while (to < text.length && isDigit(text.charCodeAt(to))) to++;
  const before = start - from;
  const after = to - end;
  return before >= 1 && before <= 3 && after >= 1 && after <= 2 && isHan(text.charCodeAt(from - 1)) && isHan(text.charCodeAt(to));
}


/** Whether the blank and the characters around it lie in one prose span, outside URLs and code. */
const inProse = (tree: ReportTree, start: number, end: number): boolean => withinProse(tree, start - 1, end + 1);

/**
 * Section headings (a two-clause heading “坚持高位推动　法治政府建设责任不断强化” is spaced on purpose) and
 * frame blocks, sorted: their blanks are the layout's.
 */
const headingsAndFrame = oncePer((tree: ReportTree): Range[] => {
  const ranges: Range[] = tree.allSections.map((s) => ({ start: s.marker?.start ?? s.titleStart, end: s.titleEnd + 1 }));
  for (const b of tree.blocks) if (b.role && FRAME_ROLES.has(b.role)) ranges.push({ start: b.start, end: b.end });
  ranges.sort((a, b) => a.start - b.start);
  const merged: Range[] = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else merged.push({ ...r });
  }
  return merged;
});

interface Line {
  start: number;
  end: number;
  /**
   * Whether the line reads as sentences: it has a comma, semicolon or full stop, and no tab or table
   * bar. Headings, lists of names and posts, signatures and rows of a table do not.
   */
  sentences: boolean;
  /**
   * Offsets of the quotation and title marks on the line, and how many quotations are open after each:
   * an opener never closed (a page cut off mid-quotation) quotes to the end of the line.
   */
  marks: number[];
  depths: number[];
}

/** What the rule needs to know of the line starting at `start`, read once per line that has a candidate. */
function readLine(tree: ReportTree, start: number): Line {
  const text = tree.source.text;
  let end = text.indexOf('\n', start);
  if (end === -1) end = text.length;
  if (text.charCodeAt(end - 1) === 13) end--;
  const content = tree.normalized.slice(start, end);
  const sentences = SENTENCE_MARK.test(content) && !content.includes('\t') && !content.includes('|');
  const marks: number[] = [];
  const depths: number[] = [];
  if (sentences) {
    let depth = 0;
    QUOTE_MARK.lastIndex = 0;
    for (let m = QUOTE_MARK.exec(content); m; m = QUOTE_MARK.exec(content)) {
      depth = OPENERS.includes(m[0]) ? depth + 1 : Math.max(0, depth - 1);
      marks.push(start + m.index);
      depths.push(depth);
    }
  }
  return { start, end, sentences, marks, depths };
}

/**
 * Whether the blank stands between two words of a quotation or a title: a slogan of two clauses
 * (“百馆千万场 服务来共享”) and joint issuers of a document cited (《中共中央办公厅 国务院办公厅关于……》)
 * are spaced on purpose. A blank just inside the marks (“ 全员办案”) is a stray one.
 */
function inQuotation(text: string, line: Line, start: number, end: number): boolean {
  if (OPENERS.includes(text[start - 1]!) || CLOSERS.includes(text[end]!)) return false;
  const last = partitionPoint(line.marks.length, (i) => line.marks[i]! < start) - 1;
  return last >= 0 && line.depths[last]! > 0;
}

/** Whether the blank separates on purpose, by one of the conventions below. */
function spacedOnPurpose(tree: ReportTree, start: number, end: number, lineStart: number): boolean {
  const text = tree.source.text;
  return (
    placeholder(text, start, end) ||
    besideLoneCharacter(text, start, end) ||
    inListOfWords(text, start, end) ||
    DATELINE.test(text.slice(Math.max(lineStart, start - 4), start)) ||
    endsHandle(text, start, lineStart) ||
    endsTitle(tree.normalized, start, lineStart) ||
    betweenIssuers(tree.normalized, start, end, lineStart)
  );
}

/** Whether the blank separates a Party issuer from a government one (see PARTY_ISSUER, PARTY_OFFICE), in the normalized view. */
function betweenIssuers(normalized: string, start: number, end: number, lineStart: number): boolean {
  const before = normalized.slice(Math.max(lineStart, start - ISSUER_MAX), start);
  const after = normalized.slice(end, end + ISSUER_MAX);
  return (PARTY_ISSUER.test(before) && GOVERNMENT_ISSUER.test(after)) || (PARTY_OFFICE.test(before) && GOVERNMENT_OFFICE.test(after));
}

/** Blank brackets or quotation marks (“全县（ ）个部门”) leave room for a figure: template residue, placeholder-text's finding. */
function placeholder(text: string, start: number, end: number): boolean {
  return OPENERS.includes(text[start - 1]!) && CLOSERS.includes(text[end]!);
}

/** Marks inside a sentence, full- and half-width (the blanks are read in the source text), after which a blank separates nothing. */
const CLAUSE_MARKS = '、，；：,;:';

/**
 * Whether a Han character stands alone on either side of the blank: names padded to three characters
 * (王　伟), words spaced out letter by letter (发 布 机 构, 字号：大 中 小). “在 全市” is missed, the price of
 * never underlining a name.
 */
function besideLoneCharacter(text: string, start: number, end: number): boolean {
  // Right after a clause mark no name is padded: “、 进“企业”” is a stray blank.
  if (CLAUSE_MARKS.includes(text[start - 1]!)) return false;
  const lone = (at: number, step: number) => isHan(text.charCodeAt(at)) && !isHan(text.charCodeAt(at + step));
  return lone(start - 1, -1) || lone(end, 1);
}

/**
 * Whether the word on either side of the blank has a blank on its other side too: words listed with
 * blanks between them (“撤销 变更 确认违法”) want 顿号, not to be run together, which only the drafter can say.
 */
function inListOfWords(text: string, start: number, end: number): boolean {
  let before = start - 1;
  while (isHan(text.charCodeAt(before))) before--;
  let after = end;
  while (isHan(text.charCodeAt(after))) after++;
  return (before < start - 1 && blankBetweenWords(text, before)) || (after > end && blankBetweenWords(text, after));
}

/** Whether `at` is a blank with text on both sides on its line, not a line's indentation or trailing blanks. */
function blankBetweenWords(text: string, at: number): boolean {
  if (!isBlank(text.charCodeAt(at))) return false;
  let from = at;
  while (isBlank(text.charCodeAt(from - 1))) from--;
  let to = at + 1;
  while (isBlank(text.charCodeAt(to))) to++;
  return from > 0 && !isBreak(text.charCodeAt(from - 1)) && to < text.length && !isBreak(text.charCodeAt(to));
}

const isBreak = (code: number) => code === 10 || code === 13;

/** Whether the blank ends an @-handle (“官方微博@青川司法 粉丝数……”), which a blank closes by convention. */
function endsHandle(text: string, start: number, lineStart: number): boolean {
  let at = start - 1;
  while (at > lineStart && start - at < HANDLE_MAX && isHan(text.charCodeAt(at))) at--;
  return text[at] === '@' || text[at] === '＠';
}

/**
 * Whether all of the line before the blank is the report's title: a web page that ran its lines
 * together puts a blank where the title's line ended (“……法治政府建设的报告 中共某市委、某市人民政府：”).
 */
function endsTitle(normalized: string, start: number, lineStart: number): boolean {
  return start - lineStart <= 60 && isTitle(normalized.slice(lineStart, start).trim());
}

/** Up to CONTEXT characters before `start` on its line, from the last blank before it on. */
function contextBefore(text: string, start: number, lineStart: number): string {
  let from = start;
  while (from > lineStart && start - from < CONTEXT && !isBlank(text.charCodeAt(from - 1))) from--;
  return text.slice(from, start);
}

/** Up to CONTEXT characters after `end` on its line, up to the next blank. */
function contextAfter(text: string, end: number, lineEnd: number): string {
  let to = end;
  while (to < lineEnd && to - end < CONTEXT && !isBlank(text.charCodeAt(to))) to++;
  return text.slice(end, to);
}

const isBlank = (code: number) => code === 32 || code === 0x3000 || code === 0xa0 || code === 9;
