import fazhi2019 from './outlines/fazhi-2019.json' with { type: 'json' };
import type { OutlineProfile } from './types.js';

export const builtinOutlines: OutlineProfile[] = [fazhi2019 as OutlineProfile];

export interface ProfileError {
  /** JSON-pointer-like path, e.g. `.parts[2].headings[0]`. */
  path: string;
  message: string;
}

/** Checks a user's outline profile, including that every pattern compiles. */
export function validateProfile(value: unknown): ProfileError[] {
  const errors: ProfileError[] = [];
  const p = value as Partial<OutlineProfile> | null;
  if (typeof p !== 'object' || p === null) return [{ path: '', message: 'an outline profile must be an object' }];
  if (typeof p.id !== 'string' || !p.id) errors.push({ path: '.id', message: 'must be a non-empty string' });
  for (const key of ['name', 'basis'] as const) {
    const v = p[key] as Record<string, unknown> | undefined;
    if (typeof v !== 'object' || v === null || typeof v['zh-CN'] !== 'string' || typeof v.en !== 'string') {
      errors.push({ path: `.${key}`, message: 'must be { "zh-CN": string, "en": string }' });
    }
  }
  if (!Array.isArray(p.parts) || p.parts.length === 0) {
    errors.push({ path: '.parts', message: 'must be a non-empty array of parts' });
    return errors;
  }
  const ids = new Set<string>();
  p.parts.forEach((part, i) => {
    const at = `.parts[${i}]`;
    if (typeof part?.id !== 'string' || !part.id) errors.push({ path: `${at}.id`, message: 'must be a non-empty string' });
    else if (ids.has(part.id)) errors.push({ path: `${at}.id`, message: `duplicate part id "${part.id}"` });
    else ids.add(part.id);
    if (typeof part?.name?.['zh-CN'] !== 'string' || typeof part?.name?.en !== 'string') {
      errors.push({ path: `${at}.name`, message: 'must be { "zh-CN": string, "en": string }' });
    }
    if (typeof part?.required !== 'boolean') errors.push({ path: `${at}.required`, message: 'must be true or false' });
    for (const key of ['headings', 'excludeHeadings', 'nestedHeadings', 'paragraphCues', 'sentenceCues', 'delegationCues', 'reportTitles'] as const) {
      const list = part?.[key];
      if (list === undefined && key !== 'headings') continue;
      if (!Array.isArray(list) || list.some((s) => typeof s !== 'string')) {
        errors.push({ path: `${at}.${key}`, message: 'must be an array of regular-expression strings' });
        continue;
      }
      list.forEach((source, j) => {
        try {
          new RegExp(source.replaceAll('{nextYear}', '2025'));
        } catch (e) {
          errors.push({ path: `${at}.${key}[${j}]`, message: `invalid regular expression: ${(e as Error).message}` });
        }
      });
    }
  });
  if (p.defaultPart !== undefined && !ids.has(p.defaultPart)) {
    errors.push({ path: '.defaultPart', message: `"${p.defaultPart}" is not one of the parts' ids` });
  }
  return errors;
}
