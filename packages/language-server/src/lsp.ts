import { createRequire } from 'node:module';
import type * as Lsp from 'vscode-languageserver/node';

/**
 * vscode-languageserver is CommonJS. An ESM `import` of it costs ~400 ms at start-up (Node scans every
 * one of its files for named exports); `require` costs ~90 ms, which keeps start-to-ready under 300 ms.
 */
export const lsp = createRequire(import.meta.url)('vscode-languageserver/node') as typeof Lsp;
