import type { Messages } from './catalog.ts';
import { englishPaths } from './paths-english.ts';
import { frenchPaths } from './french-paths.ts';

// The languages Rungs words a framework's own notes in; a region (`fr-ca`) takes its language's words.
const BUILT_IN: Readonly<Record<string, typeof englishPaths>> = { en: englishPaths, fr: frenchPaths };

/**
 * The note of the implied move up a ladder, in the framework's language: the caller's catalog when it
 * words `path.next`, else Rungs' own words for that language, else English (for a language Rungs does
 * not speak, pass a catalog).
 */
export function nextLevelNote(language: string, ladder: string, messages?: Partial<Messages>): string {
	const words = messages?.['path.next'] ?? (BUILT_IN[language] ?? BUILT_IN[language.split('-')[0]!] ?? englishPaths)['path.next'];
	return words({ ladder });
}
