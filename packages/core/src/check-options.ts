import type { ProblemCode } from './errors/catalog.ts';
import { createProblem, type DataPath, type Problem } from './errors/problem.ts';
import type { Framework } from './model.ts';
import { listIds, suggest, unknownIdParams } from './parse/describe-path.ts';
import { READINESS_RULE_IDS, ReadinessRuleSchema, type ReadinessRule } from './schema/readiness-rule.ts';
import type { Scale } from './schema/scale.ts';

/**
 * The problems of one argument of an API call (`options`, `from`…): each located by its data path
 * inside that argument, with the argument's name where a file's would be. An argument has no text,
 * so line and column are 1 and there is no frame.
 */
export class ArgumentCheck {
	readonly problems: Problem[] = [];
	readonly name: string;
	constructor(name: string) {
		this.name = name;
	}

	report(code: ProblemCode, params: Record<string, string>, path: DataPath): void {
		this.problems.push(createProblem(code, params, { file: { path: this.name, text: '' }, span: { line: 1, column: 1, endColumn: 2 }, path }));
	}

	invalid(path: DataPath, detail: string, expected: string, suggestion?: string): void {
		const option = path.length === 0 ? this.name : path.join('.');
		this.report('INVALID_OPTION', { option, detail, expected, ...(suggestion ? { suggestion } : {}) }, path);
	}
}

const isRecord = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);

/** A readable account of a value for a message: `"bogus"`, `2`, `null`, `an array`. */
export function shown(value: unknown): string {
	if (typeof value === 'string') return JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}…` : value);
	if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint' || value === null || value === undefined) return String(value);
	return Array.isArray(value) ? 'an array' : `a ${typeof value}`;
}

/**
 * The options object itself: undefined (the defaults) or a plain object whose keys are all known.
 * Returns the object to read the options from, or undefined when it is not one.
 */
export function checkOptionKeys(check: ArgumentCheck, options: unknown, known: readonly string[]): Record<string, unknown> | undefined {
	if (options === undefined) return {};
	if (!isRecord(options)) {
		check.invalid([], `it is ${shown(options)}.`, `an object with the keys ${listIds(known)}`);
		return undefined;
	}
	for (const key of Object.keys(options)) {
		if (known.includes(key)) continue;
		const suggestion = suggest(key, known);
		check.invalid([key], 'this option does not exist.', `one of ${listIds(known)}`, suggestion);
	}
	return options;
}

/**
 * A readiness rule given as an option, checked as strictly as one written in a ladder: its shape
 * (the rule schema: `minShare` above 0 and at most 1, whole points from 0 to 1000 …), then its floor
 * and point keys against the framework's scale. Returns the rule when it passes.
 */
export function checkRuleOption(check: ArgumentCheck, rule: unknown, scale: Scale, at: DataPath = ['rule']): ReadinessRule | undefined {
	if (!isRecord(rule)) {
		check.invalid(at, `it is ${shown(rule)}.`, `a readiness rule, such as \`{ rule: 'n-of-m', minShare: 0.75 }\``);
		return undefined;
	}
	if (typeof rule.rule !== 'string' || !(READINESS_RULE_IDS as readonly string[]).includes(rule.rule)) {
		const suggestion = typeof rule.rule === 'string' ? suggest(rule.rule, READINESS_RULE_IDS) : undefined;
		check.invalid([...at, 'rule'], `${shown(rule.rule)} is not a readiness rule.`, `one of ${listIds(READINESS_RULE_IDS)}`, suggestion);
		return undefined;
	}
	const parsed = ReadinessRuleSchema.safeParse(rule);
	if (!parsed.success) {
		for (const issue of parsed.error.issues) {
			const keys = issue.code === 'unrecognized_keys' ? issue.keys : [undefined];
			for (const key of keys) {
				const path = [...at, ...(issue.path as Array<string | number>), ...(key === undefined ? [] : [key])];
				check.invalid(path, `${issue.message}.`.replace(/\.\.$/, '.'), 'a value the readiness rule allows (see ReadinessRuleSchema)');
			}
		}
		return undefined;
	}
	const value = parsed.data;
	const scaleIds = scale.values.map((v) => v.id);
	const before = check.problems.length;
	if (value.rule === 'n-of-m' && value.floor !== undefined && !scaleIds.includes(value.floor)) {
		check.report('UNKNOWN_SCALE_VALUE', { id: value.floor, ...unknownIdParams(value.floor, scaleIds) }, [...at, 'floor']);
	}
	if (value.rule === 'weighted-points') {
		for (const id of Object.keys(value.points ?? {})) {
			if (!scaleIds.includes(id)) check.report('UNKNOWN_SCALE_VALUE', { id, ...unknownIdParams(id, scaleIds) }, [...at, 'points', id]);
		}
	}
	return check.problems.length === before ? value : undefined;
}

/**
 * A target given as an option: a level id of the assessment's ladder, or `{ matrix, level }` for a
 * level of any ladder of the framework. Returns it as `{ matrix, level }` when the framework has it.
 */
export function checkTargetOption(check: ArgumentCheck, target: unknown, framework: Framework, ladder: string, at: DataPath = ['target']): { matrix: string; level: string } | undefined {
	const wanted = typeof target === 'string' ? { matrix: ladder, level: target } : isRecord(target) && typeof target.matrix === 'string' && typeof target.level === 'string' ? { matrix: target.matrix, level: target.level } : undefined;
	if (!wanted) {
		check.invalid(at, `it is ${shown(target)}.`, 'a level id of the assessment\'s ladder, or `{ matrix, level }`');
		return undefined;
	}
	const matrix = framework.matrices.find((m) => m.id === wanted.matrix);
	if (matrix && matrix.levels.some((l) => l.id === wanted.level)) return wanted;
	const levels = (matrix ?? framework.matrices.find((m) => m.id === ladder))?.levels.map((l) => l.id) ?? [];
	const where = typeof target === 'string' ? target : `${wanted.matrix}:${wanted.level}`;
	const params = matrix ? unknownIdParams(wanted.level, levels) : { known: listIds(levels), ...optional(suggest(wanted.matrix, framework.matrices.map((m) => m.id))) };
	check.report('UNKNOWN_TARGET', { target: where, matrix: matrix?.id ?? ladder, ...params }, typeof target === 'string' ? at : [...at, matrix ? 'level' : 'matrix']);
	return undefined;
}

const optional = (suggestion: string | undefined) => (suggestion ? { suggestion } : {});
