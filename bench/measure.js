// Timing helpers: medians of repeated runs, measured against a floor in the same run, so a noisy
// machine moves both sides alike and the ratio stays meaningful.
import { spawn } from 'node:child_process';
import { createReadStream } from 'node:fs';

export const median = (values) => {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.floor(sorted.length / 2)];
};

/** Median milliseconds of `fn`, interleaved with `floor` so both see the same machine state. */
export function paired(fn, floor, runs = 25, warmup = 5) {
	for (let i = 0; i < warmup; i++) (fn(), floor());
	const a = [];
	const b = [];
	for (let i = 0; i < runs; i++) {
		let start = performance.now();
		fn();
		a.push(performance.now() - start);
		start = performance.now();
		floor();
		b.push(performance.now() - start);
	}
	return { value: median(a), floor: median(b) };
}

const RSS_PROBE = "data:text/javascript,import{writeSync}from'node:fs';process.on('exit',()=>{try{writeSync(3,String(process.resourceUsage().maxRSS))}catch{}})";

/** Runs a node process to the end: wall milliseconds and peak resident memory (MB). */
export function runNode(args, { stdinFile, cwd, env } = {}) {
	return new Promise((resolve, reject) => {
		const start = performance.now();
		const child = spawn(process.execPath, ['--import', RSS_PROBE, ...args], { cwd, env: { ...process.env, ...env }, stdio: ['pipe', 'ignore', 'pipe', 'pipe'] });
		let rss = '';
		let stderr = '';
		child.stdio[3].on('data', (d) => (rss += d));
		child.stderr.on('data', (d) => (stderr += d));
		if (stdinFile) createReadStream(stdinFile).pipe(child.stdin);
		else child.stdin.end();
		child.on('error', reject);
		child.on('close', (code) => resolve({ code, ms: performance.now() - start, rssMb: Number(rss) / 1024, stderr }));
	});
}

/** Median wall time of a command run `runs` times. */
export async function medianRun(args, runs = 9, options = {}) {
	const times = [];
	for (let i = 0; i < runs; i++) times.push((await runNode(args, options)).ms);
	return median(times);
}
