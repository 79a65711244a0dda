import { mkdir, mkdtemp, readdir, readFile, realpath, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll } from 'vitest';
import { main } from 'reportlint';
import type { CliIo } from 'reportlint';

export const SEEDS = join(import.meta.dirname, '../../../test/fixtures/seeds');
export const seedNames = (await readdir(SEEDS)).filter((n) => n.endsWith('.txt')).sort();
export const seed = (i: number): Promise<string> => readFile(join(SEEDS, seedNames[i]!), 'utf8');

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in-process, as `reportlint ...argv` in `cwd`; `io` sets the rest of its surroundings (TIMING …). */
export async function run(argv: string[], cwd: string, stdin?: Uint8Array | string, io: Partial<CliIo> = {}): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    cwd,
    stdout: (text) => void (stdout += typeof text === 'string' ? text : Buffer.from(text).toString('utf8')),
    stderr: (text) => void (stderr += text),
    ...(stdin !== undefined ? { stdin: Readable.from([typeof stdin === 'string' ? Buffer.from(stdin) : stdin]) } : {}),
    ...io,
  });
  return { code, stdout, stderr };
}

export interface JsonMessage {
  ruleId: string | null;
  severity: 1 | 2;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  fix?: { range: [number, number]; text: string };
}

export interface JsonResult {
  filePath: string;
  messages: JsonMessage[];
  errorCount: number;
  warningCount: number;
  fixableErrorCount: number;
  fixableWarningCount: number;
}

export async function runJson(argv: string[], cwd: string, stdin?: Uint8Array | string): Promise<Run & { results: JsonResult[] }> {
  const result = await run(['--format', 'json', ...argv], cwd, stdin);
  return { ...result, results: JSON.parse(result.stdout) as JsonResult[] };
}

const root = await realpath(await mkdtemp(join(tmpdir(), 'reportlint-cli-')));
afterAll(() => rm(root, { recursive: true, force: true }));
let counter = 0;

/** A fresh directory with the given files (string → UTF-8, bytes as they are). */
export async function tree(files: Record<string, string | Uint8Array> = {}): Promise<string> {
  const dir = join(root, `t${++counter}`);
  await mkdir(dir, { recursive: true });
  for (const [name, content] of Object.entries(files)) {
    await mkdir(dirname(join(dir, name)), { recursive: true });
    await writeFile(join(dir, name), content);
  }
  return dir;
}

/** The seed reports (.txt only) in a directory of their own, so directory walks see nothing else. */
export const SEED_DIR = await tree(
  Object.fromEntries(await Promise.all(seedNames.map(async (name, i) => [name, await seed(i)] as const))),
);
