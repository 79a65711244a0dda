import { errorsOnly } from '../results.js';
import type { FileResult } from '../results.js';
import { getFileRenderer } from './index.js';

/**
 * What a worker thread needs to format the files it lints. For a format whose text for a file
 * depends on that file alone, the thread renders it and only that string crosses back: copying every
 * finding to the main thread (structured clone, ~390,000 findings for the benchmark's 2,000 reports)
 * and formatting it there cost the main thread more than a second of CPU, which bounds a run on many
 * cores, and made one thread slower than linting in-process.
 */
export interface RenderRequest {
  format: string;
  quiet: boolean;
  /** Formats that show paths show them relative to it. */
  cwd: string;
}

export type FileRenderer = (result: FileResult, cwd: string) => string;

/**
 * The result as it crosses back: the counts of every message (before --quiet), the text of those
 * shown, no messages. Unchanged for a format that cannot render one file on its own.
 *
 * The text crosses as UTF-8 bytes, not as a string: bytes are held outside the main thread's heap,
 * where a file's string (tens of KB of findings) waiting for its turn to be written outlived the young
 * generation and was collected only with the old one. Measured over the benchmark corpus with two
 * threads: 241–262 MB at peak with bytes, 287–297 MB with strings.
 */
export function renderInThread(result: FileResult, request: RenderRequest): FileResult {
  const render = getFileRenderer(request.format);
  if (!render) return result;
  const shown = request.quiet ? errorsOnly(result) : result;
  return { ...result, messages: [], rendered: Buffer.from(render(shown, request.cwd)) };
}
