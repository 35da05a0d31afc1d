import type { Framework, GapSummary, Problem } from '@rungs/core';
import { assessmentInputs } from './assessment-inputs.ts';
import type { Io } from '../io.ts';
import { ProgressLine } from '../progress.ts';
import { writeRaw } from '../visible.ts';
import { batchPieces } from './batch-input.ts';
import { reportOn, reportPiece, tooLongLine } from './batch-line.ts';
import type { WorkerPool } from './batch-workers.ts';

/** An input that gave no report: where it was, and its located problems. */
export interface Rejected {
	name: string;
	problems: readonly Problem[];
}

/** What a team run does with each input: a summary to add, or the problems of one that failed. */
export interface TeamSink {
	report(summary: GapSummary): void;
	rejected(input: Rejected): void;
}

/**
 * Feeds every assessment of a folder, or of NDJSON on standard input (`-`), to `sink` as a gap
 * summary, through the same path as `rungs gap --batch`: the same checks, the same worker threads,
 * the same bounded memory. Only summaries cross back from a worker, and none is kept here. `pool`:
 * the worker threads the caller started before loading the ladders (`startBatchPool`), and stops;
 * without any, the main thread does the work.
 */
export async function feedTeam(source: string, framework: Framework, io: Io, sink: TeamSink, pool: WorkerPool | undefined): Promise<void> {
	const progress = new ProgressLine({ isTTY: io.stderr.isTTY, write: (text: string) => writeRaw(io.stderr, text) }, io.env, Date.now, io.locale);
	let count = 0;
	let failed = 0;
	const take = (line: { line?: number; file?: string; ok: boolean; report?: GapSummary; problems?: readonly Problem[] }) => {
		count++;
		if (line.ok && line.report) sink.report(line.report);
		else (failed++, sink.rejected({ name: line.file ?? `line ${line.line}`, problems: line.problems ?? [] }));
	};
	/**
	 * A batch chunk's output, one JSON line per input, read back into the sink. Each line is decoded
	 * alone: the whole chunk as one string (up to a megabyte) would land in V8's large-object space,
	 * which cost more than decoding and parsing the lines themselves (see `piecePayload`).
	 */
	const takeBytes = async (bytes: Uint8Array) => {
		for (let start = 0, end = bytes.indexOf(0x0a); end !== -1; start = end + 1, end = bytes.indexOf(0x0a, start)) take(JSON.parse(decoder.decode(bytes.subarray(start, end))));
		progress.update(count, failed);
	};
	const decoder = new TextDecoder();
	try {
		if (source === '-') {
			const pieces = batchPieces(io.stdin as AsyncIterable<Uint8Array | string>);
			if (pool) await pool.run(pieces, framework, { full: false }, (bytes) => takeBytes(bytes));
			else
				for await (const piece of pieces) {
					if (piece.kind === 'too-long') take(JSON.parse(tooLongLine(piece.line, piece.size).text));
					else await takeBytes(reportPiece(piece.bytes, piece.first, framework, { full: false }).bytes);
				}
			return;
		}
		for await (const { file, loaded } of assessmentInputs(source, framework, io)) {
			const result = loaded.ok ? reportOn(loaded.value, file, framework, { full: false }) : { ok: false as const, problems: loaded.problems };
			take({ file, ok: result.ok, ...(result.ok ? { report: result.report as GapSummary } : { problems: result.problems }) });
			progress.update(count, failed);
		}
	} finally {
		progress.clear();
	}
}
