import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import type { Plugin } from '@reportlint/core';
import { isObject } from './json.js';
import { errorMessage } from './problem.js';
import type { LoadProblem } from './problem.js';

/** Checks the outer shape only: the rules' ids, severities and options are checked by resolveConfig. */
function asPlugin(module: Record<string, unknown>): Plugin | string {
  const plugin = module['plugin'] ?? module['default'];
  if (!isObject(plugin)) return 'exports neither `plugin` nor a default export';
  const { rules, outlines, presets } = plugin;
  if (rules !== undefined && !(Array.isArray(rules) && rules.every((r) => isObject(r) && typeof r['id'] === 'string' && typeof r['check'] === 'function'))) {
    return '`rules` must be an array of rules (each with an `id` and a `check` function)';
  }
  if (outlines !== undefined && !(Array.isArray(outlines) && outlines.every((o) => isObject(o) && typeof o['id'] === 'string'))) {
    return '`outlines` must be an array of outline profiles';
  }
  if (presets !== undefined && !isObject(presets)) return '`presets` must be an object of preset name → configuration';
  return plugin as Plugin;
}

/**
 * Loads the npm packages named in `plugins`, resolved from the config file's directory the way
 * Node resolves a dependency of that directory's package.
 */
export async function loadPlugins(names: unknown, configFile: string): Promise<{ plugins: Plugin[]; problems: LoadProblem[] }> {
  const plugins: Plugin[] = [];
  const problems: LoadProblem[] = [];
  if (names === undefined) return { plugins, problems };
  if (!Array.isArray(names) || !names.every((n) => typeof n === 'string')) {
    problems.push({ file: configFile, key: 'plugins', message: 'must be an array of npm package names' });
    return { plugins, problems };
  }
  const require = createRequire(configFile);
  for (const [index, name] of names.entries()) {
    const key = `plugins[${index}]`;
    let module: Record<string, unknown>;
    try {
      module = await import(pathToFileURL(require.resolve(name)).href);
    } catch (error) {
      problems.push({ file: configFile, key, message: `cannot load plugin "${name}": ${errorMessage(error)}`, suggestion: `npm install ${name}` });
      continue;
    }
    const plugin = asPlugin(module);
    if (typeof plugin === 'string') problems.push({ file: configFile, key, message: `plugin "${name}" ${plugin}` });
    else plugins.push(plugin);
  }
  return { plugins, problems };
}
