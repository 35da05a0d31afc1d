import { fstatSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { parentPort, Worker } from 'node:worker_threads';
import type { Framework } from '@rungs/core';
import type { Piece } from './batch-input.ts';
import { reportPiece, tooLongLine, type BatchOptions } from './batch-line.ts';

/** The tag a worker thread of this bundle starts with. */
export const WORKER_TAG = 'rungs-batch-worker';

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
	/** How many of those bytes are the output: the buffer may run on past it. */
	length: number;
	count: number;
	failed: number;
}

/** What a worker is sent first: the framework and options every chunk after it is reported against. */
interface Setup {
	setup: { framework: Framework; options: BatchOptions };
}

/**
 * In a worker thread: takes the framework and options from the first message, then reports on every
 * chunk of NDJSON the main thread sends, as UTF-8 bytes back. Messages arrive in the order they were
 * posted, so no chunk comes before its framework.
 */
export function runBatchWorker(): void {
	let setup: Setup['setup'] | undefined;
	parentPort!.on('message', (message: Job | Setup) => {
		if ('setup' in message) {
			setup = message.setup;
			return;
		}
		const job = message;
		const done = reportPiece(new Uint8Array(job.bytes, 0, job.length), job.first, setup!.framework, setup!.options);
		// The bytes start a buffer of their own (`piecePayload`), so they travel without a copy.
		const bytes = done.bytes.buffer as ArrayBuffer;
		parentPort!.postMessage({ id: job.id, bytes, length: done.bytes.length, count: done.count, failed: done.failed } satisfies Done, [bytes]);
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

/** Chunks in flight per worker thread (see WorkerPool.run). */
const IN_FLIGHT_PER_THREAD = 4;

/**
 * Worker threads, started as soon as a command knows it will want them: each loads this whole bundle
 * (about a quarter of a second), and started before the ladders load, that happens while they do.
 * Until a batch runs on them they do not keep the process alive, so a command that stops early (bad
 * ladders, a usage error) exits as it would without them.
 */
export class WorkerPool {
	private readonly workers: Worker[];
	/** The chunks each thread has been given and not yet returned. */
	private readonly queued: number[];
	private readonly waiting = new Map<number, { resolve: (done: Done) => void; reject: (error: unknown) => void }>();
	/** A thread's error (it ran out of memory, say): every chunk waiting or still to come fails with it. */
	private failure: unknown;
	private closing: Promise<unknown> | undefined;
	constructor(threads: number) {
		const bundle = new URL(import.meta.url);
		// Small heaps: a worker holds one chunk at a time, and a tight young generation keeps the whole
		// process well under its memory budget.
		const resourceLimits = { maxYoungGenerationSizeMb: 32, maxOldGenerationSizeMb: 96 };
		this.workers = Array.from({ length: threads }, () => new Worker(bundle, { workerData: { [WORKER_TAG]: true }, resourceLimits }));
		this.queued = this.workers.map(() => 0);
		// Listening from the start: a thread that fails before the batch runs is an error of the batch,
		// not an unhandled event.
		this.workers.forEach((worker, n) => {
			worker.unref();
			worker.on('message', (done: Done) => {
				this.queued[n]!--;
				this.waiting.get(done.id)?.resolve(done);
				this.waiting.delete(done.id);
			});
			worker.on('error', (error) => {
				this.failure ??= error;
				for (const { reject } of this.waiting.values()) reject(error);
				this.waiting.clear();
			});
		});
	}

	/**
	 * Reports on NDJSON in the pool's threads, once. The main thread only cuts the raw input into
	 * chunks at line ends and writes the workers' bytes back in input order; each chunk goes to the
	 * thread with the fewest chunks waiting, and at most four chunks per thread are in flight, so
	 * memory stays bounded however long the input (about 4 MB a thread: 256 KB in, three times that
	 * out). Output keeps input order, so a thread that finishes early waits for the oldest chunk
	 * before the main thread hands it more: four chunks, not two, keep one thread's garbage collection
	 * or a moment off its core from idling the others. Bytes move between threads without copies.
	 */
	async run(pieces: AsyncIterable<Piece>, framework: Framework, options: BatchOptions, write: (bytes: Uint8Array, count: number, failed: number) => Promise<void>): Promise<void> {
		const { workers, queued } = this;
		for (const worker of workers) {
			worker.ref();
			worker.postMessage({ setup: { framework, options } } satisfies Setup);
		}
		const inFlight: Array<Promise<Done>> = [];
		let id = 0;
		const flushOne = async () => {
			const done = await inFlight.shift()!;
			await write(new Uint8Array(done.bytes, 0, done.length), done.count, done.failed);
		};
		const encoder = new TextEncoder();
		try {
			for await (const piece of pieces) {
				if (piece.kind === 'too-long') {
					// Its place in the output is kept: it waits its turn behind the chunks in flight.
					const line = tooLongLine(piece.line, piece.size);
					const bytes = encoder.encode(line.text);
					inFlight.push(Promise.resolve({ id: -1, bytes: bytes.buffer as ArrayBuffer, length: bytes.length, count: 1, failed: 1 }));
				} else {
					const job: Job = { id: id++, first: piece.first, bytes: piece.bytes.buffer as ArrayBuffer, length: piece.bytes.length };
					// The least busy thread: one slowed by its garbage collection is not handed more than its share.
					const n = queued.indexOf(Math.min(...queued));
					queued[n]!++;
					inFlight.push(new Promise<Done>((resolve, reject) => (this.failure ? reject(this.failure) : this.waiting.set(job.id, { resolve, reject }))));
					workers[n]!.postMessage(job, [job.bytes]);
				}
				if (inFlight.length >= workers.length * IN_FLIGHT_PER_THREAD) await flushOne();
			}
			while (inFlight.length > 0) await flushOne();
		} finally {
			await this.close();
		}
	}

	/** Stops every thread; safe to call more than once. */
	close(): Promise<unknown> {
		this.closing ??= Promise.all(this.workers.map((w) => w.terminate()));
		return this.closing;
	}
}

/**
 * A file on standard input smaller than this, about a thousand assessments, is reported on without
 * threads: one core does it in less than the time a thread takes to load (about a quarter of a
 * second of CPU each).
 */
export const THREADS_FROM_BYTES = 1 << 20;

/**
 * The worker threads a batch or team summary from standard input will run on: none for a folder,
 * with RUNGS_THREADS=0, or for a file on standard input too small to pay for them. Otherwise (a
 * larger file, or a pipe, whose size is not known) they start now, before the ladders load, so each
 * thread's own start-up overlaps that.
 */
export function startBatchPool(source: string, env: NodeJS.ProcessEnv, stdin: unknown): WorkerPool | undefined {
	const threads = source === '-' ? workerCount(env) : 0;
	const size = fileSize(stdin);
	if (threads === 0 || (size !== undefined && size < THREADS_FROM_BYTES)) return undefined;
	return new WorkerPool(threads);
}

/** The size of standard input when it is a file; undefined for a pipe, a terminal or a stream in a test. */
function fileSize(stdin: unknown): number | undefined {
	if (stdin !== process.stdin) return undefined;
	try {
		const stat = fstatSync(0);
		return stat.isFile() ? stat.size : undefined;
	} catch {
		return undefined;
	}
}
