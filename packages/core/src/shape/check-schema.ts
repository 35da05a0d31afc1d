import { z } from 'zod';
import type { core } from 'zod';
import { codePoint, createProblem, MAX_PROBLEMS_PER_FILE, type DataPath, type Problem } from '../diagnostics/problem.ts';
import type { ProblemCode, ProblemParams } from '../diagnostics/catalog.ts';
import { IdSchema } from '../schema/common.ts';
import { describePath, listIds, suggest, unknownIdParams } from '../diagnostics/describe-path.ts';
import { isData, spanOf, type Locatable } from '../diagnostics/locate.ts';

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

/**
 * Checks data against a zod schema and turns every issue into a located problem.
 * Returns the typed value when there is no issue.
 */
export function checkSchema<S extends AnySchema>(
	schema: S,
	source: Locatable,
	parsed?: z.ZodSafeParseResult<z.output<S>>,
): { value?: z.output<S>; problems: Problem[] } {
	// The caller may have parsed already (the fast path for data): the answer is the same.
	const result = parsed ?? schema.safeParse(source.data);
	const problems: Problem[] = [];
	// One issue per unknown key, so the cap below counts problems, not issues.
	const allIssues: Issue[] = result.success ? [] : result.error.issues.flatMap((i): Issue[] => (i.code === 'unrecognized_keys' ? i.keys.map((key) => ({ ...i, keys: [key] })) : [i]));
	const misspelt = pairMisspeltKeys(schema, source.data, allIssues);
	const issues = allIssues.filter((i) => !misspelt.missing.has(i));
	const hostile = findHostileData(schema, source.data);
	let shown = 0;
	for (const issue of issues) {
		if (shown++ >= MAX_PROBLEMS_PER_FILE) break;
		const meant = misspelt.unknown.get(issue);
		if (meant !== undefined) problems.push(misspeltKeyProblem(source, issue, meant));
		else for (const problem of issueToProblems(schema, source, issue)) problems.push(problem);
	}
	for (const found of hostile) {
		if (shown++ >= MAX_PROBLEMS_PER_FILE) break;
		problems.push(hostileProblem(schema, source, found));
	}
	const hidden = issues.length + hostile.length - MAX_PROBLEMS_PER_FILE;
	if (hidden > 0) {
		const issue = issues[MAX_PROBLEMS_PER_FILE];
		const path: DataPath = !issue
			? hostile[MAX_PROBLEMS_PER_FILE - issues.length]!.path
			: issue.code === 'unrecognized_keys'
				? [...(issue.path as Array<string | number>), issue.keys[0]!]
				: (issue.path as Array<string | number>);
		problems.push(createProblem('TOO_MANY_PROBLEMS', { count: hidden }, { file: source.file, span: spanOf(source, path, 'key'), path: [] }));
	}
	if (problems.length === 0 && result.success) return { value: result.data, problems: [] };
	// Two checks of one value can fail alike (a `javascript:` address fails both URL rules): say it once.
	const seen = new Set<string>();
	return {
		problems: problems.filter((p) => {
			const key = `${p.code}|${p.line ?? JSON.stringify(p.path)}|${p.column}|${p.message}`;
			return !seen.has(key) && seen.add(key);
		}),
	};
}

const pathKey = (path: DataPath): string => JSON.stringify(path);

/**
 * One mistake, one problem: a misspelt required key (`sumary:`) is both an unknown key and a missing
 * field to zod. Pairs each unknown key with the missing key of the same mapping it is a likely typo
 * of; the pair is reported once, as MISSPELT_KEY at the misspelt key.
 */
function pairMisspeltKeys(root: AnySchema, data: unknown, issues: readonly Issue[]): { unknown: Map<Issue, string>; missing: Set<Issue> } {
	const unknown = new Map<Issue, string>();
	const missing = new Set<Issue>();
	const missingAt = new Map<string, Issue>();
	for (const issue of issues) {
		if (issue.code === 'invalid_type' && issue.path.length > 0 && valueAt(data, issue.path as DataPath) === undefined) missingAt.set(pathKey(issue.path as DataPath), issue);
	}
	if (missingAt.size === 0) return { unknown, missing };
	for (const issue of issues) {
		if (issue.code !== 'unrecognized_keys') continue;
		const path = issue.path as DataPath;
		const key = issue.keys[0]!;
		const candidates = [...missingAt.values()].flatMap((found) => {
			const p = found.path as DataPath;
			return !missing.has(found) && pathKey(p.slice(0, -1)) === pathKey(path) ? [String(p[p.length - 1])] : [];
		});
		const meant = suggest(key, candidates);
		if (meant === undefined) continue;
		unknown.set(issue, meant);
		missing.add(missingAt.get(pathKey([...path, meant]))!);
	}
	return { unknown, missing };
}

function misspeltKeyProblem(source: Locatable, issue: Issue, meant: string): Problem {
	const { file, data } = source;
	const path = issue.path as DataPath;
	const key = (issue as { keys: string[] }).keys[0]!;
	const at = [...path, key];
	// A look-alike letter (Cyrillic а in `bаnd`) makes the two read the same: name it.
	const odd = [...key].find((ch) => ch.codePointAt(0)! > 0x7e);
	const lookAlike = odd ? { lookAlike: { char: odd, codePoint: codePoint(odd) } } : {};
	return createProblem('MISSPELT_KEY', { key, meant, at: path.length > 0 ? describePath(data, path) : '', ...lookAlike }, { file, span: spanOf(source, at, 'key'), path: at });
}

/**
 * Ids that name a property every JavaScript object already has. As data they are harmless, but a
 * lookup such as `ratings[id]` or `levelNotes[level.id]` on an object without that key finds
 * `Object` itself: a level called `constructor` crashed the rules, and on the site a competency
 * called `constructor` would read and write the global `Object`. (`__proto__` fails the id pattern.)
 */
const RESERVED_IDS = new Set(['constructor']);
/**
 * Control characters in a value, which reports print to terminals: ESC and CSI start escape codes,
 * BS overwrites what was shown. Tab, line breaks, VT and FF (Word pastes them) are text.
 */
const CONTROL = /[\u0000-\u0008\u000E-\u001F\u007F-\u009F]/;

/** Deeper than any Rungs format nests (the YAML parser allows 64). */
const MAX_DATA_DEPTH = 64;

export interface HostileData {
	kind: 'record-key' | 'reserved-id' | 'control';
	path: DataPath;
}

const isIdSchema = (schema: AnySchema | undefined): boolean => {
	if (!schema) return false;
	const def = unwrap(schema)._zod.def as { type: string; checks?: Array<{ _zod: { def: { pattern?: RegExp } } }>; options?: AnySchema[] };
	if (def.type === 'union') return (def.options ?? []).some(isIdSchema);
	return def.type === 'string' && (def.checks ?? []).some((c) => c._zod.def.pattern !== undefined && isIdPattern(String(c._zod.def.pattern)));
};

/**
 * What zod lets through but Rungs refuses: a `__proto__` key in a mapping of ids (zod drops it
 * silently, so a rating or statement vanished without a word), the id `constructor`, and control
 * characters written as escapes (`"\e[2J"`). One pass, without recursion (data from an HR system
 * may be nested arbitrarily deep).
 */
export function findHostileData(root: AnySchema, data: unknown): HostileData[] {
	const found: HostileData[] = [];
	// One shared path, pushed and popped: nothing is allocated for the (many) harmless nodes. The
	// depth is bounded by the parser's nesting limit before this runs.
	const path: Array<string | number> = [];
	const visit = (value: unknown): void => {
		// Text is bounded by the parser's nesting limit; a data object is not, and may even be a cycle.
		// Nothing Rungs reads nests this deep, so the schema has refused whatever lies below.
		if (path.length > MAX_DATA_DEPTH) return;
		if (typeof value === 'string') {
			if (CONTROL.test(value)) found.push({ kind: 'control', path: [...path] });
			else if (RESERVED_IDS.has(value) && isIdSchema(schemaAt(root, data, path))) found.push({ kind: 'reserved-id', path: [...path] });
			return;
		}
		if (value === null || typeof value !== 'object') return;
		if (Array.isArray(value)) {
			for (let i = 0; i < value.length; i++) {
				path.push(i);
				visit(value[i]);
				path.pop();
			}
			return;
		}
		for (const key of Object.keys(value)) {
			if (key === '__proto__' || RESERVED_IDS.has(key)) {
				// zod drops `__proto__` from any record; `constructor` passes only where keys are ids.
				const parent = schemaAt(root, data, path);
				const def = parent && (unwrap(parent)._zod.def as { type: string; keyType?: AnySchema });
				if (def?.type === 'record' && (key === '__proto__' || isIdSchema(def.keyType))) found.push({ kind: 'record-key', path: [...path, key] });
			}
			path.push(key);
			visit((value as Record<string, unknown>)[key]);
			path.pop();
		}
	};
	visit(data);
	return found;
}


/** Why an id is refused, when the pattern alone does not make it obvious. */
function idDetail(value: string): { detail?: string } {
	if (RESERVED_IDS.has(value)) return { detail: 'every JavaScript object already has a property of that name, so Rungs keeps it out of identifiers' };
	const odd = [...value].find((ch) => !/[a-z0-9-]/.test(ch));
	if (odd === undefined || odd.codePointAt(0)! < 0x80) return {};
	if (/[\p{Cf}\p{Cc}\p{Z}]/u.test(odd)) return { detail: `it contains ${codePoint(odd)}, an invisible character` };
	return { detail: `\`${odd}\` (${codePoint(odd)}) is not an ASCII letter` };
}

function hostileProblem(root: AnySchema, source: Locatable, found: HostileData): Problem {
	const { file, data } = source;
	const key = String(found.path[found.path.length - 1]);
	const mode = found.kind === 'record-key' ? 'key' : 'value';
	const where = { file, span: spanOf(source, found.path, mode), path: found.path };
	if (found.kind === 'control') {
		const value = String(valueAt(data, found.path));
		const control = CONTROL.exec(value)![0];
		return createProblem(
			'INVALID_VALUE',
			{ field: describePath(data, found.path), detail: `the text holds the control character ${codePoint(control)}, which no page or terminal shows as text.`, hint: 'Remove the escape sequence from the text.' },
			where,
		);
	}
	const value = found.kind === 'record-key' ? key : String(valueAt(data, found.path));
	return createProblem('INVALID_ID', { value, ...idDetail(value) }, where);
}

function issueToProblems(root: AnySchema, source: Locatable, issue: Issue, prefix: DataPath = []): Problem[] {
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
			const shape = (unwrap(schemaAt(root, data, path) ?? root)._zod.def as { shape?: Record<string, unknown> }).shape ?? {};
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
			return [
				report(
					'WRONG_TYPE',
					{ field, expected: expectedName(issue.expected, asData), received: typeName(value, asData), ...(description ? { description } : {}) },
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
					return [report('MISSING_FIELD', { key: issue.discriminator, at: where(path), description: `Use one of ${listIds(values)}.` }, at)];
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

/** The parameters of TEXT_TOO_LONG, from zod's `too_big` and the message the schema gave it (`A label is at most …`). */
function tooLong(field: string, value: string, issue: { maximum: unknown; message: string }): ProblemParams['TEXT_TOO_LONG'] {
	const cut = issue.message.indexOf(' is at most ');
	const what = cut > 0 ? issue.message[0]!.toLowerCase() + issue.message.slice(1, cut) : 'this field';
	return { field, length: value.length, limit: Number(issue.maximum), what };
}

const depthOf = (issues: Issue[]): number => Math.max(0, ...issues.map((i) => i.path.length));
