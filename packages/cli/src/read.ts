import { readFileSync, statSync } from 'node:fs';
import { DecodeError, MAX_BYTES, decodeSource, tooLargeMessage } from '@reportlint/parser';
import type { Source } from '@reportlint/parser';
import { describeIoError } from './io-error.js';

/** The decoded draft plus its bytes, which `--fix` needs to prove it can write them back unchanged. */
export type ReadResult = { ok: true; source: Source; bytes: Uint8Array } | { ok: false; cause: string };

function decode(bytes: Uint8Array, path: string): ReadResult {
  try {
    return { ok: true, source: decodeSource(bytes, { path }), bytes };
  } catch (error) {
    if (error instanceof DecodeError) return { ok: false, cause: error.message };
    throw error;
  }
}

/**
 * Never throws for a bad file: the cause goes into the report and the other files go on.
 * Synchronous, as ESLint reads: a draft is read from the page cache in microseconds, while the
 * promise API's open, stat, read and close round trips through libuv's pool cost a seventh of a
 * corpus run and left the thread idle between them (measured on the benchmark corpus).
 */
export function readSourceFile(path: string): ReadResult {
  try {
    // Checked before reading, so a huge file is refused without loading it into memory.
    const { size } = statSync(path);
    if (size > MAX_BYTES) return { ok: false, cause: tooLargeMessage(size) };
    return decode(readFileSync(path), path);
  } catch (error) {
    return { ok: false, cause: describeIoError(error) };
  }
}

export async function readStream(stream: AsyncIterable<Uint8Array>, path: string): Promise<ReadResult> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for await (const chunk of stream) {
      size += chunk.length;
      if (size > MAX_BYTES) return { ok: false, cause: tooLargeMessage(size) };
      chunks.push(chunk);
    }
  } catch (error) {
    return { ok: false, cause: describeIoError(error) };
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.length;
  }
  return decode(bytes, path);
}
