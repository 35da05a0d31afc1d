import type { Framework } from '@rungs/core';

/**
 * The framework as the self-assessment page needs it: what a rating form, a gap report and a file
 * check read. Sources, summaries, decision authority, evidence examples and career paths stay on
 * the ladder pages; leaving them out halves what the page sends.
 */
export function frameworkForAssessment(framework: Framework): Framework {
	// These fields are optional (house rules decide whether a ladder writes them): left out, not blanked.
	const { summary: _summary, ...rest } = framework;
	return {
		...rest,
		sources: [],
		shared: [],
		destinations: [],
		paths: [],
		ladders: framework.ladders.map(({ summary: _ladderSummary, ...ladder }) => ({
			...ladder,
			sources: [],
			levels: ladder.levels.map(({ summary: _s, scope: _c, ownership: _o, initiative: _i, authority: _a, ...level }) => level),
			competencies: ladder.competencies.map((competency) => ({ ...competency, evidenceExamples: [] })),
		})),
	};
}
