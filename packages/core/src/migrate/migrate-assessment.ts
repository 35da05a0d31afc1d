import { diffMatrices } from '../diff/diff-matrices.ts';
import type { Matrix } from '../model.ts';
import type { Assessment } from '../schema/assessment.ts';

export interface MigrationChange {
	competency?: string;
	kind: 'kept' | 're-assess' | 'removed' | 'statement-removed' | 'level';
	message: string;
}

export interface Migration {
	assessment: Assessment;
	changes: MigrationChange[];
	/**
	 * What was removed, in full, when it is longer than the notes may hold (LongTextSchema: 20,000
	 * characters): the notes then say where it went, and stringifyAssessment keeps it as a comment
	 * at the end of the file. Moving removed content never makes an invalid file, nor drops any.
	 */
	removed?: string;
}

/** The most characters an assessment's notes may hold (LongTextSchema). */
const NOTES_MAX = 20000;

/** Thrown when an assessment cannot be moved without a person's choice (its level is gone). */
export class MigrationError extends Error {
	override name = 'MigrationError';
}

/**
 * Moves an assessment made on one version of a ladder onto another: every rating that still applies
 * is kept; a competency whose statements changed is marked `reassess: true`; what no longer exists
 * (a competency, a statement rating) is removed and recorded in the assessment's notes, so nothing
 * disappears silently.
 *
 * @throws {MigrationError} when the assessment's current or target level no longer exists and no
 *   replacement is given.
 * @example
 * const { assessment: moved, changes } = migrateAssessment(assessment, ladderAtV1, ladderNow);
 */
export function migrateAssessment(
	assessment: Assessment,
	before: Matrix,
	after: Matrix,
	options: { current?: string; target?: string } = {},
): Migration {
	if (assessment.matrix.id !== before.id || before.id !== after.id) throw new MigrationError(`The assessment is on \`${assessment.matrix.id}\`; migration moves it between versions of that ladder only.`);
	const diff = diffMatrices(before, after);
	const changes: MigrationChange[] = [];
	const levelIds = new Set(after.levels.map((l) => l.id));
	const current = options.current ?? assessment.current;
	if (!levelIds.has(current)) throw new MigrationError(`The level \`${assessment.current}\` is not on ${after.title} ${after.version}: choose the current level (levels: ${[...levelIds].join(', ')}).`);
	let target = assessment.target;
	if (options.target) target = options.target;
	if (typeof target === 'string' && !levelIds.has(target)) throw new MigrationError(`The target level \`${target}\` is not on ${after.title} ${after.version}: choose the target (levels: ${[...levelIds].join(', ')}).`);
	if (current !== assessment.current) changes.push({ kind: 'level', message: `Current level moved from \`${assessment.current}\` to \`${current}\`.` });
	if (JSON.stringify(target) !== JSON.stringify(assessment.target)) changes.push({ kind: 'level', message: `Target moved to \`${typeof target === 'string' ? target : `${target.matrix}:${target.level}`}\`.` });

	const changed = new Set([...diff.statements.map((s) => s.competency), ...diff.competencies.changed.map((c) => c.id)]);
	const removedStatements = new Map<string, Set<string>>();
	for (const s of diff.statements) if (s.kind === 'removed') removedStatements.set(s.competency, (removedStatements.get(s.competency) ?? new Set()).add(s.statement));
	const competencyIds = new Set(after.competencies.map((c) => c.id));
	const notes: string[] = [];
	const ratings: Assessment['ratings'] = {};

	for (const [id, rating] of Object.entries(assessment.ratings)) {
		// A rating of another ladder's competency (a role switch) is not this ladder's to judge: keep it.
		if (!before.competencies.some((c) => c.id === id)) {
			ratings[id] = rating;
			continue;
		}
		if (!competencyIds.has(id)) {
			const summary = `${rating.rating ?? 'not rated'}${rating.evidence.length > 0 ? `, ${rating.evidence.length} evidence item(s): ${rating.evidence.map((e) => e.summary).join(' / ')}` : ''}`;
			notes.push(`The competency \`${id}\` was removed in ${after.version}; its rating was: ${summary}.`);
			changes.push({ competency: id, kind: 'removed', message: `\`${id}\` is no longer on the ladder: its rating moved to the notes.` });
			continue;
		}
		const gone = removedStatements.get(id) ?? new Set<string>();
		const next = structuredClone(rating);
		if (next.statements) {
			for (const statement of Object.keys(next.statements)) {
				if (gone.has(statement)) {
					notes.push(`The statement \`${id}/${statement}\` was removed in ${after.version}; it was rated ${next.statements[statement]}.`);
					changes.push({ competency: id, kind: 'statement-removed', message: `The statement \`${statement}\` is gone: its rating moved to the notes.` });
					delete next.statements[statement];
				}
			}
			if (Object.keys(next.statements).length === 0) delete next.statements;
		}
		for (const evidence of next.evidence) {
			if (evidence.statements) {
				evidence.statements = evidence.statements.filter((s) => !gone.has(s));
				if (evidence.statements.length === 0) delete evidence.statements;
			}
		}
		if (changed.has(id)) {
			next.reassess = true;
			changes.push({ competency: id, kind: 're-assess', message: `\`${id}\` changed: its rating is kept and marked for re-assessment.` });
		} else changes.push({ competency: id, kind: 'kept', message: `\`${id}\` is unchanged: its rating is kept.` });
		ratings[id] = next;
	}
	const header = notes.length > 0 ? `Migrated from ${before.title} ${before.version} to ${after.version}. ${notes.join(' ')}` : '';
	let joined = [assessment.notes, header].filter(Boolean).join('\n\n');
	let removed: string | undefined;
	if ([...joined].length > NOTES_MAX) {
		removed = `Removed when migrating from ${before.title} ${before.version} to ${after.version}:\n${notes.join('\n')}`;
		const pointer = `Migrated from ${before.title} ${before.version} to ${after.version}. What was removed is longer than the notes may hold: it is kept in full in the comment at the end of this file.`;
		joined = [assessment.notes, pointer].filter(Boolean).join('\n\n');
		// The person's own notes come first and are kept whole; only when they alone fill the space
		// does the pointer give way (the comment still holds everything).
		if ([...joined].length > NOTES_MAX) joined = assessment.notes ?? pointer;
	}
	const migrated: Assessment = {
		...assessment,
		matrix: { id: after.id, version: after.version },
		current,
		target,
		ratings,
		...(header ? { notes: joined } : {}),
	};
	return { assessment: migrated, changes, ...(removed ? { removed } : {}) };
}
