import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/** The nearest folder at or above `dir` for which `found` holds, if any. */
function upward(dir: string, found: (dir: string) => string | undefined): string | undefined {
	for (let current = dir; ; current = dirname(current)) {
		const hit = found(current);
		if (hit) return hit;
		if (dirname(current) === current) return undefined;
	}
}

const frameworkIn = (dir: string) => (existsSync(join(dir, 'framework.yaml')) ? dir : undefined);

/**
 * The folder of ladders when no file says which: the nearest folder at or above `cwd` that holds a
 * `framework.yaml`, or a `matrices/` folder that does. So a command run inside `matrices/` or
 * `matrices/examples/`, or anywhere below the repository's root, finds the same ladders.
 */
export function findLaddersFromCwd(cwd: string): string | undefined {
	return upward(resolve(cwd), (dir) => frameworkIn(dir) ?? frameworkIn(join(dir, 'matrices')));
}

/**
 * The folder of ladders an assessment belongs to: `--matrices` when given, else the nearest folder
 * at or above the file that holds a `framework.yaml`, else the ladders found from the working folder.
 */
export function findFrameworkDir(cwd: string, start: string | undefined, explicit: string | undefined): string | undefined {
	if (explicit) return resolve(cwd, explicit);
	const besideFile = start ? upward(resolve(cwd, dirname(start)), frameworkIn) : undefined;
	return besideFile ?? findLaddersFromCwd(cwd);
}
