import { availableParallelism } from 'node:os';

/**
 * When `--concurrency auto` lints in worker threads: with at least 3 cores, from 1,600 files divided
 * by the number of cores (never fewer than 200) — 534 files on 3 cores, 400 on 4, 200 on 8 or more.
 *
 * Each thread loads the parser and rules anew and runs them slowly until its JIT has warmed up (about
 * 1.5 s of CPU), and each file's findings are copied back to the main thread. Measured on the benchmark
 * corpus (packages/bench) on 2 cores, `--concurrency 2` against in-process: 50 files 1.3–1.6 s vs 1.0 s,
 * 400 files 3.0–3.2 s vs 1.7–1.9 s, 2,000 files 5.6 s vs 6.1 s, 6,000 files 16.5 s vs 14.3 s, with
 * about twice the memory (354–365 MB vs 191–197 MB, over the 300 MB a reviewer's run may take): on
 * 2 cores in-process is as fast, since V8's collector and compiler threads already use the second
 * core. With more cores the gain per file is larger and the break-even
 * comes sooner. Runs that stay in-process cannot enforce --timeout-per-file; giving it explicitly
 * asks for at least one thread.
 */
export function parallelMinFiles(cores: number): number {
  return cores < 3 ? Infinity : Math.max(200, Math.ceil(1600 / cores));
}

/** How many worker threads to lint `files` files with; 0 means in-process. */
export function chooseThreads(concurrency: 'auto' | 'off' | number, files: number, timeoutGiven: boolean, cores = availableParallelism()): number {
  if (concurrency === 'off' || files === 0) return 0;
  if (typeof concurrency === 'number') return Math.min(concurrency, files);
  // Only a worker thread can be stopped: an explicit --timeout-per-file gets at least one.
  if (files < parallelMinFiles(cores)) return timeoutGiven ? 1 : 0;
  return Math.min(cores, files);
}
