import { isAbsolute } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { LoadedConfig } from '@reportlint/config';
import type { Locale, LintMessage, LintResult } from '@reportlint/core';
import type { ReportTree, Source, SourceFormat } from '@reportlint/parser';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from 'vscode-languageserver/node';
import { t } from './i18n.js';
import type { Engine } from './load-engine.js';
import type { Settings } from './settings.js';

/** What the server knows about one version of a document: everything below is computed from one text. */
export interface Analysis {
  uri: string;
  version: number;
  /** Config/settings generation the analysis was made with; a config change makes it stale. */
  generation: number;
  settings: Settings;
  locale: Locale;
  source: Source;
  loaded?: LoadedConfig;
  /** The report tree (also when the config is broken: the outline still shows). */
  tree?: ReportTree;
  /** Findings; absent when the document was not linted (disabled, empty, too large, binary, broken config). */
  result?: LintResult;
  diagnostics: Diagnostic[];
}

const SOURCE = 'reportlint';

/** Editors send drafts as plaintext/text or markdown; other documents are someone else's. */
export function formatOf(doc: TextDocument): SourceFormat | undefined {
  const path = doc.uri.replace(/[?#].*$/, '');
  if (/\.(md|markdown)$/i.test(path)) return 'md';
  if (/\.txt$/i.test(path)) return 'txt';
  if (doc.languageId === 'markdown') return 'md';
  if (doc.languageId === 'plaintext' || doc.languageId === 'text') return 'txt';
  return undefined;
}

/** The file system path of a `file:` URI; undefined for untitled buffers and other schemes. */
export function filePath(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

function notice(message: string, severity: Diagnostic['severity']): Diagnostic {
  return { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, severity, source: SOURCE, message };
}

/**
 * The finding's 1-based line and column are the LSP position plus one: both count UTF-16 units and
 * end lines at \r\n, \r and \n, and the linted text is the document's own.
 */
export function toDiagnostic(m: LintMessage, loaded: LoadedConfig): Diagnostic {
  const diagnostic: Diagnostic = {
    range: { start: { line: m.line - 1, character: m.column - 1 }, end: { line: m.endLine - 1, character: m.endColumn - 1 } },
    severity: m.severity === 2 ? 1 : 2,
    source: SOURCE,
    message: m.message,
  };
  if (m.ruleId !== null) {
    diagnostic.code = m.ruleId;
    const url = loaded.registry.rules.get(m.ruleId)?.url;
    if (url) diagnostic.codeDescription = { href: url };
  }
  return diagnostic;
}

function configDiagnostic(engine: Engine, loaded: LoadedConfig, locale: Locale): Diagnostic {
  const [first, ...rest] = loaded.problems;
  let message = t(locale, 'configBroken', { problem: engine.formatProblem(first!) });
  if (rest.length) message += t(locale, 'moreProblems', { count: rest.length });
  const diagnostic = notice(message, 1);
  diagnostic.code = 'config';
  if (isAbsolute(first!.file)) {
    const line = Math.max(0, (first!.line ?? 1) - 1);
    const character = Math.max(0, (first!.column ?? 1) - 1);
    diagnostic.relatedInformation = [
      {
        location: { uri: pathToFileURL(first!.file).href, range: { start: { line, character }, end: { line, character } } },
        message: engine.formatProblem(first!),
      },
    ];
  }
  return diagnostic;
}

export interface AnalyzeInput {
  engine: Engine;
  doc: TextDocument;
  format: SourceFormat;
  settings: Settings;
  loaded: LoadedConfig | undefined;
  generation: number;
  maxDocumentSize: number;
  /** Milliseconds the lint may take; 0: no limit. */
  lintTimeout: number;
}

/** Lints the document's current text. Synchronous, so the result belongs to `doc.version` and no other. */
export function analyze({ engine, doc, format, settings, loaded, generation, maxDocumentSize, lintTimeout }: AnalyzeInput): Analysis {
  const text = doc.getText();
  const path = filePath(doc.uri);
  const source: Source = { ...(path ? { path } : {}), text, format, encoding: 'utf-8', bom: false, eol: '\n' };
  const locale: Locale = settings.locale ?? loaded?.config.locale ?? 'zh-CN';
  const base = { uri: doc.uri, version: doc.version, generation, settings, locale, source };
  if (!settings.enable || !loaded || text.trim() === '') return { ...base, diagnostics: [] };
  if (text.length * 3 > maxDocumentSize) {
    const size = Buffer.byteLength(text, 'utf8');
    if (size > maxDocumentSize) {
      return { ...base, loaded, diagnostics: [notice(t(locale, 'tooLarge', { size: megabytes(size), limit: megabytes(maxDocumentSize) }), 3)] };
    }
  }
  if (engine.looksBinaryText(text)) return { ...base, loaded, diagnostics: [notice(t(locale, 'binary'), 3)] };
  source.eol = engine.dominantEol(text);
  try {
    if (loaded.problems.length > 0) {
      const tree = engine.parseReport(source, loaded.config.profile);
      return { ...base, loaded, tree, diagnostics: [configDiagnostic(engine, loaded, locale)] };
    }
    // A pathological text (micromark is quadratic on some runs of emphasis markers) must not freeze the editor.
    const run = () => engine.lint(source, loaded.config);
    const result = lintTimeout > 0 ? engine.withTimeLimit(run, lintTimeout) : run();
    return { ...base, loaded, tree: result.tree, result, diagnostics: result.messages.map((m) => toDiagnostic(m, loaded)) };
  } catch (error) {
    if (error instanceof engine.TimeLimitError) return { ...base, loaded, diagnostics: [notice(t(locale, 'timedOut', { seconds: lintTimeout / 1000 }), 2)] };
    // A parser bug on one odd draft must not take the server down: say so on the document.
    const message = error instanceof Error ? error.message : String(error);
    return { ...base, loaded, diagnostics: [notice(t(locale, 'internalError', { error: message }), 1)] };
  }
}
