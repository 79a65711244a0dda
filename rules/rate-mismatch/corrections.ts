import type { Figure } from '@reportlint/parser';
import { exactCount, isPending, MAX_FIGURES_BACK, sameThings, shown, within } from '../shared/figures.js';
import type { Clause, Quantity } from '../shared/figures.js';
import vocabulary from '../shared/figures.json' with { type: 'json' };

const CORRECTIONS = vocabulary.corrections;

/** How an outcome counts toward a 纠错率 (see figures.json#corrections). */
type Kind = 'corrective' | 'optional' | 'kept';

/** Outcome words by kind, longest first, so 部分撤销 is read before 撤销 would be. */
const WORDS: Array<[string, Kind]> = (['corrective', 'optional', 'kept'] as const)
  .flatMap((kind) => CORRECTIONS[kind].map((w): [string, Kind] => [w, kind]))
  .sort((a, b) => b[0].length - a[0].length);
const LEADS = new RegExp(`^(?:${CORRECTIONS.leads.join('|')})+`);

/** An outcome's count: its label without the words it opens with (其中维持 → 维持), and its kind. */
interface Outcome {
  figure: Figure;
  label: string;
  kind: Kind;
}

/** The outcome a count states, undefined when its label opens with no outcome known (其他4件). */
function outcomeOf(f: Figure): Outcome | undefined {
  if (!exactCount(f)) return undefined;
  const label = f.label.replace(LEADS, '');
  const kind = WORDS.find(([word]) => label.startsWith(word))?.[1];
  return kind && { figure: f, label, kind };
}

/** More outcomes that may or may not count than a list of them has (调解, 和解, 终止): no such list. */
const MAX_OPTIONAL = 4;

/** A 纠错率 or 调解和解率 read from the outcomes listed before it: one division to report, and every division the sentence allows. */
export interface OutcomeReading {
  numerator: Quantity;
  total: Quantity;
  /** Each numerator and total the rate may be taken as: with or without the optional outcomes, over all closed cases or those not terminated. */
  allowed: Array<{ numerator: Quantity; total: Quantity }>;
  /** The division as the message shows it: (12+6+2)÷130. */
  shown: string;
}

/**
 * Which outcomes a rate read from a list of them counts: the corrective ones (纠错率; only those for a
 * 直接纠错率, else any optional one too), or the mediated ones (调解和解率, and perhaps 终止).
 */
export interface OutcomeRate {
  direct: boolean;
  mediated: boolean;
}

/** Whether a rate's name is one this reading applies to, and which outcomes it counts. */
export function correctionRate(name: string, entryName: string): OutcomeRate | undefined {
  if (CORRECTIONS.mediationRates.includes(entryName)) return { direct: false, mediated: true };
  if (!CORRECTIONS.rates.includes(entryName)) return undefined;
  const before = name.slice(0, -entryName.length);
  return { direct: CORRECTIONS.direct.some((w) => before.endsWith(w)), mediated: false };
}

/** Whether an outcome is one the rate always counts. */
const counted = (p: Outcome, rate: OutcomeRate): boolean => (rate.mediated ? CORRECTIONS.mediated.some((w) => p.label.startsWith(w)) : p.kind === 'corrective');

/** Whether an outcome is one the rate may count or not: a 综合纠错率's optional outcomes, a 调解和解率's terminations. */
const optionalFor = (p: Outcome, rate: OutcomeRate): boolean => !rate.direct && (rate.mediated ? p.label.startsWith('终止') : p.kind === 'optional');

/**
 * 审结130件，其中维持86件，驳回20件，撤销12件，确认违法6件，责令履行2件，调解和解4件，纠错率15.4%: a
 * correction rate with no count of 纠错 of its own is the corrective outcomes over the closed cases —
 * when the counts right before it are all outcomes of a known kind, right after a closed count they add
 * up to. A list that leaves some cases out, or names an outcome not known here, says nothing certain.
 * A 调解和解率 with no count of its own is read alike, its mediated outcomes over the closed cases
 * (……调解结案15件、和解后撤回申请10件，调解和解率17.1%).
 */
export function outcomeReading(
  clause: Clause,
  rateIndex: number,
  floor: number,
  over: readonly string[],
  rate: OutcomeRate,
  opening: () => Figure | undefined,
): OutcomeReading | undefined {
  const parts: Outcome[] = [];
  let j = rateIndex - 1;
  for (; j > floor && rateIndex - j <= MAX_FIGURES_BACK; j--) {
    const outcome = outcomeOf(clause.figures[j]!);
    if (!outcome) break;
    parts.unshift(outcome);
  }
  // Outcomes from the clause's start break down the count their sentence opens on (`opening`: 依法审结79件。其中维持……).
  const total = j > floor ? clause.figures[j]! : j === -1 ? opening() : undefined;
  // The closed count, its verb anywhere in its label (审结行政复议案件130件, 共审结130件), not one still pending.
  const closed = total && over.some((w) => total.label.includes(w)) && !isPending(total);
  if (!total || !closed || parts.length < 2 || !exactCount(total)) return undefined;
  if (parts.some((p) => !sameThings(p.figure, total)) || parts.reduce((sum, p) => sum + p.figure.value, 0) !== total.value) return undefined;
  const corrective = parts.filter((p) => counted(p, rate));
  const base = corrective.reduce((sum, p) => sum + p.figure.value, 0);
  // Any of the optional outcomes may be counted too (a 综合纠错率), and the terminated cases may be left out of the total.
  const optional = parts.filter((p) => optionalFor(p, rate)).map((p) => p.figure);
  if (optional.length > MAX_OPTIONAL) return undefined;
  const terminated = parts.filter((p) => p.label.startsWith('终止')).reduce((sum, p) => sum + p.figure.value, 0);
  const totals = terminated > 0 && terminated < total.value ? [total.value, total.value - terminated] : [total.value];
  const allowed: OutcomeReading['allowed'] = [];
  for (let mask = 0; mask < 1 << optional.length; mask++) {
    const extra = optional.reduce((sum, f, k) => (mask & (1 << k) ? sum + f.value : sum), 0);
    for (const t of totals) allowed.push({ numerator: within(base + extra), total: within(t) });
  }
  const terms = corrective.map((p) => shown(p.figure));
  const numerator = terms.length > 1 ? `(${terms.join('+')})` : (terms[0] ?? '0');
  return { numerator: within(base), total: within(total.value), allowed, shown: `${numerator}÷${shown(total)}` };
}
