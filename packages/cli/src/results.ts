import type { LintMessage, LintResult } from '@reportlint/core';

/** One file's findings: what every formatter receives (ESLint's result, without the parse tree). */
export interface FileResult {
  filePath: string;
  messages: LintMessage[];
  errorCount: number;
  warningCount: number;
  fixableErrorCount: number;
  fixableWarningCount: number;
}

function counted(filePath: string, messages: LintMessage[]): FileResult {
  const result: FileResult = { filePath, messages, errorCount: 0, warningCount: 0, fixableErrorCount: 0, fixableWarningCount: 0 };
  for (const m of messages) {
    if (m.severity === 2) {
      result.errorCount++;
      if (m.fix) result.fixableErrorCount++;
    } else {
      result.warningCount++;
      if (m.fix) result.fixableWarningCount++;
    }
  }
  return result;
}

export function fromLint(filePath: string, result: LintResult, extra: LintMessage[] = []): FileResult {
  return counted(filePath, [...extra, ...result.messages]);
}

/** A message about the file as a whole (unreadable, not fixable…), placed at 1:1 with no rule. */
export function fileMessage(message: string, severity: 1 | 2 = 2): LintMessage {
  return {
    ruleId: null,
    severity,
    message,
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 1,
    // Only errors are fatal: an ignored file (a warning) does not make the run exit 2.
    ...(severity === 2 ? { fatal: true as const } : {}),
    offset: 0,
    endOffset: 0,
  };
}

export function problemResult(filePath: string, message: string, severity: 1 | 2 = 2): FileResult {
  return counted(filePath, [fileMessage(message, severity)]);
}

/** `--quiet`: errors only, counts redone (as ESLint does). */
export function errorsOnly(result: FileResult): FileResult {
  return counted(
    result.filePath,
    result.messages.filter((m) => m.severity === 2),
  );
}
