// Bundles create-rungs into one file with no dependencies, so `npm create rungs` starts fast. The
// versions the new repository depends on are read here from the packages' own package.json, and
// this runs again on `pack` (prepack): a published create-rungs names the versions published with it.
import { build } from 'esbuild';
import { readFile, rm } from 'node:fs/promises';

const manifest = async (path) => JSON.parse(await readFile(new URL(path, import.meta.url), 'utf8'));
const own = await manifest('../package.json');
const core = await manifest('../../core/package.json');
const cli = await manifest('../../cli/package.json');
const astro = await manifest('../../astro/package.json');
const astroRange = astro.peerDependencies?.astro ?? astro.dependencies?.astro;
if (!astroRange) throw new Error('packages/astro/package.json names no astro version (peerDependencies or dependencies).');
const versions = { core: core.version, cli: cli.version, astro: astro.version, astroRange };

await rm(new URL('../dist', import.meta.url), { recursive: true, force: true });
await build({
	entryPoints: [new URL('../src/cli.ts', import.meta.url).pathname],
	outfile: new URL('../dist/create-rungs.js', import.meta.url).pathname,
	bundle: true,
	platform: 'node',
	format: 'esm',
	target: 'node20',
	define: { CREATE_RUNGS_VERSIONS: JSON.stringify(versions), CREATE_RUNGS_VERSION: JSON.stringify(own.version) },
	legalComments: 'none',
	logLevel: 'warning',
});
