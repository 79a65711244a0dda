/** Reads UTF-16 code units back as a string, in the platform's byte order (a Uint16Array's). */
const unitDecoder = new TextDecoder(new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 'utf-16le' : 'utf-16be', { ignoreBOM: true });

/**
 * The string of the first `length` code units. A TextDecoder copies them at memory speed but
 * would replace a lone surrogate with U+FFFD, so `wellFormed` says there is none; otherwise
 * String.fromCharCode takes them as they are, a chunk at a time.
 */
export function stringOfUnits(units: Uint16Array, length: number, wellFormed: boolean): string {
  if (wellFormed) return unitDecoder.decode(units.subarray(0, length));
  let result = '';
  for (let from = 0; from < length; from += 8192) {
    result += String.fromCharCode.apply(null, units.subarray(from, Math.min(length, from + 8192)) as unknown as number[]);
  }
  return result;
}
