/**
 * The first index in [0, length) at which `before` turns false, `before` being true for a prefix of
 * the indices and false for the rest (a binary search): where an offset falls among sorted spans,
 * lines or figures. `length` when it is true throughout.
 */
export function partitionPoint(length: number, before: (index: number) => boolean): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
