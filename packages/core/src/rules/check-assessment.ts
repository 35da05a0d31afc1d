import { unknownIdParams } from '../diagnostics/describe-path.ts';
import type { Framework, Ladder } from '../model/framework.ts';
import { indexFramework } from '../model/framework-index.ts';
import type { Assessment } from '../schema/assessment.ts';
import type { DataPath } from '../diagnostics/problem.ts';
import type { ProblemCode, ProblemParams } from '../diagnostics/catalog.ts';
import type { Locatable } from '../diagnostics/locate.ts';
import type { Reporter } from '../source/reporter.ts';

const major = (version: string) => version.split('.')[0];

/**
 * What of an assessment refers to the framework. A valid assessment is one; so is what could be
 * read of one whose shape failed elsewhere (see parse-assessment-references.ts), where a part that
 * could not be read is absent: a `rating` of `null` is one present but unreadable (the schema has
 * said why), and an evidence statement id that is not an id is `undefined`.
 */
export interface AssessmentReferences {
	ladder: { id: string; version?: string | undefined };
	current?: string | undefined;
	target?: Assessment['target'] | undefined;
	/** Each goal's competency and statement, where they could be read (a hole where a goal could not). */
	goals?: ReadonlyArray<{ competency?: string | undefined; statement?: string | undefined }> | undefined;
	ratings: Readonly<
		Record<
			string,
			{
				rating?: string | null | undefined;
				statements?: Readonly<Record<string, string>> | undefined;
				evidence: ReadonlyArray<{ statements?: ReadonlyArray<string | undefined> | undefined }>;
			}
		>
	>;
}

/**
 * An assessment's references resolve against the framework: its ladder and version, its levels,
 * every competency, rating, statement and evidence link.
 */
export function checkAssessment(reporter: Reporter, { source, value }: { source: Locatable; value: AssessmentReferences }, framework: Framework): void {
	const report = <C extends ProblemCode>(code: C, path: DataPath, params: ProblemParams[C], at: 'value' | 'key' = 'value') =>
		reporter.report(source, code, path, params, at);
	const unknownLadder = (id: string, path: DataPath) => {
		report('UNKNOWN_LADDER', path, { id, ...unknownIdParams(id, framework.ladders.map((m) => m.id)) });
	};
	// Looked up in the framework's index: a search of its list would cost each assessment of a batch
	// time in proportion to the organisation's ladders.
	const index = indexFramework(framework);
	const ladderIndex = index.ladders.get(value.ladder.id);
	if (!ladderIndex) return unknownLadder(value.ladder.id, ['ladder', 'id']);
	const ladder = ladderIndex.ladder;

	if (value.ladder.version !== undefined && value.ladder.version !== ladder.version) {
		const params = { ladder: ladder.id, was: value.ladder.version, now: ladder.version, file: source.file.path };
		report(major(value.ladder.version) === major(ladder.version) ? 'LADDER_VERSION_MISMATCH' : 'LADDER_MAJOR_MISMATCH', ['ladder', 'version'], params);
	}
	const unknownLevel = (ladder: Ladder, id: string, path: DataPath) => {
		report('UNKNOWN_LEVEL', path, { id, ladder: ladder.id, ...unknownIdParams(id, ladder.levels.map((l) => l.id)) });
	};
	if (value.current !== undefined && !ladderIndex.levelIndex.has(value.current)) unknownLevel(ladder, value.current, ['current']);

	const target = value.target === undefined ? undefined : typeof value.target === 'string' ? { ladder: ladder.id, level: value.target } : value.target;
	const targetPath: DataPath = typeof value.target === 'string' ? ['target'] : ['target', 'level'];
	const targetEntry = target && index.ladders.get(target.ladder);
	const targetLadder = targetEntry?.ladder;
	if (!target) {
		// Unreadable: the schema has said why; the ratings are checked against the current ladder.
	} else if (!targetEntry) unknownLadder(target.ladder, ['target', 'ladder']);
	else if (!targetEntry.levelIndex.has(target.level)) unknownLevel(targetEntry.ladder, target.level, targetPath);
	else if (targetLadder === ladder && value.current !== undefined) {
		const from = ladderIndex.levelIndex.get(value.current) ?? -1;
		const to = ladderIndex.levelIndex.get(target.level) ?? -1;
		if (from >= 0 && to < from) report('TARGET_BELOW_CURRENT', targetPath, { target: target.level, current: value.current });
	}

	// A shared competency may carry different role statements on each ladder: accept statements of both.
	const competencies = index.statementIdsAcross(ladder.id, targetLadder?.id ?? ladder.id);
	// Paths, suggestions and lists are built only for a problem: this loop runs for every assessment of a batch.
	const badRating = (id: string, path: DataPath) => report('UNKNOWN_SCALE_VALUE', path, { id, ...unknownIdParams(id, index.scaleRank.keys()) });
	const badStatement = (competencyId: string, statementIds: ReadonlySet<string>, id: string, path: DataPath, at: 'value' | 'key') => {
		report('UNKNOWN_STATEMENT', path, { id, competency: competencyId, ...unknownIdParams(id, statementIds) }, at);
	};
	// A competency of the target ladder whose `levels` leave out the target level is not counted
	// there: its rating is kept, and said to be ignored.
	const targetIndex = target && targetEntry?.levelIndex.get(target.level);
	const targetLadderIndex = targetIndex === undefined ? undefined : targetEntry;
	for (const competencyId of Object.keys(value.ratings)) {
		const rating = value.ratings[competencyId]!;
		const statementIds = competencies.get(competencyId);
		if (!statementIds) {
			const ladders = targetLadder && targetLadder !== ladder ? [ladder.id, targetLadder.id] : [ladder.id];
			report('UNKNOWN_COMPETENCY', ['ratings', competencyId], { id: competencyId, ladders, ...unknownIdParams(competencyId, competencies.keys()) }, 'key');
			continue;
		}
		const competency = targetLadderIndex?.competencies.get(competencyId);
		if (competency && !targetLadderIndex!.appliesAt(competencyId, targetIndex!)) {
			report('COMPETENCY_NOT_AT_LEVEL', ['ratings', competencyId], { competency: competencyId, level: target!.level, levels: competency.levels }, 'key');
		}
		if (typeof rating.rating === 'string') {
			if (!index.scaleRank.has(rating.rating)) badRating(rating.rating, ['ratings', competencyId, 'rating']);
		} else if (rating.rating === undefined && rating.evidence.length > 0) report('EVIDENCE_WITHOUT_RATING', ['ratings', competencyId], { competency: competencyId }, 'key');
		if (rating.statements) {
			for (const statementId of Object.keys(rating.statements)) {
				const path = () => ['ratings', competencyId, 'statements', statementId];
				if (!statementIds.has(statementId)) badStatement(competencyId, statementIds, statementId, path(), 'key');
				if (!index.scaleRank.has(rating.statements[statementId]!)) badRating(rating.statements[statementId]!, path());
			}
		}
		for (let e = 0; e < rating.evidence.length; e++) {
			const ids = rating.evidence[e]!.statements;
			if (!ids) continue;
			for (let i = 0; i < ids.length; i++) {
				if (ids[i] !== undefined && !statementIds.has(ids[i]!)) badStatement(competencyId, statementIds, ids[i]!, ['ratings', competencyId, 'evidence', e, 'statements', i], 'value');
			}
		}
	}
	// A goal names a competency (and a statement) of the same ladders as the ratings.
	(value.goals ?? []).forEach((goal, g) => {
		if (goal.competency === undefined) return;
		const statementIds = competencies.get(goal.competency);
		if (!statementIds) {
			const ladders = targetLadder && targetLadder !== ladder ? [ladder.id, targetLadder.id] : [ladder.id];
			report('UNKNOWN_COMPETENCY', ['goals', g, 'competency'], { id: goal.competency, ladders, ...unknownIdParams(goal.competency, competencies.keys()) });
		} else if (goal.statement !== undefined && !statementIds.has(goal.statement)) badStatement(goal.competency, statementIds, goal.statement, ['goals', g, 'statement'], 'value');
	});
}
