import { defineRule } from '@reportlint/core';
import type { TextEdit } from '@reportlint/core';
import { partitionPoint } from '@reportlint/parser';
import type { ReportTree } from '@reportlint/parser';
import { guardedSpans, isCjk, lostCharactersEnd, overlapsSpans, proseSpans } from '../shared/prose.js';

/**
 * Runs of two or more marks that end or divide a clause, in the normalized view (full-width ，；：？！％．－ are
 * folded to , ; : ? ! % . -, so both widths are one mark), and runs of percent signs. Clause marks are looked for
 * together, so “，。” is one run; the percent sign only with itself (“98%，” is right). Runs of periods and of
 * hyphens are an ellipsis and a dash typed in an English input mode (“进社区...”, “依法行政--这是”).
 */
const RUNS = /[,;:?!。、]{2,}|%{2,}|\.{3,}|-{2,}/g;
/** GB/T 15834 4.3.5: a question mark and an exclamation mark may stand together (“？！”) for a strong question. */
const QUESTION_AND_EXCLAMATION = /^(?:\?!|!\?)$/;
/** A full stop or a 顿号 typed three times or more is an ellipsis written the wrong way. */
const FAKE_ELLIPSIS = /^(?:。{3,}|、{3,})$/;
/** Periods and hyphens: an ellipsis or a dash only between Chinese (see {@link typedInEnglish}). */
const ENGLISH_RUN = /^(?:\.+|-+)$/;

type MessageId = 'repeated' | 'mixed' | 'ellipsis' | 'dash';

export const rule = defineRule({
  id: 'repeated-punctuation',
  meta: {
    severity: 'warn',
    family: 'style',
    fixable: true,
    description: {
      'zh-CN': '标点不应重复输入或连用（“，，”“。。”“，。”“%%”），省略号应写作“……”，破折号应写作“——”',
      en: 'No punctuation mark typed twice or two marks in a row (，，  。。  ，。  %%); an ellipsis is written ……, a dash ——',
    },
    messages: {
      repeated: {
        'zh-CN': '“{actual}”重复输入，应只保留一个“{mark}”',
        en: '"{actual}" typed more than once; keep one "{mark}"',
      },
      mixed: {
        'zh-CN': '标点“{actual}”连用，应只保留其中一个',
        en: 'Punctuation marks "{actual}" in a row; keep one of them',
      },
      ellipsis: {
        'zh-CN': '“{actual}”不是规范的省略号，应写作“……”',
        en: '"{actual}" is not an ellipsis the standard way; write "……"',
      },
      dash: {
        'zh-CN': '“{actual}”不是规范的破折号，应写作“——”',
        en: '"{actual}" is not a dash the standard way; write "——"',
      },
    },
  },
  check(tree, ctx) {
    const text = tree.source.text;
    const normalized = tree.normalized;
    RUNS.lastIndex = 0;
    for (let m = RUNS.exec(normalized); m; m = RUNS.exec(normalized)) {
      const start = m.index;
      const end = start + m[0].length;
      const english = ENGLISH_RUN.test(m[0]);
      if (english ? !typedInEnglish(text, normalized, start, end) : !inChineseText(text, start, end)) continue;
      if (!inProse(tree, start, end)) continue;
      if (QUESTION_AND_EXCLAMATION.test(m[0]) || standsForNumber(m[0], normalized[end])) continue;
      // “、?水灌区”: the question marks stand for lost characters (placeholder-text's finding), not for marks.
      if (normalized.charCodeAt(end - 1) === 63 && lostCharactersEnd(normalized, end - 1) !== -1) continue;
      const messageId = messageOf(m[0], english);
      // “，, 其中”: the space an English mark was typed with goes with the marks deleted.
      const spaced = messageId === 'repeated' && englishSpaceAfter(text, end) && inProse(tree, end, end + 1);
      const fix = fixOf(messageId, start, spaced ? end + 1 : end);
      ctx.report({ messageId, data: { actual: text.slice(start, end), mark: text[start]! }, start, end: spaced ? end + 1 : end, ...(fix ? { fix } : {}) });
    }
  },
});

/** What a run is: a dash or an ellipsis written the wrong way, a mark typed twice, or two marks in a row. */
function messageOf(run: string, english: boolean): MessageId {
  if (english) return run[0] === '-' ? 'dash' : 'ellipsis';
  if (FAKE_ELLIPSIS.test(run)) return 'ellipsis';
  return new Set(run).size === 1 ? 'repeated' : 'mixed';
}

/**
 * The fix of a run: an ellipsis written ……; a mark typed twice kept once, as first written (its width is
 * punctuation-width's business). Which of two different marks the sentence needs only the drafter knows.
 */
function fixOf(messageId: MessageId, start: number, end: number): TextEdit | undefined {
  if (messageId === 'ellipsis') return { range: [start, end], text: '……' };
  if (messageId === 'dash') return { range: [start, end], text: '——' };
  return messageId === 'repeated' ? { range: [start + 1, end], text: '' } : undefined;
}

/** Whether `at` is a single ASCII space with more of the line after it. */
function englishSpaceAfter(text: string, at: number): boolean {
  return text.charCodeAt(at) === 32 && at + 1 < text.length && !/\s/.test(text[at + 1]!);
}

/**
 * Question marks with text right after them on the line (“共受理？？件”) stand for a number not yet known —
 * template residue, placeholder-text's finding — not for a question asked twice.
 */
function standsForNumber(run: string, next: string | undefined): boolean {
  return /^\?+$/.test(run) && /[\p{Script=Han}\d%]/u.test(next ?? '');
}

/**
 * Whether every mark of a run is prose, outside URLs and addresses. A run may straddle two spans: the title
 * of an inline heading ends with its full stop, and its text starts right after (“（一）强化组织保障。，调整……”).
 */
function inProse(tree: ReportTree, start: number, end: number): boolean {
  const spans = proseSpans(tree);
  for (let at = start; at < end; at++) {
    const s = partitionPoint(spans.length, (i) => spans[i]!.end <= at);
    const span = spans[s];
    if (!span || span.start > at || overlapsSpans(guardedSpans(tree, s), at, at + 1)) return false;
  }
  return true;
}

/**
 * Whether a run of periods or hyphens is an ellipsis or a dash typed in an English input mode: a Chinese
 * character (or full-width mark) right before it, and after it a Chinese character, a full-width mark (《),
 * for a dash an opening quotation mark (“活动--“送法上门””: a dash introduces what it names) or for an ellipsis
 * of three to six periods a closing quotation mark or the line's end. “1...5”,
 * “2021--2025”, a URL's “--”, a table of contents' dot leader (“主要举措......3”, or more than six periods)
 * and “----” under a line are none.
 */
function typedInEnglish(text: string, normalized: string, start: number, end: number): boolean {
  if (!isCjk(text.charCodeAt(start - 1))) return false;
  const after = text.charCodeAt(end);
  if (normalized[start] === '-') return isCjk(after) || after === 0x201c || after === 0x2018;
  return end - start <= 6 && (isCjk(after) || after === 0x201d || after === 0x2019 || Number.isNaN(after) || after === 10 || after === 13);
}

/**
 * Whether a run stands in Chinese text: one of its marks is written full-width (，。、％), or the character
 * before it is Chinese (“来信553件,,其中”) or a digit before a percent sign. A run that English words follow
 * (“一、; shortcomings”, “e.g.,: the”) is English punctuation, left to other tools.
 */
function inChineseText(text: string, start: number, end: number): boolean {
  let after = end;
  while (after < text.length && (text[after] === ' ' || text[after] === '\t')) after++;
  if (/[A-Za-z]/.test(text[after] ?? '')) return false;
  for (let i = start; i < end; i++) if (text.charCodeAt(i) > 0x7f) return true;
  const before = text.charCodeAt(start - 1);
  return isCjk(before) || (text[start] === '%' && before >= 0x30 && before <= 0x39);
}
