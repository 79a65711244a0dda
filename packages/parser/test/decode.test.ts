import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DecodeError, MAX_BYTES, decodeSource, dominantEol } from '@reportlint/parser';

const SEEDS = join(import.meta.dirname, '../../../test/fixtures/seeds');
const seeds = readdirSync(SEEDS)
  .filter((name) => name.endsWith('.txt'))
  .map((name) => ({ name, text: readFileSync(join(SEEDS, name), 'utf8') }));

function utf16(text: string, littleEndian: boolean): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2);
  const view = new DataView(bytes.buffer);
  view.setUint16(0, 0xfeff, littleEndian);
  for (let i = 0; i < text.length; i++) view.setUint16(2 + i * 2, text.charCodeAt(i), littleEndian);
  return bytes;
}

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const BOM8 = new Uint8Array([0xef, 0xbb, 0xbf]);

function failure(bytes: Uint8Array): DecodeError {
  try {
    decodeSource(bytes);
  } catch (error) {
    if (error instanceof DecodeError) return error;
    throw error;
  }
  throw new Error('decodeSource accepted the bytes');
}

describe('decodeSource', () => {
  it.each(seeds)('decodes seed $name as UTF-8 without a BOM', ({ text }) => {
    const source = decodeSource(utf8(text), { path: 'report.txt' });
    expect(source).toEqual({ path: 'report.txt', text, format: 'txt', encoding: 'utf-8', bom: false, eol: '\n' });
  });

  it('strips and records a UTF-8 BOM', () => {
    const text = seeds[0]!.text;
    const source = decodeSource(concat(BOM8, utf8(text)));
    expect(source.text).toBe(text);
    expect(source).toMatchObject({ encoding: 'utf-8', bom: true });
  });

  it.each([
    ['utf-16le', true],
    ['utf-16be', false],
  ] as const)('decodes %s with a BOM', (encoding, littleEndian) => {
    const text = seeds[1]!.text; // Traditional Chinese
    const source = decodeSource(utf16(text, littleEndian));
    expect(source.text).toBe(text);
    expect(source).toMatchObject({ encoding, bom: true });
  });

  it('falls back to GB18030 for GBK bytes, including four-byte sequences', () => {
    // "法治政府建设年度报告\r\n一、主要举措\r\n𠀀" as GB18030 (iconv-lite's output; the CLI tests round-trip whole seeds).
    const bytes = new Uint8Array([
      0xb7, 0xa8, 0xd6, 0xce, 0xd5, 0xfe, 0xb8, 0xae, 0xbd, 0xa8, 0xc9, 0xe8, 0xc4, 0xea, 0xb6, 0xc8, 0xb1, 0xa8,
      0xb8, 0xe6, 0x0d, 0x0a, 0xd2, 0xbb, 0xa1, 0xa2, 0xd6, 0xf7, 0xd2, 0xaa, 0xbe, 0xd9, 0xb4, 0xeb, 0x0d, 0x0a,
      0x95, 0x32, 0x82, 0x36,
    ]);
    const source = decodeSource(bytes);
    expect(source).toMatchObject({
      text: '法治政府建设年度报告\r\n一、主要举措\r\n𠀀',
      encoding: 'gb18030',
      bom: false,
      eol: '\r\n',
    });
  });

  it('keeps CRLF line endings in the text and records them', () => {
    const text = seeds[2]!.text.replace(/\n/g, '\r\n');
    const source = decodeSource(utf8(text));
    expect(source.text).toBe(text);
    expect(source.eol).toBe('\r\n');
  });

  it('takes the format from the option, else from the extension', () => {
    const bytes = utf8('# 报告\n');
    expect(decodeSource(bytes, { path: 'a/b.md' }).format).toBe('md');
    expect(decodeSource(bytes, { path: 'a/b.MARKDOWN' }).format).toBe('md');
    expect(decodeSource(bytes, { path: 'a/b.txt' }).format).toBe('txt');
    expect(decodeSource(bytes).format).toBe('txt');
    expect(decodeSource(bytes, { path: 'a/b.txt', format: 'md' }).format).toBe('md');
  });

  it('rejects empty and whitespace-only files', () => {
    expect(failure(new Uint8Array()).reason).toBe('empty');
    expect(failure(utf8(' \r\n\t\u3000\n')).reason).toBe('empty');
    expect(failure(BOM8).reason).toBe('empty');
  });

  it('rejects binary files: NUL bytes without a UTF-16 BOM, or mostly control characters', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    expect(failure(png).reason).toBe('binary');
    expect(failure(utf8('报告\u0001\u0002\u0003\u0004\u0005')).reason).toBe('binary');
    const nulInUtf16 = utf16('报告\0\0\0\0', true);
    expect(failure(nulInUtf16).reason).toBe('binary');
  });

  it('rejects bytes that are neither UTF-8 nor GB18030', () => {
    const error = failure(new Uint8Array([0x61, 0xff, 0x62, 0x0a]));
    expect(error.reason).toBe('encoding');
    expect(error.message).toBe('file is neither valid UTF-8 nor GB18030 text');
  });

  it('rejects a UTF-16 file whose body is cut in half a code unit', () => {
    const bytes = utf16('报告', true).subarray(0, 5);
    expect(failure(bytes).reason).toBe('encoding');
  });

  it(`rejects files over MAX_BYTES (${MAX_BYTES}) before looking at them`, () => {
    const error = failure(new Uint8Array(MAX_BYTES + 1));
    expect(error.reason).toBe('too-large');
    expect(error.message).toBe(`file is too large: ${MAX_BYTES + 1} bytes, more than the 50 MB limit`);
  });
});

describe('dominantEol', () => {
  it('picks the most frequent line ending', () => {
    expect(dominantEol('a')).toBe('\n');
    expect(dominantEol('a\r\nb\r\nc\n')).toBe('\r\n');
    expect(dominantEol('a\rb\rc\n')).toBe('\r');
    expect(dominantEol('a\nb\r\n')).toBe('\n');
  });
});
