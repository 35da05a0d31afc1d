import { type DataPath, type Problem } from '../diagnostics/problem.ts';
import { createProblem } from '../diagnostics/create-problem.ts';
import type { ProblemCode, ProblemParams } from '../diagnostics/catalog.ts';
import { describePath, listIds, suggest, unknownIdParams } from '../diagnostics/describe-path.ts';
import { isData, spanOf, type Locatable } from '../diagnostics/locate.ts';
import type { core } from 'zod';
import { depthOf, descriptionOf, isIdPattern, schemaAt, unwrap, valueAt, type AnySchema, type Issue } from './schema-at.ts';
import { idReason } from './hostile-data.ts';
import { kindOf } from '../diagnostics/value-kind.ts';
import type { ValueKind, ValueReason } from '../messages/problem-params.ts';
import { ruleOfMessage, textKindOfMessage } from '../messages/value-rules.ts';

// One zod issue as Rungs problems: the right code, the kind of value as data for the catalog to word, the place.
const EXPECTED: Readonly<Record<string, ValueKind>> = { object: 'mapping', array: 'list', string: 'text', number: 'number', int: 'whole-number', boolean: 'boolean', date: 'date', null: 'null', bigint: 'bigint' };

/** Why zod refused a value, as a reason the catalog words: one of Rungs' own rules where the schema states one. */
function reasonOf(issue: Issue): ValueReason {
	const rule = ruleOfMessage(issue.message);
	const bound = 'maximum' in issue ? issue.maximum : 'minimum' in issue ? issue.minimum : undefined;
	if (rule) return { kind: 'rule', rule, ...(typeof bound === 'number' ? { limit: bound } : {}) };
	if ((issue.code === 'too_small' || issue.code === 'too_big') && typeof bound === 'number') {
		const of = issue.origin === 'number' || issue.origin === 'int' ? 'number' : issue.origin === 'array' ? 'list' : issue.origin === 'string' ? 'text' : 'other';
		return { kind: issue.code === 'too_small' ? 'too-small' : 'too-large', limit: bound, of, inclusive: issue.inclusive !== false };
	}
	return { kind: 'other', check: issue.code };
}

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
				return report(
					'UNKNOWN_KEY',
					{ key, at: where(path), ...unknownIdParams(key, allowed) },
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
			const unquoted = !asData && issue.expected === 'string' && (typeof value === 'number' || typeof value === 'boolean');
			return [
				report(
					'WRONG_TYPE',
					{ field, expected: EXPECTED[issue.expected] ?? 'other', ...kindOf(value), ...(unquoted ? { unquoted } : {}), ...(description ? { description } : {}) },
					path,
				),
			];
		}
		case 'invalid_key': {
			const key = String(path[path.length - 1]);
			const long = issue.issues.find((i): i is core.$ZodIssueTooBig => i.code === 'too_big' && i.origin === 'string');
			if (long) return [report('TEXT_TOO_LONG', { ...tooLong(describePath(data, path.slice(0, -1)) || '(top level)', key, long), key: true }, path, 'key')];
			const isIdIssue = issue.issues.some((i) => i.code === 'invalid_format' && isIdPattern(i.pattern));
			if (isIdIssue) return [report('INVALID_ID', { value: key, ...idReason(key) }, path, 'key')];
			const rule = issue.issues.map((i) => ruleOfMessage(i.message)).find(Boolean);
			return [report('INVALID_VALUE', { field, reason: { kind: 'key-not-allowed', key, ...(rule ? { rule } : {}) } }, path, 'key')];
		}
		case 'too_big':
			if (issue.origin === 'string') return [report('TEXT_TOO_LONG', tooLong(field, String(valueAt(data, path)), issue), path)];
			return [report('INVALID_VALUE', { field, reason: reasonOf(issue), ...(description ? { description } : {}) }, path)];
		case 'invalid_format':
			if (issue.format === 'regex' && isIdPattern(issue.pattern)) {
				const value = String(valueAt(data, path));
				return [report('INVALID_ID', { value, ...idReason(value) }, path)];
			}
			return [report('INVALID_VALUE', { field, reason: reasonOf(issue), ...(description ? { description } : {}) }, path)];
		case 'invalid_value': {
			const written = valueAt(data, path);
			const suggestion = typeof written === 'string' ? suggest(written, issue.values.map(String)) : undefined;
			return [
				report(
					'INVALID_VALUE',
					{ field, reason: { kind: 'not-allowed', value: String(written), values: issue.values.map(String) }, ...(suggestion ? { suggestion } : {}) },
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
					return [report('MISSING_FIELD', { key: issue.discriminator, at: where(path), values }, at)];
				}
				return [report('INVALID_VALUE', { field: describePath(data, at), reason: { kind: 'not-allowed', value: String(value), values } }, at)];
			}
			// Report the issues of the option that got furthest, which is the one the author most likely meant:
			// the deepest, and at the same depth one whose type matched (a misspelt word among `error | { … }`).
			const typeMissed = (issues: Issue[]) => (issues.some((i) => i.code === 'invalid_type') ? 1 : 0);
			const best = [...issue.errors].sort((a, b) => depthOf(b) - depthOf(a) || typeMissed(a) - typeMissed(b) || a.length - b.length)[0];
			if (best && best.length > 0 && (depthOf(best) > 0 || typeMissed(best) === 0)) return best.flatMap((inner) => issueToProblems(root, source, inner, path));
			return [report('INVALID_VALUE', { field, reason: { kind: 'no-form' }, ...(description ? { description } : {}) }, path)];
		}
		default:
			return [report('INVALID_VALUE', { field, reason: reasonOf(issue), ...(description ? { description } : {}) }, path)];
	}
}

/** The parameters of TEXT_TOO_LONG, from zod's `too_big` and the message the schema gave it (`A label is at most …`). */
function tooLong(field: string, value: string, issue: { maximum: unknown; message: string }): ProblemParams['TEXT_TOO_LONG'] {
	return { field, length: value.length, limit: Number(issue.maximum), what: textKindOfMessage(issue.message) ?? 'text' };
}
