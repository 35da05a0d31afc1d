import type { DataPath } from '../diagnostics/problem.ts';
import { own } from '../model/own.ts';
import type { SharedCompetency } from '../schema/competency.ts';
import type { Level } from '../schema/level.ts';
import type { LadderFile } from '../schema/ladder.ts';
import type { ParsedSource } from '../source/parse-yaml.ts';
import type { Reporter } from '../source/reporter.ts';

// The house rules that look at a whole ladder (its levels, its summary, its size). The rules on
// statements (numbers, repeats, progression) are in check-content.ts; each reports through
// `reporter.rule`, which applies the severity framework.yaml gives the rule.

const NARRATIVE = ['summary', 'scope', 'ownership', 'initiative'] as const;
const AUTHORITY_LISTS = ['decideAlone', 'outOfScope', 'escalateWhen'] as const;

/** `level-narrative`, `decision-authority` and `ladder-summary`: what a ladder says besides its statements. */
export function checkLadderNarrative(reporter: Reporter, source: ParsedSource, ladder: LadderFile): void {
	if (ladder.summary === undefined) reporter.rule(source, 'LADDER_SUMMARY_MISSING', ['id'], { ladder: ladder.id, rule: 'ladder-summary' });
	ladder.levels.forEach((level, index) => {
		const at: DataPath = ['levels', index, 'id'];
		const missing = NARRATIVE.filter((field) => level[field] === undefined);
		if (missing.length > 0) reporter.rule(source, 'LEVEL_NARRATIVE_MISSING', at, { level: level.id, missing, rule: 'level-narrative' });
		const authority = level.authority;
		const empty = authority === undefined ? ['authority'] : AUTHORITY_LISTS.filter((list) => authority[list].length === 0);
		// Point at the empty list when there is one to point at, else at the level.
		const where: DataPath = authority === undefined ? at : ['levels', index, 'authority', ...(empty.length === 1 ? [empty[0]!] : [])];
		if (empty.length > 0) reporter.rule(source, 'AUTHORITY_MISSING', where, { level: level.id, missing: empty, rule: 'decision-authority' }, authority === undefined ? 'value' : 'key');
	});
}

/**
 * `authority-grows`: a decision a level takes alone is still listed at the next level. Only where both
 * levels write authority: a ladder that writes none (or only at some levels) has nothing to shrink.
 */
export function checkAuthorityGrows(reporter: Reporter, source: ParsedSource, levels: readonly Level[]): void {
	levels.forEach((level, index) => {
		const previous = levels[index - 1];
		if (!previous?.authority || !level.authority) return;
		const here = new Set(level.authority.decideAlone.map((d) => d.id));
		for (const decision of previous.authority.decideAlone) {
			if (here.has(decision.id)) continue;
			reporter.rule(source, 'AUTHORITY_SHRINKS', ['levels', index, 'authority', 'decideAlone'], {
				level: level.id,
				decision: decision.id,
				previous: previous.id,
				rule: 'authority-grows',
			}, 'key');
		}
	});
}

/**
 * How many statements each level of a ladder adds: its own statements in every competency, and the
 * statements of its band in every shared competency the ladder uses, counted at the first level of
 * that band only (two levels in one band share those statements; the second adds none of them).
 */
export function newStatementsPerLevel(ladder: LadderFile, shared: ReadonlyMap<string, SharedCompetency>): number[] {
	return ladder.levels.map((level, index) => {
		const bandIsNew = level.band !== undefined && ladder.levels[index - 1]?.band !== level.band;
		let count = 0;
		for (const competency of ladder.competencies) count += own(competency.expectations, level.id)?.length ?? 0;
		for (const use of ladder.sharedCompetencies) {
			count += own(use.expectations, level.id)?.length ?? 0;
			const sharedOne = shared.get(use.id);
			if (bandIsNew && sharedOne) count += own(sharedOne.expectations, level.band!)?.length ?? 0;
		}
		return count;
	});
}

/** `statements-per-level` and `statements-per-ladder`: a ladder people can read through. */
export function checkStatementBudget(reporter: Reporter, source: ParsedSource, ladder: LadderFile, shared: ReadonlyMap<string, SharedCompetency>): void {
	if (!reporter.isOn('statements-per-level') && !reporter.isOn('statements-per-ladder')) return;
	const perLevel = newStatementsPerLevel(ladder, shared);
	const levelMax = reporter.rules['statements-per-level'].max!;
	perLevel.forEach((count, index) => {
		if (count <= levelMax) return;
		const level = ladder.levels[index]!.id;
		reporter.rule(source, 'TOO_MANY_STATEMENTS', ['levels', index, 'id'], { ladder: ladder.id, level, count, max: levelMax, rule: 'statements-per-level' });
	});
	const total = perLevel.reduce((sum, count) => sum + count, 0);
	const ladderMax = reporter.rules['statements-per-ladder'].max!;
	if (total > ladderMax) reporter.rule(source, 'TOO_MANY_STATEMENTS', ['id'], { ladder: ladder.id, count: total, max: ladderMax, rule: 'statements-per-ladder' });
}
