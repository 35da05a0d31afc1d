import { formatProblems, type Result } from '@rungs/core';

/** A result's value, for a test that expects success: fails loudly, with the problems, otherwise. */
export function valueOf<T>(result: Result<T>): T {
	if (!result.ok) throw new Error(`Expected success, got:\n${formatProblems(result.problems)}`);
	return result.value;
}
