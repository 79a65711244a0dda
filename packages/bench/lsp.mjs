// Part of `pnpm bench`: the language server as an editor sees it, over stdio.
// - start to ready: process spawn → `initialize` answered (and → first diagnostics of a seed);
// - change to diagnostics: a `didChange` on a 50 KB draft → its `publishDiagnostics`, debounce set
//   to 0 through initializationOptions, p50/p95 after warm-up. LINT_TIMEOUT=0 turns the server's
//   time limit off (its default, 10 s, puts each lint under node:vm's watchdog), to compare.
// Needs the built server (`pnpm bench` runs `tsc -b` and the bundler first). Numbers vary by machine; the language
// server's README quotes a run.
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createRegistry, lint, resolveConfig } from '@reportlint/core';
import { builtinPlugin } from '@reportlint/rules';

const root = join(import.meta.dirname, '..', '..');
const BIN = join(root, 'packages', 'language-server', 'dist', 'bundle', 'bin.js');
const seedsDir = join(root, 'test', 'fixtures', 'seeds');
const seeds = readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).sort();
const STARTS = 10;
const WARMUP = 30;
const RUNS = 200;

/** The smallest JSON-RPC client that will do: Content-Length framing, requests, notifications. */
function startServer() {
  const child = spawn(process.execPath, [BIN, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  let buffer = Buffer.alloc(0);
  let nextId = 1;
  const pending = new Map();
  const listeners = new Set();
  child.stdout.on('data', (chunk) => {
    buffer = Buffer.concat([buffer, chunk]);
    for (;;) {
      const headerEnd = buffer.indexOf('\r\n\r\n');
      if (headerEnd === -1) return;
      const length = Number(/Content-Length: (\d+)/i.exec(buffer.subarray(0, headerEnd).toString())[1]);
      if (buffer.length < headerEnd + 4 + length) return;
      const message = JSON.parse(buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString());
      buffer = buffer.subarray(headerEnd + 4 + length);
      if (message.id !== undefined && message.method === undefined) pending.get(message.id)?.(message);
      else if (message.id !== undefined) write({ jsonrpc: '2.0', id: message.id, result: null }); // registrations, configuration
      else for (const listener of listeners) listener(message);
    }
  });
  const write = (message) => {
    const body = JSON.stringify(message);
    child.stdin.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
  };
  return {
    child,
    request: (method, params) =>
      new Promise((resolve) => {
        const id = nextId++;
        pending.set(id, resolve);
        write({ jsonrpc: '2.0', id, method, params });
      }),
    notify: (method, params) => write({ jsonrpc: '2.0', method, params }),
    /** Resolves with the next notification `test` accepts. */
    next: (test) =>
      new Promise((resolve) => {
        const listener = (message) => {
          if (!test(message)) return;
          listeners.delete(listener);
          resolve(message);
        };
        listeners.add(listener);
      }),
    async stop() {
      await this.request('shutdown', null);
      this.notify('exit', null);
      await new Promise((resolve) => child.on('exit', resolve));
    },
  };
}

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))];
const stats = (times) => {
  const sorted = [...times].sort((a, b) => a - b);
  return { median: percentile(sorted, 0.5), p95: percentile(sorted, 0.95) };
};
const ms = (value) => value.toFixed(1);
const diagnosticsOf = (uri, version) => (m) => m.method === 'textDocument/publishDiagnostics' && m.params.uri === uri && m.params.version === version;
const initialize = (server) =>
  server.request('initialize', { processId: process.pid, rootUri: null, capabilities: {}, initializationOptions: { debounce: 0, ...(process.env.LINT_TIMEOUT ? { lintTimeout: Number(process.env.LINT_TIMEOUT) } : {}) } });

// Start to ready: a fresh process each time.
const ready = [];
const firstDiagnostics = [];
const seedFile = join(seedsDir, seeds[0]);
for (let i = 0; i < STARTS; i++) {
  const t0 = performance.now();
  const server = startServer();
  await initialize(server);
  ready.push(performance.now() - t0);
  server.notify('initialized', {});
  const uri = pathToFileURL(seedFile).href;
  const published = server.next(diagnosticsOf(uri, 1));
  server.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text: readFileSync(seedFile, 'utf8') } });
  await published;
  firstDiagnostics.push(performance.now() - t0);
  await server.stop();
}

// Change to diagnostics on a 50 KB draft: the five seeds one after the other.
const text = seeds.map((f) => readFileSync(join(seedsDir, f), 'utf8')).join('\n');
const uri = pathToFileURL(join(seedsDir, 'bench-50kb.txt')).href;
const server = startServer();
await initialize(server);
server.notify('initialized', {});
let version = 1;
let opened = server.next(diagnosticsOf(uri, 1));
server.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version, text } });
await opened;
const lines = text.split('\n');
let seed = 1;
const random = () => ((seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32);
const latencies = [];
let last = { line: 0, character: 0 };
for (let i = 0; i < WARMUP + RUNS; i++) {
  // Type a character somewhere, then take it back: the draft stays 50 KB.
  const line = Math.floor(random() * lines.length);
  const character = Math.min(lines[line].length, Math.floor(random() * 40));
  const change =
    i % 2 === 0
      ? { range: { start: { line, character }, end: { line, character } }, text: '，' }
      : { range: { start: last, end: { line: last.line, character: last.character + 1 } }, text: '' };
  if (i % 2 === 0) last = { line, character };
  version++;
  const published = server.next(diagnosticsOf(uri, version));
  const t0 = performance.now();
  server.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [change] });
  await published;
  if (i >= WARMUP) latencies.push(performance.now() - t0);
}
await server.stop();

// The same text linted in-process: what the server adds on top of lint() itself.
const { config } = resolveConfig({ extends: 'recommended' }, createRegistry([builtinPlugin]));
const source = { text, format: 'txt', encoding: 'utf-8', bom: false, eol: '\n' };
const inProcess = [];
for (let i = 0; i < WARMUP + RUNS; i++) {
  const t0 = performance.now();
  lint(source, config);
  if (i >= WARMUP) inProcess.push(performance.now() - t0);
}

const start = stats(ready);
const first = stats(firstDiagnostics);
const change = stats(latencies);
const direct = stats(inProcess);
console.log(`reportlint-language-server over stdio, Node ${process.version}; draft ${(Buffer.byteLength(text) / 1024).toFixed(1)} KB (${text.length} UTF-16 units)`);
console.table([
  { measure: `start → initialize answered (${STARTS} starts)`, 'median ms': ms(start.median), 'p95 ms': ms(start.p95), target: '< 300' },
  { measure: `start → first diagnostics of seed ${seeds[0].slice(0, 3)}`, 'median ms': ms(first.median), 'p95 ms': ms(first.p95), target: '' },
  { measure: `didChange → publishDiagnostics, 50 KB (${RUNS} after ${WARMUP} warm-up)`, 'median ms': ms(change.median), 'p95 ms': ms(change.p95), target: '< 30' },
  { measure: 'lint() of the same 50 KB in-process', 'median ms': ms(direct.median), 'p95 ms': ms(direct.p95), target: '' },
]);
