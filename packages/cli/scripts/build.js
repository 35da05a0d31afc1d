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
/**
 * zod's `z.locales` namespace holds its messages in some forty languages (a fifth of this bundle),
 * which esbuild keeps because `z` is used as a whole namespace (and `z.core.locales` with it). Rungs writes its own messages and
 * never reads `z.locales`; zod's English default comes from `locales/en.js`, which stays. Every
 * start of the command line, and of each batch worker thread, parses this bundle.
 */
const zodWithoutLocales = {
	name: 'zod-without-locales',
	setup(plugin) {
		plugin.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) => (/[\\/]zod[\\/]v4[\\/](classic|core)[\\/]/.test(args.importer) ? { path: 'zod-locales', namespace: 'zod-without-locales' } : undefined));
		plugin.onLoad({ filter: /.*/, namespace: 'zod-without-locales' }, () => ({ contents: 'export {};', loader: 'js' }));
	},
};
await build({
	plugins: [zodWithoutLocales],
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
