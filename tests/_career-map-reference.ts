import type { Point } from '../packages/astro/src/lib/career-map/grid.ts';
import type { Gap } from '../packages/astro/src/lib/career-map/lane-order.ts';

// The career map's lane ordering as it was before issue #20's second round (main at 953d9a7): each
// gap walks every piece of every line to find the pieces near what it moves. Kept, slow and plain, so
// tests can check that the indexed ordering in lib/career-map picks the very same order for every gap.

type Piece = readonly [Point, Point];
interface Owned { line: number; piece: Piece }

/** A line's straight pieces, in order. */
const piecesOf = (points: readonly Point[]): Piece[] => points.slice(1).map((p, i) => [points[i]!, p] as const);

/** Whether `h` is horizontal, `v` vertical, and `h` passes strictly through `v`. */
function through([h1, h2]: Piece, [v1, v2]: Piece): boolean {
	if (h1.y !== h2.y || v1.x !== v2.x) return false;
	return Math.min(h1.x, h2.x) < v1.x && v1.x < Math.max(h1.x, h2.x) && Math.min(v1.y, v2.y) < h1.y && h1.y < Math.max(v1.y, v2.y);
}


/**
 * The crossings one gap's order can change, as tables: a piece that moves with a lane depends on that
 * lane's place alone, so its crossings with what stays put depend on one lane's place (`single`) and
 * its crossings with another lane's pieces on the two lanes' places (`pair`). `moving(order)` adds
 * them up for an order of the gap's lanes; `rest()` counts the crossings among pieces that stay put,
 * so `moving(order) + rest()` is the full count for that order. `current` holds every line's points now.
 */
function gapCounter<L extends { order: number }>(gap: Gap<L>, current: readonly (readonly Point[])[], pointsOf: (line: number) => Point[]) {
	const n = gap.lanes.length;
	const start = gap.lanes.map((l) => l.order);
	// The pieces of each lane's lines with the lane at each place (only its own order is read for them).
	const at = gap.lanes.map((lane, i) => {
		const places = Array.from({ length: n }, (_, place) => {
			lane.order = place;
			return gap.lines[i]!.map((line) => piecesOf(pointsOf(line)));
		});
		lane.order = start[i]!;
		return places;
	});
	const same = (a: Piece, b: Piece) => a[0].x === b[0].x && a[0].y === b[0].y && a[1].x === b[1].x && a[1].y === b[1].y;
	// Which pieces of each line move with its lane: those that differ from one place to another.
	const movingOf = at.map((places) => places[0]!.map((pieces, k) => pieces.flatMap((piece, p) => (places.some((q) => !same(q[k]![p]!, piece)) ? [p] : []))));
	const moved = (i: number, place: number): Owned[] => gap.lines[i]!.flatMap((line, k) => movingOf[i]![k]!.map((p) => ({ line, piece: at[i]![place]![k]![p]! })));
	const box = { x1: Infinity, y1: Infinity, x2: -Infinity, y2: -Infinity };
	for (let i = 0; i < n; i++)
		for (let place = 0; place < n; place++)
			for (const { piece } of moved(i, place))
				for (const { x, y } of piece) [box.x1, box.y1, box.x2, box.y2] = [Math.min(box.x1, x), Math.min(box.y1, y), Math.max(box.x2, x), Math.max(box.y2, y)];
	const near = ([a, b]: Piece) => Math.max(a.x, b.x) >= box.x1 && Math.min(a.x, b.x) <= box.x2 && Math.max(a.y, b.y) >= box.y1 && Math.min(a.y, b.y) <= box.y2;
	const isMoving = new Map(gap.lines.flatMap((lines, i) => lines.map((line, k) => [line, new Set(movingOf[i]![k])] as const)));
	const stillPieces = (keep: (piece: Piece) => boolean): Owned[] => {
		const out: Owned[] = [];
		current.forEach((points, line) =>
			piecesOf(points).forEach((piece, p) => {
				if (!isMoving.get(line)?.has(p) && keep(piece)) out.push({ line, piece });
			}),
		);
		return out;
	};
	const stillNear = stillPieces(near);
	/** Crossings between two sets of pieces, each pair of different lines counted both ways, as `crossings` counts them. */
	const between = (a: Owned[], b: Owned[]) => {
		let count = 0;
		for (const x of a) for (const y of b) if (x.line !== y.line) count += Number(through(x.piece, y.piece)) + Number(through(y.piece, x.piece));
		return count;
	};
	// A lane's pieces against what stays put, and against each other (lines bundled in one lane).
	const single = at.map((_, i) =>
		Array.from({ length: n }, (_, place) => {
			const mine = moved(i, place);
			return between(mine, stillNear) + between(mine, mine) / 2;
		}),
	);
	const pair = at.map((_, i) => at.map((_, j) => (j <= i ? [] : Array.from({ length: n * n }, (_, places) => between(moved(i, Math.floor(places / n)), moved(j, places % n))))));
	const moving = (order: readonly number[]): number => {
		let count = 0;
		for (let i = 0; i < n; i++) {
			count += single[i]![order[i]!]!;
			for (let j = i + 1; j < n; j++) count += pair[i]![j]![order[i]! * n + order[j]!]!;
		}
		return count;
	};
	return { moving };
}

/**
 * Rounds of trying every order in one gap while the others stay put, until a round changes nothing.
 * `pointsOf(line)` gives a line's points with the lanes' current orders. Gaps of more than 7 lanes
 * keep the order they were made in (8! orders is too many to try).
 */
export function referenceOrderLanes<L extends { order: number }>(gaps: readonly Gap<L>[], lineCount: number, pointsOf: (line: number) => Point[]): void {
	const current = Array.from({ length: lineCount }, (_, line) => pointsOf(line));
	for (let round = 0, improved = true; improved && round < 3; round++) {
		improved = false;
		for (const gap of gaps) {
			const { lanes } = gap;
			if (lanes.length < 2 || lanes.length > 7) continue;
			const count = gapCounter(gap, current, pointsOf).moving;
			let bestOrder = lanes.map((l) => l.order);
			let best = count(bestOrder);
			for (const order of orders(lanes.length)) {
				const n = count(order);
				if (n < best) [best, bestOrder, improved] = [n, [...order], true];
			}
			lanes.forEach((l, i) => (l.order = bestOrder[i]!));
			for (const line of gap.lines.flat()) current[line] = pointsOf(line);
		}
	}
}

/** Every order of 0…n-1, in lexicographic order (the order they were always tried in, so ties keep their winner). */
function orders(n: number): number[][] {
	const pick = (left: number[]): number[][] => (left.length <= 1 ? [left] : left.flatMap((item, i) => pick([...left.slice(0, i), ...left.slice(i + 1)]).map((rest) => [item, ...rest])));
	return pick(Array.from({ length: n }, (_, i) => i));
}
