import { stat } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import { parseAssessment, type Framework, type GapSummary, type Problem } from '@rungs/core';
import { linkBoundary, readSourceFile, walkFiles, type WalkEntry } from '@rungs/core/node';
import type { Io } from '../io.ts';
import { ProgressLine } from '../progress.ts';
import { writeRaw } from '../visible.ts';
import { batchPieces } from './batch-input.ts';
import { reportOn, reportPiece, tooLongLine } from './batch-line.ts';
import { batchInWorkers, workerCount } from './batch-workers.ts';

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
 * the same bounded memory. Only summaries cross back from a worker, and none is kept here.
 */
export async function feedTeam(source: string, framework: Framework, io: Io, sink: TeamSink): Promise<void> {
	const progress = new ProgressLine({ isTTY: io.stderr.isTTY, write: (text: string) => writeRaw(io.stderr, text) }, io.env, Date.now, io.locale);
	let count = 0;
	let failed = 0;
	const take = (line: { line?: number; file?: string; ok: boolean; report?: GapSummary; problems?: readonly Problem[] }) => {
		count++;
		if (line.ok && line.report) sink.report(line.report);
		else (failed++, sink.rejected({ name: line.file ?? `line ${line.line}`, problems: line.problems ?? [] }));
	};
	/** A batch chunk's output, one JSON line per input, read back into the sink. */
	const takeBytes = async (bytes: Uint8Array) => {
		const text = decoder.decode(bytes);
		for (let start = 0, end = text.indexOf('\n'); end !== -1; start = end + 1, end = text.indexOf('\n', start)) take(JSON.parse(text.slice(start, end)));
		progress.update(count, failed);
	};
	const decoder = new TextDecoder();
	try {
		if (source === '-') {
			const pieces = batchPieces(io.stdin as AsyncIterable<Uint8Array | string>);
			const threads = workerCount(io.env);
			if (threads > 0) await batchInWorkers(pieces, framework, { full: false }, threads, (bytes) => takeBytes(bytes));
			else
				for await (const piece of pieces) {
					if (piece.kind === 'too-long') take(JSON.parse(tooLongLine(piece.line, piece.size).text));
					else await takeBytes(reportPiece(piece.bytes, piece.first, framework, { full: false }).bytes);
				}
			return;
		}
		const info = await stat(source).catch(() => undefined);
		const within = info?.isDirectory() ? await linkBoundary(source) : undefined;
		const entries: AsyncIterable<WalkEntry> = info?.isDirectory()
			? walkFiles(relative(io.cwd, resolve(io.cwd, source)) || '.', { recursive: true })
			: (async function* () {
					yield { path: source };
				})();
		for await (const entry of entries) {
			const shown = relative(io.cwd, resolve(io.cwd, entry.path)) || entry.path;
			if (entry.problem) {
				take({ file: shown, ok: false, problems: [entry.problem] });
				continue;
			}
			const read = await readSourceFile(shown, within === undefined ? {} : { within });
			const loaded = read.file ? parseAssessment(read.file, framework) : { ok: false as const, problems: read.problems };
			const result = loaded.ok ? reportOn(loaded.value, shown, framework, { full: false }) : { ok: false as const, problems: loaded.problems };
			take({ file: shown, ok: result.ok, ...(result.ok ? { report: result.report as GapSummary } : { problems: result.problems }) });
			progress.update(count, failed);
		}
	} finally {
		progress.clear();
	}
}
