import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseFramework, type Framework } from '@rungs/core';
import { afterAll, describe, expect, it } from 'vitest';
import { kitchen as kitchenWithPaths, loadLadders, repo } from './_career-map-frameworks.ts';
import { syntheticFiles } from '../bench/synthetic.js';
import { HEAD, placeBoxes } from '../packages/astro/src/lib/career-map/grid.ts';
import { crossings, gapCounter } from '../packages/astro/src/lib/career-map/lane-order.ts';
import { PieceIndex } from '../packages/astro/src/lib/career-map/piece-index.ts';
import { planRoutes } from '../packages/astro/src/lib/career-map/routes.ts';
import { layoutCareerMap } from '../packages/astro/src/lib/career-map/layout.ts';

// The career map orders the lanes of each gap by counting only the crossings that gap's order can
// change (issue #20: counting every line for every try was cubic in routes, then walking every piece
// for each gap was quadratic). That count may leave out what every order shares, so from one order of
// a gap to another it must change exactly as the full count does: checked here on the bundled
// ladders, org-b with paths, and a generated organisation of 100 ladders with varied moves.

const scratch = mkdtempSync(join(tmpdir(), 'rungs-crossings-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const kitchen = () =>
	kitchenWithPaths(scratch, [
		'{ from: { ladder: line-cook, level: cook }, to: { ladder: pastry, level: patissier }, kind: across, note: Moves to the pastry section. }',
		'{ from: { ladder: pastry, level: patissier }, to: { ladder: line-cook, level: cook }, kind: across, note: Back to the line. }',
		'{ from: { ladder: line-cook, level: chef-de-partie }, to: { role: sous-chef }, kind: management, note: Runs the pass. }',
		'{ from: { ladder: pastry, level: head-of-pastry }, to: { role: sous-chef }, kind: management, note: Runs the pass. }',
	]);

function generated(): Framework {
	const result = parseFramework(Object.entries(syntheticFiles({ ladders: 100, moves: 'varied' })).map(([path, text]) => ({ path, text })));
	if (!result.ok) throw new Error(JSON.stringify(result.problems.slice(0, 3)));
	return result.value;
}

const frameworks = [
	{ name: 'the bundled ladders', get: () => loadLadders(join(repo, 'matrices')), gapsChecked: Infinity },
	{ name: 'org-b with paths', get: kitchen, gapsChecked: Infinity },
	// Every gap of 100 ladders against the full count would take minutes; 40 gaps spread over the map do not.
	{ name: '100 generated ladders with varied moves', get: async () => generated(), gapsChecked: 40 },
];

describe.each(frameworks)('counting crossings one gap at a time on $name', ({ get, gapsChecked }) => {
	it(
		'changes from one order of a gap to another by exactly what the full count changes by',
		async () => {
			const framework = await get();
			const { boxes, colX, rows } = placeBoxes(framework);
			const plan = planRoutes(framework.paths.filter((p) => !p.implied), boxes, colX, rows, HEAD);
			const all = () => plan.routes.map((_, i) => plan.pointsOf(i));
			const gaps = plan.gaps.filter((g) => g.lanes.length >= 2 && g.lanes.length <= 7);
			expect(gaps.length).toBeGreaterThan(0);
			const step = Math.max(1, Math.ceil(gaps.length / gapsChecked));
			let checked = 0;
			for (const gap of gaps.filter((_, i) => i % step === 0)) {
				const start = gap.lanes.map((l) => l.order);
				const counter = gapCounter(gap, new PieceIndex(all()), plan.pointsOf);
				// What every order of this gap shares: the full count less the part the counter keeps.
				const shared = crossings(all()) - counter.moving(start);
				const n = gap.lanes.length;
				const swapped = [start[1]!, start[0]!, ...start.slice(2)];
				for (const order of [[...start].reverse(), start.map((o) => (o + 1) % n), swapped]) {
					gap.lanes.forEach((l, i) => (l.order = order[i]!));
					expect(counter.moving(order) + shared).toBe(crossings(all()));
					checked++;
				}
				gap.lanes.forEach((l, i) => (l.order = start[i]!));
			}
			expect(checked).toBeGreaterThan(0);
		},
		120_000,
	);
});

describe('the career map laid out once', () => {
	it('returns the same layout for the same framework and heading, and lays out another heading afresh', async () => {
		const framework = await kitchen();
		const first = layoutCareerMap(framework, 'Other roles');
		expect(layoutCareerMap(framework, 'Other roles')).toBe(first);
		const other = layoutCareerMap(framework, 'Autres rôles');
		expect(other).not.toBe(first);
		expect(other.titles.at(-1)!.lines).toEqual(['Autres rôles']);
		expect(other.nodes).toEqual(first.nodes);
	});
});
