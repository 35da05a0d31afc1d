// The public entry points of @rungs/core, read from its package.json `exports`, so a new entry
// (`./render`, `./schema` …) is documented and reported without touching these scripts.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../../', import.meta.url));
export const coreDir = `${root}packages/core/`;
/** Where `pnpm api` writes, relative to packages/core: the reference Markdown and the API reports. */
export const DOCS_DIR = 'docs/api';
export const REPORTS_DIR = 'etc';

/**
 * Every entry with TypeScript source behind it, in the order package.json lists them:
 * `{ specifier: '@rungs/core/node', source: 'src/node.ts', slug: 'core-node' }`. The slug names
 * the entry's Markdown page and API report.
 */
export function entryPoints() {
	const pkg = JSON.parse(readFileSync(`${coreDir}package.json`, 'utf8'));
	return Object.entries(pkg.exports).flatMap(([subpath, target]) => {
		const source = typeof target === 'object' ? target['@rungs/source'] : undefined;
		if (typeof source !== 'string' || !source.endsWith('.ts')) return [];
		const specifier = subpath === '.' ? pkg.name : `${pkg.name}/${subpath.slice(2)}`;
		const slug = specifier.replace(/^@[^/]+\//, '').replaceAll('/', '-');
		return [{ specifier, source: source.replace(/^\.\//, ''), slug }];
	});
}
