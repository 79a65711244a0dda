import { defineRule, Type } from '@reportlint/core';
import { formatDecimal, joinedText } from '@reportlint/parser';
import type { Figure } from '@reportlint/parser';
import { exactCount, figureClauses, findTotal, labelNames, MAX_FIGURES_BACK, pendingWord, possibleTotals, rateEntry, rateName, sameThings, shown, tolerance, writtenFrom } from '../shared/figures.js';
import type { Clause, RateEntry, Rounding } from '../shared/figures.js';

const schema = Type.Object(
  {
    rounding: Type.Union([Type.Literal('either'), Type.Literal('round'), Type.Literal('truncate')], {
      default: 'either',
      description:
        'How a rate may be cut to its stated decimals: "round" (half up), "truncate" (cut off), or "either" (accept both; 657÷664 = 98.9457… may be written 98.95% or 98.94%).',
    }),
  },
  { additionalProperties: false },
);

/** What a rate is computed from, as the sentence states it. */
interface Reading {
  numerator: number;
  numeratorTolerance: number;
  total: Figure;
  /** Other totals the sentence leaves open; the rate is right if any of them gives it. */
  others: Figure[];
  /** How the message shows the division: "13649÷13785", "(30-2)÷30". */
  shown: string;
}

/**
 * Whether `stated` (with `decimals` decimals) can be the rate n/t for some n and t within their
 * tolerances, rounded or truncated as `rounding` allows.
 */
function consistent(stated: number, decimals: number, factor: number, r: Reading, rounding: Rounding): boolean {
  const tLo = r.total.value - tolerance(r.total);
  const tHi = r.total.value + tolerance(r.total);
  const nLo = r.numerator - r.numeratorTolerance;
  const nHi = r.numerator + r.numeratorTolerance;
  if (tLo <= 0) return true;
  return writtenFrom(stated, decimals, (Math.max(0, nLo) / tHi) * factor, (nHi / tLo) * factor, rounding);
}

/** The numerator of a rate in the clause: the nearest count its name points to (办结率 → 办结13649宗). */
function numeratorOf(clause: Clause, rateIndex: number, floor: number, entry: RateEntry, qualifier: string): number | undefined {
  let found: number | undefined;
  if (rateIndex - floor > MAX_FIGURES_BACK) return undefined;
  for (let j = rateIndex - 1; j > floor; j--) {
    const f = clause.figures[j]!;
    if (f.kind === 'rate' || !entry.numerator.some((t) => labelNames(f.label, t, qualifier))) continue;
    if (found === undefined) found = j;
    // Two different counts for the same verb: the sentence does not say which one is meant.
    else if (clause.figures[found]!.value !== f.value) return undefined;
  }
  return found;
}

/**
 * 收到96件，受理91件，审结88件，纠错11件，纠错率15.2%: a rate over closed cases whose sentence names
 * several possible totals. It is read over the closed count, the others kept as alternatives.
 */
function eitherTotal(clause: Clause, n: number, entry: RateEntry): Reading | undefined {
  const numerator = clause.figures[n]!;
  if (!entry.over || !exactCount(numerator)) return undefined;
  const totals = possibleTotals(clause, n, entry.over)?.filter((t) => t.value >= numerator.value);
  if (!totals || totals.length === 0) return undefined;
  const [total, ...others] = totals as [Figure, ...Figure[]];
  return { numerator: numerator.value, numeratorTolerance: 0, total, others, shown: `${shown(numerator)}÷${shown(total)}` };
}

function reading(clause: Clause, rateIndex: number, floor: number, entry: RateEntry, qualifier: string): { reading?: Reading; used: boolean } {
  const figures = clause.figures;
  const n = numeratorOf(clause, rateIndex, floor, entry, qualifier);
  if (n !== undefined) {
    const numerator = figures[n]!;
    const total = findTotal(clause, n, floor, entry.over);
    if (!total) return { used: true, reading: eitherTotal(clause, n, entry) };
    if (!exactCount(numerator) || !sameThings(numerator, total)) return { used: true };
    if (numerator.value > total.value + tolerance(total) + tolerance(numerator)) return { used: true };
    return {
      used: true,
      reading: { numerator: numerator.value, numeratorTolerance: tolerance(numerator), total, others: [], shown: `${shown(numerator)}÷${shown(total)}` },
    };
  }
  // 新收30件，2宗正在办理，办结率93.3%: the done count is the total less the pending ones.
  if (!entry.pending || qualifier) return { used: false };
  const pending: number[] = [];
  if (rateIndex - floor > MAX_FIGURES_BACK) return { used: false };
  for (let j = rateIndex - 1; j > floor; j--) {
    if (figures[j]!.kind !== 'rate' && pendingWord(figures[j]!, entry.pending)) pending.push(j);
  }
  if (pending.length !== 1) return { used: false };
  const rest = figures[pending[0]!]!;
  const total = findTotal(clause, pending[0]!, floor);
  if (!total || !exactCount(rest) || rest.value > total.value) return { used: true };
  return {
    used: true,
    reading: {
      numerator: total.value - rest.value,
      numeratorTolerance: tolerance(rest),
      total,
      others: [],
      shown: `(${shown(total)}-${shown(rest)})÷${shown(total)}`,
    },
  };
}

export const rule = defineRule({
  id: 'rate-mismatch',
  meta: {
    severity: 'error',
    family: 'figures',
    fixable: false,
    description: {
      'zh-CN': '比率必须与同一句中给出的分子、分母相符',
      en: 'A rate must agree with the counts stated in the same sentence',
    },
    messages: {
      mismatch: {
        'zh-CN': '{name}应为{expected}（{division}），文中为{actual}',
        en: '{name} should be {expected} ({division}), the text says {actual}',
      },
    },
    schema,
  },
  check(tree, ctx) {
    // Figures may run through a line break that cuts their sentence: they are read without it.
    const joined = joinedText(tree);
    for (const clause of figureClauses(tree)) {
      // Counts used by a rate are not reused by a later one: "受理1061宗，办结1061宗，办结率100%，累计…".
      let floor = -1;
      clause.figures.forEach((rate, i) => {
        if (rate.kind !== 'rate' || !rate.name || rate.change || rate.value < 0) return;
        const known = rateEntry(rate.name.text);
        if (!known || known.entry.numerator.length === 0) return;
        const { reading: r, used } = reading(clause, i, floor, known.entry, known.qualifier);
        if (used) floor = i;
        if (!r || rate.approximate) return;
        const factor = rate.unit === '‰' ? 1000 : 100;
        if (consistent(rate.value, rate.precision, factor, r, ctx.options.rounding)) return;
        if (r.others.some((total) => consistent(rate.value, rate.precision, factor, { ...r, total }, ctx.options.rounding))) return;
        const value = (r.numerator / r.total.value) * factor;
        const expected = formatDecimal(value, rate.precision, ctx.options.rounding === 'truncate' ? 'truncate' : 'round') + rate.unit;
        const actual = joined.slice(rate.start, rate.end, tree.source.text);
        if (expected === joined.slice(rate.start, rate.end)) return;
        const name = rateName(tree, rate.name, known.display);
        ctx.report({
          messageId: 'mismatch',
          data: { name: name.text, expected, division: r.shown, actual },
          start: name.start,
          end: rate.end,
        });
      });
    }
  },
});
