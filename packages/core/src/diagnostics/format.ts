import { pathText, visibleText, type Problem } from './problem.ts';
import { resolveMessages, say, wordProblem, type Messages } from '../messages/catalog.ts';
import { englishReport } from '../messages/english-report.ts';

export interface FormatOptions {
	/** Colour the output with ANSI escapes (only for a terminal). */
	color?: boolean;
	/** A message catalog, whole or in part, to word the problem in; codes it leaves out stay English. */
	messages?: Partial<Messages>;
}

const paint = (on: boolean, code: string, text: string) => (on ? `\u001b[${code}m${text}\u001b[0m` : text);

/** Where a problem is: `file:line:column` in a text, `file: path` in a data object (no line there). */
function place(problem: Problem): string {
	const where = problem as { line?: number; column?: number };
	if (where.line !== undefined && where.line > 0) return `${visibleText(problem.file)}:${where.line}:${where.column ?? 1}`;
	return problem.path.length > 0 ? `${visibleText(problem.file)}: ${visibleText(pathText(problem.path))}` : visibleText(problem.file);
}

/**
 * A problem as a terminal reader wants it: where, what, the source around it, what to do. With
 * `messages`, the message and hint are worded from the problem's code and params in that catalog
 * (a code it leaves out keeps the English the problem carries).
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
	const messages = resolveMessages(options.messages, englishReport);
	const word = say(messages, 'problem.severity', { severity: problem.severity });
	const severity = problem.severity === 'error' ? paint(color, '31;1', word) : paint(color, '33;1', word);
	// The English words are on the problem already; another catalog words them from code and params
	// (what it leaves out stays English), so no problem's English is bundled with this formatter.
	const worded = options.messages === undefined ? problem : wordProblem(options.messages, problem);
	const message = visibleText(worded.message);
	const hint = worded.hint === undefined ? undefined : visibleText(worded.hint);
	// A file name can hold escape codes too (it comes from the folder a pull request adds files to).
	const lines = [
		`${paint(color, '1', place(problem))} ${severity} ${paint(color, '2', problem.code)}`,
		`  ${message}`,
		...(!problem.frame ? [] : problem.frame.split('\n').map((l) => `  ${l}`)),
	];
	if (hint) lines.push(`  ${paint(color, '36', say(messages, 'problem.hint', {}))} ${hint}`);
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
	blocks.push(say(resolveMessages(options.messages, englishReport), 'problem.count', { errors, warnings }));
	return blocks.join('\n\n');
}
