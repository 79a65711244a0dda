import { defineRule, Type } from '@reportlint/core';
import type { Sentence } from '@reportlint/parser';
import { oncePer } from '../shared/memo.js';
import { occurrenceSpan } from '../shared/parts.js';
import { foldEntries } from '../shared/ranges.js';
import vocabulary from './rectification.json' with { type: 'json' };

const list = (description: string) => Type.Array(Type.String({ minLength: 1 }), { default: [], description });

const schema = Type.Object(
  {
    extraRectificationWords: list('Words added to rectification.json#rectificationWords (整改).'),
    extraPreviousYearWords: list('Words added to rectification.json#previousYearWords (上一年度, 上年度, 去年 …).'),
  },
  { additionalProperties: false },
);

type Options = { extraRectificationWords: string[]; extraPreviousYearWords: string[] };

/** The word lists folded as the text is (either script or width): once per options object. */
const wordsOf = oncePer(
  (options: Options): { rectify: string[]; previousWords: string[] } => ({
    rectify: foldEntries([...vocabulary.rectificationWords, ...options.extraRectificationWords]),
    previousWords: foldEntries([...vocabulary.previousYearWords, ...options.extraPreviousYearWords]),
  }),
);

export const rule = defineRule({
  id: 'rectification',
  meta: {
    severity: 'off',
    strictSeverity: 'warn',
    family: 'substance',
    fixable: false,
    description: {
      'zh-CN': '报告应说明上一年度报告所列问题的整改情况',
      en: "The report should say how the problems of the previous year's report were rectified",
    },
    messages: {
      missing: {
        'zh-CN': '报告未说明{previous}报告所列问题的整改情况：请写明上年度存在的问题逐项整改了什么、整改到什么程度（可写在“存在的不足和原因”部分开头）',
        en: 'The report never says how the problems listed in the {previousEn} report were rectified: state what was done about each of them and how far (for instance at the start of the shortcomings part)',
      },
    },
    schema,
  },
  check(tree, ctx) {
    // Not a report whose outline could be read (an empty file, a fragment): nothing to say.
    if (tree.parts.length === 0) return;
    const { rectify, previousWords } = wordsOf(ctx.options);
    const year = tree.meta.year;
    const looksBack = (s: Sentence) => {
      // The words first, the previous year's mentions after: most sentences name neither a rectification nor a problem.
      const rectifies = rectify.some((w) => s.text.includes(w));
      if (!rectifies && !namesProblems(s.text)) return false;
      const previous = previousYearEnds(s.text, year, previousWords);
      return previous.length > 0 && (rectifies || namesPreviousReport(s.text, previous));
    };
    // Headings are lines, so sentences of the whole text include them ("落实2022年度……问题整改情况").
    // Only a line that names a rectification or a problem can hold such a sentence: the others are not split.
    const lines = linesWith(tree.normalized, [...rectify, ...REPORT_WORDS]).filter(([start, end]) => {
      const line = tree.normalized.slice(start, end);
      return rectify.some((w) => line.includes(w)) || namesProblems(line);
    });
    if (lines.some(([start, end]) => tree.sentences(start, end).some(looksBack))) return;
    const shortcomings = tree.parts.find((o) => o.part === 'shortcomings');
    ctx.report({
      messageId: 'missing',
      data: year === undefined ? { previous: '上一年度', previousEn: "previous year's" } : { previous: `${year - 1}年度`, previousEn: String(year - 1) },
      ...(shortcomings ? occurrenceSpan(tree, shortcomings) : { start: 0, end: 0 }),
    });
  },
});

/**
 * The lines of `text` holding one of the words, in no particular order. A sentence never runs
 * across a line break, so the sentences of these lines are the sentences of the text that can
 * hold a word (and split alone, a line is cut exactly as within the whole text).
 */
function linesWith(text: string, words: string[]): Array<[number, number]> {
  const lines = new Map<number, number>();
  for (const word of words) {
    // Each line is walked once per word: the search goes on after the line.
    for (let at = text.indexOf(word); at !== -1; ) {
      let start = at;
      while (start > 0 && text.charCodeAt(start - 1) !== 10 && text.charCodeAt(start - 1) !== 13) start--;
      let end = at;
      while (end < text.length && text.charCodeAt(end) !== 10 && text.charCodeAt(end) !== 13) end++;
      lines.set(start, end);
      at = text.indexOf(word, Math.max(end, at + 1));
    }
  }
  return [...lines];
}

const PERIOD_SUFFIXES = vocabulary.periodSuffixes;
const REPORT_WORDS = vocabulary.reportWords;
const PROBLEM_WORDS = vocabulary.problemWords;
/** Punctuation that ends a clause: the report a previous year qualifies is named before it. */
const CLAUSE_END = /[，。；：,;:！？!?]/;

/**
 * Where each mention of the previous year in `text` ends: a previous-year word (上年度, 去年 …), or
 * "2023年" / "2023年度" in a report on 2024 that does not start a period running into the report
 * year ("2023年以来"). Without a report year, any year will do: better silent than wrong. A PDF's text
 * may have a blank between the digits and 年 (“2023 年度报告”, the digits set in another font).
 */
function previousYearEnds(text: string, year: number | undefined, previousWords: string[]): number[] {
  const ends: number[] = [];
  for (const word of previousWords) {
    for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + 1)) ends.push(at + word.length);
  }
  for (let i = text.indexOf('年'); i !== -1; i = text.indexOf('年', i + 1)) {
    const last = text[i - 1] === ' ' ? i - 1 : i;
    if (last < 4) continue;
    const digits = text.slice(last - 4, last);
    if (!/^\d{4}$/.test(digits) || /\d/.test(text[last - 5] ?? '')) continue;
    if (year !== undefined && Number(digits) !== year - 1) continue;
    const after = text.startsWith('度', i + 1) ? i + 2 : i + 1;
    if (PERIOD_SUFFIXES.some((w) => text.startsWith(w, after))) continue;
    ends.push(after);
  }
  return ends;
}

/**
 * A sentence that names problems (namesProblems) and the previous year's report — a report word in the clause the
 * previous year opens (“2023年度报告所列”, “上年度法治政府建设报告中”) — looks back at them. Whatever it then says
 * was done (已开展专项整治, 已全部销号, 仍未解决), which is all the rule asks.
 */
const namesProblems = (text: string): boolean => PROBLEM_WORDS.some((w) => text.includes(w));

function namesPreviousReport(text: string, previousEnds: number[]): boolean {
  return previousEnds.some((end) => {
    const clause = text.slice(end).split(CLAUSE_END, 1)[0]!;
    return REPORT_WORDS.some((w) => clause.includes(w));
  });
}
