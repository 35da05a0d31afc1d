import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseAssessment, type Assessment, type Framework, type LoadResult, type SourceFile } from '@rungs/core';
import { loadMatrices } from '@rungs/core/node';
import type { Io } from './io.ts';

declare const RUNGS_VERSION: string;
const version = typeof RUNGS_VERSION === 'string' ? RUNGS_VERSION : '0.0.0-dev';
/** Entries kept per kind: checking many assessments must not push out the ladders' entry. */
const KEEP = 64;

function cacheDir(env: NodeJS.ProcessEnv): string {
	const base = env.XDG_CACHE_HOME || (homedir() ? join(homedir(), '.cache') : tmpdir());
	return join(base, 'rungs');
}

/**
 * A result computed from some bytes, reused by later runs while the bytes and this version of rungs
 * are the same: the key hashes all of them, so a stale result is impossible. Parsing and checking
 * YAML is most of a command's time, and editors and CI run the same files again and again.
 * RUNGS_NO_CACHE=1 turns it off; any cache failure just means computing afresh.
 */
async function cached<T>(io: Io, kind: string, parts: ReadonlyArray<string | Uint8Array>, compute: () => T | Promise<T>): Promise<T> {
	if (io.env.RUNGS_NO_CACHE === '1') return compute();
	const hash = createHash('sha256').update(`${version}\0${kind}\0`);
	for (const part of parts) hash.update(part).update('\0');
	const folder = cacheDir(io.env);
	const file = join(folder, `${kind}-${hash.digest('hex').slice(0, 40)}.json`);
	try {
		const hit = JSON.parse(readFileSync(file, 'utf8')) as T;
		// Used again: the newest in line to stay.
		utimesSync(file, new Date(), new Date());
		return hit;
	} catch {
		/* not cached yet, or unreadable: compute afresh */
	}
	const result = await compute();
	try {
		mkdirSync(folder, { recursive: true });
		const temporary = `${file}.${process.pid}.tmp`;
		writeFileSync(temporary, JSON.stringify(result));
		renameSync(temporary, file);
		const entries = readdirSync(folder)
			.filter((n) => n.startsWith(`${kind}-`))
			.map((n) => ({ n, t: statSync(join(folder, n)).mtimeMs }))
			.sort((a, b) => b.t - a.t);
		for (const old of entries.slice(KEEP)) rmSync(join(folder, old.n), { force: true });
	} catch {
		/* a read-only home or a full disk only costs speed */
	}
	return result;
}

const folderDigests = new Map<string, string | undefined>();

/** A folder of ladders as the cache key sees it (names and bytes, in order), read once per run. */
function folderDigest(dir: string): string | undefined {
	if (folderDigests.has(dir)) return folderDigests.get(dir);
	let digest: string | undefined;
	try {
		const hash = createHash('sha256').update(dir);
		for (const name of readdirSync(dir).filter((n) => /\.ya?ml$/i.test(n)).sort()) {
			const path = join(dir, name);
			if (statSync(path).isFile()) hash.update('\0').update(name).update('\0').update(readFileSync(path));
		}
		digest = hash.digest('hex');
	} catch {
		digest = undefined;
	}
	folderDigests.set(dir, digest);
	return digest;
}

/** Loads a folder of ladders, reusing an earlier run's result while no file changed. */
export async function loadMatricesCached(dir: string, io: Io): Promise<LoadResult<Framework>> {
	const digest = folderDigest(dir);
	if (!digest) return loadMatrices(dir, { root: dir });
	return cached(io, 'ladders', [digest], () => loadMatrices(dir, { root: dir }));
}

/** Checks an assessment against a folder of ladders, reusing an earlier run's result while nothing changed. */
export async function parseAssessmentCached(file: SourceFile, framework: Framework, dir: string, io: Io): Promise<LoadResult<Assessment>> {
	const digest = folderDigest(dir);
	if (!digest) return parseAssessment(file, framework);
	return cached(io, 'assessment', [digest, file.path, file.text], () => parseAssessment(file, framework));
}
