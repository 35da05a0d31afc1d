import type { Catalog } from './catalog.ts';
import type { ProblemParams } from './problem-params.ts';
import type { DataProblemParams } from './problems-data.ts';
import { englishFileProblems } from './problems-files.ts';
import { englishContentProblems } from './problems-content.ts';
import { englishDataProblems } from './problems-data.ts';
import { englishImportProblems } from './problems-import.ts';
import { englishTranslationProblems } from './problems-translation.ts';
import { englishProgressProblems } from './english-progress-problems.ts';
import { englishArgumentProblems } from './problems-arguments.ts';

/** Every problem's message and hint codes, and the wording of data objects (`CODE.data`). */
export type ProblemWordCode = keyof ProblemParams | `${keyof ProblemParams}.hint` | keyof DataProblemParams;

/**
 * Every problem and hint in English, as `createProblem` words them: a problem carries its English
 * words from the start, whichever module found it.
 */
export const englishProblems: Catalog<ProblemWordCode> = /* @__PURE__ */ Object.freeze({
	...englishFileProblems,
	...englishContentProblems,
	...englishDataProblems,
	...englishImportProblems,
	...englishTranslationProblems,
	...englishProgressProblems,
	...englishArgumentProblems,
});
