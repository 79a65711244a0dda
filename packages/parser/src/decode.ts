import { DecodeError } from './decode-error.js';
import { readDocx } from './docx.js';
import type { Eol, Source, SourceFormat } from './types.js';
import { sniffWordFormat } from './word-format.js';

export { DecodeError } from './decode-error.js';
export type { DecodeFailure } from './decode-error.js';

/** Larger drafts are refused up front: no report comes near this, and decoding it would stall an editor. */
export const MAX_BYTES = 50 * 1024 * 1024;

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

function mostlyControlText(text: string): boolean {
  const n = Math.min(text.length, SAMPLE);
  let controls = 0;
  for (let i = 0; i < n; i++) if (isControl(text.charCodeAt(i))) controls++;
  return n > 0 && controls / n > CONTROL_RATIO;
}

/** A decoded text with NULs or mostly C0 controls: a binary file opened as text (an editor's buffer, a UTF-16 file). */
export function looksBinaryText(text: string): boolean {
  return text.includes('\0') || mostlyControlText(text);
}

/** Decoders by encoding, reused from file to file; one that failed is dropped, never reused. */
const decoders = new Map<string, TextDecoder>();

function tryDecode(encoding: string, bytes: Uint8Array): string | undefined {
  // ignoreBOM keeps a second U+FEFF in the text, so writing back reproduces the bytes.
  const decoder = decoders.get(encoding) ?? new TextDecoder(encoding, { fatal: true, ignoreBOM: true });
  try {
    const text = decoder.decode(bytes);
    decoders.set(encoding, decoder);
    return text;
  } catch {
    decoders.delete(encoding);
    return undefined;
  }
}

function decodeText(body: Uint8Array, bom: Bom | undefined): { encoding: string; text: string } {
  if (bom) {
    const text = tryDecode(bom.encoding, body);
    if (text === undefined) {
      throw new DecodeError('encoding', `file is not valid ${bom.encoding.toUpperCase()} despite its byte order mark`);
    }
    return { encoding: bom.encoding, text };
  }
  for (const encoding of ['utf-8', 'gb18030']) {
    const text = tryDecode(encoding, body);
    if (text !== undefined) return { encoding, text };
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

/** A .docx's text as Word saves it as plain text (see docx.ts), linted as a .txt would be; never written back. */
function wordSource(bytes: Uint8Array, opts: DecodeOptions): Source {
  const text = readDocx(bytes);
  if (text.trim() === '') throw new DecodeError('empty', 'document has no text');
  return {
    ...(opts.path !== undefined ? { path: opts.path } : {}),
    text,
    format: 'txt',
    encoding: 'utf-8',
    bom: false,
    eol: '\n',
    origin: 'docx',
  };
}

/**
 * Turns a file's bytes into a `Source`: BOM first (UTF-8, UTF-16LE/BE), else strict UTF-8,
 * else strict GB18030 (which covers GBK and GB2312, the encodings of older government drafts).
 * A Word document (.docx) is read as the text Word saves it as; old binary Word and WPS files
 * (.doc, .wps) and password-protected documents are refused with their cause (see word-format.ts).
 * Runs in browsers too: TextDecoder, and pure-JavaScript unzip and XML libraries.
 */
export function decodeSource(bytes: Uint8Array, opts: DecodeOptions = {}): Source {
  if (bytes.length > MAX_BYTES) {
    throw new DecodeError('too-large', tooLargeMessage(bytes.length));
  }
  if (bytes.length === 0) throw new DecodeError('empty', 'file is empty');
  if (sniffWordFormat(bytes, opts.path) === 'docx') return wordSource(bytes, opts);

  const bom = detectBom(bytes);
  const body = bom ? bytes.subarray(bom.length) : bytes;
  const utf16 = bom !== undefined && bom.encoding !== 'utf-8';
  // Binary or not: UTF-16 (only read with a BOM) by its text; UTF-8 and GB18030 by their bytes,
  // looked at only when decoding fails or the decoded text gives a reason to.
  let decoded: { encoding: string; text: string };
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
  const binary = utf16 ? looksBinaryText(text) : CONTROL.test(text) && looksBinary(body);
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
