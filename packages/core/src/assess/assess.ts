import { indexFramework, type FrameworkIndex, type MatrixIndex } from '../framework-index.ts';
import type { Framework, Matrix, ResolvedCompetency } from '../model.ts';
import { own } from '../own.ts';
import { targetOf } from '../queries.ts';
import type { Assessment, Rating } from '../schema/assessment.ts';
import { GAP_REPORT_FORMAT } from '../formats.ts';
import type { CompetencyGap, CompetencyStatus, GapReport } from '../schema/gap-report.ts';
import type { Level } from '../schema/level.ts';
import type { ReadinessRule } from '../schema/readiness-rule.ts';
import type { Scale } from '../schema/scale.ts';
import { applyReadinessRule } from './readiness.ts';

export interface AssessOptions {
	/** Another readiness rule than the target ladder's own. */
	rule?: ReadinessRule;
	/** Another target than the assessment's: a level id of its ladder, or `{ matrix, level }`. */
	target?: string | { matrix: string; level: string };
}

/** Thrown when `assess` receives an assessment that was not validated against this framework. */
export class AssessmentMismatchError extends Error {
	override name = 'AssessmentMismatchError';
}

const statusOf = (rank: number, meetsRank: number): CompetencyStatus =>
	rank < 0 ? 'unrated' : rank < meetsRank ? 'below' : rank === meetsRank ? 'meets' : 'exceeds';

function point(matrix: Matrix, level: Level) {
	return { matrix: matrix.id, matrixTitle: matrix.title, version: matrix.version, level: level.id, title: level.title, band: level.band };
}

function competencyGap(
	competency: ResolvedCompetency,
	context: {
		index: FrameworkIndex;
		scale: Scale;
		current: { matrix: MatrixIndex; level: Level };
		target: { matrix: MatrixIndex; level: Level; index: number };
		held: ReadonlyMap<string, ReadonlySet<string>>;
		rating: Rating | undefined;
	},
): CompetencyGap {
	const { index, scale, current, target, held, rating } = context;
	const meetsRank = index.meetsRank;
	const rank = rating?.rating === undefined ? -1 : (index.scaleRank.get(rating.rating) ?? -1);
	const status = statusOf(rank, meetsRank);
	const atTarget = status === 'meets' || status === 'exceeds';
	const value = rank >= 0 ? scale.values[rank]! : undefined;
	const inCurrent = current.matrix.competencies.get(competency.id);
	const upTo = target.matrix.upTo(competency.id, target.index);

	const heldHere = held.get(competency.id);
	const toShow: CompetencyGap['toShow'] = [];
	for (const { statement, level } of upTo) {
		if (heldHere?.has(statement.id)) continue;
		const finer = own(rating?.statements, statement.id);
		const shown = finer !== undefined ? (index.scaleRank.get(finer) ?? -1) >= meetsRank : atTarget;
		if (shown) continue;
		const item: CompetencyGap['toShow'][number] = { id: statement.id, text: statement.text, level: level.id, levelTitle: level.title };
		if (finer) item.rating = finer;
		toShow.push(item);
	}

	const items = rating?.evidence ?? [];
	let evidenced: string[] = [];
	if (items.some((e) => e.statements)) {
		const targetIds = new Set(upTo.map((u) => u.statement.id));
		evidenced = [...new Set(items.flatMap((e) => e.statements ?? []))].filter((id) => targetIds.has(id));
	}
	const gap: CompetencyGap = {
		id: competency.id,
		name: competency.name,
		category: competency.category,
		categoryName: index.categoryNames.get(competency.category) ?? competency.category,
		shared: competency.shared,
		required: competency.required,
		weight: competency.weight,
		inCurrentLadder: inCurrent !== undefined,
		rating: value ? { id: value.id, label: value.label, rank } : null,
		status,
		// Shared, frozen arrays: a report's expectations are the ladder's own, not copies.
		expectations: {
			current: (inCurrent ? current.matrix.plainStatements(competency.id, current.level.id) : []) as CompetencyGap['expectations']['current'],
			target: target.matrix.plainStatements(competency.id, target.level.id) as CompetencyGap['expectations']['target'],
		},
		toShow,
		evidence: {
			items,
			coverage: items.length > 0 ? 'evidenced' : atTarget ? 'claimed' : 'not-needed',
			statements: evidenced,
		},
	};
	// Optional fields only when present, so JSON output stays free of empty keys (this is a hot path).
	if (rating?.confidence) gap.confidence = rating.confidence;
	if (rating?.note) gap.note = rating.note;
	if (rating?.reassess) gap.reassess = true;
	return gap;
}

/**
 * Measures an assessment against its target level: per competency the rating, the expectations at
 * both ends, the behaviours still to show and the evidence; then a readiness summary under the
 * target ladder's rule (or `options.rule`). A target on another ladder works through the shared
 * competencies and lists what the other role brings new. Advice for a conversation, never a verdict.
 *
 * @throws {AssessmentMismatchError} when the assessment names a ladder or level the framework lacks
 *   (validate it first with `parseAssessment`).
 * @example
 * const report = assess(framework, assessment);
 * report.readiness.headline; // "Under the n of m rule for Lead Support Representative, 2 things stand in the way."
 * report.competencies.filter((c) => c.status === 'below').map((c) => c.toShow);
 */
export function assess(framework: Framework, assessment: Assessment, options: AssessOptions = {}): GapReport {
	const index = indexFramework(framework);
	const wanted = options.target === undefined ? targetOf(assessment) : targetOf({ matrix: assessment.matrix, target: options.target });
	const currentMatrix = index.matrices.get(assessment.matrix.id);
	const currentIndex = currentMatrix?.levelIndex.get(assessment.current);
	const targetMatrix = index.matrices.get(wanted.matrix);
	const targetIndex = targetMatrix?.levelIndex.get(wanted.level);
	if (!currentMatrix || currentIndex === undefined || !targetMatrix || targetIndex === undefined) {
		throw new AssessmentMismatchError(
			`The assessment refers to ${assessment.matrix.id}:${assessment.current} → ${wanted.matrix}:${wanted.level}, which this framework does not have. Validate it with parseAssessment first.`,
		);
	}
	const currentLevel = currentMatrix.matrix.levels[currentIndex]!;
	const targetLevel = targetMatrix.matrix.levels[targetIndex]!;
	const roleSwitch = targetMatrix !== currentMatrix;
	const checkingCurrent = !roleSwitch && targetIndex === currentIndex;
	// Statements up to the current level are taken as shown; checking the current level itself, they are what is checked.
	const held = currentMatrix.heldUpTo(checkingCurrent ? currentIndex - 1 : currentIndex);
	const current = { matrix: currentMatrix, level: currentLevel };
	const target = { matrix: targetMatrix, level: targetLevel, index: targetIndex };
	const competencies = targetMatrix.matrix.competencies.map((competency) =>
		competencyGap(competency, { index, scale: framework.scale, current, target, held, rating: own(assessment.ratings, competency.id) }),
	);
	const rule = options.rule ?? targetMatrix.matrix.readiness;
	return {
		format: GAP_REPORT_FORMAT,
		person: assessment.person,
		assessor: assessment.assessor,
		date: assessment.date,
		current: point(currentMatrix.matrix, currentLevel),
		target: point(targetMatrix.matrix, targetLevel),
		roleSwitch,
		rule,
		scale: index.reportScale,
		readiness: applyReadinessRule(rule, competencies, framework.scale, targetLevel.title),
		competencies,
		leftBehind: roleSwitch ? currentMatrix.matrix.competencies.filter((c) => !targetMatrix.competencies.has(c.id)).map(({ id, name }) => ({ id, name })) : [],
		...(assessment.notes ? { notes: assessment.notes } : {}),
		// The host's own data travels through unchanged (a copy: the report is the caller's to keep).
		...(assessment.meta ? { meta: { ...assessment.meta } } : {}),
	};
}
