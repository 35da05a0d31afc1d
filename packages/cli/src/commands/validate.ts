import { stat } from 'node:fs/promises';
import { basename, join, relative, resolve, sep } from 'node:path';
import { formatMessage, formatProblem, problemsOf, sortProblems, type Framework, type Problem, type SourceFile } from '@rungs/core';
import { linkBoundary, readSourceFile, walkFiles } from '@rungs/core/node';
import { loadFrameworkCached, parseAssessmentCached } from '../ladder-cache.ts';
import { findFrameworkDir, findLaddersFromCwd } from '../find-framework.ts';
import { EXIT, UsageError, useColor, type Io } from '../io.ts';
import { jsonText, visible } from '../visible.ts';
import { messagesOf } from '../language.ts';
import { cliWords } from '../cli-words.ts';
import type { TranslationCoverage } from '@rungs/core/translate';

export const VALIDATE_HELP = `rungs validate [paths…] [options]

Checks ladders and assessments: every file, every problem, each located at file:line:column with
the source around it and a hint. A folder is read as a folder of ladders (framework.yaml, shared
competencies, career paths, ladders, and their translations in i18n/<language>/, with the coverage
of each language in the summary) and the assessments in its other subfolders are checked against it;
a file is checked as what its \`format:\` line says it is. Without paths, checks the ladders of the
folder you are in: the nearest framework.yaml at or above it, or a matrices/ folder there.

Options
  --format text|json|github   how to print problems (github: workflow annotations)   [text]
  --strict                    exit 1 on warnings too (missing and stale translations among them)
  --matrices <dir>            the ladders that assessments are checked against
  --lang en|fr                language of problems and reports   [LC_ALL, LC_MESSAGES or LANG; else en]
  -h, --help                  this help

Exit codes: 0 clean, 1 errors (or warnings with --strict), 2 usage error.

Examples
  rungs validate
  rungs validate matrices/ --strict
  rungs validate matrices/examples/new-representative.yaml --format json
  rungs validate matrices --format github`;

type Format = 'text' | 'json' | 'github';

/** Annotation text GitHub accepts: `%`, CR and LF escaped. */
const escapeAnnotation = (text: string) => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
/** An annotation property (`file=…`) also escapes `:` and `,`, so a file name cannot forge other fields. */
const escapeProperty = (text: string) => escapeAnnotation(text).replace(/:/g, '%3A').replace(/,/g, '%2C');

function printProblems(problems: Problem[], format: Format, io: Io): void {
	if (format === 'json') return;
	const messages = messagesOf(io);
	for (const problem of problems) {
		if (format === 'github') {
			const kind = problem.severity === 'error' ? 'error' : 'warning';
			// In the reader's language; JSON output keeps the problem as data, its English words included.
			const text = formatMessage(problem, messages);
			const hint = problem.hint === undefined ? undefined : formatMessage({ code: `${problem.code}.hint`, params: problem.params } as Parameters<typeof formatMessage>[0], messages);
			const message = escapeAnnotation(`${text}${hint ? `\n${hint}` : ''}`);
			io.stdout.write(`${visible(`::${kind} file=${escapeProperty(problem.file)},line=${problem.line},col=${problem.column},title=${problem.code}::${message}`)}\n`);
		} else io.stderr.write(`${formatProblem(problem, { color: useColor(io.stderr, io.env), messages })}\n\n`);
	}
}

/**
 * How many of a folder's files are ladders, for a folder whose framework did not load, so the summary
 * counts what was checked ("✗ 4 ladders … checked", not 0). A ladder says so on its `format:` line,
 * which every Rungs file starts its top-level mapping with (`rungs/matrix@` is the id before the rename,
 * still read); files that could not be read count as nothing.
 */
const ladderCount = (sources: readonly SourceFile[]): number => sources.filter((s) => /^format:[ \t]*["']?rungs\/(?:ladder|matrix)@/m.test(s.text)).length;

export async function validateCommand(paths: string[], options: { format?: string; strict?: boolean; matrices?: string }, io: Io): Promise<number> {
	const format = (options.format ?? 'text') as Format;
	if (!['text', 'json', 'github'].includes(format)) throw new UsageError(`Unknown format \`${format}\`: use text, json or github.`, 'validate');
	const found = paths.length > 0 ? undefined : findLaddersFromCwd(io.cwd);
	if (paths.length === 0 && !found) throw new UsageError('No ladders found here or above (no framework.yaml, no matrices/ folder): run it inside your ladders, or give the paths to check.', 'validate');
	const targets = paths.length > 0 ? paths : [found!];
	const show = (path: string) => relative(io.cwd, path) || '.';
	const problems: Problem[] = [];
	const frameworks = new Map<string, Framework | undefined>();
	/** Coverage per language, of every folder of ladders checked. */
	const coverage: Array<TranslationCoverage & { ladders: string }> = [];
	/** Assessment files to check, each with the folder its links must stay inside (none when named). */
	const assessments = new Map<string, string | undefined>();
	let ladders = 0;

	const frameworkAt = async (dir: string) => {
		if (frameworks.has(dir)) return frameworks.get(dir);
		const result = await loadFrameworkCached(show(dir), io, { translations: true });
		problems.push(...problemsOf(result));
		for (const language of result.translations?.languages ?? []) coverage.push({ ...language.coverage, ladders: show(dir) });
		const framework = result.ok ? result.value : undefined;
		frameworks.set(dir, framework);
		ladders += framework?.ladders.length ?? ladderCount(result.sources);
		return framework;
	};

	for (const target of targets) {
		const path = resolve(io.cwd, target);
		const info = await stat(path).catch(() => undefined);
		if (!info) {
			const read = await readSourceFile(show(path));
			problems.push(...read.problems);
			continue;
		}
		if (info.isDirectory()) {
			const hasFramework = await stat(join(path, 'framework.yaml')).then(() => true, () => false);
			if (hasFramework) await frameworkAt(path);
			const within = await linkBoundary(path);
			// The translations beside the ladders are checked with them, not as assessments.
			const translations = join(path, 'i18n') + sep;
			for await (const entry of walkFiles(show(path), { recursive: true })) {
				const file = resolve(io.cwd, entry.path);
				if (entry.problem) problems.push(entry.problem);
				else if (!hasFramework || (resolve(file, '..') !== path && !file.startsWith(translations))) assessments.set(file, within);
			}
		} else {
			const dir = resolve(path, '..');
			const isLadderFile = info.isFile() && (await stat(join(dir, 'framework.yaml')).then(() => true, () => false));
			// A translation, `<ladders>/i18n/<language>/<file>.yaml`, is checked with its ladders.
			const ladders = resolve(dir, '..', '..');
			const isTranslation = info.isFile() && basename(resolve(dir, '..')) === 'i18n' && (await stat(join(ladders, 'framework.yaml')).then(() => true, () => false));
			// A translation's folder holds a framework.yaml too (framework.yaml's translation): asked first.
			if (isTranslation) await frameworkAt(ladders);
			else if (isLadderFile) await frameworkAt(dir);
			else assessments.set(path, undefined);
		}
	}

	let checkedAssessments = 0;
	let unchecked = 0;
	for (const [file, within] of assessments) {
		const read = await readSourceFile(show(file), within === undefined ? {} : { within });
		problems.push(...read.problems);
		if (!read.file) continue;
		const dir = findFrameworkDir(io.cwd, file, options.matrices);
		if (!dir) throw new UsageError(`No ladders found for \`${show(file)}\`: pass --matrices <dir>.`, 'validate');
		const framework = await frameworkAt(dir);
		if (!framework) {
			unchecked++;
			continue;
		}
		problems.push(...problemsOf(await parseAssessmentCached(read.file, framework, show(dir), io)));
		checkedAssessments++;
	}

	const sorted = sortProblems(problems);
	const errors = sorted.filter((p) => p.severity === 'error').length;
	const warnings = sorted.length - errors;
	printProblems(sorted, format, io);
	// The folder is named only when there is more than one to tell apart.
	const severalFolders = new Set(coverage.map((c) => c.ladders)).size > 1;
	if (format === 'json') {
		const translations = coverage.map(({ ladders: folder, ...c }) => ({ ...c, ...(severalFolders ? { ladders: folder } : {}) }));
		io.stdout.write(`${jsonText({ ladders, assessments: checkedAssessments, ...(unchecked > 0 ? { assessmentsNotChecked: unchecked } : {}), ...(translations.length > 0 ? { translations } : {}), errors, warnings, problems: sorted }, 2)}\n`);
	} else {
		const summary = cliWords(io.locale).validateSummary({ ladders, assessments: checkedAssessments, unchecked, errors, warnings });
		io.stderr.write(`${errors === 0 && warnings === 0 ? '✓' : errors === 0 ? '!' : '✗'} ${summary}\n`);
		if (coverage.length > 0) io.stderr.write(`  ${cliWords(io.locale).translationCoverage(coverage.map(({ ladders: folder, ...c }) => ({ ...c, ...(severalFolders ? { ladders: folder } : {}) })))}\n`);
	}
	return errors > 0 || (options.strict && warnings > 0) ? EXIT.problems : EXIT.ok;
}
