import { AxeBuilder } from '@axe-core/playwright';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserArgs, chromiumPath } from '../site/_chromium.ts';
import { serveSite } from '../site/_server.ts';
import { bundledWords, bundledWordsIn } from './_bundled-words.ts';
import { crawl, pageWords, type Crawl } from './_crawl.ts';
import { freePort, packAll, root, run, startUntil, versionOf, type Tarballs } from './_packed.ts';
import { registryOffline } from './_registry.ts';

/*
 * Sites made from the packed packages, as another organisation makes them: `npm create rungs` with
 * the packed create-rungs, `npm install` of the packed @rungs/core, rungs and @rungs/astro (astro and
 * the rest from the registry), then the README's two commands. And a second organisation's own site
 * (tests/fixtures/org-b, which tests/site/org-b.test.ts builds from the workspace: a kitchen, three
 * levels, no decision authority, no examples, no career paths, another licence) built from the same
 * packed packages, every page of it served, crawled and checked with axe in Chromium.
 */

const offline = await registryOffline();
const work = mkdtempSync(join(tmpdir(), 'rungs-sites-'));
const project = join(work, 'my-ladders');
const TITLE = 'Acme engineering ladders';
const BUNDLED = bundledWords();
let tarballs: Tarballs;

/** Every address a crawl reached that did not answer 200, with its status. */
const notFound = (site: Crawl) => [...site.statuses].filter(([, status]) => status !== 200).map(([url, status]) => `${status} ${url}`);

/** The pages of a crawl that hold words of the bundled framework, with those words. */
function bundledWordsOn(site: Crawl): Record<string, string[]> {
	const found: Record<string, string[]> = {};
	for (const [url, html] of site.pages) {
		const words = bundledWordsIn(pageWords(html), BUNDLED);
		if (words.length > 0) found[url] = words;
	}
	return found;
}
let generated: Record<string, string>;

beforeAll(() => {
	if (offline) return;
	tarballs = packAll(work);
	// `npm create rungs@latest my-ladders` is npm running create-rungs's bin with the arguments.
	const created = run('npm', ['exec', '--yes', `--package=${tarballs.create}`, '--', 'create-rungs', 'my-ladders', '--title', TITLE, '--yes'], work);
	if (created.code !== 0) throw new Error(`create-rungs failed:\n${created.output}`);
	const manifestPath = join(project, 'package.json');
	const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
	generated = { ...manifest.dependencies };
	// The packed packages in place of the registry's; the override makes @rungs/astro's own
	// dependency on @rungs/core the packed one too.
	manifest.dependencies = { ...manifest.dependencies, '@rungs/core': `file:${tarballs.core}`, '@rungs/astro': `file:${tarballs.astro}`, rungs: `file:${tarballs.cli}` };
	manifest.overrides = { '@rungs/core': '$@rungs/core' };
	writeFileSync(manifestPath, JSON.stringify(manifest, null, 2));
	// No install scripts: esbuild and sharp ship their binaries as ordinary packages.
	const install = run('npm', ['install', '--no-audit', '--no-fund', '--ignore-scripts', '--loglevel=error'], project, 540_000);
	if (install.code !== 0) throw new Error(`npm install failed:\n${install.output}`);
}, 600_000);

describe.skipIf(offline)('a repository made by the packed create-rungs', () => {
	it('is made by a package that ships its command, its templates and nothing else, and passes publint', () => {
		const files = execFileSync('tar', ['tzf', tarballs.create], { encoding: 'utf8' }).split('\n').filter(Boolean);
		expect(files.filter((f) => !/^package\/templates\/(en|fr|common)\//.test(f)).sort()).toEqual(['package/README.md', 'package/bin/create-rungs.js', 'package/dist/create-rungs.js', 'package/package.json']);
		expect(files).toContain('package/templates/common/workflows/pages.yml');
		const publint = run(process.execPath, [join(root, 'node_modules/publint/src/cli.js'), '--strict', tarballs.create], root);
		expect(publint.output).toMatch(/All good!/);
	});

	it('depends on the versions of the packages packed with it', () => {
		const astro = JSON.parse(readFileSync(join(root, 'packages/astro/package.json'), 'utf8'));
		expect(generated).toEqual({
			'@rungs/astro': `^${versionOf(tarballs.astro)}`,
			'@rungs/core': `^${versionOf(tarballs.core)}`,
			astro: astro.peerDependencies?.astro ?? astro.dependencies?.astro,
			rungs: `^${versionOf(tarballs.cli)}`,
		});
	});

	it('serves its site with `npm start`: every page answers, and none shows the bundled framework', async () => {
		const port = await freePort();
		const server = await startUntil('npm', ['start', '--', '--host', '127.0.0.1', '--port', String(port)], project, new RegExp(`http://127\\.0\\.0\\.1:${port}`));
		try {
			const site = await crawl(`http://127.0.0.1:${port}`);
			expect(notFound(site)).toEqual([]);
			expect(site.pages.get(`http://127.0.0.1:${port}/`)).toContain(TITLE);
			expect([...site.pages.keys()]).toContain(`http://127.0.0.1:${port}/ladders/engineer/levels/senior/`);
			expect(bundledWordsOn(site)).toEqual({});
		} finally {
			server.stop();
		}
	}, 300_000);

	it('checks its ladders with `npm test`, and fails it with a located problem when a ladder is broken', () => {
		const clean = run('npm', ['test'], project);
		expect(clean.stderr).toContain('1 ladder and 1 assessment checked: 0 errors, 0 warnings');
		expect(clean.code).toBe(0);
		const ladder = join(project, 'matrices/engineer.yaml');
		writeFileSync(ladder, readFileSync(ladder, 'utf8').replace('category: craft', 'category: crafts'));
		const broken = run('npm', ['test'], project);
		expect(broken.code).not.toBe(0);
		expect(broken.stderr).toMatch(/engineer\.yaml:\d+:15 error UNKNOWN_CATEGORY/);
	}, 120_000);
});

describe.skipIf(offline || !chromiumPath)("a second organisation's site, built with the packed @rungs/astro", () => {
	// Beside the starter, so it uses the packages installed there; a site of its own all the same.
	const dir = join(project, 'org-b');
	let site: Awaited<ReturnType<typeof serveSite>>;
	let found: Crawl;
	let browser: Browser;
	const page = (path: string) => found.pages.get(site.url + path);

	beforeAll(async () => {
		cpSync(join(root, 'tests/fixtures/org-b'), dir, { recursive: true });
		const build = run(process.execPath, [join(project, 'node_modules/astro/astro.js'), 'build'], join(dir, 'site'));
		if (build.code !== 0) throw new Error(`The second organisation's site did not build:\n${build.output}`);
		site = await serveSite(join(dir, 'site/dist'));
		found = await crawl(site.url);
		browser = await chromium.launch({ executablePath: chromiumPath!, args: browserArgs });
	}, 400_000);

	afterAll(async () => {
		await browser?.close();
		await site?.close();
	});

	it('has a page for each ladder and each of its three levels, and none for examples or moves', () => {
		for (const path of ['/', '/ladders/line-cook/', '/ladders/line-cook/levels/chef-de-partie/', '/ladders/pastry/levels/head-of-pastry/', '/ladders/line-cook/competencies/calling-the-pass/']) expect(page(path), path).toBeDefined();
		expect([...found.pages.keys()].filter((url) => /\/(examples|moves)\//.test(url))).toEqual([]);
	});

	it('answers 200 for every page and asset a page links to, and has every #fragment linked to', () => {
		expect(notFound(found)).toEqual([]);
		expect(found.missingFragments).toEqual([]);
	});

	it('shows its own title and licence, and nothing of the bundled support framework', () => {
		expect(page('/')).toMatch(/<title>[^<]*Northwind Kitchen[^<]*<\/title>/);
		expect([...found.pages].filter(([, html]) => !html.includes('Northwind internal licence')).map(([url]) => url)).toEqual([]);
		expect(bundledWordsOn(found)).toEqual({});
	});

	it('has no axe violation on any page in light mode, nor on the ladder pages in dark mode', async () => {
		const violations: string[] = [];
		const check = async (url: string, colorScheme: 'light' | 'dark') => {
			const context = await browser.newContext({ colorScheme });
			const tab = await context.newPage();
			await tab.goto(url, { waitUntil: 'load' });
			const results = await new AxeBuilder({ page: tab }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
			for (const v of results.violations) violations.push(`${url} (${colorScheme}) ${v.id}: ${v.nodes.length} × ${v.nodes[0]?.target.join(' ')}`);
			await context.close();
		};
		for (const url of found.pages.keys()) await check(url, 'light');
		for (const url of [`${site.url}/`, `${site.url}/ladders/pastry/`, `${site.url}/ladders/line-cook/levels/cook/`]) await check(url, 'dark');
		expect(violations).toEqual([]);
	}, 300_000);
});
