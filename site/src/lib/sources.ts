import { relative } from 'node:path';

/*
 * Where the site's ladders come from. RUNGS_MATRICES_DIR builds the site from another folder of
 * ladders (its examples in `<dir>/examples`): the tests build it from hostile ladders to prove that
 * their text stays text, and the benchmark from generated organisations. Paths are relative to the
 * folder the build runs in, the site's own.
 */

/** The folder of ladders, and how problems name it. */
export function matricesDir(): { path: string; shown: string } {
	const path = process.env.RUNGS_MATRICES_DIR || '../matrices';
	return { path, shown: relative(process.cwd(), path) || '.' };
}

/** The folder of example assessments, checked against those ladders. */
export const examplesDir = (): string => `${matricesDir().path}/examples`;
