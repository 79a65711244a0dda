import { execFile } from 'node:child_process';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { SUMMARY_FORMATS, parseCliArgs } from '../src/args.js';
import { formatterNames } from '../src/formatters/index.js';
import { runJson, seed, seedNames, tree } from './helpers.js';

const exec = promisify(execFile);
const ROOT = join(import.meta.dirname, '../../..');
const EXAMPLES = join(ROOT, 'examples/ci');
const BIN = join(import.meta.dirname, '../dist/bundle/bin.js');

const yamlFile = async (path: string) => parse(await readFile(path, 'utf8')) as any;

/** Splits a shell command line into words, honouring quotes; stops at `||`, `;` and `&&`. */
function words(line: string): string[] {
  const out: string[] = [];
  for (const m of line.matchAll(/"((?:[^"\\]|\\.)*)"|'([^']*)'|(\|\||&&|;)|([^\s"']+)/g)) {
    if (m[3]) break;
    out.push(m[1] ?? m[2] ?? m[4]!);
  }
  return out;
}

/** Every `reportlint …` command in a script, as argv, checked against the real argument parser. */
function reportlintCommands(script: string): string[][] {
  return script
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.startsWith('reportlint ') || l.startsWith('$reportlint '))
    .map((l) => words(l).slice(1));
}

function checkArgs(argv: string[]) {
  const options = parseCliArgs(argv);
  const formats: readonly string[] = options.summary ? SUMMARY_FORMATS : formatterNames();
  expect(formats).toContain(options.format);
  return options;
}

/** A directory on PATH whose `reportlint` runs this checkout's CLI. */
async function shim(): Promise<string> {
  const dir = await tree();
  await writeFile(join(dir, 'reportlint'), `#!/bin/sh\nexec "${process.execPath}" "${BIN}" "$@"\n`);
  await chmod(join(dir, 'reportlint'), 0o755);
  return dir;
}

const git = (cwd: string, ...args: string[]) =>
  exec('git', args, { cwd, env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.invalid', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.invalid' } });

async function bash(script: string, cwd: string, env: Record<string, string>): Promise<{ code: number; stdout: string }> {
  try {
    const { stdout } = await exec('bash', ['-eo', 'pipefail', '-c', script], { cwd, env: { ...process.env, ...env } });
    return { code: 0, stdout };
  } catch (error: any) {
    return { code: error.code as number, stdout: error.stdout as string };
  }
}

describe('examples/ci/github-actions.yml', () => {
  it('uses real flags, and its steps lint exactly the reports a pull request changed, writing the SARIF it uploads', async () => {
    const workflow = await yamlFile(join(EXAMPLES, 'github-actions.yml'));
    expect(Object.keys(workflow.on)).toEqual(['pull_request']);
    expect(workflow.permissions['security-events']).toBe('write');
    const steps = workflow.jobs.reportlint.steps as Array<{ uses?: string; run?: string; with?: Record<string, unknown>; name?: string }>;
    expect(steps[0]).toMatchObject({ uses: 'actions/checkout@v4', with: { 'fetch-depth': 0 } });
    const commands = steps.flatMap((s) => (s.run ? reportlintCommands(s.run) : []));
    const parsed = commands.map(checkArgs);
    expect(parsed.map((o) => o.format)).toEqual(['github', 'sarif']);
    const upload = steps.find((s) => s.uses?.startsWith('github/codeql-action/upload-sarif@'))!;
    expect(upload.with!['sarif_file']).toBe(parsed[1]!.outputFile);

    // Run the shell steps in a scratch repository: main has two reports, the pull request changes one and adds one.
    const repo = await tree({ 'reports/a.txt': await seed(0), 'reports/b.txt': await seed(1), 'notes/readme.json': '{}' });
    await git(repo, 'init', '-q', '-b', 'main');
    await git(repo, 'add', '.');
    await git(repo, 'commit', '-qm', 'base');
    await git(repo, 'update-ref', 'refs/remotes/origin/main', 'HEAD');
    await git(repo, 'checkout', '-qb', 'pr');
    await writeFile(join(repo, 'reports/b.txt'), (await seed(1)).split('\n').slice(0, 3).join('\n'));
    await writeFile(join(repo, 'reports/新 报告.txt'), await seed(4));
    await git(repo, 'add', '.');
    await git(repo, 'commit', '-qm', 'pr');

    const env = { GITHUB_BASE_REF: 'main', GITHUB_OUTPUT: join(repo, '.output'), PATH: `${await shim()}:${process.env['PATH']}` };
    const script = (name: string) => steps.find((s) => s.name?.startsWith(name))!.run!;
    expect((await bash(script('List the changed reports'), repo, env)).code).toBe(0);
    expect(await readFile(join(repo, '.output'), 'utf8')).toBe('count=2\n');

    const annotations = await bash(script('Lint them (annotations'), repo, env);
    expect(annotations.code).toBe(1);
    const files = new Set([...annotations.stdout.matchAll(/^::\w+ file=([^,]+),/gm)].map((m) => m[1]));
    expect([...files].sort()).toEqual(['reports/b.txt', 'reports/新 报告.txt']);

    expect((await bash(script('Lint them again'), repo, env)).code).toBe(0);
    const sarif = JSON.parse(await readFile(join(repo, 'reportlint.sarif'), 'utf8'));
    const uris = new Set(sarif.runs[0].results.map((r: any) => r.locations[0].physicalLocation.artifactLocation.uri));
    expect([...uris].sort()).toEqual(['reports/b.txt', `reports/${encodeURIComponent('新 报告.txt')}`].sort());
  });
});

describe('examples/ci/gitlab-ci.yml', () => {
  it('uses real flags, and its script writes the JUnit report and the summary it declares as artifacts', async () => {
    const { reportlint: job } = await yamlFile(join(EXAMPLES, 'gitlab-ci.yml'));
    const script = (job.script as string[]).filter((l) => l.startsWith('reportlint '));
    const parsed = script.flatMap(reportlintCommands).map(checkArgs);
    expect(parsed.map((o) => (o.summary ? `summary:${o.format}` : o.format))).toEqual(['summary:html', 'junit', 'stylish']);
    expect(job.artifacts.reports.junit).toBe(parsed[1]!.outputFile);
    expect(job.artifacts.paths).toEqual([parsed[0]!.outputFile]);
    expect(job.cache.paths).toEqual(['.reportlintcache']);

    const dir = await tree({ 'submissions/a.txt': await seed(4), 'submissions/sub/b.txt': await seed(2) });
    const env = { PATH: `${await shim()}:${process.env['PATH']}` };
    for (const line of script.slice(0, -1)) expect((await bash(line, dir, env)).code).toBe(0);
    const last = await bash(script[script.length - 1]!, dir, env);
    expect(last.code).toBe((await runJson(['submissions'], dir)).code);
    expect(await readFile(join(dir, 'reportlint-junit.xml'), 'utf8')).toMatch(/^<\?xml[^]*<testsuite name="submissions\/a\.txt"/);
    expect(await readFile(join(dir, 'reportlint-summary.html'), 'utf8')).toMatch(/^<!DOCTYPE html>/);
  });
});

describe('pre-commit', () => {
  it('the root .pre-commit-hooks.yaml defines hooks pre-commit can run, and the example uses them', async () => {
    const hooks = (await yamlFile(join(ROOT, '.pre-commit-hooks.yaml'))) as Array<Record<string, any>>;
    expect(hooks.map((h) => h.id)).toEqual(['reportlint', 'reportlint-system']);
    for (const hook of hooks) {
      for (const key of ['id', 'name', 'entry', 'language']) expect(typeof hook[key]).toBe('string');
      expect(['node', 'system']).toContain(hook['language']);
      const [command, ...entryArgs] = words(hook['entry']);
      expect(command).toBe('reportlint');
      checkArgs([...entryArgs, ...(hook['args'] ?? []), 'staged.txt']);
      const files = new RegExp(hook['files']);
      expect(['a.txt', 'drafts/报告.md', 'x.markdown'].every((f) => files.test(f))).toBe(true);
      expect(['a.docx', 'a.txt.bak', 'package.json'].some((f) => files.test(f))).toBe(false);
    }
    const config = await yamlFile(join(EXAMPLES, 'pre-commit-config.yaml'));
    for (const used of config.repos[0].hooks) {
      expect(hooks.map((h) => h.id)).toContain(used.id);
      checkArgs([...used.args, 'staged.txt']);
    }
  });
});

describe('examples/ci/review-folder.sh', () => {
  it('writes summary.html, summary.csv and findings.log for a folder of submissions, exiting as reportlint does', async () => {
    const files: Record<string, string> = {};
    for (const [i, name] of seedNames.entries()) files[`submissions/${name}`] = await seed(i);
    files['submissions/late/truncated.txt'] = (await seed(0)).split('\n').slice(0, 3).join('\n');
    const dir = await tree(files);
    const run = () => bash(`sh ${join(EXAMPLES, 'review-folder.sh')} submissions`, dir, { REPORTLINT: `${process.execPath} ${BIN}` });
    const first = await run();
    expect(first.code).toBe((await runJson(['submissions'], dir)).code);
    expect(first.code).toBe(1);
    const out = join(dir, 'submissions/reportlint-review');
    expect(await readFile(join(out, 'summary.html'), 'utf8')).toMatch(/^<!DOCTYPE html>/);
    const csv = (await readFile(join(out, 'summary.csv'), 'utf8')).trimEnd().split('\r\n');
    expect(csv).toHaveLength(1 + seedNames.length + 1 + 1);
    expect(await readFile(join(out, 'findings.log'), 'utf8')).toContain('late/truncated.txt');
    // Its own output is never linted on the next run, and the cache makes that run quick.
    await mkdir(join(out, 'extra'), { recursive: true });
    const again = await run();
    expect(again.code).toBe(1);
    expect((await readFile(join(out, 'summary.csv'), 'utf8')).trimEnd().split('\r\n')).toHaveLength(csv.length);
    // A header line, then one line per cached report (JSON Lines, see src/cache.ts).
    const cached = (await readFile(join(out, '.reportlintcache'), 'utf8')).trimEnd().split('\n');
    expect(cached.length).toBeGreaterThan(1);
  });
});
