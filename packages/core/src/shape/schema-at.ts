import { z } from 'zod';
import type { core } from 'zod';
import type { DataPath } from '../diagnostics/problem.ts';
import { IdSchema } from '../schema/common.ts';

// Reading a zod schema alongside the data it checks: which schema describes the value at a path.
export type AnySchema = z.ZodType;
export type Issue = core.$ZodIssue;

export const ID_REGEX = (IdSchema._zod.def.checks ?? []).map((check) => (check._zod.def as { pattern?: RegExp }).pattern).find(Boolean);
// zod reports a regex failure with `pattern: String(regex)`; accept the bare source too.
export const isIdPattern = (pattern: string | undefined) => pattern !== undefined && ID_REGEX !== undefined && (pattern === String(ID_REGEX) || pattern === ID_REGEX.source);

/** Unwraps optional, default and similar wrappers to the schema that holds the shape. */
export function unwrap(schema: AnySchema): AnySchema {
	let current = schema;
	for (let i = 0; i < 10; i++) {
		const def = current._zod.def as { type: string; innerType?: AnySchema; in?: AnySchema };
		if (def.innerType) current = def.innerType;
		else if (def.type === 'pipe' && def.in) current = def.in;
		else break;
	}
	return current;
}

/** The schema that describes the value at a data path, if the path follows the schema's shape. */
export function schemaAt(root: AnySchema, data: unknown, path: DataPath): AnySchema | undefined {
	let schema: AnySchema | undefined = root;
	let value: unknown = data;
	for (const segment of path) {
		if (!schema) return undefined;
		const def = unwrap(schema)._zod.def as {
			type: string;
			shape?: Record<string, AnySchema>;
			element?: AnySchema;
			valueType?: AnySchema;
			options?: AnySchema[];
		};
		if (def.type === 'union' && def.options) {
			// Pick the option whose keys fit the data best.
			const keys = value && typeof value === 'object' ? Object.keys(value) : [];
			schema = def.options.find((option) => {
				const shape = (unwrap(option)._zod.def as { shape?: Record<string, unknown> }).shape;
				return shape && keys.every((k) => Object.prototype.hasOwnProperty.call(shape, k));
			});
			if (!schema) return undefined;
			return schemaAt(schema, value, path.slice(path.indexOf(segment)));
		}
		// Own keys only: a data key `__proto__` or `constructor` must not find what every object inherits.
		if (def.type === 'object' && def.shape) schema = Object.prototype.hasOwnProperty.call(def.shape, segment) ? def.shape[String(segment)] : undefined;
		else if (def.type === 'array') schema = def.element;
		else if (def.type === 'record') schema = def.valueType;
		else return undefined;
		value = value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[segment] : undefined;
	}
	return schema;
}

export const descriptionOf = (schema: AnySchema | undefined): string | undefined =>
	schema ? (z.globalRegistry.get(schema)?.description ?? z.globalRegistry.get(unwrap(schema))?.description) : undefined;

export function valueAt(data: unknown, path: DataPath): unknown {
	let current = data;
	for (const segment of path) {
		if (current === null || typeof current !== 'object') return undefined;
		current = (current as Record<string, unknown>)[segment];
	}
	return current;
}

export const depthOf = (issues: Issue[]): number => Math.max(0, ...issues.map((i) => i.path.length));
