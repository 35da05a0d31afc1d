import type { Catalog } from './catalog.ts';
import type { ProblemWordCode } from './english-problems.ts';
import { frenchFileProblems } from './french-files.ts';
import { frenchContentProblems } from './french-content.ts';
import { frenchDataProblems } from './french-data.ts';
import { frenchImportProblems } from './french-import.ts';
import { frenchTranslationProblems } from './french-translation.ts';
import { frenchProgressProblems } from './french-progress-problems.ts';

/**
 * Every problem and hint in French. Typed on the English problems' codes: a code added there fails
 * to compile until it has its French. Kept apart from the report words so a page loads them only
 * with the code that checks files.
 */
export const frenchProblems: Catalog<ProblemWordCode> = /* @__PURE__ */ Object.freeze({
	...frenchFileProblems,
	...frenchContentProblems,
	...frenchDataProblems,
	...frenchImportProblems,
	...frenchTranslationProblems,
	...frenchProgressProblems,
});
