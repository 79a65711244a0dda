import type { Sentence } from './types.js';

const TERMINATORS = new Set(['。', '！', '？', '!', '?', '\n', '\r']);
const CLOSERS = new Set(['”', '’', '」', '』', ')', '）', '"', "'"]);

/** Sentences of `normalized` between two offsets: ends after 。！？ (and closing quotes) or a line break. */
export function splitSentences(normalized: string, start: number, end: number): Sentence[] {
  const out: Sentence[] = [];
  let from = start;
  for (let i = start; i < end; i++) {
    const ch = normalized[i]!;
    if (!TERMINATORS.has(ch)) continue;
    let stop = i + 1;
    if (ch !== '\n' && ch !== '\r') while (stop < end && CLOSERS.has(normalized[stop]!)) stop++;
    push(normalized, from, ch === '\n' || ch === '\r' ? i : stop, out);
    from = stop;
    i = stop - 1;
  }
  push(normalized, from, end, out);
  return out;
}

function push(normalized: string, start: number, end: number, out: Sentence[]): void {
  while (start < end && /\s/.test(normalized[start]!)) start++;
  while (end > start && /\s/.test(normalized[end - 1]!)) end--;
  if (end > start) out.push({ start, end, text: normalized.slice(start, end) });
}
