import { builtinModules } from 'node:module';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

const entry = (name: string) => new URL(`../src/${name}`, import.meta.url).pathname;
const nodeBuiltins = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);

async function bundleForBrowser(file: string) {
	return build({
		entryPoints: [entry(file)],
		bundle: true,
		platform: 'browser',
		format: 'esm',
		write: false,
		metafile: true,
		logLevel: 'silent',
		// Anything not bundled would have to come from the page: nothing may be left external.
		external: [],
	});
}

describe('the isomorphic entries run in browsers', () => {
	it.each(['index.ts', 'render.ts', 'schema.ts', 'import.ts', 'team.ts'])('%s bundles for the browser with no Node built-in and no unresolved import', async (file) => {
		const result = await bundleForBrowser(file);
		expect(result.errors).toEqual([]);
		const inputs = Object.keys(result.metafile.inputs);
		expect(inputs.filter((path) => nodeBuiltins.has(path) || path.startsWith('node:'))).toEqual([]);
		const output = Object.values(result.metafile.outputs)[0]!;
		expect(output.imports).toEqual([]);
		// yaml must come from its browser build, not its Node (CommonJS) build.
		expect(inputs.some((path) => path.includes('/yaml/dist/'))).toBe(false);
	});

	it('keeps the French catalog out of a page that renders in English with the per-format renderers', async () => {
		const bytesOfFrench = async (imports: string) => {
			const result = await build({
				stdin: { contents: `import { ${imports} } from './render.ts';\nimport { formatProblems } from './index.ts';\nconsole.log(${imports}, formatProblems);`, resolveDir: entry(''), loader: 'ts' },
				bundle: true,
				platform: 'browser',
				format: 'esm',
				write: false,
				metafile: true,
				logLevel: 'silent',
			});
			const output = Object.values(result.metafile.outputs)[0]!;
			return Object.entries(output.inputs).filter(([path]) => /messages\/french/.test(path)).reduce((sum, [, input]) => sum + input.bytesInOutput, 0);
		};
		// What the self-assessment page does: French costs it nothing.
		expect(await bytesOfFrench('renderGapHtml')).toBe(0);
		// What asks for a locale brings the catalogs with it (so the check above can fail).
		expect(await bytesOfFrench('renderGapReport')).toBeGreaterThan(10_000);
	});

	it('fails to bundle the Node entry for the browser, so the test above can fail', async () => {
		await expect(bundleForBrowser('node.ts')).rejects.toThrow(/node:fs/);
	});
});
