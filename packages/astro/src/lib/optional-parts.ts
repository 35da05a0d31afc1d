import type { Level, Ladder } from '@rungs/core';
import { ui } from '../i18n/ui.ts';

// A ladder writes only what its organisation asks for (the house rules in framework.yaml): no
// summary, no authority, no band are all fine. Pages show what is written and leave out the
// headings and separators that would stand over nothing.

/** True when a level writes any decision authority: the authority sections show only then. */
export const hasAuthority = (level: Level): boolean =>
	(level.authority?.decideAlone.length ?? 0) + (level.authority?.tooSafe.length ?? 0) + (level.authority?.outOfScope.length ?? 0) + (level.authority?.escalateWhen.length ?? 0) > 0;

/** A ladder's facts for its byline, those it has: version, status, updated, licence. */
export const ladderFacts = (ladder: Ladder): string[] =>
	[ui.facts.version(ladder.version), ui.facts.status[ladder.status] ?? ladder.status, ladder.updated && ui.facts.updated(ladder.updated), ladder.license].filter((part): part is string => Boolean(part));

/** "bands P1 to P4", from the first and last levels that have a band; empty when none has. */
export function bandRange(ladder: Ladder): string {
	const bands = ladder.levels.flatMap((l) => (l.band ? [l.band] : []));
	if (bands.length === 0) return '';
	return bands.length === 1 || bands[0] === bands[bands.length - 1] ? ui.facts.band(bands[0]!) : ui.facts.bands(bands[0]!, bands[bands.length - 1]!);
}
