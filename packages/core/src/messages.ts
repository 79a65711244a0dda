import type { Locale, Localized } from './types.js';

/** Fills `{name}` placeholders; unknown placeholders stay visible so a missing value is noticed. */
export function formatMessage(template: string, data: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in data ? String(data[name]) : whole));
}

export function localize(text: Localized, locale: Locale): string {
  return text[locale] ?? text['zh-CN'];
}
