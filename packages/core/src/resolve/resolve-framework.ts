import { levelsNamed } from '../model/applies.ts';
import { own } from '../model/own.ts';
import type { CareerMoveData as CareerMove, FrameworkData as Framework, LadderData as Ladder, ResolvedCompetencyData as ResolvedCompetency, ResolvedStatementData as ResolvedStatement } from '../model/framework.ts';
import type { CareerPathsFile } from '../schema/career-paths.ts';
import type { Competency, SharedCompetency, SharedCompetencyUse, Statement } from '../schema/competency.ts';
import type { FrameworkFile } from '../schema/framework.ts';
import type { LadderFile } from '../schema/ladder.ts';
import { nextLevelNote } from '../messages/path-notes.ts';


const withOrigin = (statements: readonly Statement[] | undefined, origin: 'shared' | 'role'): ResolvedStatement[] =>
	(statements ?? []).map((s) => (s.derivedId ? { id: s.id, text: s.text, derivedId: true, origin } : { id: s.id, text: s.text, origin }));

function resolveShared(use: SharedCompetencyUse, shared: SharedCompetency, ladder: LadderFile): ResolvedCompetency {
	const applies = levelsNamed(use.levels, ladder.levels.map((l) => l.id));
	return {
		id: shared.id,
		name: shared.name,
		category: shared.category,
		description: shared.description,
		shared: true,
		required: use.required ?? false,
		weight: use.weight ?? 1,
		levels: applies,
		// Shared statements are written per band for every ladder; a use limited by `levels` takes
		// them only at the levels it applies at.
		expectations: Object.fromEntries(
			ladder.levels.map((level) => [
				level.id,
				applies.includes(level.id)
					? [...withOrigin(level.band === undefined ? undefined : own(shared.expectations, level.band), 'shared'), ...withOrigin(own(use.expectations, level.id), 'role')]
					: [],
			]),
		),
		levelNotes: Object.fromEntries(
			ladder.levels.flatMap((level) => {
				const note = own(use.levelNotes, level.id) ?? (level.band === undefined ? undefined : own(shared.levelNotes, level.band));
				return note === undefined ? [] : [[level.id, note]];
			}),
		),
		evidenceExamples: [...shared.evidenceExamples, ...(use.evidenceExamples ?? [])],
	};
}

function resolveLocal(competency: Competency, ladder: LadderFile): ResolvedCompetency {
	return {
		id: competency.id,
		name: competency.name,
		category: competency.category,
		description: competency.description,
		shared: false,
		required: competency.required ?? false,
		weight: competency.weight ?? 1,
		levels: levelsNamed(competency.levels, ladder.levels.map((l) => l.id)),
		expectations: Object.fromEntries(ladder.levels.map((level) => [level.id, withOrigin(own(competency.expectations, level.id), 'role')])),
		levelNotes: { ...competency.levelNotes },
		evidenceExamples: [...competency.evidenceExamples],
	};
}

/** Builds the resolved, plain-data framework from files that passed every rule. */
export function resolveFramework(
	framework: FrameworkFile,
	shared: readonly SharedCompetency[],
	ladderFiles: ReadonlyArray<{ file: string; value: LadderFile }>,
	paths: CareerPathsFile | undefined,
): Framework {
	const sharedById = new Map(shared.map((c) => [c.id, c]));
	const categoryOrder = new Map(framework.categories.map((c, i) => [c.id, i]));
	const ladders: Ladder[] = ladderFiles.map(({ file, value }) => {
		const competencies = [
			...value.sharedCompetencies.map((use) => resolveShared(use, sharedById.get(use.id)!, value)),
			...value.competencies.map((c) => resolveLocal(c, value)),
		];
		// A stable sort keeps the file's order within a category.
		competencies.sort((a, b) => categoryOrder.get(a.category)! - categoryOrder.get(b.category)!);
		return {
			id: value.id,
			version: value.version,
			title: value.title,
			summary: value.summary,
			status: value.status,
			updated: value.updated,
			license: value.license ?? framework.license,
			sources: value.sources,
			readiness: value.readiness ?? framework.readiness,
			eachLevel: value.eachLevel ?? 'adds-to-below',
			levels: value.levels,
			competencies,
			file,
		};
	});
	const order = framework.ladders ?? [];
	// The first place of each id, looked up once per ladder, not searched for in every comparison.
	const place = new Map<string, number>();
	order.forEach((id, i) => place.has(id) || place.set(id, i));
	const rank = (id: string) => place.get(id) ?? order.length;
	ladders.sort((a, b) => rank(a.id) - rank(b.id));
	const implied: CareerMove[] = ladders.flatMap((m) =>
		m.levels.slice(1).map((level, i) => ({
			from: { ladder: m.id, level: m.levels[i]!.id },
			to: { ladder: m.id, level: level.id },
			kind: 'up' as const,
			// Worded in the framework's own language, as its other texts are.
			note: nextLevelNote(framework.language ?? 'en', m.title),
			implied: true,
		})),
	);
	return {
		id: framework.id,
		title: framework.title,
		summary: framework.summary,
		language: framework.language ?? 'en',
		license: framework.license,
		sources: framework.sources,
		scale: framework.scale,
		categories: framework.categories,
		readiness: framework.readiness,
		shared: [...shared],
		ladders,
		destinations: paths?.destinations ?? [],
		paths: [...implied, ...(paths?.paths ?? []).map((p) => ({ ...p, implied: false }))],
	};
}
