#!/usr/bin/env node
import { once } from 'node:events';
import { setFlagsFromString } from 'node:v8';
import { main } from './main.js';

// A run is short: most of it runs before V8's optimizing compiler has compiled the hot functions,
// and that compiler, on threads of its own, took a quarter of a run's CPU. Inlining less (a third of
// V8's default budget per function) makes each compilation cheaper, and the compiled code was not
// slower here: pass 1 of packages/bench/warmup.mjs 7.13 -> 6.62 CPU s, pass 2 4.71 -> 4.50 (medians
// of 3 alternating runs). Set before any of the linting code has run hot; threads share the flag.
setFlagsFromString('--max-inlined-bytecode-size-cumulative=300');

// `reportlint … | head`: the reader is gone, so there is nobody left to tell.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

process.exitCode = await main(process.argv.slice(2), {
  cwd: process.cwd(),
  // A pipe to a slower reader (jq, tee, ssh) is written asynchronously: waiting for it to drain keeps
  // a large report from piling up in memory.
  stdout: (text) => (process.stdout.write(text) ? undefined : once(process.stdout, 'drain').then(() => undefined)),
  stderr: (text) => process.stderr.write(text),
  stdin: process.stdin,
  color: process.stdout.isTTY === true && !('NO_COLOR' in process.env),
  stderrIsTTY: process.stderr.isTTY === true,
  stdoutIsTTY: process.stdout.isTTY === true,
  ...(process.env.TIMING !== undefined ? { timing: process.env.TIMING } : {}),
});
