import { isMainThread } from 'node:worker_threads';
import { loadConfig } from '@reportlint/config';
import type { LoadConfigOptions, LoadedConfig } from '@reportlint/config';
import { lint, lintAndFix } from '@reportlint/core';
import type { Source } from '@reportlint/parser';
import type { RenderRequest } from './formatters/render.js';
import { describeIoError, errorMessage } from './io-error.js';
import { shownName } from './paths.js';
import { readSourceFile } from './read.js';
import type { ReadResult } from './read.js';
import { fileMessage, fromLint, problemResult } from './results.js';
import type { FileResult } from './results.js';
import { encodeText, roundTrips, writeFileAtomic } from './write.js';

/** How to find a file's configuration: everything but the file itself. Plain data, so a worker thread can receive it. */
export type ConfigRequest = Omit<LoadConfigOptions, 'filePath'>;

/** One file to lint (and with `fix`, to fix in place): plain data, the same in-process and in a worker thread. */
export interface LintTask {
  /** Absolute path; for standard input, the name given by --stdin-filename or `<stdin>`. */
  path: string;
  /** Where configuration is looked for: the path itself, or cwd/<stdin> for standard input. */
  configPath: string;
  fix: boolean;
  config: ConfigRequest;
  /** In a worker thread: format the result there and send back text instead of findings. */
  render?: RenderRequest;
}

/**
 * Reads, lints and with --fix rewrites one file; never throws. The configuration is assumed usable:
 * the caller has checked it (and printed its problems) before handing the file over.
 */
export async function lintFile(task: LintTask, read: () => ReadResult | Promise<ReadResult> = () => readSourceFile(task.path)): Promise<FileResult> {
  const shown = shownName(task.path, task.config.cwd);
  try {
    const loaded = await loadConfig({ ...task.config, filePath: task.configPath });
    const input = await read();
    if (!input.ok) return problemResult(task.path, `Cannot lint ${shown}: ${input.cause}`);
    return await lintSource(task.path, shown, input, loaded, task.fix);
  } catch (error) {
    // A parser bug on one odd draft must not cost the report on all the others.
    return problemResult(task.path, `Cannot lint ${shown}: internal error: ${errorMessage(error)}`);
  }
}

/**
 * Runs the rules. In a worker thread, process.exit() would end the thread silently and leave the task
 * hanging until its timeout: while rules run, it throws instead, and the rule's crash is reported.
 */
function guarded<T>(run: () => T): T {
  if (isMainThread) return run();
  const exit = process.exit;
  process.exit = ((code?: number) => {
    throw new Error(`process.exit(${code ?? ''}) called while linting`);
  }) as typeof process.exit;
  try {
    return run();
  } finally {
    process.exit = exit;
  }
}

async function lintSource(path: string, shown: string, { source, bytes }: { source: Source; bytes: Uint8Array }, loaded: LoadedConfig, fix: boolean): Promise<FileResult> {
  if (!fix) return fromLint(path, guarded(() => lint(source, loaded.config)));
  const { output, result } = guarded(() => lintAndFix(source, loaded.config));
  if (output === source.text) return fromLint(path, result);
  if (!roundTrips(source, bytes)) {
    const refused = fileMessage(`Cannot fix ${shown}: its ${source.encoding} bytes would not be written back unchanged`);
    return fromLint(path, guarded(() => lint(source, loaded.config)), [refused]);
  }
  try {
    await writeFileAtomic(path, encodeText(output, source));
  } catch (error) {
    const failed = fileMessage(`Cannot write ${shown}: ${describeIoError(error)}`);
    return fromLint(path, guarded(() => lint(source, loaded.config)), [failed]);
  }
  return fromLint(path, result);
}
