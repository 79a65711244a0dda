import { describe, expect, it } from 'vitest';
import { runJson, seed, tree } from './helpers.js';

const paths = (dir: string, results: Array<{ filePath: string }>): string[] => results.map((r) => r.filePath.slice(dir.length + 1)).sort();

describe('.reportlintignore is gitignore syntax', () => {
  it('supports comments, escapes, negation, anchoring, directories, ** and character classes', async () => {
    const text = (await seed(4)).slice(0, 300);
    const dir = await tree({
      '.reportlintignore': [
        '\uFEFF# a comment, then a BOM-prefixed file must still work',
        '\\#literal.txt',
        '*.bak.txt',
        '!keep.bak.txt',
        '/top.txt',
        'build/',
        '**/tmp/**',
        'drafts/**/old-*.txt',
        'v[0-9].txt',
        'trailing.txt   ',
        '',
      ].join('\r\n'),
      '#literal.txt': text,
      'a.bak.txt': text,
      'keep.bak.txt': text,
      'top.txt': text,
      'sub/top.txt': text,
      'build/x.txt': text,
      'sub/build/y.txt': text,
      'deep/er/tmp/z.txt': text,
      'drafts/2024/q1/old-1.txt': text,
      'drafts/2024/new-1.txt': text,
      'v1.txt': text,
      'v10.txt': text,
      'trailing.txt': text,
      'ok.txt': text,
    });
    const { results } = await runJson(['.'], dir);
    expect(paths(dir, results)).toEqual(['drafts/2024/new-1.txt', 'keep.bak.txt', 'ok.txt', 'sub/top.txt', 'v10.txt'].sort());
  });

  it('--ignore-pattern adds patterns, and applies to globs too', async () => {
    const text = (await seed(4)).slice(0, 300);
    const dir = await tree({ 'a/x.txt': text, 'a/y.txt': text, 'b/x.txt': text });
    const { results } = await runJson(['**/*.txt', '--ignore-pattern', 'a/y.txt', '--ignore-pattern', '/b/'], dir);
    expect(paths(dir, results)).toEqual(['a/x.txt']);
  });
});
