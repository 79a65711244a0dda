import { defineRule, Type } from '@reportlint/core';
import type { RuleContext } from '@reportlint/core';
import { formatDecimal, joinedText, tablesOf } from '@reportlint/parser';
import type { Figure, ReportTree, Table } from '@reportlint/parser';
import { exactCount, figureClauses, findTotal, labelNames, MAX_FIGURES_BACK, pendingWord, possibleTotals, rateEntry, rateName, RECEIVED, sameThings, shown, tolerance, writtenFrom } from '../shared/figures.js';
import type { Clause, RateEntry, Rounding } from '../shared/figures.js';
import { columnsWhere, figureAt, shortRateName } from '../shared/tables.js';

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

/**
 * The columns of a table a rate column is computed from: its numerator, the one column whose heading
 * names the rate's verb (办结 for 办结率), and the count columns left of that one, any of which may be
 * the total (受理 | 办结 | 办结率). A carry-over column (上年结转 | 新收 | 结案 | 结案率) adds to the
 * total in a way the table does not say: none then.
 */
function rateColumns(table: Table, rate: number, known: { entry: RateEntry; qualifier: string }): { numerator: number; totals: number[] } | undefined {
  const named = columnsWhere(table, (h, c) => c !== rate && known.entry.numerator.some((t) => labelNames(h.name, t, known.qualifier)));
  if (named.length !== 1) return undefined;
  const numerator = named[0]!;
  const totals = columnsWhere(table, (h, c) => c < numerator && !rateEntry(h.name));
  if (totals.length === 0 || totals.some((c) => RECEIVED.carryOver.some((w) => table.columns[c]!.name.includes(w)))) return undefined;
  return { numerator, totals };
}

/**
 * What a table row's rate is computed from: its numerator cell over the leftmost total cell, the
 * other totals kept as alternatives. Undefined when a cell is not a plain count, or the numerator is
 * more than every total (the table then says something else).
 */
function rowReading(table: Table, row: number, columns: { numerator: number; totals: number[] }): Reading | undefined {
  const numerator = figureAt(table, row, columns.numerator);
  if (!numerator || !exactCount(numerator)) return undefined;
  const cells = columns.totals.map((c) => figureAt(table, row, c));
  if (cells.some((f) => !f || !exactCount(f))) return undefined;
  const totals = (cells as Figure[]).filter((f) => sameThings(f, numerator) && f.value >= numerator.value);
  if (totals.length === 0) return undefined;
  const [total, ...others] = totals as [Figure, ...Figure[]];
  return { numerator: numerator.value, numeratorTolerance: tolerance(numerator), total, others, shown: `${shown(numerator)}÷${shown(total)}` };
}

type Ctx = RuleContext<{ rounding: Rounding }>;

/** Whether a rate agrees with one of the totals of its reading. */
function agrees(rate: Figure, r: Reading, rounding: Rounding): boolean {
  const factor = rate.unit === '‰' ? 1000 : 100;
  return [r.total, ...r.others].some((total) => consistent(rate.value, rate.precision, factor, { ...r, total }, rounding));
}

/** The rate as it should be written, with the decimals and unit it is written with. */
function expectedRate(rate: Figure, r: Reading, rounding: Rounding): string {
  const factor = rate.unit === '‰' ? 1000 : 100;
  return formatDecimal((r.numerator / r.total.value) * factor, rate.precision, rounding === 'truncate' ? 'truncate' : 'round') + rate.unit;
}

/** | 项目 | 受理 | 办结 | 办结率 |: each row's rate against the counts of its row. */
function checkTables(tree: ReportTree, ctx: Ctx): void {
  for (const table of tablesOf(tree)) {
    table.columns.forEach((heading, c) => {
      const known = c > 0 ? rateEntry(heading.name) : undefined;
      if (!known || known.entry.numerator.length === 0) return;
      const columns = rateColumns(table, c, known);
      if (!columns) return;
      table.rows.forEach((_, row) => {
        const rate = figureAt(table, row, c);
        if (!rate || rate.kind !== 'rate' || rate.change || rate.value < 0) return;
        const r = rowReading(table, row, columns);
        if (!r || agrees(rate, r, ctx.options.rounding)) return;
        const expected = expectedRate(rate, r, ctx.options.rounding);
        const actual = tree.source.text.slice(rate.start, rate.end);
        if (expected === tree.normalized.slice(rate.start, rate.end)) return;
        const name = shortRateName(heading.name, known.display);
        ctx.report({ messageId: 'mismatch', data: { name, expected, division: r.shown, actual }, start: rate.start, end: rate.end });
      });
    });
  }
}

export const rule = defineRule({
  id: 'rate-mismatch',
  meta: {
    severity: 'error',
    family: 'figures',
    fixable: false,
    description: {
      'zh-CN': '比率必须与同一句或表格同一行中给出的分子、分母相符',
      en: 'A rate must agree with the counts stated in the same sentence or table row',
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
        if (!r || rate.approximate || agrees(rate, r, ctx.options.rounding)) return;
        const expected = expectedRate(rate, r, ctx.options.rounding);
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
    checkTables(tree, ctx);
  },
});
