import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderInThread } from '../src/formatters/render.js';
import { chooseThreads, parallelMinFiles } from '../src/threads.js';
import { run, runJson, seed, seedNames, tree } from './helpers.js';

/**
 * A plugin whose rule misbehaves on request: loops forever, backtracks without end, takes 0.7 s, crashes its
 * thread, calls process.exit, or holds some 240 MB at once (more than a thread's capped heap, not the main thread's).
 */
const TROUBLE_PLUGIN = `
const rule = {
  id: 'trouble',
  url: 'https://example.invalid/trouble',
  defaults: {},
  meta: { severity: 'error', family: 'substance', fixable: false, description: { 'zh-CN': '捣乱', en: 'trouble' }, messages: { m: { 'zh-CN': '捣乱', en: 'trouble' } } },
  check(tree) {
    const text = tree.source.text;
    if (text.includes('LOOP')) for (;;) {}
    if (text.includes('BACKTRACK')) /^(a+)+$/.test('a'.repeat(64) + 'b');
    if (text.includes('SLOW')) for (const end = Date.now() + 700; Date.now() < end; ) {}
    if (text.includes('CRASH')) queueMicrotask(() => { throw new Error('boom'); });
    if (text.includes('EXIT')) process.exit(3);
    if (text.includes('HOARD')) {
      const kept = [];
      for (let i = 0; i < 300; i++) kept.push(new Array(1e5).fill(i));
    }
  },
};
export const plugin = { rules: [rule] };
`;

async function troubleTree(files: Record<string, string>): Promise<string> {
  return tree({
    '.reportlintrc.json': JSON.stringify({ extends: 'recommended', plugins: ['reportlint-plugin-trouble'], rules: { trouble: 'error' } }),
    'node_modules/reportlint-plugin-trouble/package.json': JSON.stringify({ name: 'reportlint-plugin-trouble', type: 'module', main: 'index.js' }),
    'node_modules/reportlint-plugin-trouble/index.js': TROUBLE_PLUGIN,
    ...files,
  });
}

describe('worker threads', () => {
  it('give the same report, in the same order, as linting in-process', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 12; i++) files[`d${i % 3}/${String(i).padStart(2, '0')}-${seedNames[i % 5]}`] = await seed(i % 5);
    files['d1/empty.txt'] = '';
    const dir = await tree(files);
    const inProcess = await runJson(['--concurrency', 'off', '.'], dir);
    const threaded = await runJson(['--concurrency', '2', '.'], dir);
    expect(threaded.code).toBe(inProcess.code);
    expect(threaded.stdout).toBe(inProcess.stdout);
    expect(inProcess.results).toHaveLength(13);
    // Threads render json and github themselves (with --quiet, errors only, but the exit code counts
    // the warnings too); stylish and sarif get the findings. Every format reads the same either way.
    for (const argv of [['-f', 'github'], ['-f', 'json', '--quiet', '--max-warnings', '0'], ['-f', 'stylish'], ['-f', 'sarif']]) {
      const alone = await run([...argv, '--concurrency', 'off', '.'], dir);
      const pooled = await run([...argv, '--concurrency', '2', '.'], dir);
      expect(pooled.code, argv.join(' ')).toBe(alone.code);
      expect(pooled.stdout, argv.join(' ')).toBe(alone.stdout);
      expect(alone.stdout.length).toBeGreaterThan(100);
    }
  });

  it('send back the text of a file, not its findings, when the format renders file by file', () => {
    const error = { ruleId: 'required-part', severity: 2 as const, message: '缺少', line: 1, column: 1, endLine: 1, endColumn: 2, offset: 0, endOffset: 1 };
    const warning = { ...error, ruleId: 'punctuation-width', severity: 1 as const, message: '半角', fix: { range: [0, 1] as [number, number], text: '，' } };
    const result = { filePath: '/r/a.txt', messages: [error, warning], errorCount: 1, warningCount: 1, fixableErrorCount: 0, fixableWarningCount: 1, fatalErrorCount: 0 };
    const sent = renderInThread(result, { format: 'github', quiet: true, cwd: '/r' });
    const { rendered, ...rest } = sent;
    expect(rest).toEqual({ ...result, messages: [] });
    // UTF-8 bytes: they cross outside the main thread's heap.
    expect(rendered).toBeInstanceOf(Uint8Array);
    expect(Buffer.from(rendered!).toString('utf8')).toBe('::error file=a.txt,line=1,col=1,endLine=1,endColumn=2,title=required-part::缺少\n');
    expect(renderInThread(result, { format: 'stylish', quiet: false, cwd: '/r' })).toBe(result);
  });

  it('reports a file that runs past --timeout-per-file, and lints the others', async () => {
    const text = await seed(4);
    const dir = await troubleTree({ 'a.txt': text, 'b.txt': `${text}\nLOOP\n`, 'c.txt': text });
    // Generous: the limit includes a thread's start-up for its first file, and CI machines are busy.
    const started = Date.now();
    const { code, results } = await runJson(['--concurrency', '2', '--timeout-per-file', '3', '.'], dir);
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(code).toBe(2);
    expect(results.map((r) => r.filePath)).toEqual(['a.txt', 'b.txt', 'c.txt'].map((n) => join(dir, n)));
    expect(results[1]!.messages).toEqual([
      { ruleId: null, severity: 2, message: 'Cannot lint b.txt: timed out after 3 s (--timeout-per-file)', line: 1, column: 1, endLine: 1, endColumn: 1 },
    ]);
    const alone = await runJson(['--concurrency', 'off', 'a.txt'], dir);
    expect(results[0]).toEqual(alone.results[0]);
    expect(results[2]).toEqual({ ...alone.results[0], filePath: join(dir, 'c.txt') });
  });

  it('in-process, --timeout-per-file stops a runaway rule or regular expression, and the next files are linted as usual', async () => {
    const text = await seed(4);
    // One batch: a slow file within the limit does not eat into the next file's limit.
    const slow = `${text}\nSLOW\n`;
    const dir = await troubleTree({ 'a.txt': slow, 'b.txt': slow, 'c.txt': `${text}\nLOOP\n`, 'd.txt': `${text}\nBACKTRACK\n`, 'e.txt': text });
    const { code, results } = await runJson(['--concurrency', 'off', '--timeout-per-file', '1', '.'], dir);
    expect(code).toBe(2);
    // b is still running when the batch's first second is up; it gets a second of its own.
    expect(results.map((r) => r.messages.filter((m) => m.ruleId === null).map((m) => m.message))).toEqual([
      [],
      [],
      ['Cannot lint c.txt: timed out after 1 s (--timeout-per-file)'],
      ['Cannot lint d.txt: timed out after 1 s (--timeout-per-file)'],
      [],
    ]);
    const alone = await runJson(['--concurrency', 'off', 'e.txt'], dir);
    expect(results[4]).toEqual(alone.results[0]);
    expect(results[1]).toEqual({ ...alone.results[0], filePath: join(dir, 'b.txt') });
    // Standard input too.
    const stdin = await runJson(['--timeout-per-file', '1', '--stdin-filename', 'e.txt', '-'], dir, `${text}\nLOOP\n`);
    expect(stdin.code).toBe(2);
    expect(stdin.results[0]!.messages[0]!.message).toBe('Cannot lint e.txt: timed out after 1 s (--timeout-per-file)');
  });

  it('reports a file whose thread crashes, and lints the others', async () => {
    const text = await seed(4);
    const dir = await troubleTree({ 'a.txt': text, 'b.txt': `${text}\nCRASH\n`, 'c.txt': text, 'd.txt': `${text}\nEXIT\n` });
    const { code, results } = await runJson(['--concurrency', '2', '.'], dir);
    expect(code).toBe(2);
    expect(results.map((r) => r.filePath)).toEqual(['a.txt', 'b.txt', 'c.txt', 'd.txt'].map((n) => join(dir, n)));
    expect(results[1]!.messages).toEqual([expect.objectContaining({ ruleId: null, severity: 2, message: 'Cannot lint b.txt: the linting thread crashed: boom' })]);
    // process.exit in a rule is that rule's crash, not the thread's.
    expect(results[3]!.messages).toContainEqual(expect.objectContaining({ ruleId: 'trouble', severity: 2, message: 'rule trouble failed: process.exit(3) called while linting' }));
    expect(results[0]!.errorCount).toBe(results[2]!.errorCount);
    expect(results[0]!.messages.some((m) => m.ruleId === null)).toBe(false);
  });
});

describe('a file too large for a thread', () => {
  it('is linted in the main thread when its thread runs out of its capped heap', async () => {
    const text = await seed(4);
    const dir = await troubleTree({ 'a.txt': text, 'b.txt': `${text}\nHOARD\n`, 'c.txt': text });
    const { code, results } = await runJson(['--concurrency', '2', '.'], dir);
    const alone = await runJson(['--concurrency', 'off', 'a.txt'], dir);
    expect(results.map((r) => r.filePath)).toEqual(['a.txt', 'b.txt', 'c.txt'].map((n) => join(dir, n)));
    // b.txt's findings are a.txt's (the rule finds nothing), with no report of a crash.
    expect(results[1]!.messages.some((m) => m.ruleId === null)).toBe(false);
    expect(results[1]!.errorCount).toBe(alone.results[0]!.errorCount);
    expect(results[1]!.warningCount).toBe(alone.results[0]!.warningCount);
    expect(code).toBe(alone.code);
  });
});

describe('choosing threads', () => {
  it('stays in-process for small runs and with --concurrency off, uses up to N threads otherwise', () => {
    expect([1, 2, 3, 4, 8, 64].map(parallelMinFiles)).toEqual([Infinity, Infinity, 534, 400, 200, 200]);
    expect(chooseThreads('auto', 399, 4)).toBe(0);
    expect(chooseThreads('auto', 400, 4)).toBe(4);
    expect(chooseThreads('auto', 100_000, 2)).toBe(0);
    expect(chooseThreads('auto', 5000, 1)).toBe(0);
    expect(chooseThreads('off', 5000)).toBe(0);
    expect(chooseThreads(3, 2)).toBe(2);
    expect(chooseThreads(4, 100, 1)).toBe(4);
    expect(chooseThreads('auto', 0, 4)).toBe(0);
  });
});
