import { DecodeError } from './decode-error.js';

/**
 * Word documents among the bytes handed to the decoder, told by their first bytes rather than by
 * their names, so that a .docx renamed .doc, or piped to standard input, is still read as one:
 * - a zip archive is an Office Open XML document (.docx, what Word and WPS save today);
 * - an OLE2 compound file is a Word 97-2003 .doc, an old WPS .wps, or a password-protected .docx
 *   (Office encrypts the whole package into one), none of which this reads;
 * - anything else named .doc or .wps (an RTF or HTML page Word saved under that name) is refused too,
 *   rather than linted as text full of markup.
 */

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const COMPOUND_FILE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((byte, i) => bytes[i] === byte);
}

/** The name of the stream Office keeps an encrypted package in, as a compound file's directory writes it (UTF-16LE). */
const ENCRYPTED_PACKAGE = new Uint8Array([...'EncryptedPackage'].flatMap((c) => [c.charCodeAt(0), 0]));

function includes(bytes: Uint8Array, needle: Uint8Array): boolean {
  const first = needle[0]!;
  for (let i = bytes.indexOf(first); i !== -1 && i + needle.length <= bytes.length; i = bytes.indexOf(first, i + 1)) {
    let j = 1;
    while (j < needle.length && bytes[i + j] === needle[j]) j++;
    if (j === needle.length) return true;
  }
  return false;
}

function extension(path: string | undefined): string {
  return /\.([^./\\]+)$/.exec(path ?? '')?.[1]?.toLowerCase() ?? '';
}

function oldFormatCause(ext: string): string {
  return ext === 'wps'
    ? 'WPS document (.wps) in the old binary format, which cannot be read: save it as .docx'
    : 'Word 97-2003 document (.doc), which cannot be read: save it as .docx';
}

/** 'docx' for a zip archive; 'text' for what the text decoder should try; throws for the Word formats that cannot be read. */
export function sniffWordFormat(bytes: Uint8Array, path: string | undefined): 'docx' | 'text' {
  if (startsWith(bytes, ZIP)) return 'docx';
  const ext = extension(path);
  if (startsWith(bytes, COMPOUND_FILE)) {
    if (includes(bytes, ENCRYPTED_PACKAGE)) {
      throw new DecodeError('word-format', 'password-protected Word document, which cannot be read: remove the password in Word and save again');
    }
    throw new DecodeError('word-format', oldFormatCause(ext === 'docx' ? 'doc' : ext));
  }
  if (ext === 'doc' || ext === 'wps') throw new DecodeError('word-format', oldFormatCause(ext));
  if (ext === 'docx') throw new DecodeError('corrupt', 'not a readable .docx: not a zip archive');
  return 'text';
}
