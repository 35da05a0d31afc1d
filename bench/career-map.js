// `node bench/career-map.js [before-ref]`: the CPU time of laying out the career map (the SVG map on
// the home page and /moves/) of the bundled ladders and of 50, 200 and 500 generated ladders (the
// organisation `pnpm bench` builds), for the layout in the working tree and for the one at
// `before-ref` (default `int3`), in one run; then the working tree's alone on generated ladders with
// varied moves (the old layout needs minutes for 20 of those: it counted every crossing for every try). The layout is TypeScript inside
// @rungs/astro, so each version is bundled with esbuild (vite's own copy) into a temporary folder.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os, { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseFramework } from '@rungs/core';
import { loadFramework } from '@rungs/core/node';
import { median } from './measure.js';
import { syntheticFiles } from './synthetic.js';

const root = fileURLToPath(new URL('../', import.meta.url));
const before = process.argv[2] ?? 'int3';
const folder = 'packages/astro/src/lib/career-map';
const esbuild = createRequire(createRequire(join(root, 'package.json')).resolve('vite')).resolve('esbuild');
const { buildSync } = createRequire(import.meta.url)(esbuild);
const scratch = mkdtempSync(join(tmpdir(), 'rungs-bench-map-'));

/** One version of the layout, bundled to plain JavaScript; `ref` undefined means the working tree. */
async function layoutAt(ref) {
	let dir = join(root, folder);
	if (ref) {
		dir = join(scratch, 'before');
		mkdirSync(dir, { recursive: true });
		const names = execFileSync('git', ['ls-tree', '--name-only', `${ref}:${folder}`], { cwd: root, encoding: 'utf8' }).trim().split('\n');
		for (const name of names) writeFileSync(join(dir, name), execFileSync('git', ['show', `${ref}:${folder}/${name}`], { cwd: root }));
	}
	const outfile = join(scratch, `${ref ? 'before' : 'after'}.mjs`);
	buildSync({ entryPoints: [join(dir, 'layout.ts')], bundle: true, format: 'esm', platform: 'node', outfile, external: ['@rungs/core'], logLevel: 'error' });
	return (await import(pathToFileURL(outfile).href)).layoutCareerMap;
}

/** Median CPU milliseconds of one layout (at least 3 runs, more while they take under a second in all). */
function cpuMs(layout, framework) {
	const times = [];
	for (let total = 0; times.length < 3 || (total < 1000 && times.length < 15); ) {
		const start = process.cpuUsage();
		// A new heading each time: the layout is kept per framework and heading, and this measures laying it out.
		layout(framework, `Other roles ${times.length}`);
		const used = process.cpuUsage(start);
		times.push((used.user + used.system) / 1000);
		total += times.at(-1);
	}
	return median(times);
}

try {
	const versions = [
		[`before (${before})`, await layoutAt(before)],
		['after (working tree)', await layoutAt(undefined)],
	];
	console.log(`career map layout, CPU ms per layout (median); ${process.version}, load average ${os.loadavg()[0].toFixed(1)}`);
	const generated = (ladders, moves) => {
		const result = parseFramework(Object.entries(syntheticFiles({ ladders, moves })).map(([path, text]) => ({ path, text })));
		if (!result.ok) throw new Error(`the synthetic organisation of ${ladders} ladders does not load`);
		return result.value;
	};
	const routes = (framework) => framework.paths.filter((p) => !p.implied).length;
	const bundled = await loadFramework(join(root, 'matrices'));
	if (!bundled.ok) throw new Error('the bundled ladders do not load');
	const cases = [['bundled ladders', bundled.value], ...[50, 200, 500].map((n) => [`${n} generated ladders`, generated(n, 'chain')])];
	for (const [name, framework] of cases) {
		const figures = versions.map(([version, layout]) => `${version} ${cpuMs(layout, framework).toFixed(1)} ms`);
		console.log(`${name} (${routes(framework)} routes): ${figures.join('; ')}`);
	}
	for (const n of [50, 200, 500]) {
		const framework = generated(n, 'varied');
		console.log(`${n} generated ladders, varied moves (${routes(framework)} routes): after ${cpuMs(versions[1][1], framework).toFixed(1)} ms`);
	}
} finally {
	rmSync(scratch, { recursive: true, force: true });
}
