import type { ConfigProblem } from '@reportlint/core';

/** Where problems about `--rule` and `--locale` are said to come from. */
export const COMMAND_LINE = 'command line';

/** A configuration problem and where it is: the config file (with a position for syntax errors) or the command line. */
export interface LoadProblem extends ConfigProblem {
  file: string;
  line?: number;
  column?: number;
}

/** `<file>[:line:col]: <key>: <message> (<suggestion>)`; the key is left out for whole-file problems. */
export function formatProblem(problem: LoadProblem): string {
  const where = problem.line === undefined ? problem.file : `${problem.file}:${problem.line}:${problem.column ?? 1}`;
  const key = problem.key ? `${problem.key}: ` : '';
  const suggestion = problem.suggestion ? ` (${problem.suggestion})` : '';
  return `${where}: ${key}${problem.message}${suggestion}`;
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
