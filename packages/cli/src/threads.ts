import { availableParallelism } from 'node:os';

/**
 * When `--concurrency auto` lints in one thread per core: with at least 3 cores, from 1,600 files
 * divided by the number of cores (never fewer than 200) — 534 files on 3 cores, 400 on 4, 200 on 8 or more.
 *
 * Each thread loads the bundled engine (~0.1 s) and runs it slowly until its JIT has warmed up; for
 * json and github output it renders its files itself, so the main thread only writes text
 * (formatters/render.ts). Measured on the benchmark corpus (packages/bench), 2,000 reports on 2 cores,
 * bundled, medians of 6 alternating runs: in-process 4.3 s and 175 MB, one thread 4.9 s and 250 MB,
 * two threads no faster than in-process with a third more CPU (V8's collector and compiler threads
 * already use the second core) and 320–350 MB, over the 300 MB a reviewer's run may take. With more
 * cores the gain per file is larger and the break-even comes sooner. In-process runs keep
 * --timeout-per-file too (time-limit.ts), so threads are only a matter of speed.
 */
export function parallelMinFiles(cores: number): number {
  return cores < 3 ? Infinity : Math.max(200, Math.ceil(1600 / cores));
}

/** How many worker threads to lint `files` files with; 0 means in-process. */
export function chooseThreads(concurrency: 'auto' | 'off' | number, files: number, cores = availableParallelism()): number {
  if (concurrency === 'off' || files === 0) return 0;
  if (typeof concurrency === 'number') return Math.min(concurrency, files);
  return files >= parallelMinFiles(cores) ? Math.min(cores, files) : 0;
}
