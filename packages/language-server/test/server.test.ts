import { fork, spawn, spawnSync } from 'node:child_process';
import { mkdtemp, readFile, realpath, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { loadConfig } from '@reportlint/config';
import { lintAndFix } from '@reportlint/core';
import { parseReport } from '@reportlint/parser';
import {
  createMessageConnection,
  IPCMessageReader,
  IPCMessageWriter,
  StreamMessageReader,
  StreamMessageWriter,
} from 'vscode-languageserver-protocol/node';
import type { CodeAction, DocumentSymbol, Hover, PublishDiagnosticsParams, SymbolInformation } from 'vscode-languageserver-protocol/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, Client, expectedDiagnostics, expectedMessages, openSeed, PACKAGE, seedNames, seedText, uriOf } from './helpers.js';

const ZERO = { initializationOptions: { debounce: 0 } };

describe('a session over stdio', () => {
  let client: Client;
  beforeAll(async () => {
    client = await Client.start(ZERO);
  });
  afterAll(() => client.kill());

  it('announces its capabilities', () => {
    const result = client.initializeResult!;
    expect(result.serverInfo?.name).toBe('reportlint');
    expect(result.capabilities.textDocumentSync).toMatchObject({ openClose: true, change: 2 });
    expect(result.capabilities.codeActionProvider).toMatchObject({ codeActionKinds: ['quickfix', 'source.fixAll.reportlint'] });
    expect(result.capabilities.documentSymbolProvider).toBeTruthy();
    expect(result.capabilities.hoverProvider).toBe(true);
  });

  it('watches the configuration files once initialized', async () => {
    const registration = await client.until(() => client.registrations.length > 0 && client.registrations, 10_000, 'registration');
    expect(JSON.stringify(registration)).toContain('.reportlintrc.json');
    expect(JSON.stringify(registration)).toContain('workspace/didChangeWatchedFiles');
  });

  for (const name of seedNames) {
    it(`publishes exactly what the CLI reports for seed ${name}`, async () => {
      const { path, text, uri } = await openSeed(client, name);
      const got = await client.diagnosticsFor(uri);
      const expected = expectedDiagnostics(await expectedMessages(path, text));
      expect(expected.length).toBeGreaterThan(0);
      expect(got).toEqual(expected);
      client.close(uri);
    });
  }

  it('puts ranges on the right glyph after astral and Chinese characters, with CRLF line ends', async () => {
    const path = join(tmpdir(), 'reportlint-ls-astral.txt');
    // 𠀀 is two UTF-16 code units, one glyph; the half-width commas are punctuation-width findings.
    const text = '𠀀𠀀年度报告\r\n一、𠀀主要举措和成效,𠀀𠀀全面推进依法行政,取得新成效。\r\n二、存在的不足和原因\r\n人员不足;主要原因在于编制有限。\r\n';
    const uri = uriOf(path);
    const doc = client.open(uri, text);
    const got = await client.diagnosticsFor(uri);
    expect(got).toEqual(expectedDiagnostics(await expectedMessages(path, text)));
    const widths = got.filter((d) => d.code === 'punctuation-width');
    expect(widths.length).toBeGreaterThanOrEqual(3);
    for (const d of widths) expect([',', ';']).toContain(doc.getText(d.range));
    // Line 2, after 一、𠀀主要举措和成效: 2 + 2 + 7 UTF-16 units.
    expect(widths[0]!.range.start).toEqual({ line: 1, character: 11 });
    client.close(uri);
  });

  it('follows incremental edits: a deleted heading brings required-part, restoring it takes it away', async () => {
    const { path, text, uri, doc } = await openSeed(client, '000');
    const before = await client.diagnosticsFor(uri);
    expect(before.some((d) => d.code === 'required-part')).toBe(false);

    const line = text.split('\n').findIndex((l) => l.startsWith('三、') && l.includes('不足'));
    expect(line).toBeGreaterThan(0);
    const heading = text.split('\n')[line]!;
    client.change(uri, [{ range: { start: { line, character: 0 }, end: { line, character: heading.length } }, text: '' }]);
    const without = await client.diagnosticsFor(uri);
    expect(without).toEqual(expectedDiagnostics(await expectedMessages(path, doc.getText())));
    expect(without.find((d) => d.code === 'required-part')?.message).toContain('存在的不足和原因');
    expect(without.find((d) => d.code === 'required-part')?.range).toEqual({ start: { line: 0, character: 0 }, end: { line: 0, character: 0 } });

    client.change(uri, [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, text: heading }]);
    expect(doc.getText()).toBe(text);
    expect(await client.diagnosticsFor(uri)).toEqual(before);
    client.close(uri);
  });

  it('follows a corrected rate', async () => {
    const { path, uri, doc } = await openSeed(client, '002');
    const before = await client.diagnosticsFor(uri);
    const mismatch = before.find((d) => d.code === 'rate-mismatch')!;
    expect(mismatch.message).toMatch(/99\.01%.*13649÷13785.*99\.02%/);
    expect(doc.getText(mismatch.range)).toBe('办结率99.02%');
    const at = doc.offsetAt(mismatch.range.end) - '2%'.length;
    client.change(uri, [{ range: { start: doc.positionAt(at), end: doc.positionAt(at + 1) }, text: '1' }]);
    const after = await client.diagnosticsFor(uri);
    expect(after.some((d) => d.code === 'rate-mismatch')).toBe(false);
    expect(after).toEqual(expectedDiagnostics(await expectedMessages(path, doc.getText())));
    client.close(uri);
  });

  it('offers quick fixes and disable comments that do what they say', async () => {
    const { path, uri, doc } = await openSeed(client, '004');
    const diagnostics = await client.diagnosticsFor(uri);
    const numbering = diagnostics.find((d) => d.code === 'heading-numbering')!;
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: numbering.range,
      context: { diagnostics: [numbering] },
    });
    const titles = actions.map((a) => a.title);
    expect(titles).toContain('修复此处“heading-numbering”问题');
    expect(titles).toContain('在此行停用规则“heading-numbering”');
    expect(titles).toContain('在整个文件停用规则“heading-numbering”');
    const fix = actions.find((a) => a.title === '修复此处“heading-numbering”问题')!;
    expect(fix.kind).toBe('quickfix');
    expect(fix.diagnostics).toEqual([numbering]);

    client.apply(uri, fix.edit!);
    let now = await client.diagnosticsFor(uri);
    expect(now.some((d) => d.code === 'heading-numbering')).toBe(false);
    expect(now).toEqual(expectedDiagnostics(await expectedMessages(path, doc.getText())));

    // Disable a rule for one line: the finding goes, the comment is its own line.
    const plan = now.find((d) => d.code === 'plan-specificity')!;
    const [line] = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: plan.range, context: { diagnostics: [plan] } }).then((list) => list.filter((a) => a.title.includes('在此行停用')));
    client.apply(uri, line!.edit!);
    expect(doc.getText().split('\n')[plan.range.start.line]).toBe('<!-- reportlint-disable-next-line plan-specificity -->');
    now = await client.diagnosticsFor(uri);
    expect(now.some((d) => d.code === 'plan-specificity')).toBe(false);
    expect(now).toEqual(expectedDiagnostics(await expectedMessages(path, doc.getText())));

    // Disable a rule for the file: every punctuation-width finding goes.
    const width = now.find((d) => d.code === 'punctuation-width')!;
    const file = (await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: width.range, context: { diagnostics: [width] } })).find((a) => a.title.includes('整个文件'))!;
    client.apply(uri, file.edit!);
    expect(doc.getText().startsWith('<!-- reportlint-disable punctuation-width -->\n')).toBe(true);
    now = await client.diagnosticsFor(uri);
    expect(now.some((d) => d.code === 'punctuation-width')).toBe(false);
    expect(now).toEqual(expectedDiagnostics(await expectedMessages(path, doc.getText())));

    // A second rule disabled for the file joins the same comment.
    const other = now.find((d) => d.code === 'line-break-in-sentence')!;
    const again = (await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: other.range, context: { diagnostics: [other] } })).find((a) => a.title.includes('整个文件'))!;
    client.apply(uri, again.edit!);
    expect(doc.getText().split('\n')[0]).toBe('<!-- reportlint-disable punctuation-width line-break-in-sentence -->');
    expect((await client.diagnosticsFor(uri)).some((d) => d.code === 'line-break-in-sentence')).toBe(false);
    client.close(uri);
  });

  it('fixes everything with source.fixAll.reportlint, as reportlint --fix does', async () => {
    const { path, text, uri, doc } = await openSeed(client, '001');
    const before = await client.diagnosticsFor(uri);
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll'] },
    });
    expect(actions.map((a) => a.kind)).toEqual(['source.fixAll.reportlint']);
    client.apply(uri, actions[0]!.edit!);
    const { config } = await loadConfig({ filePath: path, cwd: dirname(path) });
    const fixed = lintAndFix({ text, format: 'txt', encoding: 'utf-8', bom: false, eol: '\n' }, config);
    expect(doc.getText()).toBe(fixed.output);
    const after = await client.diagnosticsFor(uri);
    expect(after.length).toBeLessThan(before.length);
    expect(after).toEqual(expectedDiagnostics(fixed.result.messages));
    // Nothing left to fix: asked explicitly, the server offers no empty action.
    const none = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll.reportlint'] },
    });
    expect(none).toEqual([]);
    client.close(uri);
  });

  it('gives the report outline as document symbols: markers, titles and parts', async () => {
    const { path, text, uri } = await openSeed(client, '000');
    const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
    const { config } = await loadConfig({ filePath: path, cwd: dirname(path) });
    const tree = parseReport({ text, format: 'txt', encoding: 'utf-8', bom: false, eol: '\n' }, config.profile);
    expect(symbols.map((s) => s.name)).toEqual(tree.sections.map((s) => `${s.marker?.raw ?? ''}${s.title}`));
    expect(symbols.map((s) => s.name.slice(0, 2))).toEqual(['一、', '二、', '三、', '四、']);
    expect(symbols.map((s) => s.detail)).toEqual(['党政主要负责人履行推进法治建设第一责任人职责情况', '主要举措和成效', '存在的不足和原因', '下一年度主要安排']);
    const measures = symbols[1]!;
    expect(measures.children!.map((c) => c.name.slice(0, 3))).toEqual(['(一)', '(二)', '(三)', '(四)', '(五)', '(六)', '(七)', '(八)']);
    for (const s of symbols) {
      expect(s.range.start.line).toBeLessThanOrEqual(s.selectionRange.start.line);
      expect(s.selectionRange.end.line).toBeLessThanOrEqual(s.range.end.line);
    }
    client.close(uri);
  });

  it('shows unheaded parts in the outline', async () => {
    const { uri } = await openSeed(client, '003');
    const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
    const names = JSON.stringify(symbols);
    expect(names).toContain('〔存在的不足和原因〕');
    expect(names).toContain('〔下一年度主要安排〕');
    client.close(uri);
  });

  it('shows the rule documentation on hover over a finding', async () => {
    const { uri } = await openSeed(client, '000');
    const diagnostics = await client.diagnosticsFor(uri);
    const causes = diagnostics.find((d) => d.code === 'shortcoming-causes')!;
    const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: causes.range.start });
    const value = (hover.contents as { kind: string; value: string }).value;
    expect((hover.contents as { kind: string }).kind).toBe('markdown');
    expect(value).toContain('`shortcoming-causes`');
    expect(value).toContain(causes.message);
    expect(value).toContain('#### What it checks');
    expect(value).toContain('#### Why');
    expect(value).not.toContain('## Examples');
    expect(value).toContain('rules/shortcoming-causes/README.md');
    expect(hover.range).toEqual(causes.range);
    client.close(uri);
  });

  it('shows the rate computed from its counts on hover', async () => {
    const { uri, doc } = await openSeed(client, '002');
    const diagnostics = await client.diagnosticsFor(uri);
    const mismatch = diagnostics.find((d) => d.code === 'rate-mismatch')!;
    const onRate = doc.positionAt(doc.offsetAt(mismatch.range.end) - 3);
    const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: onRate });
    const value = (hover.contents as { value: string }).value;
    expect(value).toContain('**比率** 办结率 99.02%');
    expect(value).toContain('按同句数字计算：13649÷13785 = 99.01%（与文中的 99.02% 不符）'); // the division as rate-mismatch writes it

    // A correct rate: the same arithmetic, and it agrees.
    const text = '2024年，本区受理行政复议案件200件，办结190件，办结率95%。\n';
    const other = uriOf(join(tmpdir(), 'reportlint-ls-rate.txt'));
    const small = client.open(other, text);
    await client.diagnosticsFor(other);
    const agree = await client.request<Hover>('textDocument/hover', { textDocument: { uri: other }, position: small.positionAt(text.indexOf('95%')) });
    expect((agree.contents as { value: string }).value).toContain('按同句数字计算：190÷200 = 95%（与文中一致）');
    // No counts to compute from: the hover says so instead of guessing.
    client.change(other, [{ text: '2024年，本区行政复议案件办结率95%。\n' }]);
    await client.diagnosticsFor(other);
    const none = await client.request<Hover>('textDocument/hover', { textDocument: { uri: other }, position: small.positionAt(small.getText().indexOf('95%')) });
    expect((none.contents as { value: string }).value).toContain('同句中没有可据以核算此比率的分子和分母');
    // Nothing under the cursor (本区): no hover.
    expect(await client.request('textDocument/hover', { textDocument: { uri: other }, position: { line: 0, character: 7 } })).toBeNull();
    client.close(uri);
    client.close(other);
  });

  it('clears a document’s diagnostics when it is closed and ignores documents that are not drafts', async () => {
    const uri = uriOf(join(tmpdir(), 'reportlint-ls-close.txt'));
    client.open(uri, '2024年,本区推进法治建设。\n');
    expect((await client.diagnosticsFor(uri)).length).toBeGreaterThan(0);
    client.close(uri);
    await client.until(() => client.lastPublished(uri)?.diagnostics.length === 0, 5000, 'cleared diagnostics');
    const code = uriOf(join(tmpdir(), 'reportlint-ls-code.ts'));
    client.open(code, 'const a = 1,b = 2;', 'typescript');
    const untitled = 'untitled:Untitled-1';
    client.open(untitled, '2024年,本区推进法治建设。\n', 'plaintext');
    await client.diagnosticsFor(untitled);
    expect(client.published.some((p) => p.uri === code)).toBe(false);
    client.close(code);
    client.close(untitled);
  });
});

describe('configuration and settings', () => {
  const dirs: string[] = [];
  const tempDir = async () => {
    const dir = await realpath(await mkdtemp(join(tmpdir(), 'reportlint-ls-config-')));
    dirs.push(dir);
    return dir;
  };
  afterAll(async () => {
    for (const dir of dirs) await rm(dir, { recursive: true, force: true });
  });

  it('finds the configuration the CLI finds, re-lints when it changes, and survives a broken one', async () => {
    const dir = await tempDir();
    const rc = join(dir, '.reportlintrc.json');
    await writeFile(rc, JSON.stringify({ extends: 'recommended', rules: { 'punctuation-width': 'off' } }));
    const client = await Client.start({ ...ZERO, workspaceFolder: dir });
    try {
      const path = join(dir, 'draft.txt');
      const text = await seedText(seedNames[0]!);
      const uri = uriOf(path);
      client.open(uri, text);
      const first = await client.diagnosticsFor(uri);
      expect(first).toEqual(expectedDiagnostics(await expectedMessages(path, text)));
      expect(first.some((d) => d.code === 'punctuation-width')).toBe(false);

      await writeFile(rc, JSON.stringify({ extends: 'recommended' }));
      const count = client.published.length;
      await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(rc), type: 2 }] });
      const second = await client.until(() => client.published.slice(count).findLast((p) => p.uri === uri)?.diagnostics, 10_000, 're-lint');
      expect(second.some((d) => d.code === 'punctuation-width')).toBe(true);

      await writeFile(rc, '{ "extends": "recommended", "rules": { "punctuation-widht": "warn" }');
      await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(rc), type: 2 }] });
      const broken = await client.until(() => {
        const last = client.lastPublished(uri)?.diagnostics;
        return last?.length === 1 && last[0]!.code === 'config' ? last : undefined;
      }, 10_000, 'config diagnostic');
      expect(broken[0]!.severity).toBe(1);
      expect(broken[0]!.message).toContain('reportlint 配置有误，本文件未检查');
      expect(broken[0]!.message).toContain('.reportlintrc.json:1:');
      expect(broken[0]!.relatedInformation?.[0]?.location.uri).toBe(uriOf(rc));
      const shown = await client.until(() => client.messages.find((m) => m.message.includes('.reportlintrc.json')), 5000, 'showMessage');
      expect(shown.type).toBe(1);
      // The outline still shows with a broken config.
      const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
      expect(symbols.length).toBe(4);

      await writeFile(rc, JSON.stringify({ extends: 'recommended', rules: { 'punctuation-widht': 'warn' } }));
      await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(rc), type: 2 }] });
      const typo = await client.until(() => client.lastPublished(uri)?.diagnostics.find((d) => String(d.message).includes('did you mean "punctuation-width"')), 10_000, 'typo');
      expect(typo.code).toBe('config');

      await writeFile(rc, JSON.stringify({ extends: 'recommended' }));
      await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(rc), type: 2 }] });
      await client.until(() => (client.lastPublished(uri)?.diagnostics.length ?? 0) > 1, 10_000, 'recovery');
      expect(await client.shutdown()).toBe(0);
    } finally {
      client.kill();
    }
  });

  it('runs a config’s plugin, which imports its own @reportlint/core (examples/configs/with-plugin)', async () => {
    // The server is a bundle with a copy of core of its own; the plugin gets the one in node_modules.
    const folder = join(PACKAGE, '../../examples/configs/with-plugin');
    const client = await Client.start({ ...ZERO, workspaceFolder: folder });
    try {
      const path = join(folder, 'draft.txt');
      const text = await readFile(path, 'utf8');
      const uri = uriOf(path);
      client.open(uri, text);
      const diagnostics = await client.diagnosticsFor(uri);
      const fromPlugin = (code: unknown) => String(code).startsWith('example/');
      const messages = await expectedMessages(path, text);
      expect(diagnostics.filter((d) => !fromPlugin(d.code))).toEqual(expectedDiagnostics(messages.filter((m) => !fromPlugin(m.ruleId))));
      expect(diagnostics.filter((d) => fromPlugin(d.code)).map((d) => `${d.code} ${d.message}`)).toEqual([
        'example/sign-off 报告末尾缺少“特此报告。”',
        'example/sign-off 报告末尾缺少成文日期',
      ]);
      expect(await client.shutdown()).toBe(0);
    } finally {
      client.kill();
    }
  });

  it('honours reportlint.enable, reportlint.locale and reportlint.run', async () => {
    const dir = await tempDir();
    const client = await Client.start({ ...ZERO, settings: { enable: false } });
    try {
      const path = join(dir, 'settings.txt');
      const uri = uriOf(path);
      const text = '2024年,本区推进法治建设。\n';
      client.open(uri, text);
      expect(await client.diagnosticsFor(uri)).toEqual([]);

      client.settings = { locale: 'en' };
      await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
      const english = await client.until(() => {
        const d = client.lastPublished(uri)?.diagnostics;
        return d && d.length > 0 ? d : undefined;
      }, 10_000, 'english findings');
      expect(english.find((d) => d.code === 'punctuation-width')?.message).toMatch(/full-width/i);

      client.settings = { run: 'onSave' };
      await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
      await client.until(() => client.lastPublished(uri)?.diagnostics.some((d) => /全角/.test(String(d.message))), 10_000, 'chinese findings');
      const count = client.published.length;
      client.change(uri, [{ range: { start: { line: 0, character: 5 }, end: { line: 0, character: 6 } }, text: '，' }]);
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(client.published.length).toBe(count);
      await client.connection.sendNotification('textDocument/didSave', { textDocument: { uri } });
      const saved = await client.diagnosticsFor(uri);
      expect(saved.some((d) => d.code === 'punctuation-width')).toBe(false);
      expect(saved).toEqual(expectedDiagnostics(await expectedMessages(path, client.docs.get(uri)!.getText())));
    } finally {
      client.kill();
    }
  });

  it('works with a client that cannot answer workspace/configuration: settings from initializationOptions', async () => {
    const dir = await tempDir();
    const client = await Client.start({
      initializationOptions: { debounce: 0, locale: 'en' },
      capabilities: { textDocument: { documentSymbol: {} } },
    });
    try {
      const uri = uriOf(join(dir, 'helix.txt'));
      client.open(uri, '2024年,本区推进法治建设。\n一、主要举措和成效\n');
      const diagnostics = await client.diagnosticsFor(uri);
      expect(diagnostics.find((d) => d.code === 'punctuation-width')?.message).toMatch(/full-width/i);
      // Flat symbols for a client without hierarchical support; workspace edits as `changes`.
      const symbols = await client.request<SymbolInformation[]>('textDocument/documentSymbol', { textDocument: { uri } });
      expect(symbols[0]).toMatchObject({ name: '一、主要举措和成效', location: { uri } });
      const width = diagnostics.find((d) => d.code === 'punctuation-width')!;
      const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
        textDocument: { uri },
        range: width.range,
        context: { diagnostics: [] },
      });
      expect(actions[0]!.edit!.changes![uri]).toBeDefined();
      expect(actions.map((a) => a.title)).toContain('Fix this punctuation-width problem');
    } finally {
      client.kill();
    }
  });
});

describe('transports', () => {
  it('speaks Node IPC (--node-ipc), as the VS Code client starts it', async () => {
    const child = fork(BIN, ['--node-ipc'], { stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
    const connection = createMessageConnection(new IPCMessageReader(child), new IPCMessageWriter(child));
    const published: PublishDiagnosticsParams[] = [];
    connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => void published.push(p));
    connection.listen();
    try {
      await connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {}, initializationOptions: { debounce: 0 } });
      await connection.sendNotification('initialized', {});
      const uri = uriOf(join(tmpdir(), 'reportlint-ls-ipc.md'));
      await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: '# 2024年法治政府建设情况\n\n本区推进法治建设,成效明显。\n' } });
      const deadline = Date.now() + 20_000;
      while (!published.some((p) => p.uri === uri) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
      expect(published.find((p) => p.uri === uri)?.diagnostics.some((d) => d.code === 'punctuation-width')).toBe(true);
      await connection.sendRequest('shutdown');
      await connection.sendNotification('exit');
      expect(await new Promise((resolve) => child.on('exit', resolve))).toBe(0);
    } finally {
      connection.dispose();
      child.kill();
    }
  });

  it('starts from the repository root with `pnpm -s reportlint-language-server --stdio`', async () => {
    const child = spawn('pnpm', ['-s', 'reportlint-language-server', '--stdio'], { cwd: join(PACKAGE, '../..'), stdio: 'pipe' });
    const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
    connection.listen();
    try {
      const result = await connection.sendRequest<{ serverInfo?: { name: string } }>('initialize', { processId: process.pid, rootUri: null, capabilities: {} });
      expect(result.serverInfo?.name).toBe('reportlint');
      await connection.sendRequest('shutdown');
      await connection.sendNotification('exit');
      expect(await new Promise((resolve) => child.on('exit', resolve))).toBe(0);
    } finally {
      connection.dispose();
      child.kill();
    }
  });

  it('prints usage without a transport, and its version', () => {
    const none = spawnSync(process.execPath, [BIN], { encoding: 'utf8' });
    expect(none.status).toBe(2);
    expect(none.stderr).toContain('--stdio');
    const version = spawnSync(process.execPath, [BIN, '--version'], { encoding: 'utf8' });
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });
});

describe('shutdown', () => {
  it('exits with 0 after shutdown and exit, and with 1 on exit without shutdown', async () => {
    const a = await Client.start();
    expect(await a.shutdown()).toBe(0);
    const b = await Client.start();
    await b.connection.sendNotification('exit');
    expect(await b.exited).toBe(1);
    b.connection.dispose();
  });
});


