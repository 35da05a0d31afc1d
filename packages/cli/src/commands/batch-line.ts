import { assess, createProblem, findLevel, findLadder, parseAssessmentInput, summariseGapReport, targetOf, validateAssessment, type ValidatedAssessment, type Framework, type GapReport, type GapSummary, type Problem, type ReadinessRule } from '@rungs/core';
import { MAX_SOURCE_BYTES } from '@rungs/core/schema';
import { escapeJson, jsonText } from '../visible.ts';
import { splitLineBytes } from './batch-input.ts';

export interface BatchOptions {
	/** Another target than each assessment's: a level id of its own ladder, or `{ ladder, level }`. */
	target?: string | { ladder: string; level: string };
	/** The rule each target ladder is measured by, when the command line asks for another than its own. */
	rules?: Record<string, ReadinessRule>;
	/** Whole gap reports instead of summaries. */
	full?: boolean;
}

export type BatchResult = { ok: true; report: GapReport | GapSummary } | { ok: false; problems: readonly Problem[] };

/**
 * The report on one valid assessment under the batch options, or what stops it: a `--target` level
 * that this assessment's ladder does not have is a problem of this input, not of the whole batch.
 */
export function reportOn(assessment: ValidatedAssessment, name: string, framework: Framework, options: BatchOptions): BatchResult {
	const wanted = options.target === undefined ? targetOf(assessment) : targetOf({ ladder: assessment.ladder, target: options.target });
	const ladder = findLadder(framework, wanted.ladder);
	if (!ladder || !findLevel(ladder, wanted.level)) {
		// The one pipeline says what is wrong, as if the assessment had named that target itself.
		const checked = validateAssessment({ ...assessment, target: options.target }, framework, `${name} with --target`);
		if (checked.ok) throw new Error(`--target ${JSON.stringify(options.target)} passed validation but not the level lookup`);
		return { ok: false, problems: checked.problems };
	}
	const rule = options.rules?.[wanted.ladder];
	const assessed = assess(framework, assessment, { ...(rule ? { rule } : {}), ...(options.target ? { target: options.target } : {}) });
	if (!assessed.ok) return { ok: false, problems: assessed.problems };
	// A summary by default: the ladder's text would repeat in every report.
	return { ok: true, report: options.full ? assessed.value : summariseGapReport(assessed.value) };
}

/** Only spaces, tabs and a CR: a blank line, which gives no output line. */
const isBlank = (input: string | Uint8Array): boolean => {
	for (let i = 0; i < input.length; i++) {
		const c = typeof input === 'string' ? input.charCodeAt(i) : input[i]!;
		if (c !== 0x20 && c !== 0x09 && c !== 0x0d) return false;
	}
	return true;
};

/**
 * One NDJSON input line as one output line: a report, or the located problems; nothing for a blank
 * line. The line's bytes (or text) are checked exactly as a file holding them would be: size bound,
 * strict UTF-8, duplicate keys, then the schema and rules, located in the line. The text is plain
 * `JSON.stringify`: `piecePayload` escapes what a terminal would act on as it encodes a piece.
 */
export function reportLine(n: number, input: string | Uint8Array, framework: Framework, options: BatchOptions): { text: string; ok: boolean } | undefined {
	if (isBlank(input)) return undefined;
	const name = `line ${n}`;
	const checked = parseAssessmentInput(name, input, framework);
	const result = checked.ok ? reportOn(checked.value, name, framework, options) : { ok: false as const, problems: checked.problems };
	return { text: `${JSON.stringify({ line: n, ...result })}\n`, ok: result.ok };
}

/** The output line for an input line longer than a file may be: that line's problem, nothing more. */
export function tooLongLine(n: number, size: number): { text: string; ok: false } {
	const name = `line ${n}`;
	const problem = createProblem('FILE_TOO_LARGE', { size, limit: MAX_SOURCE_BYTES }, { file: { path: name, text: '' }, span: { line: 1, column: 1, endColumn: 2 }, path: [] });
	return { text: `${jsonText({ line: n, ok: false, problems: [problem] })}\n`, ok: false };
}

/**
 * The output for a piece of complete lines whose first is line `first`, as the UTF-8 bytes to write:
 * what every thread count runs, in a worker or not. Each line goes on as its bytes, so it is decoded
 * as a file of them is (size, strict UTF-8, no NUL, the byte-order mark): one path for every line,
 * valid or not.
 */
export function reportPiece(bytes: Uint8Array, first: number, framework: Framework, options: BatchOptions): { bytes: Uint8Array; count: number; failed: number } {
	const out: string[] = [];
	let failed = 0;
	splitLineBytes(bytes).forEach((line, i) => {
		const result = reportLine(first + i, line, framework, options);
		if (!result) return;
		out.push(result.text);
		if (!result.ok) failed++;
	});
	return { bytes: piecePayload(out), count: out.length, failed };
}

/**
 * Output lines as the bytes to write, with what a terminal would act on escaped (`escapeJson`): a
 * view at the start of an ArrayBuffer of its own, so a worker can hand it over without a copy.
 *
 * Each line is encoded straight into one buffer. Joining the lines first would build one string of
 * up to a megabyte per piece, and V8 allocates strings past about 128 KB in its large-object space,
 * which on Node 20 cost about 15 µs per line of a 250-line piece against 2 µs for these writes.
 * The characters to escape all lie outside ASCII or are DEL, so the encoding is the check: a line
 * that writes as many bytes as it has characters is ASCII and goes as it is; any other line is
 * escaped first. Escaping is per character, so this is exactly what escaping the whole piece gives.
 */
export function piecePayload(lines: readonly string[]): Uint8Array {
	let rest = 0;
	for (const line of lines) rest += line.length;
	// Four bytes to spare: a line that does not fit is cut short by at most a three-byte character, so
	// it still writes more bytes than it has characters and is never taken for ASCII.
	let bytes = Buffer.allocUnsafeSlow(rest + 4);
	let at = 0;
	for (const line of lines) {
		rest -= line.length;
		const written = bytes.write(line, at, 'utf8');
		if (written === line.length) {
			at += written;
			continue;
		}
		const escaped = escapeJson(line);
		const size = Buffer.byteLength(escaped, 'utf8');
		if (at + size + rest + 4 > bytes.length) {
			const larger = Buffer.allocUnsafeSlow(2 * (at + size + rest) + 4);
			bytes.copy(larger, 0, 0, at);
			bytes = larger;
		}
		at += bytes.write(escaped, at, 'utf8');
	}
	const payload = bytes.subarray(0, at);
	// DEL is ASCII, so the lengths do not show it; it is rare enough to escape the piece again whole.
	return payload.indexOf(0x7f) === -1 ? payload : encoded(escapeJson(lines.join('')));
}

/** Text as UTF-8 in a buffer of its own (never Node's shared pool, which must not be handed over). */
function encoded(text: string): Uint8Array {
	const bytes = Buffer.allocUnsafeSlow(Buffer.byteLength(text, 'utf8'));
	bytes.write(text, 0, 'utf8');
	return bytes;
}
