import type { CareerMove } from '@rungs/core';
import { BOX_H, BOX_W, GAP, type Cell, type Point, levelKey, targetKey } from './grid.ts';
import { orderLanes, type Gap } from './lane-order.ts';

/*
 * A path leaves its box sideways into a gutter; if the target is in the next column it turns there,
 * otherwise it climbs or drops to the channel between two rows, runs along it, and comes down the
 * gutter beside the target. Parallel routes are bundled: the routes of one level share one lane as
 * they leave it and one along each channel, and the routes into one box share the lane they arrive
 * by, so a level's routes read as one branching trunk instead of a braid. The lanes of each gap are
 * put in the order that makes the fewest crossings.
 */

interface Lane { gap: string; key: string; order: number }
interface Route { move: CareerMove; from: string; to: string; kind: 'across' | 'management'; start: Point; end: Point; into: 1 | -1; exit?: Lane; run?: Lane; entry?: Lane; exitGutter: number; entryGutter: number; channel: number }
export interface Line { from: string; to: string; kind: 'across' | 'management'; d: string; arrow: string }

const ARROW = 8;

/** The routes of every explicit path, as SVG path data; `rowY(r, top)` is a row's top once the first row's `top` is known. */
export function routeLines(explicit: readonly CareerMove[], boxes: Map<string, Cell>, colX: (c: number) => number, rows: number, head: number) {
	const { routes, gaps, pointsOf, rowY, height } = planRoutes(explicit, boxes, colX, rows, head);
	orderLanes(gaps, routes.length, pointsOf);
	const lines: Line[] = routes.map((r, i) => {
		const tip = r.end;
		const back = tip.x - r.into * ARROW;
		return { from: r.from, to: r.to, kind: r.kind, d: rounded(tidy(pointsOf(i))), arrow: `${tip.x},${tip.y} ${back},${tip.y - 5} ${back},${tip.y + 5}` };
	});
	return { lines, rowY, height };
}

/** Every route with its lanes, before the lanes of each gap are put in order; `pointsOf(i)` follows the lanes' current orders. */
export function planRoutes(explicit: readonly CareerMove[], boxes: Map<string, Cell>, colX: (c: number) => number, rows: number, head: number) {
	let top = head + 10;
	const rowY = (r: number) => top + r * (BOX_H + GAP);
	const centre = (cell: Cell) => rowY(cell.r) + BOX_H / 2;
	const members = new Map<string, Lane[]>();
	const byKey = new Map<string, Lane>();
	// One lane per gap and bundle: the same key in the same gap is the same lane.
	const lane = (gap: string, key: string): Lane => {
		const found = byKey.get(`${gap} ${key}`);
		if (found) return found;
		const list = members.get(gap) ?? members.set(gap, []).get(gap)!;
		const l = { gap, key, order: list.length };
		list.push(l);
		byKey.set(`${gap} ${key}`, l);
		return l;
	};
	const ends = explicit.map((p) => {
		const from = levelKey(p.from.ladder, p.from.level);
		const to = targetKey(p.to);
		const a = boxes.get(from)!;
		const b = boxes.get(to)!;
		const dir = b.c >= a.c ? 1 : -1;
		return { p, from, to, a, b, dir, exitGutter: dir > 0 ? a.c : a.c - 1, entryGutter: b.c > a.c ? b.c - 1 : b.c };
	});
	// Where a gutter has lines leaving one box and other lines arriving at the box across from it, on the
	// same row, the two would run together: there, lines leave a little below the middle and arrive a little above.
	// Indexed once by gutter and row: looked up for every route, a scan of every route made this quadratic.
	const leavingAt = new Map<string, Set<Cell>>();
	const arrivingAt = new Map<string, Cell[]>();
	for (const e of ends) {
		const out = `${e.exitGutter} ${e.a.r}`;
		const into = `${e.entryGutter} ${e.b.r}`;
		leavingAt.set(out, (leavingAt.get(out) ?? new Set()).add(e.a));
		arrivingAt.set(into, [...(arrivingAt.get(into) ?? []), e.a]);
	}
	const crowded = (gutter: number, row: number) => {
		const leaving = leavingAt.get(`${gutter} ${row}`);
		return leaving !== undefined && (arrivingAt.get(`${gutter} ${row}`) ?? []).some((from) => !leaving.has(from));
	};
	// The channel above the first row and below the last are drawn only when a line runs along them.
	const channelOf = (a: Cell, b: Cell) => (b.r < a.r ? a.r : b.r > a.r ? a.r + 1 : a.r);
	const channels = new Set(ends.filter((e) => e.exitGutter !== e.entryGutter).map((e) => channelOf(e.a, e.b)));
	if (channels.has(0)) top = head + GAP;
	const height = rowY(rows - 1) + BOX_H + (channels.has(rows) ? GAP : 0);
	const routes: Route[] = ends.map(({ p, from, to, a, b, dir, exitGutter, entryGutter }) => {
		const into = b.c > a.c ? 1 : -1;
		const start = { x: dir > 0 ? colX(a.c) + BOX_W : colX(a.c), y: centre(a) + (crowded(exitGutter, a.r) ? 8 : 0) };
		const end = { x: into > 0 ? colX(b.c) : colX(b.c) + BOX_W, y: centre(b) - (crowded(entryGutter, b.r) ? 8 : 0) };
		const kind = p.kind === 'management' ? 'management' : 'across';
		const base = { move: p, from, to, kind, start, end, into, exitGutter, entryGutter } as const;
		if (exitGutter === entryGutter) return { ...base, channel: -1, exit: start.y === end.y ? undefined : lane(`g${exitGutter}`, `from ${from} ${kind}`) };
		const channel = channelOf(a, b);
		return { ...base, channel, exit: lane(`g${exitGutter}`, `from ${from} ${kind}`), run: lane(`c${channel}`, `from ${from} ${kind}`), entry: lane(`g${entryGutter}`, `to ${to} ${kind}`) };
	});

	const gutterLeft = (g: number) => colX(g) + BOX_W;
	const gutterRight = (g: number) => colX(g + 1);
	const laneX = (l: Lane, g: number) => {
		const n = members.get(l.gap)!.length;
		const spacing = Math.min(10, (gutterRight(g) - gutterLeft(g) - 20) / Math.max(1, n - 1));
		return (gutterLeft(g) + gutterRight(g)) / 2 + (l.order - (n - 1) / 2) * spacing;
	};
	const laneY = (l: Lane, channel: number) => {
		const n = members.get(l.gap)!.length;
		const spacing = Math.min(9, (GAP - 16) / Math.max(1, n - 1));
		return rowY(channel) - GAP / 2 + (l.order - (n - 1) / 2) * spacing;
	};
	const points = (r: Route): Point[] => {
		const stop = { x: r.end.x - r.into * ARROW, y: r.end.y };
		if (!r.exit) return [r.start, stop];
		const x1 = laneX(r.exit, r.exitGutter);
		if (!r.run || !r.entry) return [r.start, { x: x1, y: r.start.y }, { x: x1, y: r.end.y }, stop];
		const y = laneY(r.run, r.channel);
		const x2 = laneX(r.entry, r.entryGutter);
		return [r.start, { x: x1, y: r.start.y }, { x: x1, y }, { x: x2, y }, { x: x2, y: r.end.y }, stop];
	};
	return { routes, gaps: gapsOf(routes, members), pointsOf: (i: number) => points(routes[i]!), rowY, height };
}

/** Each gap's lanes with the routes that run along each (indices into `routes`). */
function gapsOf(routes: readonly Route[], members: Map<string, Lane[]>): Gap<Lane>[] {
	const along = new Map<Lane, number[]>();
	routes.forEach((r, i) => {
		for (const lane of [r.exit, r.run, r.entry]) if (lane) along.set(lane, [...(along.get(lane) ?? []), i]);
	});
	return [...members.values()].map((lanes) => ({ lanes, lines: lanes.map((lane) => along.get(lane) ?? []) }));
}

/** An orthogonal path through the points, with rounded corners. */
function rounded(pts: Point[]): string {
	let d = `M ${pts[0]!.x} ${pts[0]!.y}`;
	for (let i = 1; i < pts.length - 1; i++) {
		const [p, c, n] = [pts[i - 1]!, pts[i]!, pts[i + 1]!];
		const r = Math.min(7, Math.hypot(c.x - p.x, c.y - p.y) / 2, Math.hypot(n.x - c.x, n.y - c.y) / 2);
		const before = { x: c.x - Math.sign(c.x - p.x) * r, y: c.y - Math.sign(c.y - p.y) * r };
		const after = { x: c.x + Math.sign(n.x - c.x) * r, y: c.y + Math.sign(n.y - c.y) * r };
		d += ` L ${before.x} ${before.y} Q ${c.x} ${c.y} ${after.x} ${after.y}`;
	}
	const last = pts[pts.length - 1]!;
	return `${d} L ${last.x} ${last.y}`;
}

/** Drops repeated points and the middle of three in a straight line. */
const tidy = (pts: Point[]) =>
	pts.filter((p, i) => {
		const prev = pts[i - 1];
		const next = pts[i + 1];
		if (prev && p.x === prev.x && p.y === prev.y) return false;
		return !(prev && next && ((prev.x === p.x && p.x === next.x) || (prev.y === p.y && p.y === next.y)));
	});
