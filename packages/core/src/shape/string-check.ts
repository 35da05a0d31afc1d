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
	const def = schema._zod.def as { type: string; coerce?: boolean; format?: string; pattern?: RegExp; checks?: Array<{ _zod: { def: Record<string, unknown> } }> };
	if (def.type !== 'string' || def.coerce) return undefined;
	// A format with no pattern (`z.url()`) checks more than a pattern can say.
	if (def.format !== undefined && !(def.pattern instanceof RegExp)) return undefined;
	const rules: StringRules = { min: 0, max: Infinity, patterns: def.pattern ? [def.pattern] : [] };
	for (const check of def.checks ?? []) {
		const c = check._zod.def;
		if (c.check === 'max_length') rules.max = Math.min(rules.max, c.maximum as number);
		else if (c.check === 'min_length') rules.min = Math.max(rules.min, c.minimum as number);
		else if (c.check === 'string_format' && c.format === 'regex' && c.pattern instanceof RegExp && !c.pattern.global && !c.pattern.sticky) rules.patterns.push(c.pattern);
		else return undefined;
	}
	for (const pattern of rules.patterns) if (pattern.global || pattern.sticky) return undefined;
	return rules;
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
	const def = schema._zod.def as { type: string };
	if (def.type !== 'string') throw new Error(`fast-shape: expected a string schema, got ${def.type}`);
	const rules = stringRules(schema);
	if (!rules) {
		const max = (def as { checks?: Array<{ _zod: { def: Record<string, unknown> } }> }).checks?.reduce((m, c) => (c._zod.def.check === 'max_length' ? Math.min(m, c._zod.def.maximum as number) : m), Infinity) ?? Infinity;
		return (value) => typeof value === 'string' && value.length <= max && !CONTROL.test(value) && schema.safeParse(value).success;
	}
	return (value) => meetsRules(value, rules);
}
