import type { FileResult } from './results.js';

/**
 * `TIMING=1 reportlint …`, as in ESLint: after the run, a table of the slowest rules (and the parser)
 * on standard error, so a reviewer or a plugin's author sees where a large run's time goes. The
 * value says how many rows: `all`, a number above 10, or else 10.
 */
const DEFAULT_ROWS = 10;

/** How many rows TIMING asks for; undefined when it is unset or empty (no timing at all). */
export function timingRows(value: string | undefined): number | undefined {
  if (!value) return undefined;
  if (value.toLowerCase() === 'all') return Number.POSITIVE_INFINITY;
  const rows = Number.parseInt(value, 10);
  return rows > DEFAULT_ROWS ? rows : DEFAULT_ROWS;
}

/** The milliseconds of every linted file, summed by rule id (and the parser's key). */
export class TimingTotals {
  private readonly totals = new Map<string, number>();

  /** `rows`: how many of the slowest the table shows (see `timingRows`). */
  constructor(private readonly rows: number) {}

  add(result: FileResult): void {
    for (const [key, ms] of Object.entries(result.timings ?? {})) this.totals.set(key, (this.totals.get(key) ?? 0) + ms);
  }

  /** A Markdown table, slowest first: what ESLint prints, with the parser as a row of its own. */
  table(): string {
    const all = [...this.totals].sort((a, b) => b[1] - a[1]);
    const total = all.reduce((sum, [, ms]) => sum + ms, 0);
    const shown = all.slice(0, this.rows);
    const width = Math.max('Rule'.length, ...shown.map(([key]) => key.length));
    const lines = [
      `${'Rule'.padEnd(width)} | Time (ms) | Relative`,
      `:${'-'.repeat(width)}|----------:|--------:`,
      ...shown.map(([key, ms]) => `${key.padEnd(width)} | ${ms.toFixed(3).padStart(9)} | ${`${total > 0 ? ((ms / total) * 100).toFixed(1) : '0.0'}%`.padStart(8)}`),
    ];
    return `${lines.join('\n')}\n`;
  }
}
