import type { Sentence } from './types.js';

// Character codes: this runs over every paragraph of every report, so no string sets.
const FULL_STOP = 0x3002; // 。
const BANG = 0x21; // ! (！ is folded to it in the normalized view)
const QUESTION = 0x3f; // ?
const LF = 0x0a;
const CR = 0x0d;
const CLOSERS = new Set([0x201d, 0x2019, 0x300d, 0x300f, 0x29, 0xff09, 0x22, 0x27]); // ” ’ 」 』 ) ） " '
const isSpace = (c: number) => c === 0x20 || c === 0x09 || c === LF || c === CR || c === 0x3000 || c === 0xa0;

/** Where a sentence ends: 。!? (the normalized view has folded ！？) and line breaks. */
export const isSentenceEnd = (c: number): boolean => c === FULL_STOP || c === BANG || c === QUESTION || c === LF || c === CR;

/** Sentences of `normalized` between two offsets: ends after 。！？ (and closing quotes) or a line break. */
export function splitSentences(normalized: string, start: number, end: number): Sentence[] {
  return sentencesUpTo(normalized, start, end, Infinity);
}

/** The first sentence between two offsets, as `splitSentences` cuts it, without cutting the rest. */
export function firstSentence(normalized: string, start: number, end: number): Sentence | undefined {
  return sentencesUpTo(normalized, start, end, 1)[0];
}

function sentencesUpTo(normalized: string, start: number, end: number, limit: number): Sentence[] {
  const out: Sentence[] = [];
  let from = start;
  for (let i = start; i < end && out.length < limit; i++) {
    const c = normalized.charCodeAt(i);
    if (c === LF || c === CR) {
      push(normalized, from, i, out);
      from = i + 1;
    } else if (c === FULL_STOP || c === BANG || c === QUESTION) {
      let stop = i + 1;
      while (stop < end && CLOSERS.has(normalized.charCodeAt(stop))) stop++;
      push(normalized, from, stop, out);
      from = stop;
      i = stop - 1;
    }
  }
  if (out.length < limit) push(normalized, from, end, out);
  return out;
}

function push(normalized: string, start: number, end: number, out: Sentence[]): void {
  while (start < end && isSpace(normalized.charCodeAt(start))) start++;
  while (end > start && isSpace(normalized.charCodeAt(end - 1))) end--;
  if (end > start) out.push({ start, end, text: normalized.slice(start, end) });
}

/**
 * The sentence around an offset, exactly as `splitSentences` would cut it, without splitting the
 * whole text: for callers that need the sentences of a few places only (figures).
 */
export function sentenceAround(normalized: string, offset: number): Sentence {
  let k = offset - 1;
  while (k >= 0 && !isSentenceEnd(normalized.charCodeAt(k))) k--;
  let start = k + 1;
  const afterBreak = k >= 0 && (normalized.charCodeAt(k) === LF || normalized.charCodeAt(k) === CR);
  if (k >= 0 && !afterBreak) while (start < offset && CLOSERS.has(normalized.charCodeAt(start))) start++;
  let u = offset;
  while (u < normalized.length && !isSentenceEnd(normalized.charCodeAt(u))) u++;
  let end = u;
  if (u < normalized.length && normalized.charCodeAt(u) !== LF && normalized.charCodeAt(u) !== CR) {
    end = u + 1;
    while (end < normalized.length && CLOSERS.has(normalized.charCodeAt(end))) end++;
  }
  while (start < end && isSpace(normalized.charCodeAt(start))) start++;
  while (end > start && isSpace(normalized.charCodeAt(end - 1))) end--;
  return { start, end, text: normalized.slice(start, end) };
}
