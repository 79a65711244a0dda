import { figuresOf, formatDecimal, joinedText, partitionPoint, Prefixes } from '@reportlint/parser';
import type { Figure, FigureSentence, JoinedText, ReportTree } from '@reportlint/parser';
import { codeTable } from './code-table.js';
import { YEAR } from './dates.js';
import { oncePer } from './memo.js';
import { literalAlternation } from './ranges.js';
import vocabulary from './figures.json' with { type: 'json' };

/** How figures relate to each other (rates, totals, parts): what rate-mismatch and parts-exceed-total share. */

export interface RateEntry {
  name: string;
  numerator: string[];
  pending?: string[];
  /** Counts of closed cases (审结, 办结, 结案) the rate may be taken over: 败诉率 is 败诉 over 审结. */
  over?: string[];
  /** Qualifiers of the numerator's verb that name the rest of the base (不予 of 不予受理 for 受理率). */
  declined?: string[];
  /**
   * Words the label of the total must hold, for a rate defined over one sum among several (节资率 is 节约资金 over
   * 预算金额, not over 成交金额 stated between them).
   */
  base?: string[];
  /**
   * Verbs of the total the rate is taken over, when a sentence states that total alone (抽检655批次，合格率98.87%):
   * the rate must then be some whole number of it (rate-mismatch's whole-alone.ts). Only for rates whose total is
   * what the verb counts, with no carried-over or other base a drafter might divide by.
   */
  wholes?: string[];
  bounded: boolean;
}

const byLength = (list: string[]) => [...list].sort((a, b) => b.length - a.length);
/** The vocabulary's rate entries name their set of total verbs (`wholes`: "tested"); the rules read the verbs. */
const WHOLE_SETS: Record<string, string[]> = vocabulary.rates.wholeSets;
const RATES = (vocabulary.rates.list as Array<Omit<RateEntry, 'wholes'> & { wholes?: string }>)
  .map(({ wholes, ...entry }): RateEntry => (wholes === undefined ? entry : { ...entry, wholes: WHOLE_SETS[wholes]! }))
  .sort((a, b) => b.name.length - a.name.length);
/** The last two characters of a text ending at `end`, as one number. */
const endingKey = (text: string, end: number) => text.charCodeAt(end - 2) * 0x10000 + text.charCodeAt(end - 1);
/** Rates by the last two characters of their name (nearly all end in 率), longest name first. */
const RATES_BY_ENDING = new Map<number, RateEntry[]>();
for (const r of RATES) {
  const key = endingKey(r.name, r.name.length);
  RATES_BY_ENDING.set(key, [...(RATES_BY_ENDING.get(key) ?? []), r]);
}
const QUALIFIERS = byLength(vocabulary.qualifiers.list);
/** Ratios a:b of two counts, by the words their name holds (复议诉讼比: 行政复议案件 over 行政诉讼案件). */
export const RATIOS: readonly { first: string; second: string }[] = vocabulary.ratios.list;
const SHOULD = byLength(vocabulary.qualifiers.should);
/** Qualifiers of a count of some of those done (按期办结, 当场办结). */
export const WAYS = vocabulary.qualifiers.ways;
const OBJECTS = byLength(vocabulary.numeratorObjects.list);
const TOTALS = vocabulary.totals.list;
const CLASSES = vocabulary.unitClasses.list;
const ALL_NUMERATORS = byLength([...new Set(RATES.flatMap((r) => r.numerator))]);
const PENDING = byLength([...new Set(RATES.flatMap((r) => r.pending ?? []))]);
export const PARTS = vocabulary.parts;
export const RECEIVED = vocabulary.received;
export const CHANGES = vocabulary.changes;
export const AVERAGES = vocabulary.averages;
/**
 * The period an earlier count is of: a word of the vocabulary, a year in digits or in Chinese numerals (2020年,
 * 2023年同期, 二〇二五年: a report dating itself in Chinese numerals compares with its years so too), the end of one
 * (较2024年底的984名: a stock against the one a year before), a quarter named (较第三季度的950件: a quarter's count
 * against the one before) or the end of a five-year plan (“十三五”末, 十三五期末), which five-year summaries compare
 * with as they would with 2020年.
 */
export const EARLIER = `(?:${literalAlternation(CHANGES.earlier)}|(?:${YEAR})年(?:同期|底|末)?|第[一二三]季度|“?十[一二三四五六]五”?期?末)`;
/** Right before the earlier value of 从A到B: 从, 由, 由上年的, 从2023年的, 由法定的 (a time limit cut from the statutory one). */
export const CHANGE_FROM = new RegExp(`(?:从|由)(?:(?:${EARLIER}|${literalAlternation(CHANGES.statutory)})的?)?$`);
/**
 * Between A and B of 从A到B: 下降到, 减少至, 增至, 到 (group 1: the verb), 调整为 (no direction: the percent's
 * word gives it); the later value may name its year too (增长到2024年的B).
 */
export const CHANGE_CONNECT = new RegExp(
  `^(?:(${literalAlternation([...CHANGES.connect.increase, ...CHANGES.connect.decrease])})|${literalAlternation(CHANGES.connect.neutral)})?(?:到|至|为)(?:\\d{4}年的?)?$`,
);
/** How far before the earlier value of 从A到B its 从 or 由 may stand: 由上年同期的. */
const CHANGE_FROM_REACH = 12;

/** Whether 从 or 由 (with its period: 由上年的) opens a change right before `earlier`, not before `floor`. */
export function opensChange(joined: JoinedText, earlier: Figure, floor = 0): boolean {
  return CHANGE_FROM.test(joined.slice(Math.max(floor, joined.move(earlier.start, -CHANGE_FROM_REACH)), earlier.start));
}
/** Words that make counts after a rate those of another period, or a comparison with one (上年, 同比, 累计). */
const OTHER_PERIODS = [...vocabulary.changes.earlier, ...vocabulary.changes.compare, ...vocabulary.countsAfter.periods];

/**
 * Words looked up at the end of a text, indexed by their last character: `find` returns what
 * `words.find((w) => text.endsWith(w))` would, after a map lookup that rejects most texts at once.
 * Hot: labels are matched against these lists several times per figure.
 */
class Endings {
  private readonly byLast = new Map<number, string[]>();
  /** 1 for a character some word ends with: a typed-array read turns most texts away before the map. */
  private readonly isLast = new Uint8Array(0x10000);
  constructor(words: readonly string[]) {
    for (const w of words) {
      const last = w.charCodeAt(w.length - 1);
      this.isLast[last] = 1;
      const list = this.byLast.get(last);
      if (list) list.push(w);
      else this.byLast.set(last, [w]);
    }
  }
  /** The words that end with the last character of `text`, in list order. */
  candidates(text: string): readonly string[] | undefined {
    if (!text.length) return undefined;
    const last = text.charCodeAt(text.length - 1);
    return this.isLast[last] === 1 ? this.byLast.get(last) : undefined;
  }
  /** The first word (in list order) `text` ends with. */
  find(text: string): string | undefined {
    const list = this.candidates(text);
    if (list) for (const w of list) if (text.endsWith(w)) return w;
    return undefined;
  }
}

const QUALIFIER_ENDINGS = new Endings(QUALIFIERS);
const CLOSED_MODES = new Endings(vocabulary.rates.closedModes);
const ALONGSIDE = new Endings(vocabulary.rates.alongside);
const SHOULD_ENDINGS = new Endings(SHOULD);
const OBJECT_ENDINGS = new Endings(OBJECTS);
const PENDING_ENDINGS = new Endings(PENDING);
/** What a count's label after a rate may add to its verb and still count the rate's own things. */
const AFTER_LEADS = new Prefixes(vocabulary.countsAfter.leads);
const AFTER_OBJECTS = new Endings(byLength(vocabulary.countsAfter.objects));
/** First characters of the pending words and of the total words: most labels and tails hold none. */
const PENDING_FIRST = codeTable(PENDING.map((w) => w.charCodeAt(0)));
const TOTAL_FIRST = codeTable(TOTALS.map((w) => w.charCodeAt(0)));
const TOTALS_BY_FIRST = new Map<number, string[]>();
for (const w of TOTALS) {
  const first = w.charCodeAt(0);
  TOTALS_BY_FIRST.set(first, [...(TOTALS_BY_FIRST.get(first) ?? []), w]);
}
/**
 * Not frozen: a frozen array has an elements kind of its own, and a loop over `list ?? NO_WORDS`
 * then iterates generically, allocating a result object per step (a fifth of the clause split's
 * garbage, when it was frozen). `readonly` keeps it empty.
 */
const NO_WORDS: readonly string[] = [];

/** The vocabulary entry of a rate name (longest match at its end) and the qualifier before it (按期办结率 → 按期). */
export function rateEntry(name: string): { entry: RateEntry; qualifier: string; display: string } | undefined {
  const entry = name.length < 2 ? undefined : RATES_BY_ENDING.get(endingKey(name, name.length))?.find((r) => name.endsWith(r.name));
  if (!entry) return undefined;
  const rest = name.slice(0, -entry.name.length);
  const qualifier = QUALIFIER_ENDINGS.find(rest) ?? '';
  return { entry, qualifier, display: qualifier + entry.name };
}

/** Longest rate name a message quotes as written; a longer one is named by its vocabulary word. */
export const RATE_NAME_MAX = 8;

/**
 * How a message names a rate, and where its finding starts: the name as written when short, else its
 * vocabulary word (counted back from the name's end through a line break that cuts the sentence).
 */
export function rateName(tree: ReportTree, name: { text: string; start: number; end: number }, display: string): { text: string; start: number } {
  return name.text.length <= RATE_NAME_MAX ? { text: name.text, start: name.start } : { text: display, start: joinedText(tree).move(name.end, -display.length) };
}

/**
 * Whether a rate's name was written before the value listed ahead of it (结案率、调解率分别为97.5%、55.2%:
 * the parser gives 55.2% the name 调解率): such a value is read from the counts before the list, as the
 * first one is, and a finding on it spans the value alone.
 */
export function namedBeforeList(rate: Figure, previous: Figure | undefined): boolean {
  return rate.name !== undefined && previous !== undefined && rate.name.start < previous.start;
}

/** A count the arithmetic can rely on: stated exactly, not a per-unit or growth figure. */
export function exactCount(f: Figure): boolean {
  return (f.kind === 'count' || f.kind === 'amount') && !f.approximate && !f.average && !f.change && f.value >= 0;
}

/**
 * A count the arithmetic can rely on within a known interval: stated exactly, or a count of things above
 * a round number (380余件, 3000多人: see `quantityOf`). Not 约, 近, 以上: they state no bound on one side.
 */
export function rangedCount(f: Figure): boolean {
  return exactCount(f) || (f.kind === 'count' && countRange(f) !== undefined);
}

/** A character of a word (not punctuation, a digit or a space). */
const HAN = /^\p{Script=Han}$/u;

/**
 * A count written before its noun (15条差评, 20件代表建议): no label of its own, a word right after it.
 * It names its own things, so it is no further item of a list of labelled counts before it. `label`: the
 * count's label as the caller reads it (without its 其中), for no copy of the figure with another label.
 */
export function countBeforeNoun(joined: JoinedText, f: Figure, label = f.label): boolean {
  return label === '' && HAN.test(joined.text.charAt(joined.indexOf(f.end)));
}

/** Longest noun between a scope's count and the part it holds (12个县区差评工单 → 405个). */
const SCOPE_GAP = 12;
/** Glosses in brackets after a noun (市（州）, 县（市、区）), as normalized text writes them. */
const GLOSSES = /\([^()]*\)/g;

/**
 * 其中，市直部门差评工单35个，12个县区差评工单405个: a count written before its noun, followed after that
 * noun by a count of the total's things, with no punctuation between, says whose part it is (12个县区): the
 * part's scope, not a part — the rest of the places too (、其余4个县共234件), and one right after 其中.
 */
export function scopeOf(joined: JoinedText, f: Figure, next: Figure | undefined, total: Figure): boolean {
  if (!next || next.parenthetical || !sameThings(next, total)) return false;
  // 其中5个县区办理2410件: the scope may open the 其中 list, its marker no label.
  const label = withoutMarker(f.label);
  if (!countBeforeNoun(joined, f, PARTS.rest.includes(label) ? '' : label)) return false;
  // 其余七个市（州）合计: a gloss in brackets is part of the noun.
  const noun = joined.slice(f.end, next.start).replace(GLOSSES, '');
  return noun.length <= SCOPE_GAP && /^\p{Script=Han}+$/u.test(noun);
}

/** Nouns of the things counted (事项, 案件 …), not of an amount (件数, 数量) nor a bare measure word (件). */
const THING_NOUNS = OBJECTS.filter((w) => w.length > 1 && !/[数量]$/.test(w));

/**
 * The things a rate's label names, up to its first noun of things: 备案类事项 in 备案类事项办结率,
 * 案件 in 案件办结率; undefined when it names none (结案率, 录入率, 占比).
 */
export function thingsNamed(label: string): string | undefined {
  let end = -1;
  for (const noun of THING_NOUNS) {
    const at = label.indexOf(noun);
    if (at !== -1 && (end === -1 || at + noun.length < end)) end = at + noun.length;
  }
  return end === -1 ? undefined : label.slice(0, end);
}

/** Two counts of the same things (件 and 宗, 人 and 名, …). */
export function sameThings(a: Figure, b: Figure): boolean {
  if (a.unit === b.unit) return a.kind === b.kind;
  return CLASSES.some((c) => c.includes(a.unit) && c.includes(b.unit));
}

/** The half-width of the interval a figure stands for: 3.96万 is 39550…39650; an integer count is exact. */
export function tolerance(f: Figure): number {
  return f.scale > 1 ? (f.scale * 10 ** -f.precision) / 2 : 0;
}

/** Markers of a count above a round number, short of the next one (4200余件, 3000多件). */
const ABOVE_ROUND = ['余', '多'];

/**
 * The interval a count or measure stands for (see `rangeOf`), when it is no change itself: the earlier or
 * later count of a change, a total or a part. Undefined for a growth figure (增加20件).
 */
export function countRange(f: Figure): { low: number; high: number } | undefined {
  return f.change ? undefined : rangeOf(f);
}

/**
 * The interval a count, or a change stated as a count (增加20余件), stands for: an exact count within its
 * rounding (tolerance); a count above a round number (余, 多) from that number up to the next step of its
 * last written digit, by the genre's convention — 4200余件 is above 4200 and below 4300, 10余件 11–19,
 * 1.2万余件 below 1.3万 (the bounds are taken inclusive: a sum that reaches them is not beyond them).
 * Undefined for any other approximate count (约, 近, 以上: no bound on one side or the other), a rate or
 * measure, a per-unit figure.
 */
function quantityRange(f: Figure): { low: number; high: number } | undefined {
  if ((f.kind !== 'count' && f.kind !== 'amount') || f.average || f.value < 0) return undefined;
  if (!f.approximate) return { low: f.value - tolerance(f), high: f.value + tolerance(f) };
  if (!ABOVE_ROUND.includes(f.marker ?? '') || f.value === 0) return undefined;
  // The written number in units of its last decimal (1.2万 → 12), stripped of its trailing zeros.
  let digits = Math.round((f.value / f.scale) * 10 ** f.precision);
  let step = f.scale * 10 ** -f.precision;
  while (digits % 10 === 0) {
    digits /= 10;
    step *= 10;
  }
  return { low: f.value, high: f.value + step };
}

const MEASURES: readonly string[] = CHANGES.measures;

/** After a unit, what makes it a rate per unit: 吨/日, 立方米／日. */
const PER_UNIT = /^[/／]/;

/**
 * An area, weight, length or volume (违法用地320亩, 拆除12.6万平方米, 清运垃圾2.3万吨): a quantity that
 * reads as a count — its change (change-mismatch), its parts (parts-exceed-total) — in its own unit only
 * (亩 and 公顷 are not converted). Not a rate per unit (300吨/日, 每平方公里12吨, 日均清运), which is no
 * amount of the thing itself.
 */
export const isMeasured = (f: Figure) => f.kind === 'measure' && MEASURES.includes(f.unit) && !f.average && f.value >= 0 && !PER_UNIT.test(f.tail);

/** A value per unit (1.96个/件, 2.5天/户, 300吨/日): the parser writes its two units with a slash. */
export const isPerUnit = (f: Figure) => f.unit.includes('/');

/**
 * The half-width of the interval a count or measure stands for: a count is exact unless written in 万 or
 * 亿 (tolerance); a measure is rounded at its last written decimal, 108.1亩 being 108.05…108.15 and
 * 12.6万平方米 12.55万…12.65万; so is a value per unit written with decimals, an average (3.13个/件 is
 * 3.125…3.135), while a whole one is exact as a count is (12份/件).
 */
export const halfWidth = (f: Figure) => (isMeasured(f) || (isPerUnit(f) && f.precision > 0) ? (f.scale * 10 ** -f.precision) / 2 : tolerance(f));

/**
 * The interval a count, a measure or a difference (增加20余件, 减少108.1亩) stands for, if it has one (see
 * quantityRange). A measure above a round number (1200余亩) is left alone: beside another measure, itself
 * a rounding, the range a finding would state is no plain one (200.5至300.5亩, not 4200余件's 400至500件).
 */
export function rangeOf(f: Figure): { low: number; high: number } | undefined {
  if (!isMeasured(f)) return quantityRange(f);
  return f.approximate ? undefined : { low: f.value - halfWidth(f), high: f.value + halfWidth(f) };
}

/** How a computed percentage may be cut to the decimals it is written with. */
export type Rounding = 'either' | 'round' | 'truncate';

const EPSILON = 1e-9;

/**
 * Whether `stated`, written with `decimals` decimals, can be some value of [lo, hi] rounded or
 * truncated as `rounding` allows: the interval is what the counts give within their tolerances.
 */
export function writtenFrom(stated: number, decimals: number, lo: number, hi: number, rounding: Rounding): boolean {
  const unit = 10 ** -decimals;
  // Rounding half up covers [r − u/2, r + u/2] (both ends accepted); truncation covers [r, r + u).
  const round = hi >= stated - unit / 2 - EPSILON && lo <= stated + unit / 2 + EPSILON;
  const truncate = hi >= stated - EPSILON && lo < stated + unit - EPSILON;
  return rounding === 'round' ? round : rounding === 'truncate' ? truncate : round || truncate;
}

/** What a rate's unit counts the whole as: 100 for %, 1000 for ‰. */
export const perUnit = (rate: Figure): number => (rate.unit === '‰' ? 1000 : 100);

/** A count a rate is computed from: its value as written, and the interval it stands for (3.96万: 39550…39650). */
export interface Quantity {
  value: number;
  low: number;
  high: number;
}

/** A quantity known to within `tolerance` either side of `value` (an exact count: none). */
export const within = (value: number, tolerance = 0): Quantity => ({ value, low: value - tolerance, high: value + tolerance });

/**
 * The quantity a count stands for: its value within its rounding (3.96万), or, for a count above a round
 * number, that number up to the next step, both taken in (380余件: 380 to 390). Strictly 余 is more than
 * 380, but drafters compute a rate over the round number itself, and a rate over it is left alone.
 */
export function quantityOf(f: Figure): Quantity {
  const range = countRange(f);
  return range ? { value: f.value, ...range } : within(f.value, tolerance(f));
}

/**
 * Whether `rate` (value, decimals and unit as written) can be n ÷ t for some n within `numerator`'s
 * interval and some t within `total`'s, rounded or truncated as `rounding` allows.
 */
export function quotientAgrees(rate: Figure, numerator: Quantity, total: Quantity, rounding: Rounding): boolean {
  const range = quotientRange(rate, numerator, total);
  return !range || writtenFrom(rate.value, rate.precision, range.lo, range.hi, rounding);
}

/** The words that say a rate reaches its value: a bound (达到95%) unless its division is written. */
export const REACHED = ['达到', '高达', '达'];
/** The words that make a rate a lower bound (达到95%, 超过90%, 95%以上): its counts may give more, never less. */
const AT_LEAST = [...REACHED, '多达', '超过', '超', '逾', '以上', '不少于', '不低于', '至少'];
/** The words that make a rate an upper bound (不足60%, 不超过5%, 5%以下): its counts may give less, never more. */
const AT_MOST = ['不足', '不到', '不超过', '最多', '以内', '以下'];
/** The words that make a rate approximate both ways (约95%, 近98%, 95%左右). */
const ABOUT = ['大约', '约计', '约有', '约', '将近', '接近', '近', '左右', '上下', '内外'];

/** Whether a rate is stated as a bound or approximately, in words its counts can still be checked against. */
export const isBounded = (rate: Figure): boolean => {
  const marker = rate.marker ?? '';
  return AT_LEAST.includes(marker) || AT_MOST.includes(marker) || ABOUT.includes(marker);
};

/**
 * Whether every n ÷ t (n, t within their tolerances) contradicts a rate stated as a bound or approximately:
 * - a lower bound (达到99.6%) they fall short of even rounded up to its decimals;
 * - an upper bound (不足5%) they pass even rounded down;
 * - an approximate rate (约95%) they miss by more than a drafter's rounding. Whoever writes 约 rounds to a
 *   ten (约40%), a five (约95%), else by a point or two: the slack is that step, at least two points.
 * False for any other rate.
 */
export function boundContradicted(rate: Figure, numerator: Quantity, total: Quantity): boolean {
  const range = quotientRange(rate, numerator, total);
  if (!range) return false;
  const marker = rate.marker ?? '';
  const half = 10 ** -rate.precision / 2;
  if (AT_LEAST.includes(marker)) return range.hi < rate.value - half - EPSILON;
  if (AT_MOST.includes(marker)) return range.lo > rate.value + half + EPSILON;
  if (!ABOUT.includes(marker)) return false;
  const slack = rate.value % 10 === 0 ? 10 : rate.value % 5 === 0 ? 5 : 2;
  return range.hi < rate.value - slack - EPSILON || range.lo > rate.value + slack + EPSILON;
}

/** The values n ÷ t takes in `rate`'s unit for n and t within their intervals; undefined when t may be 0. */
function quotientRange(rate: Figure, numerator: Quantity, total: Quantity): { lo: number; hi: number } | undefined {
  const factor = perUnit(rate);
  if (total.low <= 0) return undefined;
  return { lo: (Math.max(0, numerator.low) / total.high) * factor, hi: (numerator.high / total.low) * factor };
}

/** A value in `rate`'s unit as the rate is written: with its decimals and unit (65.0%, 3‰). */
function rateText(rate: Figure, value: number, rounding: Rounding): string {
  return formatDecimal(value, rate.precision, rounding === 'truncate' ? 'truncate' : 'round') + rate.unit;
}

/** numerator ÷ total as `rate` should be written (of the values as written). */
export function quotientText(rate: Figure, numerator: Quantity, total: Quantity, rounding: Rounding): string {
  return rateText(rate, (numerator.value / total.value) * perUnit(rate), rounding);
}

/**
 * The least and the most n ÷ t may be, as `rate` is written, for n and t within their intervals: what
 * counts above a round number allow (352 of 380余件: 90.3% and 92.6%).
 */
function quotientEnds(rate: Figure, numerator: Quantity, total: Quantity, rounding: Rounding): { low: string; high: string } | undefined {
  const range = quotientRange(rate, numerator, total);
  return range && { low: rateText(rate, range.lo, rounding), high: rateText(rate, range.hi, rounding) };
}

/**
 * What a finding says a rate should be, with the decimals and unit it is written with: one value
 * (办结率应为95.8%), or, when a count is above a round number (`ranged`), the range the counts allow
 * (化解率应在90.3%至92.6%之间). Undefined when that is what the text writes: a finding never restates the text.
 */
export function expectedRate(
  rate: Figure,
  numerator: Quantity,
  total: Quantity,
  ranged: boolean,
  rounding: Rounding,
  written: string,
): { messageId: 'mismatch'; expected: string } | { messageId: 'between'; low: string; high: string } | undefined {
  const ends = ranged ? quotientEnds(rate, numerator, total, rounding) : undefined;
  if (ends && ends.low !== ends.high) return ends.low === written || ends.high === written ? undefined : { messageId: 'between', ...ends };
  const expected = ends?.low ?? quotientText(rate, numerator, total, rounding);
  return expected === written ? undefined : { messageId: 'mismatch', expected };
}

/**
 * numerator ÷ total as a message shows it: as written (13649÷13785), or, when a count is above a round
 * number, the least quotient the counts allow and the most (352÷390至352÷380).
 */
export function divisionShown(numerator: Figure, total: Figure): string {
  if (!numerator.approximate && !total.approximate) return `${shown(numerator)}÷${shown(total)}`;
  const [n, t] = [quantityOf(numerator), quantityOf(total)];
  const end = (f: Figure, value: number) => (f.approximate ? String(value) : shown(f));
  return `${end(numerator, n.low)}÷${end(total, t.high)}至${end(numerator, n.high)}÷${end(total, t.low)}`;
}

/** A count as the message shows it: as written when in Arabic digits (13649, 3.96万; 13,649 and 13 649 as 13649), else its value. */
export function shown(f: Figure): string {
  return /\d/.test(f.written) ? f.written.replace(/[,\s]/g, '') : String(f.value);
}

/** The multiplier written after a figure's Arabic digits (万 of 3.96万, 亿); '' for none, and for a Chinese numeral. */
export function writtenMultiplier(f: Figure): string {
  return /\d/.test(f.written) ? f.written.replace(/^[\d.,\s]+/, '') : '';
}

/** The qualifier a label puts right before `term` ('' for none: 办结; 按期 for 按期办结), or undefined when it does not name `term`. */
function qualifierBefore(label: string, term: string): string | undefined {
  const head = headBefore(label, term);
  return head === undefined ? undefined : (QUALIFIER_ENDINGS.find(head) ?? '');
}

/**
 * Whether a label names `term` as what was counted (已办结, 其中合格, 调解成功, 办结案件), with the
 * same qualifier as the rate (按期办结 for 按期办结率 only; 未办结 never).
 */
export function labelNames(label: string, term: string, qualifier: string): boolean {
  return qualifierBefore(label, term) === qualifier;
}

/**
 * The grade a label puts right before `term` (基本 in 其中基本合格, 非常 in 非常满意: parts.grades), '' for none,
 * undefined when the label does not name `term` as its count.
 */
export function gradeBefore(label: string, term: string): string | undefined {
  const head = headBefore(label, term);
  return head === undefined ? undefined : (PARTS.grades.find((g) => head.endsWith(g)) ?? '');
}

/** The words of a count received or admitted: 受理, 收到, 接到, 接收. */
const RECEIVED_WORDS = [RECEIVED.admitted.verb, ...RECEIVED.admitted.received];

/**
 * Whether a label counts what was received asking for `term` (受理信用修复申请 for 修复): the verb followed by a
 * noun of requests (申请, 事项, 案件), a word of received before it. Such a count is what the verb was asked
 * of — the total of a rate of that verb, not its numerator.
 */
export function receivedRequest(label: string, term: string): boolean {
  const request = RECEIVED.requests.find((w) => label.endsWith(w));
  if (request === undefined) return false;
  const verb = label.slice(0, -request.length);
  return verb.endsWith(term) && RECEIVED_WORDS.some((w) => verb.slice(0, -term.length).includes(w));
}

/** Words of a noun, no mark nor digit among them. */
const HAN_WORDS = /^\p{Script=Han}+$/u;

/**
 * The object a count's label names after the verb `term` with the rate's qualifier — 办结信访事项 → 信访事项,
 * 实际完成执法检查 → 执法检查, 按时报送材料 → 材料 (for 按时) —, nothing but leads (其中, 已, 实际, 依法 …) before
 * them; undefined when the label is no such verb and object. Which things the object names, only the sentence
 * says: a caller holds it to a count before that names it too (受理信访事项230件，办结信访事项221件).
 */
export function objectAfter(label: string, term: string, qualifier: string): string | undefined {
  const verb = qualifier + term;
  // Hot (rate-mismatch asks it of many counts): most labels hold no such verb at all.
  return label.includes(verb) ? objectAfterVerb(withoutLeads(label), verb) : undefined;
}

/**
 * The first of `verbs` a label names with its object, as objectAfter reads it (no qualifier), and that object:
 * 办结信访事项 → 办结, 信访事项. The label's leads are read once for all the verbs (parts-exceed-total asks it of
 * every count, with every verb of done).
 */
export function verbWithObject(label: string, verbs: readonly string[]): { verb: string; object: string } | undefined {
  const rest = withoutLeads(label);
  for (const verb of verbs) {
    const object = objectAfterVerb(rest, verb);
    if (object !== undefined) return { verb, object };
  }
  return undefined;
}

/** The object after `verb` opening a label without its leads (`rest`): words of a noun, nothing else. */
function objectAfterVerb(rest: string, verb: string): string | undefined {
  // Hot (every count × every verb of done): most labels open with another character, compared before the strings.
  if (rest.length <= verb.length || rest.charCodeAt(0) !== verb.charCodeAt(0) || !rest.startsWith(verb)) return undefined;
  const object = rest.slice(verb.length);
  return HAN_WORDS.test(object) ? object : undefined;
}

/** Comparisons with an earlier period (较上年, 同比): they name it without carrying its cases over. */
const COMPARISONS = byLength(vocabulary.changes.compare);

/**
 * Whether words speak of cases carried over from an earlier period (含上年结转, 旧案), so that more may
 * be done than received; 较上年提高1.1个百分点 names the last year only to compare with it.
 */
export function speaksOfCarryOver(words: string): boolean {
  // Most words hold no carry-over word at all, and taking the comparisons out (for a mark that is part of
  // no such word) never makes one.
  if (!RECEIVED.carryOver.some((w) => words.includes(w))) return false;
  let rest = words;
  for (const c of COMPARISONS) if (rest.includes(c)) rest = rest.replaceAll(c, '，');
  return RECEIVED.carryOver.some((w) => rest.includes(w));
}

/**
 * The verb of done a label names, with the qualifier that says how or when (按期办结, 当场办结, 办结案件):
 * a count of some of those done. Undefined when it names none of `terms`, or is qualified otherwise (未办结, 应办结).
 */
export function doneNamed(label: string, terms: readonly string[]): string | undefined {
  for (const term of terms) {
    const qualifier = qualifierBefore(label, term);
    if (qualifier === '' || (qualifier !== undefined && WAYS.includes(qualifier))) return qualifier + term;
  }
  return undefined;
}

/** Whether words end with a qualifier that makes the count after them a different one (按期, 网上, 未, 应 …). */
export function endsWithQualifier(words: string): boolean {
  return QUALIFIER_ENDINGS.find(words) !== undefined;
}

const DE = '的'.charCodeAt(0);
/** A label without the 的 that joins a verb to its count or object (评为优秀的112卷, 办结的案件): it counts the same. */
const withoutDe = (words: string): string => (words.charCodeAt(words.length - 1) === DE ? words.slice(0, -1) : words);

/**
 * Closing quotation marks: a quoted term may stand before the object noun it qualifies, or before 的. By
 * character code (hot: per label and verb looked for; an indexed Chinese character is a new string).
 */
const QUOTE_CLOSERS = codeTable([...'”」』'].map((c) => c.charCodeAt(0)));
/** Whether `words` ends with a closing quotation mark. */
const endsQuoted = (words: string): boolean => QUOTE_CLOSERS[words.charCodeAt(words.length - 1)] === 1;
/** Words without the closing quotation mark they end with: 实现“一网通办”的1018项 counts what 一网通办 does. */
const unquoted = (words: string): string => (endsQuoted(words) ? words.slice(0, -1) : words);

/**
 * The plain verbs of handling after a quoted term (“一网通办”办理3.91万件, “跨省通办”办结): the term says how the
 * matters were handled, and names the count as the term alone would.
 */
const HANDLED = ['办理', '办结'];
/** The last characters of HANDLED: most labels end with neither, and are passed by character code. */
const HANDLED_LAST = codeTable(HANDLED.map((v) => v.charCodeAt(v.length - 1)));

/** The quoted term before a verb of handling at the end of a label (一网通办 in “一网通办”办理), without its quotes. */
function quotedBeforeHandled(written: string): string | undefined {
  if (HANDLED_LAST[written.charCodeAt(written.length - 1)] !== 1) return undefined;
  const verb = HANDLED.find((v) => written.endsWith(v));
  if (verb === undefined) return undefined;
  const before = written.slice(0, -verb.length);
  return endsQuoted(before) ? before.slice(0, -1) : undefined;
}

/** The part of a label before a numerator's verb (按期 in 按期办结), or undefined when it names none. */
function headBefore(written: string, term: string): string | undefined {
  const quoted = quotedBeforeHandled(written);
  if (quoted?.endsWith(term)) return quoted.slice(0, -term.length);
  const label = unquoted(withoutDe(written));
  // Hot (every count × every verb looked for): a label ending neither in the verb's last character
  // nor in an object noun names nothing, and is turned away without a string comparison.
  if (
    label.length > 0 &&
    term.length > 0 &&
    label.charCodeAt(label.length - 1) !== term.charCodeAt(term.length - 1) &&
    OBJECT_ENDINGS.candidates(label) === undefined
  ) {
    return undefined;
  }
  if (label.endsWith(term)) return label.slice(0, -term.length);
  // Only the objects ending with the label's last character can match (same order as OBJECTS).
  for (const o of OBJECT_ENDINGS.candidates(label) ?? NO_WORDS) {
    if (!label.endsWith(o)) continue;
    // “全程网办”事项38项: the quoted term before the object is its verb.
    const verb = unquoted(withoutDe(label.slice(0, -o.length)));
    if (verb.length >= term.length && verb.endsWith(term)) return verb.slice(0, -term.length);
  }
  return undefined;
}

/** The pending word of a count (2宗正在办理, 尚有1件在办理中, 正在办理2件), if one of `words`. */
export function pendingWord(f: Figure, words: readonly string[]): string | undefined {
  const tail = pendingTail(f.tail);
  return words.find((w) => tail.startsWith(w)) ?? words.find((w) => f.label.endsWith(w));
}

const PENDING_LEAD = /^(目前|仍|尚|还|正|均)+/;
const PENDING_LEAD_FIRST = codeTable([...'目仍尚还正均'].map((c) => c.charCodeAt(0)));

/** A tail without the adverbs before a pending word (目前仍在办理 → 在办理); the regex only runs when one may open it. */
function pendingTail(tail: string): string {
  return tail.length > 0 && PENDING_LEAD_FIRST[tail.charCodeAt(0)] === 1 ? tail.replace(PENDING_LEAD, '') : tail;
}

/** `pendingWord(f, PENDING) !== undefined`, with the words looked up by first and last character. */
export function isPending(f: Figure): boolean {
  const tail = pendingTail(f.tail);
  if (tail.length > 0 && PENDING_FIRST[tail.charCodeAt(0)] === 1 && PENDING.some((w) => tail.startsWith(w))) return true;
  return PENDING_ENDINGS.find(f.label) !== undefined;
}

/** `TOTALS.filter((w) => label.includes(w))`: one pass over the label, candidates by first character. */
function totalWords(label: string): readonly string[] {
  let found: string[] | undefined;
  for (let i = 0; i < label.length; i++) {
    const first = label.charCodeAt(i);
    if (TOTAL_FIRST[first] !== 1) continue;
    for (const w of TOTALS_BY_FIRST.get(first)!) if (label.startsWith(w, i)) (found ??= []).push(w);
  }
  if (!found) return NO_WORDS;
  const hits = found;
  return TOTALS.filter((w) => hits.includes(w));
}

/** A total word, alone (参考) or after a qualifier of the way it came in (网上受理): a count of what came in. */
const countsReceived = (word: string): boolean =>
  TOTALS.some((t) => word === t || (word.endsWith(t) && WAYS.includes(word.slice(0, -t.length))));

/** The verbs of things done, longest first: the rates' numerators and the done words of RECEIVED. */
const DONE_VERBS = byLength([...new Set([...ALL_NUMERATORS, ...RECEIVED.done])]);

/**
 * After a count: 均已按期答复, 已全部办结, 全部按期办结 — words that say every one of it is done (the way: group 1,
 * the verb: group 2), up to the next mark.
 */
const ALL_DONE = new RegExp(
  String.raw`^,(?:${literalAlternation(RECEIVED.allDone)})(?:全部)?(${literalAlternation(['依法', ...WAYS])})?(${literalAlternation(DONE_VERBS)})(?=[,;。!?]|$)`,
);
/** How far after its count those words may end: a comma, 均已经全部, a way and the verb. */
const ALL_DONE_REACH = 14;

/**
 * The words right after a count that say every one of it is done (受理申请86件，均已按期答复; 办理建议45件，已全部
 * 办结): the verb of done, and the way it is done ('' for none: 依法 says no way); undefined when none follow it.
 */
export function allDoneAfter(joined: JoinedText, f: Figure): { way: string; verb: string } | undefined {
  const m = ALL_DONE.exec(joined.slice(f.end, joined.move(f.end, ALL_DONE_REACH)));
  return m ? { way: m[1] === undefined || m[1] === '依法' ? '' : m[1], verb: m[2]! } : undefined;
}

/** Whether words are a verb of done alone (办结, 完成): they name no things of their own. */
export const isDoneVerb = (words: string): boolean => DONE_VERBS.includes(words);

/** Whether words are a verb of done alone, done one way or not (办结, 按期办结, 全程网办). */
export function isDoneVerbOneWay(words: string): boolean {
  const way = WAYS.find((w) => words.startsWith(w))?.length ?? 0;
  return isDoneVerb(words.slice(way));
}

/**
 * Whether words open with a verb of done (完成了平台建设), done one way or not (全程网办): a count right
 * before them is what was done.
 */
export function opensWithDoneVerb(words: string): boolean {
  const way = WAYS.find((w) => words.startsWith(w))?.length ?? 0;
  return DONE_VERBS.some((w) => words.startsWith(w, way));
}

/**
 * Verbs of things done by their last character, so a label is matched against the few that can end
 * it: the rates' numerators and the done words of RECEIVED (numerators all, today), so that a label
 * naming one of those always has a role that says so (done or should). A numerator that is also a
 * total word (参考, 参训) is left out: “参考2.31万人，通过2.18万人，通过率94.4%” takes 通过率 over
 * the 参考 count, and 参考率 is taken over a count of who should sit (应参考), never over another 参考.
 * So is a total word done one way (网上受理, 网上申请, 网上办理, numerators of 网办率): it counts what
 * came in that way, which may be the total of those done (其中网上受理180件，办结170件).
 */
const NUMERATOR_ENDINGS = new Endings(DONE_VERBS.filter((w) => !countsReceived(w)));
const NAMED = 1;
const SHOULD_BE = 2;

/**
 * Right before a count introduced as another period's: compared with it (是2020年 / 较上年的 /
 * 比2021年同期 / 相当于上年（), or stated as it (，上年同期为 / （上年). A bare year is no such
 * introduction: 2023年受理100件，2024年120件 states each year's own count.
 */
const OTHER_PERIOD_INTRO = new RegExp(
  `(?:(?:是|为|相当于|较|比)${EARLIER}|(?:^|[,，(（])${literalAlternation(CHANGES.earlier)})(?:的|为|是|有)?[(（]?$`,
);
/** How a label introduced so ends (年, 年的, 年底的, 上年同期为, 上年度（): most labels end otherwise and are passed by without the regex. */
const PERIOD_ENDING = /[年度期底末][的为是有]?[(（]?$/;
/** The characters PERIOD_ENDING may end with: the pattern, tried at every character of a label, only after a table lookup. */
const PERIOD_LAST = codeTable([...'年度期底末的为是有(（'].map((c) => c.charCodeAt(0)));

/**
 * Whether a count is introduced as another period's (受理4.62万件，是2020年2.01万件的2.3倍): the
 * earlier value of a comparison, neither the total of the counts around it nor a count that hides
 * one. `from`: where the words before it start (the end of the figure before, or of the clause).
 * The label stops at a year's digits, so the words are read from the text.
 */
function ofOtherPeriod(joined: JoinedText, f: Figure, from: number): boolean {
  const label = f.label;
  return PERIOD_LAST[label.charCodeAt(label.length - 1)] === 1 && PERIOD_ENDING.test(label) && OTHER_PERIOD_INTRO.test(joined.slice(from, f.start));
}

/** The verbs of a change (增加, 减少 …), as a count's difference from another period's is stated with them. */
const CHANGE_VERBS = literalAlternation([...CHANGES.increase, ...CHANGES.decrease]);
/**
 * Right before the count of a change: a comparison with another period and its verb (，同比增加 / ，较上年减少了 /
 * ，比2024年增加), at the start of the words or after a comma. DIFFERENCE_LEAD: the same right after the count it
 * is the change of, the verb captured, the comparison maybe a clause of its own (，与上年相比，增加 / 同上年同期相比减少).
 */
const DIFFERENCE_INTRO = new RegExp(`(?:^|[,，])(?:${literalAlternation(CHANGES.compare)}|(?:较|比)\\d{4}年(?:同期)?)(?:${CHANGE_VERBS})了?$`);
export const DIFFERENCE_LEAD = new RegExp(`^[,，]?(?:${literalAlternation(CHANGES.compare)}|(?:与|同)${EARLIER}相比[,，]?)(${CHANGE_VERBS})了?$`);
/** Right after another period's count, the verb alone: 较上年的50件减少8件. */
const CHANGE_VERB_ALONE = new RegExp(`^(?:${CHANGE_VERBS})了?$`);

/**
 * Whether a count is the difference between this period's count and another's (受理42件，较上年减少8件; 较上年的50件
 * 减少8件): like another period's count, it is neither the total of the counts around it nor a count that hides one.
 * `from`: where the words before it start; `afterEarlier`: whether the figure right before is another period's.
 */
function differenceFromPeriod(joined: JoinedText, f: Figure, from: number, afterEarlier: boolean): boolean {
  if ((f.change !== 'increase' && f.change !== 'decrease') || f.kind === 'rate') return false;
  const words = joined.slice(from, f.start);
  return DIFFERENCE_INTRO.test(words) || (afterEarlier && CHANGE_VERB_ALONE.test(words));
}

/** Whether `base` ends with a numerator verb (NAMED), and one of what should be done (SHOULD_BE). */
function numeratorFlags(base: string, beforeObject = false): number {
  let flags = 0;
  for (const t of NUMERATOR_ENDINGS.candidates(base) ?? NO_WORDS) {
    if (!base.endsWith(t) || (beforeObject && qualifiesObject(base, t))) continue;
    flags |= NAMED;
    if (SHOULD_ENDINGS.find(base.slice(0, -t.length))) flags |= SHOULD_BE;
  }
  return flags;
}

/**
 * Whether a verb of done right before the object of a label only names the object's kind: 评查减刑假释暂予监外执行
 * 案卷 counts the files reviewed (评查), of the kind 监外执行 — a total word opens the label and other words stand
 * between it and the verb. 抽检不合格样品, 检查合格企业: the verb right after the total word, a qualifier between or
 * not, is the count's own.
 */
function qualifiesObject(base: string, verb: string): boolean {
  const rest = withoutLeads(base);
  const total = TOTALS_BY_FIRST.get(rest.charCodeAt(0))?.find((w) => rest.startsWith(w));
  if (total === undefined) return false;
  const between = rest.slice(total.length, rest.length - verb.length);
  return between !== '' && QUALIFIER_ENDINGS.find(between) !== between;
}

/**
 * The verb of done a count of what should be done or was asked for names after its qualifier (应出庭应诉99件 →
 * 出庭应诉, 提请批准逮捕1126人 → 批准逮捕), an object after the verb aside, and the qualifier with it (应出庭应诉,
 * 提请批准逮捕); undefined for any other label.
 */
export function askedVerb(label: string): { verb: string; asked: string } | undefined {
  const bases = [label, ...(OBJECT_ENDINGS.candidates(label) ?? NO_WORDS).filter((o) => label.length > o.length && label.endsWith(o)).map((o) => label.slice(0, -o.length))];
  for (const base of bases) {
    for (const t of NUMERATOR_ENDINGS.candidates(base) ?? NO_WORDS) {
      const qualifier = base.endsWith(t) ? SHOULD_ENDINGS.find(base.slice(0, -t.length)) : undefined;
      if (qualifier) return { verb: t, asked: qualifier + t };
    }
  }
  return undefined;
}

/**
 * What a count's label says it is, made once per figure (in its clause) and shared by the rules.
 * `done` and `should` are read for every figure; the total and pending words only for the few
 * figures near a count of done, so they are looked up on first use.
 */
export class Role {
  /** A count of things done for some rate (办结, 合格 …), whatever the qualifier: never a total. */
  readonly done: boolean;
  /** A count of what should be done (应出庭应诉99件): the total of its rate. */
  readonly should: boolean;
  private knownTotals: readonly string[] | undefined;
  private knownPending: boolean | undefined;

  /**
   * `otherPeriod`: the count is introduced as another period's (see ofOtherPeriod), or is the difference of this
   * period's count from it (see differenceFromPeriod).
   */
  constructor(
    private readonly figure: Figure,
    readonly otherPeriod: boolean,
  ) {
    // The 的 joining the verb to its count or object counts the same (已审结的21件, 办结的案件21件).
    const label = withoutDe(figure.label);
    // The label itself, and the label without an object noun after the verb (办结案件 → 办结).
    let flags = numeratorFlags(label);
    for (const o of OBJECT_ENDINGS.candidates(label) ?? NO_WORDS) {
      if (label.length > o.length && label.endsWith(o)) flags |= numeratorFlags(withoutDe(label.slice(0, -o.length)), true);
    }
    this.should = (flags & SHOULD_BE) !== 0;
    this.done = (flags & NAMED) !== 0 && !this.should;
  }

  /** Words of the label that mark a total (受理, 共 …). */
  get totals(): readonly string[] {
    return (this.knownTotals ??= totalWords(this.figure.label));
  }

  get pending(): boolean {
    return (this.knownPending ??= isPending(this.figure));
  }
}

/** A sentence cut at semicolons: figures relate only within a clause. */
export interface Clause {
  start: number;
  end: number;
  figures: Figure[];
  /**
   * What each figure's label says it is, index for index. Kept here rather than in a
   * WeakMap<Figure, Role>: a WeakMap entry per figure cost more than computing the role.
   */
  roles: Role[];
  /** Offsets of 其中 / 包括 and of breakdown leads (按渠道分) outside parentheses, in order. */
  markers: number[];
  /** Counts of what should be done (应办结955件), usually none. */
  should: Figure[];
  /** The clause before this one in the same sentence: the chain a closed count must be the only total of. */
  previous?: Clause;
}

/**
 * How far back (in figures) a relation is looked for. Prose states a total a few counts before its
 * parts or its rate; a clause where they would lie further apart is a table flattened into text,
 * where nothing is said (and the rules stay linear on adversarial text).
 */
export const MAX_FIGURES_BACK = 40;

/**
 * Whether a figure before a 其中 list is of a kind the list cannot break down, the list's first part
 * being `part`: an amount before counts (作出处罚决定147件，罚没款86.4万元，其中……34件). Not a measure: one
 * in a phrase (……不予许可134件，全部在5个工作日内办结；其中网上办理1,635件) may close a statement whose
 * counts the 其中 does not break down either.
 */
export const notListedKind = (f: Figure, part: Figure): boolean => part.kind === 'count' && f.kind === 'amount';

/**
 * Whether the count at `t`, reached past an amount (notListedKind), is surely the one the 其中 list after the
 * amount breaks down: every other count of its things before it in the clause is the same number. 立案查处80件，
 * 作出处罚决定75件，罚没款……，其中……: with no count right before 其中, which of the two it breaks down is not said.
 */
export function soleCountBefore(clause: Clause, t: number): boolean {
  const total = clause.figures[t]!;
  for (let k = t - 1; k >= 0; k--) {
    const f = clause.figures[k]!;
    if (f.kind === 'count' && !f.parenthetical && !clause.roles[k]!.otherPeriod && sameThings(f, total) && f.value !== total.value) return false;
  }
  return true;
}

/** The index of the first figure that starts at or after `offset`. */
export function firstAfter(figures: readonly Figure[], offset: number): number {
  return partitionPoint(figures.length, (i) => figures[i]!.start < offset);
}

/**
 * The clauses with figures of a report, sentence by sentence, in text order: computed once per tree
 * (rate-mismatch and parts-exceed-total both read them).
 */
export const figureClauses = oncePer((tree: ReportTree): Clause[] => {
  const clauses: Clause[] = [];
  const joined = joinedText(tree);
  for (const sentence of figuresOf(tree)) splitClauses(sentence, joined, clauses);
  return clauses;
});

/**
 * 其中，市人大代表建议12件；市政协提案9件；……: the parts of a 其中 list separated by semicolons, read as
 * one clause with the clauses that follow `clause` in its sentence (`clauses` as figureClauses gives
 * them), each right after a semicolon. Where the list ends within it is for the reader to say
 * (parts-exceed-total's afterMarker, the shares' strict part–share alternation).
 */
export function listAcrossSemicolons(joined: JoinedText, clauses: readonly Clause[], clause: Clause): Clause {
  const known = listsAcrossSemicolons.get(clause);
  if (known) return known;
  const next = clauses.indexOf(clause) + 1;
  // Most clauses have no clause after a semicolon: nothing is joined, and no list is made.
  if (!semicolonBetween(joined, clause, clauses[next])) return clause;
  const all = [clause];
  for (let k = next; k < clauses.length && semicolonBetween(joined, all[all.length - 1]!, clauses[k]); k++) all.push(clauses[k]!);
  const list = joinClauses(all);
  listsAcrossSemicolons.set(clause, list);
  return list;
}

/**
 * The lists listAcrossSemicolons has joined, by their first clause: parts-exceed-total and rate-mismatch's
 * shares join the same ones, once. Only clauses that open such a list are keys (few), and a report's go with it.
 */
const listsAcrossSemicolons = new WeakMap<Clause, Clause>();

/** Whether `next` goes on from `clause` in its sentence right after a semicolon. */
function semicolonBetween(joined: JoinedText, clause: Clause, next: Clause | undefined): boolean {
  return next !== undefined && next.previous === clause && /^[;；]$/.test(joined.slice(clause.end, next.start));
}

/** Clauses that follow one another in a sentence, read as one (their figures, roles and markers in order). */
export function joinClauses(all: readonly Clause[]): Clause {
  return {
    ...all[0]!,
    end: all[all.length - 1]!.end,
    figures: all.flatMap((c) => c.figures),
    roles: all.flatMap((c) => c.roles),
    markers: all.flatMap((c) => c.markers),
    should: all.flatMap((c) => c.should),
  };
}

/**
 * The clauses of the sentence right before a clause's own, when they are what it goes on from; with
 * 'paragraph', those of every sentence before it in its paragraph; with 'second', those of the sentence
 * two sentences before it, when only one sentence stands between, which turns to no other topic and names
 * no other things (see `sentenceCounting`, which says when that one is read).
 */
export type SentenceBefore = (reach?: 'paragraph' | 'second') => readonly Clause[] | undefined;

/** Whether a clause states a count of the things `of` counts. */
const countsThingsOf = (c: Clause, of: Figure): boolean => c.figures.some((f) => f.kind !== 'rate' && sameThings(f, of));

/**
 * The sentence a sentence that goes on from before speaks of, for counts of the things `of` counts: the
 * one right before it, or, when that one states no count of those things, the one before that — 全年受理
 * 行政复议申请18件。案件全部在法定期限内审结。其中维持12件……: nothing between gives another count of them.
 * Undefined when neither states one.
 */
export function sentenceCounting(sentenceBefore: SentenceBefore, of: Figure): readonly Clause[] | undefined {
  const right = sentenceBefore();
  if (right?.some((c) => countsThingsOf(c, of))) return right;
  const second = sentenceBefore('second');
  return second?.some((c) => countsThingsOf(c, of)) ? second : undefined;
}

/** Whether a sentence opens with 其中 or a breakdown lead: its counts are parts of a whole stated before it. */
const opensWithBreakdown = (joined: JoinedText, sentence: readonly Clause[]): boolean => {
  const [first] = sentence;
  const marker = first?.markers[0];
  return marker !== undefined && joined.slice(first!.start, marker).trim() === '';
};

/**
 * The sentence whose count a breakdown opening a sentence is of: as sentenceCounting says, but past a
 * sentence that is itself a breakdown — 调解纠纷2184件……。其中村级调委会调解1536件，占70.3%。按纠纷类型分，
 * 婚姻家庭纠纷612件……: the second breakdown is of the same whole as the first, the sentence before it (only
 * when the first stands right before; further back nothing says which whole).
 */
function wholeCounting(joined: JoinedText, sentenceBefore: SentenceBefore, of: Figure): readonly Clause[] | undefined {
  const counting = sentenceCounting(sentenceBefore, of);
  if (!counting || !opensWithBreakdown(joined, counting)) return counting;
  if (counting[0] !== sentenceBefore()?.[0]) return undefined;
  const second = sentenceBefore('second');
  return second?.some((c) => countsThingsOf(c, of)) && !opensWithBreakdown(joined, second) ? second : undefined;
}

/**
 * A count of things done and not received: 审结120件, but not 收到政府信息公开申请27件, whose done word (公开)
 * names what was applied for — a received word (收到, 受理 …) says the count is of what came in.
 */
export const doneOnly = (f: Figure, role: Role): boolean => role.done && !RECEIVED.totals.some((w) => f.label.includes(w));

const MARKER = '其中';
/** A part's label without the 其中 that opens its list (其中维持29件 → 维持). */
export const withoutMarker = (label: string): string => (label.startsWith(MARKER) ? label.slice(MARKER.length) : label);

/** A part's label as an outcome reads it: without its 其中, a frame left without its comma, or an opening quote. */
const outcomeLabel = (f: Figure): string => withoutMarker(f.label).replace(WORD_FRAME, '').replace(/^[“"]/, '');

const OVERLAPPING = Object.entries(vocabulary.corrections.overlapping);

/**
 * 纠错34件 after 撤销21件、确认违法9件……, 调解和解31件 after 终止9件: an outcome that counts others together once one of
 * them is listed — perhaps their sum, not one more outcome of the cases closed (figures.json#corrections.overlapping).
 */
export function overlapsListed(f: Figure, before: readonly Figure[]): boolean {
  const label = outcomeLabel(f);
  const members = OVERLAPPING.find(([word]) => label.startsWith(word))?.[1];
  return members !== undefined && before.some((p) => members.some((w) => outcomeLabel(p).startsWith(w)));
}

/**
 * 维持29件, 调解结案271件, 废止2件: a count of the cases (or cleaned-up documents) decided one way. A frame
 * naming the cases left in the label when its comma is left out (审结案件中维持112件) is no part of the outcome.
 */
export function isOutcome(f: Figure): boolean {
  const label = outcomeLabel(f);
  return PARTS.outcomes.some((w) => label.startsWith(w));
}

/**
 * What may open a frame before its count: 在1094件……中, 在全体委员2237人中, words ending with 的 that say
 * which things the whole is (承办的46件建议中, 收到的120件申请中, 年初确定的5项重点指标中), the whole place
 * (全县23个乡镇中), or nothing (801件提案中). With 中 right after its measure word, any label of a total opens
 * one (审查规范性文件86件中).
 */
const FRAME_OPENING = /^(?:在.*|.*在|.*的|全(?:省|自治区|市|州|盟|县|旗|区|镇|乡|街道)|)$/;
/**
 * The words right after a framed count, up to 中 and its comma: its noun (group 1), 一般程序案件 in
 * 1094件一般程序案件中，, with a gloss in parentheses (8个县（区）中). Without the comma only when a count
 * follows 中 at once, after no more than 已/共/均 or 仍/还/尚 (9个村中仍有4个村……) and 有 (48项政务服务事项中
 * 46项……, 14个社区中已有9个……), or a verb of done (group 2, checked by frameOf: 5项重点指标中已完成4项): a 中
 * that ends a word (办理中, 集中) has none.
 */
const FRAME_END = /^((?:[^,;:()]|\([^,;:()]{1,5}\)){0,12})中(?:,|(?=(?:已经|已|共|均|仍|还|尚)?(?:有|(\p{Script=Han}{2,6}?))?[0-9]))/u;
/** How far after its count a frame may end: its noun, 中 and the comma, or 已有 and the first digit of the count after 中. */
const FRAME_REACH = 17;

/**
 * The frame a count opens (在1094件一般程序案件中，, 14个社区中已有9个): where its comma (or its 中) ends and
 * its noun; undefined when it opens none. The counts right after it are counted within it, as plainly as after 其中: the
 * frame's count is their whole (rate-mismatch takes their shares of it, parts-exceed-total holds them to it).
 */
export function frameOf(joined: JoinedText, f: Figure): { end: number; noun: string } | undefined {
  if (f.kind === 'rate' || f.parenthetical) return undefined;
  const at = joined.indexOf(f.end);
  // Few counts have 中 right after them: looked for before the label's words, which cost a pattern
  // tried at every character of the label (rate-mismatch asks of every count; 2 % of a run, measured),
  // and before the words after the count are cut out.
  if (!holds(joined.text, ZHONG, at, at + FRAME_REACH)) return undefined;
  const after = joined.text.slice(at, at + FRAME_REACH);
  const opened = FRAME_OPENING.test(f.label);
  if (!opened && (totalWords(f.label).length === 0 || after.charAt(0) !== '中')) return undefined;
  const m = FRAME_END.exec(after);
  if (!m) return f.label.endsWith('的') && after.charAt(0) === '中' ? framedPhrase(joined, f, at) : undefined;
  if (m[2] !== undefined && !isDoneVerbOneWay(m[2])) return undefined;
  return { end: joined.move(f.end, m[0].length), noun: m[1]! };
}

/** After 中 with no comma: a verb phrase, then the first digit of a count. */
const FRAME_PHRASE = /^中\p{Script=Han}{2,10}?(?=[0-9])/u;
const FRAME_PHRASE_COUNT = /^[0-9][0-9,.]*/;
/** How far after its count such a frame may run: 中, the phrase, the count and its measure word. */
const FRAME_PHRASE_REACH = 28;

/**
 * 安排工作的112名中进入机关事业单位67名: a count named with 的 and framed by 中 with no comma, a verb phrase
 * after it and then a count in the frame's own measure word — one of the frame's things, counted within it.
 * Any other measure word (检查的86家企业中发现问题92处) counts something else.
 */
function framedPhrase(joined: JoinedText, f: Figure, at: number): { end: number; noun: string } | undefined {
  if (!f.unit) return undefined;
  const after = joined.text.slice(at, at + FRAME_PHRASE_REACH);
  const phrase = FRAME_PHRASE.exec(after);
  const count = phrase && FRAME_PHRASE_COUNT.exec(after.slice(phrase[0].length));
  if (!count || !after.startsWith(f.unit, phrase[0].length + count[0].length)) return undefined;
  return { end: joined.move(f.end, 1), noun: '' };
}

/**
 * 全年办理行政执法案件2.36万件，同比上升6.2%。其中，行政处罚1.08万件……: a sentence that opens
 * with 其中 breaks down a count of the sentence it goes on from (see `sentenceCounting`: right before it,
 * or two before when the one between states no count of those things). Which one, the text says only
 * when that sentence holds one count of the part's things besides those introduced as another period's
 * (较上年的17.78亿元, compared with, not broken down) and changes (较上年增加24件), and it is neither of an earlier period (上年受理)
 * nor of things done (审结, whose parts may break down what was received): that count is the total —
 * the one parts-exceed-total adds the parts up to, and rate-mismatch takes their shares of. The counts of
 * done beside it are `others`: a share may be of them. Outcomes (维持, 撤销 …) are of the cases closed: after
 * one count of done (依法审结79件。其中维持52件……) that count is their total, the others what was received.
 * A clause after a semicolon breaks down a count of the clauses before it only when it opens with a frame
 * naming that count (审结3092宗，结案率97.6%；审结案件中，调解结案1836宗……).
 */
export function totalOpening(
  joined: JoinedText,
  clause: Clause,
  marker: number,
  firstPart: Figure | undefined,
  sentenceBefore: SentenceBefore,
): { total: Figure; others: Figure[] } | undefined {
  if (!firstPart || joined.slice(clause.start, marker).trim() !== '') return undefined;
  const frame = wordFrameAt(joined.text, joined.indexOf(marker));
  // 审结3092宗，结案率97.6%；审结案件中，调解结案1836宗……: after a semicolon only a frame opens a breakdown,
  // of the count its words name in the clauses before.
  if (clause.previous && !frame) return undefined;
  const counts: Figure[] = [];
  const done: Figure[] = [];
  for (const c of clause.previous ? clausesBefore(clause) : (wholeCounting(joined, sentenceBefore, firstPart) ?? [])) {
    c.figures.forEach((f, k) => {
      // 较上年增加24件: a change is no count of things the parts could make up.
      if (f.parenthetical || f.kind === 'rate' || f.change || !sameThings(f, firstPart) || c.roles[k]!.otherPeriod) return;
      (doneOnly(f, c.roles[k]!) ? done : counts).push(f);
    });
  }
  const plain = (f: Figure) => exactCount(f) && !CHANGES.earlier.some((w) => f.label.includes(w));
  // 纠错175件。纠错案件中，撤销71件……: a frame names the count it breaks down; only one may be so named.
  if (frame) {
    const named = [...counts, ...done].filter((f) => f.label.includes(frame.word));
    return named.length === 1 && plain(named[0]!) ? { total: named[0]!, others: [] } : undefined;
  }
  if (isOutcome(firstPart) && done.length === 1) return plain(done[0]!) ? { total: done[0]!, others: counts.filter(plain) } : undefined;
  const [total] = counts;
  return counts.length === 1 && plain(total!) ? { total: total!, others: done.filter(plain) } : undefined;
}

/** The clauses of a clause's sentence before it, first to last. */
function clausesBefore(clause: Clause): Clause[] {
  const before: Clause[] = [];
  for (let c = clause.previous; c; c = c.previous) before.unshift(c);
  return before;
}

/**
 * The nouns of the things a frame in words names (案件, 事项; 办结的申请中, 受理的诉求中, 发现的问题中): things received
 * or found and then handled, counted one by one.
 */
const FRAME_NOUNS = ['案件', '事项', '申请', '诉求', '投诉', '举报', '工单', '建议', '提案', '纠纷', '问题', '线索'];
/**
 * A sentence that opens with a frame naming its whole in words, no count in it — 纠错案件中，撤销71件、变更23件……,
 * 审结案件中，维持56件……, 受理事项中，……, 办结的申请中，予以公开236件…… — breaks down, as one opening with 其中
 * does, the count of the sentence before whose label holds those words (纠错175件, 办结548件): see totalOpening.
 * Group 1 is the words, without the noun (FRAME_NOUNS).
 * The words may be framed by 在, marked done by 已 and joined to the noun by 的 (在已办结的案件中，: 办结), as
 * a count frame is (在已办结的1,190件中).
 * The comma may be left out (审结案件中维持112件……), but not before 止 or 心: 案件中止审理 suspends cases,
 * 事项中心 and 投诉中心 are offices.
 */
const WORD_FRAME = new RegExp(`^在?已?(\\p{Script=Han}{2,8}?)的?(?:${literalAlternation(FRAME_NOUNS)})中(?:[,，]|(?![止心]))`, 'u');
/** How far a word frame reaches: 在 and 已, its words, 的, its noun, 中 and the comma. */
const WORD_FRAME_REACH = 16;

/** The words a frame opening a sentence at `at` names its whole by, and the frame's length; undefined for none (or 其中……). */
export function wordFrameAt(text: string, at: number): { word: string; length: number } | undefined {
  // Hot (every clause): most clauses hold no 中 where a frame would end it, and are passed without a slice.
  if (!holds(text, ZHONG, at, at + WORD_FRAME_REACH) || startsWithMarker(text, at)) return undefined;
  const m = WORD_FRAME.exec(text.slice(at, at + WORD_FRAME_REACH));
  return m ? { word: m[1]!, length: m[0].length } : undefined;
}

const ZHONG = '中'.charCodeAt(0);

/** Whether the character `code` is in text[from, to) (`to` past the text's end reads to its end). */
function holds(text: string, code: number, from: number, to: number): boolean {
  for (let k = from, end = Math.min(to, text.length); k < end; k++) if (text.charCodeAt(k) === code) return true;
  return false;
}

/** The first clause of a clause's sentence. */
export function firstOfSentence(clause: Clause): Clause {
  let first = clause;
  while (first.previous) first = first.previous;
  return first;
}

/**
 * How a sentence that goes on with the one before opens, before its first count: nothing, 经审理，/
 * 经复议审查，, 其中 (已答复64件。其中予以公开40件，占已答复件数的62.5%: it breaks down a count of the
 * sentence before), or a cut-off that names no year (发现隐患1268处。截至年底，已整改1196处: the same year's
 * count, followed up to its end; 截至2023年底 and 截至上年底 are another year's). A sentence opening on another subject,
 * 行政诉讼方面，, speaks of that subject's counts.
 */
const CONTINUES = /^\s*(?:经[^,，。]{1,8}[,，]?|其中[,，:：]?“?|截至(?![^,，。]*[\d〇零一二三四五六七八九去上前往]年)[^,，。]{1,8}[,，])?$/;

/**
 * Whether a clause's sentence opens going on from the one before: as CONTINUES allows, or with a breakdown
 * lead (从办理结果看，维持9件……), which breaks down a count stated before as 其中 does.
 */
export function opensGoingOn(joined: JoinedText, clause: Clause): boolean {
  const first = firstOfSentence(clause);
  const words = joined.slice(first.start, first.figures[0]!.labelStart).trimStart();
  if (CONTINUES.test(words)) return true;
  const lead = breakdownLeadAt(words, 0);
  return lead > 0 && /^[,，:：]?\s*$/.test(words.slice(lead));
}

/**
 * The word frame a clause's sentence opens with, its first count right after it (受理的事项中，在规定期限内告知受理的
 * 2,598件): the sentence goes on from the count of the sentence before that the frame's words name (see WORD_FRAME).
 */
export function openingFrame(joined: JoinedText, clause: Clause): { word: string; length: number } | undefined {
  const first = firstOfSentence(clause);
  const words = joined.slice(first.start, first.figures[0]!.labelStart).trimStart();
  const frame = wordFrameAt(words, 0);
  return frame && words.slice(frame.length).trim() === '' ? frame : undefined;
}

/**
 * Calls `visit` with each clause of `clauses` (as figureClauses gives them) and a function giving the
 * clauses of the sentence before the clause's own — only when that sentence ends right before the
 * clause's sentence starts (for every clause of it), in the same paragraph, nothing but its full stop
 * between: a sentence that opens by going on from the one before (经审理，维持5件，占受理案件总数的33.3%;
 * 其中，行政处罚1.08万件) speaks of that one's counts. The function also gives the sentence two back, or
 * those of the paragraph (see SentenceBefore).
 */
export function eachWithSentenceBefore(joined: JoinedText, clauses: readonly Clause[], visit: (clause: Clause, sentenceBefore: SentenceBefore) => void): void {
  let perClause = sentencesBefore.get(clauses);
  if (!perClause) {
    perClause = sentenceBeforeOfEach(joined, clauses);
    sentencesBefore.set(clauses, perClause);
  }
  for (let k = 0; k < clauses.length; k++) visit(clauses[k]!, perClause[k]!);
}

/**
 * The SentenceBefore of each clause of a clause list (figureClauses'), index for index: one per sentence, shared
 * by its clauses and by the four rules that walk the list (its clauses and `joined` are the same tree's), each
 * reach worked out on first call and kept. The arrays it gives are shared: read, never changed.
 */
const sentencesBefore = new WeakMap<readonly Clause[], SentenceBefore[]>();

function sentenceBeforeOfEach(joined: JoinedText, clauses: readonly Clause[]): SentenceBefore[] {
  const perClause: SentenceBefore[] = [];
  let sentence = 0;
  let before: ClauseRange | undefined;
  let twoBefore: ClauseRange | undefined;
  let current: SentenceBefore | undefined;
  clauses.forEach((clause, k) => {
    // The first clause of the list opens a sentence: it has no `previous`.
    if (!clause.previous || !current) {
      twoBefore = before;
      before = k > 0 ? { from: sentence, to: k } : undefined;
      sentence = k;
      current = sentenceBeforeAt(joined, clauses, sentence, before, twoBefore);
    }
    perClause.push(current);
  });
  return perClause;
}

/** The clauses [from, to) of a clause list: one sentence's. */
interface ClauseRange {
  from: number;
  to: number;
}

/** Not worked out yet (a reach's answer may be undefined). */
const UNREAD = null;

/** The SentenceBefore of the sentence whose first clause is at `first`; `range` and `range2` are the sentences one and two before it. */
function sentenceBeforeAt(joined: JoinedText, clauses: readonly Clause[], first: number, range: ClauseRange | undefined, range2: ClauseRange | undefined): SentenceBefore {
  let paragraph: Clause[] | typeof UNREAD = UNREAD;
  let right: Clause[] | undefined | typeof UNREAD = UNREAD;
  let second: Clause[] | undefined | typeof UNREAD = UNREAD;
  return (reach) => {
    if (reach === 'paragraph') return (paragraph ??= clauses.slice(paragraphStart(joined, clauses, first), first));
    if (reach === 'second') return second === UNREAD ? (second = secondBefore(joined, clauses, first, range, range2)) : second;
    return right === UNREAD ? (right = range && followsRightAfter(joined, clauses[range.to - 1]!, clauses[first]!) ? clauses.slice(range.from, range.to) : undefined) : right;
  };
}

/**
 * The clauses of the sentence two sentences before the one at `first`: the sentence right before states no figure
 * (the one before it then has the last clauses, `range`), or states some (the one before those, `range2`).
 */
function secondBefore(joined: JoinedText, clauses: readonly Clause[], first: number, range: ClauseRange | undefined, range2: ClauseRange | undefined): Clause[] | undefined {
  if (!range) return undefined;
  const opening = clauses[first]!;
  const second = followsRightAfter(joined, clauses[range.to - 1]!, opening) ? range2 : range;
  if (!second) return undefined;
  const between = joined.slice(clauses[second.to - 1]!.end, opening.start);
  const earlier = joined.slice(clauses[second.from]!.start, clauses[second.to - 1]!.end);
  return oneSentenceBetween(between) && !opensOnOtherField(between, earlier) && !namesOtherThings(between, earlier) ? clauses.slice(second.from, second.to) : undefined;
}

/**
 * One sentence and its full stop, after the full stop of the sentence before, in the same paragraph: a line
 * break only right after a word, where a hard wrap the text is not joined at cut the sentence (“所” / “有办结
 * 案件……”), never after a full stop.
 */
const ONE_SENTENCE = /^[。!?]?[ \t\u3000]*(?:[^。!?\n]|(?<=[\p{Script=Han}\w])\n)+[。!?][ \t\u3000]*$/u;
const TURNS = vocabulary.lookBack.turns;
const FIELDS = vocabulary.lookBack.fields;
/** Words before a noun of things that refer back to things named before (所有案件, 上述问题), or make them those done or received (办结案件). */
const REFERRING = byLength([...vocabulary.lookBack.referring, ...DONE_VERBS, ...TOTALS]);
/** How many characters before a noun of things are read as what narrows it (行政应诉 of 行政应诉案件). */
const MODIFIER_REACH = 4;

/**
 * Whether the words between two sentences are one sentence that turns to no other topic (此外, 行政诉讼方面,
 * 同时: see lookBack.turns), so that the sentence after it may still speak of the counts before it.
 */
function oneSentenceBetween(words: string): boolean {
  return ONE_SENTENCE.test(words) && !TURNS.some((w) => words.includes(w));
}

/**
 * Whether the words between two sentences open, before their first mark, on a field of work the earlier sentence
 * does not name (全年收到行政复议申请45件。行政应诉工作扎实推进，……: lookBack.fields): what follows may be that
 * field's.
 */
function opensOnOtherField(words: string, earlier: string): boolean {
  const opening = words.replace(/^[。!?\s]+/, '').split(/[,;:。!?]/, 1)[0]!;
  return FIELDS.some((w) => opening.includes(w) && !earlier.includes(w));
}

/**
 * Whether words name things of their own (行政应诉案件较上年有所增加), which a sentence after them may go on
 * with: a noun of things (案件, 申请, 问题 …) narrowed by words the `earlier` sentence does not write with it.
 * A noun alone, or after words that refer back to it or count it done or received (所有案件, 上述申请, 所有
 * 办结案件), names the earlier sentence's things.
 */
function namesOtherThings(written: string, earlier: string): boolean {
  // Read through the hard wraps ONE_SENTENCE lets through (“所” / “有办结案件”).
  const words = written.replaceAll('\n', '');
  for (const noun of THING_NOUNS) {
    for (let at = words.indexOf(noun); at !== -1; at = words.indexOf(noun, at + noun.length)) {
      let from = at;
      while (from > 0 && at - from < MODIFIER_REACH && HAN.test(words.charAt(from - 1))) from--;
      let modifier = words.slice(from, at);
      for (let word = REFERRING.find((w) => modifier.startsWith(w)); word; word = REFERRING.find((w) => modifier.startsWith(w))) modifier = modifier.slice(word.length);
      if (modifier !== '' && !earlier.includes(modifier + noun)) return true;
    }
  }
  return false;
}

/**
 * Whether the words opening a sentence, before its count (推行“全程网办”，网上办理), keep to what the sentence before
 * (`earlier`) speaks of, as a sentence between two must to be passed over: no turn to another topic, no field of work
 * and no things of their own that the earlier words do not name.
 */
export function keepsToSentenceBefore(words: string, earlier: string): boolean {
  return !TURNS.some((w) => words.includes(w)) && !opensOnOtherField(words, earlier) && !namesOtherThings(words, earlier);
}

/** The index of the first clause of the paragraph the clause at `k` is in: no line break between it and `k`. */
function paragraphStart(joined: JoinedText, clauses: readonly Clause[], k: number): number {
  let from = k;
  while (from > 0 && !joined.slice(clauses[from - 1]!.end, clauses[from]!.start).includes('\n')) from--;
  return from;
}

/** Whether a sentence (its first clause, `next`) follows the clause `last` ends (the end of the sentence before) in the same paragraph, nothing but its full stop between. */
function followsRightAfter(joined: JoinedText, last: Clause, next: Clause): boolean {
  return /^[。!?]?[ \t\u3000]*$/.test(joined.slice(last.end, next.start));
}

/**
 * Cuts a sentence at its semicolons, and appends the clauses with figures to `clauses`. Semicolons
 * and marker words are looked for with indexOf in the sentence's text (native search, quicker than
 * reading every character of every sentence with a figure in a loop); parentheses are counted only
 * in the few clauses that have a marker word.
 */
function splitClauses(sentence: FigureSentence, joined: JoinedText, clauses: Clause[]): void {
  const all = sentence.figures;
  const words = sentence.text; // text[sentence.start, sentence.end)
  let next = 0; // index of the first figure not yet given to a clause
  let previous: Clause | undefined;
  // Whether the sentence runs through a line break that cuts it: then it is shorter once joined.
  const wrapped = joined.indexOf(sentence.end) - joined.indexOf(sentence.start) !== sentence.end - sentence.start;
  // Where the next marker word is in the sentence's text, at or after the clause's start (-1: none is left; -2: not
  // looked for yet): looked for again only once a clause starts past it, not from every clause to the sentence's end.
  let nextMarkerWord = -2;
  // The sentence end closes the last clause as a semicolon would.
  for (let from = sentence.start; from <= sentence.end; ) {
    const semicolon = clauseEnd(words, from - sentence.start);
    const to = semicolon === -1 ? sentence.end : sentence.start + semicolon;
    const figures: Figure[] = [];
    while (next < all.length && all[next]!.start < to) {
      if (all[next]!.end <= to) figures.push(all[next]!);
      next++;
    }
    if (figures.length) {
      const roles: Role[] = [];
      const should: Figure[] = [];
      for (let n = 0; n < figures.length; n++) {
        const f = figures[n]!;
        const after = n > 0 ? figures[n - 1]!.end : from;
        const role = new Role(f, ofOtherPeriod(joined, f, after) || differenceFromPeriod(joined, f, after, n > 0 && roles[n - 1]!.otherPeriod));
        roles.push(role);
        if (role.should) should.push(f);
      }
      // A marker may be split by a line break the sentence runs through: markersIn reads through it.
      if (nextMarkerWord !== -1 && nextMarkerWord < from - sentence.start) nextMarkerWord = firstMarkerWord(words, from - sentence.start);
      const markers = wrapped || (nextMarkerWord !== -1 && sentence.start + nextMarkerWord < to) ? markersIn(joined, from, to) : [];
      // A sentence or a clause after a semicolon opening with a word frame (纠错案件中，……) breaks down as
      // after 其中: its start is a marker.
      if (wordFrameAt(words, from - sentence.start)) markers.unshift(from);
      // `previous` set in the literal even when undefined: one shape for every clause.
      const clause: Clause = { start: from, end: to, figures, roles, markers, should, previous };
      clauses.push(clause);
      previous = clause;
    }
    from = to + 1;
  }
}

/**
 * The offset in a sentence's text of the next semicolon, from `at`, that ends a clause: one followed
 * by 其中/包括 does not, for what follows breaks down the count before it (“认领事项2364项，……公开；
 * 其中网上可办2318项，网办率98.1%”). -1 when none is left.
 */
function clauseEnd(words: string, at: number): number {
  let semicolon = words.indexOf(';', at);
  while (semicolon !== -1 && startsWithMarker(words, semicolon + 1)) semicolon = words.indexOf(';', semicolon + 1);
  return semicolon;
}

/** Where the first 其中 or 包括, or word that classes a breakdown (渠道, 类型 …), is written in `text` from `at`; -1 for none. */
function firstMarkerWord(text: string, at: number): number {
  let first = -1;
  for (const m of PARTS.markers) {
    const found = text.indexOf(m, at);
    if (found !== -1 && (first === -1 || found < first)) first = found;
  }
  BREAKDOWN_CLASS.lastIndex = at;
  const found = BREAKDOWN_CLASS.exec(text)?.index ?? -1;
  return found !== -1 && (first === -1 || found < first) ? found : first;
}

const BREAKDOWNS = PARTS.breakdowns;
/**
 * 按渠道分, 从案件类型来看, 分类型看, 从各社区看: a lead that opens a breakdown without 其中 (see parts.breakdowns),
 * before its comma or colon; sticky, tried at one offset. 从全街道看 looks at the whole place, not its parts.
 */
const BREAKDOWN_LEAD = new RegExp(
  `(?:${literalAlternation(BREAKDOWNS.leads)})\\p{Script=Han}{0,4}?(?<!全)(?:${literalAlternation(BREAKDOWNS.classes)})(?:${literalAlternation(BREAKDOWNS.ends)})(?=[,，:：])`,
  'uy',
);
/** The class words of a breakdown, looked for in a clause before any lead is tried. */
const BREAKDOWN_CLASS = new RegExp(literalAlternation(BREAKDOWNS.classes), 'g');
/** What a breakdown lead follows: the start of its sentence or a mark (，按渠道分 / 。从类型看). */
const BEFORE_LEAD = /[,，;；:：。]/;

/** The length of the breakdown lead at `at` in `text`, opening its sentence or after a mark; 0 for none. */
function breakdownLeadAt(text: string, at: number): number {
  if (at > 0 && !BEFORE_LEAD.test(text.charAt(at - 1)) && text.charAt(at - 1).trim() !== '') return 0;
  BREAKDOWN_LEAD.lastIndex = at;
  return BREAKDOWN_LEAD.exec(text)?.[0].length ?? 0;
}

const OPEN_PAREN = 0x28; // (
const CLOSE_PAREN = 0x29; // )
const MARKER_FIRST = codeTable([...PARTS.markers, ...BREAKDOWNS.leads].map((m) => m.charCodeAt(0)));

/**
 * Offsets of 其中 / 包括 and of breakdown leads (按渠道分) outside parentheses in the report between two
 * offsets, read through line breaks that cut the sentence.
 */
function markersIn(joined: JoinedText, from: number, to: number): number[] {
  const text = joined.text;
  const markers: number[] = [];
  let depth = 0;
  for (let i = joined.indexOf(from), end = joined.indexOf(to); i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === OPEN_PAREN) depth++;
    else if (c === CLOSE_PAREN) depth = Math.max(0, depth - 1);
    else if (depth === 0 && MARKER_FIRST[c] === 1 && markerLength(text, i) > 0) markers.push(joined.offsetOf(i));
  }
  return markers;
}

/**
 * The word of `over` that makes a count one of all closed cases (审结312件, 全年办结案件98件), not of
 * those closed one way (调解结案); undefined for any other count.
 */
export function closedWord(f: Figure, over: readonly string[]): string | undefined {
  for (const word of over) {
    const head = headBefore(f.label, word);
    if (head !== undefined) return (QUALIFIER_ENDINGS.find(head) ?? '') === '' && CLOSED_MODES.find(head) === undefined ? word : undefined;
  }
  return undefined;
}

const closedCount = (f: Figure, over: readonly string[]): boolean => closedWord(f, over) !== undefined;

/**
 * The figures of the clause chain before `target` (the sentence up to it), nearest first, with the
 * clause and index each belongs to. Only walked for rates over closed cases and for shares that name
 * their whole in words: rare paths.
 */
export function* chainBefore(clause: Clause, target: number): Generator<{ c: Clause; k: number; f: Figure }> {
  for (let c: Clause | undefined = clause; c; c = c.previous) {
    for (let k = (c === clause ? target : c.figures.length) - 1; k >= 0; k--) yield { c, k, f: c.figures[k]! };
  }
}

/**
 * Whether the closed count at `total` is the only total the count at `target` can be over: no other
 * count of the same things before the target in the clause chain (the sentence up to its clause) is
 * labelled as a total (受理, 收到, 新收, 共 …), is another count of done, or opens the chain before it —
 * unless it is the same number, when either reading gives the same rate (受理312件，审结312件).
 */
function soleTotal(clause: Clause, total: number, target: number): boolean {
  const closed = clause.figures[total]!;
  for (const { c, k, f } of chainBefore(clause, target)) {
    if ((c === clause && k === total) || f.kind === 'rate' || c.roles[k]!.otherPeriod || !sameThings(f, closed) || f.value === closed.value) continue;
    const r = c.roles[k]!;
    if (r.totals.length > 0 || r.done || c !== clause || k < total) return false;
  }
  return true;
}

/**
 * The counts a rate over closed cases may be taken over when the clause chain does not say which
 * (收到96件，受理91件，审结88件，纠错11件): the closed counts and the counts labelled as a total (or
 * opening the chain) of the same things before `target`, the nearest closed count first. Undefined
 * when no closed count is among them. A rate that none of them gives is wrong whichever is meant.
 */
export function possibleTotals(clause: Clause, target: number, over: readonly string[]): Figure[] | undefined {
  const of = clause.figures[target]!;
  const totals: Figure[] = [];
  let closed: Figure | undefined;
  for (const { c, k, f } of chainBefore(clause, target)) {
    if (f.kind === 'rate' || f.parenthetical || c.roles[k]!.otherPeriod || !sameThings(f, of) || !exactCount(f)) continue;
    if (closedCount(f, over)) closed ??= f;
    else if (c.roles[k]!.totals.length > 0 || (!c.previous && k === 0)) totals.push(f);
  }
  return closed ? [closed, ...totals] : undefined;
}

/** The length of the marker at `at` in `text`: 其中, 包括, or a breakdown lead (按渠道分); 0 for none. */
export function markerLength(text: string, at: number): number {
  for (const m of PARTS.markers) if (text.startsWith(m, at)) return m.length;
  return breakdownLeadAt(text, at);
}

function startsWithMarker(text: string, at: number): boolean {
  for (const m of PARTS.markers) if (text.startsWith(m, at)) return true;
  return false;
}

/**
 * Whether the count at `j` is the nearest before the target at `index` of the same things, and the
 * only one since `floor` that is not fewer than the target: no other count could be its total.
 */
function soleHolder(clause: Clause, j: number, index: number, floor: number): boolean {
  const target = clause.figures[index]!;
  for (let k = floor + 1; k < index; k++) {
    const f = clause.figures[k]!;
    if (k === j || f.kind === 'rate' || f.parenthetical || clause.roles[k]!.otherPeriod || !sameThings(f, target)) continue;
    if (k > j || f.value + tolerance(f) >= target.value) return false;
  }
  return true;
}

/**
 * The total a count of done (or pending) things is taken from: the nearest earlier count of the same
 * things that is not one of the parts after 其中/包括 nor in parentheses, and that is labelled as a
 * total (受理, 排查, 共 …) or opens the clause. `floor`: index before which figures belong to an
 * earlier, already explained rate. `over`: the closed counts a rate may also be taken over (审结 for
 * 败诉率), when nothing else in the clause chain could be its total. `undefined` when the clause does
 * not say it plainly. The total may be a count above a round number (380余件: see `rangedCount`); a
 * caller that needs one value checks `exactCount`.
 */
export function findTotal(clause: Clause, index: number, floor = -1, over?: readonly string[]): Figure | undefined {
  const { figures, roles } = clause;
  const target = figures[index]!;
  if (index - floor > MAX_FIGURES_BACK) return undefined;
  // A count of another period (是2020年2.01万件的2.3倍) is passed over: it neither is the total nor hides one.
  const usable = (j: number) => {
    const f = figures[j]!;
    return f !== target && sameThings(f, target) && !f.parenthetical && f.kind !== 'rate' && !roles[j]!.otherPeriod;
  };
  // Parts after a 其中 between the total and the target are skipped; a part that is itself a total
  // (其中行政诉讼受理40件) makes the reading ambiguous, unless it is fewer than the target, which then
  // cannot be done out of it (受理1064件，其中热线转办863件，……办结1052件), or it is the only count
  // before the target that could hold it (检查企业40家，其中抽查15家，发现问题86个，已整改81个).
  const after = floor < 0 ? clause.start : figures[floor]!.end;
  let marker: number | undefined;
  for (let m = clause.markers.length - 1; m >= 0; m--) {
    const at = clause.markers[m]!;
    if (at < target.start) {
      if (at > after) marker = at;
      break;
    }
  }
  // A 其中's parts are counts of the things it breaks down: a target of other things (审核文件186件，
  // 其中……162件，提出意见412条，采纳398条) comes after the list and is not among them.
  const firstPart = marker === undefined ? undefined : figures.find((f) => f.start > marker!);
  if (firstPart && !sameThings(firstPart, target)) marker = undefined;
  let j = index - 1;
  if (marker !== undefined) {
    for (; j > floor && figures[j]!.start > marker; j--) {
      const part = figures[j]!;
      if (usable(j) && totalWordsOf(part, roles[j]!).length > 0 && !roles[j]!.done && part.value + tolerance(part) >= target.value) {
        return soleHolder(clause, j, index, floor) && exactCount(part) && !roles[j]!.pending ? part : undefined;
      }
    }
  }
  // 受理1000件，办结950件，办结率99.5%（应办结955件）: a count of what was due is the total, and
  // only it; when it is not the nearest count, the sentence is too subtle to check.
  const should = clause.should.filter((f) => f !== target && sameThings(f, target));
  for (; j > floor; j--) {
    const f = figures[j]!;
    // 办理复议案件15件，维持12件，纠错2件，纠错率20%: for a rate over the cases decided, a count
    // decided another way is one more outcome of the same cases, neither their total nor in its way;
    // so is a count of what else was done with them (行政机关负责人出庭应诉58件 before 败诉3件).
    if (!usable(j) || (over && (isOutcome(f) || ALONGSIDE.find(f.label) !== undefined))) continue;
    if (should.length > 0 && !should.includes(f)) return undefined;
    const r = roles[j]!;
    if (!rangedCount(f) || r.pending) return undefined;
    // 受理政府信息公开申请286件 is what came in, though 公开 names a done verb: its received word says so.
    if (doneOnly(f, r)) return over && closedCount(f, over) && soleTotal(clause, j, index) ? f : undefined;
    // 受理投诉100件，受理举报50件，办结144件: two totals of the same kind; the rate is over their sum.
    const words = totalWordsOf(f, r);
    let earlier = false;
    for (let k = floor + 1; k < j; k++) {
      if (!usable(k)) continue;
      earlier = true;
      if (totalWordsOf(figures[k]!, roles[k]!).some((w) => words.includes(w)) && !restates(f, figures[k]!)) return undefined;
    }
    // 调整权责事项236项，政务服务事项1436项，其中全程网办1291项: the 其中 says what the target is a
    // part of, the count right before it, whatever counts of the same things come earlier.
    if (!earlier || marker !== undefined) return f;
    return words.length > 0 || r.should ? f : undefined;
  }
  return undefined;
}

/**
 * 受理纠纷126件，在受理的126件中，结案121件: a count of the same value framing what follows (……中) restates the
 * earlier total; it is not a second total to add to it.
 */
function restates(f: Figure, earlier: Figure): boolean {
  return f.tail.startsWith('中') && f.value === earlier.value && exactCount(f) && exactCount(earlier);
}

/**
 * The words that label a count as a total: those of its label (参加考试1478名), or, when its label holds
 * none, a received word after it and its noun (1478名干部参加考试, 全市1200名干部参加讲座) — said as plainly.
 */
function totalWordsOf(f: Figure, role: Role): readonly string[] {
  return role.totals.length > 0 ? role.totals : receivedAfter(f);
}

/** The received words after a count and its noun: 参加 of 1478名干部参加考试. */
function receivedAfter(f: Figure): readonly string[] {
  return f.tail === '' ? NO_WORDS : RECEIVED.totals.filter((w) => f.tail.includes(w));
}

/**
 * The word that says a total is what came in (受理, 收到, 参加 …): in its label (受理投诉300件), or after
 * it and its noun when its label says nothing of it (1478名干部参加考试, 共1478名干部参加考试); else a word of
 * what was handled or solicited in its label (办理人大代表建议45件, 征求意见126条: received.handled).
 */
export function receivedWord(f: Figure): string | undefined {
  return RECEIVED.totals.find((w) => f.label.includes(w)) ?? receivedAfter(f)[0] ?? RECEIVED.handled.find((w) => f.label.includes(w));
}

/**
 * Whether the words between a rate and a count after it (`gap`) leave the count the rate's own: no
 * comparison or other period (同比, 较上年, 累计, 上半年), no year, date or code (any digit: 2023年,
 * 1—6月, 12345热线) and, before the first count (`first`), no 其中/包括, which breaks down something
 * stated before the rate (受理各类案件500件，办结率100%，其中受理行政复议案件120件……).
 */
export function plainGap(gap: string, first: boolean): boolean {
  if (/[0-9]/.test(gap) || OTHER_PERIODS.some((w) => gap.includes(w))) return false;
  return !first || !PARTS.markers.some((m) => gap.includes(m));
}

/**
 * Whether `word` names a count from right after it, as all the words up to the next mark, when its
 * label names nothing (1150人合格，; 其中1150人合格，), the leads a label may open with read through
 * (115件已办结，, 1284项实现全程网办，). With `before`, the words of the clause before the count, the verb
 * may take an object those words name: 参加考试42名，其中41名通过考试 (考试).
 */
export function namedAfter(f: Figure, word: string, before?: string): boolean {
  const tail = wordsAfter(f);
  if (tail === undefined) return false;
  if (tail === word) return true;
  const object = before !== undefined && tail.startsWith(word) ? tail.slice(word.length) : '';
  return object.length >= 2 && before!.includes(object);
}

/**
 * The words right after a count, up to the next mark, without the leads a label may open with (已办结 → 办结),
 * when its label names nothing and they are not empty: what may name the count from after it (see namedAfter).
 */
export function wordsAfter(f: Figure): string | undefined {
  return f.tail === '' || withoutLeads(f.label) !== '' ? undefined : withoutLeads(f.tail);
}

/** Whether the words right after a count, up to the next mark, are `word` after the leads a label may open with (已办结, 实现全程网办). */
export const tailIs = (f: Figure, word: string): boolean => f.tail !== '' && withoutLeads(f.tail) === word;

/** A label without the words it may open with before its verb (其中, 共, 依法, 全年 …: see countsAfter.leads). */
export function withoutLeads(label: string): string {
  let rest = label;
  // Looked up by the label's first character: every count's label comes here, several times (a
  // scan of the whole list per label was 0.6 % of a run, measured).
  for (let lead = AFTER_LEADS.at(rest, 0); lead; lead = AFTER_LEADS.at(rest, 0)) rest = rest.slice(lead.length);
  return rest;
}

/**
 * Whether a count after a rate counts the rate's own things: around `word`, the word of its label that
 * says what it counts (受理, 办结 …), the label names nothing `before` (the clause up to the rate) does
 * not — 共受理, 其中优秀案卷, 受理行政复议案件 after “行政复议案件办结率”, never 行政裁决受理 after it,
 * the counts of another subject.
 */
export function ofSameSubject(label: string, word: string, before: string): boolean {
  const at = label.indexOf(word);
  if (at === -1) return false;
  // 撤销、确认违法等直接纠错决定: the examples before 等 name no subject; what follows it is counted.
  const head = withoutLeads(label.slice(label.lastIndexOf('等', at) + 1, at));
  const rest = label.slice(at + word.length);
  const object = AFTER_OBJECTS.find(rest);
  const named = object ? rest.slice(0, -object.length) : rest;
  return (head === '' || before.includes(head)) && (named === '' || before.includes(named));
}
