import { assess, createProblem, decodeSource, parseAssessmentInput, summariseGapReport, type Framework, type GapSummary, type Problem } from '@rungs/core';
import { MAX_SOURCE_BYTES } from '@rungs/core/schema';
import { laddersNamed } from '../assess/ladders-named.ts';
import type { Opened } from './gather.ts';

/**
 * One input as the summary takes it: the gap summary of a valid assessment, or the problems that
 * keep it out. An NDJSON file gives one input per line. `line` is set for a line of such a file.
 */
export type Checked = { name: string; file: string; line?: number } & ({ ok: true; report: GapSummary } | { ok: false; problems: readonly Problem[] });

const NDJSON = /\.(ndjson|jsonl)$/i;
/** An NDJSON file may hold a whole organisation; each of its lines is held to the bound of a file. */
const MAX_STREAM_BYTES = 256 * 1024 * 1024;

/**
 * Loads the ladders named and gives the framework that holds them (scripts/assess/ladders.ts): the
 * page embeds no ladder, so an input is checked only once the ladders it names are here. Rejects
 * when one cannot be loaded.
 */
export type LadderLoader = (ids: readonly string[]) => Promise<Framework>;

/** The checks of `rungs gap` and `rungs team`, in the same order: the input, the assessment, then its report. */
function checkOne(name: string, input: string | Uint8Array, framework: Framework): { ok: true; report: GapSummary } | { ok: false; problems: readonly Problem[] } {
	const parsed = parseAssessmentInput(name, input, framework);
	if (!parsed.ok) return { ok: false, problems: parsed.problems };
	const report = assess(framework, parsed.value);
	// A summary, as `rungs team` reads: the ladder's wording would repeat for every person.
	return report.ok ? { ok: true, report: summariseGapReport(report.value) } : { ok: false, problems: report.problems };
}

/** Only spaces, tabs and a CR: a blank line, which `gap --batch` skips too. */
const isBlank = (line: Uint8Array) => line.every((c) => c === 0x20 || c === 0x09 || c === 0x0d);

/** An NDJSON file's lines as bytes: each ends at LF, a CR just before it dropped, as `gap --batch` reads them. */
function* lines(bytes: Uint8Array): Generator<Uint8Array> {
	let start = 0;
	while (start < bytes.length) {
		let end = bytes.indexOf(10, start);
		if (end === -1) end = bytes.length;
		yield bytes.subarray(start, end > start && bytes[end - 1] === 0x0d ? end - 1 : end);
		start = end + 1;
	}
}

/** A file refused before it is read, as the command line words it: a huge file chosen by mistake is never loaded. */
const tooLarge = (name: string, size: number, limit: number): Checked => ({
	name,
	file: name,
	ok: false,
	problems: [createProblem('FILE_TOO_LARGE', { size, limit }, { file: { path: name, text: '' }, path: [] })],
});

/** An input as its text (the ladders it names read from it), or as its bytes when they do not decode: the check says why. */
function decoded(name: string, bytes: Uint8Array): { input: string | Uint8Array; ladders: string[] } {
	const source = decodeSource(name, bytes);
	return source.problems.length > 0 ? { input: bytes, ladders: [] } : { input: source.file.text, ladders: laddersNamed(source.file.text) };
}

/** Every input of one opened file, checked once the ladders they name are loaded (rejects when one cannot be). */
export async function checkFile(opened: Opened, ladders: LadderLoader): Promise<Checked[]> {
	const stream = NDJSON.test(opened.name);
	const limit = stream ? MAX_STREAM_BYTES : MAX_SOURCE_BYTES;
	if (opened.file.size > limit) return [tooLarge(opened.name, opened.file.size, limit)];
	const bytes = new Uint8Array(await opened.file.arrayBuffer());
	if (!stream) {
		const { input, ladders: named } = decoded(opened.name, bytes);
		return [{ name: opened.name, file: opened.name, ...checkOne(opened.name, input, await ladders(named)) }];
	}
	// Two passes over the lines, so a stream's texts are never all held at once: the ladders its lines name, then each line checked.
	const named = new Set<string>();
	let n = 0;
	for (const line of lines(bytes)) {
		n++;
		if (!isBlank(line)) for (const id of decoded(`${opened.name}:${n}`, line).ladders) named.add(id);
	}
	const framework = await ladders([...named]);
	const out: Checked[] = [];
	n = 0;
	for (const line of lines(bytes)) {
		n++;
		if (isBlank(line)) continue;
		const name = `${opened.name}:${n}`;
		out.push({ name, file: opened.name, line: n, ...checkOne(name, line, framework) });
	}
	return out;
}
