import { isPseudoPath, shownPath } from '../paths.js';
import type { FileResult } from '../results.js';
import type { StreamFormatter } from './types.js';

/** Workflow-command data: what the runner would otherwise read as the end of the command. */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** A property value additionally must not contain the `:` and `,` that separate properties. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** One file's annotations: what a worker thread renders (see render.ts). */
export function githubFile(result: FileResult, cwd: string): string {
  const lines: string[] = [];
  const file = isPseudoPath(result.filePath) ? [] : [`file=${escapeProperty(shownPath(result.filePath, cwd))}`];
  for (const m of result.messages) {
    const props = [
      ...file,
      `line=${m.line}`,
      `col=${m.column}`,
      `endLine=${m.endLine}`,
      `endColumn=${m.endColumn}`,
      `title=${escapeProperty(m.ruleId ?? 'reportlint')}`,
    ];
    lines.push(`::${m.severity === 2 ? 'error' : 'warning'} ${props.join(',')}::${escapeData(m.message)}\n`);
  }
  return lines.join('');
}

/**
 * GitHub Actions workflow commands: one `::error` or `::warning` annotation per finding, shown on the
 * line in the pull request's diff. Paths are relative to the working directory (the checkout).
 */
export const github: StreamFormatter = ({ cwd }) => ({
  file: (result) => result.rendered ?? githubFile(result, cwd),
  end: () => '',
});
