import type { DataPath } from '../diagnostics/problem.ts';
import { levelsNamed } from '../model/applies.ts';
import { own } from '../model/own.ts';
import { listIds, unknownIdParams } from '../diagnostics/describe-path.ts';
import type { ParsedSource } from '../source/parse-yaml.ts';
import type { SharedCompetency, Statement } from '../schema/competency.ts';
import type { Level } from '../schema/level.ts';
import type { LadderFile } from '../schema/ladder.ts';
import { checkReadinessRule } from './check-framework.ts';
import { bandGoesDown, compareBands } from './band-order.ts';
import { checkCompetencyLevels, levelsThatMustWrite } from './check-levels.ts';
import { checkStatementContent, normaliseText, statementField, type LevelStatements } from './check-content.ts';
import { checkAuthorityGrows, checkLadderNarrative, checkStatementBudget } from './house-rules.ts';
import { checkUniqueIds, type Checked, type Reporter } from '../source/reporter.ts';

export interface LadderContext {
	categories: ReadonlySet<string>;
	shared: ReadonlyMap<string, SharedCompetency>;
	scaleIds: ReadonlySet<string>;
	checkFileName?: boolean;
	/** The framework's level names, whose numbers statements may mention (levelNamesPattern). */
	names?: RegExp | undefined;
	/** The framework's band pattern, compiled, and as written (for messages). */
	bandPattern?: { regex: RegExp; text: string } | undefined;
}

/** The file name without folders or extension: `matrices/a.yaml` → `a`. */
export const fileStem = (path: string): string => path.split(/[\\/]/).pop()!.replace(/\.(ya?ml|json)$/i, '');

/** Everything one ladder must get right on its own, given the framework around it. */
export function checkLadderFile(reporter: Reporter, checked: Checked<LadderFile>, context: LadderContext): void {
	const { source, value: ladder } = checked;
	// A repeated level id is reported once (DUPLICATE_ID); counted twice, every statement of that level
	// was also reported as a duplicate id and a repeated statement, three times over.
	const uniqueLevels = ladder.levels.filter((level, i, all) => all.findIndex((l) => l.id === level.id) === i);
	const stem = fileStem(source.file.path);
	if (context.checkFileName !== false && stem !== ladder.id) reporter.report(source, 'FILE_ID_MISMATCH', ['id'], { id: ladder.id, file: source.file.path.split(/[\\/]/).pop()!, stem });

	checkLevels(reporter, source, ladder, context);
	checkLadderNarrative(reporter, source, ladder);
	checkStatementBudget(reporter, source, ladder, context.shared);
	const unknownBands = checkSharedBands(reporter, source, ladder, context.shared);
	const levelIds = ladder.levels.map((l) => l.id);
	if (ladder.readiness) checkReadinessRule(reporter, source, ladder.readiness, ['readiness'], context.scaleIds);

	const allCompetencies = [
		...ladder.sharedCompetencies.map((c, i) => ({ id: c.id, path: ['sharedCompetencies', i, 'id'] as DataPath })),
		...ladder.competencies.map((c, i) => ({ id: c.id, path: ['competencies', i, 'id'] as DataPath })),
	];
	checkUniqueIds(reporter, source, allCompetencies, (i) => allCompetencies[i]!.path, 'competency');

	const levelKeys = (record: Record<string, unknown> | undefined, path: DataPath, competency: string) => {
		for (const key of Object.keys(record ?? {})) {
			if (!levelIds.includes(key)) {
				reporter.report(source, 'UNKNOWN_LEVEL', [...path, key], {
					id: key,
					in: { field: String(path[path.length - 1]), competency },
					ladder: ladder.id,
					...unknownIdParams(key, levelIds),
				}, 'key');
			}
		}
	};

	const ladderLevels = { id: ladder.id, levels: uniqueLevels.map((l) => l.id) };
	const eachLevel = ladder.eachLevel ?? 'adds-to-below';

	ladder.sharedCompetencies.forEach((use, index) => {
		const base: DataPath = ['sharedCompetencies', index];
		const shared = context.shared.get(use.id);
		levelKeys(use.expectations, [...base, 'expectations'], use.id);
		levelKeys(use.levelNotes, [...base, 'levelNotes'], use.id);
		const { applies } = checkCompetencyLevels(reporter, source, use, base, ladderLevels);
		if (!shared) {
			reporter.report(source, 'UNKNOWN_SHARED_COMPETENCY', [...base, 'id'], { id: use.id, ...unknownIdParams(use.id, context.shared.keys()) });
			return;
		}
		const sharedStatements = Object.values(shared.expectations).flat();
		const sharedById = new Map(sharedStatements.map((s) => [s.id, s]));
		const sharedByText = new Map(sharedStatements.map((s) => [normaliseText(s.text), s]));
		const additions = roleStatements(uniqueLevels, use.expectations, base);
		checkUniqueIds(reporter, source, additions.map((a) => a.statement), (i) => [...additions[i]!.path, 'id'], 'statement', { in: use.id });
		for (const { statement, path } of additions) {
			const byId = sharedById.get(statement.id);
			const byText = sharedByText.get(normaliseText(statement.text));
			// A derived id equal to a shared one comes from the same words: say the words are repeated.
			if (byId && !(statement.derivedId && byText)) {
				reporter.report(source, 'SHARED_RESTATED', statementField(statement, path, 'id'), { how: 'id', competency: use.id, shared: byId.id, ...(statement.derivedId ? { derived: true } : {}) });
			} else if (byText) reporter.report(source, 'SHARED_RESTATED', statementField(statement, path, 'text'), { how: 'text', competency: use.id, shared: byText.id });
		}
		// Only the levels it applies at: elsewhere it expects nothing, and none of the content rules apply.
		const levels = uniqueLevels.filter((level) => applies.includes(level.id)).map((level): LevelStatements => {
			const added = additions.filter((a) => a.level === level.id);
			const fromShared = level.band === undefined ? 0 : (own(shared.expectations, level.band)?.length ?? 0);
			const explained = own(use.levelNotes, level.id) !== undefined;
			// A band the shared competencies never write is reported once, at the level (UNKNOWN_LEVEL_BAND);
			// a level with no band once too (LEVEL_BAND_MISSING). Unlike LEVEL_NOT_COVERED, at every level it
			// applies at: a shared competency is written per band, and a band it skips is more likely a gap
			// in the shared file than "nothing new".
			if (level.band !== undefined && fromShared + added.length === 0 && !explained && !unknownBands.has(level.band)) {
				reporter.report(source, 'SHARED_BAND_MISSING', [...base, 'id'], { id: use.id, band: level.band, level: level.id });
			}
			return {
				level: level.id,
				statements: added,
				count: fromShared + added.length,
				countPath: own(use.expectations, level.id) ? [...base, 'expectations', level.id] : [...base, 'id'],
				explained,
			};
		});
		checkStatementContent(reporter, source, use.id, levels, context.names);
	});

	ladder.competencies.forEach((competency, index) => {
		const base: DataPath = ['competencies', index];
		if (context.shared.has(competency.id)) reporter.report(source, 'SHARED_REDEFINED', [...base, 'id'], { id: competency.id });
		if (!context.categories.has(competency.category)) {
			reporter.report(source, 'UNKNOWN_CATEGORY', [...base, 'category'], { id: competency.category, ...unknownIdParams(competency.category, context.categories) });
		}
		levelKeys(competency.expectations, [...base, 'expectations'], competency.id);
		levelKeys(competency.levelNotes, [...base, 'levelNotes'], competency.id);
		const levelsChecked = checkCompetencyLevels(reporter, source, competency, base, ladderLevels);
		const { applies } = levelsChecked;
		const mustWrite = levelsThatMustWrite(levelsChecked, eachLevel);
		const statements = roleStatements(uniqueLevels, competency.expectations, base);
		checkUniqueIds(reporter, source, statements.map((s) => s.statement), (i) => [...statements[i]!.path, 'id'], 'statement', { in: competency.id });
		const levels = uniqueLevels.filter((level) => applies.includes(level.id)).map((level): LevelStatements => {
			const written = statements.filter((s) => s.level === level.id);
			const explained = own(competency.levelNotes, level.id) !== undefined;
			if (written.length === 0 && !explained && mustWrite.has(level.id)) {
				reporter.report(source, 'LEVEL_NOT_COVERED', [...base, 'expectations'], { competency: competency.id, level: level.id }, 'key');
			}
			return { level: level.id, statements: written, count: written.length, countPath: [...base, 'expectations', level.id], explained };
		});
		checkStatementContent(reporter, source, competency.id, levels, context.names);
		if (competency.evidenceExamples.length === 0) {
			reporter.rule(source, 'NO_EVIDENCE_EXAMPLES', [...base, 'id'], { competency: competency.id, rule: 'evidence-examples' });
		}
		if (competency.description === undefined) {
			reporter.rule(source, 'DESCRIPTION_MISSING', [...base, 'id'], { competency: competency.id, rule: 'competency-description' });
		}
	});
}

/** A competency's own statements in ladder order, each with its level and data path. */
function roleStatements(levels: readonly Level[], expectations: Record<string, Statement[]> | undefined, base: DataPath) {
	return levels.flatMap((level) =>
		(own(expectations, level.id) ?? []).map((statement, i) => ({
			statement,
			level: level.id,
			path: [...base, 'expectations', level.id, i] as DataPath,
		})),
	);
}

/**
 * A ladder that uses shared competencies gets their statements by band: a level in a band they never
 * write (P6 where they stop at P5) silently got none of them, so its shared competencies shrank to the
 * role's own statements. Such a band is an error at the level, listing the bands that exist. Returns
 * the bands reported.
 */
function checkSharedBands(reporter: Reporter, source: ParsedSource, ladder: LadderFile, shared: ReadonlyMap<string, SharedCompetency>): Set<string> {
	const reported = new Set<string>();
	const used = ladder.sharedCompetencies.filter((use) => shared.has(use.id));
	if (used.length === 0) return reported;
	const written = new Set([...shared.values()].flatMap((c) => Object.keys(c.expectations)));
	if (written.size === 0) return reported;
	ladder.levels.forEach((level, index) => {
		// Explained in every use's `levelNotes`, or outside every use's `levels`, the gap is deliberate, not
		// silent. A level with no band is LEVEL_BAND_MISSING.
		const ids = ladder.levels.map((l) => l.id);
		const silent = (use: LadderFile['sharedCompetencies'][number]) => own(use.levelNotes, level.id) === undefined && levelsNamed(use.levels, ids).includes(level.id);
		if (level.band === undefined || written.has(level.band) || !used.some(silent)) return;
		reported.add(level.band);
		reporter.report(source, 'UNKNOWN_LEVEL_BAND', ['levels', index, 'band'], {
			id: level.band,
			level: level.id,
			// No "did you mean": every band is one edit from every other.
			...listIds([...written].sort(compareBands)),
		});
	});
	return reported;
}

/**
 * The levels' ids, bands and decisions: unique ids; each band matching the framework's pattern, and
 * present when the ladder uses shared competencies (they write their statements per band); bands
 * never going down within a prefix (levels without a band are not compared); and authority growing
 * (the `authority-grows` house rule).
 */
function checkLevels(reporter: Reporter, source: ParsedSource, ladder: LadderFile, context: LadderContext): void {
	const levels = ladder.levels;
	checkUniqueIds(reporter, source, levels, (i) => ['levels', i, 'id'], 'level');
	const usesShared = ladder.sharedCompetencies.length > 0;
	levels.forEach((level, index) => {
		if (level.authority) checkUniqueIds(reporter, source, level.authority.decideAlone, (i) => ['levels', index, 'authority', 'decideAlone', i, 'id'], 'decision', { inLevel: level.id });
		if (level.band === undefined) {
			if (usesShared) reporter.report(source, 'LEVEL_BAND_MISSING', ['levels', index, 'id'], { level: level.id });
		} else if (context.bandPattern && !context.bandPattern.regex.test(level.band)) {
			reporter.report(source, 'INVALID_BAND', ['levels', index, 'band'], { id: level.band, level: level.id, pattern: context.bandPattern.text });
		}
	});
	// Levels without a band take no part in the order: compare each banded level with the banded one before it.
	const banded = levels.map((level, index) => ({ level, index })).filter((l) => l.level.band !== undefined);
	banded.forEach(({ level, index }, at) => {
		const before = banded[at - 1];
		if (!before || !bandGoesDown(before.level.band, level.band)) return;
		const previous = before.level;
		// Report it at the level whose band is wrong, not always the second: of the two, the one out
		// of order with more of the other levels; when that does not tell (P2, P5, P4: a P5 set
		// too high, or a P4 too low?), the first, whose band went too far, and name both either way.
		const laterBelow = banded.slice(at).filter((l) => bandGoesDown(previous.band, l.level.band)).length;
		const earlierAbove = banded.slice(0, at).filter((l) => bandGoesDown(l.level.band, level.band)).length;
		const [culprit, culpritIndex, other] = earlierAbove > laterBelow ? [level, index, previous] : [previous, before.index, level];
		reporter.report(source, 'LEVEL_ORDER', ['levels', culpritIndex, 'band'], {
			id: culprit.id,
			first: previous.id,
			firstBand: previous.band!,
			second: level.id,
			secondBand: level.band!,
			other: other.id,
		});
	});
	checkAuthorityGrows(reporter, source, levels);
}
