import type { z } from 'zod';
import { ArgumentCheck, checkOptionKeys, checkRuleOption, checkTargetOption, shown } from '../rules/check-options.ts';
import { fail, succeed, type Result } from '../diagnostics/result.ts';
import { indexFramework, type FrameworkIndex, type LadderIndex } from '../model/framework-index.ts';
import type { Framework, Ladder, ResolvedCompetency, ValidatedAssessment } from '../model/framework.ts';
import { own } from '../model/own.ts';
import { targetOf } from '../model/queries.ts';
import type { Rating } from '../schema/assessment.ts';
import { GAP_REPORT_FORMAT } from '../schema/formats.ts';
import type { CompetencyGapSchema, CompetencyStatus, GapReport } from '../schema/gap-report.ts';
import type { Level } from '../schema/level.ts';
import type { ReadinessRule, ReadinessRuleInput } from '../schema/readiness-rule.ts';
import type { Scale } from '../schema/scale.ts';
import { inHundredths } from '../schema/number-bounds.ts';
import { applyReadinessRule } from './readiness.ts';

export interface AssessOptions {
	/** Another readiness rule than the target ladder's own; checked like one written in a ladder (`requireEvidence` defaults to false). */
	readonly rule?: ReadinessRuleInput;
	/** Another target than the assessment's: a level id of its ladder, or `{ ladder, level }`. */
	readonly target?: string | { readonly ladder: string; readonly level: string };
}

/** A competency's entry as it is built, before the report hands it out read-only. */
type CompetencyGap = z.output<typeof CompetencyGapSchema>;

const ASSESS_OPTIONS = ['rule', 'target'] as const;

/**
 * The options of `assess` and `compareAssessments`, checked: unknown keys, the rule (shape, then
 * floor and points against the scale) and the target (a level of the framework). Problems are
 * located in `options` by data path, such as `rule.minShare`.
 */
export function checkAssessOptions(framework: Framework, ladder: string, options: unknown): Result<{ rule?: ReadinessRule; target?: { ladder: string; level: string } }> {
	const check = new ArgumentCheck('options');
	const given = checkOptionKeys(check, options, ASSESS_OPTIONS);
	if (!given) return fail(check.problems);
	const rule = given.rule === undefined ? undefined : checkRuleOption(check, given.rule, framework.scale);
	const target = given.target === undefined ? undefined : checkTargetOption(check, given.target, framework, ladder);
	return check.problems.length > 0 ? fail(check.problems) : succeed({ ...(rule ? { rule } : {}), ...(target ? { target } : {}) });
}

const statusOf = (rank: number, meetsRank: number): CompetencyStatus =>
	rank < 0 ? 'unrated' : rank < meetsRank ? 'below' : rank === meetsRank ? 'meets' : 'exceeds';

function point(ladder: Ladder, level: Level) {
	return { ladder: ladder.id, ladderTitle: ladder.title, version: ladder.version, level: level.id, title: level.title, ...(level.band === undefined ? {} : { band: level.band }) };
}

/** What every competency of one report is measured with. */
interface GapContext {
	index: FrameworkIndex;
	scale: Scale;
	current: { ladder: LadderIndex; level: Level; index: number };
	target: { ladder: LadderIndex; level: Level; index: number };
	held: ReadonlyMap<string, ReadonlySet<string>>;
}

function competencyGap(competency: ResolvedCompetency, context: GapContext, rating: Rating | undefined): CompetencyGap {
	const { index, scale, current, target, held } = context;
	const meetsRank = index.meetsRank;
	const rank = rating?.rating === undefined ? -1 : (index.scaleRank.get(rating.rating) ?? -1);
	const status = statusOf(rank, meetsRank);
	const atTarget = status === 'meets' || status === 'exceeds';
	const value = rank >= 0 ? scale.values[rank]! : undefined;
	const inCurrent = current.ladder.competencies.get(competency.id);
	const upTo = target.ladder.expectedAt(competency.id, target.index);

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
			current: (inCurrent ? current.ladder.plainStatements(competency.id, current.level.id) : []) as CompetencyGap['expectations']['current'],
			target: target.ladder.plainStatements(competency.id, target.level.id) as CompetencyGap['expectations']['target'],
		},
		toShow,
		evidence: {
			items,
			coverage: items.length > 0 ? 'evidenced' : atTarget ? 'claimed' : 'not-needed',
			statements: evidenced,
		},
	};
	// Optional fields only when present, so JSON output stays free of empty keys (this is a hot path).
	if (current.ladder === target.ladder && !current.ladder.appliesAt(competency.id, current.index)) {
		const first = target.ladder.ladder.levels.find((l) => competency.levels.includes(l.id))!;
		gap.appliesFrom = { level: first.id, levelTitle: first.title };
	}
	if (rating?.confidence) gap.confidence = rating.confidence;
	if (rating?.note) gap.note = rating.note;
	if (rating?.reassess) gap.reassess = true;
	return gap;
}

/**
 * What parseFramework guarantees and the readiness arithmetic relies on (weights from 0.01 to 10 in
 * hundredths, a ladder's own rule within bounds), checked again for a framework copied and edited
 * after loading (`structuredClone` of a frozen one is not frozen): a problem, never a RangeError.
 */
function checkLadderValues(ladder: Ladder, framework: Framework): Result<never> | undefined {
	// Checked once per ladder and scale while neither can change (parseFramework freezes both all the
	// way down): a batch assesses the same ladder a hundred thousand times.
	if (soundLadders.get(ladder) === framework.scale) return undefined;
	const at = framework.ladders.indexOf(ladder);
	const check = new ArgumentCheck('framework');
	ladder.competencies.forEach((c, i) => {
		if (!(c.weight >= 0.01 && c.weight <= 10 && inHundredths(c.weight))) check.report('FRAMEWORK_CHANGED', { field: 'weight', value: shown(c.weight), competency: c.id }, ['ladders', at, 'competencies', i, 'weight']);
	});
	const rule = new ArgumentCheck('framework');
	if (!checkRuleOption(rule, ladder.readiness, framework.scale, ['ladders', at, 'readiness'])) {
		for (const problem of rule.problems) {
			// The rule's checks report INVALID_OPTION, or UNKNOWN_SCALE_VALUE for a floor or points key.
			const value = problem.code === 'INVALID_OPTION' ? problem.params.value : problem.code === 'UNKNOWN_SCALE_VALUE' ? shown(problem.params.id) : '';
			check.report('FRAMEWORK_CHANGED', { field: 'readiness', value, key: problem.path.slice(3).join('.') }, problem.path);
		}
	}
	if (check.problems.length > 0) return fail(check.problems);
	if (cannotChange(ladder, framework.scale)) soundLadders.set(ladder, framework.scale);
	return undefined;
}

/** Ladders whose weights and rule were found sound, with the scale they were checked against. */
const soundLadders = new WeakMap<Ladder, Scale>();

/** True when nothing checkLadderValues reads can change: the ladder, its competencies, its rule and the scale, frozen. */
function cannotChange(ladder: Ladder, scale: Scale): boolean {
	const rule = ladder.readiness as { points?: object };
	return (
		Object.isFrozen(ladder) &&
		Object.isFrozen(ladder.competencies) &&
		ladder.competencies.every((c) => Object.isFrozen(c)) &&
		Object.isFrozen(rule) &&
		(rule.points === undefined || Object.isFrozen(rule.points)) &&
		Object.isFrozen(scale) &&
		Object.isFrozen(scale.values) &&
		scale.values.every((v) => Object.isFrozen(v))
	);
}

/**
 * Measures an assessment against its target level: per competency that applies there (its
 * `levels`) the rating, the expectations at both ends, the behaviours still to show and the
 * evidence; then a readiness summary under the
 * target ladder's rule (or `options.rule`). A target on another ladder works through the shared
 * competencies and lists what the other role brings new. Advice for a conversation, never a verdict.
 *
 * Every option is checked: a rule that is not a readiness rule (`{ rule: 'bogus' }`, `minShare: 2`,
 * a floor or points key not on the scale) or a target that is not a level of the framework gives
 * `{ ok: false, problems }` located in `options` (`path: ['rule', 'minShare']`), never a report
 * built on it. Nothing throws.
 *
 * @example
 * const result = assess(framework, assessment);
 * if (result.ok) {
 *   result.value.readiness.headline; // "2 things stand between these ratings and Lead Support Representative."
 *   result.value.competencies.filter((c) => c.status === 'below').map((c) => c.toShow);
 * }
 * assess(framework, assessment, { rule: { rule: 'n-of-m', minShare: 2 } }).ok; // false: problem INVALID_OPTION at rule.minShare
 */
export function assess(framework: Framework, assessment: ValidatedAssessment, options: AssessOptions = {}): Result<GapReport> {
	const index = indexFramework(framework);
	const ladder = typeof assessment?.ladder?.id === 'string' ? assessment.ladder.id : '';
	const checked = checkAssessOptions(framework, ladder, options);
	if (!checked.ok) return checked;
	const currentLadder = index.ladders.get(ladder);
	const currentIndex = currentLadder?.levelIndex.get(assessment.current);
	const wanted = checked.value.target ?? (currentLadder ? targetOf(assessment) : undefined);
	const targetLadder = wanted && index.ladders.get(wanted.ladder);
	const targetIndex = wanted && targetLadder?.levelIndex.get(wanted.level);
	if (!currentLadder || currentIndex === undefined || !targetLadder || targetIndex === undefined) {
		// Only an assessment checked against another framework (or built by hand, past the type) gets here.
		const check = new ArgumentCheck('assessment');
		const [level, path] = currentLadder && currentIndex !== undefined ? [wanted ? `${wanted.ladder}:${wanted.level}` : '?', ['target']] : [String(assessment?.current), currentLadder ? ['current'] : ['ladder', 'id']];
		check.report('ASSESSMENT_NOT_IN_FRAMEWORK', { ladder: ladder || String(assessment?.ladder?.id), level }, path);
		return fail(check.problems);
	}
	const changed = checkLadderValues(targetLadder.ladder, framework);
	if (changed) return changed;
	const currentLevel = currentLadder.ladder.levels[currentIndex]!;
	const targetLevel = targetLadder.ladder.levels[targetIndex]!;
	const roleSwitch = targetLadder !== currentLadder;
	const checkingCurrent = !roleSwitch && targetIndex === currentIndex;
	// Statements up to the current level are taken as shown; checking the current level itself, they are what is checked.
	const held = currentLadder.heldUpTo(checkingCurrent ? currentIndex - 1 : currentIndex);
	const context: GapContext = {
		index,
		scale: framework.scale,
		current: { ladder: currentLadder, level: currentLevel, index: currentIndex },
		target: { ladder: targetLadder, level: targetLevel, index: targetIndex },
		held,
	};
	// Only the competencies that apply at the target count: a rating of one that does not is
	// reported when the assessment is checked (COMPETENCY_NOT_AT_LEVEL) and left out here.
	const competencies = targetLadder.applyingAt(targetIndex).map((competency) => competencyGap(competency, context, own(assessment.ratings, competency.id)));
	const rule = checked.value.rule ?? targetLadder.ladder.readiness;
	return succeed({
		format: GAP_REPORT_FORMAT,
		person: assessment.person,
		assessor: assessment.assessor,
		date: assessment.date,
		current: point(currentLadder.ladder, currentLevel),
		target: point(targetLadder.ladder, targetLevel),
		roleSwitch,
		rule,
		scale: index.reportScale,
		readiness: applyReadinessRule(rule, competencies, framework.scale, targetLevel.title),
		competencies,
		leftBehind: roleSwitch
			? currentLadder.ladder.competencies.filter((c) => currentLadder.appliesAt(c.id, currentIndex) && !targetLadder.competencies.has(c.id)).map(({ id, name }) => ({ id, name }))
			: [],
		...(assessment.notes ? { notes: assessment.notes } : {}),
		// The host's own data travels through unchanged (a copy: the report is the caller's to keep).
		...(assessment.meta ? { meta: { ...assessment.meta } } : {}),
	});
}
