// the names Rungs used before "ladder" (issue #13), read until 2.0 and beyond.
import { LADDER_FORMAT } from '../schema/ladder.ts';

/** The format id ladder files had before `rungs/ladder@1`; still read, never written. */
export const LEGACY_LADDER_FORMAT = 'rungs/matrix@1';

/** The key that named a ladder before `ladder`: an assessment's `matrix:`, its `target.matrix`, a path's `from.matrix`. */
export const LEGACY_LADDER_KEY = 'matrix';

const isMap = (value: unknown): value is Record<string, unknown> =>
	value !== null && typeof value === 'object' && !Array.isArray(value) && Object.getPrototypeOf(value) !== null;

const hasOldKey = (value: unknown): value is Record<string, unknown> =>
	isMap(value) && Object.hasOwn(value, LEGACY_LADDER_KEY) && !Object.hasOwn(value, 'ladder');

/** A copy of a mapping with its `matrix` key renamed `ladder` in place (key order kept). */
function renamed(map: Record<string, unknown>): Record<string, unknown> {
	const out: Record<string, unknown> = {};
	for (const [key, value] of Object.entries(map)) out[key === LEGACY_LADDER_KEY ? 'ladder' : key] = value;
	return out;
}

const upgradeEnd = (end: unknown): unknown => (hasOldKey(end) ? renamed(end) : end);

/**
 * An old assessment's or career paths file's data under today's names: `matrix` → `ladder` at the
 * places those formats had it (an assessment's top level and `target`; each path's `from` and `to`).
 * Returns the data itself when nothing is old, else a shallow copy: the caller's object is never changed.
 */
export function upgradeLegacyKeys(data: unknown): unknown {
	if (!isMap(data)) return data;
	let out = data;
	if (hasOldKey(out)) out = renamed(out);
	if (hasOldKey(out.target)) out = { ...out, target: renamed(out.target) };
	if (Array.isArray(out.paths) && out.paths.some((p) => isMap(p) && (hasOldKey(p.from) || hasOldKey(p.to)))) {
		const paths = out.paths.map((p) =>
			isMap(p) ? { ...p, ...(hasOldKey(p.from) ? { from: renamed(p.from) } : {}), ...(hasOldKey(p.to) ? { to: renamed(p.to) } : {}) } : p,
		);
		out = { ...out, paths };
	}
	if (out.format === LEGACY_LADDER_FORMAT) out = { ...out, format: LADDER_FORMAT };
	return out;
}

/** True when the data still uses an old name this module reads (what `needsMigration` calls minor). */
export function usesLegacyNames(data: unknown): boolean {
	return upgradeLegacyKeys(data) !== data;
}
