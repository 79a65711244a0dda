import vocabulary from './figure-vocabulary.json' with { type: 'json' };
import { codeAt, isChineseNumeralCode, isDigit, isGroupSeparator, isGroupSpace, readArabic, readChinese } from './numbers.js';
import type { ParsedNumber } from './numbers.js';
import { RUN_IN_POINT } from './enumeration.js';
import { joinedText } from './line-breaks.js';
import type { JoinedText } from './line-breaks.js';
import { isSentenceEnd, sentenceAround } from './sentences.js';
import type { ReportTree, Sentence } from './types.js';
import { partitionPoint } from './search.js';

/**
 * - `count`: a number of things, with a measure word (件 宗 人 人次 个 项 …)
 * - `amount`: money (元, 万元, 亿元)
 * - `rate`: a percentage or permille (99.02%, 百分之九十, 5‰)
 * - `multiple`: 2.4倍
 * - `measure`: lengths, areas, durations, percentage points (公里, 亩, 天, 年, 个百分点 …)
 */
export type FigureKind = 'count' | 'amount' | 'rate' | 'multiple' | 'measure';

/** Direction of a growth or decline figure (同比增长50%, 下降8.4%, 同比14%). */
export type FigureChange = 'increase' | 'decrease' | 'change';

/**
 * A quantity stated in the text. Years, dates, times, ordinals (第71次, 九届七十七次), document
 * numbers (〔2019〕28号), codes (12345热线, 1+3+X, 5.0版) and quoted names (“三项制度”) are not
 * quantities and never become figures. The optional fields are always present, undefined when
 * they do not apply (one object shape for every figure).
 */
export interface Figure {
  /** The value in base units: 3.96万户 → 39600, 8亿元 → 800000000, 99.02% → 99.02, 5‰ → 5. */
  value: number;
  /**
   * Measure word or unit without the multiplier: '件', '人次', '元', '%', '‰', '倍', '公里'; '' for a bare 3.96万;
   * both units of a value per unit, with a half-width slash: '个/件' (1.96个/件), '吨/日'.
   */
  unit: string;
  kind: FigureKind;
  /** Stated as approximate (余 多 约 近 超 达 以上 左右 …, a range 3-5个): unusable for exact checks. */
  approximate: boolean;
  /** The word that made it approximate, as written in the normalized text. */
  marker?: string;
  /** A per-unit figure (平均119项, 人均, 每月2次, 1.96个/件), not a total. */
  average: boolean;
  /** Decimals stated in the number as written (99.02% → 2, 3.96万 → 2, 120 → 0). */
  precision: number;
  /** Multiplier written after the number (万 → 1e4, 亿 → 1e8); 1 when none. */
  scale: number;
  /** The number as written (normalized), multiplier included: '13,649', '3.96万', '一百二十', '百分之九十'. */
  written: string;
  /**
   * Span from the number (its sign, or 百分之) to the end of its unit, in offsets shared by both texts.
   * A figure read through a line break that cuts its sentence (“1” / “20件”) spans two lines.
   */
  start: number;
  end: number;
  /**
   * The words before the figure in its clause (back to the previous punctuation or number), without
   * an approximate marker: 受理 / 其中合格 / 通过12345平台分转的话务工单 (a hotline's number names its service) / 办结率.
   * Read through a line break that cuts the sentence (“办” / “结率” → 办结率): `labelStart` plus an
   * index into the label is then no offset; `joinedText(tree).move(labelStart, index)` is.
   */
  label: string;
  labelStart: number;
  /** The words after the figure up to the next punctuation (2宗正在办理 → '正在办理'). */
  tail: string;
  /** For a rate: the name it is the value of (办结率99.02% → 办结率), when stated right before it. */
  name?: { text: string; start: number; end: number };
  /** A growth or decline figure rather than a level. */
  change?: FigureChange;
  /** Inside parentheses: (含上级指派77件). */
  parenthetical: boolean;
}

/** A sentence with the figures it states. */
export interface FigureSentence extends Sentence {
  figures: Figure[];
}

interface UnitEntry {
  unit: string;
  kind: FigureKind;
  /** For a one-character unit: the characters after which it starts a word instead (部 before 门). */
  notBefore?: number[];
}

const byLength = (list: string[]) => [...list].sort((a, b) => b.length - a.length);

/** Words looked up at the end of a label, indexed by their last character. */
class Suffixes {
  private readonly byLast = new Map<number, string[]>();
  /** 1 for a character some word ends with: a typed-array read turns most labels away before the map. */
  private readonly isLast = new Uint8Array(0x10000);
  constructor(words: readonly string[]) {
    for (const w of byLength([...words])) {
      const last = w.charCodeAt(w.length - 1);
      this.isLast[last] = 1;
      const list = this.byLast.get(last) ?? [];
      list.push(w);
      this.byLast.set(last, list);
    }
  }
  /** The longest word `text` ends with. */
  find(text: string): string | undefined {
    if (!text.length) return undefined;
    const last = text.charCodeAt(text.length - 1);
    if (this.isLast[last] !== 1) return undefined;
    for (const w of this.byLast.get(last)!) if (text.endsWith(w)) return w;
    return undefined;
  }
}

/** Words looked up at an offset, indexed by their first character; longest first. */
export class Prefixes {
  private readonly byFirst = new Map<number, string[]>();
  private readonly isFirst = new Uint8Array(0x10000);
  constructor(words: readonly string[]) {
    for (const w of byLength([...words])) {
      const first = w.charCodeAt(0);
      this.isFirst[first] = 1;
      const list = this.byFirst.get(first) ?? [];
      list.push(w);
      this.byFirst.set(first, list);
    }
  }
  /** The longest word `text` has at `at` (what `startsWithAny` over the words sorted by length returns). */
  at(text: string, at: number): string | undefined {
    const first = codeAt(text, at);
    if (this.isFirst[first] !== 1) return undefined;
    for (const w of this.byFirst.get(first)!) if (text.startsWith(w, at)) return w;
    return undefined;
  }
}

/** Every measure word and unit a figure can end with (件, 人次, 元, 个工作日, 岁 …): rules that ask "is this a figure?" use the same list. */
export const FIGURE_UNITS: readonly string[] = Object.values(vocabulary.units).flatMap((list) => (Array.isArray(list) ? list : []));

const UNITS_BY_FIRST = new Map<number, UnitEntry[]>();
for (const [kind, list] of Object.entries(vocabulary.units)) {
  if (!Array.isArray(list)) continue;
  for (const unit of list) {
    const entries = UNITS_BY_FIRST.get(unit.charCodeAt(0)) ?? [];
    const notBefore = unit.length === 1 ? (vocabulary.unitNotBefore as Record<string, string>)[unit] : undefined;
    entries.push({ unit, kind: kind as FigureKind, ...(notBefore ? { notBefore: [...notBefore].map((c) => c.charCodeAt(0)) } : {}) });
    UNITS_BY_FIRST.set(unit.charCodeAt(0), entries);
  }
}
for (const entries of UNITS_BY_FIRST.values()) entries.sort((a, b) => b.unit.length - a.unit.length);
/** 1 for the first character of a unit: most characters after a number start none. */
const UNIT_FIRST = new Uint8Array(0x10000);
for (const code of UNITS_BY_FIRST.keys()) UNIT_FIRST[code] = 1;

const MULTIPLIERS = byLength(Object.keys(vocabulary.multipliers)).map((w) => [w, (vocabulary.multipliers as Record<string, number>)[w]!] as const);
const MULTIPLIER_FIRST = new Uint8Array(0x10000);
for (const [w] of MULTIPLIERS) MULTIPLIER_FIRST[w.charCodeAt(0)] = 1;
const PERCENT = '%'.charCodeAt(0);
const PERMILLE = '‰'.charCodeAt(0);
// The unit of 99% and 5‰, shared: units are never changed once read.
const PERCENT_UNIT: UnitEntry = { unit: '%', kind: 'rate' };
const PERMILLE_UNIT: UnitEntry = { unit: '‰', kind: 'rate' };
const APPROX_BEFORE = new Suffixes(vocabulary.approximateBefore);
const APPROX_BEFORE_CHINESE = new Suffixes([...vocabulary.approximateBeforeChinese, ...vocabulary.approximateBefore]);
/** 约为95%: the words that stay approximate with 为 between them and the number. */
const APPROX_BEFORE_IS = new Suffixes(vocabulary.approximateBeforeIs);
const APPROX_EXCEPTIONS = vocabulary.approximateBeforeExceptions as Record<string, string>;
const APPROX_BETWEEN = new Prefixes(vocabulary.approximateBetween);
const APPROX_AFTER = new Prefixes(vocabulary.approximateAfter);
const AVERAGE = new Prefixes(vocabulary.averageBefore);
/** The exceptions (案件均, 不平均) by the average word they hold, with where it stands in them. */
const NOT_AVERAGE = new Map<string, { word: string; at: number }[]>();
for (const word of vocabulary.averageBeforeExceptions.words) {
  const average = vocabulary.averageBefore.find((a) => word.includes(a))!;
  NOT_AVERAGE.set(average, [...(NOT_AVERAGE.get(average) ?? []), { word, at: word.indexOf(average) }]);
}
const ORDINAL = new Suffixes(vocabulary.ordinalBefore);
const RANK_UNITS = new Set(vocabulary.rankUnits.units);
const EXISTENTIAL = new Suffixes(vocabulary.existentialAfterDe.words);
const LINKS = new Suffixes(vocabulary.linkWords);
const CHANGE_OF = new Map<string, FigureChange>();
for (const kind of ['increase', 'decrease', 'change'] as const) for (const w of vocabulary.change[kind]) CHANGE_OF.set(w, kind);
const CHANGES = new Suffixes([...CHANGE_OF.keys()]);
const NOT_CHANGES = new Suffixes(vocabulary.change.notChanges);
const RATE_ENDINGS = new Suffixes(vocabulary.rateNameEndings);
const IDIOMS = new Prefixes(vocabulary.idioms.list);
const SERVICE_NUMBERS = new Set(vocabulary.serviceNumbers.list);
const QUOTE_WINDOW = vocabulary.quoteWindow as Record<string, number>;
const QUOTE_CLOSE: Record<string, string> = { '“': '”', '「': '」', '『': '』', '《': '》' };
const QUOTE_CLOSERS = new Set(Object.values(QUOTE_CLOSE));
const TITLE_CLOSE = '》'.charCodeAt(0);

const ACTUAL = new Set(vocabulary.namedBeforeColon.actual);
/** A clause stating a target alone, as an indicator line writes it before the actual value: 目标95%, 目标值为90%. */
const TARGET_CLAUSE = new RegExp(`^(?:${vocabulary.namedBeforeColon.targets.join('|')})为?[0-9.]+%$`);

/** Where a label stops: punctuation, brackets, quotes, line breaks. */
const LABEL_STOP_CHARS = ',，、;；:：。!！?？()（）[]【】|“”"‘’「」『』\n\r\t';
/** An inline enumeration lead (一是, 二是) opening a label is not part of it. */
const ENUMERATION_LEAD = new RegExp(`^${RUN_IN_POINT}`);
const ENUMERATION_FIRST = new Set([...'一二三四五六七八九十'].map((c) => c.charCodeAt(0)));
const LABEL_MAX = 30;
const TAIL_MAX = 12;
// What the characters next to a number say, by table lookup (checked for every number).
const ASCII_LETTER = 1;
/** Characters around a number that make it a code rather than a quantity (1+3+X, 5G, 10:27, 〔2019〕). */
const CODE_NEIGHBOUR = 2;
/** Between the ends of a range: 3-5个, 三至五家. */
const RANGE = 4;
const MINUS = 8;
const NEIGHBOUR = new Uint8Array(0x10000);
for (let c = 0x41; c <= 0x5a; c++) NEIGHBOUR[c] = ASCII_LETTER;
for (let c = 0x61; c <= 0x7a; c++) NEIGHBOUR[c] = ASCII_LETTER;
for (const ch of '+×/#@=〔〕[]【】') NEIGHBOUR[ch.charCodeAt(0)]! |= CODE_NEIGHBOUR;
for (const ch of '-~～—－至到') NEIGHBOUR[ch.charCodeAt(0)]! |= RANGE;
for (const ch of '-−－') NEIGHBOUR[ch.charCodeAt(0)]! |= MINUS;
/** Whether the character `code` (from codeAt) is one of `kind`. */
const is = (code: number, kind: number): boolean => ((NEIGHBOUR[code] ?? 0) & kind) !== 0;
const DOT = 0x2e; // .
// The normalized view writes ： and ， as : and ,.
const COLON = 0x3a; // :
const COMMA = 0x2c; // ,
const SPACE = 0x20;
const LINE_FEED = 0x0a;
const CARRIAGE_RETURN = 0x0d;
const YEAR = '年'.charCodeAt(0);
const MONTH = '月'.charCodeAt(0);
const DAY = '日'.charCodeAt(0);
const DE = '的'.charCodeAt(0);
const NUMBER_SIGN = '号'.charCodeAt(0);
/** Label endings that state a new level (缩减为13家, 提高到98%). */
const TO_LEVEL = new Set([...'为至到'].map((c) => c.charCodeAt(0)));

// Every character is classified once by table lookup: extraction looks at each character of the
// report, and a string-keyed lookup per character would cost more than all the rest.
const OTHER = 0;
const DIGIT = 1;
const CHINESE_START = 2; // a Chinese digit or 十
const OPEN = 3;
const CLOSE = 4;
const HUNDRED = 5; // 百 of 百分之
const TERMINATOR = 6; // where a sentence ends (as splitSentences cuts): 。！？!? and line breaks
const QUOTE_MARK = 7; // a quotation or book-title mark, opening or closing (set with QUOTE_CLASS below)
const ONE = '一'.charCodeAt(0);
const ORDINAL_MARK = '第'.charCodeAt(0);
const HUNDRED_CODE = '百'.charCodeAt(0);
const CLASS = new Uint8Array(0x10000);
for (let c = 48; c <= 57; c++) CLASS[c] = DIGIT;
for (const ch of '零〇一二两三四五六七八九十') CLASS[ch.charCodeAt(0)] = CHINESE_START;
CLASS['('.charCodeAt(0)] = OPEN;
CLASS[')'.charCodeAt(0)] = CLOSE;
CLASS['百'.charCodeAt(0)] = HUNDRED;
for (let c = 0; c < 0x10000; c++) if (isSentenceEnd(c)) CLASS[c] = TERMINATOR;
const LABEL_STOP = new Uint8Array(0x10000);
for (const ch of LABEL_STOP_CHARS) LABEL_STOP[ch.charCodeAt(0)] = 1;
const isLabelStop = (text: string, at: number) => LABEL_STOP[text.charCodeAt(at)] === 1;

const isHan = (code: number) => code >= 0x4e00 && code <= 0x9fff;

/** JavaScript's white space and line terminators: what \s matches and String.prototype.trim takes off. */
const BLANK = new Uint8Array(0x10000);
for (const c of [0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff]) BLANK[c] = 1;
for (let c = 0x2000; c <= 0x200a; c++) BLANK[c] = 1;
/** Characters trimmed off both ends of a label: what /[\s*_`~]/ matches. */
const LABEL_TRIM = BLANK.slice();
for (const ch of '*_`~') LABEL_TRIM[ch.charCodeAt(0)] = 1;

/**
 * `text.trimEnd()`, by table lookup: labels are trimmed several times per figure, and the built-in
 * trims a Chinese text through the runtime, slower than the whole of a label's other reading.
 */
function trimEnd(text: string): string {
  let to = text.length;
  while (to > 0 && BLANK[text.charCodeAt(to - 1)] === 1) to--;
  return to === text.length ? text : text.slice(0, to);
}

function unitAt(text: string, at: number, end: number): UnitEntry | undefined {
  if (at >= end) return undefined;
  const code = text.charCodeAt(at);
  if (code === PERCENT) return PERCENT_UNIT;
  if (code === PERMILLE) return PERMILLE_UNIT;
  if (UNIT_FIRST[code] !== 1) return undefined;
  for (const entry of UNITS_BY_FIRST.get(code)!) {
    if (at + entry.unit.length > end || !text.startsWith(entry.unit, at)) continue;
    if (entry.unit.length === 1 && entry.notBefore?.includes(codeAt(text, at + 1))) continue;
    return entry;
  }
  return undefined;
}

function multiplierAt(text: string, at: number): readonly [string, number] | undefined {
  if (MULTIPLIER_FIRST[codeAt(text, at)] !== 1) return undefined;
  for (const m of MULTIPLIERS) if (text.startsWith(m[0], at)) return m;
  return undefined;
}

const OPENER_WINDOW = new Map(Object.entries(QUOTE_WINDOW).map(([c, w]) => [c.charCodeAt(0), w]));
const CLOSER_OF = new Map(Object.entries(QUOTE_CLOSE).map(([o, c]) => [o.charCodeAt(0), c.charCodeAt(0)]));
/** 1: an opening quote or book-title mark, 2: a closing one, 3: a sentence end. */
const QUOTE_CLASS = new Uint8Array(0x10000);
for (const c of OPENER_WINDOW.keys()) QUOTE_CLASS[c] = 1;
for (const c of QUOTE_CLOSERS) QUOTE_CLASS[c.charCodeAt(0)] = 2;
for (let c = 0; c < 0x10000; c++) if (CLASS[c] === TERMINATOR) QUOTE_CLASS[c] = 3;
for (let c = 0; c < 0x10000; c++) if (QUOTE_CLASS[c] === 1 || QUOTE_CLASS[c] === 2) CLASS[c] = QUOTE_MARK;

/** Whether `code` is a quotation mark that closes a term (a 《》 title is a name, never a count's label). */
const closesTerm = (code: number): boolean => QUOTE_CLASS[code] === 2 && code !== TITLE_CLOSE;

/**
 * Inside “…”, 「…」 or 《…》 close around the number: a name or a slogan, not a quantity. `mark` is
 * the last quotation mark, title mark or sentence end before the number (-1 when none), as the
 * extraction's scan last saw it.
 */
function quoted(text: string, from: number, to: number, hi: number, mark: number): boolean {
  if (mark < 0) return false;
  const c = text.charCodeAt(mark);
  if (QUOTE_CLASS[c] !== 1) return false;
  const window = OPENER_WINDOW.get(c)!;
  if (from - mark > window) return false;
  const close = CLOSER_OF.get(c)!;
  for (let m = to; m < Math.min(hi, to + window); m++) {
    const d = text.charCodeAt(m);
    if (d === close) return true;
    const q = QUOTE_CLASS[d];
    if (q === 1 || q === 3) return false;
  }
  return false;
}

/**
 * Whether a label names a per-unit figure: an average word (平均, 人均, 每 …) anywhere in it, as in
 * 日均受理群众来电由1200件 or 人均公园绿地面积14.2平方米, where the word opens a long label. A label
 * runs back only to the clause's start or the previous number, so a figure after the average
 * (人均绿地14.2平方米，新增绿地120万平方米) has a label of its own and stays a total. A quoted name the
 * label runs through (“每月一题”专项治理17个) is a name, whatever words it holds.
 */
export function isAverage(label: string): boolean {
  // From the end back to the last quote mark, by character code (hot: per figure; an indexed
  // character of a Chinese label is a new string each time).
  for (let k = label.length - 1; k >= 0; k--) {
    const code = label.charCodeAt(k);
    if (QUOTE_CLASS[code] === 2) return false;
    const word = AVERAGE.at(label, k);
    if (word !== undefined && !inException(label, word, k)) return true;
  }
  return false;
}

/**
 * Whether the average word at `k` of a label is part of an exception (案件均, 不平均). A function of its
 * own: a closure inside isAverage's loop made V8 allocate a context for every character of every
 * label (3 % of all the memory a run allocates).
 */
function inException(label: string, word: string, k: number): boolean {
  return NOT_AVERAGE.get(word)?.some((n) => k >= n.at && label.startsWith(n.word, k - n.at)) ?? false;
}

/** Strips link words (为 达 均为 分别 …) from the end of a label, to find the rate name or change verb before them. */
function core(label: string): string {
  let s = trimEnd(label);
  for (let n = 0; n < 4; n++) {
    const link = LINKS.find(s);
    if (!link) break;
    s = trimEnd(s.slice(0, -link.length));
  }
  return s;
}

interface Reading {
  number: ParsedNumber;
  /** Where the figure starts (sign, 百分之, or the number). */
  figStart: number;
  chinese: boolean;
  negative: boolean;
  /** Set for 百分之…: the unit is % and nothing follows. */
  percentWord: boolean;
  rangeUpper: boolean;
}

/**
 * Extracts the figures stated in `text` (the normalized view) between two offsets: a sentence, or the
 * whole text (labels, tails and parentheses never reach past a sentence end, nor before `start`).
 * Linear in the length of the span.
 */
export function extractFigures(text: string, start = 0, end = text.length): Figure[] {
  const figures = new FigureScan(text, start, end).run();
  pairRespectiveNames(text, figures);
  return figures;
}

/** 下降63.4%、67.5%: what may stand between a growth figure and a value listed after it. */
const LISTED_AFTER = /^[、,和及与 ]*$/;

const RESPECTIVELY = vocabulary.respectively.word;
const NAME_JOINS = new Set([...vocabulary.respectively.joins].map((c) => c.charCodeAt(0)));
const ENUMERATION_COMMA = 0x3001; // 、
/** How far before the first value's label the names listed with 、 may reach. */
const NAMES_MAX = 40;

/**
 * 结案率、调解率分别为97.5%、55.2%: rates named together before 分别 and the values listed after it, in the
 * same order, are paired one by one. The first value's label names only the last rate (a label stops at
 * 、), and the values after it name none: each value is given the name of its own rate. When several values
 * are not as many as the names, no value says which rate it is, and the first one loses the name it was read
 * with. One value after several names is theirs alike (办结率、满意率分别为100%, as with 均为), and one rate
 * with several values (调解成功率分别为100%、98.7%) is left as it is.
 */
function pairRespectiveNames(text: string, figures: Figure[]): void {
  for (let i = 0; i < figures.length; i++) {
    const head = figures[i]!;
    if (!head.name || !text.startsWith(RESPECTIVELY, head.name.end)) continue;
    let last = i;
    while (last + 1 < figures.length && listedAfter(text, figures[last]!, figures[last + 1]!)) last++;
    if (last === i) continue;
    const names = namesListed(text, head, figures[i - 1]?.end ?? 0);
    if (names.length < 2) continue;
    if (names.length === last - i + 1) names.forEach((name, q) => (figures[i + q]!.name = name));
    else head.name = undefined;
    i = last;
  }
}

/** Whether `next` is a value listed right after the rate `figure` (97.5%、55.2%), with no words of its own. */
function listedAfter(text: string, figure: Figure, next: Figure): boolean {
  return next.kind === 'rate' && next.label === '' && !next.change && LISTED_AFTER.test(text.slice(figure.end, next.start));
}

type Name = NonNullable<Figure['name']>;

/**
 * The rate names a value's name lists (结案率和调解率) with those listed with 、 before its label (结案率、),
 * each at its offsets; none when one of them is not a rate's name. 和, 及 and 与 join two names only
 * between rate names: 调解和解率 is one.
 */
function namesListed(text: string, head: Figure, floor: number): Name[] {
  const own = head.name!;
  let from = own.start;
  if (own.start === head.labelStart && text.charCodeAt(from - 1) === ENUMERATION_COMMA) {
    const limit = Math.max(floor, from - NAMES_MAX);
    while (from > limit && (isHan(text.charCodeAt(from - 1)) || text.charCodeAt(from - 1) === ENUMERATION_COMMA)) from--;
  }
  const names: Name[] = [];
  let start = from;
  for (let k = from; k <= own.end; k++) {
    const code = k < own.end ? text.charCodeAt(k) : ENUMERATION_COMMA;
    const joins = code === ENUMERATION_COMMA || (NAME_JOINS.has(code) && RATE_ENDINGS.find(text.slice(start, k)) !== undefined);
    if (!joins) continue;
    const name = text.slice(start, k);
    if (!RATE_ENDINGS.find(name)) return [];
    names.push({ text: name, start, end: k });
    start = k + 1;
  }
  return names;
}

/**
 * One pass over a text for its figures. The loop of `run` visits every character of the report, so it
 * is kept to a few lines that V8 optimizes early (and recompiles cheaply when a rare path deoptimizes
 * it): it follows parentheses and quotation marks, and hands each number to the reader of its kind.
 */
class FigureScan {
  private readonly out: Figure[] = [];
  /** Where labels stop: the end of the previous number, figure or not. */
  private boundary: number;
  /** Parentheses open at the scan's position, in its sentence. */
  private depth = 0;
  /**
   * The last quotation mark, title mark or sentence end seen, for quoted(). The scan visits every
   * character but those of numbers and of what follows them (units, multipliers, 余 …), none of
   * which is a mark, so this is the last mark before any number it reaches.
   */
  private lastMark = -1;

  constructor(
    private readonly text: string,
    private readonly start: number,
    private readonly end: number,
  ) {
    this.boundary = start;
  }

  run(): Figure[] {
    const { text, end } = this;
    let i = this.start;
    while (i < end) {
      const cls = CLASS[text.charCodeAt(i)];
      // Hot: most characters are none of the classes.
      if (cls === OTHER) i++;
      else if (cls === DIGIT) i = this.arabic(i);
      else if (cls === CHINESE_START) i = this.chinese(i);
      else if (cls === HUNDRED) i = this.percentWord(i);
      else this.mark(i++, cls);
    }
    return this.out;
  }

  /** A parenthesis, a quotation or title mark, or a sentence end at `i`. */
  private mark(i: number, cls: number | undefined): void {
    if (cls === OPEN) this.depth++;
    else if (cls === CLOSE) this.depth = this.depth > 0 ? this.depth - 1 : 0;
    else {
      this.lastMark = i;
      if (cls === TERMINATOR) this.depth = 0;
    }
  }

  /** The Arabic number at `i` and its figure, if it states one; returns where the scan goes on. */
  private arabic(i: number): number {
    const { text, start, end } = this;
    const number = readArabic(text, i, end)!;
    const code = codeEnd(text, i, start, end, number.end);
    if (code >= 0) {
      this.boundary = code;
      return code;
    }
    if (continuesCutNumber(text, i, start)) {
      this.boundary = number.end;
      return number.end;
    }
    // Character codes before the number; 0 (no class) before `start`.
    const prev = i > start ? text.charCodeAt(i - 1) : 0;
    const beforePrev = codeAt(text, i - 2);
    const afterDigit = i >= 2 && (isDigit(beforePrev) || isChineseNumeralCode(beforePrev));
    const rangeUpper = is(prev, RANGE) && afterDigit && !(i >= 2 && beforePrev === DOT);
    const negative = is(prev, MINUS) && !afterDigit && !is(beforePrev, ASCII_LETTER);
    return this.figure(i, { number, figStart: negative ? i - 1 : i, chinese: false, negative, percentWord: false, rangeUpper });
  }

  /** 百分之九十 at `i`, if it is that: its figure. */
  private percentWord(i: number): number {
    const { text, end } = this;
    if (!text.startsWith('百分之', i)) return i + 1;
    const at = i + 3;
    let number: ParsedNumber | undefined;
    if (codeAt(text, at) === HUNDRED_CODE) number = { value: 100, precision: 0, end: at + 1 };
    else number = isDigit(codeAt(text, at)) ? readArabic(text, at, end) : readChinese(text, at, end);
    if (!number) return at;
    return this.figure(i, { number, figStart: i, chinese: true, negative: false, percentWord: true, rangeUpper: false });
  }

  /** The Chinese numeral at `i` and its figure, if it states one. */
  private chinese(i: number): number {
    const { text, start, end } = this;
    const code = text.charCodeAt(i);
    let j = i;
    while (j < end && isChineseNumeralCode(text.charCodeAt(j))) j++;
    // A single 一 is nearly always a word (一件事, 一次性, 统一); a run that does not parse (十四五,
    // 二〇二三) is a name; a numeral glued to another (万一) is part of a word.
    if ((j === i + 1 && code === ONE) || (i > start && isChineseNumeralCode(text.charCodeAt(i - 1)))) return j;
    const number = readChinese(text, i, end);
    if (!number || IDIOMS.at(text, i) !== undefined) return j;
    const prev = i > start ? text.charCodeAt(i - 1) : 0;
    const rangeUpper = is(prev, RANGE) && isChineseNumeralCode(codeAt(text, i - 2));
    return this.figure(i, { number, figStart: i, chinese: true, negative: false, percentWord: false, rangeUpper });
  }

  /** Reads the figure of the number read at `i`, and keeps it if it is one; returns where the scan goes on. */
  private figure(i: number, reading: Reading): number {
    const figure = readFigure(this.text, reading, this.start, this.end, this.boundary, this.depth > 0, this.lastMark);
    const end = figure?.end ?? reading.number.end;
    // A Chinese numeral that is no quantity (二是, 三中全会) is a word, and so is a hotline's number
    // (承办12345热线工单): the label runs through it.
    if (figure || !(reading.chinese || isServiceNumber(this.text, reading, this.end))) this.boundary = end;
    if (figure) this.add(figure);
    return Math.max(i + 1, end);
  }

  private add(figure: Figure): void {
    // 下降63.4%、67.5%: a value listed after a growth figure shares its direction.
    const last = this.out[this.out.length - 1];
    if (!figure.change && figure.label === '' && last?.change && last.unit === figure.unit && LISTED_AFTER.test(this.text.slice(last.end, figure.start))) {
      figure.change = last.change;
    }
    this.out.push(figure);
  }
}

/**
 * Whether a number that states no figure is a hotline's number naming its service: one of
 * serviceNumbers, written alone (no digit or 第 before it) and going straight on to a word, no unit
 * (12345政务服务便民热线, 110报警). A quoted one (“12348”热线) is left to the quotes, where labels stop anyway.
 */
function isServiceNumber(text: string, r: Reading, end: number): boolean {
  const { figStart, number } = r;
  // The characters around it first: every number that states no figure comes here, and most are followed by no word.
  const prev = codeAt(text, figStart - 1);
  if (isDigit(prev) || prev === ORDINAL_MARK || !isHan(codeAt(text, number.end))) return false;
  return SERVICE_NUMBERS.has(text.slice(figStart, number.end)) && unitAt(text, number.end, end) === undefined;
}

/**
 * Where a number at `i` (ending at `numberEnd`) ends the code it is part of rather than a quantity:
 * a version or section number (1.2.3), a code (1+3+X, 5G, 〔2019〕, 10:27), the lower end of a range
 * (3-5个, 2023-2025年) or a date written with hyphens. -1 for any other number.
 */
function codeEnd(text: string, i: number, start: number, end: number, numberEnd: number): number {
  // Character codes around the number; 0 (no class) before `start` and past the text's end.
  const prev = i > start ? text.charCodeAt(i - 1) : 0;
  const next = codeAt(text, numberEnd);
  const afterNext = codeAt(text, numberEnd + 1);
  if (next === DOT && isDigit(afterNext)) {
    let skip = numberEnd;
    while (skip < end && (isDigit(text.charCodeAt(skip)) || text.charCodeAt(skip) === DOT)) skip++;
    return skip;
  }
  const code =
    is(prev, ASCII_LETTER | CODE_NEIGHBOUR) ||
    prev === DOT ||
    is(next, ASCII_LETTER | CODE_NEIGHBOUR) ||
    (next === COLON && isDigit(afterNext)) ||
    (prev === COLON && i >= 2 && isDigit(codeAt(text, i - 2))) ||
    (is(next, RANGE) && isDigit(afterNext));
  return code ? numberEnd : -1;
}

/** The number of digits of text[from, to), its thousands separators left out: 2,023 → 4. */
function digitCount(text: string, from: number, to: number): number {
  let n = 0;
  for (let k = from; k < to; k++) if (!isGroupSeparator(text.charCodeAt(k))) n++;
  return n;
}

/**
 * Whether the number at `i` goes on a number that blanks or a line break cut: 案件1 5起 (no thousands
 * group, or readArabic would have read 1 500 on) or 调解申请41 / 5件 on two lines (a hard wrap the
 * sentence is not read through, see JoinedText). Its digits alone would be a wrong count. A tab
 * separates a table's cells: a number after one stands on its own.
 */
function continuesCutNumber(text: string, i: number, start: number): boolean {
  let k = i - 1;
  while (k >= start && isGroupSpace(text.charCodeAt(k))) k--;
  if (k >= start && text.charCodeAt(k) === LINE_FEED) {
    k--;
    if (k >= start && text.charCodeAt(k) === CARRIAGE_RETURN) k--;
    while (k >= start && isGroupSpace(text.charCodeAt(k))) k--;
  }
  return k < i - 1 && k >= start && isDigit(text.charCodeAt(k));
}

/** What follows the number of a figure: an approximate word, a multiplier, a unit, and where they end. */
interface Ending {
  marker: string | undefined;
  multiplier: string;
  scale: number;
  unit: UnitEntry | undefined;
  /** The unit a value per unit is per (件 of 1.96个/件, 日 of 300吨/日), written after a slash. */
  per: string | undefined;
  end: number;
}

const SLASH = 0x2f; // / (and ／, folded to it by the normalized view)
/** Units a value may be per besides the measure words (300吨/日, 2次/月). */
const PER_PERIODS = new Prefixes(vocabulary.perUnit.periods);

/**
 * The unit after a slash right after a figure's unit (1.96个/件, 2.5天/户, 300吨/日), and where it ends: the
 * figure is a value per that unit, one quantity, never a count followed by another.
 */
function perUnitAt(text: string, at: number, end: number): { unit: string; end: number } | undefined {
  if (codeAt(text, at) !== SLASH) return undefined;
  const unit = unitAt(text, at + 1, end)?.unit ?? PER_PERIODS.at(text, at + 1);
  return unit === undefined || at + 1 + unit.length > end ? undefined : { unit, end: at + 1 + unit.length };
}

/** 3.96万户, 10余件, 8亿元, 2 件: what follows a number, or undefined when it makes no figure of it. */
function endingAfter(text: string, r: Reading, end: number): Ending | undefined {
  const { number, chinese } = r;
  let p = number.end;
  let marker: string | undefined;
  let scale = 1;
  let multiplier = '';
  if (!chinese && codeAt(text, p) === SPACE && (unitAt(text, p + 1, end) || multiplierAt(text, p + 1))) p++;
  const early = APPROX_BETWEEN.at(text, p);
  if (early && (multiplierAt(text, p + early.length) || unitAt(text, p + early.length, end))) {
    marker = early;
    p += early.length;
  }
  const m = multiplierAt(text, p);
  if (m) {
    multiplier = m[0];
    scale = m[1];
    p += multiplier.length;
    const late = marker ? undefined : APPROX_BETWEEN.at(text, p);
    if (late && unitAt(text, p + late.length, end)) {
      marker = late;
      p += late.length;
    }
  }
  if (isDateOrReference(text, r, p, marker === undefined && scale === 1)) return undefined;
  const unit = unitAt(text, p, end);
  if (!unit && scale === 1) return undefined;
  // A lone Chinese digit needs a measure word of its own: 三项, 十余家 — never 五访 or 二中.
  if (chinese && number.end - r.figStart === 1 && (!unit || unit.kind === 'rate')) return undefined;
  const unitEnd = p + (unit?.unit.length ?? 0);
  const per = unit && unit.kind !== 'rate' ? perUnitAt(text, unitEnd, end) : undefined;
  return { marker, multiplier, scale, unit, per: per?.unit, end: per?.end ?? unitEnd };
}

/**
 * Whether the number ends at `p` a year, month, day or number (2023年, 10月, 30日, 28号): a date or a
 * reference. `plain`: nothing (approximate word, multiplier) stands between the number and `p`.
 */
function isDateOrReference(text: string, r: Reading, p: number, plain: boolean): boolean {
  const next = codeAt(text, p);
  if (next === NUMBER_SIGN) return true;
  if (!plain || r.number.precision !== 0) return false;
  const value = r.number.value;
  if (next === YEAR) return !r.chinese && digitCount(text, r.figStart, r.number.end) === 4;
  if (next === MONTH) return value >= 1 && value <= 12;
  return next === DAY && value >= 1 && value <= 31;
}

/** Where the clause before `to` starts: back to its punctuation, but not before `floor`. */
function clauseStart(text: string, to: number, floor: number): number {
  let from = to;
  while (from > floor && !isLabelStop(text, from - 1)) from--;
  return from;
}

/**
 * 收到社保经办业务投诉、信访事项218件: names joined with 、 right before a count's label, with no number among
 * them, are one noun phrase with it, counted together; the label runs back through them to the clause's
 * punctuation, so the verb that opens them (收到) is the count's. Not through a list of counts (投诉120件、
 * 信访98件: the words before 、 end at a number), nor when the names are cut off by the label's reach, nor
 * before 分别 (投诉、举报分别为120件、98件: each value is one name's). Rates' names are paired with their
 * values by pairRespectiveNames.
 */
function namesJoinedStart(text: string, ls: number, labelEnd: number, start: number, floor: number): number {
  let from = ls;
  while (from - 1 > floor && text.charCodeAt(from - 1) === ENUMERATION_COMMA) {
    const before = clauseStart(text, from - 1, floor);
    // Words that run to the floor stop at a number or at the label's reach, unless the floor is the text's start.
    if (before === from - 1 || (before === floor && floor !== start)) break;
    from = before;
  }
  return from === ls || text.slice(ls, labelEnd).includes(RESPECTIVELY) ? ls : from;
}

const CLOSE_PAREN = 0x29; // ) — the normalized view writes （） as ()
const OPEN_PAREN = 0x28;
/**
 * Words in parentheses that say what a count takes in (含撤销、确认违法, 包括网上申请), naming no number nor
 * another period: (含上年结转) makes the count one of more than the year's, and is no mere qualifier.
 */
const QUALIFIER = /^(?:含|包括|包含)[^0-9()]*$/;
const OTHER_PERIOD_IN_QUALIFIER = /结转|上年|去年|往年|以往|以前|历年|累计|跨年/;

/** Where the parenthesis that closes at `close` opens, when it holds only a qualifier (see QUALIFIER) after `floor`. */
function qualifierOpening(text: string, close: number, floor: number): number | undefined {
  let open = close - 1;
  while (open > floor && text.charCodeAt(open) !== OPEN_PAREN && text.charCodeAt(open) !== CLOSE_PAREN) open--;
  if (open <= floor || text.charCodeAt(open) !== OPEN_PAREN) return undefined;
  const words = text.slice(open + 1, close);
  return QUALIFIER.test(words) && !OTHER_PERIOD_IN_QUALIFIER.test(words) ? open : undefined;
}

/** Where the quotation that closes at `close` opens, when its words stay within one clause after `floor`. */
function quoteOpening(text: string, close: number, floor: number): number | undefined {
  const open = clauseStart(text, close, floor) - 1;
  return open >= floor && QUOTE_CLOSE[text[open]!] === text[close] && open + 1 < close ? open : undefined;
}

/**
 * The approximate word (约, 近, 超过 …) a label ends with, unless an exception's character precedes it, and
 * the words it takes from the label: 约 also before 为 (办结率约为95% states 95% as 办结率约95% does).
 */
function approximateBefore(trimmed: string, chinese: boolean): { marker: string; words: string } | undefined {
  const beforeIs = trimmed.endsWith('为') ? APPROX_BEFORE_IS.find(trimmed.slice(0, -1)) : undefined;
  if (beforeIs) return { marker: beforeIs, words: beforeIs + '为' };
  const before = (chinese ? APPROX_BEFORE_CHINESE : APPROX_BEFORE).find(trimmed);
  if (!before) return undefined;
  const beforeMarker = trimmed[trimmed.length - before.length - 1];
  return beforeMarker && APPROX_EXCEPTIONS[before]?.includes(beforeMarker) ? undefined : { marker: before, words: before };
}

/** The approximate words written with a figure, each where the text has one (see `approximationOf`). */
export interface Approximation {
  /** Before the number: 约200件, 近百人, 超过30%. */
  before?: { word: string; start: number };
  /**
   * Right after the number, or after its multiplier: 10余件, 1.2万余人. `afterDigits` when an Arabic digit
   * comes right before it (12余次, 10余万元), not a multiplier or a Chinese numeral (1.2万余, 百余).
   */
  inside?: { word: string; start: number; afterDigits: boolean };
  /** After the figure's unit: 95%左右, 60岁以上. */
  after?: { word: string; end: number };
}

/** Characters of a number as written: Arabic digits with their separators (1,234, 1 234) and Chinese numerals up to 千. */
const NUMBER_CHARS = /(?:[-+\d,.零〇一二两三四五六七八九十百千]|[ \u00a0\u2009\u202f](?=\d))*/y;

/**
 * The approximate words of a figure in the normalized text, read with the figure reader's words: one
 * figure may have more than the one its `marker` names (约200余件 has 约 and 余).
 */
export function approximationOf(text: string, figure: Figure): Approximation {
  const out: Approximation = {};
  const before = approximateWordBefore(text, figure.start, !isDigit(codeAt(text, figure.start)));
  if (before) out.before = before;
  NUMBER_CHARS.lastIndex = figure.start;
  NUMBER_CHARS.test(text);
  const p = NUMBER_CHARS.lastIndex;
  const early = APPROX_BETWEEN.at(text, p);
  const m = early ? undefined : multiplierAt(text, p);
  const late = m && APPROX_BETWEEN.at(text, p + m[0].length);
  if (early) out.inside = { word: early, start: p, afterDigits: isDigit(codeAt(text, p - 1)) };
  else if (m && late) out.inside = { word: late, start: p + m[0].length, afterDigits: false };
  const after = APPROX_AFTER.at(text, figure.end);
  if (after) out.after = { word: after, end: figure.end + after.length };
  return out;
}

/**
 * The approximate word (约, 近, 超过 …) right before a number at `at` — not the 近 of 最近 nor the 约 of 节约 —
 * and where it starts; `chinese`: the number is written in Chinese numerals (数, 几 and 上 count then too).
 */
export function approximateWordBefore(text: string, at: number, chinese: boolean): { word: string; start: number } | undefined {
  const from = Math.max(0, at - LABEL_MAX);
  const back = trimEnd(text.slice(from, at));
  const before = approximateBefore(back, chinese);
  return before && { word: before.marker, start: from + back.length - before.words.length };
}

/** Where a label's words start: after an enumeration lead (一是) and blanks or Markdown emphasis. */
function wordsStart(label: string): number {
  // The regex only when the first character may open a lead (hot: per figure).
  let from = ENUMERATION_FIRST.has(codeAt(label, 0)) ? (ENUMERATION_LEAD.exec(label)?.[0].length ?? 0) : 0;
  while (from < label.length && LABEL_TRIM[label.charCodeAt(from)] === 1) from++;
  return from;
}

/** Where a label's words end: before blanks or Markdown emphasis (**办结率**99%). */
function wordsEnd(label: string, from: number): number {
  let to = label.length;
  while (to > from && LABEL_TRIM[label.charCodeAt(to - 1)] === 1) to--;
  return to;
}

/** Where the tail after a figure ends: at the next punctuation, at most TAIL_MAX characters on. */
function tailEnd(text: string, from: number, end: number): number {
  const limit = Math.min(end, from + TAIL_MAX);
  let t = from;
  while (t < limit && !isLabelStop(text, t)) t++;
  return t;
}

/** A label without the 有 or 共有 after its closing 的 (评为优秀的有 → 评为优秀的: existentialAfterDe). */
function withoutExistential(label: string): string {
  const trimmed = trimEnd(label);
  const word = EXISTENTIAL.find(trimmed);
  return word !== undefined && trimmed.charCodeAt(trimmed.length - word.length - 1) === DE ? trimmed.slice(0, -word.length) : label;
}

function readFigure(text: string, r: Reading, start: number, end: number, boundary: number, parenthetical: boolean, lastMark: number): Figure | undefined {
  const number = r.number;
  const ending: Ending | undefined = r.percentWord ? { marker: undefined, multiplier: '', scale: 1, unit: PERCENT_UNIT, per: undefined, end: number.end } : endingAfter(text, r, end);
  if (!ending) return undefined;
  const { unit, scale } = ending;
  const figEnd = ending.end;

  // The label: back to the clause's punctuation or the previous number.
  const floor = Math.max(boundary, start, r.figStart - LABEL_MAX);
  let labelEnd = r.figStart;
  let ls = clauseStart(text, labelEnd, floor);
  // 办结率：99.02%: a colon right before the number joins it to its label.
  if (ls === r.figStart && ls - 1 > floor && text.charCodeAt(ls - 1) === COLON) {
    labelEnd = ls - 1;
    ls = clauseStart(text, labelEnd, floor);
  } else if (closesTerm(text.charCodeAt(ls - 1))) {
    // 其中“全程网办”1318项: a term in quotes right before the number is its label; 其中“全程网办”事项38项:
    // the term goes with the noun after it, which alone (事项) would not say what was counted.
    const open = quoteOpening(text, ls - 1, floor);
    if (open !== undefined) {
      if (ls === r.figStart) labelEnd = ls - 1;
      ls = open + 1;
    }
  } else if (ls === r.figStart && unit?.kind !== 'rate' && text.charCodeAt(ls - 1) === CLOSE_PAREN) {
    // 其中纠错（含撤销、确认违法）29件: words in parentheses right before the number that only say what the
    // count takes in qualify the label before them, which is the count's (a rate's, 合格率（含优秀）, is read
    // with its bracket by the rules).
    const open = qualifierOpening(text, ls - 1, floor);
    if (open !== undefined) {
      labelEnd = open;
      ls = clauseStart(text, open, floor);
    }
  }
  if (unit?.kind !== 'rate') ls = namesJoinedStart(text, ls, labelEnd, start, floor);
  let label = text.slice(ls, labelEnd);
  const trimmed = trimEnd(label);
  if (ORDINAL.find(trimmed)) return undefined;
  if (quoted(text, r.figStart, figEnd, end, lastMark)) return undefined;

  const before = approximateBefore(trimmed, r.chinese);
  // 排名前10位, 居前5位的事项: a rank, no count of people.
  if (before?.marker === '前' && unit && RANK_UNITS.has(unit.unit)) return undefined;
  if (before) label = trimmed.slice(0, trimmed.length - before.words.length);
  label = withoutExistential(label);
  const marker = ending.marker ?? before?.marker ?? APPROX_AFTER.at(text, figEnd) ?? (r.rangeUpper ? text[r.figStart - 1] : undefined);
  const from = wordsStart(label);
  const to = wordsEnd(label, from);
  ls += from;
  if (from > 0 || to < label.length) label = label.slice(from, to);

  // Every field is set here, the optional ones to undefined until known: all figures then share one
  // hidden class, and the rules' reads of a figure stay monomorphic (a figure given marker, change or
  // name afterwards took one of six shapes, and those reads went megamorphic).
  const figure: Figure = {
    value: (r.negative ? -1 : 1) * number.value * scale,
    // 1.96个/件: a value per unit is written with both units, an average whatever its label.
    unit: ending.per === undefined ? (unit?.unit ?? '') : `${unit!.unit}/${ending.per}`,
    kind: unit?.kind ?? 'count',
    approximate: marker !== undefined,
    marker,
    average: ending.per !== undefined || isAverage(label),
    precision: number.precision,
    scale,
    written: text.slice(r.figStart, number.end) + ending.multiplier,
    start: r.figStart,
    end: figEnd,
    label,
    labelStart: ls,
    tail: text.slice(figEnd, tailEnd(text, figEnd, end)),
    name: undefined,
    change: undefined,
    parenthetical,
  };
  describe(figure);
  if (figure.kind === 'rate' && !figure.name && !figure.change && ACTUAL.has(core(label))) figure.name = nameBeforeColon(text, ls, start);
  return figure;
}

/**
 * 出庭应诉率：实际97.6%, 出庭应诉率：目标95%，实际97.6%: the rate's name before the colon of an indicator line, for a
 * value labelled only as the actual one (namedBeforeColon.actual), the colon right before its label or before a clause
 * stating the target alone (目标95%). Undefined when the words before the colon are no rate's name.
 */
function nameBeforeColon(text: string, labelStart: number, floor: number): Figure['name'] {
  let colon = labelStart - 1;
  if (colon > floor && text.charCodeAt(colon) === COMMA) {
    const target = clauseStart(text, colon, floor);
    if (!TARGET_CLAUSE.test(text.slice(target, colon))) return undefined;
    colon = target - 1;
  }
  if (colon <= floor || text.charCodeAt(colon) !== COLON) return undefined;
  let from = colon;
  while (from > floor && isHan(text.charCodeAt(from - 1))) from--;
  const name = text.slice(from, colon);
  return name.length >= 2 && RATE_ENDINGS.find(name) ? { text: name, start: from, end: colon } : undefined;
}

/** Sets the direction of a growth figure (同比增长), or the name a rate is the value of (办结率). */
function describe(figure: Figure): void {
  const label = figure.label;
  const c = core(label);
  // 缩减为13家, 提高到98%: a change verb followed by 为/至/到 states the new level, not a change.
  const toLevel = TO_LEVEL.has(codeAt(label, label.length - 1));
  const change = toLevel || NOT_CHANGES.find(c) ? undefined : CHANGES.find(c);
  if (change) figure.change = CHANGE_OF.get(change)!;
  else if (figure.kind === 'rate' && RATE_ENDINGS.find(c)) {
    let n = c.length;
    while (n > 0 && c.length - n < 20 && isHan(c.charCodeAt(n - 1))) n--;
    if (c.length - n >= 2) figure.name = { text: c.slice(n), start: figure.labelStart + n, end: figure.labelStart + c.length };
  }
}

/** A unit written on its own, as a table heading's （万元） or （件）: its multiplier and unit; undefined when it is none. */
export function readUnit(text: string): { unit: string; kind: FigureKind; multiplier: string; scale: number } | undefined {
  const m = multiplierAt(text, 0);
  const from = m?.[0].length ?? 0;
  if (from === text.length) return m ? { unit: '', kind: 'count', multiplier: m[0], scale: m[1] } : undefined;
  const unit = unitAt(text, from, text.length);
  if (!unit || from + unit.unit.length !== text.length) return undefined;
  return { unit: unit.unit, kind: unit.kind, multiplier: m?.[0] ?? '', scale: m?.[1] ?? 1 };
}

const CHANGE_LEADS = new Prefixes([...CHANGE_OF.keys()]);

/**
 * The direction the words opening a text give (增长8.7%, 同比下降9.9%, 同比25%), and where those
 * words end: a table cell under a 同比 heading states its change this way.
 */
export function leadingChange(text: string): { change: FigureChange; end: number } | undefined {
  let change: FigureChange | undefined;
  let end = 0;
  for (let word = CHANGE_LEADS.at(text, end); word !== undefined; word = CHANGE_LEADS.at(text, end)) {
    const kind = CHANGE_OF.get(word)!;
    // 同比下降: the direction is the second word's.
    if (change === undefined || change === 'change') change = kind;
    end += word.length;
  }
  return change ? { change, end } : undefined;
}

const cache = new WeakMap<ReportTree, FigureSentence[]>();

/**
 * A line that names one figure and states it after a colon, as a list of key figures does (“主要数据：”,
 * then “受理信访事项：176件”, “办结信访事项：174件”, “信访事项办结率：98.9%”): a name without digits or marks, the
 * value, and nothing after it but its unit.
 */
const KEY_VALUE_LINE = /^[^\d:;,。\n]{2,20}:\s*\d[\d,.]*[^\d:;,。\n]{0,12}$/;

/** The line [from, to) of `text` without its blanks, or undefined when it is blank. */
function trimmedLine(text: string, from: number, to: number): Sentence | undefined {
  const raw = text.slice(from, to);
  const line = raw.trim();
  if (line === '') return undefined;
  const start = from + raw.indexOf(line);
  return { start, end: start + line.length, text: line };
}

/** The line before the one starting at `start`, when a single line break (LF or CRLF) parts them. */
function lineBefore(text: string, start: number): Sentence | undefined {
  const lf = text.lastIndexOf('\n', start - 1);
  if (lf === -1 || text.slice(lf + 1, start).trim() !== '') return undefined;
  return trimmedLine(text, text.lastIndexOf('\n', lf - 1) + 1, lf);
}

/** The line after the one ending at `end`, when a single line break (LF or CRLF) parts them. */
function lineAfter(text: string, end: number): Sentence | undefined {
  const lf = text.indexOf('\n', end);
  if (lf === -1 || text.slice(end, lf).trim() !== '') return undefined;
  const stop = text.indexOf('\n', lf + 1);
  return trimmedLine(text, lf + 1, stop === -1 ? text.length : stop);
}

/**
 * Key-value lines one after another are read as one sentence, each line a clause of it, as the prose they
 * abbreviate would be (受理信访事项176件，办结信访事项174件，信访事项办结率98.9%): a rate of the list is read over
 * the counts the lines before it name. A sentence that is no such line, or such a line alone, is kept.
 */
function keyValueRun(text: string, s: Sentence): Sentence {
  if (!KEY_VALUE_LINE.test(s.text)) return s;
  let { start, end } = s;
  for (let line = lineBefore(text, start); line && KEY_VALUE_LINE.test(line.text); line = lineBefore(text, start)) start = line.start;
  for (let line = lineAfter(text, end); line && KEY_VALUE_LINE.test(line.text); line = lineAfter(text, end)) end = line.end;
  return start === s.start && end === s.end ? s : { start, end, text: text.slice(start, end) };
}

/**
 * The figures of a report, sentence by sentence (only sentences that state one), computed once
 * per tree. Sentences are those of `tree.sentences`, except that a sentence cut by a hard line wrap
 * (see `sentenceBreaks`) is read as one: its figures, labels and names run through the break
 * (“办” / “结率为98.3%” is 办结率), and their offsets, shared by the original and the normalized text,
 * may then lie on two lines. A sentence's `text` is the normalized text between its offsets.
 */
export function figuresOf(tree: ReportTree): FigureSentence[] {
  let sentences = cache.get(tree);
  if (!sentences) {
    sentences = [];
    const joined = joinedText(tree);
    const text = joined.text;
    let current: FigureSentence | undefined;
    let currentEnd = 0; // the current sentence's end in the joined text
    // One pass over the whole text: labels, tails and parentheses never reach past a sentence end.
    for (const figure of extractFigures(text, 0, text.length)) {
      if (!current || figure.start >= currentEnd) {
        const s = keyValueRun(text, sentenceAround(text, figure.start));
        currentEnd = s.end;
        current = joined.joinsLines ? sentenceIn(tree.normalized, joined, s) : { start: s.start, end: s.end, text: s.text, figures: [] };
        sentences.push(current);
      }
      current.figures.push(joined.joinsLines ? placeInReport(figure, joined) : figure);
    }
    cache.set(tree, sentences);
  }
  return sentences;
}

/** A sentence of the joined text, at its offsets in the report. */
function sentenceIn(normalized: string, joined: JoinedText, s: Sentence): FigureSentence {
  const start = joined.offsetOf(s.start);
  const end = joined.endOf(s.end);
  return { start, end, text: normalized.slice(start, end), figures: [] };
}

/** A figure read in the joined text, with its offsets moved to the report's. */
function placeInReport(figure: Figure, joined: JoinedText): Figure {
  figure.start = joined.offsetOf(figure.start);
  figure.end = joined.endOf(figure.end);
  figure.labelStart = joined.offsetOf(figure.labelStart);
  if (figure.name) figure.name = { text: figure.name.text, start: joined.offsetOf(figure.name.start), end: joined.endOf(figure.name.end) };
  return figure;
}

/** The figures between two offsets, in order. */
export function figuresIn(tree: ReportTree, start: number, end: number): Figure[] {
  const out: Figure[] = [];
  for (const s of figuresOf(tree)) {
    if (s.end <= start) continue;
    if (s.start >= end) break;
    for (const f of s.figures) if (f.start >= start && f.end <= end) out.push(f);
  }
  return out;
}

/** The figure at an offset (for hover), with its sentence. */
export function figureAt(tree: ReportTree, offset: number): { figure: Figure; sentence: FigureSentence } | undefined {
  const sentences = figuresOf(tree);
  const s = sentences[partitionPoint(sentences.length, (i) => sentences[i]!.end <= offset)];
  if (!s || offset < s.start) return undefined;
  const figure = s.figures.find((f) => f.start <= offset && offset < f.end);
  return figure ? { figure, sentence: s } : undefined;
}
