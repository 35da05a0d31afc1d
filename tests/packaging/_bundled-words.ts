import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { root } from './_packed.ts';

/**
 * Words that belong to the framework this repository publishes (matrices/) and to no other
 * organisation: its title, its ladders' and shared competencies' names, its licence, and phrases
 * the bundled site once hard-coded. Read from the ladders themselves, so a renamed ladder stays covered.
 */
export function bundledWords(): string[] {
	const dir = join(root, 'matrices');
	const words = new Set(['support representative', 'support ladders', 'CC BY 4.0', 'CC-BY-4.0', 'Shared ground', '0 moves', 'matrices/examples']);
	for (const name of readdirSync(dir).filter((f) => f.endsWith('.yaml'))) {
		const data = parse(readFileSync(join(dir, name), 'utf8')) as { format?: string; title?: string; competencies?: { name: string }[] };
		if (data.title) words.add(data.title);
		// Names of two words or more: a one-word name ("Ownership") is also an ordinary word of the site.
		if (data.format?.startsWith('rungs/shared-competencies')) for (const { name } of data.competencies ?? []) if (/\s/.test(name)) words.add(name);
	}
	return [...words];
}

/** Which of the bundled framework's words a page holds, compared without regard to case. */
export function bundledWordsIn(text: string, words: readonly string[]): string[] {
	const lower = text.toLowerCase();
	return words.filter((word) => lower.includes(word.toLowerCase()));
}
