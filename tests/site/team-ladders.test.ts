import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadFramework } from '@rungs/core/node';
import type { Framework } from '@rungs/core';
import { builtSite, chromiumPath, launch } from './_browser.ts';
import { valueOf } from '../support/result.ts';

// The team page embeds no ladder (issue #20): once files are opened it loads the self-assessment's
// ladder index, then the file of each ladder the opened assessments name, as static modules of this
// site. These tests hold that to "only what the files name, once, from here", in both languages, and
// to a clear way out, with nothing lost, when a ladder's file cannot be had.

const repo = fileURLToPath(new URL('../../', import.meta.url));
const examplesDir = join(repo, 'matrices/examples');
const example = (name: string) => join(examplesDir, name);
const examples = readdirSync(examplesDir)
	.filter((name) => name.endsWith('.yaml'))
	.map(example);

/** The ladders an example names: its own and its target's. */
function laddersOf(path: string): string[] {
	const data = parse(readFileSync(path, 'utf8')) as { ladder: { id: string }; target: string | { ladder: string } };
	return [...new Set([data.ladder.id, ...(typeof data.target === 'string' ? [] : [data.target.ladder])])];
}

let site: { url: string };
let browser: Browser;
let framework: Framework;

/** The ladder files (by id) and ladder indexes (by address) a list of requested addresses names, in order. */
const ladderFiles = (urls: readonly string[]) => urls.map((url) => /\/assess\/ladders\/([\w-]+)\.js\?v=[0-9a-f]{12}(&retry=\d+)?$/.exec(url)?.[1]).filter((id) => id !== undefined);
const indexes = (urls: readonly string[]) => urls.filter((url) => /\/assess\/ladders\.js\?v=[0-9a-f]{12}(&retry=\d+)?$/.test(url));

async function openTeam(prefix = ''): Promise<{ page: Page; context: BrowserContext; urls: string[]; errors: string[] }> {
	const context = await browser.newContext();
	const page = await context.newPage();
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(String(error)));
	const urls: string[] = [];
	context.on('request', (request) => urls.push(request.url()));
	await page.goto(`${site.url}${prefix}/team/`, { waitUntil: 'load' });
	return { page, context, urls, errors };
}

/** Opens files through "Choose files" and waits until the page has said what it made of them (or that it could not). */
async function openFiles(page: Page, files: string[]): Promise<void> {
	await page.setInputFiles('#open-files', files);
	await page.locator('#status.status:not([hidden])').filter({ hasNotText: /^(Reading|Lecture)/ }).waitFor({ timeout: 60_000 });
}

describe.skipIf(!chromiumPath)('the ladders of the team page', () => {
	beforeAll(async () => {
		site = builtSite();
		browser = await launch();
		framework = valueOf(await loadFramework(join(repo, 'matrices')));
	});
	afterAll(async () => {
		await browser?.close();
	});

	it('are none at load, then the index and only the ladders the opened files name, each once, from this site, in both languages', async () => {
		const one = example('new-representative.yaml');
		const another = example('operations-analyst.yaml');
		expect(laddersOf(one)).toHaveLength(1);
		expect(laddersOf(another)).not.toEqual(laddersOf(one));
		for (const prefix of ['', '/fr']) {
			const { page, context, urls, errors } = await openTeam(prefix);
			expect(indexes(urls)).toEqual([]);
			expect(ladderFiles(urls)).toEqual([]);

			await openFiles(page, [one]);
			expect(await page.locator('.readiness-table tbody th').count()).toBe(1);
			expect(indexes(urls)).toHaveLength(1);
			expect(indexes(urls)[0]!.startsWith(`${site.url}${prefix}/assess/ladders.js?v=`)).toBe(true);
			expect(ladderFiles(urls)).toEqual(laddersOf(one));

			await openFiles(page, [another]);
			expect(await page.locator('.readiness-table tbody th').count()).toBe(2);
			expect(ladderFiles(urls)).toEqual([...laddersOf(one), ...laddersOf(another)]);

			// Every example: only the ladders not yet here are asked for, and each only once.
			await openFiles(page, examples);
			const named = [...new Set(examples.flatMap(laddersOf))].sort();
			expect([...ladderFiles(urls)].sort()).toEqual(named);
			expect(indexes(urls)).toHaveLength(1);
			expect(urls.filter((url) => url.includes('/assess/')).every((url) => url.startsWith(`${site.url}${prefix}/assess/ladders`))).toBe(true);
			expect(urls.every((url) => url.startsWith(`${site.url}/`))).toBe(true);
			expect(errors).toEqual([]);
			await context.close();
		}
	});

	it('say so when a ladder cannot be loaded, keep the summary already made, and load it when asked again', async () => {
		const { page, context, urls, errors } = await openTeam();
		await openFiles(page, [example('new-representative.yaml')]);
		const before = await page.locator('.readiness-table tbody th').allTextContents();
		expect(before).toHaveLength(1);

		// As if the connection dropped after the first file: the next one names another ladder.
		const other = example('operations-analyst.yaml');
		const title = framework.ladders.find((m) => m.id === laddersOf(other)[0])!.title;
		await context.route(/\/assess\/ladders\/[\w-]+\.js/, (route) => route.abort('internetdisconnected'));
		await openFiles(page, [other]);
		const alert = page.locator('#status [role="alert"]');
		expect(await alert.textContent()).toBe(`${title} could not be loaded from this site, so these files cannot be checked yet. Check your connection and try again: nothing you opened is lost.`);
		// The summary already made is still there, as it was.
		expect(await page.locator('.readiness-table tbody th').allTextContents()).toEqual(before);
		expect(await page.locator('#team-results').isVisible()).toBe(true);

		await context.unroute(/\/assess\/ladders\/[\w-]+\.js/);
		await page.locator('#status button', { hasText: 'Try again' }).click();
		await expect.poll(() => page.locator('.readiness-table tbody th').count(), { timeout: 60_000 }).toBe(2);
		expect(await page.locator('#status').textContent()).toBe('The summary covers 2 assessments.');
		expect(ladderFiles(urls).filter((id) => id === laddersOf(other)[0])).toHaveLength(2);
		expect(errors).toEqual([]);
		await context.close();
	});

	it('say so when the ladder index cannot be loaded, and read the files when asked again', async () => {
		const { page, context, errors } = await openTeam('/fr');
		await context.route(/\/assess\/ladders\.js/, (route) => route.abort('internetdisconnected'));
		await openFiles(page, examples);
		expect(await page.locator('#status [role="alert"]').textContent()).toMatch(/^Les échelles n’ont pas pu être chargées depuis ce site/);
		expect(await page.locator('#team-results').isHidden()).toBe(true);
		await context.unroute(/\/assess\/ladders\.js/);
		await page.locator('#status button', { hasText: 'Réessayer' }).click();
		await expect.poll(() => page.locator('#status').textContent(), { timeout: 60_000 }).toMatch(/^La synthèse porte sur \d+ évaluations\.$/);
		expect(await page.locator('.readiness-table tbody th').count()).toBeGreaterThanOrEqual(4);
		expect(errors).toEqual([]);
		await context.close();
	});
});
