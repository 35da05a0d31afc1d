import { once } from 'node:events';

import { stat } from 'node:fs/promises';
import { relative } from 'node:path';
import { createInterface } from 'node:readline';
import type { Framework } from '@rungs/core';
import { loadAssessment } from '@rungs/core/node';
import { EXIT, type Io } from '../io.ts';
import { reportLine, reportOn, type BatchOptions, type BatchResult } from './batch-line.ts';
import { batchInWorkers, workerCount } from './batch-workers.ts';
import { filesBelow } from '../files-below.ts';
import { ProgressLine } from '../progress.ts';

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
		this.progressLine = new ProgressLine(io.stderr, io.env);
	}

	async write(entry: BatchLine): Promise<void> {
		await this.writeText(`${JSON.stringify(entry)}\n`, 1, entry.ok ? 0 : 1);
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
		this.io.stderr.write(`${this.count} assessment${this.count === 1 ? '' : 's'}: ${this.count - this.failed} reported, ${this.failed} with problems.\n`);
		return this.failed > 0 ? EXIT.problems : EXIT.ok;
	}
}

/**
 * Reports on many assessments: NDJSON on standard input (`-`), one assessment per line, or every file
 * under a folder. Streams one JSON line per input, in order, with bounded memory.
 */
export async function gapBatch(source: string, framework: Framework, options: BatchOptions, io: Io): Promise<number> {
	const output = new Output(io);
	if (source === '-') {
		const threads = workerCount(io.env);
		if (threads > 0) {
			// Validating and reporting is the work; spread it over the cores, in input order.
			await batchInWorkers(io.stdin as AsyncIterable<Buffer | string>, framework, options, threads, (bytes, count, failed) => output.writeBytes(bytes, count, failed));
			return await output.finish();
		}
		const lines = createInterface({ input: io.stdin, crlfDelay: Infinity });
		let n = 0;
		for await (const text of lines) {
			const result = reportLine(++n, text, framework, options);
			if (result) await output.writeText(result.text, 1, result.ok ? 0 : 1);
		}
		return await output.finish();
	}
	const info = await stat(source).catch(() => undefined);
	const files = info?.isDirectory() ? filesBelow(source) : (async function* () {
		yield source;
	})();
	for await (const file of files) {
		const shown = relative(io.cwd, file) || file;
		const loaded = await loadAssessment(shown, framework);
		await output.write({ file: shown, ...(loaded.ok ? reportOn(loaded.value, shown, framework, options) : { ok: false, problems: loaded.problems }) });
	}
	return await output.finish();
}
