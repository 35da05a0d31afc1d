import { createProblem, type DataPath, type Problem } from '../diagnostics/problem.ts';
import type { ProblemCode, ProblemParams } from '../diagnostics/catalog.ts';
import { describePath, listIds, suggest, unknownIdParams } from '../diagnostics/describe-path.ts';
import { isData, spanOf, type Locatable } from '../diagnostics/locate.ts';
import type { core } from 'zod';
import { depthOf, descriptionOf, isIdPattern, schemaAt, unwrap, valueAt, type AnySchema, type Issue } from './schema-at.ts';
import { idDetail } from './hostile-data.ts';

// One zod issue as Rungs problems: the right code, the reader's words for types, the place.
/** A value's kind as the reader of the input calls it: YAML's words for text, JavaScript's for data. */
const typeName = (value: unknown, data: boolean): string => {
	if (value === null) return 'null';
	if (Array.isArray(value)) return data ? 'an array' : 'a list';
	if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'an invalid Date' : 'a Date';
	if (typeof value === 'object') return data ? 'an object' : 'a mapping';
	return `a ${typeof value} (\`${String(value).slice(0, 40)}\`)`;
};

const TEXT_NAMES: Record<string, string> = { object: 'a mapping (key: value lines)', array: 'a list (`- ` items)', string: 'text', number: 'a number', int: 'a whole number', boolean: '`true` or `false`' };
const DATA_NAMES: Record<string, string> = { object: 'an object', array: 'an array', string: 'a string', number: 'a number', int: 'a whole number', boolean: '`true` or `false`' };
const expectedName = (expected: string, data: boolean): string => (data ? DATA_NAMES : TEXT_NAMES)[expected] ?? expected;


export function issueToProblems(root: AnySchema, source: Locatable, issue: Issue, prefix: DataPath = []): Problem[] {
	const { file, data } = source;
	const asData = isData(source);
	const path = [...prefix, ...(issue.path as Array<string | number>)];
	const report = <C extends ProblemCode>(code: C, params: ProblemParams[C], at: DataPath, mode: 'value' | 'key' = 'value') =>
		createProblem(code, params, { file, span: spanOf(source, at, mode), path: at });
	const field = describePath(data, path) || '(top level)';
	const where = (p: DataPath) => (p.length > 0 ? describePath(data, p) : '');
	const description = descriptionOf(schemaAt(root, data, path));

	switch (issue.code) {
		case 'unrecognized_keys': {
			// A key unknown to a union of an object and something else (such as `levels: { from } | [ids]`)
			// is unknown to its object: list that object's keys.
			const def = unwrap(schemaAt(root, data, path) ?? root)._zod.def as { shape?: Record<string, unknown>; options?: Array<Parameters<typeof unwrap>[0]> };
			const shape = def.shape ?? (def.options ?? []).map((o) => (unwrap(o)._zod.def as { shape?: Record<string, unknown> }).shape).find(Boolean) ?? {};
			const allowed = Object.keys(shape).filter((k) => k !== '$schema');
			return issue.keys.map((key) => {
				const { known, ...suggestion } = unknownIdParams(key, allowed);
				return report(
					'UNKNOWN_KEY',
					{ key, at: where(path), allowed: known, ...suggestion },
					[...path, key],
					'key',
				);
			});
		}
		case 'invalid_type': {
			const value = valueAt(data, path);
			if (value === undefined) {
				const key = String(path[path.length - 1] ?? '');
				return [report('MISSING_FIELD', { key, at: where(path.slice(0, -1)), ...(description ? { description } : {}) }, path)];
			}
			// `id: 1`, `band: 2`: YAML reads an unquoted number as a number, where the text was meant.
			const quote = !asData && issue.expected === 'string' && (typeof value === 'number' || typeof value === 'boolean') ? `Write it in quotes, such as \`'${String(value)}'\`: unquoted, YAML reads it as a ${typeof value}. ` : '';
			const hint = quote + (description ?? '');
			return [
				report(
					'WRONG_TYPE',
					{ field, expected: expectedName(issue.expected, asData), received: typeName(value, asData), ...(hint ? { description: hint } : {}) },
					path,
				),
			];
		}
		case 'invalid_key': {
			const key = String(path[path.length - 1]);
			const long = issue.issues.find((i): i is core.$ZodIssueTooBig => i.code === 'too_big' && i.origin === 'string');
			if (long) return [report('TEXT_TOO_LONG', { ...tooLong(describePath(data, path.slice(0, -1)) || '(top level)', key, long), key: true }, path, 'key')];
			const isIdIssue = issue.issues.some((i) => i.code === 'invalid_format' && isIdPattern(i.pattern));
			if (isIdIssue) return [report('INVALID_ID', { value: key, ...idDetail(key) }, path, 'key')];
			const detail = issue.issues.map((i) => i.message).join(' ');
			return [report('INVALID_VALUE', { field, detail: `the key \`${key}\` is not allowed here. ${detail}` }, path, 'key')];
		}
		case 'too_big':
			if (issue.origin === 'string') return [report('TEXT_TOO_LONG', tooLong(field, String(valueAt(data, path)), issue), path)];
			return [report('INVALID_VALUE', { field, detail: issue.message, ...(description ? { description } : {}) }, path)];
		case 'invalid_format':
			if (issue.format === 'regex' && isIdPattern(issue.pattern)) {
				const value = String(valueAt(data, path));
				return [report('INVALID_ID', { value, ...idDetail(value) }, path)];
			}
			return [report('INVALID_VALUE', { field, detail: issue.message, ...(description ? { description } : {}) }, path)];
		case 'invalid_value': {
			const written = valueAt(data, path);
			const suggestion = typeof written === 'string' ? suggest(written, issue.values.map(String)) : undefined;
			return [
				report(
					'INVALID_VALUE',
					{
						field,
						detail: `\`${String(written)}\` is not allowed.`,
						hint: `Use ${issue.values.length === 1 ? '' : 'one of '}${listIds(issue.values.map(String))}.`,
						...(suggestion ? { suggestion } : {}),
					},
					path,
				),
			];
		}
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
					return [report('MISSING_FIELD', { key: issue.discriminator, at: where(path), description: `Use one of ${listIds(values)}.` }, at)];
				}
				return [report('INVALID_VALUE', { field: describePath(data, at), detail: `\`${String(value)}\` is not allowed.`, hint: `Use one of ${listIds(values)}.` }, at)];
			}
			// Report the issues of the option that got furthest, which is the one the author most likely meant:
			// the deepest, and at the same depth one whose type matched (a misspelt word among `error | { … }`).
			const typeMissed = (issues: Issue[]) => (issues.some((i) => i.code === 'invalid_type') ? 1 : 0);
			const best = [...issue.errors].sort((a, b) => depthOf(b) - depthOf(a) || typeMissed(a) - typeMissed(b) || a.length - b.length)[0];
			if (best && best.length > 0 && (depthOf(best) > 0 || typeMissed(best) === 0)) return best.flatMap((inner) => issueToProblems(root, source, inner, path));
			return [report('INVALID_VALUE', { field, detail: 'this value does not match any allowed form.', ...(description ? { hint: description } : {}) }, path)];
		}
		default:
			return [report('INVALID_VALUE', { field, detail: issue.message, ...(description ? { description } : {}) }, path)];
	}
}

/** The parameters of TEXT_TOO_LONG, from zod's `too_big` and the message the schema gave it (`A label is at most …`). */
function tooLong(field: string, value: string, issue: { maximum: unknown; message: string }): ProblemParams['TEXT_TOO_LONG'] {
	const cut = issue.message.indexOf(' is at most ');
	const what = cut > 0 ? issue.message[0]!.toLowerCase() + issue.message.slice(1, cut) : 'this field';
	return { field, length: value.length, limit: Number(issue.maximum), what };
}
