import type { KnownIds } from './problem-params.ts';

// Small English helpers every problem family shares, in a module of their own: a module that words a
// few problems (problems-arguments.ts) imports these without bringing every file problem along.

/** The ids a problem would accept, as "`a`, `b`, `c` and 3 more". */
export const knownIds = (p: Partial<KnownIds>): string => {
	const shown = (p.known ?? []).map((id) => `\`${id}\``).join(', ') || '(none)';
	return p.more ? `${shown} and ${p.more} more` : shown;
};

/** The start of a hint for a misspelt id or key: "Did you mean `x`? " when there is a likely one. */
export const didYouMean = (p: { suggestion?: string }): string => (p.suggestion ? `Did you mean \`${p.suggestion}\`? ` : '');
