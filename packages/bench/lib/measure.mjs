import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';

const POLL_MS = 10;

/** Peak resident set (VmHWM) of a live process, in bytes; 0 once it is gone. */
function peakRss(pid) {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

/**
 * Runs a command to completion as a whole process and returns its wall time and peak memory
 * (the kernel's high-water mark of its resident set, polled every 10 ms: it only grows, so the last
 * reading before exit is the peak up to then). Output is discarded.
 */
export function measure(command, args, options = {}) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe'], ...options });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    let peak = 0;
    const timer = setInterval(() => (peak = Math.max(peak, peakRss(child.pid))), POLL_MS);
    child.on('error', reject);
    child.on('exit', (code) => {
      clearInterval(timer);
      resolve({ seconds: (performance.now() - started) / 1000, peakBytes: peak, code, stderr });
    });
  });
}
