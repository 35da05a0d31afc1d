import type { Matrix } from '../model.ts';

/** The key of a statement across ladders: shared statements keep their ids on every ladder. */
export const statementKey = (competency: string, statement: string) => `${competency}/${statement}`;

/**
 * Statements a person is taken to show already: those of their ladder up to their current level
 * (expectations are cumulative). When the target is the current level itself, that level's
 * statements are what is being checked, so they are not counted as held.
 */
export function heldStatements(matrix: Matrix, currentIndex: number, checkingCurrent: boolean): Set<string> {
	const held = new Set<string>();
	const last = checkingCurrent ? currentIndex - 1 : currentIndex;
	for (const competency of matrix.competencies) {
		for (const level of matrix.levels.slice(0, last + 1)) {
			for (const statement of competency.expectations[level.id] ?? []) held.add(statementKey(competency.id, statement.id));
		}
	}
	return held;
}
