import type { RuleContext } from '@reportlint/core';
import { figuresOf, formatDecimal } from '@reportlint/parser';
import type { Figure, ReportTree } from '@reportlint/parser';
import { exactCount, RATIOS, sameThings, shown } from '../shared/figures.js';
import { isHan } from '../shared/ranges.js';
import type { Rounding } from '../shared/figures.js';

/**
 * Ratios: “同期行政诉讼案件112件，复议诉讼比为2.3:1” states the one count over the other as a:b. A ratio
 * is neither a count nor a rate (the parser reads no figure in it), so it is read here: its name says
 * which two counts it divides, and both must be stated before it in its own sentence.
 */

/**
 * 比, the verb, then a:b with a half-width or ratio colon; the name is the Han characters right before
 * 比, read backwards from it (a pattern that began with them would retry every Han run of every
 * sentence, quadratic in its length).
 */
const RATIO = /比(?:为|是|达到|达)?(\d+(?:\.\d+)?)([:∶])(\d+(?:\.\d+)?)/g;

/** The Han characters of `text` right before `end`. */
function nameBefore(text: string, end: number): string {
  let from = end;
  while (from > 0 && isHan(text.charCodeAt(from - 1))) from--;
  return text.slice(from, end);
}

/** The last exact count before `end` whose label names `word` and not `other` (行政复议案件 for 复议, not 复议诉讼). */
function lastCount(figures: readonly Figure[], end: number, word: string, other: string): Figure | undefined {
  for (let i = figures.length - 1; i >= 0; i--) {
    const f = figures[i]!;
    if (f.end <= end && exactCount(f) && f.label.includes(word) && !f.label.includes(other)) return f;
  }
  return undefined;
}

const decimals = (written: string) => written.split('.')[1]?.length ?? 0;

/** Reports each ratio of the vocabulary that its two counts do not give, as a rate that its counts do not give. */
export function checkRatios(tree: ReportTree, ctx: RuleContext<{ rounding: Rounding }>): void {
  for (const sentence of figuresOf(tree)) {
    if (!sentence.text.includes(':') && !sentence.text.includes('∶')) continue;
    for (const m of sentence.text.matchAll(RATIO)) {
      const [, a, colon, b] = m as unknown as [string, string, string, string];
      const name = nameBefore(sentence.text, m.index!);
      const kind = RATIOS.find((r) => name.includes(r.first) && name.indexOf(r.second) > name.indexOf(r.first));
      if (!kind) continue;
      const start = sentence.start + m.index! - name.length;
      const first = lastCount(sentence.figures, start, kind.first, kind.second);
      const second = lastCount(sentence.figures, start, kind.second, kind.first);
      if (!first || !second || second.value === 0 || !sameThings(first, second)) continue;
      // a:b is first:second scaled to b (nearly always 1), with as many decimals as a is written with;
      // 'either' takes a truncated a as well as a rounded one, as it does for rates.
      const quotient = (first.value / second.value) * Number(b);
      const rounded = formatDecimal(quotient, decimals(a), 'round');
      if (a === rounded || (ctx.options.rounding !== 'round' && a === formatDecimal(quotient, decimals(a), 'truncate'))) continue;
      const expectedA = ctx.options.rounding === 'truncate' ? formatDecimal(quotient, decimals(a), 'truncate') : rounded;
      const end = sentence.start + m.index! + m[0].length;
      ctx.report({
        messageId: 'mismatch',
        data: {
          name: `${name}比`,
          expected: `${expectedA}${colon}${b}`,
          division: `${shown(first)}÷${shown(second)}`,
          actual: tree.source.text.slice(end - (a + colon + b).length, end),
        },
        start,
        end,
      });
    }
  }
}
