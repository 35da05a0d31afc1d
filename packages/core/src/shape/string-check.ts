import type { z } from 'zod';

/** What check-schema's hostile-data pass refuses in any string (it prints to terminals). */
export const CONTROL = /[\u0000-\u0008\u000E-\u001F\u007F-\u009F]/;

/** A string schema's rules as plain bounds and patterns, read from the schema's own checks. */
export interface StringRules {
	min: number;
	max: number;
	patterns: RegExp[];
}

/**
 * The length bounds and patterns of a string schema, read from its checks so the two cannot drift;
 * undefined when it has a check this cannot read (the URL parser, a transform), so the caller asks
 * the schema itself.
 */
export function stringRules(schema: z.ZodType): StringRules | undefined {
	const def = schema._zod.def as { type: string; coerce?: boolean; format?: string; pattern?: RegExp; checks?: Checks };
	if (def.type !== 'string' || def.coerce) return undefined;
	// A format with no pattern (`z.url()`) checks more than a pattern can say.
	if (def.format !== undefined && !(def.pattern instanceof RegExp)) return undefined;
	const rules: StringRules = { min: 0, max: maxLengthOf(def.checks), patterns: def.pattern ? [def.pattern] : [] };
	for (const check of def.checks ?? []) {
		const c = check._zod.def;
		if (c.check === 'max_length') continue;
		if (c.check === 'min_length') rules.min = Math.max(rules.min, c.minimum as number);
		else if (c.check === 'string_format' && c.format === 'regex' && c.pattern instanceof RegExp && !c.pattern.global && !c.pattern.sticky) rules.patterns.push(c.pattern);
		else return undefined;
	}
	for (const pattern of rules.patterns) if (pattern.global || pattern.sticky) return undefined;
	return rules;
}

type Checks = Array<{ _zod: { def: Record<string, unknown> } }>;

/** The smallest `max_length` among a schema's checks (Infinity without one), whatever its other checks. */
function maxLengthOf(checks: Checks | undefined): number {
	let max = Infinity;
	for (const check of checks ?? []) if (check._zod.def.check === 'max_length') max = Math.min(max, check._zod.def.maximum as number);
	return max;
}

/** True when `value` is a string the rules accept and that holds no control character. */
export function meetsRules(value: unknown, rules: StringRules): value is string {
	if (typeof value !== 'string' || value.length > rules.max || value.length < rules.min || CONTROL.test(value)) return false;
	for (const pattern of rules.patterns) if (!pattern.test(value)) return false;
	return true;
}

/**
 * A string schema as one test; a check it cannot read makes it ask the schema itself. Stricter than
 * the schema in one way only: a control character is refused (check-schema refuses it apart).
 */
export function compileString(schema: z.ZodType): (value: unknown) => boolean {
	const def = schema._zod.def as { type: string; checks?: Checks };
	if (def.type !== 'string') throw new Error(`fast-shape: expected a string schema, got ${def.type}`);
	const rules = stringRules(schema);
	if (!rules) {
		// The length bound still holds before zod is asked: a megabyte string never reaches its checks.
		const max = maxLengthOf(def.checks);
		return (value) => typeof value === 'string' && value.length <= max && !CONTROL.test(value) && schema.safeParse(value).success;
	}
	return (value) => meetsRules(value, rules);
}
