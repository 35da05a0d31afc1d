import { readdir } from 'node:fs/promises';
import { join } from 'node:path';

/** The YAML and JSON files under a folder, in name order, leaving out hidden folders and node_modules. */
export async function* filesBelow(dir: string): AsyncGenerator<string> {
	for (const entry of (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name))) {
		if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
		const path = join(dir, entry.name);
		if (entry.isDirectory()) yield* filesBelow(path);
		else if (entry.isFile() && /\.(ya?ml|json)$/i.test(entry.name)) yield path;
	}
}
