import { describe, expect, it } from 'vitest';
import { main } from 'reportlint';
import { PROGRESS_MIN_FILES, progressLine } from '../src/progress.js';
import { seed, tree } from './helpers.js';

async function runWithTty(argv: string[], cwd: string, stderrIsTTY: boolean): Promise<string> {
  return (await runBoth(argv, cwd, stderrIsTTY)).stderr;
}

async function runBoth(
  argv: string[],
  cwd: string,
  stderrIsTTY: boolean,
  stdoutIsTTY = stderrIsTTY,
): Promise<{ stdout: string; stderr: string; both: string; writes: number }> {
  let stdout = '';
  let stderr = '';
  let both = '';
  let writes = 0;
  const io = {
    cwd,
    stdout: (t: string) => void ((stdout += t), (both += t), writes++),
    stderr: (t: string) => void ((stderr += t), (both += t)),
    stderrIsTTY,
    stdoutIsTTY,
  };
  await main(argv, io);
  return { stdout, stderr, both, writes };
}

describe('progress bar', () => {
  it('shows done/total, files per second and the time left', () => {
    expect(progressLine(0, 200, 0)).toBe('[------------------------] 0/200 files  0.0 files/s  ETA --:--');
    expect(progressLine(50, 200, 2000)).toBe('[######------------------] 50/200 files  25.0 files/s  ETA 0:06');
    expect(progressLine(100, 7300, 1000)).toMatch(/100\/7300 files {2}100\.0 files\/s {2}ETA 1:12$/);
    expect(progressLine(1, 100_000, 1000)).toMatch(/ETA 27:46:39$/);
  });

  it(`is drawn on a terminal's stderr above ${PROGRESS_MIN_FILES} files, erased at the end; never otherwise`, async () => {
    const text = (await seed(4)).slice(0, 400);
    const files: Record<string, string> = {};
    for (let i = 0; i <= PROGRESS_MIN_FILES; i++) files[`r${i}.txt`] = text;
    const dir = await tree(files);
    const args = ['--concurrency', 'off', '-f', 'json', '.'];

    const shown = await runWithTty(args, dir, true);
    expect(shown).toMatch(/\r\x1b\[2K\[#+\] 51\/51 files {2}\d+\.\d files\/s {2}ETA 0:00/);
    expect(shown.endsWith('\r\x1b[2K')).toBe(true);

    expect(await runWithTty(args, dir, false)).toBe('');
    expect(await runWithTty(['--no-progress', ...args], dir, true)).toBe('');
    expect(await runWithTty([...args.slice(0, -1), 'r1.txt', 'r2.txt'], dir, true)).toBe('');
  });

  it('keeps the report on standard output whole, erasing the bar before each part of it', async () => {
    const text = (await seed(0)).slice(0, 600);
    const files: Record<string, string> = {};
    for (let i = 0; i <= PROGRESS_MIN_FILES; i++) files[`r${i}.txt`] = text;
    const dir = await tree(files);
    const plain = await runBoth(['--concurrency', 'off', '.'], dir, false);
    const shown = await runBoth(['--concurrency', 'off', '.'], dir, true);
    expect(plain.stdout.length).toBeGreaterThan(0);
    expect(shown.stdout).toBe(plain.stdout);
    // On the shared terminal, every line of the report starts on a line the bar has erased.
    const screen = shown.both.replace(/\r\x1b\[2K(\[[#-]+\][^\r\n]*)?(?=\r|$)/g, '');
    expect(screen.replace(/\r\x1b\[2K/g, '')).toBe(plain.stdout);
  });

  it('streams a report on redirected standard output as it is written, even one long JSON line', async () => {
    const text = (await seed(0)).slice(0, 600);
    const files: Record<string, string> = {};
    for (let i = 0; i <= PROGRESS_MIN_FILES; i++) files[`r${i}.txt`] = text;
    const dir = await tree(files);
    const args = ['--concurrency', 'off', '-f', 'json', '.'];
    const redirected = await runBoth(args, dir, true, false);
    const shared = await runBoth(args, dir, true, true);
    expect(redirected.stdout).toBe(shared.stdout);
    expect(JSON.parse(redirected.stdout)).toHaveLength(PROGRESS_MIN_FILES + 1);
    // Not held back until its only line break at the end: a piece per file, as each is linted.
    expect(redirected.writes).toBeGreaterThan(PROGRESS_MIN_FILES);
    expect(shared.writes).toBe(1);
  });
});
