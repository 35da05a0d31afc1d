import { existsSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { findFrameworkDir } from './find-framework.ts';
import type { Io } from './io.ts';

/**
 * A modeline's schema as a path that resolves from where a file is written (the folder of --out;
 * the working folder when printed, as `rungs init … > me.yaml` writes there), to the repository's
 * `schemas/<name>`: the nearest one at or above the ladders' folder, as the ladders' own modelines
 * point at it. Outside such a repository, undefined.
 */
export function schemaReference(io: Io, matricesDir: string | undefined, out: string | undefined, name: string): string | undefined {
	const ladders = findFrameworkDir(io.cwd, undefined, matricesDir);
	if (!ladders) return undefined;
	for (let dir = ladders; ; dir = dirname(dir)) {
		const schema = join(dir, 'schemas', name);
		if (existsSync(schema)) {
			const from = out ? dirname(resolve(io.cwd, out)) : io.cwd;
			// Editors read the modeline as a URL path: forward slashes on every system.
			return relative(from, schema).split(sep).join('/');
		}
		if (dirname(dir) === dir) return undefined;
	}
}
