import type { ProblemCode, ProblemParams } from '../diagnostics/catalog.ts';
import type { OptionExpectation } from '../messages/problem-params.ts';
import { problemIn, type DataPath, type Problem } from '../diagnostics/problem.ts';
import { englishArgumentProblems, type ArgumentProblemCode } from '../messages/problems-arguments.ts';
import { englishProgressProblems, type ProgressProblemCode } from '../messages/english-progress-problems.ts';

// The English of what an argument check reports, and only that: a page that renders reports (whose
// options are checked) does not bundle every problem a file can have.
const ARGUMENT_ENGLISH = /* @__PURE__ */ Object.freeze({ ...englishArgumentProblems, ...englishProgressProblems });
import type { Framework } from '../model/framework.ts';
import { listIds, suggest, unknownIdParams } from '../diagnostics/describe-path.ts';
import { MAX_POINTS } from '../schema/number-bounds.ts';
import type { ReadinessRule, ReadinessRuleId } from '../schema/readiness-rule.ts';
import type { Scale } from '../schema/scale.ts';

/**
 * The problems of one argument of an API call (`options`, `from`…): each located by its data path
 * inside that argument, with the argument's name where a file's would be. An argument is data, not
 * text: its problems have no line, column or frame, and take the wording meant for data.
 */
export class ArgumentCheck {
	readonly problems: Problem[] = [];
	readonly name: string;
	constructor(name: string) {
		this.name = name;
	}

	report<C extends ArgumentProblemCode | ProgressProblemCode>(code: C, params: ProblemParams[C], path: DataPath): void {
		this.problems.push(problemIn(ARGUMENT_ENGLISH, code, params, { file: { path: this.name, text: '' }, path }));
	}

	/**
	 * An option that is not what it should be: `value` is what was given, `expected` says what was
	 * wanted as a code a catalog words, with the data it needs (`known` ids, a `max`, a `suggestion`).
	 */
	invalid(path: DataPath, value: unknown, expected: OptionExpectation, extra: Omit<ProblemParams['INVALID_OPTION'], 'option' | 'value' | 'expected'> = {}): void {
		const option = path.length === 0 ? this.name : path.join('.');
		const defined = Object.fromEntries(Object.entries(extra).filter(([, v]) => v !== undefined));
		this.report('INVALID_OPTION', { option, value: shown(value), expected, ...defined }, path);
	}
}

const isRecord = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);

/**
 * A value as a message quotes it, the same in every language: `"bogus"`, `2`, `null`, `[…]` for an
 * array, `{…}` for an object, `function` for a function.
 */
export function shown(value: unknown): string {
	if (typeof value === 'string') return JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}…` : value);
	if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint' || value === null || value === undefined) return String(value);
	if (Array.isArray(value)) return '[…]';
	return typeof value === 'object' ? '{…}' : typeof value;
}

/**
 * The options object itself: undefined (the defaults) or a plain object whose keys are all known.
 * Returns the object to read the options from, or undefined when it is not one.
 */
export function checkOptionKeys(check: ArgumentCheck, options: unknown, known: readonly string[]): Record<string, unknown> | undefined {
	if (options === undefined) return {};
	if (!isRecord(options)) {
		check.invalid([], options, 'options-object', { ...listIds(known) });
		return undefined;
	}
	for (const key of Object.keys(options)) {
		if (known.includes(key)) continue;
		check.invalid([key], options[key], 'known-option', { ...listIds(known), suggestion: suggest(key, known) });
	}
	return options;
}

/** The rule ids and their keys, as ReadinessRuleSchema has them (a test holds the two together). */
const RULE_KEYS: Readonly<Record<ReadinessRuleId, readonly string[]>> = {
	'all-at-target': ['rule', 'requireEvidence'],
	'n-of-m': ['rule', 'minShare', 'floor', 'requireEvidence'],
	'weighted-points': ['rule', 'points', 'minShare', 'requireEvidence'],
};
const RULE_IDS = Object.keys(RULE_KEYS) as ReadinessRuleId[];

/**
 * A readiness rule given as an option, checked as strictly as ReadinessRuleSchema checks one written
 * in a ladder (its keys, `minShare` above 0 and at most 1, whole points from 0 to MAX_POINTS), then
 * its floor and point keys against the framework's scale. Written without zod so that `assess` does
 * not bring the schemas into a browser bundle; a property test holds it to the schema. Returns the
 * rule, with `requireEvidence` defaulted, when it passes.
 */
export function checkRuleOption(check: ArgumentCheck, rule: unknown, scale: Scale, at: DataPath = ['rule']): ReadinessRule | undefined {
	if (!isRecord(rule)) {
		check.invalid(at, rule, 'readiness-rule', { ...listIds(RULE_IDS) });
		return undefined;
	}
	const id = rule.rule;
	if (typeof id !== 'string' || !Object.hasOwn(RULE_KEYS, id)) {
		const suggestion = typeof id === 'string' ? suggest(id, RULE_IDS) : undefined;
		check.invalid([...at, 'rule'], id, 'rule-id', { ...listIds(RULE_IDS), suggestion });
		return undefined;
	}
	const before = check.problems.length;
	const keys = RULE_KEYS[id as ReadinessRuleId];
	for (const key of Object.keys(rule)) {
		if (!keys.includes(key)) check.invalid([...at, key], rule[key], 'rule-key', { rule: id, ...listIds(keys), suggestion: suggest(key, keys) });
	}
	if (rule.requireEvidence !== undefined && typeof rule.requireEvidence !== 'boolean') check.invalid([...at, 'requireEvidence'], rule.requireEvidence, 'boolean');
	if (id !== 'all-at-target') {
		const share = rule.minShare;
		if (!(typeof share === 'number' && share > 0 && share <= 1)) check.invalid([...at, 'minShare'], share, 'share');
	}
	const scaleIds = scale.values.map((v) => v.id);
	if (id === 'n-of-m' && rule.floor !== undefined) {
		if (typeof rule.floor !== 'string') check.invalid([...at, 'floor'], rule.floor, 'scale-rating', { ...listIds(scaleIds) });
		else if (!scaleIds.includes(rule.floor)) check.report('UNKNOWN_SCALE_VALUE', { id: rule.floor, ...unknownIdParams(rule.floor, scaleIds) }, [...at, 'floor']);
	}
	if (id === 'weighted-points' && rule.points !== undefined) {
		if (!isRecord(rule.points)) check.invalid([...at, 'points'], rule.points, 'points-map', { ...listIds(scaleIds) });
		else {
			for (const [key, points] of Object.entries(rule.points)) {
				if (!scaleIds.includes(key)) check.report('UNKNOWN_SCALE_VALUE', { id: key, ...unknownIdParams(key, scaleIds) }, [...at, 'points', key]);
				else if (!(typeof points === 'number' && Number.isInteger(points) && points >= 0 && points <= MAX_POINTS)) {
					check.invalid([...at, 'points', key], points, 'whole-points', { max: MAX_POINTS });
				}
			}
		}
	}
	if (check.problems.length > before) return undefined;
	// A copy: the report carries the rule, and the caller's object may change after.
	return { ...rule, ...(isRecord(rule.points) ? { points: { ...rule.points } } : {}), requireEvidence: rule.requireEvidence ?? false } as ReadinessRule;
}

/**
 * A target given as an option: a level id of the assessment's ladder, or `{ ladder, level }` for a
 * level of any ladder of the framework. Returns it as `{ ladder, level }` when the framework has it.
 */
export function checkTargetOption(check: ArgumentCheck, target: unknown, framework: Framework, ladderId: string, at: DataPath = ['target']): { ladder: string; level: string } | undefined {
	const wanted = typeof target === 'string' ? { ladder: ladderId, level: target } : isRecord(target) && typeof target.ladder === 'string' && typeof target.level === 'string' ? { ladder: target.ladder, level: target.level } : undefined;
	if (!wanted) {
		check.invalid(at, target, 'target');
		return undefined;
	}
	const ladder = framework.ladders.find((m) => m.id === wanted.ladder);
	if (ladder && ladder.levels.some((l) => l.id === wanted.level)) return wanted;
	const levels = (ladder ?? framework.ladders.find((m) => m.id === ladderId))?.levels.map((l) => l.id) ?? [];
	const where = typeof target === 'string' ? target : `${wanted.ladder}:${wanted.level}`;
	const params = ladder ? unknownIdParams(wanted.level, levels) : { ...listIds(levels), ...optional(suggest(wanted.ladder, framework.ladders.map((m) => m.id))) };
	check.report('UNKNOWN_TARGET', { target: where, ladder: ladder?.id ?? ladderId, ...params }, typeof target === 'string' ? at : [...at, ladder ? 'level' : 'ladder']);
	return undefined;
}

const optional = (suggestion: string | undefined) => (suggestion ? { suggestion } : {});
