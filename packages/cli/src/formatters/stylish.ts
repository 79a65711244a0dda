import { relative } from 'node:path';
import { VFile } from 'vfile';
import { reporter } from 'vfile-reporter';
import type { FileResult } from '../results.js';
import type { Formatter } from './types.js';

function toVFile(result: FileResult, cwd: string): VFile {
  const file = new VFile({ path: result.filePath.startsWith('<') ? result.filePath : relative(cwd, result.filePath) });
  for (const m of result.messages) {
    const message = file.message(m.message, {
      place: { start: { line: m.line, column: m.column }, end: { line: m.endLine, column: m.endColumn } },
      ...(m.ruleId !== null ? { ruleId: m.ruleId } : {}),
      source: 'reportlint',
    });
    // vfile's `fatal` is its severity: true shows as an error, false as a warning.
    message.fatal = m.severity === 2;
  }
  return file;
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/** "By rule: a 3, b 1" — rules with errors first, then by count. */
function ruleSummary(results: FileResult[]): string | undefined {
  const counts = new Map<string, { errors: number; total: number }>();
  for (const m of results.flatMap((r) => r.messages)) {
    if (m.ruleId === null) continue;
    const count = counts.get(m.ruleId) ?? { errors: 0, total: 0 };
    count.total++;
    if (m.severity === 2) count.errors++;
    counts.set(m.ruleId, count);
  }
  if (counts.size === 0) return undefined;
  const rows = [...counts].sort(
    ([a, x], [b, y]) => Number(y.errors > 0) - Number(x.errors > 0) || y.total - x.total || (a < b ? -1 : 1),
  );
  return `By rule: ${rows.map(([id, { total }]) => `${id} ${total}`).join(', ')}`;
}

function fixableSummary(results: FileResult[]): string | undefined {
  const errors = results.reduce((n, r) => n + r.fixableErrorCount, 0);
  const warnings = results.reduce((n, r) => n + r.fixableWarningCount, 0);
  if (errors + warnings === 0) return undefined;
  return `${plural(errors, 'error')} and ${plural(warnings, 'warning')} potentially fixable with the \`--fix\` option.`;
}

/**
 * vfile-reporter's layout (the one remark and textlint users know): files with findings only,
 * then the totals, how many are fixable and a count per rule.
 */
export const stylish: Formatter = (results, { cwd, color }) => {
  const report = reporter(results.map((r) => toVFile(r, cwd)), { color, quiet: true });
  const extra = [fixableSummary(results), ruleSummary(results)].filter((line) => line !== undefined);
  return [report, ...extra].filter(Boolean).join('\n');
};
