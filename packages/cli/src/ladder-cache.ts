import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Framework, LoadResult } from '@rungs/core';
import { loadMatrices } from '@rungs/core/node';
import type { Io } from './io.ts';

declare const RUNGS_VERSION: string;
const version = typeof RUNGS_VERSION === 'string' ? RUNGS_VERSION : '0.0.0-dev';
const KEEP = 32;

function cacheDir(env: NodeJS.ProcessEnv): string {
	const base = env.XDG_CACHE_HOME || (homedir() ? join(homedir(), '.cache') : tmpdir());
	return join(base, 'rungs');
}

/**
 * Loads a folder of ladders, reusing the result of an earlier run when no file changed: the key is
 * a hash of this version of rungs, the folder as shown, and every file's bytes, so a stale result is
 * impossible. Parsing YAML is most of a command's time; editors and CI run the same folder again
 * and again. RUNGS_NO_CACHE=1 turns it off; any cache failure just means loading afresh.
 */
export async function loadMatricesCached(dir: string, io: Io): Promise<LoadResult<Framework>> {
	if (io.env.RUNGS_NO_CACHE === '1') return loadMatrices(dir, { root: dir });
	let key: string;
	try {
		const hash = createHash('sha256').update(`${version}\0${dir}\0`);
		for (const name of readdirSync(dir).filter((n) => /\.ya?ml$/i.test(n)).sort()) {
			const path = join(dir, name);
			if (!statSync(path).isFile()) continue;
			hash.update(`${name}\0`).update(readFileSync(path)).update('\0');
		}
		key = hash.digest('hex').slice(0, 40);
	} catch {
		return loadMatrices(dir, { root: dir });
	}
	const folder = cacheDir(io.env);
	const file = join(folder, `ladders-${key}.json`);
	try {
		return JSON.parse(readFileSync(file, 'utf8')) as LoadResult<Framework>;
	} catch {
		/* not cached yet, or unreadable: load afresh */
	}
	const result = await loadMatrices(dir, { root: dir });
	try {
		mkdirSync(folder, { recursive: true });
		const temporary = `${file}.${process.pid}.tmp`;
		writeFileSync(temporary, JSON.stringify(result));
		renameSync(temporary, file);
		const entries = readdirSync(folder)
			.filter((n) => n.startsWith('ladders-'))
			.map((n) => ({ n, t: statSync(join(folder, n)).mtimeMs }))
			.sort((a, b) => b.t - a.t);
		for (const old of entries.slice(KEEP)) rmSync(join(folder, old.n), { force: true });
	} catch {
		/* a read-only home or a full disk only costs speed */
	}
	return result;
}
