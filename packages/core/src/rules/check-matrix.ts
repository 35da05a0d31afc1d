import type { DataPath } from '../diagnostics/problem.ts';
import { own } from '../model/own.ts';
import { listIds, unknownIdParams } from '../diagnostics/describe-path.ts';
import type { ParsedSource } from '../source/parse-yaml.ts';
import type { SharedCompetency, Statement } from '../schema/competency.ts';
import type { Level } from '../schema/level.ts';
import type { MatrixFile } from '../schema/matrix.ts';
import { checkReadinessRule } from './check-framework.ts';
import { compareBands } from './check-shared.ts';
import { checkStatementContent, normaliseText, statementField, type LevelStatements } from './check-content.ts';
import { checkUniqueIds, type Checked, type Reporter } from '../source/reporter.ts';

export interface MatrixContext {
	categories: ReadonlySet<string>;
	shared: ReadonlyMap<string, SharedCompetency>;
	scaleIds: ReadonlySet<string>;
	checkFileName?: boolean;
}

/** The file name without folders or extension: `matrices/a.yaml` → `a`. */
export const fileStem = (path: string): string => path.split(/[\\/]/).pop()!.replace(/\.(ya?ml|json)$/i, '');

/** Everything one ladder must get right on its own, given the framework around it. */
export function checkMatrixFile(reporter: Reporter, checked: Checked<MatrixFile>, context: MatrixContext): void {
	const { source, value: matrix } = checked;
	// A repeated level id is reported once (DUPLICATE_ID); counted twice, every statement of that level
	// was also reported as a duplicate id and a repeated statement, three times over.
	const uniqueLevels = matrix.levels.filter((level, i, all) => all.findIndex((l) => l.id === level.id) === i);
	const stem = fileStem(source.file.path);
	if (context.checkFileName !== false && stem !== matrix.id) reporter.report(source, 'FILE_ID_MISMATCH', ['id'], { id: matrix.id, file: source.file.path.split(/[\\/]/).pop()!, stem });

	checkLevels(reporter, source, matrix.levels);
	const unknownBands = checkSharedBands(reporter, source, matrix, context.shared);
	const levelIds = matrix.levels.map((l) => l.id);
	if (matrix.readiness) checkReadinessRule(reporter, source, matrix.readiness, ['readiness'], context.scaleIds);

	const allCompetencies = [
		...matrix.sharedCompetencies.map((c, i) => ({ id: c.id, path: ['sharedCompetencies', i, 'id'] as DataPath })),
		...matrix.competencies.map((c, i) => ({ id: c.id, path: ['competencies', i, 'id'] as DataPath })),
	];
	checkUniqueIds(reporter, source, allCompetencies, (i) => allCompetencies[i]!.path, 'competency');

	const levelKeys = (record: Record<string, unknown> | undefined, path: DataPath, competency: string) => {
		for (const key of Object.keys(record ?? {})) {
			if (!levelIds.includes(key)) {
				reporter.report(source, 'UNKNOWN_LEVEL', [...path, key], {
					id: key,
					in: { field: String(path[path.length - 1]), competency },
					matrix: matrix.id,
					...unknownIdParams(key, levelIds),
				}, 'key');
			}
		}
	};

	matrix.sharedCompetencies.forEach((use, index) => {
		const base: DataPath = ['sharedCompetencies', index];
		const shared = context.shared.get(use.id);
		levelKeys(use.expectations, [...base, 'expectations'], use.id);
		levelKeys(use.levelNotes, [...base, 'levelNotes'], use.id);
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
		const levels = uniqueLevels.map((level): LevelStatements => {
			const added = additions.filter((a) => a.level === level.id);
			const fromShared = own(shared.expectations, level.band)?.length ?? 0;
			const explained = own(use.levelNotes, level.id) !== undefined;
			// A band the shared competencies never write is reported once, at the level (UNKNOWN_LEVEL_BAND).
			if (fromShared + added.length === 0 && !explained && !unknownBands.has(level.band)) {
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
		checkStatementContent(reporter, source, use.id, levels);
	});

	matrix.competencies.forEach((competency, index) => {
		const base: DataPath = ['competencies', index];
		if (context.shared.has(competency.id)) reporter.report(source, 'SHARED_REDEFINED', [...base, 'id'], { id: competency.id });
		if (!context.categories.has(competency.category)) {
			reporter.report(source, 'UNKNOWN_CATEGORY', [...base, 'category'], { id: competency.category, ...unknownIdParams(competency.category, context.categories) });
		}
		levelKeys(competency.expectations, [...base, 'expectations'], competency.id);
		levelKeys(competency.levelNotes, [...base, 'levelNotes'], competency.id);
		const statements = roleStatements(uniqueLevels, competency.expectations, base);
		checkUniqueIds(reporter, source, statements.map((s) => s.statement), (i) => [...statements[i]!.path, 'id'], 'statement', { in: competency.id });
		const levels = uniqueLevels.map((level): LevelStatements => {
			const written = statements.filter((s) => s.level === level.id);
			const explained = own(competency.levelNotes, level.id) !== undefined;
			if (written.length === 0 && !explained) {
				reporter.report(source, 'LEVEL_NOT_COVERED', [...base, 'expectations'], { competency: competency.id, level: level.id }, 'key');
			}
			return { level: level.id, statements: written, count: written.length, countPath: [...base, 'expectations', level.id], explained };
		});
		checkStatementContent(reporter, source, competency.id, levels);
		if (competency.evidenceExamples.length === 0) {
			reporter.report(source, 'NO_EVIDENCE_EXAMPLES', [...base, 'id'], { competency: competency.id });
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
function checkSharedBands(reporter: Reporter, source: ParsedSource, matrix: MatrixFile, shared: ReadonlyMap<string, SharedCompetency>): Set<string> {
	const reported = new Set<string>();
	const used = matrix.sharedCompetencies.filter((use) => shared.has(use.id));
	if (used.length === 0) return reported;
	const written = new Set([...shared.values()].flatMap((c) => Object.keys(c.expectations)));
	if (written.size === 0) return reported;
	matrix.levels.forEach((level, index) => {
		// Explained in every use's `levelNotes`, the gap is deliberate, not silent.
		if (written.has(level.band) || used.every((use) => own(use.levelNotes, level.id) !== undefined)) return;
		reported.add(level.band);
		reporter.report(source, 'UNKNOWN_LEVEL_BAND', ['levels', index, 'band'], {
			id: level.band,
			level: level.id,
			// No "did you mean": every band is one edit from every other.
			known: listIds([...written].sort(compareBands)),
		});
	});
	return reported;
}

/** True when `later`, listed after `earlier`, has a lower band of the same kind (P3 after P4). */
const goesDown = (earlier: Level, later: Level): boolean => later.band[0] === earlier.band[0] && Number(later.band.slice(1)) < Number(earlier.band.slice(1));

function checkLevels(reporter: Reporter, source: ParsedSource, levels: readonly Level[]): void {
	checkUniqueIds(reporter, source, levels, (i) => ['levels', i, 'id'], 'level');
	levels.forEach((level, index) => {
		checkUniqueIds(reporter, source, level.authority.decideAlone, (i) => ['levels', index, 'authority', 'decideAlone', i, 'id'], 'decision', { inLevel: level.id });
		const previous = levels[index - 1];
		if (!previous) return;
		if (goesDown(previous, level)) {
			// Report it at the level whose band is wrong, not always the second: of the two, the one out
			// of order with more of the other levels; when that does not tell (P2, P5, P4: a P5 set
			// too high, or a P4 too low?), the first, whose band went too far, and name both either way.
			const laterBelow = levels.slice(index).filter((l) => goesDown(previous, l)).length;
			const earlierAbove = levels.slice(0, index).filter((l) => goesDown(l, level)).length;
			const [at, atIndex, other] = earlierAbove > laterBelow ? [level, index, previous] : [previous, index - 1, level];
			reporter.report(source, 'LEVEL_ORDER', ['levels', atIndex, 'band'], {
				id: at.id,
				first: previous.id,
				firstBand: previous.band,
				second: level.id,
				secondBand: level.band,
				other: other.id,
			});
		}
		const here = new Set(level.authority.decideAlone.map((d) => d.id));
		for (const decision of previous.authority.decideAlone) {
			if (!here.has(decision.id)) {
				reporter.report(source, 'AUTHORITY_SHRINKS', ['levels', index, 'authority', 'decideAlone'], {
					level: level.id,
					decision: decision.id,
					previous: previous.id,
				}, 'key');
			}
		}
	});
}
