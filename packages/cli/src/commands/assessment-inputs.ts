import { stat } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import { parseAssessment, type Framework, type Result, type ValidatedAssessment } from '@rungs/core';
import { linkBoundary, readSourceFile, walkFiles, type WalkEntry } from '@rungs/core/node';
import type { Io } from '../io.ts';

/** One assessment file of a folder (or the one file named), checked: its path as shown, and the result. */
export interface AssessmentInput {
	file: string;
	loaded: Result<ValidatedAssessment>;
}

/**
 * Every assessment file under a folder (recursively, links kept inside it), or the one file named,
 * read and checked against the framework one at a time, in the walk's order: what `gap --batch` and
 * `team` read from a folder. A file the walk could not read comes with its located problem.
 */
export async function* assessmentInputs(source: string, framework: Framework, io: Io): AsyncGenerator<AssessmentInput> {
	const info = await stat(source).catch(() => undefined);
	const within = info?.isDirectory() ? await linkBoundary(source) : undefined;
	const entries: AsyncIterable<WalkEntry> = info?.isDirectory()
		? walkFiles(relative(io.cwd, resolve(io.cwd, source)) || '.', { recursive: true })
		: (async function* () {
				yield { path: source };
			})();
	for await (const entry of entries) {
		const file = relative(io.cwd, resolve(io.cwd, entry.path)) || entry.path;
		if (entry.problem) {
			yield { file, loaded: { ok: false, problems: [entry.problem] } };
			continue;
		}
		const read = await readSourceFile(file, within === undefined ? {} : { within });
		yield { file, loaded: read.file ? parseAssessment(read.file, framework) : { ok: false, problems: read.problems } };
	}
}
