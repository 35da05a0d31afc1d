// Bundles the CLI with @rungs/core, yaml and zod into one file: one module graph to load makes
// a cold start fast, and the published package needs nothing but Node.
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { readFile, rm, writeFile } from 'node:fs/promises';

// The cache keys results by the build itself: the bundle's hash, written in once it is built (in
// place of a placeholder of the same length, so the hash is of the bundle as it runs, placeholder aside).
const PLACEHOLDER = 'b'.repeat(64);
const outfile = new URL('../dist/rungs.js', import.meta.url);
const { version } = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8'));
await rm(new URL('../dist', import.meta.url), { recursive: true, force: true });
await build({
	entryPoints: [new URL('../src/main.ts', import.meta.url).pathname],
	outfile: outfile.pathname,
	bundle: true,
	platform: 'node',
	format: 'esm',
	target: 'node20',
	conditions: ['@rungs/source'],
	// yaml's Node build is CommonJS and requires Node built-ins; give the ESM bundle a `require`.
	banner: { js: "#!/usr/bin/env node\nimport { createRequire as __createRequire } from 'node:module';\nconst require = __createRequire(import.meta.url);" },
	define: { RUNGS_VERSION: JSON.stringify(version), RUNGS_BUILD: JSON.stringify(PLACEHOLDER) },
	minifySyntax: true,
	legalComments: 'none',
	logLevel: 'warning',
});
const bundle = await readFile(outfile, 'utf8');
if (bundle.split(PLACEHOLDER).length !== 2) throw new Error('The build id placeholder must appear exactly once in the bundle.');
await writeFile(outfile, bundle.replace(PLACEHOLDER, createHash('sha256').update(bundle).digest('hex')));
