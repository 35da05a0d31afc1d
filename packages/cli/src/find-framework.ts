import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/**
 * The folder of ladders an assessment belongs to: `--matrices` when given, else the nearest folder
 * at or above the file that holds a `framework.yaml`, else `./matrices`.
 */
export function findFrameworkDir(cwd: string, start: string | undefined, explicit: string | undefined): string | undefined {
	if (explicit) return resolve(cwd, explicit);
	if (start) {
		let dir = resolve(cwd, dirname(start));
		for (;;) {
			if (existsSync(join(dir, 'framework.yaml'))) return dir;
			const parent = dirname(dir);
			if (parent === dir) break;
			dir = parent;
		}
	}
	const fallback = resolve(cwd, 'matrices');
	return existsSync(join(fallback, 'framework.yaml')) ? fallback : undefined;
}
