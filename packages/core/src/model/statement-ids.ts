import type {
	Statement,
	WithStatementIds,
	WrittenCompetency,
	WrittenSharedCompetency,
	WrittenSharedCompetencyUse,
	WrittenStatement,
} from '../schema/competency.ts';
import type { LadderFile, WrittenLadderFile } from '../schema/ladder.ts';
import type { SharedCompetenciesFile, WrittenSharedCompetenciesFile } from '../schema/shared-competencies.ts';
import { statementIds } from './derive-id.ts';

// The one place plain-string statements get their ids: right after a file's shape check, so the
// rules, resolve, diff, migrate, the template, the exports and the assessment checks all see the
// same `{ id, text, derivedId: true }` and none derives on its own.

/**
 * A competency's statements with their ids. All its statements, across its levels in the order the
 * file lists them, go to {@link statementIds} together, so a derived id is unique within the competency
 * (the same text at two levels gets `-2`). Explicit `{ id, text }` statements come back unchanged.
 */
export function withDerivedIds<T extends { expectations?: Record<string, WrittenStatement[]> }>(competency: T): WithStatementIds<T> {
	const written = competency.expectations;
	if (written === undefined) return competency as WithStatementIds<T>;
	const levels = Object.keys(written);
	const all = levels.flatMap((level) => written[level]!);
	// Nothing to derive (every ladder written before plain strings existed): the same object.
	if (all.every((s) => typeof s !== 'string')) return competency as WithStatementIds<T>;
	const ids = statementIds(all);
	let next = 0;
	const expectations: Record<string, Statement[]> = {};
	for (const level of levels) {
		expectations[level] = written[level]!.map((s): Statement => {
			const id = ids[next++]!;
			return typeof s === 'string' ? { id, text: s, derivedId: true } : s;
		});
	}
	return { ...competency, expectations } as WithStatementIds<T>;
}

/** A ladder file with the ids of its plain-string statements derived, local and shared-use alike. */
export function ladderWithIds(ladder: WrittenLadderFile): LadderFile {
	return {
		...ladder,
		sharedCompetencies: ladder.sharedCompetencies.map((use: WrittenSharedCompetencyUse) => withDerivedIds(use)),
		competencies: ladder.competencies.map((competency: WrittenCompetency) => withDerivedIds(competency)),
	};
}

/** `shared-competencies.yaml` with the ids of its plain-string statements derived. */
export function sharedWithIds(file: WrittenSharedCompetenciesFile): SharedCompetenciesFile {
	return { ...file, competencies: file.competencies.map((competency: WrittenSharedCompetency) => withDerivedIds(competency)) };
}
