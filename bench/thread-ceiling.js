// `node bench/thread-ceiling.js <ndjson> <threads>`: the JSON work of a batch and nothing else, split
// over worker threads: each thread reads its share of the lines, parses each and writes it back as
// JSON text. Each reads only its share of the file. Run with 1 and 2 threads, it measures what this machine gives a second thread for work
// with no sharing at all: the ceiling of `gap --batch`'s own two-threads-against-one row, since two
// vCPUs of a host may share caches, memory bandwidth or a core.
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';

if (isMainThread) {
	const [file, threadsArg] = process.argv.slice(2);
	const threads = Number(threadsArg);
	if (!file || !Number.isInteger(threads) || threads < 1) {
		console.error('Usage: node bench/thread-ceiling.js <ndjson> <threads>');
		process.exit(2);
	}
	const workers = Array.from({ length: threads }, (_, share) => new Worker(new URL(import.meta.url), { workerData: { file, share, threads } }));
	await Promise.all(workers.map((w) => new Promise((resolve, reject) => w.on('message', resolve).on('error', reject))));
	await Promise.all(workers.map((w) => w.terminate()));
} else {
	const { file, share, threads } = workerData;
	// Lines ~1 KB long: a line that starts in this share ends well within a megabyte past it.
	const fd = openSync(file, 'r');
	const size = fstatSync(fd).size;
	const start = Math.floor((size * share) / threads);
	const end = Math.floor((size * (share + 1)) / threads);
	// From the byte before the share, to see whether a line starts at its first byte.
	const from = share === 0 ? 0 : start - 1;
	const bytes = Buffer.alloc(Math.min(size, end + (1 << 20)) - from);
	readSync(fd, bytes, 0, bytes.length, from);
	closeSync(fd);
	// A line is the share's where its first byte lies.
	const first = share === 0 ? 0 : bytes.indexOf(10) + 1;
	let written = 0;
	for (let at = first === 0 && share > 0 ? bytes.length : first; from + at < end; ) {
		const newline = bytes.indexOf(10, at);
		const stop = newline === -1 ? bytes.length : newline;
		if (stop > at) written += JSON.stringify(JSON.parse(bytes.toString('utf8', at, stop))).length;
		at = stop + 1;
	}
	parentPort.postMessage(written);
}
