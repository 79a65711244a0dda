import { spawn } from 'node:child_process';
import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { Writable } from 'node:stream';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { loadConfig } from '@reportlint/config';
import { lint } from '@reportlint/core';
import type { LintMessage } from '@reportlint/core';
import type { SourceFormat } from '@reportlint/parser';
import { builtinPlugin } from '@reportlint/rules';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  createMessageConnection,
  StreamMessageReader,
  StreamMessageWriter,
} from 'vscode-languageserver-protocol/node';
import type {
  ClientCapabilities,
  Diagnostic,
  InitializeResult,
  MessageConnection,
  PublishDiagnosticsParams,
  TextDocumentContentChangeEvent,
  WorkspaceEdit,
} from 'vscode-languageserver-protocol/node';

export const PACKAGE = join(import.meta.dirname, '..');
/** The bundled executable, which editors start (the package's `bin`). */
export const BIN = join(PACKAGE, 'dist', 'bundle', 'bin.js');
export const SEEDS = join(PACKAGE, '../../test/fixtures/seeds');
export const seedNames = (await readdir(SEEDS)).filter((n) => n.endsWith('.txt')).sort();
export const seedPath = (name: string) => join(SEEDS, name);
export const seedText = (name: string) => readFile(seedPath(name), 'utf8');

/** What a capable editor (VS Code) announces; tests take parts away to see the fallbacks. */
export const FULL_CAPABILITIES: ClientCapabilities = {
  workspace: {
    configuration: true,
    workspaceEdit: { documentChanges: true },
    didChangeWatchedFiles: { dynamicRegistration: true },
    didChangeConfiguration: { dynamicRegistration: true },
    workspaceFolders: true,
  },
  textDocument: {
    synchronization: { didSave: true, dynamicRegistration: false },
    publishDiagnostics: { versionSupport: true, codeDescriptionSupport: true },
    documentSymbol: { hierarchicalDocumentSymbolSupport: true },
    hover: { contentFormat: ['markdown', 'plaintext'] },
    codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source.fixAll'] } } },
  },
};

export interface StartOptions {
  initializationOptions?: Record<string, unknown>;
  capabilities?: ClientCapabilities;
  /** Answers `workspace/configuration` for section `reportlint`. */
  settings?: Record<string, unknown> | null;
  workspaceFolder?: string;
  nodeArgs?: string[];
}

/**
 * A test client: the built server as a child process, spoken to over stdio through
 * vscode-jsonrpc and the protocol types, with the documents mirrored on this side.
 */
export class Client {
  readonly connection: MessageConnection;
  readonly published: PublishDiagnosticsParams[] = [];
  readonly messages: { type: number; message: string }[] = [];
  readonly registrations: unknown[] = [];
  readonly docs = new Map<string, TextDocument>();
  settings: Record<string, unknown> | null;
  /** Milliseconds the client takes to answer `workspace/configuration`. */
  configurationDelay = 0;
  stderr = '';
  private waiters: Array<() => void> = [];
  readonly exited: Promise<number | null>;
  initializeResult?: InitializeResult;

  constructor(readonly child: ChildProcessWithoutNullStreams, settings: Record<string, unknown> | null) {
    this.settings = settings;
    child.stderr.on('data', (chunk: Buffer) => void (this.stderr += chunk.toString()));
    this.exited = new Promise((resolve) => child.on('exit', (code) => resolve(code)));
    this.connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(serverInput(child)));
    this.connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
      this.published.push(params);
      this.wake();
    });
    this.connection.onNotification('window/showMessage', (params: { type: number; message: string }) => {
      this.messages.push(params);
      this.wake();
    });
    this.connection.onNotification('window/logMessage', () => undefined);
    this.connection.onRequest('workspace/configuration', async (params: { items: unknown[] }) => {
      if (this.configurationDelay > 0) await sleep(this.configurationDelay);
      return params.items.map(() => this.settings);
    });
    this.connection.onRequest('client/registerCapability', (params: unknown) => {
      this.registrations.push(params);
      this.wake();
      return null;
    });
    this.connection.listen();
  }

  static async start(options: StartOptions = {}): Promise<Client> {
    const child = spawn(process.execPath, [...(options.nodeArgs ?? []), BIN, '--stdio'], { stdio: 'pipe' });
    const client = new Client(child, options.settings === undefined ? null : options.settings);
    const folder = options.workspaceFolder;
    client.initializeResult = await client.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: folder ? pathToFileURL(folder).href : null,
      workspaceFolders: folder ? [{ uri: pathToFileURL(folder).href, name: 'test' }] : null,
      capabilities: options.capabilities ?? FULL_CAPABILITIES,
      initializationOptions: options.initializationOptions ?? {},
    });
    await client.connection.sendNotification('initialized', {});
    return client;
  }

  private wake(): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const w of waiters) w();
  }

  /** Resolves when `test` holds, checked after each message from the server and every 50 ms; rejects after `ms`. */
  until<T>(test: () => T | undefined | false, ms = 20_000, what = 'condition'): Promise<T> {
    return new Promise((resolve, reject) => {
      let done = false;
      const finish = (error?: Error, value?: T) => {
        done = true;
        clearTimeout(timer);
        clearInterval(poll);
        if (error) reject(error);
        else resolve(value!);
      };
      const timer = setTimeout(() => finish(new Error(`timed out waiting for ${what}; stderr: ${this.stderr.slice(-2000)}`)), ms);
      const check = () => {
        if (done) return;
        const value = test();
        if (value !== undefined && value !== false) finish(undefined, value);
        else this.waiters.push(check);
      };
      const poll = setInterval(check, 50);
      check();
    });
  }

  /** The diagnostics published for the document's current version. */
  diagnosticsFor(uri: string, version = this.docs.get(uri)?.version): Promise<Diagnostic[]> {
    return this.until(
      () => this.published.findLast((p) => p.uri === uri && p.version === version)?.diagnostics,
      20_000,
      `diagnostics for ${uri} v${version}`,
    );
  }

  lastPublished(uri: string): PublishDiagnosticsParams | undefined {
    return this.published.findLast((p) => p.uri === uri);
  }

  open(uri: string, text: string, languageId = 'plaintext'): TextDocument {
    const doc = TextDocument.create(uri, languageId, 1, text);
    this.docs.set(uri, doc);
    void this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
    return doc;
  }

  change(uri: string, changes: TextDocumentContentChangeEvent[]): TextDocument {
    const doc = this.docs.get(uri)!;
    TextDocument.update(doc, changes, doc.version + 1);
    void this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: doc.version }, contentChanges: changes });
    return doc;
  }

  close(uri: string): void {
    this.docs.delete(uri);
    void this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  /** Applies a workspace edit to the mirrored document and sends it to the server as one change. */
  apply(uri: string, edit: WorkspaceEdit): TextDocument {
    const doc = this.docs.get(uri)!;
    const edits = edit.documentChanges
      ? edit.documentChanges.flatMap((c) => ('edits' in c && c.textDocument.uri === uri ? c.edits : []))
      : (edit.changes?.[uri] ?? []);
    // Sent as the editor would: edits from the end, so each range still refers to the text it was made for.
    const sorted = [...edits].sort((a, b) => doc.offsetAt(b.range.start) - doc.offsetAt(a.range.start));
    return this.change(uri, sorted.map((e) => ({ range: e.range, text: 'newText' in e ? e.newText : '' })));
  }

  request<R>(method: string, params: unknown): Promise<R> {
    return this.connection.sendRequest(method, params) as Promise<R>;
  }

  async stats(): Promise<{ heapUsed: number; rss: number; documents: number; analyses: number; timers: number; lints: number }> {
    return this.request('reportlint/serverStats', null);
  }

  async shutdown(): Promise<number | null> {
    await this.connection.sendRequest('shutdown');
    await this.connection.sendNotification('exit');
    const code = await this.exited;
    this.connection.dispose();
    return code;
  }

  /** Writes raw bytes into the server's input, between whole messages. */
  raw(bytes: string | Buffer): void {
    this.child.stdin.write(bytes);
  }

  /** A request every server must answer: proves it is alive and reading. */
  async ping(): Promise<void> {
    await this.request('textDocument/documentSymbol', { textDocument: { uri: 'file:///nowhere.txt' } });
  }

  kill(): void {
    this.connection.dispose();
    this.child.kill();
  }
}

/**
 * The server's input as the client writes to it. A reply the client owes the server (to a
 * workspace/configuration request sent just before `exit`) may come after the server has gone:
 * it is dropped, as an editor drops it, instead of failing the run on a closed pipe.
 */
function serverInput(child: ChildProcessWithoutNullStreams): Writable {
  child.stdin.on('error', () => undefined);
  return new Writable({
    write(chunk: Buffer, _encoding, done) {
      if (child.stdin.destroyed || !child.stdin.writable) return done();
      child.stdin.write(chunk, () => done());
    },
  });
}

export const uriOf = (path: string) => pathToFileURL(path).href;

/** Opens the seed whose file name starts with `prefix` (e.g. '002') in `client`. */
export async function openSeed(client: Client, prefix: string): Promise<{ path: string; text: string; uri: string; doc: TextDocument }> {
  const name = seedNames.find((n) => n.startsWith(prefix))!;
  const path = seedPath(name);
  const text = await seedText(name);
  const uri = uriOf(path);
  return { path, text, uri, doc: client.open(uri, text) };
}
export const pathOf = (uri: string) => fileURLToPath(uri);

/** What the CLI reports for this text at this path: core's lint with the configuration found for the path. */
export async function expectedMessages(path: string, text: string, format: SourceFormat = 'txt'): Promise<LintMessage[]> {
  const { config, problems } = await loadConfig({ filePath: path, cwd: dirname(path) });
  if (problems.length) throw new Error(`unexpected config problems: ${JSON.stringify(problems)}`);
  return lint({ text, format, encoding: 'utf-8', bom: false, eol: '\n' }, config).messages;
}

/**
 * The diagnostics a correct server publishes for these findings, built from core's own 1-based
 * line/column (not from offsets), so the server's offset → position conversion is checked too.
 */
export function expectedDiagnostics(messages: LintMessage[]): Diagnostic[] {
  return messages.map((m) => ({
    range: { start: { line: m.line - 1, character: m.column - 1 }, end: { line: m.endLine - 1, character: m.endColumn - 1 } },
    severity: m.severity === 2 ? 1 : 2,
    source: 'reportlint',
    message: m.message,
    ...(m.ruleId !== null ? { code: m.ruleId, codeDescription: { href: builtinPlugin.rules!.find((r) => r.id === m.ruleId)!.url } } : {}),
  }));
}

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
