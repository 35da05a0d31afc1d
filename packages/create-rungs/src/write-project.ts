import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, renameSync, rmdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** A reason not to write, worded for the person who ran the command. */
export class CreateError extends Error {}

/**
 * Whether `target` can receive a new repository: it does not exist yet (its parent does), or it is an
 * empty folder. Anything else is a CreateError that says what is in the way.
 */
export function checkTarget(target: string, shown: string): 'missing' | 'empty' {
	if (!existsSync(target)) {
		if (!existsSync(dirname(target))) throw new CreateError(`The folder that would hold \`${shown}\` (${dirname(target)}) does not exist. Nothing was written.`);
		return 'missing';
	}
	if (!statSync(target).isDirectory()) throw new CreateError(`\`${shown}\` exists and is not a folder. Choose another name. Nothing was written.`);
	const entries = readdirSync(target);
	if (entries.length > 0) {
		const some = entries.sort().slice(0, 3).join(', ') + (entries.length > 3 ? ', …' : '');
		throw new CreateError(`\`${shown}\` is not empty (it holds ${some}). Choose a new folder name, or empty it first. Nothing was written.`);
	}
	return 'empty';
}

function writeAll(root: string, files: ReadonlyMap<string, string>): void {
	for (const [path, content] of files) {
		const file = join(root, ...path.split('/'));
		mkdirSync(dirname(file), { recursive: true });
		writeFileSync(file, content, { flag: 'wx' });
	}
}

/**
 * Writes the files into `target` all at once or not at all: into a hidden staging folder first,
 * which then becomes the target by one rename (a new folder) or whose entries move into it (an
 * empty folder, such as the one the person is in). On any failure, what was staged or moved is
 * removed. A Ctrl-C while writing waits until the writing is over, so it cannot leave half a
 * repository either.
 */
export function writeProject(target: string, shown: string, files: ReadonlyMap<string, string>): void {
	const state = checkTarget(target, shown);
	const suffix = randomBytes(6).toString('hex');
	// A new folder is staged beside it; an existing one inside it, as its parent may not be writable.
	const staging = state === 'missing' ? join(dirname(target), `.${basename(target)}.create-rungs-${suffix}`) : join(target, `.create-rungs-${suffix}`);
	const moved: string[] = [];
	const interrupted: NodeJS.Signals[] = [];
	const hold = (signal: NodeJS.Signals) => interrupted.push(signal);
	process.on('SIGINT', hold).on('SIGTERM', hold);
	try {
		mkdirSync(staging);
		writeAll(staging, files);
		if (state === 'missing') {
			renameSync(staging, target);
		} else {
			for (const entry of readdirSync(staging)) {
				renameSync(join(staging, entry), join(target, entry));
				moved.push(entry);
			}
			rmdirSync(staging);
		}
	} catch (error) {
		for (const entry of moved) rmSync(join(target, entry), { recursive: true, force: true });
		rmSync(staging, { recursive: true, force: true });
		const reason = error instanceof Error ? ((error as NodeJS.ErrnoException).code ?? error.message) : String(error);
		throw new CreateError(`Could not write \`${shown}\` (${reason}). Nothing was written.`);
	} finally {
		process.off('SIGINT', hold).off('SIGTERM', hold);
	}
	// The signal that arrived while writing takes effect now, with the work complete.
	if (interrupted.length > 0) process.kill(process.pid, interrupted[0]);
}
