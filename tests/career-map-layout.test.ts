import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Framework } from '@rungs/core';
import { afterAll, describe, expect, it } from 'vitest';
import { kitchen as kitchenWithPaths, loadLadders, repo } from './_career-map-frameworks.ts';
import { layoutCareerMap, mapNodeId } from '../packages/astro/src/lib/career-map/layout.ts';

// The career map's layout (@rungs/astro, issue #16): each level is a node that owns every route
// leaving it, so picking it can show them; parallel routes share lanes. Run over the bundled
// ladders and over a second organisation's (org-b, a kitchen, given paths of its own here).

const scratch = mkdtempSync(join(tmpdir(), 'rungs-map-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const kitchen = () =>
	kitchenWithPaths(scratch, [
		'{ from: { ladder: line-cook, level: cook }, to: { ladder: pastry, level: patissier }, kind: across, note: Moves to the pastry section. }',
		'{ from: { ladder: pastry, level: patissier }, to: { ladder: line-cook, level: cook }, kind: across, note: Back to the line. }',
		'{ from: { ladder: line-cook, level: cook }, to: { ladder: pastry, level: head-of-pastry }, kind: up, note: Leads the pastry section. }',
		'{ from: { ladder: line-cook, level: chef-de-partie }, to: { role: sous-chef }, kind: management, note: Runs the pass. }',
		'{ from: { ladder: pastry, level: head-of-pastry }, to: { role: sous-chef }, kind: management, note: Runs the pass. }',
	]);

/** Each framework loaded once. */
const once = <T,>(make: () => Promise<T>) => {
	let value: Promise<T> | undefined;
	return () => (value ??= make());
};
const bundled = once(() => loadLadders(join(repo, 'matrices')));
const frameworks = [
	{ name: 'the bundled ladders', get: bundled },
	{ name: 'a second organisation (org-b with paths)', get: once(kitchen) },
];

describe.each(frameworks)('the career map of $name', ({ get }) => {
	it('gives every level a node that owns exactly the routes leaving it, with a ring round each place they lead', async () => {
		const framework = await get();
		const map = layoutCareerMap(framework, 'Other roles');
		const levels = framework.ladders.flatMap((m) => m.levels.map((l) => `${m.id}:${l.id}`));
		expect(map.nodes.map((n) => `${n.ladder}:${n.level}`)).toEqual(levels);
		expect(new Set(map.nodes.map((n) => n.id)).size).toBe(levels.length);
		expect(map.nodes[0]!.id).toBe(mapNodeId(framework.ladders[0]!.id, framework.ladders[0]!.levels[0]!.id));
		for (const node of map.nodes) {
			const key = `${node.ladder}:${node.level}`;
			const leaving = framework.paths.filter((p) => `${p.from.ladder}:${p.from.level}` === key);
			const drawn = [...node.routes.map((r) => r.to), ...(node.up ? [node.up.to] : [])].sort();
			const named = leaving.map((p) => ('role' in p.to ? `role:${p.to.role}` : `${p.to.ladder}:${p.to.level}`)).sort();
			expect(drawn, key).toEqual(named);
			expect(node.routes.every((r) => r.from === key), key).toBe(true);
			expect(node.rings.length, key).toBe(new Set(named).size);
		}
	});

	it('draws every route inside the map, starting at its own box', async () => {
		const map = layoutCareerMap(await get(), 'Other roles');
		for (const node of map.nodes) {
			for (const route of node.routes) {
				const numbers = route.d.match(/-?\d+(\.\d+)?/g)!.map(Number);
				const xs = numbers.filter((_, i) => i % 2 === 0);
				const ys = numbers.filter((_, i) => i % 2 === 1);
				expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
				expect(Math.max(...xs)).toBeLessThanOrEqual(map.width);
				expect(Math.min(...ys)).toBeGreaterThanOrEqual(0);
				expect(Math.max(...ys)).toBeLessThanOrEqual(map.height);
				// It leaves from the middle of one of the box's sides.
				expect([node.x, node.x + 176]).toContain(xs[0]);
				expect(ys[0]).toBeGreaterThan(node.y);
				expect(ys[0]).toBeLessThan(node.y + 50);
			}
		}
	});
});

describe('bundled routes', () => {
	it('send the routes of one level that leave on the same side along one lane', async () => {
		const map = layoutCareerMap(await bundled(), 'Other roles');
		// The first vertical run of each route, where it turns out of the gutter beside its box.
		const firstTurn = (d: string) => Number(d.match(/^M [\d.]+ [\d.]+ L ([\d.]+) /)?.[1]);
		const branching = map.nodes.filter((n) => n.routes.filter((r) => r.kind === 'across' && r.d.includes('Q')).length >= 2);
		expect(branching.length).toBeGreaterThan(0);
		for (const node of branching) {
			const right = node.routes.filter((r) => r.kind === 'across' && r.d.includes('Q') && r.d.startsWith(`M ${node.x + 176} `));
			expect(new Set(right.map((r) => firstTurn(r.d))).size, node.id).toBeLessThanOrEqual(1);
		}
	});
});
