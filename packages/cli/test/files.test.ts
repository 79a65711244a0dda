import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runJson, seed, tree } from './helpers.js';

const paths = (dir: string, results: Array<{ filePath: string }>): string[] =>
  results.map((r) => r.filePath.slice(dir.length + 1));

describe('file discovery', () => {
  it('walks directories for .txt, .md and .markdown, skipping node_modules and dot directories', async () => {
    const text = await seed(4);
    const dir = await tree({
      'a.txt': text,
      'b/c.md': text,
      'b/d.markdown': text,
      'b/e.pdf': 'x',
      'b/notes.json': '{}',
      'node_modules/pkg/readme.md': text,
      '.git/x.txt': text,
      '.drafts/y.txt': text,
    });
    const { results } = await runJson(['.'], dir);
    expect(paths(dir, results)).toEqual(['a.txt', 'b/c.md', 'b/d.markdown']);
  });

  it('expands globs and deduplicates files named twice', async () => {
    const text = await seed(4);
    const dir = await tree({ '2023/a.txt': text, '2024/b.txt': text, '2024/c.md': text });
    const { results } = await runJson(['20*/*.txt', '2024/b.txt', '2024'], dir);
    expect(paths(dir, results)).toEqual(['2023/a.txt', '2024/b.txt', '2024/c.md']);
  });

  it('honours .reportlintignore and --ignore-pattern, and says so for a file named explicitly', async () => {
    const text = await seed(4);
    const dir = await tree({
      '.reportlintignore': '# old drafts\narchive/\n*.bak.txt\n',
      'a.txt': text,
      'a.bak.txt': text,
      'archive/x.txt': text,
      'tmp/y.txt': text,
    });
    const walked = await runJson(['.', '--ignore-pattern', 'tmp'], dir);
    expect(paths(dir, walked.results)).toEqual(['a.txt']);
    expect(walked.code).toBe(0);

    const named = await runJson(['archive/x.txt'], dir);
    expect(named.code).toBe(0);
    expect(named.results[0]!.messages).toEqual([
      expect.objectContaining({ ruleId: null, severity: 1, message: expect.stringMatching(/^archive\/x\.txt: file ignored/) }),
    ]);
  });

  it('resolves paths against the working directory and reports absolute file paths', async () => {
    const dir = await tree({ 'sub/a.txt': await seed(4) });
    const { results } = await runJson(['a.txt'], join(dir, 'sub'));
    expect(results[0]!.filePath).toBe(join(dir, 'sub/a.txt'));
  });
});
