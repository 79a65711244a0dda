import { DOMParser, onErrorStopParsing } from '@xmldom/xmldom';
import type { Element } from '@xmldom/xmldom';
import { DecodeError } from './decode-error.js';

/**
 * Reading the XML parts of an Office Open XML document: WordprocessingML's elements in its
 * transitional namespace (what Word and WPS write) or its strict one, by local name.
 */

const WORDPROCESSING = new Set([
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main',
  'http://purl.oclc.org/ooxml/wordprocessingml/main',
]);

export function parseXml(xml: string, part: string): Element {
  try {
    const doc = new DOMParser({ onError: onErrorStopParsing }).parseFromString(xml, 'text/xml');
    if (doc.documentElement) return doc.documentElement;
  } catch {
    // Reported below, naming the part.
  }
  throw new DecodeError('corrupt', `not a readable .docx: ${part} is not well-formed XML`);
}

/** Whether `node` is the WordprocessingML element `name` (w:p, w:tbl…). */
export function isW(node: Element, name: string): boolean {
  return node.localName === name && WORDPROCESSING.has(node.namespaceURI ?? '');
}

export function elementChildren(parent: Element): Element[] {
  const out: Element[] = [];
  for (let node = parent.firstChild; node; node = node.nextSibling) if (node.nodeType === 1) out.push(node as Element);
  return out;
}

/** The first child w:NAME, or undefined. */
export function child(parent: Element | undefined, name: string): Element | undefined {
  if (!parent) return undefined;
  for (let node = parent.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === 1 && isW(node as Element, name)) return node as Element;
  }
  return undefined;
}

export function children(parent: Element, name: string): Element[] {
  return elementChildren(parent).filter((el) => isW(el, name));
}

/** The w:NAME attribute (w:val, w:styleId…), read in whichever WordprocessingML namespace it carries. */
export function attr(el: Element | undefined, name: string): string | undefined {
  if (!el) return undefined;
  for (const ns of WORDPROCESSING) {
    const value = el.getAttributeNS(ns, name);
    if (value !== null && value !== '') return value;
  }
  return undefined;
}

/** w:val of the child w:NAME: `<w:numId w:val="3"/>` → '3'. */
export function childVal(parent: Element | undefined, name: string): string | undefined {
  return attr(child(parent, name), 'val');
}

/** An on/off property (w:vanish, w:isLgl): present and not set to false. */
export function isOn(el: Element | undefined): boolean {
  if (!el) return false;
  const val = attr(el, 'val');
  return val === undefined || !['0', 'false', 'off'].includes(val);
}
