import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseFramework, type Framework } from '@rungs/core';
import { afterAll, describe, expect, it } from 'vitest';
import { kitchen as kitchenWithPaths, loadLadders, repo } from './_career-map-frameworks.ts';
import { syntheticFiles } from '../bench/synthetic.js';
import { between, through } from '../packages/astro/src/lib/career-map/crossing-count.ts';
import { HEAD, placeBoxes, type Point } from '../packages/astro/src/lib/career-map/grid.ts';
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

/** mulberry32: the same lines for the same seed. */
function random(seed: number) {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = Math.imul(a ^ (a >>> 15), a | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

describe('one gap among lines that stay put, drawn at random', () => {
	// On the real maps every piece a gap's order can cross differently belongs to that gap, so the
	// index of still pieces is never needed there: these lines end and turn right beside the lanes.
	it('changes from one order to another exactly as the full count does, for every order', () => {
		for (let seed = 1; seed <= 30; seed++) {
			const next = random(seed);
			const at = () => 10 * Math.floor(next() * 30);
			const still: Point[][] = Array.from({ length: 40 }, () => {
				const [x0, x1, x2, y0, y1] = [at(), at(), at(), at(), at()];
				return [{ x: x0, y: y0 }, { x: x1, y: y0 }, { x: x1, y: y1 }, { x: x2, y: y1 }];
			});
			// Three lanes of two lines each; a lane either moves its lines' vertical run sideways or their horizontal run up and down.
			const lanes = [0, 1, 2].map((order) => ({ order, upright: next() < 0.5, ends: [0, 1].map(() => [at(), at(), at(), at()] as const) }));
			const pointsOf = (line: number): Point[] => {
				if (line < still.length) return still[line]!;
				const lane = lanes[Math.floor((line - still.length) / 2)]!;
				const [a, b, c, d] = lane.ends[(line - still.length) % 2]!;
				const moved = 100 + lane.order * 7;
				return lane.upright
					? [{ x: a, y: b }, { x: moved, y: b }, { x: moved, y: d }, { x: c, y: d }]
					: [{ x: a, y: b }, { x: a, y: moved }, { x: c, y: moved }, { x: c, y: d }];
			};
			const count = still.length + 6;
			const all = () => Array.from({ length: count }, (_, line) => pointsOf(line));
			const gap = { lanes, lines: lanes.map((_, i) => [still.length + 2 * i, still.length + 2 * i + 1]) };
			const counter = gapCounter(gap, new PieceIndex(all()), pointsOf);
			const shared = crossings(all()) - counter.moving([0, 1, 2]);
			for (const order of [[0, 2, 1], [1, 0, 2], [1, 2, 0], [2, 0, 1], [2, 1, 0]]) {
				lanes.forEach((l, i) => (l.order = order[i]!));
				expect(counter.moving(order) + shared, `seed ${seed}, order ${order}`).toBe(crossings(all()));
			}
		}
	});
});

describe('counting crossings between large sets by a sweep', () => {
	it('gives what comparing every pair gives, lines bundled together included', () => {
		for (let seed = 1; seed <= 10; seed++) {
			const next = random(seed);
			const at = () => 10 * Math.floor(next() * 20);
			// Pieces of 30 lines, several per line, many sharing ends and heights: touching is not crossing.
			const pieces = (n: number) =>
				Array.from({ length: n }, () => {
					const [a, b, c] = [at(), at(), at()];
					return { line: Math.floor(next() * 30), piece: (next() < 0.5 ? [{ x: a, y: c }, { x: b, y: c }] : [{ x: c, y: a }, { x: c, y: b }]) as readonly [Point, Point] };
				});
			const [a, b] = [pieces(60), pieces(50)];
			let pairwise = 0;
			for (const x of a) for (const y of b) if (x.line !== y.line) pairwise += Number(through(x.piece, y.piece)) + Number(through(y.piece, x.piece));
			expect(a.length * b.length).toBeGreaterThan(1024);
			expect(between(a, b), `seed ${seed}`).toBe(pairwise);
			expect(between(a, a), `seed ${seed}`).toBe(2 * [...a.keys()].reduce((n, i) => n + a.slice(i + 1).filter((y) => y.line !== a[i]!.line).reduce((m, y) => m + Number(through(a[i]!.piece, y.piece)) + Number(through(y.piece, a[i]!.piece)), 0), 0));
		}
	});
});
