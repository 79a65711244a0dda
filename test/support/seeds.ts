import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Source } from '@reportlint/parser';

const SEEDS_DIR = join(import.meta.dirname, '..', 'fixtures', 'seeds');

/** The seed reports, by their three-digit prefix ('000' … '004'). */
export const seedFiles: Record<string, string> = Object.fromEntries(
  readdirSync(SEEDS_DIR)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => [f.slice(0, 3), join(SEEDS_DIR, f)]),
);

export function seedText(id: string): string {
  return readFileSync(seedFiles[id]!, 'utf8');
}

export function textSource(text: string, format: Source['format'] = 'txt'): Source {
  return { text, format, encoding: 'utf-8', bom: false, eol: text.includes('\r\n') ? '\r\n' : '\n' };
}
