import { isMainThread } from 'node:worker_threads';
import { TimeLimitError, loadConfig, withTimeLimit } from '@reportlint/config';
import type { LoadConfigOptions, LoadedConfig } from '@reportlint/config';
import { lint, lintAndFix } from '@reportlint/core';
import type { LintResult, Timings } from '@reportlint/core';
import type { Source } from '@reportlint/parser';
import type { RenderRequest } from './formatters/render.js';
import { describeIoError, errorMessage } from './io-error.js';
import { shownName } from './paths.js';
import { readSourceFile } from './read.js';
import type { ReadResult } from './read.js';
import { fileMessage, fromLint, problemResult, timedOutMessage } from './results.js';
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
  /** Time the parser and each rule (TIMING): the result carries the milliseconds. */
  timing?: boolean;
}

/** A file read and configured, ready for the rules. */
interface Ready {
  task: LintTask;
  shown: string;
  loaded: LoadedConfig;
  source: Source;
  bytes: Uint8Array;
}

/** What the rules gave: the findings, with --fix the fixed text, with TIMING the time each took. */
type Ruled = { result: LintResult; output?: string; timings?: Timings };

type Read = () => ReadResult | Promise<ReadResult>;

/** Runs synchronous work under the file's time limit (or, in a pool's thread, with process.exit trapped). */
type Limit = <T>(run: () => T) => T;

/** Configuration and text of one file, or the result that says why it cannot be linted. */
async function prepare(task: LintTask, read: Read): Promise<Ready | FileResult> {
  const shown = shownName(task.path, task.config.cwd);
  try {
    const loaded = await loadConfig({ ...task.config, filePath: task.configPath });
    const input = await read();
    if (!input.ok) return problemResult(task.path, `Cannot lint ${shown}: ${input.cause}`);
    return { task, shown, loaded, source: input.source, bytes: input.bytes };
  } catch (error) {
    return internalError(task, error);
  }
}

function internalError(task: LintTask, error: unknown): FileResult {
  // A parser bug on one odd draft must not cost the report on all the others.
  return problemResult(task.path, `Cannot lint ${shownName(task.path, task.config.cwd)}: internal error: ${errorMessage(error)}`);
}

function isReady(p: Ready | FileResult): p is Ready {
  return 'loaded' in p;
}

/** The parser and the rules, synchronous: what a time limit stops. */
function runRules({ task, loaded, source }: Ready): Ruled {
  const timings: Timings | undefined = task.timing ? new Map() : undefined;
  // A Word document is never written: its findings are those of its text as it stands.
  const fix = task.fix && source.origin !== 'docx';
  const ruled: Ruled = fix ? lintAndFix(source, loaded.config, timings) : { result: lint(source, loaded.config, timings) };
  return timings ? { ...ruled, timings } : ruled;
}

/** With --fix, writes the fixed text; either way, the file's result. */
async function finish(ready: Ready, { result, output }: Ruled, limit: Limit): Promise<FileResult> {
  const { task, shown, loaded, source, bytes } = ready;
  const { path } = task;
  if (task.fix && source.origin === 'docx' && result.messages.some((m) => m.fix)) {
    // As for any file --fix cannot write back (below): the findings stand, and the run exits 2.
    return fromLint(path, result, [fileMessage(`Cannot fix ${shown}: fixes are never written to a Word document; make them in Word`)]);
  }
  if (output === undefined || output === source.text) return fromLint(path, result);
  // The findings of the text as it stays on disk.
  const unfixed = (notice: string) => fromLint(path, limit(() => lint(source, loaded.config)), [fileMessage(notice)]);
  if (!roundTrips(source, bytes)) return unfixed(`Cannot fix ${shown}: its ${source.encoding} bytes would not be written back unchanged`);
  try {
    await writeFileAtomic(path, encodeText(output, source));
  } catch (error) {
    return unfixed(`Cannot write ${shown}: ${describeIoError(error)}`);
  }
  return fromLint(path, result);
}

/**
 * In a pool's worker thread (whose pool keeps the time limit), process.exit() would end the thread
 * silently and leave the task hanging until its timeout: while rules run, it throws instead, and the
 * rule's crash is reported.
 */
function exitTrapped<T>(run: () => T): T {
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

/** The file's result once the rules have run (or been stopped); never throws. */
async function settle(ready: Ready, rules: () => Ruled, limit: Limit): Promise<FileResult> {
  try {
    const ruled = rules();
    const result = await finish(ready, ruled, limit);
    return ruled.timings ? { ...result, timings: Object.fromEntries(ruled.timings) } : result;
  } catch (error) {
    if (error instanceof TimeLimitError) return problemResult(ready.task.path, timedOutMessage(ready.shown, error.ms));
    return internalError(ready.task, error);
  }
}

/**
 * Reads, lints and with --fix rewrites one file; never throws. The configuration is assumed usable:
 * the caller has checked it (and printed its problems) before handing the file over. With
 * `timeoutMs` (standard input, in-process), the rules run under that time limit; without it (a
 * pool's worker thread), the pool keeps the limit.
 */
export async function lintFile(task: LintTask, read: Read = () => readSourceFile(task.path), timeoutMs?: number): Promise<FileResult> {
  const ready = await prepare(task, read);
  if (!isReady(ready)) return ready;
  const limit: Limit = timeoutMs === undefined ? exitTrapped : (run) => withTimeLimit(run, timeoutMs);
  return settle(ready, () => limit(() => runRules(ready)), limit);
}

/**
 * Lints several files in-process, each under --timeout-per-file. node:vm's watchdog starts a thread
 * per guarded call, measured at 0.4–0.6 ms on this project's 2-core machine (a tenth of a report's
 * lint time), so one call guards a batch. When it stops the batch, the file it was on is reported as
 * timed out only if it had the whole limit to itself (it was the first of the call, or ran that long);
 * otherwise the files before it had used up the time, and the batch goes on from that file with a
 * fresh limit. So every file gets its full limit, and an ordinary batch costs one watchdog.
 */
export async function lintInProcess(tasks: LintTask[], timeoutMs: number): Promise<FileResult[]> {
  const prepared = await Promise.all(tasks.map((task) => prepare(task, () => readSourceFile(task.path))));
  const ruled: Array<Ruled | undefined> = [];
  const stopped: Array<FileResult | undefined> = [];
  let next = 0;
  while (next < prepared.length) {
    const first = next;
    // Written by the guarded loop, read after it was stopped: the file it was on, and since when.
    let current = first;
    let startedAt = 0;
    try {
      withTimeLimit(() => {
        for (; current < prepared.length; current++) {
          const p = prepared[current]!;
          if (!isReady(p)) continue;
          startedAt = performance.now();
          try {
            ruled[current] = runRules(p);
          } catch (error) {
            stopped[current] = internalError(p.task, error);
          }
        }
      }, timeoutMs);
      next = prepared.length;
    } catch (error) {
      if (!(error instanceof TimeLimitError)) throw error;
      const p = prepared[current];
      const done = p === undefined || !isReady(p) || ruled[current] !== undefined || stopped[current] !== undefined;
      if (!done && (current === first || performance.now() - startedAt >= timeoutMs)) {
        stopped[current] = problemResult(p.task.path, timedOutMessage(p.shown, timeoutMs));
        next = current + 1;
      } else {
        next = done ? current + 1 : current;
      }
    }
  }
  const limit: Limit = (run) => withTimeLimit(run, timeoutMs);
  return Promise.all(prepared.map((p, i) => (isReady(p) ? (stopped[i] ?? settle(p, () => ruled[i]!, limit)) : p)));
}
