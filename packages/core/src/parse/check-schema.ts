import { z } from 'zod';
import type { core } from 'zod';
import { createProblem, type DataPath, type Problem } from '../errors/problem.ts';
import type { ProblemCode } from '../errors/catalog.ts';
import { IdSchema } from '../schema/common.ts';
import { describePath, listIds, suggest } from './describe-path.ts';
import { locatePath } from './locate.ts';
import type { ParsedSource } from './parse-yaml.ts';

type AnySchema = z.ZodType;
type Issue = core.$ZodIssue;

const ID_REGEX = (IdSchema._zod.def.checks ?? []).map((check) => (check._zod.def as { pattern?: RegExp }).pattern).find(Boolean);
// zod reports a regex failure with `pattern: String(regex)`; accept the bare source too.
const isIdPattern = (pattern: string | undefined) => pattern !== undefined && ID_REGEX !== undefined && (pattern === String(ID_REGEX) || pattern === ID_REGEX.source);

/** Unwraps optional, default and similar wrappers to the schema that holds the shape. */
function unwrap(schema: AnySchema): AnySchema {
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
function schemaAt(root: AnySchema, data: unknown, path: DataPath): AnySchema | undefined {
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
				return shape && keys.every((k) => k in shape);
			});
			if (!schema) return undefined;
			return schemaAt(schema, value, path.slice(path.indexOf(segment)));
		}
		if (def.type === 'object' && def.shape) schema = def.shape[String(segment)];
		else if (def.type === 'array') schema = def.element;
		else if (def.type === 'record') schema = def.valueType;
		else return undefined;
		value = value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[segment] : undefined;
	}
	return schema;
}

const descriptionOf = (schema: AnySchema | undefined): string | undefined =>
	schema ? (z.globalRegistry.get(schema)?.description ?? z.globalRegistry.get(unwrap(schema))?.description) : undefined;

function valueAt(data: unknown, path: DataPath): unknown {
	let current = data;
	for (const segment of path) {
		if (current === null || typeof current !== 'object') return undefined;
		current = (current as Record<string, unknown>)[segment];
	}
	return current;
}

const typeName = (value: unknown): string =>
	value === null ? 'null' : Array.isArray(value) ? 'a list' : typeof value === 'object' ? 'a mapping' : `a ${typeof value} (\`${String(value).slice(0, 40)}\`)`;

const expectedName = (expected: string): string =>
	({ object: 'a mapping (key: value lines)', array: 'a list (`- ` items)', string: 'text', number: 'a number', boolean: '`true` or `false`' })[
		expected
	] ?? expected;

/**
 * Checks data against a zod schema and turns every issue into a located problem.
 * Returns the typed value when there is no issue.
 */
export function checkSchema<S extends AnySchema>(
	schema: S,
	source: ParsedSource,
): { value?: z.output<S>; problems: Problem[] } {
	const result = schema.safeParse(source.data);
	if (result.success) return { value: result.data, problems: [] };
	const problems: Problem[] = [];
	for (const issue of result.error.issues) problems.push(...issueToProblems(schema, source, issue));
	return { problems };
}

function issueToProblems(root: AnySchema, source: ParsedSource, issue: Issue, prefix: DataPath = []): Problem[] {
	const { doc, lineCounter, file, data } = source;
	const path = [...prefix, ...(issue.path as Array<string | number>)];
	const report = (code: ProblemCode, params: Record<string, string>, at: DataPath, mode: 'value' | 'key' = 'value') =>
		createProblem(code, params, { file, span: locatePath(doc, lineCounter, file.text, at, mode), path: at });
	const field = describePath(data, path) || '(top level)';
	const where = (p: DataPath) => (p.length > 0 ? ` in \`${describePath(data, p)}\`` : ' at the top level');
	const description = descriptionOf(schemaAt(root, data, path));

	switch (issue.code) {
		case 'unrecognized_keys': {
			const shape = (unwrap(schemaAt(root, data, path) ?? root)._zod.def as { shape?: Record<string, unknown> }).shape ?? {};
			const allowed = Object.keys(shape).filter((k) => k !== '$schema');
			return issue.keys.map((key) => {
				const suggestion = suggest(key, allowed);
				return report(
					'UNKNOWN_KEY',
					{ key, where: where(path), allowed: listIds(allowed), ...(suggestion ? { suggestion } : {}) },
					[...path, key],
					'key',
				);
			});
		}
		case 'invalid_type': {
			const value = valueAt(data, path);
			if (value === undefined) {
				const key = String(path[path.length - 1] ?? '');
				return [report('MISSING_FIELD', { key, where: where(path.slice(0, -1)), ...(description ? { description } : {}) }, path)];
			}
			return [
				report(
					'WRONG_TYPE',
					{ field, expected: expectedName(issue.expected), received: typeName(value), ...(description ? { description } : {}) },
					path,
				),
			];
		}
		case 'invalid_key': {
			const key = String(path[path.length - 1]);
			const isIdIssue = issue.issues.some((i) => i.code === 'invalid_format' && isIdPattern(i.pattern));
			if (isIdIssue) return [report('INVALID_ID', { value: key }, path, 'key')];
			const detail = issue.issues.map((i) => i.message).join(' ');
			return [report('INVALID_VALUE', { field, detail: `the key \`${key}\` is not allowed here. ${detail}` }, path, 'key')];
		}
		case 'invalid_format':
			if (issue.format === 'regex' && isIdPattern(issue.pattern)) {
				return [report('INVALID_ID', { value: String(valueAt(data, path)) }, path)];
			}
			return [report('INVALID_VALUE', { field, detail: issue.message, ...(description ? { description } : {}) }, path)];
		case 'invalid_value':
			return [
				report(
					'INVALID_VALUE',
					{
						field,
						detail: `\`${String(valueAt(data, path))}\` is not allowed.`,
						hint: `Use ${issue.values.length === 1 ? '' : 'one of '}${listIds(issue.values.map(String))}.`,
					},
					path,
				),
			];
		case 'invalid_union': {
			if (issue.discriminator) {
				const value = valueAt(data, [...path, issue.discriminator]);
				const options = (unwrap(schemaAt(root, data, path) ?? root)._zod.def as { options?: AnySchema[] }).options ?? [];
				const values = options.flatMap((o) => {
					const shape = (unwrap(o)._zod.def as { shape?: Record<string, AnySchema> }).shape;
					const literal = shape?.[issue.discriminator!]?._zod.def as { values?: unknown[] } | undefined;
					return literal?.values?.map(String) ?? [];
				});
				const at = [...path, issue.discriminator];
				if (value === undefined) {
					return [report('MISSING_FIELD', { key: issue.discriminator, where: where(path), description: `Use one of ${listIds(values)}.` }, at)];
				}
				return [report('INVALID_VALUE', { field: describePath(data, at), detail: `\`${String(value)}\` is not allowed.`, hint: `Use one of ${listIds(values)}.` }, at)];
			}
			// Report the issues of the option that got furthest, which is the one the author most likely meant.
			const best = [...issue.errors].sort((a, b) => depthOf(b) - depthOf(a) || a.length - b.length)[0];
			if (best && best.length > 0 && depthOf(best) > 0) return best.flatMap((inner) => issueToProblems(root, source, inner, path));
			return [report('INVALID_VALUE', { field, detail: 'this value does not match any allowed form.', ...(description ? { hint: description } : {}) }, path)];
		}
		default:
			return [report('INVALID_VALUE', { field, detail: issue.message, ...(description ? { description } : {}) }, path)];
	}
}

const depthOf = (issues: Issue[]): number => Math.max(0, ...issues.map((i) => i.path.length));
