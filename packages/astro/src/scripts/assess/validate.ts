// Loaded only when a file or a share link is opened, or a file or link made: it brings the full
// validator (zod and yaml), which the rest of the page, drafts included, does not need.
import { createProblem, decodeSource, formatMessage, formatProblem, parseAssessment, stringifyAssessment, type Assessment, type Framework, type Problem } from '@rungs/core';
import { MAX_SOURCE_BYTES, SCHEMA_BASE_URL } from '@rungs/core/schema';
import type { Explained } from './page-ui.ts';
import { messages } from './words.ts';

export { decodeSource };
export { laddersNamed } from './ladders-named.ts';

/** A problem as its sentence, and as the command line frames it (both plain text, rendered with textContent). */
export const explain = (problem: Problem): Explained => ({ plain: formatMessage(problem, messages()), framed: formatProblem(problem, { messages: messages() }) });

export interface Checked {
	assessment?: Assessment;
	problems: readonly Problem[];
}

/** An assessment from YAML or JSON text, checked exactly as the command line checks it. */
export function checkAssessmentText(name: string, text: string, framework: Framework): Checked {
	const result = parseAssessment({ path: name, text }, framework);
	return result.ok ? { assessment: result.value, problems: result.warnings } : { problems: result.problems };
}

/** The assessment as YAML, with the schema modeline an editor uses. */
export const toYaml = (assessment: Assessment): string =>
	stringifyAssessment(assessment, `# yaml-language-server: $schema=${SCHEMA_BASE_URL}assessment.schema.json`);

/** The command line's FILE_TOO_LARGE problem, for a file refused before it is read (so there is no line to show). */
export const tooLarge = (name: string, size: number): Explained =>
	explain(createProblem('FILE_TOO_LARGE', { size, limit: MAX_SOURCE_BYTES }, { file: { path: name, text: '' }, path: [] }));

/** The assessment as the page would save it, checked as a file; the problems formatted as the command line prints them. */
export function checkForSaving(assessment: Assessment, framework: Framework): { ok: true; assessment: Assessment } | { ok: false; problems: Explained[] } {
	const checked = checkAssessmentText('your-assessment.json', `${JSON.stringify(assessment, null, 2)}\n`, framework);
	if (checked.assessment) return { ok: true, assessment };
	return { ok: false, problems: checked.problems.filter((problem) => problem.severity === 'error').map(explain) };
}
