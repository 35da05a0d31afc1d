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
		const bytesOfFrench = async (imports: string, files = /messages\/french/) => {
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
			return Object.entries(output.inputs).filter(([path]) => files.test(path)).reduce((sum, [, input]) => sum + input.bytesInOutput, 0);
		};
		// What the self-assessment page does: French costs it nothing.
		expect(await bytesOfFrench('renderGapHtml')).toBe(0);
		// What asks for a locale brings the catalogs with it (so the check above can fail).
		expect(await bytesOfFrench('renderGapReport')).toBeGreaterThan(10_000);
		// A gap report in French brings the French of gap reports, not a team summary's or an email's.
		expect(await bytesOfFrench('renderGapReport', /messages\/french-(team|email)/)).toBe(0);
		expect(await bytesOfFrench('renderTeamSummary', /messages\/french-team/)).toBeGreaterThan(1_000);
	});

	it("keeps the team's, the email's, the diff's and the import's words out of a page that shows gap reports and problems", async () => {
		// What the self-assessment page imports, and one renderer of each other family to show the check can fail.
		const words = async (render: string, main = 'assess, formatMessage, formatProblems') => {
			const result = await build({
				stdin: { contents: `import { ${render} } from './render.ts';\nimport { ${main} } from './index.ts';\nconsole.log(${render}, ${main});`, resolveDir: entry(''), loader: 'ts' },
				bundle: true,
				platform: 'browser',
				format: 'esm',
				write: false,
				logLevel: 'silent',
			});
			const text = result.outputFiles[0]!.text;
			return ['team.title', 'assessors.title', 'email.subject', 'diff.noChange', 'import.comment.source'].filter((code) => text.includes(`"${code}"`));
		};
		expect(await words('renderGapHtml, parseInlineMarkdown')).toEqual([]);
		expect(await words('renderTeamHtml')).toEqual(['team.title', 'assessors.title']);
		expect(await words('renderGapEmail')).toEqual(['email.subject']);
		expect(await words('renderDiffMarkdown')).toEqual(['diff.noChange']);
		expect(await words('renderGapHtml', 'englishMessages')).toEqual(['team.title', 'assessors.title', 'email.subject', 'diff.noChange', 'import.comment.source']);
	});

	it("keeps every problem's words out of a page that renders gap reports, and brings them with the checks", async () => {
		const problemWords = async (imports: string) => {
			const result = await build({
				stdin: { contents: `import { ${imports} } from './index.ts';\nimport { renderGapHtml } from './render.ts';\nconsole.log(${imports}, renderGapHtml);`, resolveDir: entry(''), loader: 'ts' },
				bundle: true,
				platform: 'browser',
				format: 'esm',
				write: false,
				metafile: true,
				logLevel: 'silent',
			});
			const output = Object.values(result.metafile.outputs)[0]!;
			return Object.entries(output.inputs).filter(([path]) => /messages\/(problems-(files|content|data|import|translation)|english-problems|french)/.test(path)).reduce((sum, [, input]) => sum + input.bytesInOutput, 0);
		};
		// What the self-assessment page loads at start: reports, and problems formatted if they come.
		expect(await problemWords('assess, formatMessage, formatProblems')).toBe(0);
		// What checks a file words its problems (so the check above can fail).
		expect(await problemWords('parseAssessment')).toBeGreaterThan(10_000);
	});

	it('fails to bundle the Node entry for the browser, so the test above can fail', async () => {
		await expect(bundleForBrowser('node.ts')).rejects.toThrow(/node:fs/);
	});
});
