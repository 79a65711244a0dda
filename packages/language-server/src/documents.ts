import { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';

/**
 * The open documents, kept in sync with incremental changes. Unlike the library's TextDocuments it
 * checks what clients send: a change with a malformed range or text is dropped (and reported to
 * the caller) instead of throwing or writing "undefined" into the draft. Out-of-range positions
 * are clamped to the document, as the protocol's reference implementation does.
 */
export class DocumentStore {
  private readonly docs = new Map<string, TextDocument>();

  get(uri: string): TextDocument | undefined {
    return this.docs.get(uri);
  }

  all(): TextDocument[] {
    return [...this.docs.values()];
  }

  open(uri: unknown, languageId: unknown, version: unknown, text: unknown): TextDocument | undefined {
    if (typeof uri !== 'string' || typeof text !== 'string') return undefined;
    const doc = TextDocument.create(uri, typeof languageId === 'string' ? languageId : '', validVersion(version) ?? 0, text);
    this.docs.set(uri, doc);
    return doc;
  }

  /** Applies the changes in order; returns undefined when the document is unknown or a change is malformed. */
  change(uri: unknown, version: unknown, changes: unknown): TextDocument | undefined {
    if (typeof uri !== 'string' || !Array.isArray(changes)) return undefined;
    const doc = this.docs.get(uri);
    if (!doc) return undefined;
    const valid: TextDocumentContentChangeEvent[] = [];
    for (const change of changes) {
      const checked = checkChange(change);
      if (!checked) return undefined;
      valid.push(checked);
    }
    return TextDocument.update(doc, valid, validVersion(version) ?? doc.version + 1);
  }

  close(uri: unknown): TextDocument | undefined {
    if (typeof uri !== 'string') return undefined;
    const doc = this.docs.get(uri);
    this.docs.delete(uri);
    return doc;
  }
}

function validVersion(version: unknown): number | undefined {
  return typeof version === 'number' && Number.isInteger(version) ? version : undefined;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

type Position = { line: number; character: number };

/** Whole, non-negative numbers: the document's own arithmetic cannot take 1.5 or -3 for a line. */
function checkPosition(value: unknown): Position | undefined {
  if (!isObject(value)) return undefined;
  const { line, character } = value;
  if (typeof line !== 'number' || typeof character !== 'number' || !Number.isFinite(line) || !Number.isFinite(character)) return undefined;
  return { line: Math.max(0, Math.floor(line)), character: Math.max(0, Math.floor(character)) };
}

function checkChange(value: unknown): TextDocumentContentChangeEvent | undefined {
  if (!isObject(value) || typeof value['text'] !== 'string') return undefined;
  const text = value['text'];
  if (value['range'] === undefined) return { text };
  const range = value['range'];
  if (!isObject(range)) return undefined;
  const start = checkPosition(range['start']);
  const end = checkPosition(range['end']);
  return start && end ? { range: { start, end }, text } : undefined;
}
