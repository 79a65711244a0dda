export { loadConfig, clearConfigCache, DEFAULT_CONFIG } from './load.js';
export type { ConfigOverrides, LoadConfigOptions, LoadedConfig } from './load.js';
export { findConfigFile, CONFIG_FILE_NAMES } from './find.js';
export { configJsonSchema } from './schema.js';
export type { JsonSchema } from './schema.js';
export { formatProblem, COMMAND_LINE } from './problem.js';
export type { LoadProblem } from './problem.js';
export { TimeLimitError, withTimeLimit } from './time-limit.js';
