import type { Eol, Source, SourceFormat } from './types.js';
import { stringOfUnits } from './units.js';

/** Larger drafts are refused up front: no report comes near this, and decoding it would stall an editor. */
export const MAX_BYTES = 50 * 1024 * 1024;

export type DecodeFailure = 'empty' | 'binary' | 'encoding' | 'too-large';

/** Bytes that cannot be linted as a report; `reason` lets fronts word their own message. */
export class DecodeError extends Error {
  constructor(
    readonly reason: DecodeFailure,
    message: string,
  ) {
    super(message);
    this.name = 'DecodeError';
  }
}

export interface DecodeOptions {
  path?: string;
  format?: SourceFormat;
}

interface Bom {
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be';
  length: number;
}

function detectBom(bytes: Uint8Array): Bom | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return undefined;
}

/** How much of the start is sampled for control characters; binary formats show themselves early. */
const SAMPLE = 64 * 1024;
const CONTROL_RATIO = 0.1;

/** C0 controls and DEL other than tab, line feed, form feed and carriage return never occur in a draft. */
function isControl(code: number): boolean {
  return (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0c && code !== 0x0d) || code === 0x7f;
}

/** A character `isControl` accepts, found natively in a decoded text. */
const CONTROL = /[\x00-\x08\x0b\x0e-\x1f\x7f]/;

// Bytes and text have their own loop: a code-reading callback per byte cost more than the test.
function mostlyControlBytes(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, SAMPLE);
  let controls = 0;
  for (let i = 0; i < n; i++) if (isControl(bytes[i]!)) controls++;
  return n > 0 && controls / n > CONTROL_RATIO;
}

/** Text in UTF-8 or GB18030 never contains a NUL byte, nor many control bytes. */
function looksBinary(body: Uint8Array): boolean {
  return body.includes(0) || mostlyControlBytes(body);
}

/** Control bytes of `decodeUtf8`'s lookup: a flag per ASCII byte. */
const CONTROL_BYTE = Uint8Array.from({ length: 0x80 }, (_, b) => (isControl(b) ? 1 : 0));

function mostlyControlText(text: string): boolean {
  const n = Math.min(text.length, SAMPLE);
  let controls = 0;
  for (let i = 0; i < n; i++) if (isControl(text.charCodeAt(i))) controls++;
  return n > 0 && controls / n > CONTROL_RATIO;
}

interface Decoded {
  text: string;
  /** Whether the text has a control character (NUL included); undefined when the decoder did not look. */
  control?: boolean;
}

/** Decoders by encoding, reused from file to file; one that failed is dropped, never reused. */
const decoders = new Map<string, TextDecoder>();

/** UTF-16 code units of `decodeUtf8`, reused from file to file. */
let units = new Uint16Array(1 << 16);

/**
 * What TextDecoder('utf-8', { fatal: true, ignoreBOM: true }) returns, or undefined where it
 * throws: only well-formed sequences (Unicode table 3-7: no overlong forms, no surrogates, nothing
 * above U+10FFFF, none cut off). On Chinese drafts this is twice as fast as TextDecoder's UTF-8.
 */
function decodeUtf8(bytes: Uint8Array): Decoded | undefined {
  const n = bytes.length;
  if (units.length < n) units = new Uint16Array(n);
  const out = units;
  let j = 0;
  let control = 0;
  for (let i = 0; i < n; ) {
    const b0 = bytes[i]!;
    if (b0 < 0x80) {
      out[j++] = b0;
      control |= CONTROL_BYTE[b0]!;
      i++;
    } else if (b0 < 0xc2) {
      return undefined; // a continuation byte, or an overlong two-byte form
    } else if (b0 < 0xe0) {
      const b1 = bytes[i + 1]!;
      if (i + 1 >= n || (b1 & 0xc0) !== 0x80) return undefined;
      out[j++] = ((b0 & 0x1f) << 6) | (b1 & 0x3f);
      i += 2;
    } else if (b0 < 0xf0) {
      // E0 needs A0–BF next (else overlong), ED needs 80–9F (else a surrogate).
      const b1 = bytes[i + 1]!;
      const b2 = bytes[i + 2]!;
      if (i + 2 >= n || b1 < (b0 === 0xe0 ? 0xa0 : 0x80) || b1 > (b0 === 0xed ? 0x9f : 0xbf) || (b2 & 0xc0) !== 0x80) return undefined;
      out[j++] = ((b0 & 0x0f) << 12) | ((b1 & 0x3f) << 6) | (b2 & 0x3f);
      i += 3;
    } else if (b0 < 0xf5) {
      // F0 needs 90–BF next (else overlong), F4 needs 80–8F (else above U+10FFFF).
      const b1 = bytes[i + 1]!;
      const b2 = bytes[i + 2]!;
      const b3 = bytes[i + 3]!;
      if (i + 3 >= n || b1 < (b0 === 0xf0 ? 0x90 : 0x80) || b1 > (b0 === 0xf4 ? 0x8f : 0xbf) || (b2 & 0xc0) !== 0x80 || (b3 & 0xc0) !== 0x80) {
        return undefined;
      }
      const above = (((b0 & 0x07) << 18) | ((b1 & 0x3f) << 12) | ((b2 & 0x3f) << 6) | (b3 & 0x3f)) - 0x10000;
      out[j++] = 0xd800 + (above >> 10);
      out[j++] = 0xdc00 + (above & 0x3ff);
      i += 4;
    } else {
      return undefined;
    }
  }
  // Well-formed UTF-8 gives no lone surrogate.
  return { text: stringOfUnits(out, j, true), control: control !== 0 };
}

function tryDecode(encoding: string, bytes: Uint8Array): Decoded | undefined {
  if (encoding === 'utf-8') return decodeUtf8(bytes);
  // ignoreBOM keeps a second U+FEFF in the text, so writing back reproduces the bytes.
  const decoder = decoders.get(encoding) ?? new TextDecoder(encoding, { fatal: true, ignoreBOM: true });
  try {
    const text = decoder.decode(bytes);
    decoders.set(encoding, decoder);
    return { text };
  } catch {
    decoders.delete(encoding);
    return undefined;
  }
}

function decodeText(body: Uint8Array, bom: Bom | undefined): Decoded & { encoding: string } {
  if (bom) {
    const decoded = tryDecode(bom.encoding, body);
    if (decoded === undefined) {
      throw new DecodeError('encoding', `file is not valid ${bom.encoding.toUpperCase()} despite its byte order mark`);
    }
    return { encoding: bom.encoding, ...decoded };
  }
  for (const encoding of ['utf-8', 'gb18030']) {
    const decoded = tryDecode(encoding, body);
    if (decoded !== undefined) return { encoding, ...decoded };
  }
  throw new DecodeError('encoding', 'file is neither valid UTF-8 nor GB18030 text');
}

/** The most frequent line ending; '\n' when there is none. */
export function dominantEol(text: string): Eol {
  // Counted by jumping from break to break: the lines of a draft are long.
  let crlf = 0;
  let cr = 0;
  for (let i = text.indexOf('\r'); i !== -1; i = text.indexOf('\r', i + 1)) {
    if (text.charCodeAt(i + 1) === 10) crlf++;
    else cr++;
  }
  if (crlf === 0 && cr === 0) return '\n';
  let lf = -crlf; // the \n of each \r\n is not a line ending of its own
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lf++;
  if (crlf > lf && crlf >= cr) return '\r\n';
  if (cr > lf && cr > crlf) return '\r';
  return '\n';
}

const MB = 1024 * 1024;

/** Shared with fronts that refuse a file by its size before reading it. */
export function tooLargeMessage(size: number): string {
  return `file is too large: ${size} bytes, more than the ${MAX_BYTES / MB} MB limit`;
}

export function formatFromPath(path: string | undefined): SourceFormat {
  return path !== undefined && /\.(md|markdown)$/i.test(path) ? 'md' : 'txt';
}

/**
 * Turns a file's bytes into a `Source`: BOM first (UTF-8, UTF-16LE/BE), else strict UTF-8,
 * else strict GB18030 (which covers GBK and GB2312, the encodings of older government drafts).
 * Uses only TextDecoder, so it runs in browsers too.
 */
export function decodeSource(bytes: Uint8Array, opts: DecodeOptions = {}): Source {
  if (bytes.length > MAX_BYTES) {
    throw new DecodeError('too-large', tooLargeMessage(bytes.length));
  }
  if (bytes.length === 0) throw new DecodeError('empty', 'file is empty');

  const bom = detectBom(bytes);
  const body = bom ? bytes.subarray(bom.length) : bytes;
  const utf16 = bom !== undefined && bom.encoding !== 'utf-8';
  // Binary or not: UTF-16 (only read with a BOM) by its text; UTF-8 and GB18030 by their bytes,
  // looked at only when decoding fails or the decoded text gives a reason to.
  let decoded: Decoded & { encoding: string };
  try {
    decoded = decodeText(body, bom);
  } catch (error) {
    // Binary bytes are reported as binary, not as an encoding error.
    if (!utf16 && looksBinary(body)) throw new DecodeError('binary', 'file looks binary, not a text draft');
    throw error;
  }
  const { encoding, text } = decoded;
  // Valid UTF-8 and GB18030 encode every character below U+0080 as that byte alone, and no other
  // character with such a byte: a text without control characters (NUL is one) had no NUL or
  // control byte, and its bytes need no second look.
  const binary = utf16 ? text.includes('\0') || mostlyControlText(text) : (decoded.control ?? CONTROL.test(text)) && looksBinary(body);
  if (binary) throw new DecodeError('binary', 'file looks binary, not a text draft');
  if (text.trim() === '') throw new DecodeError('empty', 'file is empty (only whitespace)');

  return {
    ...(opts.path !== undefined ? { path: opts.path } : {}),
    text,
    format: opts.format ?? formatFromPath(opts.path),
    encoding,
    bom: bom !== undefined,
    eol: dominantEol(text),
  };
}
