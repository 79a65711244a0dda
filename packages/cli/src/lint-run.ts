import { readFile } from 'node:fs/promises';
import { loadConfig } from '@reportlint/config';
import type { LoadedConfig } from '@reportlint/config';
import { configHash, contentHash } from './cache.js';
import type { LintCache } from './cache.js';
import type { RenderRequest } from './formatters/render.js';
import { forEachInOrder } from './in-order.js';
import { lintInProcess } from './lint-file.js';
import type { ConfigRequest, LintTask } from './lint-file.js';
import { LintPool } from './pool.js';
import type { FileResult } from './results.js';
import { chooseThreads } from './threads.js';

/**
 * Files linted per batch. A worker thread gets one batch per message: one round trip per file cost a
 * fifth of the throughput (measured on the benchmark corpus, 2 threads: 11.3 s with 1 file a task,
 * 9.4 s with 8). In-process, one time-limit watchdog guards a batch (lint-file.ts `lintInProcess`).
 */
const FILES_PER_BATCH = 8;

export interface RunSettings {
  config: ConfigRequest;
  fix: boolean;
  concurrency: 'auto' | 'off' | number;
  timeoutMs: number;
  cache?: LintCache;
  /** The report's format, when it can be rendered file by file in worker threads (formatters/render.ts). */
  render?: RenderRequest;
  /** Time the parser and each rule in every file (TIMING). */
  timing?: boolean;
  /** Called with the number of files before linting starts; returns what to call as each one finishes. */
  onStart?: (total: number, threads: number) => ((result: FileResult | undefined) => void) | undefined;
}

async function hashOf(path: string): Promise<string | undefined> {
  try {
    return contentHash(await readFile(path));
  } catch {
    // Unreadable: linting it reports why.
    return undefined;
  }
}

/** A file after the main thread's look at it: skipped (its configuration is broken), answered from the cache, or to lint. */
type Prepared =
  | { kind: 'skip' }
  | { kind: 'cached'; result: FileResult }
  | { kind: 'lint'; task: LintTask; config: string; content?: string };

function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/**
 * Lints files in-process or in worker threads (see `chooseThreads`) and hands each file's findings
 * and summary facts (never its tree) to `emit`, in the given order, as soon as the files before it
 * are done. `accept` sees each file's configuration first; a file whose configuration it refuses is skipped.
 */
export async function lintFiles(
  files: string[],
  settings: RunSettings,
  accept: (loaded: LoadedConfig) => boolean,
  emit: (result: FileResult) => void | Promise<void>,
): Promise<void> {
  const threads = chooseThreads(settings.concurrency, files.length);
  const pool = threads > 0 ? new LintPool(threads, settings.timeoutMs) : undefined;
  const tick = settings.onStart?.(files.length, threads);
  const { cache } = settings;
  // The cache keeps findings, not text: with it, threads send the findings.
  const render = pool && !cache ? settings.render : undefined;

  const prepare = async (path: string): Promise<Prepared> => {
    const loaded = await loadConfig({ ...settings.config, filePath: path });
    if (!accept(loaded)) return { kind: 'skip' };
    const task: LintTask = {
      path,
      configPath: path,
      fix: settings.fix,
      config: settings.config,
      ...(render ? { render } : {}),
      ...(settings.timing ? { timing: true } : {}),
    };
    if (!cache) return { kind: 'lint', task, config: '' };
    const config = configHash(loaded.config);
    const content = await hashOf(path);
    if (content === undefined) return { kind: 'lint', task, config };
    const hit = cache.get(path, content, config);
    // With --fix, a cached file with fixable findings is linted again so they get fixed.
    if (hit && !(settings.fix && hit.messages.some((m) => m.fix))) return { kind: 'cached', result: hit };
    return { kind: 'lint', task, config, content };
  };

  const lintBatch = async (paths: string[]): Promise<Array<FileResult | undefined>> => {
    const prepared = await Promise.all(paths.map(prepare));
    const todo = prepared.flatMap((p) => (p.kind === 'lint' ? [p] : []));
    const tasks = todo.map((p) => p.task);
    const linted = pool ? await pool.runAll(tasks) : await lintInProcess(tasks, settings.timeoutMs);
    const results = prepared.map((p) => (p.kind === 'skip' ? undefined : p.kind === 'cached' ? p.result : linted[todo.indexOf(p)]!));
    if (cache) {
      for (const [i, p] of todo.entries()) {
        if (p.content === undefined) continue;
        const after = settings.fix ? await hashOf(p.task.path) : p.content;
        if (after !== undefined) cache.set(p.task.path, after, p.config, linted[i]!);
      }
    }
    for (const result of results) tick?.(result);
    return results;
  };

  try {
    // In-process, one batch after the other (reads are synchronous). With threads, two batches per
    // thread: the next one waits in the pool's queue while the main thread writes the last.
    await forEachInOrder(chunks(files, FILES_PER_BATCH), pool ? threads * 2 : 1, lintBatch, async (results) => {
      for (const result of results) if (result) await emit(result);
    });
  } finally {
    await pool?.close();
  }
}
