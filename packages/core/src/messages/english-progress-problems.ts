import type { ProblemTexts } from './problems-files.ts';

import type { ProgressProblemParams } from './progress-problem-params.ts';

export type { ProgressProblemParams };
export type ProgressProblemCode = keyof ProgressProblemParams;

/** The problems of progress over time, in English. */
export const englishProgressProblems: ProblemTexts<ProgressProblemCode> = {
	PROGRESS_NOT_COMPARABLE: (p) =>
		p.what === 'version'
			? `This assessment was made on version \`${p.earlier}\`, but the ladder given for it is version \`${p.latest}\`.`
			: `This earlier assessment is of another ${p.what === 'person' ? 'person' : 'ladder'}: \`${p.earlier}\`, where the latest is of \`${p.latest}\`.`,
	'PROGRESS_NOT_COMPARABLE.hint': (p) =>
		p.what === 'version'
			? 'Give the ladder as it was when the assessment was made (`rungs gap --since` finds it in git history).'
			: 'Progress compares assessments of the same person on the same ladder, made on different dates.',
	PROGRESS_NOT_EARLIER: (p) => `This "earlier" assessment is dated ${p.date}, after the latest one (${p.latest}).`,
	'PROGRESS_NOT_EARLIER.hint': () => 'Give the most recent assessment first and the earlier ones after it (`rungs gap new.yaml --since old.yaml`).',
	PROGRESS_NOT_MIGRATED: (p) => `This assessment was made on \`${p.ladder}\` ${p.was} and is read as if made on ${p.now}, without migrating it.`,
	'PROGRESS_NOT_MIGRATED.hint': () => 'Give the ladder as it was then, so that changed competencies are marked and removed ones set aside (`rungs gap --since` finds it in git history).',
};
