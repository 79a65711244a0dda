import type { LintMessage } from '@reportlint/core';
import type { FileResult } from '../results.js';
import type { StreamFormatter } from './types.js';

/** Exactly the keys of ESLint's JSON message; offsets and message ids stay internal. */
function message(m: LintMessage) {
  return {
    ruleId: m.ruleId,
    severity: m.severity,
    message: m.message,
    line: m.line,
    column: m.column,
    endLine: m.endLine,
    endColumn: m.endColumn,
    // JSON.stringify leaves an undefined fix out; a spread of an optional one made a second object.
    fix: m.fix ? { range: m.fix.range, text: m.fix.text } : undefined,
  };
}

function result(r: FileResult) {
  return {
    filePath: r.filePath,
    messages: r.messages.map(message),
    errorCount: r.errorCount,
    warningCount: r.warningCount,
    fixableErrorCount: r.fixableErrorCount,
    fixableWarningCount: r.fixableWarningCount,
  };
}

/** One file's element of the JSON array: what a worker thread renders (see render.ts). */
export function jsonFile(r: FileResult): string {
  return JSON.stringify(result(r));
}

/** ESLint-compatible JSON, so tools that read `eslint -f json` read reportlint too; written file by file. */
export const json: StreamFormatter = () => {
  let first = true;
  return {
    file: (r) => {
      const separator = first ? '[' : ',';
      first = false;
      return r.rendered ? Buffer.concat([Buffer.from(separator), r.rendered]) : separator + jsonFile(r);
    },
    end: () => (first ? '[]' : ']'),
  };
};
