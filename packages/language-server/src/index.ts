export { startServer, STATS_REQUEST } from './server.js';
export type { ServerStats } from './server.js';
export { DEFAULT_DEBOUNCE, DEFAULT_MAX_DOCUMENT_SIZE, DEFAULT_SETTINGS } from './settings.js';
export type { ServerOptions, Settings } from './settings.js';
export { FIX_ALL_KIND } from './code-actions.js';
