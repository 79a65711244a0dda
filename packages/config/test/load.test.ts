import { mkdir, mkdtemp, realpath, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { clearConfigCache, findConfigFile, formatProblem, loadConfig } from '@reportlint/config';
import { builtinPlugin } from '@reportlint/rules';

const root = await realpath(await mkdtemp(join(tmpdir(), 'reportlint-config-')));
afterAll(() => rm(root, { recursive: true, force: true }));
beforeEach(() => clearConfigCache());

let counter = 0;
/** A fresh directory tree for one test: { 'a/b.json': '…' }. */
async function tree(files: Record<string, string>): Promise<string> {
  const dir = join(root, `t${++counter}`);
  await mkdir(dir, { recursive: true });
  for (const [name, text] of Object.entries(files)) {
    await mkdir(dirname(join(dir, name)), { recursive: true });
    await writeFile(join(dir, name), text);
  }
  return dir;
}

const ruleIds = (result: Awaited<ReturnType<typeof loadConfig>>) => result.config.rules.map((r) => `${r.rule.id}:${r.severity}`);
const anyRule = builtinPlugin.rules![0]!;
const recommended = builtinPlugin.rules!.filter((r) => r.meta.severity !== 'off').map((r) => `${r.id}:${r.meta.severity}`);

describe('findConfigFile', () => {
  it('finds the nearest config upward and prefers .reportlintrc.json within a directory', async () => {
    const dir = await tree({
      '.reportlintrc.json': '{}',
      'a/.reportlintrc': '{}',
      'a/reportlint.config.mjs': 'export default {}',
      'a/b/c/report.txt': '报告',
    });
    expect(await findConfigFile(join(dir, 'a/b/c'))).toBe(join(dir, 'a/.reportlintrc'));
    expect(await findConfigFile(dir)).toBe(join(dir, '.reportlintrc.json'));
  });

  it('counts package.json only when it has a reportlint key', async () => {
    const dir = await tree({
      'reportlint.config.js': 'export default {}',
      'pkg/package.json': '{ "name": "x" }',
      'pkg2/package.json': '{ "name": "y", "reportlint": {} }',
    });
    expect(await findConfigFile(join(dir, 'pkg'))).toBe(join(dir, 'reportlint.config.js'));
    expect(await findConfigFile(join(dir, 'pkg2'))).toBe(join(dir, 'pkg2/package.json'));
  });

  it('returns undefined when nothing is found up to the root', async () => {
    const dir = await tree({ 'deep/er/x.txt': '' });
    expect(await findConfigFile(join(dir, 'deep/er'))).toBeUndefined();
  });
});

describe('loadConfig', () => {
  it('uses the recommended preset when there is no config file', async () => {
    const dir = await tree({ 'report.txt': '' });
    const result = await loadConfig({ filePath: join(dir, 'report.txt'), cwd: dir });
    expect(result.problems).toEqual([]);
    expect(result.configFile).toBeUndefined();
    expect(ruleIds(result)).toEqual(recommended);
    expect(result.config.locale).toBe('zh-CN');
  });

  it('reads the nearest config only: no merging across levels', async () => {
    const dir = await tree({
      '.reportlintrc.json': JSON.stringify({ extends: 'recommended', locale: 'en' }),
      'sub/.reportlintrc.json': JSON.stringify({ rules: { [anyRule.id]: 'warn' } }),
    });
    const result = await loadConfig({ filePath: join(dir, 'sub/report.txt'), cwd: dir });
    expect(result.configFile).toBe(join(dir, 'sub/.reportlintrc.json'));
    expect(result.config.locale).toBe('zh-CN');
    expect(ruleIds(result)).toEqual([`${anyRule.id}:warn`]);
  });

  it('names file, line and column of a JSON syntax error', async () => {
    const dir = await tree({ '.reportlintrc.json': '{\n  "extends": "recommended",\n  "rules": {\n    "a": "warn",\n  }\n}\n' });
    const result = await loadConfig({ filePath: join(dir, 'r.txt'), cwd: dir });
    expect(result.problems).toHaveLength(1);
    expect(formatProblem(result.problems[0]!)).toBe(`${join(dir, '.reportlintrc.json')}:5:3: invalid JSON: property name expected`);
  });

  it('reports unknown rules with the nearest id, attributed to the file', async () => {
    const dir = await tree({ '.reportlintrc.json': JSON.stringify({ rules: { [anyRule.id.slice(0, -1)]: 'warn' } }) });
    const result = await loadConfig({ filePath: join(dir, 'r.txt'), cwd: dir });
    expect(result.problems).toEqual([
      expect.objectContaining({ file: join(dir, '.reportlintrc.json'), key: `rules.${anyRule.id.slice(0, -1)}`, suggestion: `did you mean "${anyRule.id}"?` }),
    ]);
  });

  it('reads package.json#reportlint and reportlint.config.mjs', async () => {
    const dir = await tree({
      'a/package.json': JSON.stringify({ name: 'a', reportlint: { extends: 'recommended', locale: 'en' } }),
      'b/reportlint.config.mjs': `export default { rules: { '${anyRule.id}': 'warn' } };`,
      'c/reportlint.config.mjs': 'throw new Error("boom");',
      'd/package.json': JSON.stringify({ name: 'd', reportlint: 'recommended' }),
    });
    const a = await loadConfig({ filePath: join(dir, 'a/r.txt'), cwd: dir });
    expect(a.problems).toEqual([]);
    expect(a.config.locale).toBe('en');
    const b = await loadConfig({ filePath: join(dir, 'b/r.txt'), cwd: dir });
    expect(ruleIds(b)).toEqual([`${anyRule.id}:warn`]);
    const c = await loadConfig({ filePath: join(dir, 'c/r.txt'), cwd: dir });
    expect(c.problems.map(formatProblem)).toEqual([`${join(dir, 'c/reportlint.config.mjs')}: cannot load: boom`]);
    const d = await loadConfig({ filePath: join(dir, 'd/r.txt'), cwd: dir });
    expect(d.problems.map(formatProblem)).toEqual([`${join(dir, 'd/package.json')}: reportlint: configuration must be an object`]);
  });

  it('uses --config without searching and --no-config to ignore config files', async () => {
    const dir = await tree({
      '.reportlintrc.json': JSON.stringify({ locale: 'en', extends: 'recommended' }),
      'other.json': JSON.stringify({ rules: { [anyRule.id]: 'warn' } }),
    });
    const explicit = await loadConfig({ filePath: join(dir, 'r.txt'), configPath: 'other.json', cwd: dir });
    expect(explicit.configFile).toBe(join(dir, 'other.json'));
    expect(ruleIds(explicit)).toEqual([`${anyRule.id}:warn`]);
    const none = await loadConfig({ filePath: join(dir, 'r.txt'), noConfig: true, cwd: dir });
    expect(none.configFile).toBeUndefined();
    expect(none.config.locale).toBe('zh-CN');
    const missing = await loadConfig({ filePath: join(dir, 'r.txt'), configPath: 'nope.json', cwd: dir });
    expect(missing.problems).toEqual([expect.objectContaining({ file: join(dir, 'nope.json'), message: expect.stringMatching(/^cannot read: ENOENT/) })]);
  });

  it('resolves an outline given as a path relative to the config file', async () => {
    const profile = { ...builtinPlugin.outlines![0]!, id: 'my-county' };
    const dir = await tree({
      'cfg/.reportlintrc.json': JSON.stringify({ extends: 'recommended', outline: './profiles/county.json' }),
      'cfg/profiles/county.json': JSON.stringify(profile),
      'bad/.reportlintrc.json': JSON.stringify({ outline: 'profiles/missing.json' }),
      'broken/.reportlintrc.json': JSON.stringify({ outline: './p.json' }),
      'broken/p.json': '{ "id": }',
      'invalid/.reportlintrc.json': JSON.stringify({ outline: './p.json' }),
      'invalid/p.json': JSON.stringify({ id: 'x', parts: [] }),
    });
    const ok = await loadConfig({ filePath: join(dir, 'cfg/r.txt'), cwd: dir });
    expect(ok.problems).toEqual([]);
    expect(ok.config.profile.id).toBe('my-county');

    const bad = await loadConfig({ filePath: join(dir, 'bad/r.txt'), cwd: dir });
    expect(bad.problems).toEqual([expect.objectContaining({ key: 'outline', message: expect.stringMatching(/^cannot read the outline profile: ENOENT.*missing\.json/) })]);
    const broken = await loadConfig({ filePath: join(dir, 'broken/r.txt'), cwd: dir });
    expect(broken.problems.map(formatProblem)).toEqual([`${join(dir, 'broken/p.json')}:1:9: invalid JSON: value expected`]);
    const invalid = await loadConfig({ filePath: join(dir, 'invalid/r.txt'), cwd: dir });
    expect(invalid.problems.map((p) => p.key)).toContain('outline.parts');
  });

  it('loads plugins from the config file directory and registers their rules', async () => {
    const plugin = `
      export const plugin = {
        rules: [{
          id: 'county/no-todo',
          meta: { severity: 'warn', family: 'style', fixable: false, description: { 'zh-CN': '无待办', en: 'No TODO' }, messages: { todo: { 'zh-CN': '待办', en: 'TODO' } } },
          url: 'https://example.org',
          defaults: {},
          check() {},
        }],
        presets: { county: { rules: { 'county/no-todo': 'error' } } },
      };`;
    const dir = await tree({
      'node_modules/reportlint-plugin-county/package.json': JSON.stringify({ name: 'reportlint-plugin-county', type: 'module', exports: './index.js' }),
      'node_modules/reportlint-plugin-county/index.js': plugin,
      'node_modules/not-a-plugin/package.json': JSON.stringify({ name: 'not-a-plugin', type: 'module', exports: './index.js' }),
      'node_modules/not-a-plugin/index.js': 'export const x = 1;',
      'ok/.reportlintrc.json': JSON.stringify({ plugins: ['reportlint-plugin-county'], extends: ['recommended', 'county'] }),
      'bad/.reportlintrc.json': JSON.stringify({ plugins: ['reportlint-plugin-nope', 'not-a-plugin'] }),
      'worse/.reportlintrc.json': JSON.stringify({ plugins: 'reportlint-plugin-county' }),
    });
    const ok = await loadConfig({ filePath: join(dir, 'ok/r.txt'), cwd: dir });
    expect(ok.problems).toEqual([]);
    expect(ruleIds(ok)).toEqual([...recommended, 'county/no-todo:error']);
    expect(ok.registry.rules.has('county/no-todo')).toBe(true);

    const bad = await loadConfig({ filePath: join(dir, 'bad/r.txt'), cwd: dir });
    expect(bad.problems.map((p) => [p.key, p.message.replace(/:.*/s, '')])).toEqual([
      ['plugins[0]', 'cannot load plugin "reportlint-plugin-nope"'],
      ['plugins[1]', 'plugin "not-a-plugin" exports neither `plugin` nor a default export'],
    ]);
    const worse = await loadConfig({ filePath: join(dir, 'worse/r.txt'), cwd: dir });
    expect(worse.problems).toEqual([expect.objectContaining({ key: 'plugins', message: 'must be an array of npm package names' })]);
  });

  it('applies --rule and --locale overrides, attributing their problems to the command line', async () => {
    const dir = await tree({ '.reportlintrc.json': JSON.stringify({ extends: 'recommended' }) });
    const result = await loadConfig({
      filePath: join(dir, 'r.txt'),
      cwd: dir,
      overrides: { rules: { [anyRule.id]: 'warn', 'no-such-rule': 'error' }, locale: 'en' },
    });
    expect(result.config.locale).toBe('en');
    expect(ruleIds(result)).toContain(`${anyRule.id}:warn`);
    expect(result.problems.map(formatProblem)).toEqual(['command line: rules.no-such-rule: unknown rule "no-such-rule"']);

    const off = await loadConfig({ filePath: join(dir, 'r.txt'), cwd: dir, overrides: { rules: { [anyRule.id]: 'off' } } });
    expect(ruleIds(off)).not.toContain(`${anyRule.id}:${anyRule.meta.severity}`);
  });

  it('caches per directory and forgets on clearConfigCache', async () => {
    const dir = await tree({ '.reportlintrc.json': JSON.stringify({ locale: 'en' }) });
    const first = await loadConfig({ filePath: join(dir, 'a.txt'), cwd: dir });
    await writeFile(join(dir, '.reportlintrc.json'), JSON.stringify({ locale: 'zh-CN' }));
    expect(await loadConfig({ filePath: join(dir, 'b.txt'), cwd: dir })).toBe(first);
    clearConfigCache();
    expect((await loadConfig({ filePath: join(dir, 'a.txt'), cwd: dir })).config.locale).toBe('zh-CN');
  });
});
