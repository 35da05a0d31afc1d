import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Every file under `dir`, by its path relative to `dir`, with its text. */
export function folderSnapshot(dir: string): Record<string, string> {
	const files: Record<string, string> = {};
	for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
		if (!entry.isFile()) continue;
		const path = join(entry.parentPath, entry.name);
		files[path.slice(dir.length + 1)] = readFileSync(path, 'utf8');
	}
	return Object.fromEntries(Object.entries(files).sort(([a], [b]) => a.localeCompare(b)));
}
