import type { Locale, Localized } from './types.js';

type Data = Record<string, string | number>;

/** A template split at its `{name}` holes: `texts[i]` comes before `names[i]`, the last text after the last hole. */
interface Template {
  texts: string[];
  names: string[];
}

const compiled = new Map<string, Template>();

/** A template split once: a report of hundreds of findings fills the same few. */
function compile(template: string): Template {
  let parts = compiled.get(template);
  if (!parts) {
    // Splitting on a capturing group puts each hole's name at an odd index.
    const pieces = template.split(/\{(\w+)\}/);
    parts = { texts: pieces.filter((_, i) => i % 2 === 0), names: pieces.filter((_, i) => i % 2 === 1) };
    compiled.set(template, parts);
  }
  return parts;
}

function fill({ texts, names }: Template, data: Data): string {
  let out = texts[0]!;
  for (let i = 0; i < names.length; i++) {
    const name = names[i]!;
    out += (name in data ? String(data[name]) : `{${name}}`) + texts[i + 1]!;
  }
  return out;
}

/** Fills `{name}` placeholders; unknown placeholders stay visible so a missing value is noticed. */
export function formatMessage(template: string, data: Data = {}): string {
  return fill(compile(template), data);
}

export function localize(text: Localized, locale: Locale): string {
  return text[locale] ?? text['zh-CN'];
}

/**
 * `formatMessage(localize(template, locale), data)` for the findings of one lint run. Rules report
 * runs of findings that say the same thing (punctuation-width: the same message for every half-width
 * comma of a report, two findings in three of the benchmark corpus), so the previous finding's
 * message is reused while the template and its values stay the same: no string is built, and the
 * findings share one. Only the last message is kept, so memory does not grow with the findings.
 */
export function messageFormatter(locale: Locale): (template: Localized, data?: Data) => string {
  let lastTemplate: Localized | undefined;
  let parts: Template = { texts: [''], names: [] };
  let lastValues: Array<string | number | undefined> = [];
  let lastMessage = '';
  return (template, data = {}) => {
    if (template !== lastTemplate) {
      lastTemplate = template;
      parts = compile(localize(template, locale));
      lastValues = [];
    } else if (sameValues(parts.names, data, lastValues)) {
      return lastMessage;
    }
    lastValues = parts.names.map((name) => data[name]);
    lastMessage = fill(parts, data);
    return lastMessage;
  };
}

/** Whether `data` fills every hole with the value remembered for it (a missing value never counts as the same). */
function sameValues(names: string[], data: Data, values: Array<string | number | undefined>): boolean {
  for (let i = 0; i < names.length; i++) {
    const value = data[names[i]!];
    if (value === undefined || value !== values[i]) return false;
  }
  return true;
}
