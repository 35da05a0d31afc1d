import { randomBytes } from 'node:crypto';
import { existsSync, rmSync } from 'node:fs';
import { link, open, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { describeFsError } from '@rungs/core/node';
import { UsageError } from './io.ts';

/** A file that could not be written, for a reason that is not a bug: a plain message, exit code 1. */
export class WriteError extends Error {
	override name = 'WriteError';
}

/** Temporary files being written, removed on every way out: an error, an exit, SIGINT, SIGTERM. */
const temporaries = new Set<string>();
const removeAll = () => {
	for (const path of temporaries) {
		try {
			rmSync(path, { force: true });
		} catch {
			/* never made (its folder is not one): nothing to remove */
		}
	}
	temporaries.clear();
};
const SIGNALS = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 } as const;
const onSignal = (signal: keyof typeof SIGNALS) => {
	removeAll();
	process.exit(SIGNALS[signal]);
};

function track(path: string): void {
	if (temporaries.size === 0) {
		process.on('exit', removeAll);
		for (const signal of Object.keys(SIGNALS) as Array<keyof typeof SIGNALS>) process.on(signal, onSignal);
	}
	temporaries.add(path);
}

function untrack(path: string): void {
	temporaries.delete(path);
	if (temporaries.size === 0) {
		process.off('exit', removeAll);
		for (const signal of Object.keys(SIGNALS) as Array<keyof typeof SIGNALS>) process.off(signal, onSignal);
	}
}

/** Why a file could not be written, naming it. */
export function writeFailure(path: string, error: unknown): WriteError {
	return new WriteError(`Cannot write \`${path}\`: ${describeFsError(error)}. Nothing was written.`);
}

/**
 * Writes a file whole or not at all (a temporary file beside it, then moved into place), so a crash
 * or a signal never leaves a half-written file nor the temporary one. Without `force` the file is
 * created exclusively: if it exists, or appears while this runs, nothing is replaced.
 */
export async function writeFileSafely(path: string, text: string, options: { force?: boolean; command: string }): Promise<void> {
	const exists = () => new UsageError(`\`${path}\` already exists: nothing was written. Choose another --out, or add --force to replace it.`, options.command);
	if (!options.force && existsSync(path)) throw exists();
	if (!existsSync(dirname(path))) throw new UsageError(`The folder \`${dirname(path)}\` does not exist: nothing was written.`, options.command);
	const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
	track(temporary);
	try {
		await writeFile(temporary, text, { flag: 'wx', mode: 0o644 });
		if (options.force) await rename(temporary, path);
		else {
			// A hard link fails if the name is taken, whoever took it and whenever: the exclusive create.
			try {
				await link(temporary, path);
			} catch (error) {
				if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw exists();
				// A file system without hard links: an exclusive create of the file itself.
				if (!['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EXDEV'].includes((error as NodeJS.ErrnoException).code ?? '')) throw error;
				const handle = await open(path, 'wx', 0o644).catch((again: NodeJS.ErrnoException) => {
					throw again.code === 'EEXIST' ? exists() : again;
				});
				try {
					await handle.writeFile(text);
					await handle.close();
				} catch (again) {
					await handle.close().catch(() => undefined);
					await rm(path, { force: true });
					throw again;
				}
			}
		}
	} catch (error) {
		if (error instanceof UsageError) throw error;
		throw writeFailure(path, error);
	} finally {
		await rm(temporary, { force: true }).catch(() => undefined);
		untrack(temporary);
	}
}
