import { randomBytes } from 'node:crypto';
import { open, realpath, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import iconv from 'iconv-lite';
import type { Source } from '@reportlint/parser';

/** WHATWG labels (what decodeSource records) → iconv-lite names. */
const ICONV_NAMES: Record<string, string> = {
  'utf-8': 'utf8',
  'utf-16le': 'utf16le',
  'utf-16be': 'utf16be',
  gb18030: 'gb18030',
};

const BOMS: Record<string, number[]> = {
  'utf-8': [0xef, 0xbb, 0xbf],
  'utf-16le': [0xff, 0xfe],
  'utf-16be': [0xfe, 0xff],
};

/** Encodes text back into the source's encoding, with its BOM if it had one. */
export function encodeText(text: string, source: Pick<Source, 'encoding' | 'bom'>): Uint8Array {
  const name = ICONV_NAMES[source.encoding];
  if (!name) throw new Error(`cannot encode ${source.encoding}`);
  const body = iconv.encode(text, name);
  const bom = source.bom ? (BOMS[source.encoding] ?? []) : [];
  const out = new Uint8Array(bom.length + body.length);
  out.set(bom);
  out.set(body, bom.length);
  return out;
}

/**
 * Whether re-encoding the decoded text reproduces the original bytes. All supported encodings map
 * each character to fixed bytes, so when the whole file round-trips, every character a fix leaves
 * alone is written back byte for byte. A few GB18030 sequences decode and encode asymmetrically
 * (0x80 → € → A2 E3); such files are not rewritten.
 */
export function roundTrips(source: Source, bytes: Uint8Array): boolean {
  const again = encodeText(source.text, source);
  return again.length === bytes.length && again.every((byte, i) => byte === bytes[i]);
}

/** A hidden, unused name in the directory of `path`: same filesystem, so renaming it over `path` is atomic. */
export function tempPathBeside(path: string): string {
  return join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.reportlint-tmp`);
}

/**
 * Replaces the file in one step: the bytes go to a temporary file in the same directory (same
 * filesystem, so the rename is atomic) which then takes the original's place. A crash leaves
 * either the old file or the new one, never half of each. Symbolic links are followed, mode kept.
 */
export async function writeFileAtomic(path: string, bytes: Uint8Array): Promise<void> {
  const target = await realpath(path);
  const { mode } = await stat(target);
  const temp = tempPathBeside(target);
  const handle = await open(temp, 'wx', mode);
  try {
    await handle.writeFile(bytes);
    await handle.sync();
    await handle.close();
    await rename(temp, target);
  } catch (error) {
    await handle.close().catch(() => undefined);
    await unlink(temp).catch(() => undefined);
    throw error;
  }
}
