import type { LevelsSpec } from '../schema/competency.ts';

/** How statements accumulate up a ladder (its `eachLevel`). */
export type EachLevel = 'adds-to-below' | 'replaces-below';

/**
 * The level ids a `levels:` spec names, in ladder order: every level when absent, the inclusive
 * range for `{ from, upTo }` (an open end runs to the ladder's end), the listed ids for a list.
 * Ids the ladder does not have are left out (the checks report them as UNKNOWN_LEVEL); a range whose
 * `from` comes after its `upTo` names no level (LEVEL_RANGE_REVERSED).
 */
export function levelsNamed(spec: LevelsSpec | undefined, ladder: readonly string[]): string[] {
	if (spec === undefined) return [...ladder];
	if (Array.isArray(spec)) {
		const listed = new Set(spec);
		return ladder.filter((id) => listed.has(id));
	}
	const from = spec.from === undefined ? 0 : ladder.indexOf(spec.from);
	const upTo = spec.upTo === undefined ? ladder.length - 1 : ladder.indexOf(spec.upTo);
	// An unknown end is reported; meanwhile the range is taken as open at that end, so one typo
	// does not also make every statement of the competency "outside its levels".
	return ladder.slice(from < 0 ? 0 : from, (upTo < 0 ? ladder.length - 1 : upTo) + 1);
}

/**
 * The ladder's level ids whose statements a level expects, for a competency that applies at
 * `applies` (ladder order): none where it does not apply; in `adds-to-below`, every level up to this
 * one (levels where it does not apply hold no statements); in `replaces-below`, this level alone.
 */
export function levelsExpectedAt(ladder: readonly string[], applies: readonly string[], level: string, eachLevel: EachLevel): string[] {
	if (!applies.includes(level)) return [];
	if (eachLevel === 'replaces-below') return [level];
	return ladder.slice(0, ladder.indexOf(level) + 1);
}
