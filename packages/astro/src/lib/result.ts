import { formatProblems, type Result } from '@rungs/core';

/**
 * The value of a result the site's own data must give: the examples and ladders were checked when
 * the content loaders read them, so a failure here is a broken build, said with the located problems.
 */
export function expectValue<T>(result: Result<T>, what: string): T {
	if (!result.ok) throw new Error(`Rungs could not build ${what}:\n\n${formatProblems(result.problems)}`);
	return result.value;
}
