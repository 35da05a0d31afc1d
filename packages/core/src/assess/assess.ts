import type { Framework, Matrix, ResolvedCompetency } from '../model.ts';
import { findCompetency, findLevel, findMatrix, scaleRank, targetOf } from '../queries.ts';
import type { Assessment, Rating } from '../schema/assessment.ts';
import { GAP_REPORT_FORMAT } from '../formats.ts';
import type { CompetencyGap, CompetencyStatus, GapReport } from '../schema/gap-report.ts';
import type { Level } from '../schema/level.ts';
import type { ReadinessRule } from '../schema/readiness-rule.ts';
import type { Scale } from '../schema/scale.ts';
import { heldStatements, statementKey } from './held.ts';
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
		framework: Framework;
		scale: Scale;
		current: { matrix: Matrix; level: Level };
		target: { matrix: Matrix; level: Level };
		held: Set<string>;
		rating: Rating | undefined;
	},
): CompetencyGap {
	const { scale, current, target, held, rating } = context;
	const meetsRank = scaleRank(scale, scale.meets);
	const rank = scaleRank(scale, rating?.rating);
	const status = statusOf(rank, meetsRank);
	const value = rank >= 0 ? scale.values[rank]! : undefined;
	const inCurrent = findCompetency(current.matrix, competency.id);
	const targetIndex = target.matrix.levels.indexOf(target.level);

	const toShow: CompetencyGap['toShow'] = [];
	for (const level of target.matrix.levels.slice(0, targetIndex + 1)) {
		for (const statement of competency.expectations[level.id] ?? []) {
			if (held.has(statementKey(competency.id, statement.id))) continue;
			const own = rating?.statements?.[statement.id];
			const shown = own !== undefined ? scaleRank(scale, own) >= meetsRank : status === 'meets' || status === 'exceeds';
			if (!shown) {
				toShow.push({ id: statement.id, text: statement.text, level: level.id, levelTitle: level.title, ...(own ? { rating: own } : {}) });
			}
		}
	}

	const items = rating?.evidence ?? [];
	const atTarget = status === 'meets' || status === 'exceeds';
	const targetIds = new Set(target.matrix.levels.slice(0, targetIndex + 1).flatMap((l) => (competency.expectations[l.id] ?? []).map((s) => s.id)));
	const category = context.framework.categories.find((c) => c.id === competency.category);
	return {
		id: competency.id,
		name: competency.name,
		category: competency.category,
		categoryName: category?.name ?? competency.category,
		shared: competency.shared,
		required: competency.required,
		weight: competency.weight,
		inCurrentLadder: inCurrent !== undefined,
		rating: value ? { id: value.id, label: value.label, rank } : null,
		...(rating?.confidence ? { confidence: rating.confidence } : {}),
		...(rating?.note ? { note: rating.note } : {}),
		...(rating?.reassess ? { reassess: true } : {}),
		status,
		expectations: {
			current: (inCurrent?.expectations[current.level.id] ?? []).map(({ id, text }) => ({ id, text })),
			target: (competency.expectations[target.level.id] ?? []).map(({ id, text }) => ({ id, text })),
		},
		toShow,
		evidence: {
			items,
			coverage: items.length > 0 ? 'evidenced' : atTarget ? 'claimed' : 'not-needed',
			statements: [...new Set(items.flatMap((e) => e.statements ?? []))].filter((id) => targetIds.has(id)),
		},
	};
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
	const currentMatrix = findMatrix(framework, assessment.matrix.id);
	const currentLevel = currentMatrix && findLevel(currentMatrix, assessment.current);
	const wanted = options.target === undefined ? targetOf(assessment) : targetOf({ matrix: assessment.matrix, target: options.target });
	const targetMatrix = findMatrix(framework, wanted.matrix);
	const targetLevel = targetMatrix && findLevel(targetMatrix, wanted.level);
	if (!currentMatrix || !currentLevel || !targetMatrix || !targetLevel) {
		throw new AssessmentMismatchError(
			`The assessment refers to ${assessment.matrix.id}:${assessment.current} → ${wanted.matrix}:${wanted.level}, which this framework does not have. Validate it with parseAssessment first.`,
		);
	}
	const current = { matrix: currentMatrix, level: currentLevel };
	const target = { matrix: targetMatrix, level: targetLevel };
	const roleSwitch = targetMatrix !== currentMatrix;
	const checkingCurrent = !roleSwitch && targetLevel === currentLevel;
	const held = heldStatements(currentMatrix, currentMatrix.levels.indexOf(currentLevel), checkingCurrent);
	const competencies = targetMatrix.competencies.map((competency) =>
		competencyGap(competency, { framework, scale: framework.scale, current, target, held, rating: assessment.ratings[competency.id] }),
	);
	const rule = options.rule ?? targetMatrix.readiness;
	const targetIds = new Set(targetMatrix.competencies.map((c) => c.id));
	return {
		format: GAP_REPORT_FORMAT,
		person: assessment.person,
		assessor: assessment.assessor,
		date: assessment.date,
		current: point(currentMatrix, currentLevel),
		target: point(targetMatrix, targetLevel),
		roleSwitch,
		rule,
		scale: { values: framework.scale.values.map(({ id, label }) => ({ id, label })), meets: framework.scale.meets },
		readiness: applyReadinessRule(rule, competencies, framework.scale, targetLevel.title),
		competencies,
		leftBehind: roleSwitch ? currentMatrix.competencies.filter((c) => !targetIds.has(c.id)).map(({ id, name }) => ({ id, name })) : [],
		...(assessment.notes ? { notes: assessment.notes } : {}),
	};
}
