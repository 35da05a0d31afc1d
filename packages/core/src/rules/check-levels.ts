import type { DataPath } from '../diagnostics/problem.ts';
import { unknownIdParams } from '../diagnostics/describe-path.ts';
import { levelsNamed } from '../model/applies.ts';
import type { LevelsSpec } from '../schema/competency.ts';
import type { ParsedSource } from '../source/parse-yaml.ts';
import { checkUniqueIds, type Reporter } from '../source/reporter.ts';

/** One competency (local, or a shared one's use) as far as its `levels:` go. */
export interface LevelsOf {
	readonly id: string;
	readonly levels?: LevelsSpec | undefined;
	/** The statements the ladder file writes for it, per level id (a shared use: the role's additions). */
	readonly expectations?: Readonly<Record<string, unknown>> | undefined;
}

/**
 * Checks a competency's `levels:` against its ladder and returns the level ids it applies at, in
 * ladder order. Reported, each where it is written: a level id the ladder does not have
 * (UNKNOWN_LEVEL, with did-you-mean), an id listed twice (DUPLICATE_ID), a list or range that
 * names no level (LEVELS_EMPTY, LEVEL_RANGE_REVERSED), and statements the file writes for a level
 * the competency does not apply at (STATEMENTS_OUTSIDE_LEVELS): resolving would drop them silently.
 * `settled` is false when an id was unknown or none was named: what it applies at is then a guess.
 */
export function checkCompetencyLevels(reporter: Reporter, source: ParsedSource, competency: LevelsOf, base: DataPath, ladder: { id: string; levels: readonly string[] }): { applies: string[]; settled: boolean } {
	const spec = competency.levels;
	const at: DataPath = [...base, 'levels'];
	let settled = true;
	const unknown = (id: string, path: DataPath) => {
		settled = false;
		reporter.report(source, 'UNKNOWN_LEVEL', path, { id, in: { field: 'levels', competency: competency.id }, ladder: ladder.id, ...unknownIdParams(id, ladder.levels) });
	};
	let named = true;
	if (Array.isArray(spec)) {
		spec.forEach((id, i) => {
			if (!ladder.levels.includes(id)) unknown(id, [...at, i]);
		});
		checkUniqueIds(reporter, source, spec.map((id) => ({ id })), (i) => [...at, i], 'level', { in: competency.id });
		named = spec.length > 0;
	} else if (spec !== undefined) {
		for (const end of ['from', 'upTo'] as const) {
			const id = spec[end];
			if (id !== undefined && !ladder.levels.includes(id)) unknown(id, [...at, end]);
		}
		named = spec.from !== undefined || spec.upTo !== undefined;
		const [from, upTo] = [ladder.levels.indexOf(spec.from ?? ''), ladder.levels.indexOf(spec.upTo ?? '')];
		if (from >= 0 && upTo >= 0 && from > upTo) reporter.report(source, 'LEVEL_RANGE_REVERSED', at, { competency: competency.id, from: spec.from!, upTo: spec.upTo! });
	}
	if (!named) reporter.report(source, 'LEVELS_EMPTY', at, { competency: competency.id });
	const applies = levelsNamed(spec, ladder.levels);
	// Only when `levels` named some, all known: with none, or a typo, every statement would be reported too.
	if (applies.length > 0 && settled) {
		for (const level of Object.keys(competency.expectations ?? {})) {
			if (ladder.levels.includes(level) && !applies.includes(level)) {
				reporter.report(source, 'STATEMENTS_OUTSIDE_LEVELS', [...base, 'expectations', level], { competency: competency.id, level, levels: applies }, 'key');
			}
		}
	}
	// With an unknown id the levels meant are not known: no LEVEL_NOT_COVERED guessed from them.
	return { applies, settled: settled && named };
}

/**
 * The levels at which a competency that applies at `applies` must have something to expect, or
 * LEVEL_NOT_COVERED (SHARED_BAND_MISSING for a shared one): in a `replaces-below` ladder every
 * level it applies at, each standing alone; in `adds-to-below`, the first level it applies at only,
 * since a later level may add nothing new and still expect what the levels below wrote.
 */
export function levelsThatMustWrite({ applies, settled }: { applies: readonly string[]; settled: boolean }, eachLevel: 'adds-to-below' | 'replaces-below'): ReadonlySet<string> {
	if (!settled) return new Set();
	return new Set(eachLevel === 'replaces-below' ? applies : applies.slice(0, 1));
}
