import { existsSync } from 'node:fs';
import { rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { UsageError } from './io.ts';

/**
 * Writes a file atomically (a temporary file beside it, then a rename), so a crash never leaves a
 * half-written file, and refuses to replace an existing file unless asked to.
 */
export async function writeFileSafely(path: string, text: string, options: { force?: boolean; command: string }): Promise<void> {
	if (!options.force && existsSync(path)) {
		throw new UsageError(`\`${path}\` already exists: nothing was written. Choose another --out, or add --force to replace it.`, options.command);
	}
	if (!existsSync(dirname(path))) throw new UsageError(`The folder \`${dirname(path)}\` does not exist: nothing was written.`, options.command);
	const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
	try {
		await writeFile(temporary, text, { flag: 'wx' });
		await rename(temporary, path);
	} catch (error) {
		await rm(temporary, { force: true });
		throw error;
	}
}
