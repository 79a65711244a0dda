import { setImmediate as nextTurn } from 'node:timers/promises';
import { renderInThread } from './formatters/render.js';
import { lintFile } from './lint-file.js';
import type { LintTask } from './lint-file.js';
import type { FileResult } from './results.js';

/**
 * The task a pool thread runs, for a few files at a time: the same function as in-process; only the
 * findings travel back (or, in a format that renders file by file, their text), never the tree. It answers one turn of the event loop later, so an error a plugin left behind for this
 * file (a rejected promise, a throwing callback) takes the thread down while this file is still its
 * task, and is reported for this file rather than for the next one.
 */
export async function lintInWorker(tasks: LintTask[]): Promise<FileResult[]> {
  const results: FileResult[] = [];
  for (const task of tasks) {
    const result = await lintFile(task);
    results.push(task.render ? renderInThread(result, task.render) : result);
  }
  await nextTurn();
  return results;
}
