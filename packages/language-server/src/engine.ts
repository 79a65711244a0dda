/**
 * Everything the server takes from the linter. It is loaded by `loadEngine` in one dynamic import
 * after the server has answered `initialize`: the engine takes longer to load than the whole
 * start-up budget, so no other module imports it statically.
 */
export { lint, lintAndFix, applyFixes, selectFixes } from '@reportlint/core';
export { loadConfig, clearConfigCache, formatProblem, CONFIG_FILE_NAMES, TimeLimitError, withTimeLimit } from '@reportlint/config';
export { dominantEol, figureAt, looksBinaryText, parseReport } from '@reportlint/parser';
