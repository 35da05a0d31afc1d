import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { formatProblems, ladderToCase, ladderToCsv, parseFramework, problemsOf, type Framework, type Ladder } from '@rungs/core';
import { importLadder } from '@rungs/core/import';
import { loadFramework, readLadderFolder } from '@rungs/core/node';
import { valueOf } from './support/result.ts';

/*
 * Export → import gives back the same ladder, over every bundled ladder: the imported file replaces
 * the ladder's own in the framework, and the framework resolves to the same ladder. Re-importing a
 * ladder the framework has keeps the ids of what kept its title, name or text.
 *
 * What an export does not carry is copied from the ladder's own file before the comparison, and is
 * listed here, per export:
 *  - CSV: the ladder's title, summary, version, status, updated date, licence, sources and readiness rule;
 *    each level's summary, scope, ownership, initiative, metricsUrl and the outOfScope and
 *    escalateWhen (and tooSafe) lists of its authority (decideAlone is carried: one row per decision,
 *    worded as at its first level, so a decision reworded at a higher level reads back as first worded,
 *    and in the order decisions first appear, not each level's own order); each
 *    competency's description, weight, evidence examples and level notes (a cell holds the
 *    statements; a note shows only where a level has none, and reads back as a statement).
 *  - CASE: the sources' notes and the level notes; everything else travels in the package.
 */

const dir = new URL('../matrices/', import.meta.url).pathname;
const framework = valueOf(await loadFramework(dir)) as Framework;
const read = await readLadderFolder(dir);
const fileOf = (ladder: Ladder) => read.sources.find((s) => s.path === ladder.file)!;

type Data = Record<string, any>;
const CSV_LADDER = ['title', 'summary', 'version', 'status', 'updated', 'license', 'sources', 'readiness'];
const CSV_LEVEL = ['summary', 'scope', 'ownership', 'initiative', 'metricsUrl'];
const CSV_COMPETENCY = ['description', 'weight', 'evidenceExamples', 'levelNotes'];

/** The imported data with what the export does not carry copied from the ladder's own file (by id, or by position for levels). */
function withUncarried(imported: Data, own: Data, format: 'csv' | 'case'): Data {
	const copy = (to: Data, from: Data | undefined, keys: string[]) => {
		for (const key of keys) if (from?.[key] !== undefined) to[key] = from[key];
	};
	const out = structuredClone(imported);
	if (format === 'case') {
		out.sources = own.sources;
		for (const list of ['competencies', 'sharedCompetencies']) for (const c of out[list] ?? []) copy(c, own[list]?.find((x: Data) => x.id === c.id), ['levelNotes']);
		return out;
	}
	copy(out, own, CSV_LADDER);
	out.levels.forEach((level: Data, i: number) => {
		copy(level, own.levels[i], CSV_LEVEL);
		if (own.levels[i].authority) {
			// A decision's text where it changes from level to level: one row per decision id, worded as at its first level.
			// And their order within a level: the rows follow the order in which decisions first appear.
			const ownDecisions: Data[] = own.levels[i].authority.decideAlone ?? [];
			const decideAlone = (level.authority?.decideAlone ?? [])
				.map((d: Data) => ({ ...d, text: ownDecisions.find((x) => x.id === d.id)?.text ?? d.text }))
				.sort((a: Data, b: Data) => ownDecisions.findIndex((x) => x.id === a.id) - ownDecisions.findIndex((x) => x.id === b.id));
			level.authority = { ...own.levels[i].authority, decideAlone };
		}
	});
	for (const list of ['competencies', 'sharedCompetencies']) for (const c of out[list] ?? []) copy(c, own[list]?.find((x: Data) => x.id === c.id), CSV_COMPETENCY);
	return out;
}

/** The framework with one ladder's file replaced by the imported one; the ladder as it resolves. */
function reimported(ladder: Ladder, exported: string, format: 'csv' | 'case'): { ladder?: Ladder; problems: string } {
	const made = importLadder(framework, exported, { file: `${ladder.id}.${format}`, id: ladder.id });
	if (!made.ok) return { problems: formatProblems(made.problems) };
	expect(made.value.skipped).toEqual([]);
	const own = parse(fileOf(ladder).text) as Data;
	const data = withUncarried(parse(made.value.yaml) as Data, own, format);
	const sources = read.sources.map((s) => (s.path === ladder.file ? { path: s.path, text: JSON.stringify(data) } : s));
	const result = parseFramework(sources, { root: dir });
	const errors = problemsOf(result).filter((p) => p.severity === 'error');
	return { ...(result.ok ? { ladder: result.value.ladders.find((m) => m.id === ladder.id)! } : {}), problems: formatProblems(errors) };
}

describe.each(framework.ladders.map((m) => [m.id, m] as const))('%s', (_id, ladder) => {
	it('comes back the same through Rungs\' CSV export', () => {
		const back = reimported(ladder, ladderToCsv(framework, ladder), 'csv');
		expect(back.problems).toBe('0 errors, 0 warnings');
		expect(back.ladder).toEqual(ladder);
	});

	it('comes back the same through a CASE 1.1 package', () => {
		const back = reimported(ladder, JSON.stringify(ladderToCase(framework, ladder)), 'case');
		expect(back.problems).toBe('0 errors, 0 warnings');
		expect(back.ladder).toEqual(ladder);
	});

	it('keeps nothing of the original it did not read: a CSV into a framework without the ladder gets ids made from the texts', () => {
		const made = valueOf(importLadder({ ...framework, ladders: framework.ladders.filter((m) => m.id !== ladder.id) }, ladderToCsv(framework, ladder), { file: 'x.csv', id: ladder.id })) as { ladder: Data };
		expect(made.ladder.levels.map((l: Data) => l.title)).toEqual(ladder.levels.map((l) => l.title));
		const names = [...(made.ladder.sharedCompetencies ?? []).map((c: Data) => framework.shared.find((s) => s.id === c.id)!.name), ...made.ladder.competencies.map((c: Data) => c.name)];
		expect(names.sort()).toEqual(ladder.competencies.map((c) => c.name).sort());
	});
});
