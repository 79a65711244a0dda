import { basename, dirname, join, sep } from 'node:path';
import type { LoadedConfig } from '@reportlint/config';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type {
  ClientCapabilities,
  CodeAction,
  CodeActionParams,
  Connection,
  DidChangeConfigurationParams,
  DidChangeWatchedFilesParams,
  DocumentSymbol,
  DocumentSymbolParams,
  Hover,
  HoverParams,
  InitializeParams,
  InitializeResult,
  SymbolInformation,
  WorkspaceFolder,
} from 'vscode-languageserver/node';
import { analyze, filePath, formatOf } from './analysis.js';
import type { Analysis } from './analysis.js';
import { FIX_ALL_KIND, codeActions } from './code-actions.js';
import { DocumentStore } from './documents.js';
import { hover } from './hover.js';
import { lsp } from './lsp.js';
import { loadEngine } from './load-engine.js';
import type { Engine } from './load-engine.js';
import { readServerOptions, readSettings } from './settings.js';
import type { ServerOptions, Settings } from './settings.js';
import { documentSymbols, flatSymbols } from './symbols.js';
import { VERSION } from './version.js';

/** Custom request, answered only when `initializationOptions.testHooks` is true. */
export const STATS_REQUEST = 'reportlint/serverStats';

export interface ServerStats {
  heapUsed: number;
  rss: number;
  documents: number;
  analyses: number;
  timers: number;
  lints: number;
}

type Reason = 'open' | 'change' | 'save' | 'config';

interface Scheduled {
  reason: Reason;
  cancel(): void;
}

/** Files whose change can change a configuration besides the config files themselves: outline profiles. */
const RELATED = /\.json$/i;

/**
 * Wires a reportlint language server onto a connection. Everything the server says about a
 * document comes from one synchronous `lint()` of one version of its text, so a result is never
 * published for a version it was not computed from.
 */
export function startServer(connection: Connection): void {
  const store = new DocumentStore();
  const analyses = new Map<string, Analysis>();
  const published = new Map<string, string>();
  const timers = new Map<string, Scheduled>();
  const settingsCache = new Map<string, Promise<Settings>>();
  const shownProblems = new Set<string>();
  let options: ServerOptions = readServerOptions(undefined);
  let globalSettings: Settings = options.settings;
  let capabilities: ClientCapabilities = {};
  let folders: string[] = [];
  /** Bumped whenever configuration or settings change: every analysis made before is stale. */
  let generation = 0;
  let lints = 0;

  const log = (message: string) => connection.console.log(message);
  const warn = (message: string) => connection.console.warn(message);
  const failed = (what: string) => (error: unknown) => {
    connection.console.error(`${what}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  };

  const pullsConfiguration = () => capabilities.workspace?.configuration === true;

  function settingsFor(uri: string): Promise<Settings> {
    if (!pullsConfiguration()) return Promise.resolve(globalSettings);
    let settings = settingsCache.get(uri);
    if (!settings) {
      settings = connection.workspace
        .getConfiguration({ scopeUri: uri, section: 'reportlint' })
        .then((value: unknown) => readSettings(value, globalSettings))
        .catch(() => globalSettings);
      settingsCache.set(uri, settings);
    }
    return settings;
  }

  /** The workspace folder holding a path (the deepest), else the path's own folder. */
  function folderOf(path: string): string {
    const holding = folders.filter((f) => path === f || path.startsWith(f.endsWith(sep) ? f : `${f}${sep}`));
    return holding.sort((a, b) => b.length - a.length)[0] ?? dirname(path);
  }

  /** The configuration for a document, found the way the CLI finds it for the file. */
  async function configFor(engine: Engine, doc: TextDocument, settings: Settings): Promise<LoadedConfig> {
    const path = filePath(doc.uri);
    // An untitled buffer gets the configuration of the (first) workspace folder.
    const file = path ?? join(folders[0] ?? process.cwd(), formatOf(doc) === 'md' ? 'untitled.md' : 'untitled.txt');
    const loaded = await engine.loadConfig({
      filePath: file,
      cwd: folderOf(file),
      ...(settings.locale ? { overrides: { locale: settings.locale } } : {}),
    });
    if (loaded.problems.length > 0) {
      const text = loaded.problems.map((p) => engine.formatProblem(p)).join('\n');
      if (!shownProblems.has(text)) {
        shownProblems.add(text);
        warn(`reportlint: configuration problems:\n${text}`);
        // A notification: showErrorMessage would send a request some clients never answer.
        void connection.sendNotification(lsp.ShowMessageNotification.type, { type: lsp.MessageType.Error, message: `reportlint: ${text}` }).catch(() => undefined);
      }
    }
    return loaded;
  }

  /**
   * The analysis of the document's current version, computed if needed. Awaits only the engine,
   * settings and configuration; the lint itself runs after the last await, on the text as it is then.
   */
  async function current(uri: string): Promise<Analysis | undefined> {
    const engine = await loadEngine();
    const first = store.get(uri);
    if (!first || !formatOf(first)) return undefined;
    const gen = generation;
    const settings = await settingsFor(uri);
    const loaded = settings.enable ? await configFor(engine, first, settings) : undefined;
    const doc = store.get(uri);
    if (!doc) return undefined; // closed meanwhile
    const format = formatOf(doc);
    if (!format) return undefined;
    const cached = analyses.get(uri);
    if (cached && cached.version === doc.version && cached.generation === gen && gen === generation) return cached;
    const analysis = analyze({ engine, doc, format, settings, loaded, generation: gen, maxDocumentSize: options.maxDocumentSize, lintTimeout: options.lintTimeout });
    if (analysis.result) lints++;
    analyses.set(uri, analysis);
    return analysis;
  }

  async function publish(uri: string, reason: Reason): Promise<void> {
    const settings = await settingsFor(uri);
    if (reason === 'change' && settings.run === 'onSave') return;
    const analysis = await current(uri);
    const doc = store.get(uri);
    if (!analysis || !doc || doc.version !== analysis.version) return;
    const key = `${analysis.version}:${analysis.generation}`;
    if (published.get(uri) === key) return;
    published.set(uri, key);
    await connection.sendDiagnostics({ uri, version: analysis.version, diagnostics: analysis.diagnostics });
  }

  function schedule(uri: string, next: Reason, delay: number): void {
    const pending = timers.get(uri);
    pending?.cancel();
    // A change right after an open or a save must not turn that lint into an on-type one (run: onSave).
    const reason = pending && pending.reason !== 'change' ? pending.reason : next;
    const run = () => {
      timers.delete(uri);
      publish(uri, reason).catch(failed(`reportlint: linting ${uri} failed`));
    };
    if (delay > 0) {
      const timer = setTimeout(run, delay);
      timers.set(uri, { reason, cancel: () => clearTimeout(timer) });
    } else {
      const immediate = setImmediate(run);
      timers.set(uri, { reason, cancel: () => clearImmediate(immediate) });
    }
  }

  function relintAll(): void {
    generation++;
    published.clear();
    for (const doc of store.all()) schedule(doc.uri, 'config', 0);
  }

  async function configurationChanged(): Promise<void> {
    const engine = await loadEngine();
    engine.clearConfigCache();
    shownProblems.clear();
    relintAll();
  }

  function isConfigFile(path: string, names: readonly string[]): boolean {
    return names.includes(basename(path)) || RELATED.test(path);
  }

  /** The analysis for a request on a document, if it is ours and still open. */
  async function forRequest(uri: unknown): Promise<{ engine: Engine; analysis: Analysis; doc: TextDocument } | undefined> {
    if (typeof uri !== 'string') return undefined;
    const analysis = await current(uri);
    const doc = store.get(uri);
    if (!analysis || !doc || doc.version !== analysis.version) return undefined;
    return { engine: await loadEngine(), analysis, doc };
  }

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    capabilities = params.capabilities ?? {};
    options = readServerOptions(params.initializationOptions);
    globalSettings = options.settings;
    const workspaceFolders: WorkspaceFolder[] = Array.isArray(params.workspaceFolders) ? params.workspaceFolders : [];
    folders = workspaceFolders.map((f) => (typeof f?.uri === 'string' ? filePath(f.uri) : undefined)).filter((p): p is string => p !== undefined);
    if (folders.length === 0 && typeof params.rootUri === 'string') {
      const root = filePath(params.rootUri);
      if (root) folders = [root];
    }
    return {
      capabilities: {
        positionEncoding: 'utf-16',
        textDocumentSync: { openClose: true, change: 2, save: { includeText: false } },
        codeActionProvider: { codeActionKinds: ['quickfix', FIX_ALL_KIND] },
        documentSymbolProvider: { label: 'reportlint' },
        hoverProvider: true,
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'reportlint', version: VERSION },
    };
  });

  connection.onInitialized(() => {
    loadEngine()
      .then(async (engine) => {
        if (capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration) {
          const names = engine.CONFIG_FILE_NAMES.join(',');
          await connection.client.register(lsp.DidChangeWatchedFilesNotification.type, {
            // Outline profiles are JSON files a config names by path: any JSON change may matter.
            watchers: [{ globPattern: `**/{${names}}` }, { globPattern: '**/*.json' }],
          });
        }
        if (capabilities.workspace?.didChangeConfiguration?.dynamicRegistration) {
          await connection.client.register(lsp.DidChangeConfigurationNotification.type, { section: 'reportlint' });
        }
        if (capabilities.workspace?.workspaceFolders) {
          connection.workspace.onDidChangeWorkspaceFolders((event) => {
            const removed = new Set(event.removed.map((f) => filePath(f.uri)));
            folders = folders.filter((f) => !removed.has(f));
            for (const f of event.added) {
              const path = filePath(f.uri);
              if (path) folders.push(path);
            }
            void configurationChanged();
          });
        }
      })
      .catch(failed('reportlint: start-up failed'));
  });

  connection.onDidOpenTextDocument((params) => {
    const td = params?.textDocument;
    const doc = store.open(td?.uri, td?.languageId, td?.version, td?.text);
    if (!doc) {
      warn('reportlint: ignored a malformed textDocument/didOpen');
      return;
    }
    published.delete(doc.uri);
    if (formatOf(doc)) schedule(doc.uri, 'open', 0);
  });

  connection.onDidChangeTextDocument((params) => {
    const uri = params?.textDocument?.uri;
    const doc = store.change(uri, params?.textDocument?.version, params?.contentChanges);
    if (!doc) {
      warn(`reportlint: ignored a malformed or unknown textDocument/didChange for ${String(uri)}`);
      return;
    }
    if (formatOf(doc)) schedule(doc.uri, 'change', options.debounce);
  });

  connection.onDidSaveTextDocument((params) => {
    const uri = params?.textDocument?.uri;
    if (typeof uri !== 'string') return;
    const path = filePath(uri);
    if (path) {
      void loadEngine().then((engine) => {
        if (isConfigFile(path, engine.CONFIG_FILE_NAMES)) void configurationChanged();
      });
    }
    const doc = store.get(uri);
    if (doc && formatOf(doc)) schedule(uri, 'save', 0);
  });

  connection.onDidCloseTextDocument((params) => {
    const uri = params?.textDocument?.uri;
    const doc = store.close(uri);
    if (!doc) return;
    timers.get(doc.uri)?.cancel();
    timers.delete(doc.uri);
    analyses.delete(doc.uri);
    published.delete(doc.uri);
    settingsCache.delete(doc.uri);
    if (formatOf(doc)) connection.sendDiagnostics({ uri: doc.uri, diagnostics: [] }).catch(failed('reportlint: clearing diagnostics failed'));
  });

  connection.onDidChangeConfiguration((params: DidChangeConfigurationParams) => {
    settingsCache.clear();
    const settings = (params?.settings as Record<string, unknown> | undefined)?.['reportlint'];
    if (settings !== undefined) globalSettings = readSettings(settings, options.settings);
    void configurationChanged();
  });

  connection.onDidChangeWatchedFiles((params: DidChangeWatchedFilesParams) => {
    void loadEngine().then((engine) => {
      const changes = Array.isArray(params?.changes) ? params.changes : [];
      const paths = changes.map((c) => (typeof c?.uri === 'string' ? filePath(c.uri) : undefined));
      if (paths.some((p) => p !== undefined && isConfigFile(p, engine.CONFIG_FILE_NAMES))) {
        log('reportlint: configuration changed, linting open documents again');
        void configurationChanged();
      }
    });
  });

  connection.onCodeAction(async (params: CodeActionParams): Promise<CodeAction[]> => {
    const found = await forRequest(params?.textDocument?.uri);
    if (!found || !params.range) return [];
    const only = Array.isArray(params.context?.only) ? params.context.only : undefined;
    return codeActions(found.engine, {
      doc: found.doc,
      analysis: found.analysis,
      range: params.range,
      only,
      documentChanges: capabilities.workspace?.workspaceEdit?.documentChanges === true,
    });
  });

  connection.onDocumentSymbol(async (params: DocumentSymbolParams): Promise<DocumentSymbol[] | SymbolInformation[]> => {
    const found = await forRequest(params?.textDocument?.uri);
    if (!found?.analysis.tree) return [];
    const symbols = documentSymbols(found.doc, found.analysis.tree, found.analysis.locale);
    return capabilities.textDocument?.documentSymbol?.hierarchicalDocumentSymbolSupport ? symbols : flatSymbols(found.doc.uri, symbols);
  });

  connection.onHover(async (params: HoverParams): Promise<Hover | null> => {
    const found = await forRequest(params?.textDocument?.uri);
    if (!found || !params.position) return null;
    const formats = capabilities.textDocument?.hover?.contentFormat;
    const markdown = formats === undefined || formats.includes('markdown');
    return hover(found.engine, found.analysis, found.doc, params.position, markdown);
  });

  connection.onRequest(STATS_REQUEST, (): ServerStats => {
    if (!options.testHooks) throw new lsp.ResponseError(-32601, `Unhandled method ${STATS_REQUEST}`);
    (globalThis as { gc?: () => void }).gc?.();
    const memory = process.memoryUsage();
    return { heapUsed: memory.heapUsed, rss: memory.rss, documents: store.all().length, analyses: analyses.size, timers: timers.size, lints };
  });

  connection.onShutdown(() => {
    for (const timer of timers.values()) timer.cancel();
    timers.clear();
  });

  connection.listen();
}
