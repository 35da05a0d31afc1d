import { availableParallelism } from 'node:os';
import { parentPort, Worker, workerData } from 'node:worker_threads';
import type { Framework } from '@rungs/core';
import { reportLine, type BatchOptions } from './batch-line.ts';

/** The tag a worker thread of this bundle starts with. */
export const WORKER_TAG = 'rungs-batch-worker';
/** Input is cut into chunks of about this many bytes, at line ends. */
const CHUNK_BYTES = 256 * 1024;

interface Job {
	id: number;
	/** The number of the chunk's first line. */
	first: number;
	bytes: ArrayBuffer;
	/** How many of those bytes are the chunk's: the buffer may run on past its last line. */
	length: number;
}
interface Done {
	id: number;
	bytes: ArrayBuffer;
	count: number;
	failed: number;
}

/** In a worker thread: report on every chunk of NDJSON the main thread sends, as UTF-8 bytes back. */
export function runBatchWorker(): void {
	const { framework, options } = workerData as { framework: Framework; options: BatchOptions };
	const encoder = new TextEncoder();
	parentPort!.on('message', (job: Job) => {
		// Each line goes on as bytes, so that it is decoded as a file is (invalid UTF-8 is that line's
		// problem, not a U+FFFD in its place).
		const chunk = new Uint8Array(job.bytes, 0, job.length);
		const out: string[] = [];
		let failed = 0;
		for (let start = 0, i = 0; start <= chunk.length; i++) {
			const newline = chunk.indexOf(10, start);
			const end = newline === -1 ? chunk.length : newline;
			const result = reportLine(job.first + i, chunk.subarray(start, end > start && chunk[end - 1] === 13 ? end - 1 : end), framework, options);
			start = end + 1;
			if (!result) continue;
			out.push(result.text);
			if (!result.ok) failed++;
		}
		const bytes = encoder.encode(out.join('')).buffer as ArrayBuffer;
		parentPort!.postMessage({ id: job.id, bytes, count: out.length, failed } satisfies Done, [bytes]);
	});
}

/**
 * How many worker threads to use: RUNGS_THREADS when set (0: none), else one per core (reading and
 * writing leave the main thread mostly idle), at most four.
 */
export function workerCount(env: NodeJS.ProcessEnv): number {
	const asked = env.RUNGS_THREADS === undefined || env.RUNGS_THREADS === '' ? Number.NaN : Number(env.RUNGS_THREADS);
	if (Number.isInteger(asked) && asked >= 0) return Math.min(asked, 16);
	return availableParallelism() > 1 ? Math.min(4, availableParallelism()) : 0;
}

/** Newlines in a buffer: the line numbers of the next chunk depend on them. */
function countLines(buffer: Uint8Array): number {
	let count = 0;
	for (let at = buffer.indexOf(10); at !== -1; at = buffer.indexOf(10, at + 1)) count++;
	return count;
}

/**
 * Reports on NDJSON in worker threads. The main thread only cuts the raw input into chunks at line
 * ends and writes the workers' bytes back in input order; at most two chunks per worker are in
 * flight, so memory stays bounded however long the input. Bytes move between threads without copies.
 */
export async function batchInWorkers(
	input: AsyncIterable<Buffer | string>,
	framework: Framework,
	options: BatchOptions,
	threads: number,
	write: (bytes: Uint8Array, count: number, failed: number) => Promise<void>,
): Promise<void> {
	const bundle = new URL(import.meta.url);
	// Small heaps: a worker holds one chunk at a time, and a tight young generation keeps the whole
	// process well under its memory budget.
	const resourceLimits = { maxYoungGenerationSizeMb: 32, maxOldGenerationSizeMb: 96 };
	const workers = Array.from({ length: threads }, () => new Worker(bundle, { workerData: { [WORKER_TAG]: true, framework, options }, resourceLimits }));
	const waiting = new Map<number, { resolve: (done: Done) => void; reject: (error: unknown) => void }>();
	for (const worker of workers) {
		worker.on('message', (done: Done) => {
			waiting.get(done.id)?.resolve(done);
			waiting.delete(done.id);
		});
		worker.on('error', (error) => {
			for (const { reject } of waiting.values()) reject(error);
			waiting.clear();
		});
	}
	const inFlight: Array<Promise<Done>> = [];
	let id = 0;
	let line = 1;
	const flushOne = async () => {
		const done = await inFlight.shift()!;
		await write(new Uint8Array(done.bytes), done.count, done.failed);
	};
	/** Sends the first `length` bytes of a buffer the worker may own. */
	const send = async (buffer: Uint8Array, length: number) => {
		if (length === 0) return;
		const job: Job = { id: id++, first: line, bytes: buffer.buffer as ArrayBuffer, length };
		line += countLines(buffer.subarray(0, length));
		inFlight.push(new Promise<Done>((resolve, reject) => waiting.set(job.id, { resolve, reject })));
		workers[job.id % workers.length]!.postMessage(job, [job.bytes]);
		if (inFlight.length >= workers.length * 2) await flushOne();
	};
	try {
		let pending: Uint8Array[] = [];
		let size = 0;
		/** The pending pieces copied into one fresh buffer (never the stream's own, which Node reuses). */
		const joined = () => {
			const all = new Uint8Array(size);
			let at = 0;
			for (const piece of pending) (all.set(piece, at), (at += piece.length));
			return all;
		};
		for await (const data of input) {
			const piece = typeof data === 'string' ? Buffer.from(data) : data;
			pending.push(piece);
			size += piece.length;
			if (size < CHUNK_BYTES || piece.lastIndexOf(10) === -1) continue;
			const all = joined();
			const end = all.lastIndexOf(10) + 1;
			pending = [all.slice(end)];
			size = pending[0]!.length;
			await send(all, end);
		}
		await send(joined(), size);
		while (inFlight.length > 0) await flushOne();
	} finally {
		await Promise.all(workers.map((w) => w.terminate()));
	}
}
