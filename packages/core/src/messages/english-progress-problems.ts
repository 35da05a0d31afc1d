import type { ProblemTexts } from './problems-files.ts';

/** What `trackProgress` says when an earlier assessment cannot be read as one of the same series. */
export interface ProgressProblemParams {
	/** `what`: the field that differs; `latest` and `earlier`: its two values. */
	PROGRESS_NOT_COMPARABLE: { what: 'person' | 'ladder' | 'version'; latest: string; earlier: string };
	PROGRESS_NOT_EARLIER: { date: string; latest: string };
	/** `was`: the version the assessment was made on; `now`: the latest assessment's. */
	PROGRESS_NOT_MIGRATED: { matrix: string; was: string; now: string };
}
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
	PROGRESS_NOT_MIGRATED: (p) => `This assessment was made on \`${p.matrix}\` ${p.was} and is read as if made on ${p.now}, without migrating it.`,
	'PROGRESS_NOT_MIGRATED.hint': () => 'Give the ladder as it was then, so that changed competencies are marked and removed ones set aside (`rungs gap --since` finds it in git history).',
};
