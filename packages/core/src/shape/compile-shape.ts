import type { z } from 'zod';
import { isReservedId } from '../schema/common.ts';
import { CONTROL, meetsRules, stringRules } from './string-check.ts';

/*
 * A zod schema compiled to one plain function, for data read from YAML text that is plainly valid:
 * zod's general machinery (and the hostile-data pass after it) was most of the shape check's time
 * and allocation when loading 500 ladders (#20). The function answers only "valid, and here is
 * exactly the value zod would give" (the same keys in the same order, defaults filled in) or "not
 * sure": anything unusual (an issue, a prototype key, a reserved id or a control character in any
 * string, an object that is not plain, undefined) is "not sure", and the caller runs zod and
 * check-schema, which describe the problem. Where zod would only copy (an object already in the
 * shape's order with nothing to fill in, a record whose values pass unchanged), the data is its own
 * value: a second copy of every ladder kept until the end of a load cost more in garbage
 * collection than checking it. The caller must not change the data after (parse-framework freezes
 * what it returns, data included). So it may be stricter than the schema, never looser;
 * a property test holds its answers equal to the full path's on valid and mutated ladders.
 *
 * It reads the schema's own definition, so a field added to the schema is checked here too. Parts
 * it does not model (numbers, discriminated unions, URLs, anything with a transform) are checked by
 * zod itself, on that part alone, after the same hostile-data test.
 */

const NOT_SURE: unique symbol = Symbol('not sure');
type Compiled = (value: unknown) => unknown;

type Def = {
	type: string;
	innerType?: z.ZodType;
	shape?: Record<string, z.ZodType>;
	catchall?: z.ZodType;
	element?: z.ZodType;
	keyType?: z.ZodType;
	valueType?: z.ZodType;
	options?: z.ZodType[];
	discriminator?: string;
	inclusive?: boolean;
	mode?: string;
	values?: unknown[];
	entries?: Record<string, unknown>;
	checks?: Array<{ _zod: { def: Record<string, unknown> } }>;
	defaultValue?: unknown;
	coerce?: boolean;
};
const defOf = (schema: z.ZodType): Def => schema._zod.def as unknown as Def;

const hasOwn = (value: object, key: string) => Object.prototype.hasOwnProperty.call(value, key);

/** A literal, `JSON.parse`'s or YAML's object; anything else is left to zod. */
const isPlain = (value: unknown): value is Record<string, unknown> => {
	if (value === null || typeof value !== 'object') return false;
	const proto = Object.getPrototypeOf(value);
	return proto === Object.prototype || proto === null;
};

/** A string check-schema would flag wherever it stands: a control character, or an id every object has. */
const isHostileString = (value: string) => CONTROL.test(value) || isReservedId(value);
/** A key check-schema would flag in a record, or that zod drops: refused everywhere here. */
const isHostileKey = (key: string) => key === '__proto__' || isReservedId(key);

/** True when nothing in `value` is hostile data (see above) and it holds only plain data. */
function isHarmless(value: unknown, depth = 0): boolean {
	if (depth > 64) return false;
	if (typeof value === 'string') return !isHostileString(value);
	if (value === null || typeof value !== 'object') return value !== undefined;
	if (Array.isArray(value)) {
		for (let i = 0; i < value.length; i++) if (!(i in value) || !isHarmless(value[i], depth + 1)) return false;
		return true;
	}
	if (!isPlain(value)) return false;
	for (const key in value) if (!hasOwn(value, key) || isHostileKey(key) || !isHarmless(value[key], depth + 1)) return false;
	return true;
}

/** The schema asked about one part, when this module does not model it. */
const byZod = (schema: z.ZodType): Compiled => (value) => {
	if (!isHarmless(value)) return NOT_SURE;
	const result = schema.safeParse(value);
	return result.success ? result.data : NOT_SURE;
};

function compileString(schema: z.ZodType): Compiled {
	const rules = stringRules(schema);
	if (!rules) return byZod(schema);
	return (value) => (meetsRules(value, rules) && !isReservedId(value) ? value : NOT_SURE);
}

/** An object's field: what to do when the key is absent, and the check of its value. */
interface Field {
	key: string;
	absent: 'fail' | 'skip' | 'default';
	schema: z.ZodType;
	check: Compiled;
}

function compileField(key: string, schema: z.ZodType): Field | undefined {
	const def = defOf(schema);
	// One wrapper at most: an optional default or a default of an optional has subtler rules.
	if (def.type === 'optional' || def.type === 'default') {
		const inner = defOf(def.innerType!).type;
		if (inner === 'optional' || inner === 'default' || inner === 'prefault' || inner === 'nonoptional') return undefined;
		return { key, absent: def.type === 'optional' ? 'skip' : 'default', schema, check: compile(def.innerType!) };
	}
	if (def.type === 'prefault' || def.type === 'nonoptional' || def.type === 'undefined' || def.type === 'any' || def.type === 'unknown' || def.type === 'void') return undefined;
	return { key, absent: 'fail', schema, check: compile(schema) };
}

function compileObject(schema: z.ZodType): Compiled {
	const def = defOf(schema);
	// Only strict objects: a loose one keeps unknown keys, a stripping one drops them.
	if (!def.catchall || defOf(def.catchall).type !== 'never') return byZod(schema);
	const fields: Field[] = [];
	// zod asks `key in value`: a key every object inherits would be present where this says absent.
	if (Object.keys(def.shape!).some((key) => key in Object.prototype)) return byZod(schema);
	for (const [key, field] of Object.entries(def.shape!)) {
		const compiled = compileField(key, field);
		if (!compiled) return byZod(schema);
		fields.push(compiled);
	}
	const position = new Map(fields.map((f, i) => [f.key, i]));
	/** A new object with the fields before `end` that `value` has, as they are: they passed unchanged. */
	const copyBefore = (value: Record<string, unknown>, end: number): Record<string, unknown> => {
		const out: Record<string, unknown> = {};
		for (let i = 0; i < end; i++) if (hasOwn(value, fields[i]!.key)) out[fields[i]!.key] = value[fields[i]!.key];
		return out;
	};
	return (value) => {
		if (!isPlain(value)) return NOT_SURE;
		// zod writes the shape's keys in the shape's order, whatever the order in the file: an object
		// already in that order, with nothing to fill in or change, is its own output (no copy to keep).
		let inOrder = Object.getPrototypeOf(value) === Object.prototype;
		let last = -1;
		for (const key in value) {
			const at = position.get(key);
			if (at === undefined || !hasOwn(value, key)) return NOT_SURE;
			if (at < last) inOrder = false;
			last = at;
		}
		let out: Record<string, unknown> | undefined = inOrder ? undefined : {};
		for (let i = 0; i < fields.length; i++) {
			const field = fields[i]!;
			if (!hasOwn(value, field.key)) {
				if (field.absent === 'fail') return NOT_SURE;
				// zod's default is a fresh copy each time: read it again.
				if (field.absent === 'default') (out ??= copyBefore(value, i))[field.key] = defOf(field.schema).defaultValue;
				continue;
			}
			const item = value[field.key];
			if (item === undefined) return NOT_SURE;
			const checked = field.check(item);
			if (checked === NOT_SURE) return NOT_SURE;
			if (out) out[field.key] = checked;
			else if (checked !== item) (out = copyBefore(value, i))[field.key] = checked;
		}
		return out ?? value;
	};
}

function compileArray(schema: z.ZodType): Compiled {
	const def = defOf(schema);
	let min = 0;
	let max = Infinity;
	for (const check of def.checks ?? []) {
		const c = check._zod.def;
		if (c.check === 'min_length') min = Math.max(min, c.minimum as number);
		else if (c.check === 'max_length') max = Math.min(max, c.maximum as number);
		else return byZod(schema);
	}
	const element = compile(def.element!);
	return (value) => {
		if (!Array.isArray(value) || value.length < min || value.length > max) return NOT_SURE;
		// Always a new array, as zod's: a list may carry keys besides its items (data, not YAML), and
		// telling costs more than the copy of a few pointers.
		const out = new Array<unknown>(value.length);
		for (let i = 0; i < value.length; i++) {
			if (!(i in value)) return NOT_SURE;
			const checked = element(value[i]);
			if (checked === NOT_SURE) return NOT_SURE;
			out[i] = checked;
		}
		return out;
	};
}

function compileRecord(schema: z.ZodType): Compiled {
	const def = defOf(schema);
	// A record of known keys (an enum) must have them all, a loose or partial one differs: zod decides.
	if (def.mode !== undefined || (def as { partial?: boolean }).partial || defOf(def.keyType!).type !== 'string' || def.keyType!._zod.values) return byZod(schema);
	const key = compileString(def.keyType!);
	const item = compile(def.valueType!);
	return (value) => {
		if (!isPlain(value)) return NOT_SURE;
		// zod keeps the keys' order: the same object when every value passed unchanged.
		let out: Record<string, unknown> | undefined = Object.getPrototypeOf(value) === Object.prototype ? undefined : {};
		for (const name in value) {
			if (!hasOwn(value, name) || isHostileKey(name) || key(name) !== name) return NOT_SURE;
			const checked = item(value[name]);
			if (checked === NOT_SURE) return NOT_SURE;
			if (out) out[name] = checked;
			else if (checked !== value[name]) {
				out = {};
				// The keys before this one passed unchanged.
				for (const before in value) {
					if (before === name) break;
					out[before] = value[before];
				}
				out[name] = checked;
			}
		}
		return out ?? value;
	};
}

/** What kind of value an option accepts at all, when that is one kind: how a union picks its option. */
function kindOf(schema: z.ZodType): 'string' | 'array' | 'object' | undefined {
	const def = defOf(schema);
	if (def.type === 'string') return 'string';
	if (def.type === 'array') return 'array';
	if (def.type === 'object' || def.type === 'record') return 'object';
	return undefined;
}

const kindOfValue = (value: unknown) => (typeof value === 'string' ? 'string' : Array.isArray(value) ? 'array' : isPlain(value) ? 'object' : undefined);

function compileUnion(schema: z.ZodType): Compiled {
	const def = defOf(schema);
	// zod takes the first option that passes. When each option takes a different kind of value, only
	// one can pass, and "not sure" about it is "not sure" about the union. Otherwise zod decides.
	const kinds = (def.options ?? []).map(kindOf);
	if (def.discriminator !== undefined || def.inclusive === false || kinds.some((k) => k === undefined) || new Set(kinds).size !== kinds.length) return byZod(schema);
	const byKind = new Map(def.options!.map((option, i) => [kinds[i], compile(option)]));
	return (value) => {
		const kind = kindOfValue(value);
		const option = kind && byKind.get(kind);
		return option ? option(value) : NOT_SURE;
	};
}

function compile(schema: z.ZodType): Compiled {
	const def = defOf(schema);
	switch (def.type) {
		case 'string':
			return compileString(schema);
		case 'boolean':
			return def.coerce ? byZod(schema) : (value) => (typeof value === 'boolean' ? value : NOT_SURE);
		case 'literal': {
			const values = new Set(def.values);
			return (value) => (values.has(value) && (typeof value !== 'string' || !isHostileString(value)) ? value : NOT_SURE);
		}
		case 'enum': {
			const values = new Set(Object.values(def.entries ?? {}));
			return (value) => (values.has(value) && (typeof value !== 'string' || !isHostileString(value)) ? value : NOT_SURE);
		}
		case 'object':
			return compileObject(schema);
		case 'array':
			return compileArray(schema);
		case 'record':
			return compileRecord(schema);
		case 'union':
			return compileUnion(schema);
		default:
			return byZod(schema);
	}
}

/**
 * The value zod's `schema` gives for `data` when `data` (plain data, as parsed from YAML) is plainly
 * valid and free of hostile data; undefined when zod and check-schema must decide.
 */
export function compileShape<S extends z.ZodType>(schema: S): (data: unknown) => z.output<S> | undefined {
	const check = compile(schema);
	return (data) => {
		try {
			const value = check(data);
			return value === NOT_SURE ? undefined : (value as z.output<S>);
		} catch {
			// A getter that throws, a proxy: the full path says what it can.
			return undefined;
		}
	};
}
