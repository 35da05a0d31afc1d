import type { Work } from './crossing-count.ts';
import type { Point } from './grid.ts';

/*
 * Where the straight pieces of the career map's lines are, so that ordering the lanes of one gap
 * looks only at the pieces near what that gap moves instead of walking every piece of every line
 * (with 500 ladders and varied moves, that walk made the layout quadratic: seconds). Only a
 * horizontal piece can cross a vertical one, so each kind has its own grids of cells: one holds each
 * piece in every cell it covers, the other only in the cells of its two ends (a route into a
 * management role runs along a channel across the whole map; a gap that moves a lane sideways under
 * it needs it only where it ends). A piece that is a point or slanted crosses nothing and is not
 * kept. Updated line by line as lanes are reordered.
 */

export type Piece = readonly [Point, Point];
export interface Box { x1: number; y1: number; x2: number; y2: number }
/** A place to look: pieces of one `kind` that touch `box`, or with `ends`, that have an end inside it. */
export interface Window { box: Box; kind: Kind; ends: boolean }
type Kind = 'horizontal' | 'vertical';
/** One piece of a line; `index` is its place along the line. */
export interface Entry { readonly line: number; readonly index: number; readonly piece: Piece; seen: number }

/** Cell sizes in SVG units: about a column (box and gutter) and a channel, so a gap's windows cover few cells. */
const CELL_W = 256;
const CELL_H = 64;
/** Pieces covering more cells than this stay filed while hidden (and are skipped by line instead). */
const HIDE_LIMIT = 8;
/** Rows of cells per column of cells in a key (the map is far less than this many cells high). */
const STRIDE = 1 << 20;

/** A line's straight pieces, in order. */
export const piecesOf = (points: readonly Point[]): Piece[] => points.slice(1).map((p, i) => [points[i]!, p] as const);

const cellsOf = (x1: number, y1: number, x2: number, y2: number): number[] => {
	const keys: number[] = [];
	for (let cx = Math.floor(Math.min(x1, x2) / CELL_W); cx <= Math.floor(Math.max(x1, x2) / CELL_W); cx++)
		for (let cy = Math.floor(Math.min(y1, y2) / CELL_H); cy <= Math.floor(Math.max(y1, y2) / CELL_H); cy++) keys.push(cy * STRIDE + cx);
	return keys;
};
const cellOf = (p: Point) => Math.floor(p.y / CELL_H) * STRIDE + Math.floor(p.x / CELL_W);
const inside = (p: Point, b: Box) => p.x >= b.x1 && p.x <= b.x2 && p.y >= b.y1 && p.y <= b.y2;
const touches = ([a, b]: Piece, box: Box) => Math.max(a.x, b.x) >= box.x1 && Math.min(a.x, b.x) <= box.x2 && Math.max(a.y, b.y) >= box.y1 && Math.min(a.y, b.y) <= box.y2;

export class PieceIndex {
	private readonly entries: Entry[][] = [];
	/** Per kind: every cell a piece covers, and the cells of its ends. */
	private readonly grids = {
		horizontal: { extent: new Map<number, Set<Entry>>(), ends: new Map<number, Set<Entry>>() },
		vertical: { extent: new Map<number, Set<Entry>>(), ends: new Map<number, Set<Entry>>() },
	};
	private stamp = 0;
	/** Pieces looked at by `near` (duplicates and misses included), and compared by the counts that use it. */
	readonly work: Work = { compared: 0, visited: 0 };

	constructor(lines: readonly (readonly Point[])[]) {
		lines.forEach((points, line) => this.update(line, points));
	}

	/** Puts a line's new points in place of its old ones; a piece that did not change stays where it is. */
	update(line: number, points: readonly Point[]): void {
		const old = this.entries[line] ?? [];
		const pieces = piecesOf(points);
		this.entries[line] = pieces.map((piece, index) => {
			const was = old[index];
			if (was && samePiece(was.piece, piece)) return was;
			if (was) this.file(was, false);
			const entry = { line, index, piece, seen: 0 };
			this.file(entry, true);
			return entry;
		});
		for (const was of old.slice(pieces.length)) this.file(was, false);
	}

	/**
	 * Takes these pieces out of sight of `near` while `look` runs (the pieces a gap moves, counted
	 * apart), except from the cells of a piece that covers many (a long run is cheaper to skip).
	 */
	hiding<T>(pieces: readonly { line: number; index: number }[], look: () => T): T {
		const hidden = pieces.map(({ line, index }) => this.entries[line]![index]!);
		for (const entry of hidden) this.file(entry, false, HIDE_LIMIT);
		try {
			return look();
		} finally {
			for (const entry of hidden) this.file(entry, true, HIDE_LIMIT);
		}
	}

	/** Calls `visit` once for each piece in any of the windows. */
	near(windows: readonly Window[], visit: (entry: Entry) => void): void {
		const stamp = ++this.stamp;
		for (const { box, kind, ends } of windows) {
			const grid = this.grids[kind][ends ? 'ends' : 'extent'];
			for (const key of cellsOf(box.x1, box.y1, box.x2, box.y2)) {
				const cell = grid.get(key);
				if (!cell) continue;
				for (const entry of cell) {
					this.work.visited++;
					if (entry.seen === stamp) continue;
					const hit = ends ? inside(entry.piece[0], box) || inside(entry.piece[1], box) : touches(entry.piece, box);
					if (!hit) continue;
					entry.seen = stamp;
					visit(entry);
				}
			}
		}
	}

	/** Files or unfiles a piece; with `limit`, in its extent's cells only if they are no more than that. */
	private file(entry: Entry, add: boolean, limit = Infinity): void {
		const [a, b] = entry.piece;
		const kind = kindOf(entry.piece);
		if (!kind) return;
		const { extent, ends } = this.grids[kind];
		const put = (grid: Map<number, Set<Entry>>, key: number) => {
			if (add) (grid.get(key) ?? grid.set(key, new Set()).get(key)!).add(entry);
			else grid.get(key)?.delete(entry);
		};
		const cells = cellsOf(a.x, a.y, b.x, b.y);
		if (cells.length <= limit) for (const key of cells) put(extent, key);
		const [first, last] = [cellOf(a), cellOf(b)];
		put(ends, first);
		if (last !== first) put(ends, last);
	}
}

/** Whether a piece is horizontal or vertical; a point or a slanted piece is neither and crosses nothing. */
const kindOf = ([a, b]: Piece): Kind | undefined => (a.y === b.y && a.x !== b.x ? 'horizontal' : a.x === b.x && a.y !== b.y ? 'vertical' : undefined);

export const samePiece = (a: Piece, b: Piece) => a[0].x === b[0].x && a[0].y === b[0].y && a[1].x === b[1].x && a[1].y === b[1].y;

/**
 * Where a piece that takes these shapes (one per place of its lane) can cross something one way for
 * some places and the other way for others; crossings anywhere else are the same for every place.
 * Pieces of the map are horizontal or vertical. One that keeps its line and moves an end (the run
 * along a channel when the lane it turns in moves) can change only with what crosses near that end;
 * one that moves sideways keeping its length (a lane's vertical run) only with pieces ending beside
 * it. Anything else: the box round all its shapes.
 */
export function windowsOf(shapes: readonly Piece[]): Window[] {
	const flat = shapes.every(([a, b]) => a.y === b.y);
	const upright = !flat && shapes.every(([a, b]) => a.x === b.x);
	if (flat || upright) {
		const along = (p: Point) => (flat ? p.x : p.y);
		const across = (p: Point) => (flat ? p.y : p.x);
		const lo = shapes.map(([a, b]) => Math.min(along(a), along(b)));
		const hi = shapes.map(([a, b]) => Math.max(along(a), along(b)));
		const at = shapes.map(([a]) => across(a));
		const box = (a1: number, a2: number, c1: number, c2: number): Box => (flat ? { x1: a1, x2: a2, y1: c1, y2: c2 } : { x1: c1, x2: c2, y1: a1, y2: a2 });
		// It can cross only pieces of the other kind (a point crosses nothing).
		const kind = flat ? 'vertical' : 'horizontal';
		// An end that moves can change only what crosses between its places; one that does not, nothing
		// (crossings are strict: a piece through an end point does not cross).
		if (at.every((c) => c === at[0]))
			return [lo, hi].flatMap((end) => {
				const [from, to] = [Math.min(...end), Math.max(...end)];
				return from < to ? [{ box: box(from, to, at[0]!, at[0]!), kind, ends: false }] : [];
			});
		if (lo.every((v) => v === lo[0]) && hi.every((v) => v === hi[0])) return [{ box: box(lo[0]!, hi[0]!, Math.min(...at), Math.max(...at)), kind, ends: true }];
	}
	const xs = shapes.flatMap(([a, b]) => [a.x, b.x]);
	const ys = shapes.flatMap(([a, b]) => [a.y, b.y]);
	const box = { x1: Math.min(...xs), y1: Math.min(...ys), x2: Math.max(...xs), y2: Math.max(...ys) };
	return [{ box, kind: 'horizontal', ends: false }, { box, kind: 'vertical', ends: false }];
}
