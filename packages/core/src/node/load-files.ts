import { stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { parseAssessment } from '../pipeline/parse-assessment.ts';
import { parseAssessmentPair } from '../pipeline/parse-assessment-pair.ts';
import { parseFramework } from '../pipeline/parse-framework.ts';
import { fail, judge, problemsOf, type Result } from '../diagnostics/result.ts';
import type { Framework, ValidatedAssessment } from '../model/framework.ts';
import type { Problem, SourceFile } from '../diagnostics/problem.ts';
import { readFolder, readSourceFile } from './read-files.ts';
import { parseFrameworkFiles } from '../pipeline/parse-framework.ts';
import type { Translations } from '../pipeline/parse-translations.ts';

export { readSourceFile };

export interface LoadFrameworkOptions {
	/** Also report problems relative to this folder name (defaults to the folder given). */
	root?: string;
	/**
	 * Also read the translations beside the ladders (`i18n/<language>/*.yaml`) and check them
	 * against the ladders: unknown ids are errors, missing and stale translations warnings. Default true.
	 */
	translations?: boolean;
}

/**
 * Loads every ladder of a folder (its `*.yaml` files, not subfolders): the framework, shared
 * competencies, career paths and ladders, validated and resolved. The translations in its
 * `i18n/<language>/` folders are checked too (their problems are in the result; `translations:
 * false` leaves them out); `loadTranslations` gives them.
 *
 * @example
 * const result = await loadFramework('matrices');
 * if (!result.ok) { console.error(formatProblems(result.problems)); process.exitCode = 1; }
 */
export async function loadFramework(dir: string, options: LoadFrameworkOptions = {}): Promise<Result<Framework>> {
	return frameworkOf(await readLadderFolder(dir, { translations: options.translations ?? true }), options.root ?? dir);
}

/**
 * Loads a folder of ladders with their translations (`i18n/<language>/*.yaml`), both checked: the
 * framework, and per language the translation files and their coverage, for `translateFramework`.
 *
 * @example
 * const loaded = await loadTranslations('matrices');
 * if (loaded.ok) translateFramework(loaded.value.framework, loaded.value.translations, 'fr');
 */
export async function loadTranslations(dir: string, options: Omit<LoadFrameworkOptions, 'translations'> = {}): Promise<Result<{ framework: Framework; translations: Translations }>> {
	const read = await readLadderFolder(dir, { translations: true });
	const root = options.root ?? dir;
	if (read.sources.length === 0 && read.problems.length > 0) return fail(read.problems);
	const { result, translations } = parseFrameworkFiles(read.sources, { root });
	if (read.problems.length > 0 || !result.ok) return fail([...read.problems, ...problemsOf(result)]);
	return judge({ framework: result.value, translations: translations ?? { sourceLanguage: result.value.language, languages: [] } }, result.warnings);
}

/**
 * The ladder files of a folder (its `*.yaml`, not subfolders), read, with the problems of those not
 * read; with `translations: true`, the files of its `i18n/<language>/` folders too.
 *
 * @example
 * const read = await readLadderFolder('matrices'); // { sources, problems }
 */
export async function readLadderFolder(dir: string, options: { translations?: boolean } = {}): Promise<{ sources: SourceFile[]; problems: Problem[] }> {
	const read = await readFolder(dir, { names: YAML });
	if (!options.translations) return read;
	const i18n = join(dir, 'i18n');
	if (!(await stat(i18n).then((info) => info.isDirectory(), () => false))) return read;
	const more = await readFolder(i18n, { names: YAML, recursive: true });
	return { sources: [...read.sources, ...more.sources], problems: [...read.problems, ...more.problems] };
}

const YAML = /\.ya?ml$/i;

/**
 * The old name of {@link loadFramework}: one verb per result, and the result is a framework.
 *
 * @deprecated Use `loadFramework`; this alias goes in 2.0.
 */
export const loadMatrices = loadFramework;

/**
 * A folder of ladders already read (readLadderFolder), validated and resolved: loadFramework in two steps.
 *
 * @example
 * const framework = frameworkOf(await readLadderFolder('matrices'), 'matrices');
 */
export function frameworkOf(read: { sources: SourceFile[]; problems: Problem[] }, root: string): Result<Framework> {
	const { sources, problems } = read;
	if (sources.length === 0 && problems.length > 0) return fail(problems);
	const result = parseFramework(sources, { root });
	if (problems.length === 0) return result;
	return fail([...problems, ...problemsOf(result)]);
}

/**
 * Loads an assessment file (YAML or JSON) and checks it against a framework.
 *
 * @example
 * const loaded = await loadFramework('matrices');
 * if (!loaded.ok) throw new Error(formatProblems(loaded.problems));
 * const framework = loaded.value;
 * const result = await loadAssessment('matrices/examples/new-representative.yaml', framework);
 */
export async function loadAssessment(path: string, framework: Framework): Promise<Result<ValidatedAssessment>> {
	const { file, problems } = await readSourceFile(path);
	if (!file) return fail(problems);
	return parseAssessment(file, framework);
}

/**
 * Loads every assessment of a folder (its `*.yaml` files, read by the one reader), each checked
 * against `framework`, in file-name order; an assessment's id is its file name without the extension.
 * Fails with every problem of every file when any is an error.
 *
 * @example
 * const loaded = await loadAssessmentFolder('matrices/examples', framework);
 * if (loaded.ok) loaded.value.map((entry) => entry.id); // ["ana-manager", "ana-self", …]
 */
export async function loadAssessmentFolder(dir: string, framework: Framework): Promise<Result<Array<{ id: string; assessment: ValidatedAssessment }>>> {
	// The one reader: links held inside the folder, special files refused, every file named.
	const read = await readFolder(dir, { names: /\.ya?ml$/i });
	const problems: Problem[] = [...read.problems];
	const found: Array<{ id: string; assessment: ValidatedAssessment }> = [];
	for (const source of read.sources) {
		const result = parseAssessment(source, framework);
		problems.push(...problemsOf(result));
		if (result.ok) found.push({ id: basename(source.path).replace(/\.ya?ml$/i, ''), assessment: result.value });
	}
	return judge(found.sort((a, b) => a.id.localeCompare(b.id)), problems);
}

/**
 * Loads two assessments of the same person for calibration.
 *
 * @example
 * const pair = await loadAssessmentPair('self.yaml', 'manager.yaml', framework);
 */
export async function loadAssessmentPair(first: string, second: string, framework: Framework): Promise<Result<readonly [ValidatedAssessment, ValidatedAssessment]>> {
	const [a, b] = await Promise.all([readSourceFile(first), readSourceFile(second)]);
	if (!a.file || !b.file) return fail([...a.problems, ...b.problems]);
	return parseAssessmentPair(a.file, b.file, framework);
}
