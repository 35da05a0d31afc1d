import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { createProblem, type Problem, type SourceFile } from '../errors/problem.ts';
import { parseAssessment } from '../load/parse-assessment.ts';
import { parseAssessmentPair } from '../load/parse-assessment-pair.ts';
import { parseFramework } from '../load/parse-framework.ts';
import type { LoadResult } from '../load/result.ts';
import type { Framework } from '../model.ts';
import { decodeSource, MAX_SOURCE_BYTES } from '../parse/parse-yaml.ts';
import type { Assessment } from '../schema/assessment.ts';

const nowhere = { line: 1, column: 1, endColumn: 2 };

/**
 * Reads a file as UTF-8 text, turning every failure (missing, a folder, too large, not UTF-8) into
 * a located problem instead of an exception.
 *
 * @example
 * const { file, problems } = await readSourceFile('matrices/framework.yaml');
 */
export async function readSourceFile(path: string): Promise<{ file?: SourceFile; problems: Problem[] }> {
	const fail = (reason: string) => ({
		problems: [createProblem('FILE_NOT_FOUND', { path, reason }, { file: { path, text: '' }, span: nowhere, path: [] })],
	});
	try {
		const info = await stat(path);
		if (info.isDirectory()) return fail('it is a folder, not a file');
		if (info.size > MAX_SOURCE_BYTES) {
			const problem = createProblem('FILE_TOO_LARGE', { size: String(info.size), limit: String(MAX_SOURCE_BYTES) }, { file: { path, text: '' }, span: nowhere, path: [] });
			return { problems: [problem] };
		}
		const decoded = decodeSource(path, await readFile(path));
		return decoded.problems.length > 0 ? { problems: decoded.problems } : { file: decoded.file, problems: [] };
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		return fail(code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : String((error as Error).message));
	}
}

export interface LoadMatricesOptions {
	/** Also report problems relative to this folder name (defaults to the folder given). */
	root?: string;
}

/**
 * Loads every ladder of a folder (its `*.yaml` files, not subfolders): the framework, shared
 * competencies, career paths and ladders, validated and resolved.
 *
 * @example
 * const result = await loadMatrices('matrices');
 * if (!result.ok) { console.error(formatProblems(result.problems)); process.exitCode = 1; }
 */
export async function loadMatrices(dir: string, options: LoadMatricesOptions = {}): Promise<LoadResult<Framework>> {
	let names: string[];
	try {
		names = (await readdir(dir, { withFileTypes: true }))
			.filter((entry) => entry.isFile() && /\.ya?ml$/i.test(entry.name))
			.map((entry) => entry.name)
			.sort();
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		const reason = code === 'ENOENT' ? 'no such folder' : code === 'ENOTDIR' ? 'it is a file, not a folder' : String((error as Error).message);
		return { ok: false, problems: [createProblem('FILE_NOT_FOUND', { path: dir, reason }, { file: { path: dir, text: '' }, span: nowhere, path: [] })] };
	}
	const read = await Promise.all(names.map((name) => readSourceFile(join(dir, name))));
	const problems = read.flatMap((r) => r.problems);
	const sources = read.flatMap((r) => (r.file ? [r.file] : []));
	const result = parseFramework(sources, { root: options.root ?? dir });
	if (problems.length === 0) return result;
	return { ok: false, problems: [...problems, ...result.problems] };
}

/**
 * Loads an assessment file (YAML or JSON) and checks it against a framework.
 *
 * @example
 * const framework = (await loadMatrices('matrices')).value!;
 * const result = await loadAssessment('matrices/examples/new-representative.yaml', framework);
 */
export async function loadAssessment(path: string, framework: Framework): Promise<LoadResult<Assessment>> {
	const { file, problems } = await readSourceFile(path);
	if (!file) return { ok: false, problems };
	return parseAssessment(file, framework);
}

/**
 * Loads two assessments of the same person for calibration.
 *
 * @example
 * const pair = await loadAssessmentPair('self.yaml', 'manager.yaml', framework);
 */
export async function loadAssessmentPair(first: string, second: string, framework: Framework): Promise<LoadResult<[Assessment, Assessment]>> {
	const [a, b] = await Promise.all([readSourceFile(first), readSourceFile(second)]);
	if (!a.file || !b.file) return { ok: false, problems: [...a.problems, ...b.problems] };
	return parseAssessmentPair(a.file, b.file, framework);
}
