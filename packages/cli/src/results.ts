import type { LintMessage, LintResult } from '@reportlint/core';
import { reportFacts } from './report-facts.js';
import type { ReportFacts } from './report-facts.js';

/** One file's findings: what every formatter receives (ESLint's result, without the parse tree). */
export interface FileResult {
  filePath: string;
  messages: LintMessage[];
  errorCount: number;
  warningCount: number;
  fixableErrorCount: number;
  fixableWarningCount: number;
  /** Messages that make the run exit 2: the file could not be read or linted, a rule crashed. */
  fatalErrorCount: number;
  /**
   * This file's text in the run's format, UTF-8, made in the worker thread that linted it (see
   * `formatters/render.ts`): then `messages` is empty and only these bytes crossed back to the main
   * thread. The counts are those of every message, before --quiet.
   */
  rendered?: Uint8Array;
  /** What the summary matrix shows about the report; absent when the file could not be linted. Not part of the JSON output. */
  report?: ReportFacts;
  /** With TIMING: milliseconds by rule id and for the parser (core's `Timings`, as plain data for the thread boundary). Not part of the JSON output. */
  timings?: Record<string, number>;
}

function counted(filePath: string, messages: LintMessage[]): FileResult {
  const result: FileResult = { filePath, messages, errorCount: 0, warningCount: 0, fixableErrorCount: 0, fixableWarningCount: 0, fatalErrorCount: 0 };
  for (const m of messages) {
    if (m.fatal) result.fatalErrorCount++;
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
  return { ...counted(filePath, [...extra, ...result.messages]), report: reportFacts(result) };
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

/** `--quiet`: errors only, counts redone (as ESLint does). A result rendered in a worker thread already shows errors only. */
export function errorsOnly(result: FileResult): FileResult {
  if (result.rendered !== undefined) return result;
  const kept = counted(
    result.filePath,
    result.messages.filter((m) => m.severity === 2),
  );
  return result.report ? { ...kept, report: result.report } : kept;
}

/** The message for a file that ran past --timeout-per-file, in a thread or in-process. */
export function timedOutMessage(shown: string, ms: number): string {
  return `Cannot lint ${shown}: timed out after ${ms / 1000} s (--timeout-per-file)`;
}
