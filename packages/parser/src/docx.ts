import { unzipSync } from 'fflate';
import type { Element } from '@xmldom/xmldom';
import { DecodeError } from './decode-error.js';
import { Numbering, numberingRef, paragraphNumbering, readStyles } from './docx-numbering.js';
import { attr, child, elementChildren, isOn, isW, parseXml } from './ooxml.js';

/**
 * A Word document (.docx) as the text Word itself writes when it is saved as plain text
 * (另存为 → 纯文本): one line per paragraph (an empty paragraph is an empty line), a soft line
 * break (Shift+Enter) as a line break, a page break as a form feed, a tab as a tab, a symbol as its character, a table row as
 * one line with its cells separated by tabs, and an automatically numbered paragraph with its label
 * in front (一、, （一）). Headers, footers, footnotes, endnotes, comments, text boxes, deleted
 * revisions and hidden text are left out (tracked changes read as accepted), as are footnote
 * reference marks (a superscript 1 after a figure would read as part of it). The report is then
 * linted as that text, so a finding's line is the paragraph's (and the
 * breaks before it) and its column the character within it, as in the text Word saves.
 */

/** A decompressed part larger than this is refused: no report's XML comes near it, and a zip bomb would. */
const MAX_PART_BYTES = 200 * 1024 * 1024;

const MAIN_DOCUMENT = 'officeDocument';

/** The zip's entries that `wanted` accepts, decompressed; a damaged archive is a DecodeError. */
function unzip(bytes: Uint8Array, wanted: (name: string) => boolean): Record<string, Uint8Array> {
  let tooLarge = false;
  try {
    const parts = unzipSync(bytes, {
      filter: (file) => {
        if (!wanted(file.name)) return false;
        if (file.originalSize > MAX_PART_BYTES) tooLarge = true;
        return !tooLarge;
      },
    });
    if (tooLarge) throw new DecodeError('too-large', `not a readable .docx: a part decompresses to more than ${MAX_PART_BYTES / 1024 / 1024} MB`);
    return parts;
  } catch (error) {
    if (error instanceof DecodeError) throw error;
    throw new DecodeError('corrupt', `not a readable .docx: damaged zip archive (${error instanceof Error ? error.message : String(error)})`);
  }
}

function xmlText(bytes: Uint8Array): string {
  // XML parts are UTF-8 unless a byte-order mark says UTF-16.
  const encoding = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : 'utf-8';
  return new TextDecoder(encoding).decode(bytes);
}

/** Part names relative to the zip's root: `word/document.xml`'s `numbering.xml` → `word/numbering.xml`. */
function resolvePart(base: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const segments = base.split('/').slice(0, -1);
  for (const segment of target.split('/')) {
    if (segment === '..') segments.pop();
    else if (segment !== '.' && segment !== '') segments.push(segment);
  }
  return segments.join('/');
}

/** Targets of a relationships part by type (the last segment of its Type URI: officeDocument, numbering, styles). */
function relationships(bytes: Uint8Array | undefined, base: string, part: string): Map<string, string> {
  const out = new Map<string, string>();
  if (!bytes) return out;
  const root = parseXml(xmlText(bytes), part);
  for (const rel of elementChildren(root)) {
    const type = rel.getAttribute('Type')?.split('/').pop();
    const target = rel.getAttribute('Target');
    if (type && target && rel.getAttribute('TargetMode') !== 'External' && !out.has(type)) out.set(type, resolvePart(base, target));
  }
  return out;
}

function relsPath(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** The main document part and the numbering and styles parts it uses, found through their relationships. */
function readParts(bytes: Uint8Array): { document: Element; numbering?: Element; styles?: Element } {
  const rels = unzip(bytes, (name) => name.endsWith('.rels'));
  const main = relationships(rels['_rels/.rels'], '', '_rels/.rels').get(MAIN_DOCUMENT) ?? 'word/document.xml';
  const used = relationships(rels[relsPath(main)], main, relsPath(main));
  const numberingPart = used.get('numbering') ?? 'word/numbering.xml';
  const stylesPart = used.get('styles') ?? 'word/styles.xml';
  const parts = unzip(bytes, (name) => name === main || name === numberingPart || name === stylesPart);
  const documentBytes = parts[main];
  if (!documentBytes) throw new DecodeError('corrupt', `not a readable .docx: the zip archive has no ${main} (not a Word document)`);
  const read = (part: string) => (parts[part] ? parseXml(xmlText(parts[part]), part) : undefined);
  const numbering = read(numberingPart);
  const styles = read(stylesPart);
  return { document: parseXml(xmlText(documentBytes), main), ...(numbering ? { numbering } : {}), ...(styles ? { styles } : {}) };
}

/**
 * Elements that only wrap content: content controls, custom XML, smart tags, hyperlinks, simple
 * fields, inserted and moved-here revisions, bidirectional runs. Their content is read in their place.
 */
const WRAPPERS = new Set(['sdt', 'sdtContent', 'customXml', 'smartTag', 'hyperlink', 'fldSimple', 'ins', 'moveTo', 'dir', 'bdo']);

/** The children of `parent` with the wrappers above opened (a content control's properties left out). */
function content(parent: Element): Element[] {
  const out: Element[] = [];
  for (const el of elementChildren(parent)) {
    if (isW(el, 'sdt')) {
      const inner = child(el, 'sdtContent');
      if (inner) out.push(...content(inner));
    } else if (WRAPPERS.has(el.localName ?? '') && isW(el, el.localName!)) {
      out.push(...content(el));
    } else {
      out.push(el);
    }
  }
  return out;
}

function isHidden(run: Element): boolean {
  const props = child(run, 'rPr');
  return isOn(child(props, 'vanish')) || isOn(child(props, 'webHidden'));
}

/**
 * A page break is a form feed in Word's plain text, not a line break: the paragraph it stands in
 * stays one line (a heading that starts a page keeps its number and its words on one line).
 */
function breakText(br: Element): string {
  return attr(br, 'type') === 'page' ? '\f' : '\n';
}

/**
 * A tracked deletion of a paragraph mark (w:pPr/w:rPr/w:del) or of a table row (w:trPr/w:del):
 * in the final text the paragraph runs on into the next one, the row is gone.
 */
function isDeletedMark(props: Element | undefined): boolean {
  return child(props, 'del') !== undefined;
}

/**
 * A character inserted from Word's 符号 dialog (w:sym): its code point, in hex, in w:char. One of a
 * symbol font (Wingdings, Symbol) is in the private-use range and stays one character there, so
 * the columns after it stay right; one of a text font (an em dash, 〔 〕, ①) is that character.
 */
function symbolText(sym: Element): string {
  const code = Number.parseInt(attr(sym, 'char') ?? '', 16);
  return Number.isInteger(code) && code > 0 && code <= 0xffff ? String.fromCharCode(code) : '';
}

/** What a run's children show: text, tabs, breaks and symbols; field codes, deleted text, drawings and reference marks nothing. */
function runText(run: Element): string {
  if (isHidden(run)) return '';
  let out = '';
  for (const el of elementChildren(run)) {
    if (isW(el, 't')) out += el.textContent ?? '';
    else if (isW(el, 'tab') || isW(el, 'ptab')) out += '\t';
    else if (isW(el, 'br') || isW(el, 'cr')) out += breakText(el);
    else if (isW(el, 'noBreakHyphen')) out += '-';
    else if (isW(el, 'sym')) out += symbolText(el);
  }
  return out;
}

/** The text of a paragraph's runs, without its numbering label. */
function paragraphText(p: Element): string {
  let text = '';
  for (const el of content(p)) if (isW(el, 'r')) text += runText(el);
  return text;
}

class TextWriter {
  constructor(
    private readonly numbering: Numbering,
    private readonly styles: ReturnType<typeof readStyles>,
  ) {}

  /** A paragraph's label (counted as Word counts it) and its text after `before`, the text of paragraphs run on into it. */
  paragraph(p: Element, before: string): string {
    const props = child(p, 'pPr');
    const styleId = attr(child(props, 'pStyle'), 'val');
    const label = this.numbering.next(paragraphNumbering(numberingRef(child(props, 'numPr')), styleId, this.styles));
    return label + before + paragraphText(p);
  }

  /** Body-level content (the body, a table cell): paragraphs and tables, each as its lines. */
  blocks(parent: Element, lines: string[]): void {
    // The text of paragraphs whose mark is deleted, which runs on into the next paragraph; its numbering is gone with the mark.
    let runOn = '';
    for (const el of content(parent)) {
      if (isW(el, 'p') && isDeletedMark(child(child(el, 'pPr'), 'rPr'))) {
        runOn += paragraphText(el);
      } else if (isW(el, 'p')) {
        lines.push(this.paragraph(el, runOn));
        runOn = '';
      } else if (isW(el, 'tbl')) {
        if (runOn !== '') lines.push(runOn);
        runOn = '';
        this.table(el, lines);
      }
    }
    if (runOn !== '') lines.push(runOn);
  }

  /** One line per row, cells separated by tabs; a cell's own paragraphs and breaks joined by spaces, so a row stays one line. */
  private table(tbl: Element, lines: string[]): void {
    for (const row of content(tbl)) {
      if (!isW(row, 'tr') || isDeletedMark(child(row, 'trPr'))) continue;
      const cells: string[] = [];
      for (const cell of content(row)) {
        if (!isW(cell, 'tc')) continue;
        const inner: string[] = [];
        this.blocks(cell, inner);
        cells.push(inner.join(' ').replace(/[\t\n]+/g, ' ').trim());
      }
      lines.push(cells.join('\t'));
    }
  }
}

/** The text of a .docx's body, one paragraph a line, each line ended by '\n'. */
export function readDocx(bytes: Uint8Array): string {
  const { document, numbering, styles } = readParts(bytes);
  const body = child(document, 'body');
  if (!body) throw new DecodeError('corrupt', 'not a readable .docx: its document has no body');
  const styleNumbering = readStyles(styles);
  const lines: string[] = [];
  new TextWriter(new Numbering(numbering, styleNumbering), styleNumbering).blocks(body, lines);
  return lines.map((line) => `${line}\n`).join('');
}
