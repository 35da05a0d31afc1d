import type { DataPath } from './problem.ts';

/**
 * A data path as people read it: list items are named by their `id` when they have one, so
 * `["levels", 2, "band"]` reads `levels.senior.band`.
 */
export function describePath(data: unknown, path: DataPath): string {
	let current: unknown = data;
	let text = '';
	for (const segment of path) {
		const next = current !== null && typeof current === 'object' ? (current as Record<string, unknown>)[segment] : undefined;
		if (typeof segment === 'number') {
			const id = next !== null && typeof next === 'object' ? (next as { id?: unknown }).id : undefined;
			text += typeof id === 'string' && id.length <= 64 ? `.${id}` : `[${segment}]`;
		} else {
			text += text === '' ? segment : `.${segment}`;
		}
		current = next;
	}
	return text;
}

/** Edit distance, for "did you mean" suggestions. */
function distance(a: string, b: string): number {
	const previous = Array.from({ length: b.length + 1 }, (_, i) => i);
	for (let i = 1; i <= a.length; i++) {
		let diagonal = previous[0]!;
		previous[0] = i;
		for (let j = 1; j <= b.length; j++) {
			const above = previous[j]!;
			previous[j] = Math.min(previous[j]! + 1, previous[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
			diagonal = above;
		}
	}
	return previous[b.length]!;
}

/**
 * The closest known word to a misspelt one, if it is close enough to be a likely typo: the "did
 * you mean" of every problem and of the CLI's commands and options.
 *
 * @example
 * suggest('valdate', ['validate', 'gap', 'init']); // "validate"
 * suggest('zebra', ['validate', 'gap', 'init']); // undefined
 */
export function suggest(word: string, known: Iterable<string>): string | undefined {
	let best: string | undefined;
	let bestDistance = Infinity;
	const lower = word.toLowerCase();
	for (const candidate of known) {
		const d = distance(lower, candidate.toLowerCase());
		if (d < bestDistance) {
			best = candidate;
			bestDistance = d;
		}
	}
	return best !== undefined && bestDistance <= Math.max(2, Math.floor(word.length / 3)) ? best : undefined;
}

/**
 * The ids a problem names as the ones it would accept: the first dozen, as data, and how many more
 * there are. A catalog joins them in its own language ("`a`, `b` and 3 more", « `a`, `b` et 3 autres »).
 */
export interface IdList {
	known: readonly string[];
	/** How many ids `known` leaves out (absent when it holds them all). */
	more?: number;
}

/** At most this many ids travel in a problem: enough to choose from, few enough to read. */
const SHOWN_IDS = 12;

/** The ids a problem lists, cut after a dozen. */
export function listIds(ids: Iterable<string>): IdList {
	const all = [...ids];
	return all.length > SHOWN_IDS ? { known: all.slice(0, SHOWN_IDS), more: all.length - SHOWN_IDS } : { known: all };
}

/**
 * The parameters of an "unknown X" problem: the known ids as a list and, when one is close enough,
 * the likely intended one. Every "unknown …, did you mean" problem is built with this.
 */
export function unknownIdParams(word: string, known: Iterable<string>): IdList & { suggestion?: string } {
	const all = [...known];
	const suggestion = suggest(word, all);
	return { ...listIds(all), ...(suggestion ? { suggestion } : {}) };
}
