import Tinypool from 'tinypool';
import { errorMessage } from './io-error.js';
import { lintInProcess } from './lint-file.js';
import type { LintTask } from './lint-file.js';
import { shownName } from './paths.js';
import { problemResult, timedOutMessage } from './results.js';
import type { FileResult } from './results.js';

/**
 * Each thread's V8 heap, capped. A thread's heap grows with its garbage, not with what it keeps (the
 * live heap stays near 20 MB over any corpus), so without a cap two threads took 343–355 MB over the
 * benchmark corpus; capped, 256–267 MB, under the 300 MB a reviewer's run may take (packages/cli/README.md,
 * "Memory"). The old generation's cap is a hard limit: a file too large for it
 * is linted again in the main thread, whose heap is not capped (see {@link LintPool.run}).
 */
const THREAD_HEAP = { maxYoungGenerationSizeMb: 24, maxOldGenerationSizeMb: 128 };

/**
 * Worker threads that lint files. Each task gets its own time limit, counted from when it starts:
 * the scheduler never hands the pool more tasks than it has threads. A task that runs out of time,
 * or whose thread dies, is reported for its file; the thread is replaced and the others go on. A
 * task whose thread runs out of its capped heap is linted in-process instead.
 */
export class LintPool {
  private readonly pool: Tinypool;

  constructor(
    readonly threads: number,
    private readonly timeoutMs: number,
  ) {
    this.pool = new Tinypool({
      filename: new URL('./worker.js', import.meta.url).href,
      name: 'lintInWorker',
      minThreads: threads,
      maxThreads: threads,
      // Measured: waking threads through Atomics made each task slower here, so plain messages it is.
      useAtomics: false,
      resourceLimits: THREAD_HEAP,
    });
    // A thread that dies between tasks (an uncaught error after its file was reported) is replaced; nothing to report.
    this.pool.on('error', () => undefined);
  }

  /**
   * Lints several files in one round trip. If the batch fails or takes longer than one file may,
   * each file is run again on its own, so the time limit and any crash are attributed to the right file.
   */
  async runAll(tasks: LintTask[]): Promise<FileResult[]> {
    if (tasks.length === 0) return [];
    if (tasks.length === 1) return [await this.run(tasks[0]!)];
    try {
      return (await this.pool.run(tasks, { signal: AbortSignal.timeout(this.timeoutMs) })) as FileResult[];
    } catch {
      const results: FileResult[] = [];
      for (const task of tasks) results.push(await this.run(task));
      return results;
    }
  }

  async run(task: LintTask): Promise<FileResult> {
    const shown = shownName(task.path, task.config.cwd);
    const signal = AbortSignal.timeout(this.timeoutMs);
    try {
      return ((await this.pool.run([task], { signal })) as FileResult[])[0]!;
    } catch (error) {
      if (signal.aborted) return problemResult(task.path, timedOutMessage(shown, this.timeoutMs));
      if ((error as { code?: unknown }).code === 'ERR_WORKER_OUT_OF_MEMORY') return (await lintInProcess([task], this.timeoutMs))[0]!;
      return problemResult(task.path, `Cannot lint ${shown}: the linting thread crashed: ${errorMessage(error)}`);
    }
  }

  async close(): Promise<void> {
    await this.pool.destroy();
  }
}
