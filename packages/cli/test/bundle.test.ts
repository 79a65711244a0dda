import { execFile, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, symlink } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { seed, tree } from './helpers.js';

// `reportlint` as users run it: the esbuild bundle of dist/bin.js and of the worker-thread entry
// (packages/scripts/bundle.mjs), with its own copy of @reportlint/core. The other CLI tests run
// main() from tsc's output in-process.
const exec = promisify(execFile);
const PACKAGE = join(import.meta.dirname, '..');
const ROOT = join(PACKAGE, '..', '..');
const BUNDLE = join(PACKAGE, 'dist', 'bundle');
const BIN = join(BUNDLE, 'bin.js');

/**
 * A plugin as published ones are written: it imports `defineRule` and `Type` from @reportlint/core,
 * which Node resolves to the package in node_modules, not to the CLI bundle's copy. Its rule reports
 * its options (checked by the bundle's core against a schema made by the other copy's TypeBox) and
 * the reportlint files that called it, from the stack.
 */
const PROBE_PLUGIN = `
import { defineRule, Type } from '@reportlint/core';

const rule = defineRule({
  id: 'probe/callers',
  meta: {
    severity: 'warn',
    family: 'style',
    fixable: false,
    description: { 'zh-CN': '调用方', en: 'callers' },
    messages: { callers: { 'zh-CN': '{marker} {times} {files}', en: '{marker} {times} {files}' } },
    schema: Type.Object({ marker: Type.String({ default: 'unset' }), times: Type.Integer({ minimum: 1, default: 1 }) }, { additionalProperties: false }),
  },
  check(tree, ctx) {
    const limit = Error.stackTraceLimit;
    Error.stackTraceLimit = Infinity;
    const stack = new Error().stack;
    Error.stackTraceLimit = limit;
    const files = new Set([...stack.matchAll(/file:\\/\\/[^\\s():]+/g)].map((m) => m[0]).filter((f) => f !== import.meta.url));
    ctx.report({ messageId: 'callers', data: { ...ctx.options, files: [...files].join(' ') }, start: 0, end: 0 });
  },
});

export const plugin = { rules: [rule], presets: { probe: { rules: { 'probe/callers': ['warn', { marker: 'preset' }] } } } };
`;

/** A folder with the probe plugin installed next to @reportlint/core (a link to this workspace's). */
async function probeTree(config: unknown, files: Record<string, string>): Promise<string> {
  const dir = await tree({
    '.reportlintrc.json': JSON.stringify(config),
    'node_modules/reportlint-plugin-probe/package.json': JSON.stringify({ name: 'reportlint-plugin-probe', type: 'module', exports: './index.js' }),
    'node_modules/reportlint-plugin-probe/index.js': PROBE_PLUGIN,
    ...files,
  });
  await mkdir(join(dir, 'node_modules', '@reportlint'));
  await symlink(join(ROOT, 'packages', 'core'), join(dir, 'node_modules', '@reportlint', 'core'), 'dir');
  return dir;
}

async function runBin(argv: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await exec(process.execPath, [BIN, ...argv], { cwd });
    return { code: 0, stdout, stderr };
  } catch (error: any) {
    return { code: error.code as number, stdout: error.stdout as string, stderr: error.stderr as string };
  }
}

interface Probe {
  marker: string;
  times: string;
  /** Files of this checkout on the stack (not node_modules), relative to the repository. */
  callers: string[];
}

function probes(stdout: string): Probe[] {
  const results = JSON.parse(stdout) as Array<{ messages: Array<{ ruleId: string | null; message: string }> }>;
  const root = pathToFileURL(ROOT).href + '/';
  return results.map((r) => {
    const [marker, times, ...files] = r.messages.find((m) => m.ruleId === 'probe/callers')!.message.split(' ');
    const callers = files.filter((f) => f.startsWith(root) && !f.includes('/node_modules/')).map((f) => f.slice(root.length));
    return { marker: marker!, times: times!, callers: [...new Set(callers)].sort() };
  });
}

describe('the bundled executable', () => {
  it('is the package’s bin, built next to the worker-thread entry it starts', () => {
    const pkg = JSON.parse(readFileSync(join(PACKAGE, 'package.json'), 'utf8')) as { bin: Record<string, string> };
    expect(join(PACKAGE, pkg.bin['reportlint']!)).toBe(BIN);
    expect(readFileSync(BIN, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
    expect(existsSync(join(BUNDLE, 'worker.js'))).toBe(true);
    expect(existsSync(`${BIN}.map`)).toBe(true);
  });

  it('prints its version from the package.json', async () => {
    const { version } = JSON.parse(readFileSync(join(PACKAGE, 'package.json'), 'utf8')) as { version: string };
    expect((await runBin(['--version'], PACKAGE)).stdout).toBe(`${version}\n`);
  });

  it('runs a plugin that imports its own @reportlint/core, in-process and in bundled worker threads alike', async () => {
    const text = await seed(4);
    const dir = await probeTree(
      { extends: ['recommended', 'probe'], plugins: ['reportlint-plugin-probe'] },
      { 'a.txt': text, 'b.txt': text, 'c.txt': text },
    );
    const inProcess = await runBin(['--format', 'json', '--concurrency', 'off', '.'], dir);
    const threaded = await runBin(['--format', 'json', '--concurrency', '2', '.'], dir);
    expect(inProcess.stderr).toBe('');
    expect(threaded.stderr).toBe('');
    expect(threaded.code).toBe(inProcess.code);

    // The preset's options, with the default the plugin's TypeBox made for the other one.
    const ran = probes(inProcess.stdout);
    const threads = probes(threaded.stdout);
    expect(ran.map((p) => `${p.marker} ${p.times}`)).toEqual(['preset 1', 'preset 1', 'preset 1']);
    expect(threads.map((p) => `${p.marker} ${p.times}`)).toEqual(['preset 1', 'preset 1', 'preset 1']);
    // The rule was called from the bundle only, never from tsc's dist/*.js: in-process through
    // bin.js, and in the threads through worker.js (tinypool's own files are in node_modules).
    for (const p of [...ran, ...threads]) {
      expect(p.callers.length).toBeGreaterThan(0);
      for (const file of p.callers) expect(file).toMatch(/^packages\/cli\/dist\/bundle\/(bin|worker|chunk-\w+)\.js$/);
    }
    expect(ran.flatMap((p) => p.callers)).toContain('packages/cli/dist/bundle/bin.js');
    expect(threads.flatMap((p) => p.callers)).toContain('packages/cli/dist/bundle/worker.js');
    expect(threads.flatMap((p) => p.callers)).not.toContain('packages/cli/dist/bundle/bin.js');

    // Apart from where it was called from, the threads report what the main thread does.
    const withoutProbe = (stdout: string) =>
      (JSON.parse(stdout) as Array<{ messages: Array<{ ruleId: string | null }> }>).map((r) => ({ ...r, messages: r.messages.filter((m) => m.ruleId !== 'probe/callers') }));
    expect(withoutProbe(threaded.stdout)).toEqual(withoutProbe(inProcess.stdout));
  });

  it('checks a plugin rule’s options against the schema the plugin built', async () => {
    const dir = await probeTree(
      { plugins: ['reportlint-plugin-probe'], rules: { 'probe/callers': ['warn', { times: 0, colour: 'red' }] } },
      { 'a.txt': await seed(4) },
    );
    const { code, stderr } = await runBin(['--format', 'json', 'a.txt'], dir);
    expect(code).toBe(2);
    expect(stderr).toContain('probe/callers');
    expect(stderr).toContain('times');
    expect(stderr).toContain('colour');
  });

  it('writes a report larger than a pipe holds whole to a reader slower than itself', async () => {
    const text = await seed(0);
    const files: Record<string, string> = {};
    for (let i = 0; i < 40; i++) files[`r${i}.txt`] = text;
    const dir = await tree(files);
    const child = spawn(process.execPath, [BIN, '--no-config', '--concurrency', 'off', '-f', 'json', '.'], { cwd: dir });
    // The reader waits before it reads: the linter has to wait for the pipe to drain.
    child.stdout.pause();
    await sleep(300);
    const chunks: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.stdout.resume();
    const code = await new Promise<number | null>((done) => child.on('close', done));
    const out = Buffer.concat(chunks).toString('utf8');
    expect(out.length).toBeGreaterThan(65_536);
    const results = JSON.parse(out) as { filePath: string; errorCount: number }[];
    expect(code).toBe(results.some((r) => r.errorCount > 0) ? 1 : 0);
    expect(results.map((r) => r.filePath).sort()).toEqual(Object.keys(files).map((name) => join(dir, name)).sort());
  });
});
