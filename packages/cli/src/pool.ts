import Tinypool from 'tinypool';
import { errorMessage } from './io-error.js';
import type { LintTask } from './lint-file.js';
import { shownName } from './paths.js';
import { problemResult, timedOutMessage } from './results.js';
import type { FileResult } from './results.js';

/**
 * Worker threads that lint files. Each task gets its own time limit, counted from when it starts:
 * the scheduler never hands the pool more tasks than it has threads. A task that runs out of time,
 * or whose thread dies, is reported for its file; the thread is replaced and the others go on.
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
      return problemResult(task.path, `Cannot lint ${shown}: the linting thread crashed: ${errorMessage(error)}`);
    }
  }

  async close(): Promise<void> {
    await this.pool.destroy();
  }
}
