import type { Framework } from '@rungs/core';

/*
 * Where each box of the career map sits. Ladders are columns and bands are rows (higher bands on
 * top); roles outside the ladders sit in a column on the right, on the same rows.
 */
export const PAD = 8;
export const BOX_W = 176;
export const BOX_H = 50;
export const GUTTER = 56;
export const DEST_GUTTER = 64;
export const ROW = 94;
/** Room on the left for the band of each row. */
export const AXIS = 30;
export const GAP = ROW - BOX_H;
export const HEAD = 44;
/** Generous average widths of a character at 13px (regular and bold), to wrap titles before they overflow. */
export const CHAR = 7.3;
export const CHAR_BOLD = 7.9;

export type Cell = { c: number; r: number };
export type Point = { x: number; y: number };

/** A level's row: its band's trailing number (`P3`, `IC10`), or its place in the ladder when it has no band. */
export function bandNumber(band: string | undefined, index: number): number {
	// The digits at the end, read by hand (`/(\d+)$/` backtracks quadratically).
	const text = band ?? '';
	let start = text.length;
	while (start > 0 && text[start - 1]! >= '0' && text[start - 1]! <= '9') start--;
	return start < text.length ? Number(text.slice(start)) : index + 1;
}

/** The key of a level's box (`ladder:level`) or of a role's (`role:id`). */
export const levelKey = (ladder: string, level: string) => `${ladder}:${level}`;
export const targetKey = (to: { ladder: string; level: string } | { role: string }) => ('role' in to ? `role:${to.role}` : levelKey(to.ladder, to.level));

/** Splits a title over at most two lines, as evenly as the widths allow. */
export function wrap(title: string, first: number, rest: number): string[] {
	const words = title.split(' ');
	if (title.length * CHAR <= first) return [title];
	let best: string[] = [title];
	let bestScore = Infinity;
	for (let i = 1; i < words.length; i++) {
		const a = words.slice(0, i).join(' ');
		const b = words.slice(i).join(' ');
		const score = Math.max((a.length * CHAR) / first, (b.length * CHAR) / rest);
		if (score < bestScore) [best, bestScore] = [[a, b], score];
	}
	return best;
}

/** The cell of every box: levels by ladder and band, each outside role on the free row nearest to where its paths come from. */
export function placeBoxes(framework: Framework) {
	const N = framework.ladders.length;
	const bands = framework.ladders.flatMap((m) => m.levels.map((l, i) => bandNumber(l.band, i)));
	const maxBand = Math.max(...bands);
	const minBand = Math.min(...bands);
	const boxes = new Map<string, Cell>();
	framework.ladders.forEach((m, c) => m.levels.forEach((l, i) => boxes.set(levelKey(m.id, l.id), { c, r: maxBand - bandNumber(l.band, i) })));
	// The highest row a path into each role leaves from, indexed once (a search of every path for
	// each role grew with roles × paths).
	const highestSource = new Map<string, number>();
	for (const p of framework.paths)
		if (!p.implied && 'role' in p.to) highestSource.set(p.to.role, Math.min(highestSource.get(p.to.role) ?? Infinity, boxes.get(levelKey(p.from.ladder, p.from.level))?.r ?? 0));
	const sourceRow = (roleId: string) => highestSource.get(roleId) ?? Infinity;
	const taken = new Set<number>();
	[...framework.destinations]
		.map((d, i) => ({ d, i, want: Number.isFinite(sourceRow(d.id)) ? sourceRow(d.id) : 0 }))
		.sort((a, b) => a.want - b.want || a.i - b.i)
		.forEach(({ d, want }) => {
			let r = want;
			for (let step = 0; taken.has(r) || r < 0; step++) r = want + (step % 2 === 0 ? -(step / 2 + 1) : (step + 1) / 2);
			taken.add(r);
			boxes.set(`role:${d.id}`, { c: N, r });
		});
	const rows = Math.max(maxBand - minBand + 1, ...[...taken].map((r) => r + 1));
	const columns = N + (framework.destinations.length > 0 ? 1 : 0);
	const colX = (c: number) => PAD + AXIS + (c < N ? c * (BOX_W + GUTTER) : N * (BOX_W + GUTTER) - GUTTER + DEST_GUTTER);
	return { N, maxBand, minBand, boxes, rows, columns, colX, width: colX(columns - 1) + BOX_W + PAD };
}
