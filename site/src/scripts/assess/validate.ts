// Loaded only when a file, a share link or a draft is opened: it brings the full validator (zod and
// yaml), which the rest of the page does not need.
import { formatProblem, parseAssessment, type Assessment, type Framework, type Problem } from '@rungs/core';

export { decodeSource } from '@rungs/core';
import { stringify } from 'yaml';

export interface Checked {
	assessment?: Assessment;
	problems: Problem[];
}

/** An assessment from YAML or JSON text, checked exactly as the command line checks it. */
export function checkAssessmentText(name: string, text: string, framework: Framework): Checked {
	const result = parseAssessment({ path: name, text }, framework);
	return result.ok ? { assessment: result.value, problems: result.problems } : { problems: result.problems };
}

/** A problem as a reader wants it, as plain text (rendered with textContent, never as HTML). */
export const describeProblem = (problem: Problem): string => formatProblem(problem);

/** The assessment as YAML, with the schema modeline an editor uses. */
export function toYaml(assessment: Assessment): string {
	return `# yaml-language-server: $schema=https://rungs.dev/schemas/assessment.schema.json\n${stringify(assessment, { lineWidth: 0 })}`;
}
