import { formatMessage, formatProblem, type Messages, type Problem } from '@rungs/core';
import { el } from '../assess/dom.ts';
import type { Checked } from './check.ts';
import { fill } from './words.ts';
import type { TeamScriptWords } from '../../i18n/en-team.ts';

type Rejected = Checked & { ok: false };

/** A problem as a sentence a manager reads, with where it is when it has a place in the text. */
function sentence(problem: Problem, input: Rejected, words: TeamScriptWords, messages: Partial<Messages> | undefined): string {
	const text = formatMessage(problem, messages);
	if (problem.line === undefined || problem.column === undefined) return text;
	// A line of an NDJSON file is its own text: its line is always 1, so only the column says where.
	if (input.line !== undefined) return fill(words.locatedColumn, { column: problem.column, sentence: text });
	return fill(words.located, { line: problem.line, column: problem.column, sentence: text });
}

/**
 * The inputs left out of the summary, each under its own name (a file's path, or a file and line
 * of an NDJSON stream) with its problems as sentences; codes and frames wait in a closed details.
 */
export function renderProblems(box: HTMLElement, rejected: readonly Rejected[], words: TeamScriptWords, messages: Partial<Messages> | undefined): void {
	box.hidden = rejected.length === 0;
	if (rejected.length === 0) return box.replaceChildren();
	box.replaceChildren(
		el('h2', { id: 'team-problems-title' }, words.problemsHeading),
		el('p', { class: 'help' }, words.problemsHelp),
		el(
			'ul',
			{ class: 'rejected-list' },
			...rejected.map((input) => {
				const name = input.line === undefined ? input.file : fill(words.lineOf, { file: input.file, line: input.line });
				const sentences = [...new Set(input.problems.map((p) => sentence(p, input, words, messages)))];
				return el(
					'li',
					{ class: 'rejected' },
					el('p', { class: 'rejected-name' }, el('code', {}, name)),
					el('ul', { class: 'problem-list' }, ...sentences.map((text) => el('li', {}, text))),
					el('details', { class: 'problem-details' }, el('summary', {}, words.details), el('pre', { class: 'problems' }, input.problems.map((p) => formatProblem(p, { messages })).join('\n\n'))),
				);
			}),
		),
	);
}
