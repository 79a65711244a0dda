import type { RuleContext } from '@reportlint/core';
import { formatDecimal } from '@reportlint/parser';
import type { Figure, ReportTree } from '@reportlint/parser';
import { AVERAGES, chainBefore, CHANGES, exactCount, figureClauses, shown } from '../shared/figures.js';
import type { Clause, Rounding } from '../shared/figures.js';

/**
 * Averages: “检查企业48家，检查168家次，平均每家3.5次” states a count of visits (家次) over the count of things
 * visited (家): the average per thing (平均每家) in the visit's own unit (次). The total's unit is the thing's
 * measure word and the average's unit together (家次 = 家 × 次, 人次 = 人 × 次), so the sentence says which
 * two counts the average divides — or the average's own unit, summed by the word its label opens with
 * (审查合同128件，累计用时320个工作日，平均每件2.5个工作日). Averages of amounts (人均, 生均, 平均每户……元) are not read: an amount put in
 * may pay for more than what is shared out, and a 生均 sum is often a standard, not a quotient.
 */

/** The words an average's label ends with before the measure word of what it is per: 平均每家 → 家. */
const PER = '平均每';
/** The longest measure word an average is per (家, 人, 户, 个, 批). */
const MEASURE_LENGTH = 2;

/** The measure word an average is per (家 in 平均每家); undefined for a figure that is no such average. */
function perMeasure(f: Figure): string | undefined {
  const at = f.label.lastIndexOf(PER);
  if (at === -1 || f.approximate || f.change || f.kind === 'rate') return undefined;
  const measure = f.label.slice(at + PER.length);
  return measure.length >= 1 && measure.length <= MEASURE_LENGTH ? measure : undefined;
}

/** Whether a count is named as an earlier period's (对上年检查的48家企业开展回访): the year's visits may be of others too. */
const ofEarlierPeriod = (f: Figure): boolean => CHANGES.earlier.some((w) => f.label.includes(w));

/**
 * The one count before the average at `index`, in its sentence, in `unit`: undefined when there is none,
 * when there are two of different values (其中重点企业12家), for then which one it divides is not said, or when
 * one is of an earlier period.
 */
function soleCount(clause: Clause, index: number, unit: string, ofSum = false): Figure | undefined {
  let found: Figure | undefined;
  for (const { c, k, f } of chainBefore(clause, index)) {
    // 累计 makes a count one of another period (累计受理) unless it is the sum an average is over.
    const otherPeriod = c.roles[k]!.otherPeriod && !(ofSum && summed(f));
    if (f.unit !== unit || f.parenthetical || f.change || otherPeriod) continue;
    if (!(exactCount(f) || (ofSum && exactMeasure(f))) || ofEarlierPeriod(f) || (found && found.value !== f.value)) return undefined;
    found ??= f;
  }
  return found;
}

/** A measure stated exactly (320个工作日): a sum of time an average per thing may be over. */
const exactMeasure = (f: Figure): boolean => f.kind === 'measure' && !f.approximate && !f.average && !f.change && f.value >= 0;

/** A count whose label opens with a word of a sum (累计用时320个工作日): the average's measure summed over the things. */
const summed = (f: Figure): boolean => AVERAGES.sums.some((w) => f.label.startsWith(w));

/**
 * The one total before the average at `index` in `unit` that is summed (summed): a count in the average's own unit
 * may be a limit or a target (法定期限20个工作日), which only a word of a sum tells apart.
 */
function summedTotal(clause: Clause, index: number, unit: string): Figure | undefined {
  const total = soleCount(clause, index, unit, true);
  return total && summed(total) ? total : undefined;
}

/** Reports an average per thing that its total and its count of things, both in its sentence, do not give. */
export function checkAverages(tree: ReportTree, ctx: RuleContext<{ rounding: Rounding }>): void {
  for (const clause of figureClauses(tree)) {
    clause.figures.forEach((f, i) => {
      const measure = perMeasure(f);
      if (measure === undefined) return;
      const things = soleCount(clause, i, measure);
      const total = things && things.value > 0 ? (soleCount(clause, i, measure + f.unit) ?? summedTotal(clause, i, f.unit)) : undefined;
      if (!total) return;
      const quotient = total.value / things!.value;
      const written = shown(f);
      const rounded = formatDecimal(quotient, f.precision, 'round');
      if (written === rounded || (ctx.options.rounding !== 'round' && written === formatDecimal(quotient, f.precision, 'truncate'))) return;
      const expected = ctx.options.rounding === 'truncate' ? formatDecimal(quotient, f.precision, 'truncate') : rounded;
      ctx.report({
        messageId: 'mismatch',
        data: { name: PER + measure, expected: expected + f.unit, division: `${shown(total)}÷${shown(things!)}`, actual: written + f.unit },
        start: f.start,
        end: f.end,
      });
    });
  }
}
