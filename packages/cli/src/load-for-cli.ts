import { relative } from 'node:path';
import { formatProblems, type Framework, type Problem, type Result } from '@rungs/core';
import { findFrameworkDir } from './find-framework.ts';
import { loadFrameworkCached } from './ladder-cache.ts';
import { UsageError, useColor, type Io } from './io.ts';
import { messagesOf } from './language.ts';
import { translateFramework } from '@rungs/core/translate';

/** Thrown when input files have errors; they were already printed. */
export class ProblemsReported extends Error {
	override name = 'ProblemsReported';
}

/** Prints problems (errors and warnings) to stderr; throws ProblemsReported when any is an error. */
export function reportProblems(problems: readonly Problem[], io: Io): void {
	if (problems.length === 0) return;
	io.stderr.write(`${formatProblems(problems, { color: useColor(io.stderr, io.env), messages: messagesOf(io) })}\n`);
	if (problems.some((p) => p.severity === 'error')) throw new ProblemsReported();
}

/** A result's value, its warnings printed; or its problems printed and ProblemsReported thrown. */
export function valueOrReport<T>(result: Result<T>, io: Io): T {
	reportProblems(result.ok ? result.warnings : result.problems, io);
	if (!result.ok) throw new ProblemsReported();
	return result.value;
}

/** A loaded framework's value; when it failed, its errors printed (warnings are `rungs validate`'s) and ProblemsReported thrown. */
export function valueOrReportErrors<T>(result: Result<T>, io: Io): T {
	if (!result.ok) reportProblems(result.problems.filter((p) => p.severity === 'error'), io);
	return (result as Extract<Result<T>, { ok: true }>).value;
}

/** The framework an assessment file belongs to, loaded; its problems printed. */
export async function frameworkFor(file: string | undefined, ladders: string | undefined, io: Io, command: string): Promise<Framework> {
	const dir = findFrameworkDir(io.cwd, file, ladders);
	if (!dir) throw new UsageError('No ladders found: run from a folder with matrices/, or pass --matrices <dir>.', command);
	const shown = relative(io.cwd, dir) || '.';
	const result = await loadFrameworkCached(shown, io);
	return valueOrReportErrors(result, io);
}

/**
 * frameworkFor, with the ladders' texts in the language the command speaks (`--lang`) when the
 * ladders have a translation into it (i18n/<language>/ beside them): a French report then names
 * levels and competencies in French. Ids are unchanged, so assessments read the same. A text with
 * no current translation stays as written; translations that do not load (an unknown id) are left
 * out here, as `rungs validate` reports them.
 */
export async function frameworkInLanguage(file: string | undefined, ladders: string | undefined, io: Io, command: string): Promise<Framework> {
	const framework = await frameworkFor(file, ladders, io, command);
	const language = io.locale ?? 'en';
	if (language === framework.language) return framework;
	const dir = findFrameworkDir(io.cwd, file, ladders)!;
	const loaded = await loadFrameworkCached(relative(io.cwd, dir) || '.', io, { translations: true });
	if (!loaded.ok || !loaded.translations?.languages.some((l) => l.language === language)) return framework;
	return translateFramework(loaded.value, loaded.translations, language).framework;
}
