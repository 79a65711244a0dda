import { dirname, resolve } from 'node:path';
import { createRegistry, resolveConfig } from '@reportlint/core';
import type { ConfigObject, ConfigProblem, Locale, Registry, ResolvedConfig, RuleSetting } from '@reportlint/core';
import { builtinPlugin } from '@reportlint/rules';
import { clearFoundConfigFiles, findConfigFile } from './find.js';
import { isObject } from './json.js';
import { loadOutline } from './outline.js';
import { loadPlugins } from './plugins.js';
import { COMMAND_LINE } from './problem.js';
import type { LoadProblem } from './problem.js';
import { readConfigFile } from './read.js';

/** Settings from the command line, applied over the configuration file. */
export interface ConfigOverrides {
  rules?: Record<string, RuleSetting>;
  locale?: Locale;
}

export interface LoadConfigOptions {
  /** The file to be linted; its directory is where the search starts. */
  filePath: string;
  /** An explicit config file (`--config`), relative to `cwd`; no search then. */
  configPath?: string;
  /** Ignore config files (`--no-config`): built-in defaults plus overrides. */
  noConfig?: boolean;
  cwd: string;
  overrides?: ConfigOverrides;
}

export interface LoadedConfig {
  config: ResolvedConfig;
  /** Rules, presets and outlines the config could name: built-ins plus its plugins. */
  registry: Registry;
  configFile?: string;
  /** Non-empty means the configuration is broken: fronts report them and lint nothing with it. */
  problems: LoadProblem[];
}

/** Used when no config file is found or `--no-config` is given. */
export const DEFAULT_CONFIG: ConfigObject = { extends: 'recommended' };

const DEFAULTS = 'default configuration';

const loaded = new Map<string, Promise<LoadedConfig>>();

/** Forgets found and loaded configs, e.g. when the language server sees a config file change. */
export function clearConfigCache(): void {
  loaded.clear();
  clearFoundConfigFiles();
}

/**
 * Finds, reads and resolves the configuration for one file. Never throws for a bad config:
 * everything wrong is returned in `problems`, naming the file and key.
 */
export async function loadConfig(options: LoadConfigOptions): Promise<LoadedConfig> {
  const configFile = options.noConfig
    ? undefined
    : options.configPath !== undefined
      ? resolve(options.cwd, options.configPath)
      : await findConfigFile(dirname(resolve(options.cwd, options.filePath)));
  const key = JSON.stringify([configFile ?? null, options.overrides ?? null]);
  let result = loaded.get(key);
  if (!result) {
    result = load(configFile, options.overrides);
    loaded.set(key, result);
  }
  return result;
}

async function load(configFile: string | undefined, overrides: ConfigOverrides | undefined): Promise<LoadedConfig> {
  const builtins = createRegistry([builtinPlugin]);
  if (configFile === undefined) return resolveWith(DEFAULT_CONFIG, DEFAULTS, builtins, overrides, []);

  const read = await readConfigFile(configFile);
  if (!read.ok) return resolveWith(DEFAULT_CONFIG, DEFAULTS, builtins, overrides, [read.problem], configFile);
  const { plugins: pluginNames, outline: outlineSetting, ...rest } = read.config;
  const problems: LoadProblem[] = [];
  const { plugins, problems: pluginProblems } = await loadPlugins(pluginNames, configFile);
  problems.push(...pluginProblems);
  // An unreadable outline file is reported once, here; the default outline stands in for it.
  const outline = await loadOutline(outlineSetting, configFile);
  if (outline.problem) problems.push(outline.problem);
  // Only the outer shape is known here; resolveConfig checks every key, names it and suggests a fix.
  const config = (outline.outline === undefined ? rest : { ...rest, outline: outline.outline }) as ConfigObject;
  return resolveWith(config, configFile, createRegistry([builtinPlugin, ...plugins]), overrides, problems, configFile);
}

function resolveWith(
  config: ConfigObject,
  origin: string,
  registry: Registry,
  overrides: ConfigOverrides | undefined,
  problems: LoadProblem[],
  configFile?: string,
): LoadedConfig {
  const base = resolveConfig(config, registry);
  const found = [...problems, ...base.problems.map((p) => ({ ...p, file: origin }))];
  let resolved = base.config;
  if (overrides && (overrides.locale !== undefined || Object.keys(overrides.rules ?? {}).length > 0)) {
    const merged = resolveConfig(withOverrides(config, base.config, overrides), registry);
    const seen = new Set(base.problems.map(problemId));
    found.push(...merged.problems.filter((p) => !seen.has(problemId(p))).map((p) => ({ ...p, file: COMMAND_LINE })));
    resolved = merged.config;
  }
  return { config: resolved, registry, problems: found, ...(configFile !== undefined ? { configFile } : {}) };
}

function problemId(problem: ConfigProblem): string {
  return `${problem.key}\0${problem.message}`;
}

/**
 * `--rule id:warn` changes the severity only: options the configuration gives the rule are kept,
 * as in ESLint.
 */
function withOverrides(config: ConfigObject, resolved: ResolvedConfig, overrides: ConfigOverrides): ConfigObject {
  const own = isObject(config.rules) ? config.rules : {};
  const rules: Record<string, RuleSetting> = { ...own };
  for (const [id, setting] of Object.entries(overrides.rules ?? {})) {
    const options = resolved.rules.find((r) => r.rule.id === id)?.options;
    const keep = typeof setting === 'string' && setting !== 'off' && isObject(options);
    rules[id] = keep ? [setting, options] : setting;
  }
  return { ...config, rules, ...(overrides.locale !== undefined ? { locale: overrides.locale } : {}) };
}
