import { upgradeLegacyKeys, usesLegacyNames } from './legacy-names.ts';
import { indexFramework } from './framework-index.ts';
import type { Framework, Ladder } from './framework.ts';
import type { Level } from '../schema/level.ts';

/**
 * The levels of a ladder in order, from the first (where people start) to the last. A ladder
 * lists its levels in this order and the checks make sure bands never go down it (LEVEL_ORDER).
 *
 * @example
 * levelsInOrder(ladder).map((l) => l.id); // ["associate", "representative", "senior", "lead"]
 */
export const levelsInOrder = (ladder: Ladder): readonly Level[] => ladder.levels;

/**
 * The level after this one on its ladder: undefined at the last level, or for a level the ladder
 * does not have.
 *
 * @example
 * nextLevel(ladder, 'representative')?.id; // "senior"
 * nextLevel(ladder, 'lead'); // undefined: the top of the ladder
 */
export function nextLevel(ladder: Ladder, level: string): Level | undefined {
	const at = ladder.levels.findIndex((l) => l.id === level);
	return at < 0 ? undefined : ladder.levels[at + 1];
}

/** One competency's expectations at a level, each statement with the level that first expects it. */
export interface LevelExpectation {
	readonly competency: string;
	readonly name: string;
	readonly statements: ReadonlyArray<{ readonly id: string; readonly text: string; readonly level: string }>;
}

/**
 * What a level expects, per competency of its ladder that applies there (its `levels`). In a
 * ladder whose `eachLevel` is `adds-to-below` (the default) a level's expectations ADD to those of
 * the levels below it: someone at `senior` is expected to do what a `representative` does too, and
 * the ladder writes down only what each level adds. In a `replaces-below` ladder each level's
 * statements stand alone, and nothing below is expected. `only: 'new'` gives what this level
 * writes itself; `'all'` (the default) everything expected there, in ladder order. Competencies
 * with nothing to list, or that do not apply at the level, are left out; an unknown level gives
 * undefined.
 *
 * @example
 * levelExpectations(framework, 'support-representative', 'senior', 'new'); // what senior adds
 * levelExpectations(framework, 'support-representative', 'senior')?.[0]?.statements.map((s) => s.level); // ["representative", "senior", …]
 */
export function levelExpectations(framework: Framework, ladder: string, level: string, only: 'new' | 'all' = 'all'): readonly LevelExpectation[] | undefined {
	const index = indexFramework(framework).ladders.get(ladder);
	const at = index?.levelIndex.get(level);
	if (!index || at === undefined) return undefined;
	const out: LevelExpectation[] = [];
	for (const competency of index.ladder.competencies) {
		const statements = index
			.expectedAt(competency.id, at)
			.filter((s) => only === 'all' || s.level.id === level)
			.map(({ statement, level: from }) => ({ id: statement.id, text: statement.text, level: from.id }));
		if (statements.length > 0) out.push({ competency: competency.id, name: competency.name, statements });
	}
	return out;
}

/** How much moving an assessment onto the current version of its ladder takes. */
export type MigrationNeed = 'none' | 'minor' | 'major';

/**
 * Whether an assessment needs migrating onto its ladder's current version: `none` when it was made
 * on that version, `minor` when on another version of the same major (it still loads, with a
 * LADDER_VERSION_MISMATCH warning) or when it still says `matrix:` for `ladder:` (read, written anew by
 * `rungs migrate`), `major` when on another major version (it does not load until
 * migrated: LADDER_MAJOR_MISMATCH). Undefined when the framework has no such ladder.
 *
 * @example
 * migrationNeeded(framework, { ladder: { id: 'support-representative', version: '1.0.0' } }); // "none", "minor" or "major"
 */
export function migrationNeeded(framework: Framework, assessment: { readonly ladder: { readonly id: string; readonly version: string } }): MigrationNeed | undefined {
	// An assessment written before the rename (`matrix:` for `ladder:`) still reads; moving it onto
	// today's names is a minor migration even on the same version.
	const old = usesLegacyNames(assessment);
	const { ladder: ref } = (old ? upgradeLegacyKeys(assessment) : assessment) as typeof assessment;
	if (ref === null || typeof ref !== 'object') return undefined;
	const ladder = framework.ladders.find((m) => m.id === ref.id);
	if (!ladder) return undefined;
	const was = ref.version;
	if (was === ladder.version) return old ? 'minor' : 'none';
	return majorOf(was) === majorOf(ladder.version) ? 'minor' : 'major';
}

const majorOf = (version: string): string => String(version).split('.')[0]!;
