import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeSource, normalizeText } from '@reportlint/parser';
import { builtinEntries } from '../rules/dist/terminology/index.js';
import { readExamples } from './support/rule-docs.js';

/**
 * terminology's anchors (anchor, anchorOffsets: terms.json's and the generated period-years.ts') are for speed only: an anchored entry is
 * tried only where its anchor allows, so every match of its pattern must have the anchor at an offset
 * in that range from its start, or the rule would miss it. Checked on every match of every anchored
 * entry in the rule's README examples and the fixtures' reports.
 */
const root = join(import.meta.dirname, '..');
// terms.json's entries and those made from its five-year periods, as the rule reads them.
const entries = builtinEntries;

function reports(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.(txt|md)$/.test(e.name))
    .map((e) => {
      const path = join(e.parentPath, e.name);
      return decodeSource(readFileSync(path), { path }).text;
    });
}

const texts = [
  ...readExamples(join(root, 'rules/terminology/README.md')).map((e) => e.code),
  ...['seeds', 'drafts-unseen', 'probes', 'structure'].flatMap((d) => reports(join(root, 'test/fixtures', d))),
].map(normalizeText);

describe('terminology anchors', () => {
  const anchored = entries.filter((e) => e.anchor !== undefined);
  it('every anchored entry states the range of its anchor', () => {
    for (const e of anchored) expect(e.anchorOffsets, e.id).toHaveLength(2);
  });
  it.each(anchored.map((e) => [e.id, e] as const))('%s: every match has its anchor where anchorOffsets say', (_, e) => {
    const [least, greatest] = e.anchorOffsets!;
    const re = new RegExp(e.pattern, 'gdu');
    for (const text of texts) {
      for (const m of text.matchAll(re)) {
        if (m[0].length === 0) continue;
        const offsets = [];
        for (let k = least; k <= greatest; k++) if (text.startsWith(e.anchor!, m.index + k)) offsets.push(k);
        expect(offsets, `${e.id} at “${m[0]}”`).not.toHaveLength(0);
      }
    }
  });
});
