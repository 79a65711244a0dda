import { spawn, spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LintMessage } from '@reportlint/core';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN, expectedMessages, seedNames, seedPath, seedText } from './helpers.js';

const hasNvim = spawnSync('nvim', ['--version'], { stdio: 'ignore' }).status === 0;
// CI installs Neovim (.ci/run); there a missing editor is a failure, not a reason to skip.
const mustRun = Boolean(process.env['CI']);

/**
 * The editor side: starts the server for text and Markdown buffers, waits for diagnostics, asks for
 * the outline, types a fix (a full-width comma over the first half-width one) and waits for the
 * diagnostics to follow, then writes what Neovim holds as JSON. `vim.lsp.start` where it exists
 * (0.8+), `start_client` + `buf_attach_client` on older releases such as Debian 12's 0.7.
 */
const INIT_LUA = String.raw`
vim.cmd('filetype on')
local server, node, out = os.getenv('REPORTLINT_LS'), os.getenv('REPORTLINT_NODE'), os.getenv('REPORTLINT_OUT')

local function start(bufnr)
  local config = { name = 'reportlint', cmd = { node, server, '--stdio' }, root_dir = vim.fn.getcwd(), init_options = { debounce = 0 } }
  if vim.lsp.start then
    vim.lsp.start(config, { bufnr = bufnr })
  else
    vim.lsp.buf_attach_client(bufnr, vim.lsp.start_client(config))
  end
end
vim.api.nvim_create_autocmd('FileType', { pattern = { 'text', 'markdown' }, callback = function(args) start(args.buf) end })

local function plain(list)
  local result = {}
  for _, d in ipairs(list) do
    table.insert(result, { lnum = d.lnum, col = d.col, end_lnum = d.end_lnum, end_col = d.end_col, severity = d.severity,
      message = d.message, source = d.source, code = d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code) })
  end
  return result
end

vim.api.nvim_create_autocmd('VimEnter', { callback = function()
  local result = { filetype = vim.bo.filetype }
  result.ok = vim.wait(30000, function() return #vim.diagnostic.get(0) > 0 end, 20)
  local before = vim.diagnostic.get(0)
  result.diagnostics = plain(before)

  local params = { textDocument = vim.lsp.util.make_text_document_params() }
  local responses = vim.lsp.buf_request_sync(0, 'textDocument/documentSymbol', params, 10000) or {}
  result.symbols = {}
  for _, response in pairs(responses) do
    for _, symbol in ipairs(response.result or {}) do table.insert(result.symbols, { name = symbol.name, detail = symbol.detail }) end
  end

  local target
  for _, d in ipairs(before) do
    if d.message:find('半角“,”', 1, true) and (target == nil or d.lnum > target.lnum) then target = d end
  end
  if target then
    vim.api.nvim_buf_set_text(0, target.lnum, target.col, target.end_lnum, target.end_col, { '，' })
    result.edited = vim.wait(30000, function() return #vim.diagnostic.get(0) == #before - 1 end, 20)
    result.after = plain(vim.diagnostic.get(0))
    result.lines = vim.api.nvim_buf_get_lines(0, 0, -1, false)
  end
  vim.fn.writefile({ vim.json.encode(result) }, out)
  vim.cmd('qa!')
end })
`;

interface NvimDiagnostic {
  lnum: number;
  col: number;
  end_lnum: number;
  end_col: number;
  severity: number;
  message: string;
  source: string;
  code: string;
}

/** What Neovim should hold: LSP's UTF-16 positions turned into its 0-based byte columns. */
function inNeovim(messages: LintMessage[], text: string): NvimDiagnostic[] {
  const lines = text.split(/\r\n|\r|\n/);
  const bytes = (line: number, column: number) => Buffer.byteLength(lines[line - 1]!.slice(0, column - 1));
  return messages.map((m) => ({
    lnum: m.line - 1,
    col: bytes(m.line, m.column),
    end_lnum: m.endLine - 1,
    end_col: bytes(m.endLine, m.endColumn),
    severity: m.severity === 2 ? 1 : 2, // vim.diagnostic.severity: ERROR = 1, WARN = 2
    message: m.message,
    source: 'reportlint',
    code: m.ruleId!,
  }));
}

const order = (list: NvimDiagnostic[]) =>
  [...list].sort((a, b) => a.lnum - b.lnum || a.col - b.col || a.end_lnum - b.end_lnum || a.end_col - b.end_col || a.code.localeCompare(b.code) || a.message.localeCompare(b.message));

function runNvim(file: string, init: string, out: string): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn('nvim', ['--headless', '-n', '-i', 'NONE', '-u', init, file], {
      env: { ...process.env, REPORTLINT_LS: BIN, REPORTLINT_NODE: process.execPath, REPORTLINT_OUT: out },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => void (stderr += chunk.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), 90_000);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stderr });
    });
  });
}

describe('Neovim, headless, as the client', () => {
  const dirs: string[] = [];
  afterAll(async () => {
    for (const dir of dirs) await rm(dir, { recursive: true, force: true });
  });

  it.skipIf(!hasNvim && !mustRun)('receives the diagnostics of a seed, its outline, and diagnostics that follow an edit', async () => {
    expect(hasNvim, 'nvim is not installed (Debian package neovim; .ci/run installs it)').toBe(true);
    const dir = await mkdtemp(join(tmpdir(), 'reportlint-nvim-'));
    dirs.push(dir);
    const init = join(dir, 'init.lua');
    const out = join(dir, 'out.json');
    await writeFile(init, INIT_LUA);
    const name = seedNames.find((n) => n.startsWith('004'))!;
    const path = seedPath(name);
    const text = await seedText(name);

    const { code, stderr } = await runNvim(path, init, out);
    expect(code, stderr).toBe(0);
    const result = JSON.parse(await readFile(out, 'utf8')) as {
      ok: boolean;
      filetype: string;
      diagnostics: NvimDiagnostic[];
      symbols: { name: string; detail?: string }[];
      edited?: boolean;
      after?: NvimDiagnostic[];
      lines?: string[];
    };
    expect(result.filetype).toBe('text');
    expect(result.ok).toBe(true);
    const expected = inNeovim(await expectedMessages(path, text), text);
    expect(order(result.diagnostics)).toEqual(order(expected));
    // Multi-byte glyphs: the first finding's byte column is not its UTF-16 column.
    const first = order(result.diagnostics).find((d) => d.code === 'punctuation-width')!;
    expect(Buffer.from(text.split('\n')[first.lnum]!).subarray(first.col, first.end_col).toString()).toBe(',');

    expect(result.symbols.map((s) => s.name.slice(0, 2))).toEqual(['一、', '二、', '三、', '四、']);
    expect(result.symbols.map((s) => s.detail)).toEqual(['主要举措和成效', '存在的不足和原因', '党政主要负责人履行推进法治建设第一责任人职责情况', '下一年度主要安排']);

    expect(result.edited).toBe(true);
    const edited = `${result.lines!.join('\n')}\n`;
    expect(edited).not.toBe(text);
    expect(order(result.after!)).toEqual(order(inNeovim(await expectedMessages(path, edited), edited)));
  }, 120_000);
});
