import { once } from 'node:events';

import { readdir, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { createInterface } from 'node:readline';
import { assess, parseAssessment, summariseGapReport, validateAssessment, type AssessOptions, type Framework, type GapReport, type GapSummary } from '@rungs/core';
import { loadAssessment } from '@rungs/core/node';
import { EXIT, type Io } from '../io.ts';

/** One line of batch output: a gap report, or the located problems of one input. */
type BatchLine = { line?: number; file?: string; ok: true; report: GapReport | GapSummary } | { line?: number; file?: string; ok: false; problems: unknown[] };

class Output {
	count = 0;
	failed = 0;
	private readonly started = Date.now();
	private lastProgress = 0;
	private readonly io: Io;
	constructor(io: Io) {
		this.io = io;
	}

	async write(entry: BatchLine): Promise<void> {
		this.count++;
		if (!entry.ok) this.failed++;
		// Respect backpressure, so memory stays flat however large the input.
		if (!this.io.stdout.write(`${JSON.stringify(entry)}\n`)) await once(this.io.stdout, 'drain');
		if (this.io.stderr.isTTY && Date.now() - this.lastProgress > 200) {
			this.lastProgress = Date.now();
			const rate = Math.round(this.count / Math.max(0.001, (Date.now() - this.started) / 1000));
			this.io.stderr.write(`\r\u001b[K${this.count.toLocaleString('en')} assessments, ${rate.toLocaleString('en')}/s, ${this.failed} with problems`);
		}
	}

	finish(): number {
		if (this.io.stderr.isTTY) this.io.stderr.write('\r\u001b[K');
		this.io.stderr.write(`${this.count} assessment${this.count === 1 ? '' : 's'}: ${this.count - this.failed} reported, ${this.failed} with problems.\n`);
		return this.failed > 0 ? EXIT.problems : EXIT.ok;
	}
}

async function* filesBelow(dir: string): AsyncGenerator<string> {
	for (const entry of (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name))) {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) yield* filesBelow(path);
		else if (/\.(ya?ml|json)$/i.test(entry.name)) yield path;
	}
}

/**
 * Reports on many assessments: NDJSON on standard input (`-`), one assessment per line, or every file
 * under a folder. Streams one JSON line per input, in order, with bounded memory.
 */
export async function gapBatch(source: string, framework: Framework, options: AssessOptions & { full?: boolean }, io: Io): Promise<number> {
	const output = new Output(io);
	// A summary per line by default: the ladder's text would repeat in every line.
	const report = (assessment: Parameters<typeof assess>[1]) => (options.full ? assess(framework, assessment, options) : summariseGapReport(assess(framework, assessment, options)));
	if (source === '-') {
		const lines = createInterface({ input: io.stdin, crlfDelay: Infinity });
		let n = 0;
		for await (const text of lines) {
			n++;
			if (text.trim() === '') continue;
			let data: unknown;
			let parsed = true;
			try {
				data = JSON.parse(text);
			} catch {
				parsed = false;
			}
			const fast = parsed ? validateAssessment(data, framework, `line ${n}`) : undefined;
			// On any problem, check the raw line again so positions point into it.
			const result = fast?.ok ? fast : parseAssessment({ path: `line ${n}`, text }, framework);
			await output.write(result.ok ? { line: n, ok: true, report: report(result.value) } : { line: n, ok: false, problems: result.problems });
		}
		return output.finish();
	}
	const info = await stat(source).catch(() => undefined);
	const files = info?.isDirectory() ? filesBelow(source) : (async function* () {
		yield source;
	})();
	for await (const file of files) {
		const shown = relative(io.cwd, file) || file;
		const result = await loadAssessment(shown, framework);
		await output.write(result.ok ? { file: shown, ok: true, report: report(result.value) } : { file: shown, ok: false, problems: result.problems });
	}
	return output.finish();
}

