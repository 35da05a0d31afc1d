import { hasErrors, sortProblems, type Problem } from './problem.ts';

/**
 * The one result type of the 1.0 API: the value with the warnings found on the way, or every
 * problem (errors first in reading order, warnings too) when the value could not be made. Nothing
 * in the public API throws for a value a caller can pass at run time; it returns this instead.
 */
export type Result<T> =
	| { readonly ok: true; readonly value: T; readonly warnings: readonly Problem[] }
	| { readonly ok: false; readonly problems: readonly Problem[] };

/** A success carrying the warnings found on the way. */
export const succeed = <T>(value: T, warnings: readonly Problem[] = []): Result<T> => ({ ok: true, value, warnings });

/** A failure carrying every problem, in reading order. */
export const fail = (problems: readonly Problem[]): { readonly ok: false; readonly problems: readonly Problem[] } => ({ ok: false, problems: sortProblems(problems) });

/** Success when no problem is an error (the problems become its warnings), failure otherwise. */
export const judge = <T>(value: T, problems: readonly Problem[]): Result<T> =>
	hasErrors(problems) ? fail(problems) : succeed(value, sortProblems(problems));

/**
 * Whatever problems a result carries: its warnings on success, its problems on failure. For a
 * caller that shows every problem either way, as `rungs validate` does.
 *
 * @example
 * const result = parseFramework([{ path: 'framework.yaml', text: frameworkText }, { path: 'support-representative.yaml', text: ladderText }]);
 * console.error(formatProblems(problemsOf(result)));
 * if (result.ok) console.log(result.value.ladders.length);
 */
export const problemsOf = (result: Result<unknown>): readonly Problem[] => (result.ok ? result.warnings : result.problems);
