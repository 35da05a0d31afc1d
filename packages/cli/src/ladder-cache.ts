import { createHash } from 'node:crypto';
import { parseAssessment, type Framework, type Result, type SourceFile, type ValidatedAssessment } from '@rungs/core';
import { frameworkOf, readLadderFolder } from '@rungs/core/node';
import { cached } from './cache-store.ts';
import type { Io } from './io.ts';

/*
 * What the command line caches: a folder of ladders, loaded, and an assessment checked against one
 * (cache-store.ts says how results are kept, and what that guarantees).
 */

/** The bytes each folder of ladders held when this run read it, as the cache key sees them. */
const folderDigests = new Map<string, string>();

/**
 * Loads a folder of ladders, reusing an earlier run's result while no file changed. The files are
 * read once, by the same rules and byte bound as without the cache, before anything is hashed; the
 * texts read come back too, so a caller never reads the folder a second time.
 */
export async function loadFrameworkCached(dir: string, io: Io): Promise<Result<Framework> & { sources: readonly SourceFile[] }> {
	const read = await readLadderFolder(dir);
	// A file that could not be read is reported every time, never cached.
	if (read.problems.length > 0) return { ...frameworkOf(read, dir), sources: read.sources };
	const hash = createHash('sha256').update(dir);
	for (const source of read.sources) hash.update('\0').update(source.path).update('\0').update(source.text);
	const digest = hash.digest('hex');
	folderDigests.set(dir, digest);
	const result = await cached(io, 'ladders', [digest], () => frameworkOf(read, dir));
	// A framework read back from the cache is JSON.parse's: frozen here as parseFramework freezes its own.
	if (result.ok) freezeDeep(result.value);
	return { ...result, sources: read.sources };
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
