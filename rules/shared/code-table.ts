/**
 * 1 at each of the given UTF-16 code units: a typed-array read per character, cheaper in the hot loops than
 * a Set's or a Map's lookup (64 KiB a table, made once per module).
 */
export function codeTable(codes: Iterable<number>): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (const c of codes) table[c] = 1;
  return table;
}
