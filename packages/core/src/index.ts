export type * from './types.js';
export * from './config.js';
export { defineRule, DOCS_BASE } from './define-rule.js';
export type { RuleDefinition } from './define-rule.js';
export { applyFixes, mergeEdits, selectFixes } from './fix.js';
export { lint, lintTree, lintAndFix, PARSER_TIMING } from './lint.js';
export type { Timings } from './lint.js';
export { formatMessage, localize } from './messages.js';
export { Type } from '@sinclair/typebox';
