import type { Framework } from '@rungs/core';

/**
 * The framework as the self-assessment page needs it: what a rating form, a gap report and a file
 * check read. Sources, summaries, decision authority, evidence examples and career paths stay on
 * the ladder pages; leaving them out halves what the page sends.
 */
export function frameworkForAssessment(framework: Framework): Framework {
	return {
		...framework,
		summary: '',
		sources: [],
		shared: [],
		destinations: [],
		paths: [],
		matrices: framework.matrices.map((matrix) => ({
			...matrix,
			summary: '',
			sources: [],
			levels: matrix.levels.map((level) => ({
				...level,
				summary: '',
				scope: '',
				ownership: '',
				initiative: '',
				authority: { decideAlone: [], tooSafe: [], outOfScope: [], escalateWhen: [] },
			})),
			competencies: matrix.competencies.map((competency) => ({ ...competency, evidenceExamples: [] })),
		})),
	};
}
