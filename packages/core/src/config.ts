import { Value } from '@sinclair/typebox/value';
import { closest, distance } from 'fastest-levenshtein';
import type { OutlineProfile } from '@reportlint/parser';
import { validateProfile } from '@reportlint/parser';
import type { Locale, Rule, Severity } from './types.js';

/** A rule's setting as users write it: `"warn"`, or `["error", { …options }]`. */
export type RuleSetting = Severity | [Severity] | [Severity, Record<string, unknown>];

/** Configuration as written in `.reportlintrc.json`, `reportlint.config.mjs` or `package.json#reportlint`. */
export interface ConfigObject {
  extends?: string | string[];
  /** A built-in profile id, or a profile object (loaders turn a path into the object). */
  outline?: string | OutlineProfile;
  rules?: Record<string, RuleSetting>;
  /** npm packages exporting rules and outline profiles; loaded by the config package, not here. */
  plugins?: string[];
  locale?: Locale;
}

/** What a plugin package exports (named export `plugin`, or its default export). */
export interface Plugin {
  rules?: Rule<any>[];
  outlines?: OutlineProfile[];
  presets?: Record<string, ConfigObject>;
}

/** Everything `resolveConfig` may refer to: built-ins plus loaded plugins. */
export interface Registry {
  rules: Map<string, Rule<any>>;
  presets: Map<string, ConfigObject>;
  outlines: Map<string, OutlineProfile>;
}

export interface ResolvedRule {
  rule: Rule<any>;
  severity: Exclude<Severity, 'off'>;
  options: unknown;
}

export interface ResolvedConfig {
  locale: Locale;
  profile: OutlineProfile;
  rules: ResolvedRule[];
}

/** A configuration problem: `key` is the dotted path of the offending key. */
export interface ConfigProblem {
  key: string;
  message: string;
  /** A corrected value or spelling, when one can be guessed. */
  suggestion?: string;
}

export class ConfigError extends Error {
  constructor(
    readonly problems: ConfigProblem[],
    readonly file?: string,
  ) {
    super(
      (file ? `${file}: ` : '') +
        problems.map((p) => `${p.key}: ${p.message}${p.suggestion ? ` (${p.suggestion})` : ''}`).join('; '),
    );
    this.name = 'ConfigError';
  }
}

const SEVERITIES: Severity[] = ['off', 'warn', 'error'];
const LOCALES: Locale[] = ['zh-CN', 'en'];
const KNOWN_KEYS = ['extends', 'outline', 'rules', 'plugins', 'locale', '$schema'];

export function createRegistry(plugins: Plugin[]): Registry {
  const registry: Registry = { rules: new Map(), presets: new Map(), outlines: new Map() };
  for (const plugin of plugins) {
    for (const rule of plugin.rules ?? []) registry.rules.set(rule.id, rule);
    for (const profile of plugin.outlines ?? []) registry.outlines.set(profile.id, profile);
    for (const [name, preset] of Object.entries(plugin.presets ?? {})) registry.presets.set(name, preset);
  }
  return registry;
}

function suggest(word: string, candidates: string[]): string | undefined {
  if (candidates.length === 0) return undefined;
  const best = closest(word, candidates);
  return distance(word, best) <= Math.max(2, Math.floor(word.length / 3)) ? best : undefined;
}

function normalizeSetting(setting: unknown): { severity?: Severity; options?: unknown; bad?: string } {
  const [severity, options] = Array.isArray(setting) ? setting : [setting, undefined];
  if (typeof severity === 'string' && (SEVERITIES as string[]).includes(severity)) {
    return { severity: severity as Severity, options };
  }
  return { bad: JSON.stringify(severity) };
}

/**
 * Flattens `extends`, checks every key, rule id, severity and option against the registry,
 * and returns the rules to run. Pure: no files are read here.
 */
export function resolveConfig(
  config: ConfigObject,
  registry: Registry,
): { config: ResolvedConfig; problems: ConfigProblem[] } {
  const problems: ConfigProblem[] = [];
  const settings = new Map<string, RuleSetting>();
  let outline: string | OutlineProfile = 'fazhi-2019';
  let locale: Locale = 'zh-CN';

  const apply = (cfg: ConfigObject, trail: string[]): void => {
    if (typeof cfg !== 'object' || cfg === null || Array.isArray(cfg)) {
      problems.push({ key: trail.join('.') || '(root)', message: 'configuration must be an object' });
      return;
    }
    for (const key of Object.keys(cfg)) {
      if (!KNOWN_KEYS.includes(key)) {
        const s = suggest(key, KNOWN_KEYS);
        problems.push({ key, message: `unknown key "${key}"`, ...(s ? { suggestion: `did you mean "${s}"?` } : {}) });
      }
    }
    const parents = cfg.extends === undefined ? [] : Array.isArray(cfg.extends) ? cfg.extends : [cfg.extends];
    for (const name of parents) {
      const bare = String(name).replace(/^reportlint:/, '');
      const preset = registry.presets.get(bare);
      if (!preset) {
        const s = suggest(bare, [...registry.presets.keys()]);
        problems.push({
          key: 'extends',
          message: `unknown preset "${name}"`,
          suggestion: s ? `did you mean "${s}"?` : `known presets: ${[...registry.presets.keys()].join(', ')}`,
        });
      } else if (trail.includes(bare)) {
        problems.push({ key: 'extends', message: `preset "${bare}" extends itself` });
      } else {
        apply(preset, [...trail, bare]);
      }
    }
    if (cfg.outline !== undefined) outline = cfg.outline;
    if (cfg.locale !== undefined) {
      if ((LOCALES as string[]).includes(cfg.locale)) locale = cfg.locale;
      else problems.push({ key: 'locale', message: `unknown locale ${JSON.stringify(cfg.locale)}`, suggestion: 'use "zh-CN" or "en"' });
    }
    if (cfg.rules !== undefined) {
      if (typeof cfg.rules !== 'object' || cfg.rules === null || Array.isArray(cfg.rules)) {
        problems.push({ key: 'rules', message: 'must be an object of rule id → severity' });
      } else {
        for (const [id, setting] of Object.entries(cfg.rules)) settings.set(id, setting);
      }
    }
  };
  apply(config, []);

  let profile: OutlineProfile | undefined;
  if (typeof outline === 'string') {
    profile = registry.outlines.get(outline);
    if (!profile) {
      const s = suggest(outline, [...registry.outlines.keys()]);
      problems.push({
        key: 'outline',
        message: `unknown outline profile "${outline}"`,
        suggestion: s ? `did you mean "${s}"?` : `known profiles: ${[...registry.outlines.keys()].join(', ')}`,
      });
    }
  } else {
    const errors = validateProfile(outline);
    if (errors.length) for (const e of errors) problems.push({ key: `outline${e.path}`, message: e.message });
    else profile = outline;
  }

  const rules: ResolvedRule[] = [];
  for (const [id, setting] of settings) {
    const rule = registry.rules.get(id);
    if (!rule) {
      const s = suggest(id, [...registry.rules.keys()]);
      problems.push({ key: `rules.${id}`, message: `unknown rule "${id}"`, ...(s ? { suggestion: `did you mean "${s}"?` } : {}) });
      continue;
    }
    const { severity, options, bad } = normalizeSetting(setting);
    if (bad !== undefined || severity === undefined) {
      const s = bad === '"warning"' || bad === '1' ? 'warn' : bad === '2' ? 'error' : bad === '0' ? 'off' : undefined;
      problems.push({
        key: `rules.${id}`,
        message: `invalid severity ${bad}; expected "off", "warn" or "error"`,
        ...(s ? { suggestion: `write "${s}"` } : {}),
      });
      continue;
    }
    if (severity === 'off') continue;
    const merged = checkOptions(rule, options, problems);
    if (merged === undefined) continue;
    rules.push({ rule, severity, options: merged });
  }

  const fallback = registry.outlines.values().next().value as OutlineProfile | undefined;
  return {
    config: { locale, profile: (profile ?? fallback)!, rules },
    problems,
  };
}

/** Validates a rule's options against its schema and merges them over its defaults. */
function checkOptions(rule: Rule<any>, options: unknown, problems: ConfigProblem[]): unknown {
  const merged =
    options === undefined
      ? rule.defaults
      : typeof options === 'object' && options !== null && !Array.isArray(options)
        ? { ...(rule.defaults as object), ...(options as object) }
        : options;
  const schema = rule.meta.schema;
  if (!schema) {
    if (options !== undefined && Object.keys(options as object).length > 0) {
      problems.push({ key: `rules.${rule.id}`, message: `rule "${rule.id}" takes no options` });
      return undefined;
    }
    return merged;
  }
  const errors = [...Value.Errors(schema, merged)];
  if (errors.length === 0) return merged;
  for (const e of errors.slice(0, 3)) {
    const where = e.path ? e.path.replace(/^\//, '').replace(/\//g, '.') : '';
    problems.push({
      key: `rules.${rule.id}${where ? `[1].${where}` : '[1]'}`,
      message: `${e.message}, got ${JSON.stringify(e.value)}`,
      suggestion: `defaults: ${JSON.stringify(rule.defaults)}`,
    });
  }
  return undefined;
}
