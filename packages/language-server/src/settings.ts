import type { Locale } from '@reportlint/core';

/** Client settings, section `reportlint`, per resource. */
export interface Settings {
  enable: boolean;
  /** Overrides the configuration file's `locale`; null keeps it. */
  locale: Locale | null;
  run: 'onType' | 'onSave';
}

export const DEFAULT_SETTINGS: Settings = { enable: true, locale: null, run: 'onType' };

/** Server options that are not per resource, from `initializationOptions`. */
export interface ServerOptions {
  /** Milliseconds between the last change and the lint; 0 lints at once (the benchmark uses it). */
  debounce: number;
  /** Documents larger than this (UTF-8 bytes) are not linted as one types: one notice says so. */
  maxDocumentSize: number;
  /** Milliseconds one lint may take before it is stopped and a notice says so; 0: no limit. */
  lintTimeout: number;
  /** Settings for clients that cannot answer `workspace/configuration` (Helix's `config`). */
  settings: Settings;
  /** Enables the `reportlint/serverStats` request the robustness tests use. */
  testHooks: boolean;
}

export const DEFAULT_DEBOUNCE = 200;
/** No annual report comes near 1 MB; a lint of 1 MB takes seconds, too long to run on each keystroke. */
export const DEFAULT_MAX_DOCUMENT_SIZE = 1024 * 1024;
/** The CLI's default --timeout-per-file: no draft within the size limit comes near it. */
const DEFAULT_LINT_TIMEOUT = 10_000;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Reads the keys it knows and keeps `base` for anything missing or malformed: a bad setting is never fatal. */
export function readSettings(value: unknown, base: Settings): Settings {
  if (!isObject(value)) return base;
  const out = { ...base };
  if (typeof value['enable'] === 'boolean') out.enable = value['enable'];
  if (value['locale'] === null || value['locale'] === 'zh-CN' || value['locale'] === 'en') out.locale = value['locale'];
  if (value['run'] === 'onType' || value['run'] === 'onSave') out.run = value['run'];
  return out;
}

function nonNegative(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : fallback;
}

/**
 * `initializationOptions`: `{ debounce?, maxDocumentSize?, lintTimeout?, settings? }`; the settings may also be given
 * at the top level or under `reportlint` (what Helix's `config` and lspconfig's `init_options` send).
 */
export function readServerOptions(value: unknown): ServerOptions {
  const options = isObject(value) ? value : {};
  let settings = readSettings(options, DEFAULT_SETTINGS);
  settings = readSettings(options['reportlint'], settings);
  settings = readSettings(options['settings'], settings);
  return {
    debounce: nonNegative(options['debounce'], DEFAULT_DEBOUNCE),
    maxDocumentSize: nonNegative(options['maxDocumentSize'], DEFAULT_MAX_DOCUMENT_SIZE),
    lintTimeout: nonNegative(options['lintTimeout'], DEFAULT_LINT_TIMEOUT),
    settings,
    testHooks: options['testHooks'] === true,
  };
}
