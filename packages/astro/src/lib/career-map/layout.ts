import type { CareerMove, Framework } from '@rungs/core';
import { BOX_H, BOX_W, CHAR, CHAR_BOLD, GUTTER, HEAD, PAD, bandNumber, levelKey, placeBoxes, targetKey, wrap } from './grid.ts';
import { routeLines, type Line } from './routes.ts';

export { BOX_H, BOX_W, PAD };

/** The id of a level's group on the map: the fragment that picks it (`#map--ladder--level`). */
export const mapNodeId = (ladder: string, level: string) => `map--${ladder}--${level}`;

/** A level's box with everything that leaves it: its lines, the step up its ladder, and rings round where they lead. */
export interface MapNode {
	id: string;
	ladder: string;
	level: string;
	x: number;
	y: number;
	lines: string[];
	label: string;
	routes: Line[];
	up?: { x: number; y1: number; y2: number; to: string };
	rings: { x: number; y: number }[];
}

export type CareerMapLayout = ReturnType<typeof layOut>;
const laidOut = new WeakMap<Framework, Map<string, CareerMapLayout>>();

/**
 * Everything the career map draws, in SVG units. Each level is a node, so a picked node can show its
 * own routes. Laid out once per framework object and heading: the home page and /moves/ draw the same
 * map from the same object (getFramework shares one per build and language), and at organisation
 * scale laying it out is one of the larger costs of a page.
 */
export function layoutCareerMap(framework: Framework, otherRoles: string): CareerMapLayout {
	const byHeading = laidOut.get(framework) ?? laidOut.set(framework, new Map()).get(framework)!;
	const known = byHeading.get(otherRoles);
	if (known) return known;
	const map = layOut(framework, otherRoles);
	byHeading.set(otherRoles, map);
	return map;
}

function layOut(framework: Framework, otherRoles: string) {
	const { N, maxBand, minBand, boxes, rows, columns, colX, width } = placeBoxes(framework);
	const explicit = framework.paths.filter((p) => !p.implied);
	const { lines, rowY, height } = routeLines(explicit, boxes, colX, rows, HEAD);
	const at = (key: string) => {
		const cell = boxes.get(key)!;
		return { x: colX(cell.c), y: rowY(cell.r) };
	};
	// Each level's routes and step up, indexed once: a search of every path for every level was quadratic.
	const leaving = new Map<string, Line[]>();
	for (const line of lines) leaving.set(line.from, [...(leaving.get(line.from) ?? []), line]);
	const stepUp = new Map<string, CareerMove>();
	for (const p of framework.paths) if (p.implied && 'ladder' in p.to && !stepUp.has(levelKey(p.from.ladder, p.from.level))) stepUp.set(levelKey(p.from.ladder, p.from.level), p);
	const nodes: MapNode[] = framework.ladders.flatMap((m) =>
		m.levels.map((l) => {
			const key = levelKey(m.id, l.id);
			const { x, y } = at(key);
			const routes = leaving.get(key) ?? [];
			const step = stepUp.get(key);
			const upKey = step ? targetKey(step.to) : undefined;
			const up = upKey ? { x: x + BOX_W / 2, y1: y, y2: at(upKey).y + BOX_H, to: upKey } : undefined;
			const rings = [...new Set([...routes.map((r) => r.to), ...(upKey ? [upKey] : [])])].map(at);
			return { id: mapNodeId(m.id, l.id), ladder: m.id, level: l.id, x, y, lines: wrap(l.title, BOX_W - 22, BOX_W - 22), label: `${l.title}${l.band ? `, ${l.band}` : ''}, ${m.title}`, routes, ...(up ? { up } : {}), rings };
		}),
	);
	const destinations = framework.destinations.map((d) => ({ ...at(`role:${d.id}`), lines: wrap(d.title, BOX_W - 22, BOX_W - 22) }));
	const titleWidth = ((BOX_W + GUTTER - 16) * CHAR) / CHAR_BOLD;
	const titles = [
		...framework.ladders.map((m, c) => ({ x: colX(c) + BOX_W / 2, lines: wrap(m.title, titleWidth, titleWidth) })),
		...(framework.destinations.length > 0 ? [{ x: colX(N) + BOX_W / 2, lines: [otherRoles] }] : []),
	];
	const bandName = new Map(framework.ladders.flatMap((m) => m.levels.flatMap((l, i) => (l.band ? [[bandNumber(l.band, i), l.band] as const] : []))));
	const bandRows = Array.from({ length: maxBand - minBand + 1 }, (_, r) => ({ band: bandName.get(maxBand - r) ?? '', y: rowY(r) + BOX_H / 2 + 4 }));
	return { width, height: height + PAD, columns, nodes, destinations, titles, bandRows, lowestBand: bandName.get(minBand) };
}

/** The baselines of a box's one or two lines of title. */
export const textY = (y: number, lines: string[]) => (lines.length === 1 ? [y + BOX_H / 2 + 5] : [y + BOX_H / 2 - 3, y + BOX_H / 2 + 13]);
