import type { ProblemCode, ProblemParams } from './catalog.ts';
import { englishProblems } from '../messages/english-problems.ts';
import { problemIn, type DataPath, type Problem, type SourceFile, type Span } from './problem.ts';

// Its own module: problem.ts is needed wherever problems are handled, this (with every problem's
// English) only where problems are found, so a page that renders reports does not load those words.

/**
 * Builds a problem from its catalog entry: the code's severity, message and hint, located at `where`.
 * Without a `span` the problem is one of a data object: located by `path` alone, with the wording
 * meant for data (no lines, indentation or files: the catalog's `CODE.data` entries).
 *
 * @example
 * const file = { path: 'line 3', text: '' };
* createProblem('FILE_TOO_LARGE', { size: 600000, limit: 524288 }, { file, span: { line: 1, column: 1, endColumn: 2 }, path: [] });
 * // A problem of a data object: no span, located by its path.
 * createProblem('MISSING_FIELD', { key: 'date', at: '' }, { file: { path: 'row 7', text: '' }, path: ['date'] });
 */
export function createProblem<C extends ProblemCode>(code: C, params: ProblemParams[C], where: { file: SourceFile; span?: Span; path: DataPath }): Problem {
	return problemIn(englishProblems, code, params, where);
}

