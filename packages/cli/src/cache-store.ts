import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { chmodSync, closeSync, constants, fstatSync, linkSync, lstatSync, mkdirSync, openSync, readdirSync, readSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { userInfo } from 'node:os';
import { isAbsolute, join } from 'node:path';
import type { Result } from '@rungs/core';
import type { Io } from './io.ts';

/*
 * A result computed from some bytes, reused by later runs while the bytes and this build of rungs are
 * the same. Parsing and checking YAML is most of a command's time, and editors and CI run the same
 * files again and again. What the cache guarantees:
 * - the key hashes the build itself (a hash of the bundle, fixed when it is built), the kind of
 *   result and every byte it was computed from: a changed rungs or a changed file is a miss;
 * - it lives in a per-user folder (XDG_CACHE_HOME, else ~/.cache, as rungs/), created 0700 and used
 *   only while it is a real folder owned by this user with no access for others; never a shared one
 *   (HOME="" means no cache, not /tmp);
 * - every entry carries an HMAC under a key kept in that folder (0600): an entry that was not
 *   written by rungs from that folder, or was cut short, or is not the shape of a result, is a
 *   miss, computed afresh. Another process of the same user can write there, as it can replace
 *   rungs itself: the folder is the trust boundary.
 * RUNGS_NO_CACHE=1 turns it off; any cache failure just means computing afresh.
 */

declare const RUNGS_BUILD: string;
/** The build's own hash; a run from source has none, and caches nothing. */
const build = ((): string | undefined => {
	try {
		// Named once, so the build writes the hash in one place.
		const id: unknown = RUNGS_BUILD;
		return typeof id === 'string' && /^[0-9a-f]{64}$/.test(id) ? id : undefined;
	} catch {
		return undefined;
	}
})();
/** Entries kept per kind: checking many assessments must not push out the ladders' entry. */
const KEEP = 64;
/** The largest entry read back: a framework's result is a few hundred kilobytes. */
const MAX_ENTRY_BYTES = 64 * 1024 * 1024;

/** The cache folder, made and checked: a folder of this user's, open to no one else; else none. */
function cacheFolder(env: NodeJS.ProcessEnv): string | undefined {
	// No HOME at all: the account's own, from the system. A HOME set to "" or a relative path: no
	// cache, rather than a guess (it once fell back to a shared /tmp/rungs).
	let home = env.HOME;
	if (home === undefined) {
		try {
			home = userInfo().homedir;
		} catch {
			home = undefined;
		}
	}
	const xdg = env.XDG_CACHE_HOME;
	const base = xdg && isAbsolute(xdg) ? xdg : home && isAbsolute(home) ? join(home, '.cache') : undefined;
	if (!base) return undefined;
	const folder = join(base, 'rungs');
	try {
		mkdirSync(base, { recursive: true, mode: 0o700 });
		mkdirSync(folder, { mode: 0o700 });
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code !== 'EEXIST') return undefined;
	}
	return ownFolder(folder) ? folder : undefined;
}

/** True when `folder` is a real folder (not a link) owned by this user, closed to others (made so if it is ours). */
export function ownFolder(folder: string): boolean {
	try {
		let info = lstatSync(folder);
		if (!info.isDirectory()) return false;
		if (process.platform === 'win32') return true;
		if (info.uid !== process.getuid!()) return false;
		if ((info.mode & 0o077) !== 0) {
			chmodSync(folder, 0o700);
			info = lstatSync(folder);
		}
		return info.isDirectory() && (info.mode & 0o077) === 0;
	} catch {
		return false;
	}
}

/** A regular file's bytes, not through a link, up to a bound; undefined for anything else. */
function readOwnFile(path: string, limit: number): Buffer | undefined {
	let fd: number | undefined;
	try {
		fd = openSync(path, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0));
		const info = fstatSync(fd);
		if (!info.isFile() || info.size > limit || (process.platform !== 'win32' && info.uid !== process.getuid!())) return undefined;
		const bytes = Buffer.alloc(info.size);
		let at = 0;
		while (at < bytes.length) {
			const read = readSync(fd, bytes, at, bytes.length - at, null);
			if (read === 0) return undefined;
			at += read;
		}
		return bytes;
	} catch {
		return undefined;
	} finally {
		if (fd !== undefined) closeSync(fd);
	}
}

/** The folder's secret key, made on first use (created whole, exclusively, 0600). */
function folderKey(folder: string): Buffer | undefined {
	const path = join(folder, 'key');
	const existing = readOwnFile(path, 32);
	if (existing?.length === 32) return existing;
	if (existing) return undefined;
	const temporary = join(folder, `.key.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
	try {
		writeFileSync(temporary, randomBytes(32), { flag: 'wx', mode: 0o600 });
		linkSync(temporary, path);
	} catch {
		/* another run made it first, or the folder is not writable */
	} finally {
		rmSync(temporary, { force: true });
	}
	const made = readOwnFile(path, 32);
	return made?.length === 32 ? made : undefined;
}

const sign = (key: Buffer, name: string, body: string) => createHmac('sha256', key).update(name).update('\0').update(body).digest();

/** A result as Rungs writes one: `ok`, then a value and warnings, or problems; each problem with its fields. */
function isResult(value: unknown): value is Result<unknown> {
	if (value === null || typeof value !== 'object') return false;
	const result = value as { ok?: unknown; problems?: unknown; warnings?: unknown; value?: unknown };
	const problems = result.ok === true ? result.warnings : result.ok === false ? result.problems : undefined;
	if (!Array.isArray(problems)) return false;
	const problemsOk = problems.every(
		(p: unknown) =>
			p !== null &&
			typeof p === 'object' &&
			typeof (p as Record<string, unknown>).code === 'string' &&
			typeof (p as Record<string, unknown>).message === 'string' &&
			// Problems cached before they carried params (Rungs 0.x) are worded afresh, not reused.
			typeof (p as Record<string, unknown>).params === 'object' &&
			typeof (p as Record<string, unknown>).file === 'string' &&
			typeof (p as Record<string, unknown>).line === 'number',
	);
	if (!problemsOk) return false;
	const errors = problems.some((p) => (p as { severity?: unknown }).severity === 'error');
	// ok means no error, and a value; not ok means at least one error to show.
	return result.ok ? !errors && result.value !== null && typeof result.value === 'object' : errors;
}

let folderOnce: { folder?: string; key?: Buffer } | undefined;

/** The cached result of `compute` for these parts, or computed afresh (and kept for next time). */
export async function cached<T>(io: Io, kind: string, parts: ReadonlyArray<string | Uint8Array>, compute: () => T | Promise<T>): Promise<T> {
	if (io.env.RUNGS_NO_CACHE === '1' || !build) return compute();
	folderOnce ??= (() => {
		const folder = cacheFolder(io.env);
		const key = folder ? folderKey(folder) : undefined;
		return key ? { folder, key } : {};
	})();
	const { folder, key } = folderOnce;
	if (!folder || !key) return compute();
	const hash = createHash('sha256').update(`${build}\0${kind}\0`);
	for (const part of parts) hash.update(part).update('\0');
	const name = `${kind}-${hash.digest('hex').slice(0, 40)}.json`;
	const file = join(folder, name);
	const bytes = readOwnFile(file, MAX_ENTRY_BYTES);
	if (bytes) {
		const text = bytes.toString('utf8');
		const newline = text.indexOf('\n');
		const mac = Buffer.from(text.slice(0, newline), 'hex');
		const body = text.slice(newline + 1);
		const expected = sign(key, name, body);
		if (newline === 64 && mac.length === expected.length && timingSafeEqual(mac, expected)) {
			try {
				const hit = JSON.parse(body) as unknown;
				if (isResult(hit)) {
					// Used again: the newest in line to stay.
					utimesSync(file, new Date(), new Date());
					return hit as T;
				}
			} catch {
				/* not JSON: a miss */
			}
		}
	}
	const result = await compute();
	try {
		const body = JSON.stringify(result);
		const temporary = `${file}.${process.pid}.tmp`;
		writeFileSync(temporary, `${sign(key, name, body).toString('hex')}\n${body}`, { mode: 0o600 });
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

