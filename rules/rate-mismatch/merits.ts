import { exactCount } from '../shared/figures.js';
import type { Clause, Quantity } from '../shared/figures.js';

/** Rates of cases won or lost in court, which bodies take over all closed cases or over those decided on the merits. */
const ON_THE_MERITS = new Set(['胜诉率', '败诉率']);
/** Labels of the cases the plaintiff withdrew (撤诉3宗, 原告撤诉5件, 撤回起诉2件): closed, but decided neither way. */
const WITHDRAWN = /(?:撤诉|撤回起诉)的?$/;

type Division = { numerator: Quantity; total: Quantity };

const plus = (q: Quantity, n: number): Quantity => ({ value: q.value + n, low: q.low + n, high: q.high + n });

/**
 * 审结27宗，胜诉24宗，撤诉3宗，胜诉率100%: a 胜诉率 or 败诉率 whose clause counts the withdrawn cases among the closed
 * ones may be taken over the cases decided on the merits (24÷(27−3)), and a 胜诉率 may count a withdrawal as no
 * loss ((24+3)÷27). The divisions `divisions` allows, with those readings added; the same ones when the clause
 * counts no withdrawals, or several.
 */
export function meritsDivisions(clause: Clause, rateIndex: number, floor: number, rateName: string, divisions: Division[]): Division[] {
  if (!ON_THE_MERITS.has(rateName)) return divisions;
  const withdrawn = clause.figures.slice(floor + 1, rateIndex).filter((f) => f.kind === 'count' && exactCount(f) && WITHDRAWN.test(f.label));
  if (withdrawn.length !== 1) return divisions;
  const w = withdrawn[0]!.value;
  const merits = divisions.filter((d) => d.total.low - w > 0).map((d) => ({ numerator: d.numerator, total: plus(d.total, -w) }));
  const notLost = rateName === '胜诉率' ? divisions.map((d) => ({ numerator: plus(d.numerator, w), total: d.total })) : [];
  return [...divisions, ...merits, ...notLost];
}
