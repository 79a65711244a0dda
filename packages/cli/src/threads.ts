import { availableParallelism } from 'node:os';

/**
 * When `--concurrency auto` lints in one thread per core: with at least 3 cores, from 1,600 files
 * divided by the number of cores (never fewer than 200) — 534 files on 3 cores, 400 on 4, 200 on 8 or more.
 *
 * Each thread loads the bundled engine (~0.1 s) and runs it slowly until its JIT has warmed up; for
 * json and github output it renders its files itself, so the main thread only writes text
 * (formatters/render.ts). Measured on the benchmark corpus (packages/bench) on 2 cores, bundled: one
 * thread 10–15 % slower than in-process over 2,000 reports (medians of 6 alternating runs, 4.9 s vs
 * 4.3 s; 250 MB vs 175 MB); two threads as fast over 2,000 (4.3–6.0 s vs 3.7–6.2 s) and faster over
 * 6,000 (12.6 s vs 15.9 s), with a third more CPU (V8's collector and compiler threads already use the
 * second core) and 340–380 MB, over the 300 MB a reviewer's run may take. With their heaps capped to stay
 * under it (pool.ts), two threads over 2,000 reports took 6.5–6.8 s against 6.6 s in-process. With more cores the gain per
 * file is larger and the break-even comes sooner. In-process runs keep --timeout-per-file too
 * (lint-file.ts `lintInProcess`), so threads are only a matter of speed and memory.
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
