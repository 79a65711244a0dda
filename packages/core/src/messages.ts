import type { Locale, Localized } from './types.js';

type Template = Array<string | { name: string }>;
const compiled = new Map<string, Template>();

/** A template split once into text and `{name}` holes: a report of hundreds of findings fills the same few. */
function compile(template: string): Template {
  let parts = compiled.get(template);
  if (!parts) {
    parts = template.split(/(\{\w+\})/).map((piece) => (/^\{\w+\}$/.test(piece) ? { name: piece.slice(1, -1) } : piece));
    compiled.set(template, parts);
  }
  return parts;
}

/** Fills `{name}` placeholders; unknown placeholders stay visible so a missing value is noticed. */
export function formatMessage(template: string, data: Record<string, string | number> = {}): string {
  let out = '';
  for (const part of compile(template)) {
    out += typeof part === 'string' ? part : part.name in data ? String(data[part.name]) : `{${part.name}}`;
  }
  return out;
}

export function localize(text: Localized, locale: Locale): string {
  return text[locale] ?? text['zh-CN'];
}
