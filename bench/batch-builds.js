// `node bench/batch-builds.js <rungs.js> <rungs.js> [rounds]`: two builds of the command line (before
// and after a change, say) run `gap --batch` alternately on the same 100,000 assessments, with the
// read + JSON.parse floor, at the default threads, one and two. Each run is a fresh process reading
// the file as its standard input. Alternating gives both builds the same machine, which on a shared
// host can change speed by half between two runs of one build.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseFramework } from '@rungs/core';
import { median, runNode, showSpread, spread } from './measure.js';
import { syntheticAssessments, syntheticFiles, writeBatchInput } from './synthetic.js';

const [first, second, roundsArg = '3'] = process.argv.slice(2);
if (!first || !second) {
	console.error('Usage: node bench/batch-builds.js <rungs.js> <rungs.js> [rounds]');
	process.exit(2);
}
const builds = [resolve(first), resolve(second)];
const LINES = 100000;
const dir = mkdtempSync(join(tmpdir(), 'rungs-batch-builds-'));
try {
	const framework = parseFramework(Object.entries(syntheticFiles({ ladders: 2 })).map(([path, text]) => ({ path, text }))).value;
	const { org, ndjson, floorScript } = writeBatchInput(dir, syntheticAssessments(framework, LINES));
	const floors = [];
	const runs = builds.map(() => ({ default: [], 1: [], 2: [] }));
	for (let round = 0; round < Number(roundsArg); round++) {
		floors.push((await runNode([floorScript], { stdinFile: ndjson })).ms);
		for (const [b, cli] of builds.entries()) {
			for (const threads of ['default', '1', '2']) {
				const run = await runNode([cli, 'gap', '--batch', '-', '--matrices', org], { stdinFile: ndjson, env: threads === 'default' ? {} : { RUNGS_THREADS: threads } });
				if (run.code !== 0) throw new Error(`${cli} failed: ${run.stderr}`);
				runs[b][threads].push(run);
			}
		}
	}
	const seconds = (list) => `${(median(list.map((r) => r.ms)) / 1000).toFixed(2)} s`;
	const cpuPerLine = (list) => `CPU ${median(list.map((r) => (r.cpuMs * 1000) / LINES)).toFixed(0)} µs a line`;
	console.log(`floor (reading and JSON.parse of each line): ${(median(floors) / 1000).toFixed(2)} s`);
	builds.forEach((cli, b) => {
		const { default: d, 1: one, 2: two } = runs[b];
		console.log(`${cli}
  default threads: ${showSpread(spread(d.map((r, i) => r.ms / floors[i])))} the floor, ${seconds(d)}, ${cpuPerLine(d)}, peak ${Math.max(...d.map((r) => r.rssMb)).toFixed(0)} MB
  two threads against one: ${showSpread(spread(one.map((r, i) => r.ms / two[i].ms)))} faster (one ${seconds(one)}, ${cpuPerLine(one)}; two ${seconds(two)}, ${cpuPerLine(two)})`);
	});
} finally {
	// 100 MB of input: not left behind.
	rmSync(dir, { recursive: true, force: true });
}
