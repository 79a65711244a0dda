#!/usr/bin/env node
import { once } from 'node:events';
import { main } from './main.js';

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
