import type { Locale } from '@reportlint/core';
import type { OutlineProfile, ReportTree, Section } from '@reportlint/parser';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { DocumentSymbol, SymbolInformation } from 'vscode-languageserver/node';
import { t } from './i18n.js';

// LSP SymbolKind values (the enum lives in the CommonJS protocol module, loaded lazily).
const NAMESPACE = 3;
const STRING = 15;
const KEY = 20;

function partNames(profile: OutlineProfile, ids: readonly string[], locale: Locale): string {
  return ids.map((id) => profile.parts.find((p) => p.id === id)?.name[locale] ?? id).join('、');
}

function range(doc: TextDocument, start: number, end: number) {
  return { start: doc.positionAt(start), end: doc.positionAt(Math.max(start, end)) };
}

function sectionSymbol(doc: TextDocument, tree: ReportTree, section: Section, locale: Locale): DocumentSymbol {
  const marker = section.marker?.raw ?? '';
  const name = `${marker}${section.title}`.trim() || t(locale, 'untitled');
  const parts = section.data?.parts ?? [];
  const start = section.position.start.offset ?? section.titleStart;
  const end = section.position.end.offset ?? section.titleEnd;
  const selectionStart = section.marker ? section.marker.start : section.titleStart;
  const symbol: DocumentSymbol = {
    name,
    kind: parts.length ? NAMESPACE : STRING,
    range: range(doc, start, end),
    selectionRange: range(doc, Math.max(start, selectionStart), Math.min(end, Math.max(section.titleEnd, selectionStart))),
    children: section.children.filter((c): c is Section => c.type === 'section').map((c) => sectionSymbol(doc, tree, c, locale)),
  };
  if (parts.length) symbol.detail = partNames(tree.profile, parts, locale);
  return symbol;
}

function contains(outer: DocumentSymbol['range'], inner: DocumentSymbol['range']): boolean {
  const before = (a: DocumentSymbol['range']['start'], b: DocumentSymbol['range']['start']) => a.line < b.line || (a.line === b.line && a.character <= b.character);
  return before(outer.start, inner.start) && before(inner.end, outer.end);
}

/** Puts a symbol under the innermost symbol that contains it, keeping document order. */
function insert(list: DocumentSymbol[], symbol: DocumentSymbol): void {
  const parent = list.find((s) => contains(s.range, symbol.range));
  if (parent) {
    insert((parent.children ??= []), symbol);
    return;
  }
  const at = list.findIndex((s) => s.range.start.line > symbol.range.start.line);
  list.splice(at === -1 ? list.length : at, 0, symbol);
}

/**
 * The report's outline: sections with their markers (一、（一）1. …), each labelled with the outline
 * part it is; parts written as unheaded paragraphs (“下一步，……”) appear as entries of their own.
 */
export function documentSymbols(doc: TextDocument, tree: ReportTree, locale: Locale): DocumentSymbol[] {
  const symbols = tree.sections.map((s) => sectionSymbol(doc, tree, s, locale));
  for (const occurrence of tree.parts) {
    if (occurrence.kind !== 'paragraph') continue;
    const name = `〔${partNames(tree.profile, [occurrence.part], locale)}〕`;
    const r = range(doc, occurrence.start, occurrence.end);
    const head = occurrence.node.position?.end.offset ?? occurrence.end;
    insert(symbols, { name, detail: t(locale, 'unheaded'), kind: KEY, range: r, selectionRange: range(doc, occurrence.start, Math.min(head, occurrence.end)), children: [] });
  }
  return symbols;
}

/** For clients without hierarchical symbols: the same outline, flattened with container names. */
export function flatSymbols(uri: string, symbols: DocumentSymbol[], container?: string): SymbolInformation[] {
  return symbols.flatMap((s) => [
    { name: s.name, kind: s.kind, location: { uri, range: s.range }, ...(container ? { containerName: container } : {}) },
    ...flatSymbols(uri, s.children ?? [], s.name),
  ]);
}
