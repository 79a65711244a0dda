import type { LintMessage, TextEdit as FixEdit } from '@reportlint/core';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, Diagnostic, Range, TextEdit, WorkspaceEdit } from 'vscode-languageserver/node';
import type { Analysis } from './analysis.js';
import { toDiagnostic } from './analysis.js';
import { t } from './i18n.js';
import type { Engine } from './load-engine.js';

export const FIX_ALL_KIND = 'source.fixAll.reportlint';
const QUICK_FIX = 'quickfix';

export interface CodeActionRequest {
  doc: TextDocument;
  analysis: Analysis;
  range: Range;
  /** `context.only`: the kinds the client asks for; undefined means all. */
  only: string[] | undefined;
  documentChanges: boolean;
}

/** Whether `kind` is asked for: `only: ['source.fixAll']` wants `source.fixAll.reportlint` too. */
function wanted(only: string[] | undefined, kind: string): boolean {
  return only === undefined || only.some((o) => kind === o || kind.startsWith(`${o}.`));
}

function workspaceEdit(doc: TextDocument, edits: TextEdit[], documentChanges: boolean): WorkspaceEdit {
  return documentChanges
    ? { documentChanges: [{ textDocument: { uri: doc.uri, version: doc.version }, edits }] }
    : { changes: { [doc.uri]: edits } };
}

function toEdit(doc: TextDocument, fix: FixEdit): TextEdit {
  return { range: { start: doc.positionAt(fix.range[0]), end: doc.positionAt(fix.range[1]) }, newText: fix.text };
}

/** One edit from the first to the last changed character: for fixes that need several passes. */
function spanEdit(before: string, after: string): FixEdit {
  let start = 0;
  const max = Math.min(before.length, after.length);
  while (start < max && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let end = 0;
  while (end < max - start && before.charCodeAt(before.length - 1 - end) === after.charCodeAt(after.length - 1 - end)) end++;
  return { range: [start, before.length - end], text: after.slice(start, after.length - end) };
}

/**
 * Edits that do what `reportlint --fix` does to the document: the first pass's fixes as separate
 * edits (so the editor keeps the cursor and undo steps small), or one span edit when fixes needed
 * more passes.
 */
function fixAllEdits(engine: Engine, analysis: Analysis, doc: TextDocument): TextEdit[] {
  const { result, loaded, source } = analysis;
  if (!result || !loaded) return [];
  const fixes = result.messages.flatMap((m) => (m.fix ? [m.fix] : []));
  if (fixes.length === 0) return [];
  const first = engine.selectFixes(source.text.length, fixes);
  const { output } = engine.applyFixes(source.text, first);
  const full = engine.lintAndFix(source, loaded.config).output;
  if (full === output) return first.map((fix) => toEdit(doc, fix));
  if (full === source.text) return [];
  return [toEdit(doc, spanEdit(source.text, full))];
}

function overlaps(m: LintMessage, start: number, end: number): boolean {
  return m.offset <= end && start <= m.endOffset;
}

const NEXT_LINE = /^[ \t]*<!--\s*reportlint-disable-next-line\b([^>]*?)-->[ \t]*$/;
const FILE = /^[ \t]*<!--\s*reportlint-disable(?![-\w])([^>]*?)-->[ \t]*$/;

function lineText(doc: TextDocument, line: number): string {
  return doc.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } }).replace(/\r?\n$|\r$/, '');
}

/** Adds `ruleId` to a directive line already there, or inserts a new directive line before `line`. */
function directiveEdit(doc: TextDocument, line: number, existing: RegExp, kind: string, ruleId: string, eol: string): TextEdit {
  const previous = line > 0 || kind === 'disable' ? lineText(doc, kind === 'disable' ? 0 : line - 1) : undefined;
  const match = previous === undefined ? null : existing.exec(previous);
  if (match) {
    const ids = match[1]!.split(/[\s,]+/).filter(Boolean);
    // A directive without ids already covers every rule; an id already listed needs nothing.
    const at = kind === 'disable' ? 0 : line - 1;
    const whole = { start: { line: at, character: 0 }, end: { line: at, character: previous!.length } };
    if (ids.length > 0 && !ids.includes(ruleId)) return { range: whole, newText: `<!-- reportlint-${kind} ${[...ids, ruleId].join(' ')} -->` };
  }
  const at = { line: kind === 'disable' ? 0 : line, character: 0 };
  return { range: { start: at, end: at }, newText: `<!-- reportlint-${kind} ${ruleId} -->${eol}` };
}

export function codeActions(engine: Engine, { doc, analysis, range, only, documentChanges }: CodeActionRequest): CodeAction[] {
  const { result, loaded, locale, source } = analysis;
  if (!result || !loaded) return [];
  const start = doc.offsetAt(range.start);
  const end = doc.offsetAt(range.end);
  const here = result.messages.filter((m) => m.ruleId !== null && !m.fatal && overlaps(m, start, end));
  const actions: CodeAction[] = [];
  const diagnosticOf = new Map<LintMessage, Diagnostic>();
  const diag = (m: LintMessage) => {
    let d = diagnosticOf.get(m);
    if (!d) diagnosticOf.set(m, (d = toDiagnostic(m, loaded)));
    return d;
  };

  if (wanted(only, QUICK_FIX)) {
    const fixRuleOffered = new Set<string>();
    for (const m of here) {
      if (!m.fix) continue;
      actions.push({
        title: t(locale, 'fixOne', { rule: m.ruleId! }),
        kind: QUICK_FIX,
        diagnostics: [diag(m)],
        isPreferred: true,
        edit: workspaceEdit(doc, [toEdit(doc, m.fix)], documentChanges),
      });
      const same = result.messages.filter((o) => o.ruleId === m.ruleId && o.fix);
      if (same.length > 1 && !fixRuleOffered.has(m.ruleId!)) {
        fixRuleOffered.add(m.ruleId!);
        const edits = engine.selectFixes(source.text.length, same.map((o) => o.fix!)).map((fix) => toEdit(doc, fix));
        actions.push({ title: t(locale, 'fixRule', { rule: m.ruleId! }), kind: QUICK_FIX, diagnostics: same.map(diag), edit: workspaceEdit(doc, edits, documentChanges) });
      }
    }
    const seenLine = new Set<string>();
    const seenFile = new Set<string>();
    for (const m of here) {
      const id = m.ruleId!;
      const line = doc.positionAt(m.offset).line;
      // A finding about the whole report sits at 1:1 however the text starts: a line directive cannot reach it.
      const wholeReport = m.offset === 0 && m.endOffset === 0;
      if (!wholeReport && !seenLine.has(`${id}:${line}`)) {
        seenLine.add(`${id}:${line}`);
        const edit = directiveEdit(doc, line, NEXT_LINE, 'disable-next-line', id, source.eol);
        actions.push({ title: t(locale, 'disableLine', { rule: id }), kind: QUICK_FIX, diagnostics: [diag(m)], edit: workspaceEdit(doc, [edit], documentChanges) });
      }
      if (!seenFile.has(id)) {
        seenFile.add(id);
        const edit = directiveEdit(doc, 0, FILE, 'disable', id, source.eol);
        actions.push({ title: t(locale, 'disableFile', { rule: id }), kind: QUICK_FIX, diagnostics: [diag(m)], edit: workspaceEdit(doc, [edit], documentChanges) });
      }
    }
  }

  if (wanted(only, FIX_ALL_KIND)) {
    // Asked for explicitly (on save, or "Fix all"): always answer. In the light bulb: only when it would do something.
    const explicit = only !== undefined;
    if (explicit || result.messages.some((m) => m.fix)) {
      const edits = fixAllEdits(engine, analysis, doc);
      if (edits.length > 0) actions.push({ title: t(locale, 'fixAll'), kind: FIX_ALL_KIND, edit: workspaceEdit(doc, edits, documentChanges) });
    }
  }
  return actions;
}
