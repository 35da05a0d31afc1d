import { diffLadders } from '../diff/diff-ladders.ts';
import { ArgumentCheck, checkOptionKeys } from '../rules/check-options.ts';
import { fail, succeed, type Result } from '../diagnostics/result.ts';
import type { Ladder } from '../model/framework.ts';
import { unknownIdParams } from '../diagnostics/describe-path.ts';
import type { Assessment } from '../schema/assessment.ts';
import { resolveMessages, say, type Message, type Messages } from '../messages/catalog.ts';
import { englishMigrate, type MigrateParams } from '../messages/migrate-english.ts';

/**
 * One thing migration did, as data (`code` and `params`, for `formatMessage` in any catalog) and in
 * English (`message`, for logs).
 */
export type MigrationChange = {
	competency?: string;
	kind: 'kept' | 're-assess' | 'removed' | 'statement-removed' | 'level';
	message: string;
} & Message<keyof MigrateParams>;

/** A change with its English words. */
const change = <C extends keyof MigrateParams>(kind: MigrationChange['kind'], code: C, params: MigrateParams[C]): MigrationChange =>
	({ ...('competency' in params ? { competency: params.competency } : {}), kind, code, params, message: (englishMigrate[code] as (p: MigrateParams[C]) => string)(params) }) as MigrationChange;

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

export interface MigrateOptions {
	/** The current level to move to, when the assessment's is no longer on the ladder. */
	readonly current?: string;
	/** The target level to move to, when the assessment's is no longer on the ladder. */
	readonly target?: string;
	/**
	 * A catalog for the notes written into the migrated file (`migrate.note.*`), such as
	 * `frenchMessages`: English where it says nothing. The changes carry `code` and `params` whatever it is.
	 */
	readonly messages?: Partial<Messages>;
}

/**
 * Moves an assessment made on one version of a ladder onto another: every rating that still applies
 * is kept; a competency whose statements changed is marked `reassess: true`; what no longer exists
 * (a competency, a statement rating) is removed and recorded in the assessment's notes, so nothing
 * disappears silently.
 *
 * When the assessment's current or target level is no longer on the ladder and no replacement is
 * given in `options`, or the assessment is of another ladder, the result is `{ ok: false }` with
 * MIGRATION_LEVEL_REMOVED (at `current` or `target` in `assessment`, or in `options` for a
 * replacement that does not exist either) or MIGRATION_OTHER_LADDER. Nothing throws.
 *
 * @example
 * const result = migrateAssessment(assessment, ladderAtV1, ladderNow);
 * if (result.ok) console.log(result.value.changes.map((c) => c.message)); // or formatMessage(c, frenchMessages)
 * // The notes written into the file in French: migrateAssessment(assessment, ladderAtV1, ladderNow, { messages: frenchMessages })
 * else console.error(formatProblems(result.problems)); // MIGRATION_LEVEL_REMOVED: choose `options.current`
 */
export function migrateAssessment(assessment: Assessment, before: Ladder, after: Ladder, options: MigrateOptions = {}): Result<Migration> {
	const check = new ArgumentCheck('options');
	const given = checkOptionKeys(check, options, ['current', 'target', 'messages']);
	for (const key of ['current', 'target'] as const) {
		if (given?.[key] !== undefined && typeof given[key] !== 'string') check.invalid([key], given[key], 'level-id');
	}
	if (!given || check.problems.length > 0) return fail(check.problems);
	const words = resolveMessages(given.messages as Partial<Messages> | undefined, englishMigrate);
	const span = { ladder: before.title, from: before.version, to: after.version };
	if (assessment.ladder.id !== before.id || before.id !== after.id) {
		const wrong = new ArgumentCheck('assessment');
		wrong.report('MIGRATION_OTHER_LADDER', { assessed: assessment.ladder.id, before: before.id, after: after.id }, ['ladder', 'id']);
		return fail(wrong.problems);
	}
	const diff = diffLadders(before, after);
	const changes: MigrationChange[] = [];
	const levelIds = new Set(after.levels.map((l) => l.id));
	const current = (given.current as string | undefined) ?? assessment.current;
	const target = (given.target as string | undefined) ?? assessment.target;
	const gone = (which: 'current' | 'target', id: string) => {
		// A replacement that is not there either is the option's fault; otherwise the assessment's.
		const where = given[which] !== undefined ? check : new ArgumentCheck('assessment');
		where.report('MIGRATION_LEVEL_REMOVED', { which, id, ladder: after.title, version: after.version, ...unknownIdParams(id, levelIds) }, [which]);
		return where.problems.slice(-1);
	};
	const problems = [...(levelIds.has(current) ? [] : gone('current', current)), ...(typeof target === 'string' && !levelIds.has(target) ? gone('target', target) : [])];
	if (problems.length > 0) return fail(problems);
	if (current !== assessment.current) changes.push(change('level', 'migrate.current', { from: assessment.current, to: current }));
	if (JSON.stringify(target) !== JSON.stringify(assessment.target)) changes.push(change('level', 'migrate.target', { to: typeof target === 'string' ? target : `${target.ladder}:${target.level}` }));

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
			notes.push(say(words, 'migrate.note.competency', { competency: id, version: after.version, rating: rating.rating ?? null, evidence: rating.evidence.map((e) => e.summary) }));
			changes.push(change('removed', 'migrate.removed', { competency: id }));
			continue;
		}
		const gone = removedStatements.get(id) ?? new Set<string>();
		const next = structuredClone(rating);
		if (next.statements) {
			for (const statement of Object.keys(next.statements)) {
				if (gone.has(statement)) {
					notes.push(say(words, 'migrate.note.statement', { competency: id, statement, version: after.version, rating: String(next.statements[statement]) }));
					changes.push(change('statement-removed', 'migrate.statementRemoved', { competency: id, statement }));
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
			changes.push(change('re-assess', 'migrate.reassess', { competency: id }));
		} else changes.push(change('kept', 'migrate.kept', { competency: id }));
		ratings[id] = next;
	}
	const header = notes.length > 0 ? `${say(words, 'migrate.note.header', span)} ${notes.join(' ')}` : '';
	let joined = [assessment.notes, header].filter(Boolean).join('\n\n');
	let removed: string | undefined;
	if ([...joined].length > NOTES_MAX) {
		removed = `${say(words, 'migrate.note.removed', span)}\n${notes.join('\n')}`;
		const pointer = say(words, 'migrate.note.pointer', span);
		joined = [assessment.notes, pointer].filter(Boolean).join('\n\n');
		// The person's own notes come first and are kept whole; only when they alone fill the space
		// does the pointer give way (the comment still holds everything).
		if ([...joined].length > NOTES_MAX) joined = assessment.notes ?? pointer;
	}
	const migrated: Assessment = {
		...assessment,
		ladder: { id: after.id, version: after.version },
		current,
		target,
		ratings,
		...(header ? { notes: joined } : {}),
	};
	return succeed({ assessment: migrated, changes, ...(removed ? { removed } : {}) });
}
