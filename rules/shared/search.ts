/**
 * `find(from)` — the first place at or after `from` where something stands in a text, the text's length when
 * none — remembered: asked again for an offset between the one searched from and the place found, it answers
 * without searching. A walk through the blocks of a report in order, each asking where the next such thing is,
 * then reads the text once instead of once for each block up to the next place (which may lie far on).
 */
export function rememberedSearch(find: (from: number) => number): (from: number) => number {
  let searchedFrom = Infinity;
  let found = -1;
  return (from) => {
    if (!(searchedFrom <= from && from <= found)) {
      searchedFrom = from;
      found = find(from);
    }
    return found;
  };
}

/** The first place at or after `from` where `word` is written in `text`; the text's length when none. */
export function indexFrom(text: string, word: string, from: number): number {
  const at = text.indexOf(word, from);
  return at === -1 ? text.length : at;
}
