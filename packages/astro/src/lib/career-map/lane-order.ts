import type { Point } from './grid.ts';
import { between, type Owned, type Work } from './crossing-count.ts';
import { PieceIndex, piecesOf, samePiece, windowsOf } from './piece-index.ts';

export { crossings } from './crossing-count.ts';

/*
 * Choosing the order of the lanes in each gap of the career map so that its lines cross as little as
 * possible. Reordering one gap moves only some pieces of the lines that run through it, so each try
 * counts only the crossings those pieces take part in that can differ from one order to another:
 * the crossings among the pieces that stay put, and those of a moving piece that every order keeps,
 * add the same to every order of that gap, so leaving them out changes which order wins not at all.
 * Counting every line against every line for every try made the layout roughly cubic in the number
 * of routes (minutes at 20 generated ladders); finding each gap's neighbours by walking every piece
 * made it quadratic (seconds at 500 ladders with varied moves): they come from an index (piece-index.ts),
 * and large sets of pieces are counted by a sweep (crossing-count.ts).
 */

export interface Gap<L extends { order: number }> {
	lanes: L[];
	/** For each lane, the lines that run along it: the only ones the gap's order moves (a line has at most one lane in a gap). */
	lines: number[][];
}

/**
 * The crossings one gap's order can change, as tables: a piece that moves with a lane depends on that
 * lane's place alone, so its crossings with what stays put depend on one lane's place (`single`) and
 * its crossings with another lane's pieces on the two lanes' places (`pair`). `moving(order)` adds
 * them up for an order of the gap's lanes: it differs from the full count of crossings with the
 * lanes in that order by the same amount for every order. `index` holds every line's pieces now.
 */
export function gapCounter<L extends { order: number }>(gap: Gap<L>, index: PieceIndex, pointsOf: (line: number) => Point[]) {
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
	// Which pieces of each line move with its lane: those that differ from one place to another.
	const movingOf = at.map((places) => places[0]!.map((pieces, k) => pieces.flatMap((piece, p) => (places.some((q) => !samePiece(q[k]![p]!, piece)) ? [p] : []))));
	const isMoving = new Map(gap.lines.flatMap((lines, i) => lines.map((line, k) => [line, new Set(movingOf[i]![k])] as const)));
	// Each moving piece's still neighbours: the pieces that stay put where its shapes differ (the
	// moving ones out of sight meanwhile: where many lines share a lane, they would be most of what is near).
	const movingPieces = gap.lines.flatMap((lines, i) => lines.flatMap((line, k) => movingOf[i]![k]!.map((index) => ({ line, index }))));
	const neighbours = index.hiding(movingPieces, () =>
		gap.lines.map((lines, i) =>
			lines.map((_, k) =>
				movingOf[i]![k]!.map((p) => {
					const found: Owned[] = [];
					index.near(windowsOf(at[i]!.map((place) => place[k]![p]!)), (e) => void (isMoving.get(e.line)?.has(e.index) ? undefined : found.push(e)));
					return found;
				}),
			),
		),
	);
	const moved = at.map((_, i) => Array.from({ length: n }, (_, place) => gap.lines[i]!.flatMap((line, k) => movingOf[i]![k]!.map((p) => ({ line, piece: at[i]![place]![k]![p]! })))));
	// A lane's pieces against what stays put, and against each other (lines bundled in one lane).
	const single = at.map((_, i) =>
		Array.from({ length: n }, (_, place) => {
			let count = between(moved[i]![place]!, moved[i]![place]!, index.work) / 2;
			gap.lines[i]!.forEach((line, k) => movingOf[i]![k]!.forEach((p, m) => (count += between([{ line, piece: at[i]![place]![k]![p]! }], neighbours[i]![k]![m]!, index.work))));
			return count;
		}),
	);
	const pair = at.map((_, i) => at.map((_, j) => (j <= i ? [] : Array.from({ length: n * n }, (_, places) => between(moved[i]![Math.floor(places / n)]!, moved[j]![places % n]!, index.work)))));
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
export function orderLanes<L extends { order: number }>(gaps: readonly Gap<L>[], lineCount: number, pointsOf: (line: number) => Point[]): Work {
	const index = new PieceIndex(Array.from({ length: lineCount }, (_, line) => pointsOf(line)));
	for (let round = 0, improved = true; improved && round < 3; round++) {
		improved = false;
		for (const gap of gaps) {
			const { lanes } = gap;
			if (lanes.length < 2 || lanes.length > 7) continue;
			const count = gapCounter(gap, index, pointsOf).moving;
			let bestOrder = lanes.map((l) => l.order);
			let best = count(bestOrder);
			for (const order of orders(lanes.length)) {
				const n = count(order);
				if (n < best) [best, bestOrder, improved] = [n, [...order], true];
			}
			lanes.forEach((l, i) => (l.order = bestOrder[i]!));
			for (const line of gap.lines.flat()) index.update(line, pointsOf(line));
		}
	}
	return index.work;
}

const ordersOf = new Map<number, number[][]>();
/** Every order of 0…n-1, in lexicographic order (the order they were always tried in, so ties keep their winner); made once per n. */
function orders(n: number): number[][] {
	const known = ordersOf.get(n);
	if (known) return known;
	const pick = (left: number[]): number[][] => (left.length <= 1 ? [left] : left.flatMap((item, i) => pick([...left.slice(0, i), ...left.slice(i + 1)]).map((rest) => [item, ...rest])));
	const all = pick(Array.from({ length: n }, (_, i) => i));
	ordersOf.set(n, all);
	return all;
}
