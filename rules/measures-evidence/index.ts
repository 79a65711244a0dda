import { defineRule, Type } from '@reportlint/core';
import { FIGURE_UNITS, tablesOf } from '@reportlint/parser';
import type { ReportTree, Section } from '@reportlint/parser';
import { oncePer } from '../shared/memo.js';
import { headingSpan } from '../shared/parts.js';
import { foldEntries, hasHan, intersect, isDigit, isHan, literalAlternation, ownRanges, quotedRanges } from '../shared/ranges.js';
import type { Range } from '../shared/ranges.js';
import vocabulary from './evidence.json' with { type: 'json' };

const list = (description: string) => Type.Array(Type.String({ minLength: 1 }), { default: [], description });

const schema = Type.Object(
  {
    extraMeasureWords: list('Measure words added to evidence.json#measureWords: a number followed by one is a figure.'),
    extraNameSuffixes: list('Words added to evidence.json#nameSuffixes: a quotation ending with or followed by one names a case.'),
    extraNamePrefixes: list('Award verbs added to evidence.json#namePrefixes: a quotation after one names a case.'),
  },
  { additionalProperties: false },
);

type Options = { extraMeasureWords: string[]; extraNameSuffixes: string[]; extraNamePrefixes: string[] };

interface Vocabulary {
  measureWords: string[];
  durationWords: string[];
  modifiers: Set<string>;
  nameSuffixes: string[];
  namePrefixes: string[];
  /** An award verb, a scope and a name word: 被确定为全省法治一体建设试点. */
  designation: RegExp;
}

// A designation's name runs on to its name word within one clause.
const DESIGNATION_SPAN = 20;

const vocabularyOf = oncePer((options: Options): Vocabulary => {
  const nameSuffixes = foldEntries([...vocabulary.nameSuffixes, ...options.extraNameSuffixes]);
  const namePrefixes = foldEntries([...vocabulary.namePrefixes, ...options.extraNamePrefixes]);
  const scopes = literalAlternation(foldEntries(vocabulary.designationScopes));
  const nouns = literalAlternation([...nameSuffixes, ...foldEntries(vocabulary.designationNouns)]);
  return {
    // The parser's units (one list of what ends a figure), but 年: 2024年 is a date, 连续9年 a duration.
    measureWords: foldEntries([...FIGURE_UNITS.filter((u) => !vocabulary.durationWords.includes(u)), ...vocabulary.measureWords, ...options.extraMeasureWords]),
    durationWords: foldEntries(vocabulary.durationWords),
    modifiers: new Set(foldEntries(vocabulary.modifiers)),
    nameSuffixes,
    namePrefixes,
    designation: new RegExp(`(?:${literalAlternation(namePrefixes)})(?:${scopes})[^,.;:!?。\\n“”"《》]{0,${DESIGNATION_SPAN}}?(?:${nouns})`),
  };
});

const TITLE_MAX = 24;

export const rule = defineRule({
  id: 'measures-evidence',
  meta: {
    severity: 'off',
    strictSeverity: 'warn',
    family: 'substance',
    fixable: false,
    description: {
      'zh-CN': '主要举措和成效的每一节都应有数据、事例或文件，不能只讲成绩不讲事例',
      en: 'Each measures section should give figures, named cases or documents, not only claims',
    },
    messages: {
      noEvidence: {
        'zh-CN': '“{title}”一节没有任何数据、事例或文件，只讲做法不见成效：请补充具体数字（如办理件数、覆盖人数、增减比例）、典型案例或所依据的文件《……》',
        en: '"{title}" gives no figure, named case or document: add numbers (cases handled, people reached, rates), a typical case, or the document 《…》 it implemented',
      },
    },
    schema,
  },
  check(tree, ctx) {
    const v = vocabularyOf(ctx.options);
    for (const unit of units(tree)) {
      // A section with no text under its heading is empty-part's business.
      if (!unit.body.some((r) => hasHan(tree.normalized, r.start, r.end))) continue;
      if ([unit.title, ...unit.body].some((r) => findEvidence(tree.normalized, r, v))) continue;
      if (holdsTableFigures(tree, unit)) continue;
      const title = tree.source.text.slice(unit.section.titleStart, unit.section.titleEnd);
      ctx.report({
        messageId: 'noEvidence',
        data: { title: title.length > TITLE_MAX ? `${title.slice(0, TITLE_MAX)}…` : title },
        ...headingSpan(unit.section),
      });
    }
  },
});

interface Unit {
  section: Section;
  title: Range;
  body: Range[];
}

/**
 * The sections a reviewer reads one by one: each subsection (（一）…) of a measures section, or the
 * measures section itself when it has none. Deeper levels (1. / （1）) belong to their subsection.
 * A subsection that is another part (a nested duties subsection) is not a measures section, and
 * other parts found inside a unit (an unheaded “下一步……” paragraph) are cut out of it.
 */
function units(tree: ReportTree): Unit[] {
  const out: Unit[] = [];
  for (const occ of tree.parts) {
    if (occ.part !== 'measures' || occ.node.type !== 'section') continue;
    const section = occ.node as Section;
    const own = ownRanges(tree, occ);
    const subsections = section.children.filter((c): c is Section => c.type === 'section');
    const picked = subsections.length ? subsections : [section];
    for (const s of picked) {
      if (s.data?.parts?.some((p) => p !== 'measures')) continue;
      const end = s.position.end.offset ?? s.titleEnd;
      const body = intersect(own, s.titleEnd, end);
      out.push({ section: s, title: { start: s.titleStart, end: s.titleEnd }, body });
    }
  }
  return out;
}

/**
 * Whether a table of figures stands in the unit's body: a table's numbers take their unit from the
 * column's or row's heading (行政复议收案（件）| 38 | 45), so the search for a number followed by its unit
 * does not see them.
 */
function holdsTableFigures(tree: ReportTree, unit: Unit): boolean {
  return tablesOf(tree).some(
    (t) => unit.body.some((r) => r.start <= t.start && t.start < r.end) && t.rows.some((row) => row.cells.some((c) => c.figure)),
  );
}

// Character codes: the loops below look at every character of the measures part.
const CN_NUMERAL = new Set([...'零〇一二两三四五六七八九十百千万亿'].map((c) => c.charCodeAt(0)));

/** 0-9 (NaN, outside the text, is none). */
const DOT = 46;
const HUNDRED = 0x767e; // 百
const COMMA = 44;
const SPACE = 32;

// A quotation names what the words right after it call a 工作站, 平台 …: “湾事芜优”诉源治理工作站.
const NAME_RUN = 8;

/** Whether the characters right after a quotation (up to NAME_RUN, up to a punctuation mark) hold a name word. */
function namedAfter(text: string, at: number, end: number, v: Vocabulary): boolean {
  let j = at;
  while (j < end && j - at < NAME_RUN && isHan(text.charCodeAt(j))) j++;
  const run = text.slice(at, j);
  return v.nameSuffixes.some((w) => run.includes(w));
}

/** The first figure, document title or named case in `text[range)`. Linear: every character is looked at a bounded number of times. */
function findEvidence(text: string, range: Range, v: Vocabulary): Range | undefined {
  const { start, end } = range;
  const unitAt = (k: number, short: boolean) => {
    let m = k;
    while (m < end && m - k < 3 && v.modifiers.has(text[m]!)) m++;
    const word = (w: string) => text.startsWith(w, m) && m + w.length <= end;
    // 连续9年 is a figure, 2024年 a date.
    return v.measureWords.some(word) || (short && m === k && v.durationWords.some(word));
  };
  const quotes = quotedRanges(text, start, end);
  // “万人助万企”, “1+3+X”: numbers in a quotation are a slogan's, not a figure.
  const slogans = quotes.filter((q) => text[q.start] !== '《' && text[q.start] !== '〈');
  let i = start;
  let s = 0;
  while (i < end) {
    const code = text.charCodeAt(i);
    while (s < slogans.length && slogans[s]!.end <= i) s++;
    if (s < slogans.length && slogans[s]!.start <= i) {
      i = slogans[s]!.end;
    } else if (isDigit(code)) {
      let j = i + 1;
      while (j < end) {
        const c = text.charCodeAt(j);
        if (!(isDigit(c) || ((c === DOT || c === COMMA) && isDigit(text.charCodeAt(j + 1))))) break;
        j++;
      }
      // 对 1,862 家: a PDF's text may have a blank between Arabic digits and their unit, as the parser reads it.
      const short = j - i <= 3 && !text.slice(i, j).includes('.');
      if (unitAt(j, short) || (text.charCodeAt(j) === SPACE && unitAt(j + 1, short))) return { start: i, end: j };
      i = j;
    } else if (code === HUNDRED && i + 3 < end && text.startsWith('百分之', i) && (CN_NUMERAL.has(text.charCodeAt(i + 3)) || isDigit(text.charCodeAt(i + 3)))) {
      // 百分之百, 百分之九十五, 百分之98: a rate written out, as the figure rules read it.
      let j = i + 4;
      while (j < end && (CN_NUMERAL.has(text.charCodeAt(j)) || isDigit(text.charCodeAt(j)))) j++;
      return { start: i, end: Math.min(j, end) };
    } else if (CN_NUMERAL.has(code)) {
      let j = i + 1;
      while (j < end && CN_NUMERAL.has(text.charCodeAt(j))) j++;
      const run = text.slice(i, j);
      // 一 alone is an article as often as a number (一批, 一段时期), and 万/千/百 alone a word (万人助万企, 千家万户).
      const number = /[二两三四五六七八九十]/.test(run) || (run.includes('一') && /[十百千万亿]/.test(run));
      const short = run.length <= 3 && !/[〇零]/.test(run);
      if (number && unitAt(j, short)) return { start: i, end: j };
      i = j;
    } else i++;
  }
  // 《…》 with some text on the same line, even inside a quotation.
  let open = -1;
  for (let k = start; k < end; k++) {
    const code = text.charCodeAt(k);
    if (code === 0x300a /* 《 */) open = k;
    else if (code === 10) open = -1;
    else if (code === 0x300b /* 》 */ && open !== -1) {
      if (hasHan(text, open + 1, k)) return { start: open, end: k + 1 };
      open = -1;
    }
  }
  for (const q of quotes) {
    const opener = text[q.start];
    if (opener !== '“' && opener !== '「' && opener !== '"') continue;
    const content = text.slice(q.start + 1, q.end - 1);
    if (!hasHan(content, 0, content.length)) continue;
    if (v.nameSuffixes.some((w) => content.endsWith(w)) || namedAfter(text, q.end, end, v)) return q;
    const before = text.slice(Math.max(start, q.start - 4), q.start);
    if (v.namePrefixes.some((w) => before.endsWith(w))) return q;
  }
  // A designation by a higher level names its case without quotation marks: 被确定为全省法治一体建设试点.
  const designation = v.designation.exec(text.slice(start, end));
  if (designation) return { start: start + designation.index, end: start + designation.index + designation[0].length };
  return undefined;
}
