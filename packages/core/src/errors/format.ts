import { pathText, visibleText, type Problem } from './problem.ts';

export interface FormatOptions {
	/** Colour the output with ANSI escapes (only for a terminal). */
	color?: boolean;
}

const paint = (on: boolean, code: string, text: string) => (on ? `\u001b[${code}m${text}\u001b[0m` : text);

/**
 * A problem as a terminal reader wants it: where, what, the source around it, what to do.
 *
 * @example
 * formatProblem(problem);
 * // matrices/support-representative.yaml:41:9 error UNKNOWN_LEVEL
 * //   Unknown level `staff` in the expectations of `troubleshooting`.
 * //   > 41 |       staff:
 * //        |       ^^^^^
 * //   Hint: The levels of `support-representative` are: associate, representative, senior, lead.
 */
export function formatProblem(problem: Problem, options: FormatOptions = {}): string {
	const color = options.color ?? false;
	const severity =
		problem.severity === 'error' ? paint(color, '31;1', 'error') : paint(color, '33;1', 'warning');
	// A file name can hold escape codes too (it comes from the folder a pull request adds files to).
	// A problem of a data object has a path, not a line: `upload: ratings.writing.rating`.
	const where = problem.line === undefined ? `${visibleText(problem.file)}: ${visibleText(pathText(problem.path))}` : `${visibleText(problem.file)}:${problem.line}:${problem.column}`;
	const lines = [
		`${paint(color, '1', where)} ${severity} ${paint(color, '2', problem.code)}`,
		`  ${problem.message}`,
		...(problem.frame === '' ? [] : problem.frame.split('\n').map((l) => `  ${l}`)),
	];
	if (problem.hint) lines.push(`  ${paint(color, '36', 'Hint:')} ${problem.hint}`);
	return lines.join('\n');
}

/**
 * Several problems, blank-line separated, with a closing count.
 *
 * @example
 * if (!result.ok) process.stderr.write(formatProblems(result.problems, { color: process.stderr.isTTY }));
 * // … each problem … then "2 errors, 1 warning"
 */
export function formatProblems(problems: readonly Problem[], options: FormatOptions = {}): string {
	const errors = problems.filter((p) => p.severity === 'error').length;
	const warnings = problems.length - errors;
	const blocks = problems.map((p) => formatProblem(p, options));
	const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
	blocks.push(`${plural(errors, 'error')}, ${plural(warnings, 'warning')}`);
	return blocks.join('\n\n');
}
