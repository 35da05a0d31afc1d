import type { Versions } from './versions.ts';

/**
 * The new repository's package.json: `npm start` builds the site and serves it, `npm test` checks
 * the ladders (warnings included, as the pull-request check does).
 */
export function generatedPackageJson(name: string, versions: Versions): string {
	const manifest = {
		name,
		private: true,
		type: 'module',
		engines: { node: '>=20.19' },
		scripts: {
			start: 'astro build && astro preview',
			dev: 'astro dev',
			build: 'astro build',
			test: 'rungs validate matrices --strict',
		},
		dependencies: {
			'@rungs/astro': `^${versions.astro}`,
			'@rungs/core': `^${versions.core}`,
			astro: versions.astroRange,
			rungs: `^${versions.cli}`,
		},
	};
	return `${JSON.stringify(manifest, null, 2)}\n`;
}
