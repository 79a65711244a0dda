import { lintDraft } from './lint-draft.js';
import { mountPage } from './page.js';

// The page's one script. `reportlint.lintDraft` is there for the console (and the tests, which run this
// script with no page at all: proof that it needs nothing but the browser's own TextDecoder).
Object.assign(globalThis, { reportlint: { lintDraft } });
if (typeof document !== 'undefined') mountPage(document);
