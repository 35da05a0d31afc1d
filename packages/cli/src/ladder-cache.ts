import { createHash } from 'node:crypto';
import { parseAssessment, problemsOf, sortProblems, type Framework, type Problem, type Result, type SourceFile, type ValidatedAssessment } from '@rungs/core';
import { frameworkOf, readLadderFolder } from '@rungs/core/node';
import { parseTranslations, type Translations } from '@rungs/core/translate';
import { cached } from './cache-store.ts';
import type { Io } from './io.ts';

/*
 * What the command line caches: a folder of ladders, loaded, and an assessment checked against one
 * (cache-store.ts says how results are kept, and what that guarantees).
 */

/** The bytes each folder of ladders held when this run read it, as the cache key sees them. */
const folderDigests = new Map<string, string>();

/** A folder's ladders loaded, with the texts read and, when asked for, the translations beside them. */
export type LoadedLadders = Result<Framework> & { sources: readonly SourceFile[]; translations?: Translations };

/** The ladders and their translations from files read, as one cacheable result. */
function withTranslations(read: { sources: SourceFile[]; problems: Problem[] }, dir: string): Result<{ framework: Framework; translations: Translations }> {
	const result = parseTranslations(read.sources, { root: dir });
	if (read.problems.length === 0) return result;
	return { ok: false, problems: sortProblems([...read.problems, ...problemsOf(result)]) };
}

/**
 * Loads a folder of ladders, reusing an earlier run's result while no file changed. The files are
 * read once, by the same rules and byte bound as without the cache, before anything is hashed; the
 * texts read come back too, so a caller never reads the folder a second time. With `translations`,
 * the `i18n/<language>/` files are read and checked too (`rungs validate`, `rungs translate`); other
 * commands leave them alone, so a slip in a translation never stops a gap report.
 */
export async function loadFrameworkCached(dir: string, io: Io, options: { translations?: boolean } = {}): Promise<LoadedLadders> {
	const read = await readLadderFolder(dir, { translations: options.translations ?? false });
	if (options.translations) {
		const loaded = read.problems.length > 0 ? withTranslations(read, dir) : await cached(io, 'ladders', ['with translations', digestOf(dir, read.sources)], () => withTranslations(read, dir));
		if (!loaded.ok) return { ...loaded, sources: read.sources };
		freezeDeep(loaded.value);
		return { ok: true, value: loaded.value.framework, warnings: loaded.warnings, sources: read.sources, translations: loaded.value.translations };
	}
	// A file that could not be read is reported every time, never cached.
	if (read.problems.length > 0) return { ...frameworkOf(read, dir), sources: read.sources };
	const result = await cached(io, 'ladders', [digestOf(dir, read.sources)], () => frameworkOf(read, dir));
	// A framework read back from the cache is JSON.parse's: frozen here as parseFramework freezes its own.
	if (result.ok) freezeDeep(result.value);
	return { ...result, sources: read.sources };
}

/** The hash of a folder's texts, kept for the assessments checked against it. */
function digestOf(dir: string, sources: readonly SourceFile[]): string {
	const hash = createHash('sha256').update(dir);
	for (const source of sources) hash.update('\0').update(source.path).update('\0').update(source.text);
	const digest = hash.digest('hex');
	folderDigests.set(dir, digest);
	return digest;
}

/** Checks an assessment against a folder of ladders, reusing an earlier run's result while nothing changed. */
export async function parseAssessmentCached(file: SourceFile, framework: Framework, dir: string, io: Io): Promise<Result<ValidatedAssessment>> {
	const digest = folderDigests.get(dir);
	if (!digest) return parseAssessment(file, framework);
	return cached(io, 'assessment', [digest, file.path, file.text], () => parseAssessment(file, framework));
}

/** Freezes parsed JSON all the way down (a stack: data may nest deeply); what is frozen is done. */
function freezeDeep(value: unknown): void {
	const stack = [value];
	while (stack.length > 0) {
		const item = stack.pop();
		if (item === null || typeof item !== 'object' || Object.isFrozen(item)) continue;
		Object.freeze(item);
		for (const key of Object.keys(item)) stack.push((item as Record<string, unknown>)[key]);
	}
}
