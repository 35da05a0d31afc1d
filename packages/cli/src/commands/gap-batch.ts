import { once } from 'node:events';
import type { Framework } from '@rungs/core';
import { assessmentInputs } from './assessment-inputs.ts';
import { EXIT, type Io } from '../io.ts';
import { jsonText, writeRaw } from '../visible.ts';
import { batchPieces } from './batch-input.ts';
import { reportOn, reportPiece, tooLongLine, type BatchOptions, type BatchResult } from './batch-line.ts';
import type { WorkerPool } from './batch-workers.ts';
import { ProgressLine } from '../progress.ts';
import { cliWords } from '../cli-words.ts';

/** One line of batch output: a gap report, or the located problems of one input. */
type BatchLine = { file: string } & BatchResult;

/** Buffers lines into large writes: one system call per line would cost more than the reports. */
class Output {
	count = 0;
	failed = 0;
	private readonly progressLine: ProgressLine;
	private buffer: string[] = [];
	private buffered = 0;
	private readonly io: Io;
	constructor(io: Io) {
		this.io = io;
		// The progress line's own erase codes bypass the escaping of standard error (writeRaw); its text is ours.
		this.progressLine = new ProgressLine({ isTTY: io.stderr.isTTY, write: (text: string) => writeRaw(io.stderr, text) }, io.env, Date.now, io.locale);
	}

	async write(entry: BatchLine): Promise<void> {
		await this.writeText(`${jsonText(entry)}\n`, 1, entry.ok ? 0 : 1);
	}

	/** Lines already written as JSON text (by a worker thread), with how many and how many failed. */
	async writeText(line: string, count: number, failed: number): Promise<void> {
		this.count += count;
		this.failed += failed;
		this.buffer.push(line);
		this.buffered += line.length;
		if (this.buffered >= 1 << 16) await this.flush();
		this.progress();
	}

	/** Lines already encoded by a worker thread: written as they are, after what is buffered. */
	async writeBytes(bytes: Uint8Array, count: number, failed: number): Promise<void> {
		await this.flush();
		this.count += count;
		this.failed += failed;
		if (bytes.length > 0 && !this.io.stdout.write(bytes)) await once(this.io.stdout, 'drain');
		this.progress();
	}

	private progress(): void {
		this.progressLine.update(this.count, this.failed);
	}

	/** Respects backpressure, so memory stays flat however large the input. */
	async flush(): Promise<void> {
		if (this.buffer.length === 0) return;
		const chunk = this.buffer.join('');
		this.buffer = [];
		this.buffered = 0;
		if (!this.io.stdout.write(chunk)) await once(this.io.stdout, 'drain');
	}

	async finish(): Promise<number> {
		await this.flush();
		this.progressLine.clear();
		this.io.stderr.write(`${cliWords(this.io.locale).batchSummary({ count: this.count, failed: this.failed })}\n`);
		return this.failed > 0 ? EXIT.problems : EXIT.ok;
	}
}

/**
 * Reports on many assessments: NDJSON on standard input (`-`), one assessment per line, or every file
 * under a folder. Streams one JSON line per input, in order, with bounded memory. `pool`: the worker
 * threads the caller started before loading the ladders (`startBatchPool`), and stops;
 * without any, the main thread does the work.
 */
export async function gapBatch(source: string, framework: Framework, options: BatchOptions, io: Io, pool: WorkerPool | undefined): Promise<number> {
	const output = new Output(io);
	try {
		if (source === '-') {
			const pieces = batchPieces(io.stdin as AsyncIterable<Uint8Array | string>);
			// Validating and reporting is the work; spread it over the cores, in input order.
			if (pool) await pool.run(pieces, framework, options, (bytes, count, failed) => output.writeBytes(bytes, count, failed));
			else
				for await (const piece of pieces) {
					if (piece.kind === 'too-long') await output.writeText(tooLongLine(piece.line, piece.size).text, 1, 1);
					else {
						const done = reportPiece(piece.bytes, piece.first, framework, options);
						await output.writeBytes(done.bytes, done.count, done.failed);
					}
				}
			return await output.finish();
		}
		for await (const { file, loaded } of assessmentInputs(source, framework, io)) {
			await output.write({ file, ...(loaded.ok ? reportOn(loaded.value, file, framework, options) : { ok: false, problems: loaded.problems }) });
		}
		return await output.finish();
	} finally {
		// Whatever stops the batch, every result computed so far is written whole.
		await output.flush();
	}
}
