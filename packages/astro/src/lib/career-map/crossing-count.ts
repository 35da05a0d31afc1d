import type { Point } from './grid.ts';
import { piecesOf, type Piece } from './piece-index.ts';

/*
 * Counting where the career map's lines cross: a horizontal piece of one line passing strictly
 * through a vertical piece of another. Small sets are compared pair by pair; large ones (many routes
 * bundled in one lane, as into a management role at organisation scale) by a sweep across the map,
 * which gives the same count without comparing every pair.
 */

export interface Owned { line: number; piece: Piece }

/** Pair-by-pair comparisons above this many are done by a sweep instead. */
const SWEEP_ABOVE = 1024;

/** Work done, for tests that bound it: pieces compared (a pair by pair) or swept (one each), pieces looked at in an index. */
export interface Work { compared: number; visited: number }

/** Whether `h` is horizontal, `v` vertical, and `h` passes strictly through `v`. */
export function through([h1, h2]: Piece, [v1, v2]: Piece): boolean {
	if (h1.y !== h2.y || v1.x !== v2.x) return false;
	return Math.min(h1.x, h2.x) < v1.x && v1.x < Math.max(h1.x, h2.x) && Math.min(v1.y, v2.y) < h1.y && h1.y < Math.max(v1.y, v2.y);
}

/** How many times the lines cross one another (a horizontal piece of one through a vertical piece of another). */
export function crossings(lines: readonly (readonly Point[])[]): number {
	const pieces = lines.map(piecesOf);
	let count = 0;
	for (let i = 0; i < pieces.length; i++)
		for (let j = 0; j < pieces.length; j++) if (i !== j) for (const h of pieces[i]!) for (const v of pieces[j]!) if (through(h, v)) count++;
	return count;
}

/** Crossings between two sets of pieces, each pair of different lines counted both ways, as `crossings` counts them. */
export function between(a: readonly Owned[], b: readonly Owned[], work?: Work): number {
	if (a.length * b.length <= SWEEP_ABOVE) {
		if (work) work.compared += a.length * b.length;
		return pairwise(a, b);
	}
	if (work) work.compared += a.length + b.length;
	// Every crossing, then less those within one line (a line's own pieces, compared pair by pair: few).
	let count = sweep(a, b) + sweep(b, a);
	const lineOf = new Map<number, Owned[]>();
	for (const x of a) (lineOf.get(x.line) ?? lineOf.set(x.line, []).get(x.line)!).push(x);
	for (const y of b) for (const x of lineOf.get(y.line) ?? []) count -= Number(through(x.piece, y.piece)) + Number(through(y.piece, x.piece));
	return count;
}

function pairwise(a: readonly Owned[], b: readonly Owned[]): number {
	let count = 0;
	for (const x of a) for (const y of b) if (x.line !== y.line) count += Number(through(x.piece, y.piece)) + Number(through(y.piece, x.piece));
	return count;
}

/**
 * How many pairs of a horizontal piece of `a` and a vertical piece of `b` cross, whatever their lines:
 * left to right, the horizontal pieces under way are kept counted by height, and each vertical piece
 * counts those strictly inside its height. At one x, pieces ending there leave before the vertical
 * pieces there count and pieces starting there join after, so touching is not crossing.
 */
function sweep(a: readonly Owned[], b: readonly Owned[]): number {
	const flat = a.map((o) => o.piece).filter(([p, q]) => p.y === q.y && p.x !== q.x);
	const upright = b.map((o) => o.piece).filter(([p, q]) => p.x === q.x && p.y !== q.y);
	if (flat.length === 0 || upright.length === 0) return 0;
	const heights = [...new Set(flat.map(([p]) => p.y))].sort((x, y) => x - y);
	// Events as [x, kind, value]: 0 leave and 2 join (value: height's place), 1 count (the vertical piece's number).
	const events: [number, number, number][] = [];
	for (const [p, q] of flat) {
		const at = below(heights, p.y, false);
		events.push([Math.min(p.x, q.x), 2, at], [Math.max(p.x, q.x), 0, at]);
	}
	upright.forEach(([p], i) => events.push([p.x, 1, i]));
	events.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
	const tree = new Array<number>(heights.length + 1).fill(0);
	const add = (place: number, by: number) => {
		for (let i = place + 1; i < tree.length; i += i & -i) tree[i]! += by;
	};
	const upTo = (places: number) => {
		let sum = 0;
		for (let i = places; i > 0; i -= i & -i) sum += tree[i]!;
		return sum;
	};
	let count = 0;
	for (const [, kind, value] of events) {
		if (kind !== 1) add(value, kind === 2 ? 1 : -1);
		else {
			const [p, q] = upright[value]!;
			count += upTo(below(heights, Math.max(p.y, q.y), false)) - upTo(below(heights, Math.min(p.y, q.y), true));
		}
	}
	return count;
}

/** How many of the sorted `values` are below `limit` (or, with `orEqual`, at most `limit`). */
function below(values: readonly number[], limit: number, orEqual: boolean): number {
	let [lo, hi] = [0, values.length];
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (values[mid]! < limit || (orEqual && values[mid] === limit)) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}
