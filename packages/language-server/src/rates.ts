import type { LoadedConfig } from '@reportlint/config';
import type { ReportDescriptor, Rule } from '@reportlint/core';
import type { Figure, ReportTree } from '@reportlint/parser';
import type { Engine } from './load-engine.js';

export interface RateExplanation {
  /** "13649÷13785", "(30-2)÷30", as rate-mismatch shows it. */
  division: string;
  /** The computed value at the stated number of decimals, with its unit ("99.02%"). */
  expected: string;
  /** False when rate-mismatch reports this rate. */
  agrees: boolean;
}

const RULE = 'rate-mismatch';

function run(rule: Rule<any>, tree: ReportTree, options: unknown, figure: Figure): Record<string, string | number> | undefined {
  let found: Record<string, string | number> | undefined;
  const report = (d: ReportDescriptor) => {
    if (d.end === figure.end) found = d.data ?? {};
  };
  try {
    rule.check(tree, { options, profile: tree.profile, report });
  } catch {
    return undefined;
  }
  return found;
}

/**
 * The rate computed from the counts its sentence states, exactly as rate-mismatch reads them.
 * rate-mismatch only speaks when a rate is wrong, so the stated digits are replaced by 0s and then
 * by 9s (same length, so every offset stays put): one of those is wrong whatever the true value,
 * and the rule's report on it names the division and the computed value. Undefined when the rule
 * finds no counts for the rate (or is not installed).
 */
export function explainRate(engine: Engine, tree: ReportTree, loaded: LoadedConfig, figure: Figure): RateExplanation | undefined {
  const rule = loaded.registry.rules.get(RULE);
  if (!rule || figure.kind !== 'rate' || figure.approximate) return undefined;
  const options = loaded.config.rules.find((r) => r.rule.id === RULE)?.options ?? rule.defaults;
  const text = tree.source.text;
  const written = text.slice(figure.start, figure.end);
  if (!/[0-9０-９]/.test(written)) return undefined;
  for (const [ascii, wide] of [['0', '０'], ['9', '９']] as const) {
    const probe = written.replace(/[0-9]/g, ascii).replace(/[０-９]/g, wide);
    if (probe === written) continue;
    const source = { ...tree.source, text: text.slice(0, figure.start) + probe + text.slice(figure.end) };
    const data = run(rule, engine.parseReport(source, tree.profile), options, figure);
    if (data && data['division'] !== undefined && data['expected'] !== undefined) {
      return { division: String(data['division']), expected: String(data['expected']), agrees: run(rule, tree, options, figure) === undefined };
    }
  }
  return undefined;
}
