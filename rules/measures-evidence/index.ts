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
  /** The measure words by the code of their first character: a number is followed by few of them. */
  measureWords: ReadonlyMap<number, string[]>;
  durationWords: ReadonlyMap<number, string[]>;
  /** The codes of the modifiers (余, 多 …), each one character. */
  modifiers: Set<number>;
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
    measureWords: byFirstCode(foldEntries([...FIGURE_UNITS.filter((u) => !vocabulary.durationWords.includes(u)), ...vocabulary.measureWords, ...options.extraMeasureWords])),
    durationWords: byFirstCode(foldEntries(vocabulary.durationWords)),
    // A modifier is matched one character at a time: a longer entry could never match.
    modifiers: new Set(foldEntries(vocabulary.modifiers).filter((w) => w.length === 1).map((w) => w.charCodeAt(0))),
    nameSuffixes,
    namePrefixes,
    designation: new RegExp(`(?:${literalAlternation(namePrefixes)})(?:${scopes})[^,.;:!?。\\n“”"《》]{0,${DESIGNATION_SPAN}}?(?:${nouns})`),
  };
});

/** Words grouped by the code of their first character. */
function byFirstCode(words: readonly string[]): Map<number, string[]> {
  const groups = new Map<number, string[]>();
  for (const w of words) {
    const group = groups.get(w.charCodeAt(0));
    if (group) group.push(w);
    else groups.set(w.charCodeAt(0), [w]);
  }
  return groups;
}

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

/**
 * The characters the search for a figure stops at, by code: a digit, a Chinese numeral (what a figure may open
 * with), a mark a quotation opens with as quotedRanges (shared/ranges.ts) pairs them (“ ‘ 「 『 《 〈 "), a line
 * break. The loops below look at every character of the measures part; all others are passed over at the cost of
 * one look-up.
 */
const DIGIT = 1;
const CN_NUMERAL = 2;
const QUOTE_OPENER = 3;
const LINE_BREAK = 4;
const CHAR = new Uint8Array(0x10000);
for (let c = 48; c <= 57; c++) CHAR[c] = DIGIT;
for (const ch of '零〇一二两三四五六七八九十百千万亿') CHAR[ch.charCodeAt(0)] = CN_NUMERAL;
for (const ch of '“‘「『《〈"') CHAR[ch.charCodeAt(0)] = QUOTE_OPENER;
CHAR[10] = LINE_BREAK;
CHAR[13] = LINE_BREAK;
const isCnNumeral = (code: number): boolean => CHAR[code] === CN_NUMERAL;
const isNumeral = (code: number): boolean => CHAR[code] === DIGIT || CHAR[code] === CN_NUMERAL;
/** What a Chinese numeral tells of its run, as bits: a digit but 一 (or 十), 一, a multiplier (十 … 亿), a zero. */
const CN_DIGIT = 1;
const CN_ONE = 2;
const CN_MULTIPLIER = 4;
const CN_ZERO = 8;
const CN_KIND = new Uint8Array(0x10000);
for (const ch of '二两三四五六七八九十') CN_KIND[ch.charCodeAt(0)]! |= CN_DIGIT;
CN_KIND['一'.charCodeAt(0)]! |= CN_ONE;
for (const ch of '十百千万亿') CN_KIND[ch.charCodeAt(0)]! |= CN_MULTIPLIER;
for (const ch of '〇零') CN_KIND[ch.charCodeAt(0)]! |= CN_ZERO;

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

/** A quotation whose numbers are a slogan's, not a figure (“万人助万企”, “1+3+X”): any but a title in 《》 or 〈〉. */
const isSlogan = (text: string, q: Range): boolean => text[q.start] !== '《' && text[q.start] !== '〈';

/** The next line break. */
const LINE_END = /[\n\r]/g;

/**
 * The end of the slogan holding `text[at]`, on the line `[lineStart, …)` that ends by `end`; -1 when none. A
 * quotation never runs across a line (see quotedRanges).
 */
function sloganEnd(text: string, lineStart: number, end: number, at: number): number {
  LINE_END.lastIndex = at;
  const lineEnd = LINE_END.test(text) ? Math.min(LINE_END.lastIndex - 1, end) : end;
  const quote = quotedRanges(text, lineStart, lineEnd).find((q) => q.start <= at && at < q.end);
  return quote && isSlogan(text, quote) ? quote.end : -1;
}

/** The first figure, document title or named case in `text[range)`. Linear: every character is looked at a bounded number of times. */
function findEvidence(text: string, range: Range, v: Vocabulary): Range | undefined {
  const { start, end } = range;
  const unitAt = (k: number, short: boolean) => {
    let m = k;
    while (m < end && m - k < 3 && v.modifiers.has(text.charCodeAt(m))) m++;
    const word = (w: string) => text.startsWith(w, m) && m + w.length <= end;
    const code = text.charCodeAt(m);
    // 连续9年 is a figure, 2024年 a date.
    return v.measureWords.get(code)?.some(word) === true || (short && m === k && v.durationWords.get(code)?.some(word) === true);
  };
  // “万人助万企”, “1+3+X”: numbers in a quotation are a slogan's, not a figure. A figure found is looked up in the
  // quotations of its line when a mark before it on the line opens one; the runs of numerals inside one are read
  // and passed over like any others, as none reaches past the closing mark.
  let lineStart = start;
  let opened = false;
  let i = start;
  while (i < end) {
    const code = text.charCodeAt(i);
    const kind = CHAR[code]!;
    if (kind === 0) {
      i++;
      continue;
    }
    if (kind === LINE_BREAK) {
      lineStart = i + 1;
      opened = false;
      i++;
      continue;
    }
    if (kind === QUOTE_OPENER) {
      opened = true;
      i++;
      continue;
    }
    let j = i + 1;
    let figure: boolean;
    if (kind === DIGIT) {
      while (j < end) {
        const c = text.charCodeAt(j);
        if (!(isDigit(c) || ((c === DOT || c === COMMA) && isDigit(text.charCodeAt(j + 1))))) break;
        j++;
      }
      // 对 1,862 家: a PDF's text may have a blank between Arabic digits and their unit, as the parser reads it.
      const short = j - i <= 3 && !text.slice(i, j).includes('.');
      figure = unitAt(j, short) || (text.charCodeAt(j) === SPACE && unitAt(j + 1, short));
    } else if (code === HUNDRED && i + 3 < end && text.startsWith('百分之', i) && isNumeral(text.charCodeAt(i + 3))) {
      // 百分之百, 百分之九十五, 百分之98: a rate written out, as the figure rules read it.
      j = i + 4;
      while (j < end && isNumeral(text.charCodeAt(j))) j++;
      figure = true;
    } else {
      // What the run of Chinese numerals holds, by the kinds of CN_KIND.
      let kinds = CN_KIND[code]!;
      while (j < end && isCnNumeral(text.charCodeAt(j))) kinds |= CN_KIND[text.charCodeAt(j++)]!;
      // 一 alone is an article as often as a number (一批, 一段时期), and 万/千/百 alone a word (万人助万企, 千家万户).
      const number = (kinds & CN_DIGIT) !== 0 || ((kinds & CN_ONE) !== 0 && (kinds & CN_MULTIPLIER) !== 0);
      const short = j - i <= 3 && (kinds & CN_ZERO) === 0;
      figure = number && unitAt(j, short);
    }
    if (figure) {
      const slogan = opened ? sloganEnd(text, lineStart, end, i) : -1;
      if (slogan === -1) return { start: i, end: Math.min(j, end) };
      j = slogan;
    }
    i = j;
  }
  // 《…》 with some text on the same line, even inside a quotation: read from the first 《.
  const firstTitle = text.slice(start, end).indexOf('《');
  let open = -1;
  for (let k = firstTitle === -1 ? end : start + firstTitle; k < end; k++) {
    const code = text.charCodeAt(k);
    if (code === 0x300a /* 《 */) open = k;
    else if (code === 10) open = -1;
    else if (code === 0x300b /* 》 */ && open !== -1) {
      if (hasHan(text, open + 1, k)) return { start: open, end: k + 1 };
      open = -1;
    }
  }
  for (const q of quotedRanges(text, start, end)) {
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
