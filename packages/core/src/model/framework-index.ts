import type { Framework, Ladder, ResolvedCompetency, ResolvedStatement } from './framework.ts';
import type { Level } from '../schema/level.ts';

/** Lookups over one ladder, computed once and reused by every assessment of it. */
export interface LadderIndex {
	ladder: Ladder;
	levelIndex: Map<string, number>;
	competencies: Map<string, ResolvedCompetency>;
	/** Statement ids per competency, across all levels. */
	statementIds: Map<string, Set<string>>;
	/**
	 * Per competency, the statements level `i` expects, each with the level that writes it: none
	 * where the competency does not apply; in an `adds-to-below` ladder those of every level up to
	 * and including `i`; in a `replaces-below` ladder those of level `i` alone.
	 */
	expectedAt(competency: string, levelIndex: number): ReadonlyArray<{ statement: ResolvedStatement; level: Level }>;
	/**
	 * Per competency, the ids of the statements someone at level `i` has shown (−1: none): in an
	 * `adds-to-below` ladder every statement up to and including `i`; in `replaces-below`, what
	 * level `i` expects.
	 */
	heldUpTo(levelIndex: number): ReadonlyMap<string, ReadonlySet<string>>;
	/** Whether a competency applies at level `i` (its `levels`). */
	appliesAt(competency: string, levelIndex: number): boolean;
	/** The competencies that apply at level `i`, in the ladder's order. */
	applyingAt(levelIndex: number): readonly ResolvedCompetency[];
	/** A competency's statements written for one level, as plain `{ id, text }`, shared and frozen. */
	plainStatements(competency: string, level: string): ReadonlyArray<{ id: string; text: string }>;
}

export interface FrameworkIndex {
	ladders: Map<string, LadderIndex>;
	scaleRank: Map<string, number>;
	meetsRank: number;
	categoryNames: Map<string, string>;
	/** The scale as a report carries it. */
	reportScale: { readonly values: ReadonlyArray<{ readonly id: string; readonly label: string }>; readonly meets: string };
	/** Statement ids per competency across two ladders (an assessment may rate either's). */
	statementIdsAcross(a: string, b: string): Map<string, Set<string>>;
}

const cache = new WeakMap<Framework, FrameworkIndex>();

function indexLadder(ladder: Ladder): LadderIndex {
	const competencies = new Map(ladder.competencies.map((c) => [c.id, c]));
	const upToLists = new Map<string, Array<{ statement: ResolvedStatement; level: Level }>[]>();
	const held: Array<Map<string, Set<string>>> = [];
	const empty: ReadonlyArray<{ id: string; text: string }> = Object.freeze([]);
	const plain = new Map(
		ladder.competencies.map((c) => [
			c.id,
			new Map(ladder.levels.map((l) => [l.id, Object.freeze((c.expectations[l.id] ?? []).map(({ id, text }) => Object.freeze({ id, text })))])),
		]),
	);
	const none: ReadonlyMap<string, ReadonlySet<string>> = new Map();
	const ids = ladder.levels.map((l) => l.id);
	const applying = new Map(ladder.competencies.map((c) => [c.id, new Set(c.levels)]));
	const appliesAt = (competency: string, levelIndex: number) => applying.get(competency)?.has(ids[levelIndex]!) ?? false;
	const replaces = ladder.eachLevel === 'replaces-below';
	// Every statement written up to level i, whether or not the competency applies there.
	const written = (competency: string, levelIndex: number) => {
		let lists = upToLists.get(competency);
		if (!lists) {
			const c = competencies.get(competency);
			lists = [];
			const running: Array<{ statement: ResolvedStatement; level: Level }> = [];
			for (const level of ladder.levels) {
				for (const statement of c?.expectations[level.id] ?? []) running.push({ statement, level });
				lists.push([...running]);
			}
			upToLists.set(competency, lists);
		}
		return lists[levelIndex] ?? [];
	};
	const ownLists = new Map<string, Array<Array<{ statement: ResolvedStatement; level: Level }>>>();
	const own = (competency: string, levelIndex: number) => {
		let lists = ownLists.get(competency);
		if (!lists) ownLists.set(competency, (lists = []));
		const level = ladder.levels[levelIndex];
		return (lists[levelIndex] ??= level ? (competencies.get(competency)?.expectations[level.id] ?? []).map((statement) => ({ statement, level })) : []);
	};
	const expectedAt: LadderIndex['expectedAt'] = (competency, levelIndex) =>
		!appliesAt(competency, levelIndex) ? [] : replaces ? own(competency, levelIndex) : written(competency, levelIndex);
	const applyingLists: Array<readonly ResolvedCompetency[]> = [];
	return {
		ladder,
		levelIndex: new Map(ladder.levels.map((l, i) => [l.id, i])),
		competencies,
		statementIds: new Map(ladder.competencies.map((c) => [c.id, new Set(Object.values(c.expectations).flat().map((s) => s.id))])),
		expectedAt,
		appliesAt,
		applyingAt(levelIndex) {
			return (applyingLists[levelIndex] ??= ladder.competencies.filter((c) => appliesAt(c.id, levelIndex)));
		},
		heldUpTo(levelIndex) {
			if (levelIndex < 0) return none;
			const shown = replaces ? expectedAt : written;
			held[levelIndex] ??= new Map(ladder.competencies.map((c) => [c.id, new Set(shown(c.id, levelIndex).map((x) => x.statement.id))]));
			return held[levelIndex];
		},
		plainStatements(competency, level) {
			return plain.get(competency)?.get(level) ?? empty;
		},
	};
}

/**
 * The lookups that checking and assessing need, built once per framework and cached. The
 * framework is treated as immutable: a changed framework is a new object.
 */
export function indexFramework(framework: Framework): FrameworkIndex {
	const known = cache.get(framework);
	if (known) return known;
	const ladders = new Map(framework.ladders.map((m) => [m.id, indexLadder(m)]));
	const across = new Map<string, Map<string, Map<string, Set<string>>>>();
	const index: FrameworkIndex = {
		ladders,
		scaleRank: new Map(framework.scale.values.map((v, i) => [v.id, i])),
		meetsRank: framework.scale.values.findIndex((v) => v.id === framework.scale.meets),
		categoryNames: new Map(framework.categories.map((c) => [c.id, c.name])),
		reportScale: Object.freeze({ values: framework.scale.values.map(({ id, label }) => Object.freeze({ id, label })), meets: framework.scale.meets }) as FrameworkIndex['reportScale'],
		statementIdsAcross(a, b) {
			let fromA = across.get(a);
			if (!fromA) across.set(a, (fromA = new Map()));
			let merged = fromA.get(b);
			if (!merged) {
				merged = new Map();
				for (const id of [a, b]) {
					for (const [competency, ids] of ladders.get(id)?.statementIds ?? []) {
						merged.set(competency, new Set([...(merged.get(competency) ?? []), ...ids]));
					}
				}
				fromA.set(b, merged);
			}
			return merged;
		},
	};
	cache.set(framework, index);
	return index;
}
