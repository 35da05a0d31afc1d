import { z } from 'zod';
import { localizedKeyProblems } from './localized-text.ts';
import { DEFAULT_LOCALES, KNOWN_KEYS, optionsSchema, type CheckedOptions } from './options.ts';

/*
 * Turns zod's issues into sentences a person configuring a site can act on: which option, what was
 * expected, what was given, and for a misspelt key the nearest known one.
 */

/** An options problem: the whole message is the news, so the error carries no stack into the site. */
export class RungsOptionsError extends Error {
	override name = 'RungsOptionsError';
	constructor(problems: readonly string[]) {
		super(`rungs(): ${problems.length === 1 ? 'an option is' : `${problems.length} options are`} not right in astro.config:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
		this.stack = this.message;
	}
}

/** `license.url`, `links[2].href`, or "the options" at the top. */
function optionName(path: readonly PropertyKey[]): string {
	if (path.length === 0) return 'the options';
	return path.map((part, i) => (typeof part === 'number' ? `[${part}]` : i === 0 ? String(part) : `.${String(part)}`)).join('');
}

/** The KNOWN_KEYS entry of an object: entries of `links` and `locales` share one. */
function knownKeysAt(path: readonly PropertyKey[]): readonly string[] {
	const exact = path.map(String).join('.');
	const any = path.length > 0 ? [...path.slice(0, -1).map(String), '*'].join('.') : '';
	return KNOWN_KEYS[exact] ?? KNOWN_KEYS[any] ?? [];
}

function distance(a: string, b: string): number {
	const row = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		let diagonal = row[0]!;
		row[0] = i;
		for (let j = 1; j <= b.length; j++) {
			const above = row[j]!;
			row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, diagonal + (a[i - 1]!.toLowerCase() === b[j - 1]!.toLowerCase() ? 0 : 1));
			diagonal = above;
		}
	}
	return row[b.length]!;
}

/** The known key nearest a misspelt one, when it is near enough to be what was meant. */
export function nearest(key: string, known: readonly string[]): string | undefined {
	// A shortening (`desc` for `description`) is what was meant, however far apart the two are.
	const longer = key.length >= 3 ? known.find((k) => k.toLowerCase().startsWith(key.toLowerCase())) : undefined;
	if (longer) return longer;
	const ranked = known.map((k) => ({ k, d: distance(key, k) })).sort((a, b) => a.d - b.d)[0];
	return ranked && ranked.d <= Math.max(2, Math.floor(key.length / 3)) ? ranked.k : undefined;
}

const describe = (value: unknown): string =>
	value === undefined ? 'nothing' : value === null ? 'null' : Array.isArray(value) ? 'a list' : typeof value === 'string' ? JSON.stringify(value) : typeof value === 'object' ? 'an object' : `${typeof value} ${String(value)}`;

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
	let value = input;
	for (const part of path) value = value !== null && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[part] : undefined;
	return value;
}

function sentence(issue: z.core.$ZodIssue, input: unknown): string[] {
	if (issue.code === 'unrecognized_keys') {
		const known = knownKeysAt(issue.path);
		return issue.keys.map((key) => {
			const guess = nearest(key, known);
			const where = issue.path.length === 0 ? 'rungs()' : `\`${optionName(issue.path)}\``;
			return `\`${optionName([...issue.path, key])}\` is not an option of ${where}${guess ? `: did you mean \`${guess}\`?` : `; it knows ${known.map((k) => `\`${k}\``).join(', ')}`}`;
		});
	}
	const name = `\`${optionName(issue.path)}\``;
	const given = describe(valueAt(input, issue.path));
	if (issue.code === 'invalid_key' && issue.path.length > 0 && issue.path[0] === 'components') {
		const key = String(issue.path[issue.path.length - 1]);
		const guess = nearest(key, KNOWN_KEYS.components!);
		return [`\`${optionName(issue.path)}\` is not a component the site can replace${guess ? `: did you mean \`${guess}\`?` : `; it can replace ${KNOWN_KEYS.components!.map((k) => `\`${k}\``).join(', ')}`}`];
	}
	if (issue.code === 'invalid_union' && (issue.path[0] === 'license' || issue.path[0] === 'examples'))
		return [`${name} expected \`false\` or ${issue.path[0] === 'license' ? '{ name, url? }' : 'a folder'}, got ${given}`];
	if (issue.code === 'invalid_union') return localizedSentence(issue, input, name, given);
	if (issue.code === 'invalid_type' && given === 'nothing') return [`${name} is required: expected a ${issue.expected}`];
	const expected = issue.code === 'invalid_type' ? (issue.expected === 'object' ? 'an object' : issue.expected === 'array' ? 'a list' : `a ${issue.expected}`) : issue.message;
	return [`${name} expected ${expected}, got ${given}`];
}

/**
 * A text option given neither as a text nor as texts by language: a string says what its text lacks,
 * an object each entry that is not a text, anything else the two shapes it may take.
 */
function localizedSentence(issue: z.core.$ZodIssueInvalidUnion, input: unknown, name: string, given: string): string[] {
	const value = valueAt(input, issue.path);
	if (value === undefined) return [`${name} is required: expected a string`];
	if (typeof value === 'string') return [`${name} expected a non-empty text, got ${given}`];
	if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
		const bad = Object.entries(value).filter(([, entry]) => typeof entry !== 'string' || entry.trim() === '');
		if (bad.length > 0) return bad.map(([key, entry]) => `\`${optionName([...issue.path, key])}\` expected a non-empty text, got ${describe(entry)}`);
	}
	return [`${name} expected a text, or an object of texts by language tag such as { en: '…', fr: '…' }, got ${given}`];
}

/** Every option whose text may be given per language, with where it sits. */
function localizedOptions(options: CheckedOptions): Array<[string, Parameters<typeof localizedKeyProblems>[1]]> {
	return [
		['title', options.title],
		['description', options.description],
		...options.links.flatMap((link, i): Array<[string, Parameters<typeof localizedKeyProblems>[1]]> => [
			[`links[${i}].label`, link.label],
			[`links[${i}].description`, link.description],
		]),
	];
}

/** The options with their defaults, or a RungsOptionsError listing every problem. */
export function checkOptions(input: unknown): CheckedOptions {
	if (input === null || typeof input !== 'object' || Array.isArray(input))
		throw new RungsOptionsError([`rungs() takes an object of options, with at least \`title\`; got ${describe(input)}`]);
	const result = optionsSchema.safeParse(input);
	if (result.success) {
		// Which languages a text may name depends on `locales`, so it is checked once the shapes are right.
		const locales = result.data.locales ?? DEFAULT_LOCALES;
		const problems = localizedOptions(result.data).flatMap(([name, value]) => localizedKeyProblems(name, value, locales));
		if (problems.length > 0) throw new RungsOptionsError(problems);
		return result.data;
	}
	throw new RungsOptionsError(result.error.issues.flatMap((issue) => sentence(issue, input)));
}
