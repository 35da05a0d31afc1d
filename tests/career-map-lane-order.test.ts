import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseFramework, type Framework } from '@rungs/core';
import { afterAll, describe, expect, it } from 'vitest';
import { kitchen as kitchenWithPaths, loadLadders, repo } from './_career-map-frameworks.ts';
import { referenceOrderLanes } from './_career-map-reference.ts';
import { syntheticFiles } from '../bench/synthetic.js';
import { HEAD, placeBoxes } from '../packages/astro/src/lib/career-map/grid.ts';
import { orderLanes } from '../packages/astro/src/lib/career-map/lane-order.ts';
import { planRoutes } from '../packages/astro/src/lib/career-map/routes.ts';

// Issue #20, second round: each gap of the career map used to walk every piece of every line to find
// its neighbours (quadratic: seconds at 500 ladders with varied moves); now an index finds them and
// large sets are counted by a sweep. The map must not change: every gap gets the very order the walk
// gave it (tests/_career-map-reference.ts), on the bundled ladders, org-b, and generated organisations
// with uniform and varied moves. And the work, counted in pieces, grows no faster than the pieces.

const scratch = mkdtempSync(join(tmpdir(), 'rungs-lane-order-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const made = new Map<string, Framework>();
/** A generated organisation, made once per size and kind of moves (loading 100 ladders takes seconds under load). */
function generated(ladders: number, moves: 'chain' | 'varied' | 'wide'): Framework {
	const known = made.get(`${ladders} ${moves}`);
	if (known) return known;
	const result = parseFramework(Object.entries(syntheticFiles({ ladders, moves })).map(([path, text]) => ({ path, text })));
	if (!result.ok) throw new Error(JSON.stringify(result.problems.slice(0, 3)));
	made.set(`${ladders} ${moves}`, result.value);
	return result.value;
}

/** The map's routes with their lanes in the order they were made, before any gap is ordered. */
function plan(framework: Framework) {
	const { boxes, colX, rows } = placeBoxes(framework);
	const planned = planRoutes(framework.paths.filter((p) => !p.implied), boxes, colX, rows, HEAD);
	const lines = () => planned.routes.map((_, i) => planned.pointsOf(i));
	const pieces = lines().reduce((n, points) => n + points.length - 1, 0);
	return { ...planned, lines, pieces };
}

const frameworks = [
	{ name: 'the bundled ladders', get: () => loadLadders(join(repo, 'matrices')) },
	{
		name: 'org-b with paths',
		get: () =>
			kitchenWithPaths(scratch, [
				'{ from: { ladder: line-cook, level: cook }, to: { ladder: pastry, level: patissier }, kind: across, note: Moves to the pastry section. }',
				'{ from: { ladder: pastry, level: patissier }, to: { ladder: line-cook, level: cook }, kind: across, note: Back to the line. }',
				'{ from: { ladder: line-cook, level: chef-de-partie }, to: { role: sous-chef }, kind: management, note: Runs the pass. }',
				'{ from: { ladder: pastry, level: head-of-pastry }, to: { role: sous-chef }, kind: management, note: Runs the pass. }',
			]),
	},
	{ name: '60 generated ladders with uniform moves', get: async () => generated(60, 'chain') },
	{ name: '100 generated ladders with varied moves', get: async () => generated(100, 'varied') },
	{ name: '60 generated ladders with wide moves (some to ladders far away)', get: async () => generated(60, 'wide') },
];

describe.each(frameworks)('the lanes of $name', ({ get }) => {
	it(
		'take in every gap the order that walking every piece gave, so every line is drawn point for point as before',
		async () => {
			const framework = await get();
			const indexed = plan(framework);
			const walked = plan(framework);
			orderLanes(indexed.gaps, indexed.routes.length, indexed.pointsOf);
			referenceOrderLanes(walked.gaps, walked.routes.length, walked.pointsOf);
			expect(indexed.gaps.map((g) => g.lanes.map((l) => l.order))).toEqual(walked.gaps.map((g) => g.lanes.map((l) => l.order)));
			expect(indexed.lines()).toEqual(walked.lines());
		},
		120_000,
	);
});

describe('the work of ordering the lanes', () => {
	it('per piece, at 100 ladders with varied moves, is at most 1.5× what it is at 25', () => {
		// Measured: 230, 216, 246, 212 and 235 pieces compared or looked at per piece at 25, 50, 100,
		// 200 and 500 ladders. Walking every piece for each gap was as many per piece as there are gaps
		// (43 at 50 ladders, 164 at 200): it grew with the organisation.
		const perPiece = (ladders: number) => {
			const planned = plan(generated(ladders, 'varied'));
			const work = orderLanes(planned.gaps, planned.routes.length, planned.pointsOf);
			return (work.compared + work.visited) / planned.pieces;
		};
		const small = perPiece(25);
		const large = perPiece(100);
		expect(small).toBeGreaterThan(0);
		expect(large / small).toBeLessThanOrEqual(1.5);
	}, 120_000);
});
