// Bundles the CLI with @rungs/core, yaml and zod into one file: one module graph to load makes
// a cold start fast, and the published package needs nothing but Node.
import { build } from 'esbuild';
import { readFile, rm } from 'node:fs/promises';

const { version } = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8'));
await rm(new URL('../dist', import.meta.url), { recursive: true, force: true });
await build({
	entryPoints: [new URL('../src/main.ts', import.meta.url).pathname],
	outfile: new URL('../dist/rungs.js', import.meta.url).pathname,
	bundle: true,
	platform: 'node',
	format: 'esm',
	target: 'node20',
	conditions: ['@rungs/source'],
	// yaml's Node build is CommonJS and requires Node built-ins; give the ESM bundle a `require`.
	banner: { js: "#!/usr/bin/env node\nimport { createRequire as __createRequire } from 'node:module';\nconst require = __createRequire(import.meta.url);" },
	define: { RUNGS_VERSION: JSON.stringify(version) },
	minifySyntax: true,
	legalComments: 'none',
	logLevel: 'warning',
});
