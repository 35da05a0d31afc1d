// The career map's layout (the SVG map on the home page and /moves/), measured by CPU time.
//
// `node bench/career-map.js [before-ref]`: median CPU ms per layout of the bundled ladders and of 50,
// 200 and 500 generated ladders, with uniform moves (each ladder to the next, what the site rows
// build) and varied moves (one to three per ladder, to ladders up to four columns away at other
// levels, a few into management roles across the whole map) and wide moves (varied, plus moves to
// ladders anywhere: families far apart), for the layout at `before-ref`
// (default 953d9a7, main before issue #20's second round) and in the working tree, interleaved.
//
// `node bench/run.js career-map` runs `careerMapRows`: rows with targets, measured in one run, that
// say whether the layout stays near-linear in the pieces of its lines.
//
// The layout is TypeScript inside @rungs/astro, so each version is bundled with esbuild (vite's own
// copy) into a temporary folder.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os, { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseFramework } from '@rungs/core';
import { loadFramework } from '@rungs/core/node';
import { median, showSpread, spread } from './measure.js';
import { syntheticFiles } from './synthetic.js';

const root = fileURLToPath(new URL('../', import.meta.url));
const folder = 'packages/astro/src/lib/career-map';

/** One version of the layout, bundled to plain JavaScript; `ref` undefined means the working tree. */
async function layoutAt(ref, scratch) {
	const esbuild = createRequire(createRequire(join(root, 'package.json')).resolve('vite')).resolve('esbuild');
	const { buildSync } = createRequire(import.meta.url)(esbuild);
	let dir = join(root, folder);
	if (ref) {
		dir = join(scratch, 'before');
		mkdirSync(dir, { recursive: true });
		const names = execFileSync('git', ['ls-tree', '--name-only', `${ref}:${folder}`], { cwd: root, encoding: 'utf8' }).trim().split('\n');
		for (const name of names) writeFileSync(join(dir, name), execFileSync('git', ['show', `${ref}:${folder}/${name}`], { cwd: root }));
	}
	// The working tree's parts too, to count pieces and work.
	const entry = join(scratch, `${ref ? 'before' : 'after'}-entry.ts`);
	const parts = ref ? '' : `export { HEAD, placeBoxes } from '${join(dir, 'grid.ts')}';\nexport { orderLanes } from '${join(dir, 'lane-order.ts')}';\nexport { planRoutes } from '${join(dir, 'routes.ts')}';\n`;
	writeFileSync(entry, `export { layoutCareerMap } from '${join(dir, 'layout.ts')}';\n${parts}`);
	const outfile = join(scratch, `${ref ? 'before' : 'after'}.mjs`);
	buildSync({ entryPoints: [entry], bundle: true, format: 'esm', platform: 'node', outfile, external: ['@rungs/core'], logLevel: 'error' });
	return import(pathToFileURL(outfile).href);
}

/** CPU milliseconds of one layout; a new heading each time, since the layout is kept per framework and heading. */
let heading = 0;
function cpuMs(layout, framework) {
	const start = process.cpuUsage();
	layout(framework, `Other roles ${heading++}`);
	const used = process.cpuUsage(start);
	return (used.user + used.system) / 1000;
}

/** Median CPU ms of each layout on one framework, runs interleaved (at least 3, more while under a second in all). */
function interleaved(layouts, framework) {
	const times = layouts.map(() => []);
	for (let total = 0, runs = 0; runs < 3 || (total < 1000 && runs < 15); runs++)
		layouts.forEach((layout, i) => {
			times[i].push(cpuMs(layout, framework));
			total += times[i].at(-1);
		});
	return times.map(median);
}

const made = new Map();
/** A generated organisation of `ladders` ladders with `moves` 'chain' (uniform), 'varied' or 'wide'. */
export function generated(ladders, moves) {
	const key = `${ladders} ${moves}`;
	if (made.has(key)) return made.get(key);
	const result = parseFramework(Object.entries(syntheticFiles({ ladders, moves })).map(([path, text]) => ({ path, text })));
	if (!result.ok) throw new Error(`the synthetic organisation of ${ladders} ladders does not load`);
	made.set(key, result.value);
	return result.value;
}

/** The straight pieces of the map's lines, and the work of ordering their lanes (pieces compared or looked at). */
function piecesAndWork(parts, framework) {
	const { boxes, colX, rows } = parts.placeBoxes(framework);
	const plan = parts.planRoutes(framework.paths.filter((p) => !p.implied), boxes, colX, rows, parts.HEAD);
	const pieces = plan.routes.reduce((n, _, i) => n + plan.pointsOf(i).length - 1, 0);
	const work = parts.orderLanes(plan.gaps, plan.routes.length, plan.pointsOf);
	return { pieces, work: work.compared + work.visited };
}

/**
 * Rows for bench/run.js. The layout's cost per piece of line at 500 ladders with varied moves against
 * 50, by CPU time in interleaved pairs, and by work counted. Target ≤ 1.5× per piece: the work counted
 * per piece is 1.09× (216 at 50 ladders, 235 at 500), and CPU time per piece is lower at 500 than at
 * 50 (small maps try every order of more gaps of few lanes); the walk over every piece that this
 * replaced measured 1.8× from 50 to 500 (and 2.4× from 200 to 500), so a looser 2× would not have
 * caught it.
 */
export async function careerMapRows({ row }) {
	const scratch = mkdtempSync(join(tmpdir(), 'rungs-bench-map-'));
	try {
		const parts = await layoutAt(undefined, scratch);
		const [small, large] = [generated(50, 'varied'), generated(500, 'varied')];
		const [a, b] = [piecesAndWork(parts, small), piecesAndWork(parts, large)];
		for (let i = 0; i < 2; i++) (cpuMs(parts.layoutCareerMap, small), cpuMs(parts.layoutCareerMap, large));
		const pairs = Array.from({ length: 9 }, () => [cpuMs(parts.layoutCareerMap, small), cpuMs(parts.layoutCareerMap, large)]);
		const perPiece = spread(pairs.map(([x, y]) => y / b.pieces / (x / a.pieces)));
		const [ms50, ms500] = [median(pairs.map((p) => p[0])), median(pairs.map((p) => p[1]))];
		row(
			'career map, varied moves: CPU per piece, 500 vs 50 ladders',
			`${ms500.toFixed(1)} ms for ${b.pieces} pieces vs ${ms50.toFixed(1)} ms for ${a.pieces}`,
			'50 ladders, same run',
			'≤ 1.5× per piece',
			perPiece.median <= 1.5,
			{ ratio: perPiece },
		);
		const workRow = (moves, [x, y]) => {
			const ratio = y.work / y.pieces / (x.work / x.pieces);
			row(`career map, ${moves} moves: work per piece, 500 vs 50 ladders`, `${(y.work / y.pieces).toFixed(0)} vs ${(x.work / x.pieces).toFixed(0)} pieces compared or looked at per piece`, '50 ladders, same run', '≤ 1.5× per piece', ratio <= 1.5, { ratio });
		};
		workRow('varied', [a, b]);
		workRow('wide', [piecesAndWork(parts, generated(50, 'wide')), piecesAndWork(parts, generated(500, 'wide'))]);
	} finally {
		rmSync(scratch, { recursive: true, force: true });
	}
}

/** The standalone table: before and after, median CPU ms per layout. */
async function beforeAndAfter(before) {
	const scratch = mkdtempSync(join(tmpdir(), 'rungs-bench-map-'));
	try {
		const layouts = [(await layoutAt(before, scratch)).layoutCareerMap, (await layoutAt(undefined, scratch)).layoutCareerMap];
		console.log(`career map layout, CPU ms per layout (median, before and after interleaved); before = ${before}; ${process.version}, load average ${os.loadavg()[0].toFixed(1)}`);
		const routes = (framework) => framework.paths.filter((p) => !p.implied).length;
		const bundled = await loadFramework(join(root, 'matrices'));
		if (!bundled.ok) throw new Error('the bundled ladders do not load');
		const cases = [['bundled ladders', bundled.value]];
		for (const moves of ['chain', 'varied', 'wide']) for (const n of [50, 200, 500]) cases.push([`${n} generated ladders, ${moves === 'chain' ? 'uniform' : moves} moves`, generated(n, moves)]);
		for (const [name, framework] of cases) {
			const [was, now] = interleaved(layouts, framework);
			console.log(`${name} (${routes(framework)} routes): ${was.toFixed(1)} → ${now.toFixed(1)} ms (${(was / now).toFixed(1)}× less)`);
		}
	} finally {
		rmSync(scratch, { recursive: true, force: true });
	}
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
	await beforeAndAfter(process.argv[2] ?? '953d9a7');
	const rows = [];
	await careerMapRows({ row: (figure, measured, floor, target, ok, extra) => rows.push({ figure, measured, target, ok, ratio: extra.ratio }) });
	for (const r of rows) console.log(`${r.ok ? '✓' : '✗'} ${r.figure}: ${typeof r.ratio === 'number' ? `${r.ratio.toFixed(2)}×` : showSpread(r.ratio)}, ${r.measured} — target ${r.target}`);
	process.exitCode = rows.every((r) => r.ok) ? 0 : 1;
}
