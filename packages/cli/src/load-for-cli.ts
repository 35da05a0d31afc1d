import { relative } from 'node:path';
import { formatProblems, type Framework, type Problem } from '@rungs/core';
import { findFrameworkDir } from './find-framework.ts';
import { loadMatricesCached } from './ladder-cache.ts';
import { UsageError, useColor, type Io } from './io.ts';

/** Thrown when input files have errors; they were already printed. */
export class ProblemsReported extends Error {
	override name = 'ProblemsReported';
}

/** Prints problems (errors and warnings) to stderr; throws ProblemsReported when any is an error. */
export function reportProblems(problems: readonly Problem[], io: Io): void {
	if (problems.length === 0) return;
	io.stderr.write(`${formatProblems(problems, { color: useColor(io.stderr, io.env) })}\n`);
	if (problems.some((p) => p.severity === 'error')) throw new ProblemsReported();
}

/** The framework an assessment file belongs to, loaded; its problems printed. */
export async function frameworkFor(file: string | undefined, matrices: string | undefined, io: Io, command: string): Promise<Framework> {
	const dir = findFrameworkDir(io.cwd, file, matrices);
	if (!dir) throw new UsageError('No ladders found: run from a folder with matrices/, or pass --matrices <dir>.', command);
	const shown = relative(io.cwd, dir) || '.';
	const result = await loadMatricesCached(shown, io);
	const errors = result.problems.filter((p) => p.severity === 'error');
	reportProblems(errors, io);
	return result.value!;
}
