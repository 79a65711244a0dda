import { availableParallelism } from 'node:os';

/** More files than this make a batch: it lints in worker threads, so --timeout-per-file holds for each file. */
export const BATCH_MIN_FILES = 50;

/**
 * When `--concurrency auto` lints in one thread per core: with at least 3 cores, from 1,600 files
 * divided by the number of cores (never fewer than 200) — 534 files on 3 cores, 400 on 4, 200 on 8 or more.
 *
 * Each thread loads the bundled engine (~0.1 s) and runs it slowly until its JIT has warmed up; the
 * main thread only writes the text the threads rendered (formatters/render.ts). Measured on the
 * benchmark corpus (packages/bench) on 2 cores, bundled, as wall time against in-process:
 * one thread 0.75 s vs 0.6 s for 50 files, 1.8 s vs 1.7 s for 400, within 2–5 % for 2,000 (236 MB
 * vs 175 MB peak); two threads used a third more CPU than in-process for 2,000 files (V8's collector
 * and compiler threads already use the second core) and 320–330 MB, over the 300 MB a reviewer's run may
 * take. With more cores the gain per file is larger and the break-even comes sooner.
 */
export function parallelMinFiles(cores: number): number {
  return cores < 3 ? Infinity : Math.max(200, Math.ceil(1600 / cores));
}

/**
 * How many worker threads to lint `files` files with; 0 means in-process. Only a thread can be stopped
 * when a file runs past --timeout-per-file: a batch always gets at least one (it costs a few per cent),
 * and so does a small run that gives the time limit explicitly. A few files stay in-process, where
 * starting a thread would be a quarter of the run.
 */
export function chooseThreads(concurrency: 'auto' | 'off' | number, files: number, timeoutGiven: boolean, cores = availableParallelism()): number {
  if (concurrency === 'off' || files === 0) return 0;
  if (typeof concurrency === 'number') return Math.min(concurrency, files);
  if (files >= parallelMinFiles(cores)) return Math.min(cores, files);
  return files > BATCH_MIN_FILES || timeoutGiven ? 1 : 0;
}
