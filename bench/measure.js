// Timing helpers: medians of repeated runs, measured against a floor in the same run, so a noisy
// machine moves both sides alike and the ratio stays meaningful.
import { spawn } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';

export const median = (values) => {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.floor(sorted.length / 2)];
};

/** The median of repeated figures with their range, so a reader sees how far one run can wander. */
export const spread = (values) => ({ median: median(values), min: Math.min(...values), max: Math.max(...values) });

/** `1.23× (1.10–1.30)`: a median and its range, to two places. */
export const showSpread = ({ median: m, min, max }, unit = '×', digits = 2) => `${m.toFixed(digits)}${unit} (${min.toFixed(digits)}–${max.toFixed(digits)})`;

/** Wall and CPU milliseconds of one call (CPU of every thread: the collector's helpers count). */
function timed(fn) {
	const cpu = process.cpuUsage();
	const start = performance.now();
	fn();
	const wall = performance.now() - start;
	const used = process.cpuUsage(cpu);
	return { wall, cpu: (used.user + used.system) / 1000 };
}

/**
 * Median milliseconds of `fn`, interleaved with `floor` so both see the same machine state, and the
 * ratio of each pair of runs (median and range); `cpuRatio` is the same from CPU time, which other
 * work on a shared machine moves less than wall time.
 */
export function paired(fn, floor, runs = 25, warmup = 5) {
	for (let i = 0; i < warmup; i++) (fn(), floor());
	const a = [];
	const b = [];
	for (let i = 0; i < runs; i++) {
		// Each side goes first every other pair: the collector's work for one side's garbage then
		// lands in either side's time alike, instead of always in the side that runs second.
		if (i % 2 === 0) {
			a.push(timed(fn));
			b.push(timed(floor));
		} else {
			b.push(timed(floor));
			a.push(timed(fn));
		}
	}
	return {
		value: median(a.map((x) => x.wall)),
		floor: median(b.map((x) => x.wall)),
		ratio: spread(a.map((x, i) => x.wall / b[i].wall)),
		cpuRatio: spread(a.map((x, i) => x.cpu / b[i].cpu)),
	};
}

// Peak resident memory (KB) and the CPU time of every thread (µs), written to fd 3 as the process exits.
const RSS_PROBE =
	"data:text/javascript,import{writeSync}from'node:fs';process.on('exit',()=>{try{const u=process.resourceUsage();writeSync(3,u.maxRSS+' '+(u.userCPUTime+u.systemCPUTime))}catch{}})";

/**
 * Runs a node process to the end: wall milliseconds, CPU milliseconds and peak resident memory (MB);
 * with `countStdout`, also how many bytes it wrote to standard output (else that goes to /dev/null).
 * CPU time holds better than wall time on a shared machine: other work delays a process far more than
 * it adds to its CPU time (though a saturated machine still slows each instruction: caches are shared).
 */
export function runNode(args, { stdinFile, cwd, env, countStdout = false } = {}) {
	return new Promise((resolve, reject) => {
		const start = performance.now();
		// Standard input is the file itself, as `rungs … < file` gives it: piping it through this
		// process would take CPU from the child's own threads and put this process in the figure.
		const input = stdinFile ? openSync(stdinFile, 'r') : 'ignore';
		const child = spawn(process.execPath, ['--import', RSS_PROBE, ...args], { cwd, env: { ...process.env, ...env }, stdio: [input, countStdout ? 'pipe' : 'ignore', 'pipe', 'pipe'] });
		if (typeof input === 'number') closeSync(input);
		let rss = '';
		let stdoutBytes = 0;
		child.stdout?.on('data', (d) => (stdoutBytes += d.length));
		let stderr = '';
		child.stdio[3].on('data', (d) => (rss += d));
		child.stderr.on('data', (d) => (stderr += d));
		child.on('error', reject);
		child.on('close', (code) => {
			const [maxRss, cpuMicros] = rss.split(' ').map(Number);
			resolve({ code, ms: performance.now() - start, cpuMs: cpuMicros / 1000, rssMb: maxRss / 1024, stderr, stdoutBytes });
		});
	});
}

/** Wall times of a command run `runs` times: median and range. */
export async function spreadRun(args, runs = 9, options = {}) {
	const times = [];
	for (let i = 0; i < runs; i++) times.push((await runNode(args, options)).ms);
	return spread(times);
}

/** Median wall time of a command run `runs` times. */
export const medianRun = async (args, runs = 9, options = {}) => (await spreadRun(args, runs, options)).median;
