import { Script } from 'node:vm';

/** Where the guarded function waits for the script below to call it. */
const SLOT = Symbol.for('reportlint.timeLimited');
/** Compiled once: it only calls what `withTimeLimit` parked in the slot. */
const CALL = new Script(`globalThis[Symbol.for('reportlint.timeLimited')]()`, { filename: 'reportlint-time-limit' });

/** Thrown when `run` took longer than its limit. */
export class TimeLimitError extends Error {
  constructor(readonly ms: number) {
    super(`timed out after ${ms} ms`);
  }
}

/**
 * Runs `run` (synchronous) on this thread under node:vm's watchdog, which stops it after `ms`
 * milliseconds wherever it is — a loop in a plugin's rule, a regular expression backtracking without
 * end — and throws TimeLimitError: how the CLI keeps --timeout-per-file without a worker thread, and
 * the language server never hangs on one document. The watchdog starts a thread per call (0.1–0.6 ms
 * measured on a 2-core machine). Execution is terminated, so no `finally` of the stopped code runs:
 * what it leaves behind must be per call (the rules keep per-tree state only).
 */
export function withTimeLimit<T>(run: () => T, ms: number): T {
  const slot = globalThis as unknown as Record<symbol, (() => T) | undefined>;
  slot[SLOT] = run;
  try {
    return CALL.runInThisContext({ timeout: ms }) as T;
  } catch (error) {
    if ((error as NodeJS.ErrnoException | undefined)?.code === 'ERR_SCRIPT_EXECUTION_TIMEOUT') throw new TimeLimitError(ms);
    throw error;
  } finally {
    slot[SLOT] = undefined;
  }
}
