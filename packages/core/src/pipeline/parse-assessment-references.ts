import type { AssessmentReferences } from '../rules/check-assessment.ts';
import { IdSchema, isReservedId, SemverSchema } from '../schema/common.ts';

type Entry = AssessmentReferences['ratings'][string];

const isRecord = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);
/** An id the schema accepts, and one that is safe as a key (`constructor` is refused as hostile). */
const isId = (value: unknown): value is string => typeof value === 'string' && !isReservedId(value) && IdSchema.safeParse(value).success;

/**
 * What can be read of an assessment whose shape failed, for its references to be checked all the
 * same: one bad address must not hide an unknown competency and a misspelt rating in the same file.
 * Each part is taken only when it is well-formed on its own; what is not is left out (its shape
 * problem is reported already), so nothing is reported twice. Undefined when the ladder itself
 * cannot be read: every other reference is relative to it.
 */
export function readReferences(data: unknown): AssessmentReferences | undefined {
	if (!isRecord(data) || !isRecord(data.ladder) || !isId(data.ladder.id)) return undefined;
	const version = data.ladder.version;
	const target = data.target;
	const references: AssessmentReferences = {
		ladder: { id: data.ladder.id, version: typeof version === 'string' && SemverSchema.safeParse(version).success ? version : undefined },
		current: isId(data.current) ? data.current : undefined,
		target: isId(target) ? target : isRecord(target) && isId(target.ladder) && isId(target.level) ? { ladder: target.ladder, level: target.level } : undefined,
		ratings: isRecord(data.ratings) ? readRatings(data.ratings) : {},
		goals: Array.isArray(data.goals)
			? Array.from(data.goals, (goal: unknown) => (isRecord(goal) ? { competency: isId(goal.competency) ? goal.competency : undefined, statement: isId(goal.statement) ? goal.statement : undefined } : {}))
			: undefined,
	};
	return references;
}

function readRatings(ratings: Record<string, unknown>): AssessmentReferences['ratings'] {
	const read: Record<string, Entry> = Object.create(null);
	for (const [competencyId, rating] of Object.entries(ratings)) {
		if (!isId(competencyId)) continue;
		// A competency whose rating cannot be read is still a reference to check.
		if (!isRecord(rating)) {
			read[competencyId] = { rating: rating === null ? undefined : null, evidence: [] };
			continue;
		}
		const value = rating.rating;
		const statements: Record<string, string> = Object.create(null);
		if (isRecord(rating.statements)) {
			for (const [id, scaleValue] of Object.entries(rating.statements)) if (isId(id) && isId(scaleValue)) statements[id] = scaleValue;
		}
		// Array.from, not map: a hole in a sparse array (a data object's) is an unreadable item, not a hole to trip over.
		const evidence = Array.isArray(rating.evidence)
			? Array.from(rating.evidence, (item: unknown) => ({
					statements: isRecord(item) && Array.isArray(item.statements) ? Array.from(item.statements, (id: unknown) => (isId(id) ? id : undefined)) : undefined,
				}))
			: [];
		read[competencyId] = {
			// Present but not an id: unreadable (null), so "evidence without a rating" is not said of it.
			rating: value === undefined || value === null ? undefined : isId(value) ? value : null,
			statements,
			evidence,
		};
	}
	return read;
}
