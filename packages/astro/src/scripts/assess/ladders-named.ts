import { parse } from 'yaml';

/*
 * The ladders an assessment names, read loosely before it is checked, so a page loads those ladders'
 * files first (scripts/assess/ladders.ts): the self-assessment for a file or link it opens, the team
 * page for every assessment opened. Loose on purpose: a file the checks will refuse (a key given
 * twice, say) still names its ladders, so its problems are said against the ladder it names.
 */

const field = (value: unknown, key: string): unknown => (typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined);

/** The ladders an assessment's data names: its own and its target's, under today's keys or the old `matrix`. */
export function laddersNamedIn(data: unknown): string[] {
	const ladder = field(data, 'ladder') ?? field(data, 'matrix');
	const target = field(data, 'target');
	return [field(ladder, 'id'), field(target, 'ladder') ?? field(target, 'matrix')].filter((id): id is string => typeof id === 'string');
}

/** The ladders a file, a link or an NDJSON line names, from its YAML or JSON text; none when unreadable. */
export function laddersNamed(text: string): string[] {
	// JSON first: an NDJSON file's lines are, and JSON.parse reads them far faster than a YAML parser.
	try {
		return laddersNamedIn(JSON.parse(text));
	} catch {
		// Not JSON: read as YAML below.
	}
	try {
		return laddersNamedIn(parse(text, { uniqueKeys: false, logLevel: 'silent' }));
	} catch {
		return [];
	}
}
