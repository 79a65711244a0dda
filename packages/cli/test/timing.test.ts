import { createRegistry, PARSER_TIMING, resolveConfig } from '@reportlint/core';
import { builtinPlugin } from '@reportlint/rules';
import { describe, expect, it } from 'vitest';
import { timingRows } from '../src/timing.js';
import { run, SEED_DIR, seed, tree } from './helpers.js';
import type { Run } from './helpers.js';

/** `TIMING=value reportlint …argv` in `cwd` (the seeds' directory). */
function timed(value: string | undefined, argv: string[], cwd = SEED_DIR): Promise<Run> {
  return run(argv, cwd, undefined, value !== undefined ? { timing: value } : {});
}

interface Row {
  key: string;
  ms: number;
  percent: number;
}

/** The table's rows, after checking its header and its Markdown alignment line. */
function rows(stderr: string): Row[] {
  const lines = stderr.trimEnd().split('\n');
  expect(lines[0]).toMatch(/^Rule +\| Time \(ms\) \| Relative$/);
  expect(lines[1]).toMatch(/^:-+\|----------:\|--------:$/);
  expect(lines[1]!.indexOf('|')).toBe(lines[0]!.indexOf('|'));
  return lines.slice(2).map((line) => {
    const [key, ms, percent] = line.split('|').map((cell) => cell.trim());
    return { key: key!, ms: Number(ms), percent: Number.parseFloat(percent!) };
  });
}

const recommended = resolveConfig({ extends: 'recommended' }, createRegistry([builtinPlugin])).config.rules.map((r) => r.rule.id);

describe('TIMING', () => {
  it('prints nothing when unset or empty', async () => {
    expect((await timed(undefined, ['--format', 'json', '.'])).stderr).toBe('');
    expect((await timed('', ['--format', 'json', '.'])).stderr).toBe('');
  });

  it('prints the ten slowest of the parser and the rules on stderr, slowest first, and leaves the report alone', async () => {
    const plain = await timed(undefined, ['--format', 'json', '.']);
    const run = await timed('1', ['--format', 'json', '.']);
    expect(run.stdout).toBe(plain.stdout);
    expect(run.code).toBe(plain.code);
    const table = rows(run.stderr);
    expect(table).toHaveLength(10);
    expect(table.map((r) => r.ms)).toEqual(table.map((r) => r.ms).sort((a, b) => b - a));
    for (const row of table) expect([PARSER_TIMING, ...recommended]).toContain(row.key);
    // The parser reads every report in full: it is never among the cheapest.
    expect(table.map((r) => r.key)).toContain(PARSER_TIMING);
  });

  it('lists the parser and every rule that ran with TIMING=all, their shares adding up to the whole', async () => {
    const table = rows((await timed('all', ['--format', 'json', '.'])).stderr);
    expect(table.map((r) => r.key).sort()).toEqual([PARSER_TIMING, ...recommended].sort());
    expect(table.reduce((sum, r) => sum + r.percent, 0)).toBeCloseTo(100, 0);
  });

  it('takes a number of rows above ten, and ten at least', async () => {
    expect(rows((await timed('15', ['--format', 'json', '.'])).stderr)).toHaveLength(15);
    expect(rows((await timed('3', ['--format', 'json', '.'])).stderr)).toHaveLength(10);
    expect(rows((await timed('1', ['--format', 'json', '--rule', 'punctuation-width:off', '.'])).stderr).map((r) => r.key)).not.toContain('punctuation-width');
  });

  it('adds up the time spent in worker threads', async () => {
    const table = rows((await timed('all', ['--format', 'json', '--concurrency', '2', '.'])).stderr);
    expect(table.map((r) => r.key).sort()).toEqual([PARSER_TIMING, ...recommended].sort());
    expect(table.find((r) => r.key === PARSER_TIMING)!.ms).toBeGreaterThan(0);
  });

  it('times nothing for files answered from the cache', async () => {
    const dir = await tree({ 'a.txt': await seed(0) });
    expect(rows((await timed('all', ['--cache', 'a.txt'], dir)).stderr).length).toBeGreaterThan(0);
    expect(rows((await timed('all', ['--cache', 'a.txt'], dir)).stderr)).toEqual([]);
  });

  it('reads the variable as ESLint does', () => {
    expect(timingRows(undefined)).toBeUndefined();
    expect(timingRows('')).toBeUndefined();
    expect(timingRows('1')).toBe(10);
    expect(timingRows('true')).toBe(10);
    expect(timingRows('25')).toBe(25);
    expect(timingRows('ALL')).toBe(Number.POSITIVE_INFINITY);
  });
});
