import { setImmediate as nextTurn } from 'node:timers/promises';
import { lintFile } from './lint-file.js';
import type { LintTask } from './lint-file.js';
import type { FileResult } from './results.js';

/**
 * The task a pool thread runs, for a few files at a time: the same function as in-process; only the
 * findings travel back, never the tree. It answers one turn of the event loop later, so an error a plugin left behind for this
 * file (a rejected promise, a throwing callback) takes the thread down while this file is still its
 * task, and is reported for this file rather than for the next one.
 */
export async function lintInWorker(tasks: LintTask[]): Promise<FileResult[]> {
  const results: FileResult[] = [];
  for (const task of tasks) results.push(await lintFile(task));
  await nextTurn();
  return results;
}
