import type { Figure, JoinedText } from '@reportlint/parser';
import { isBounded, perUnit, quotientAgrees, quotientText, shown, tolerance, within } from '../shared/figures.js';
import type { Clause, RateEntry, Rounding } from '../shared/figures.js';

/** What a clause may hold between its one count and a rate: the count's noun, one comma (655名行政执法人员，). */
const NOUN_AND_COMMA = /^\p{Script=Han}{0,16}[,，]?$/u;

/** The nearest quotients a whole number of the total gives on either side of a rate none of them gives. */
export interface NoWholePart {
  /** The total as written (655). */
  total: string;
  lowDivision: string;
  low: string;
  highDivision: string;
  high: string;
}

/**
 * 先后抽测655名行政执法人员，合格率98.87%: a rate whose clause states its total and nothing else — no count of
 * done, no other count — must be k ÷ 655 for some whole k. None gives 98.87% (647 is 98.78%, 648 is 98.93%).
 *
 * Only when the sentence leaves no doubt what the total is: the rate's vocabulary entry names the verbs of its
 * total (`wholes`: 抽检 for a 合格率, 受理 for a 办结率), one of them is written in the clause before the rate,
 * the count is the clause's one count before the rate (after `floor`: counts an earlier rate used), exact and
 * whole (not 5.6万, 380余), and only its noun and a comma stand between it and the rate — or other rates, each
 * named right after the one before —, whose name is its vocabulary word alone or after the verb (抽检合格率),
 * stated exactly (not 达, 约, 以上).
 */
export function noWholePart(joined: JoinedText, clause: Clause, rateIndex: number, floor: number, entry: RateEntry, qualifier: string, rounding: Rounding): NoWholePart | undefined {
  const rate = clause.figures[rateIndex]!;
  const wholes = entry.wholes;
  if (!wholes || qualifier || !rate.name || rate.approximate || isBounded(rate)) return undefined;
  const totalIndex = floor + 1;
  const total = clause.figures[totalIndex];
  if (!total || totalIndex >= rateIndex || !wholeCount(total) || clause.roles[totalIndex]!.otherPeriod) return undefined;
  const name = rate.name.text;
  if (name !== entry.name && !wholes.some((w) => name === w + entry.name)) return undefined;
  // Other rates of the same total may come first, each named right after the last (办理诉求269件，回复率100%，办结率99.4%).
  let end = total.end;
  for (let j = totalIndex + 1; j <= rateIndex; j++) {
    const f = clause.figures[j]!;
    if (f.kind !== 'rate' || !f.name || f.change || !NOUN_AND_COMMA.test(joined.slice(end, f.name.start))) return undefined;
    end = f.end;
  }
  const opening = floor < 0 ? clause.start : clause.figures[floor]!.end;
  const before = joined.slice(opening, rate.name.start);
  if (!wholes.some((w) => before.includes(w))) return undefined;
  const missed = missedByEveryPart(rate, total.value, rounding);
  return missed && { total: shown(total), ...missed };
}

/** A count of things stated as an exact whole number: 655名, not 5.6万件, 380余件 or 约600人. */
function wholeCount(f: Figure): boolean {
  return f.kind === 'count' && !f.approximate && !f.average && !f.change && !f.parenthetical && tolerance(f) === 0 && Number.isInteger(f.value) && f.value > 0;
}

/** The quotients k ÷ total on either side of `rate` when no whole k from 0 to total gives it as written. */
function missedByEveryPart(rate: Figure, total: number, rounding: Rounding): Omit<NoWholePart, 'total'> | undefined {
  if (rate.value <= 0 || rate.value >= perUnit(rate)) return undefined;
  const whole = within(total);
  const gives = (k: number) => quotientAgrees(rate, within(k), whole, rounding);
  const below = Math.floor((rate.value * total) / perUnit(rate));
  // The rate lies between below ÷ total and (below + 1) ÷ total; a neighbour catches the float's last digit.
  for (let k = Math.max(0, below - 1); k <= Math.min(total, below + 2); k++) if (gives(k)) return undefined;
  const part = (k: number) => ({ division: `${k}÷${total}`, text: quotientText(rate, within(k), whole, rounding) });
  const [low, high] = [part(below), part(below + 1)];
  return { lowDivision: low.division, low: low.text, highDivision: high.division, high: high.text };
}
