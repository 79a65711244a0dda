export { lintDraft } from './lint-draft.js';
export type { DraftInput, DraftOptions, DraftResult, PageFinding } from './lint-draft.js';
