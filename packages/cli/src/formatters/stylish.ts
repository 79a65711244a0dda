import { VFile } from 'vfile';
import { reporter } from 'vfile-reporter';
import type { LintMessage } from '@reportlint/core';
import { shownName } from '../paths.js';
import { plural } from '../plural.js';
import type { FileResult } from '../results.js';
import type { StreamFormatter } from './types.js';

interface Paint {
  red: string;
  yellow: string;
  reset: string;
}

const COLORS: Paint = { red: '\u001B[31m', yellow: '\u001B[33m', reset: '\u001B[39m' };
const PLAIN: Paint = { red: '', yellow: '', reset: '' };

/** vfile-reporter's closing line ("3 messages (✖ 1 error, ⚠ 2 warnings)"). */
function byline(errors: number, warnings: number, p: Paint): string {
  const parts = [
    ...(errors ? [`${p.red}✖${p.reset} ${plural(errors, 'error')}`] : []),
    ...(warnings ? [`${p.yellow}⚠${p.reset} ${plural(warnings, 'warning')}`] : []),
  ];
  const line = parts.join(', ');
  return errors && warnings ? `${errors + warnings} messages (${line})` : line;
}

/** vfile-reporter's block for some of a file's messages (its closing count line left out). */
function report(path: string, messages: LintMessage[], color: boolean): string {
  const file = new VFile({ path });
  // A VFileMessage is an Error, and each would capture a stack trace that vfile-message then
  // empties: that was a fifth of the time of a large stylish report.
  const stackTraceLimit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    for (const m of messages) {
      const message = file.message(m.message, {
        place: { start: { line: m.line, column: m.column }, end: { line: m.endLine, column: m.endColumn } },
        ...(m.ruleId !== null ? { ruleId: m.ruleId } : {}),
        source: 'reportlint',
      });
      // vfile's `fatal` is its severity: true shows as an error, false as a warning.
      message.fatal = m.severity === 2;
    }
  } finally {
    Error.stackTraceLimit = stackTraceLimit;
  }
  const text = reporter([file], { color, quiet: true });
  const end = text.lastIndexOf('\n\n');
  return end === -1 ? text : text.slice(0, end);
}

/**
 * One file's block, by vfile-reporter itself (the layout remark and textlint users know): the
 * path, then aligned columns of place, severity, message, rule and source. Errors come first, so a
 * draft with hundreds of punctuation warnings still shows its outline and figure errors at a glance;
 * vfile-reporter sorts by place, so errors and warnings are laid out as two runs under one path.
 */
function block(result: FileResult, cwd: string, color: boolean): string {
  const path = shownName(result.filePath, cwd);
  const errors = result.messages.filter((m) => m.severity === 2);
  const warnings = result.messages.filter((m) => m.severity !== 2);
  if (errors.length === 0 || warnings.length === 0) return report(path, result.messages, color);
  const rest = report(path, warnings, color);
  return `${report(path, errors, color)}\n${rest.slice(rest.indexOf('\n') + 1)}`;
}

/**
 * vfile-reporter's layout (the one remark and textlint users know): files with findings only, each
 * as it is done, then the totals, how many are fixable and a count per rule (rules with errors first).
 */
export const stylish: StreamFormatter = ({ cwd, color }) => {
  const p = color ? COLORS : PLAIN;
  let errors = 0;
  let warnings = 0;
  let fixableErrors = 0;
  let fixableWarnings = 0;
  let printed = false;
  const byRule = new Map<string, { errors: number; total: number }>();
  return {
    file: (result) => {
      errors += result.errorCount;
      warnings += result.warningCount;
      fixableErrors += result.fixableErrorCount;
      fixableWarnings += result.fixableWarningCount;
      for (const m of result.messages) {
        if (m.ruleId === null) continue;
        const count = byRule.get(m.ruleId) ?? { errors: 0, total: 0 };
        count.total++;
        if (m.severity === 2) count.errors++;
        byRule.set(m.ruleId, count);
      }
      if (result.messages.length === 0) return '';
      const text = `${printed ? '\n\n' : ''}${block(result, cwd, color)}`;
      printed = true;
      return text;
    },
    end: () => {
      if (!printed) return '';
      const lines = [`\n\n${byline(errors, warnings, p)}`];
      if (fixableErrors + fixableWarnings > 0) {
        lines.push(`${plural(fixableErrors, 'error')} and ${plural(fixableWarnings, 'warning')} potentially fixable with the \`--fix\` option.`);
      }
      if (byRule.size > 0) {
        const rows = [...byRule].sort(([a, x], [b, y]) => Number(y.errors > 0) - Number(x.errors > 0) || y.total - x.total || (a < b ? -1 : 1));
        lines.push(`By rule: ${rows.map(([id, { total }]) => `${id} ${total}`).join(', ')}`);
      }
      return lines.join('\n');
    },
  };
};
