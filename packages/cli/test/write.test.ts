import { chmod, lstat, readdir, readFile, stat, symlink } from 'node:fs/promises';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeSource } from '@reportlint/parser';
import { encodeText, roundTrips, writeFileAtomic } from '../src/write.js';
import { seed, seedNames, tree } from './helpers.js';

const BOMS: Record<string, number[]> = { 'utf-8': [0xef, 0xbb, 0xbf], 'utf-16le': [0xff, 0xfe], 'utf-16be': [0xfe, 0xff] };
const ICONV: Record<string, string> = { 'utf-8': 'utf8', 'utf-16le': 'utf16le', 'utf-16be': 'utf16be', gb18030: 'gb18030' };

/** The file a user would have: text in an encoding, with or without BOM (built independently of write.ts). */
function fileBytes(text: string, encoding: string, bom: boolean): Uint8Array {
  return Uint8Array.from([...(bom ? BOMS[encoding]! : []), ...iconv.encode(text, ICONV[encoding]!)]);
}

const variants = [
  { encoding: 'utf-8', bom: false },
  { encoding: 'utf-8', bom: true },
  { encoding: 'utf-16le', bom: true },
  { encoding: 'utf-16be', bom: true },
  { encoding: 'gb18030', bom: false },
];
const cases = seedNames.flatMap((name, i) =>
  variants.flatMap((v) => [false, true].map((crlf) => ({ name: `${name} ${v.encoding}${v.bom ? '+BOM' : ''}${crlf ? ' CRLF' : ''}`, i, crlf, ...v }))),
);

describe('encodeText', () => {
  it.each(cases)('writes back $name byte for byte', async ({ i, crlf, encoding, bom }) => {
    const text = crlf ? (await seed(i)).replace(/\n/g, '\r\n') : await seed(i);
    const bytes = fileBytes(text, encoding, bom);
    const source = decodeSource(bytes, { path: 'r.txt' });
    expect(source).toMatchObject({ text, encoding, bom, eol: crlf ? '\r\n' : '\n' });
    expect(roundTrips(source, bytes)).toBe(true);
    expect(encodeText(source.text, source)).toEqual(bytes);
  });

  it.each(variants)('changes only the bytes of an edited span ($encoding, BOM $bom)', async ({ encoding, bom }) => {
    const text = (await seed(1)).replace(/\n/g, '\r\n');
    const bytes = fileBytes(text, encoding, bom);
    const source = decodeSource(bytes);
    const start = text.indexOf('，', 200);
    const edited = `${text.slice(0, start)}、依法${text.slice(start + 1)}`;
    const out = encodeText(edited, source);
    const head = fileBytes(text.slice(0, start), encoding, bom).length;
    const tail = bytes.length - head - iconv.encode('，', ICONV[encoding]!).length;
    expect(out.subarray(0, head)).toEqual(bytes.subarray(0, head));
    expect(out.subarray(out.length - tail)).toEqual(bytes.subarray(bytes.length - tail));
    expect(decodeSource(out).text).toBe(edited);
  });

  it('refuses GB18030 bytes that would not survive a round trip', () => {
    // 0x80 decodes to € but € encodes as A2 E3: rewriting would change bytes nobody edited.
    const bytes = Uint8Array.from([...iconv.encode('法治政府', 'gb18030'), 0x80, 0x0a]);
    const source = decodeSource(bytes);
    expect(source.encoding).toBe('gb18030');
    expect(roundTrips(source, bytes)).toBe(false);
  });
});

describe('writeFileAtomic', () => {
  it('replaces the content, keeps the mode and leaves no temporary file', async () => {
    const dir = await tree({ 'r.txt': 'old' });
    const file = join(dir, 'r.txt');
    await chmod(file, 0o640);
    await writeFileAtomic(file, new TextEncoder().encode('新'));
    expect(await readFile(file, 'utf8')).toBe('新');
    expect((await stat(file)).mode & 0o777).toBe(0o640);
    expect(await readdir(dir)).toEqual(['r.txt']);
  });

  it('writes through a symbolic link, leaving the link in place', async () => {
    const dir = await tree({ 'real.txt': 'old' });
    await symlink(join(dir, 'real.txt'), join(dir, 'link.txt'));
    await writeFileAtomic(join(dir, 'link.txt'), new TextEncoder().encode('new'));
    expect((await lstat(join(dir, 'link.txt'))).isSymbolicLink()).toBe(true);
    expect(await readFile(join(dir, 'real.txt'), 'utf8')).toBe('new');
  });

  it('creates nothing when the target is gone', async () => {
    const dir = await tree();
    await expect(writeFileAtomic(join(dir, 'gone.txt'), new Uint8Array([1]))).rejects.toThrow(/ENOENT/);
    expect(await readdir(dir)).toEqual([]);
  });
});
