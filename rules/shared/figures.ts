import type { Figure, FigureSentence } from '@reportlint/parser';
import vocabulary from './figures.json' with { type: 'json' };

/** How figures relate to each other (rates, totals, parts): what rate-mismatch and parts-exceed-total share. */

export interface RateEntry {
  name: string;
  numerator: string[];
  pending?: string[];
  bounded: boolean;
}

const byLength = (list: string[]) => [...list].sort((a, b) => b.length - a.length);
const RATES = [...(vocabulary.rates.list as RateEntry[])].sort((a, b) => b.name.length - a.name.length);
const QUALIFIERS = byLength(vocabulary.qualifiers.list);
const SHOULD = byLength(vocabulary.qualifiers.should);
const OBJECTS = byLength(vocabulary.numeratorObjects.list);
const TOTALS = vocabulary.totals.list;
const CLASSES = vocabulary.unitClasses.list;
const ALL_NUMERATORS = byLength([...new Set(RATES.flatMap((r) => r.numerator))]);
const PENDING = byLength([...new Set(RATES.flatMap((r) => r.pending ?? []))]);
export const PARTS = vocabulary.parts;
export const RECEIVED = vocabulary.received;

const endsWithAny = (text: string, words: readonly string[]) => words.find((w) => text.endsWith(w));

/** The vocabulary entry of a rate name (longest match at its end) and the qualifier before it (按期办结率 → 按期). */
export function rateEntry(name: string): { entry: RateEntry; qualifier: string; display: string } | undefined {
  const entry = RATES.find((r) => name.endsWith(r.name));
  if (!entry) return undefined;
  const rest = name.slice(0, -entry.name.length);
  const qualifier = endsWithAny(rest, QUALIFIERS) ?? '';
  return { entry, qualifier, display: qualifier + entry.name };
}

/** How a message names a rate, and where its finding starts: the name as written when short, else its vocabulary word. */
export function rateName(name: { text: string; start: number; end: number }, display: string): { text: string; start: number } {
  return name.text.length <= 8 ? { text: name.text, start: name.start } : { text: display, start: name.end - display.length };
}

/** A count the arithmetic can rely on: stated exactly, not a per-unit or growth figure. */
export function exactCount(f: Figure): boolean {
  return (f.kind === 'count' || f.kind === 'amount') && !f.approximate && !f.average && !f.change && f.value >= 0;
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

/** A count as the message shows it: as written when in Arabic digits (13649, 3.96万), else its value. */
export function shown(f: Figure): string {
  return /\d/.test(f.written) ? f.written.replace(/,/g, '') : String(f.value);
}

/**
 * Whether a label names `term` as what was counted (已办结, 其中合格, 调解成功, 办结案件), with the
 * same qualifier as the rate (按期办结 for 按期办结率 only; 未办结 never).
 */
export function labelNames(label: string, term: string, qualifier: string): boolean {
  const head = headBefore(label, term);
  if (head === undefined) return false;
  return (endsWithAny(head, QUALIFIERS) ?? '') === qualifier;
}

/** The part of a label before a numerator's verb (按期 in 按期办结), or undefined when it names none. */
function headBefore(label: string, term: string): string | undefined {
  if (label.endsWith(term)) return label.slice(0, -term.length);
  for (const o of OBJECTS) {
    if (label.endsWith(o) && label.length > o.length + term.length - 1 && label.endsWith(term, label.length - o.length)) {
      return label.slice(0, -(term.length + o.length));
    }
  }
  return undefined;
}

/** The pending word of a count (2宗正在办理, 尚有1件在办理中, 正在办理2件), if one of `words`. */
export function pendingWord(f: Figure, words: readonly string[]): string | undefined {
  const tail = f.tail.replace(/^(目前|仍|尚|还|正|均)+/, '');
  return words.find((w) => tail.startsWith(w)) ?? words.find((w) => f.label.endsWith(w));
}

/** What a count's label says it is, computed once per figure and shared by the rules. */
interface Role {
  /** A count of things done for some rate (办结, 合格 …), whatever the qualifier: never a total. */
  done: boolean;
  /** A count of what should be done (应出庭应诉99件): the total of its rate. */
  should: boolean;
  pending: boolean;
  /** Words of the label that mark a total (受理, 共 …). */
  totals: string[];
}

const roles = new WeakMap<Figure, Role>();

/** Numerator verbs by their last character, so a label is matched against the few that can end it. */
const NUMERATORS_BY_LAST = new Map<number, string[]>();
for (const t of ALL_NUMERATORS) {
  const last = t.charCodeAt(t.length - 1);
  NUMERATORS_BY_LAST.set(last, [...(NUMERATORS_BY_LAST.get(last) ?? []), t]);
}

function role(f: Figure): Role {
  let r = roles.get(f);
  if (!r) {
    let named = false;
    let should = false;
    const label = f.label;
    const bases = [label];
    for (const o of OBJECTS) if (label.length > o.length && label.endsWith(o)) bases.push(label.slice(0, -o.length));
    for (const base of bases) {
      for (const t of NUMERATORS_BY_LAST.get(base.charCodeAt(base.length - 1)) ?? []) {
        if (!base.endsWith(t)) continue;
        named = true;
        if (endsWithAny(base.slice(0, -t.length), SHOULD)) should = true;
      }
    }
    r = { done: named && !should, should, pending: pendingWord(f, PENDING) !== undefined, totals: TOTALS.filter((w) => f.label.includes(w)) };
    roles.set(f, r);
  }
  return r;
}

/** A count of things done for some rate (办结, 合格, 败诉 …): the numerator of a rate, not a category. */
export function isDoneCount(f: Figure): boolean {
  return role(f).done;
}

export function hasTotalWord(f: Figure): boolean {
  return role(f).totals.length > 0;
}

/** A sentence cut at semicolons: figures relate only within a clause. */
export interface Clause {
  start: number;
  end: number;
  figures: Figure[];
  /** Offsets of 其中 / 包括 outside parentheses, in order. */
  markers: number[];
  /** Counts of what should be done (应办结955件), usually none. */
  should: Figure[];
}

/**
 * How far back (in figures) a relation is looked for. Prose states a total a few counts before its
 * parts or its rate; a clause where they would lie further apart is a table flattened into text,
 * where nothing is said (and the rules stay linear on adversarial text).
 */
export const MAX_FIGURES_BACK = 40;

/** The index of the first figure that starts at or after `offset`. */
export function firstAfter(figures: readonly Figure[], offset: number): number {
  let lo = 0;
  let hi = figures.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (figures[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function clausesOf(sentence: FigureSentence, text: string): Clause[] {
  const clauses: Clause[] = [];
  const all = sentence.figures;
  let from = sentence.start;
  let next = 0; // index of the first figure not yet given to a clause
  let depth = 0;
  let markers: number[] = [];
  const close = (to: number) => {
    const figures: Figure[] = [];
    while (next < all.length && all[next]!.start < to) {
      if (all[next]!.end <= to) figures.push(all[next]!);
      next++;
    }
    if (figures.length) clauses.push({ start: from, end: to, figures, markers, should: figures.filter((f) => role(f).should) });
    markers = [];
  };
  for (let i = sentence.start; i < sentence.end; i++) {
    const ch = text[i];
    if (ch === '(') depth++;
    else if (ch === ')') depth = Math.max(0, depth - 1);
    else if (ch === ';') {
      close(i);
      from = i + 1;
      depth = 0;
    } else if (depth === 0 && (ch === '其' || ch === '包') && PARTS.markers.some((m) => text.startsWith(m, i))) markers.push(i);
  }
  close(sentence.end);
  return clauses;
}

/**
 * The total a count of done (or pending) things is taken from: the nearest earlier count of the same
 * things that is not one of the parts after 其中/包括 nor in parentheses, and that is labelled as a
 * total (受理, 排查, 共 …) or opens the clause. `floor`: index before which figures belong to an
 * earlier, already explained rate. `undefined` when the clause does not say it plainly.
 */
export function findTotal(clause: Clause, index: number, floor = -1): Figure | undefined {
  const figures = clause.figures;
  const target = figures[index]!;
  if (index - floor > MAX_FIGURES_BACK) return undefined;
  const usable = (f: Figure) => f !== target && sameThings(f, target) && !f.parenthetical && f.kind !== 'rate';
  // Parts after a 其中 between the total and the target are skipped; a part that is itself a total
  // (其中行政诉讼受理40件) makes the reading ambiguous.
  const after = floor < 0 ? clause.start : figures[floor]!.end;
  let marker: number | undefined;
  for (let m = clause.markers.length - 1; m >= 0; m--) {
    const at = clause.markers[m]!;
    if (at < target.start) {
      if (at > after) marker = at;
      break;
    }
  }
  let j = index - 1;
  if (marker !== undefined) {
    for (; j > floor && figures[j]!.start > marker; j--) {
      const f = figures[j]!;
      if (usable(f) && hasTotalWord(f) && !role(f).done) return undefined;
    }
  }
  // 受理1000件，办结950件，办结率99.5%（应办结955件）: a count of what was due is the total, and
  // only it; when it is not the nearest count, the sentence is too subtle to check.
  const should = clause.should.filter((f) => f !== target && sameThings(f, target));
  for (; j > floor; j--) {
    const f = figures[j]!;
    if (!usable(f)) continue;
    if (should.length > 0 && !should.includes(f)) return undefined;
    if (!exactCount(f) || role(f).done || role(f).pending) return undefined;
    const earlier = figures.slice(floor + 1, j).filter((g) => usable(g));
    if (earlier.length === 0) return f;
    // 受理投诉100件，受理举报50件，办结144件: two totals of the same kind; the rate is over their sum.
    const words = role(f).totals;
    if (earlier.some((g) => role(g).totals.some((w) => words.includes(w)))) return undefined;
    return words.length > 0 || role(f).should ? f : undefined;
  }
  return undefined;
}
