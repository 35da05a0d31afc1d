import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtSite, chromiumPath, launch } from './_browser.ts';
import { openAssess } from './_assess-page.ts';

// The self-assessment page embeds no ladder (issue #20): it loads the ladder index and then each
// ladder a person works on, as static modules of this site. These tests hold that to "only what is
// needed, once, from here", and to a clear way out when a ladder's file cannot be had.

let site: { url: string };
let browser: Browser;

/** The ladder files a list of requested addresses names, by ladder id, in order. */
const ladderFiles = (urls: readonly string[]) => urls.map((url) => /\/assess\/ladders\/([\w-]+)\.js\?v=[0-9a-f]+$/.exec(url)?.[1]).filter((id) => id !== undefined);

describe.skipIf(!chromiumPath)('the ladders of the self-assessment page', () => {
	beforeAll(async () => {
		site = builtSite();
		browser = await launch();
	});
	afterAll(async () => {
		await browser?.close();
	});

	it('are loaded from this site one at a time, when picked, and each only once, in both languages', async () => {
		for (const prefix of ['', '/fr']) {
			const context = await browser.newContext();
			const urls: string[] = [];
			context.on('request', (request) => urls.push(request.url()));
			const { page, errors } = await openAssess(browser, `${site.url}${prefix}/assess/`, { context });
			const ids = await page.locator('#ladder option').evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
			expect(ids.length).toBeGreaterThan(1);
			const [first, second] = ids as [string, string];
			// At start: the index, then the ladder on the form (its target is on the same ladder).
			expect(urls.filter((url) => url.includes(`${prefix}/assess/ladders.js?v=`))).toHaveLength(1);
			expect(ladderFiles(urls)).toEqual([first]);
			expect(urls.every((url) => url.startsWith(`${site.url}/`))).toBe(true);

			await page.selectOption('#ladder', second);
			const title = await page.locator(`#ladder option[value="${second}"]`).textContent();
			await expect.poll(() => page.locator('#report .rungs-move').textContent(), { timeout: 60_000 }).toContain(title!);
			expect(ladderFiles(urls)).toEqual([first, second]);
			expect(await page.locator('#competencies fieldset').count()).toBeGreaterThan(0);

			// Back to the first: already here, nothing asked again.
			await page.selectOption('#ladder', first);
			await expect.poll(() => page.locator('#report .rungs-move').textContent(), { timeout: 60_000 }).not.toContain(title!);
			expect(ladderFiles(urls)).toEqual([first, second]);
			expect(errors).toEqual([]);
			await context.close();
		}
	});

	it('say so when a ladder cannot be loaded, keep what was typed, and load it when asked again', async () => {
		const context = await browser.newContext();
		const { page, errors } = await openAssess(browser, `${site.url}/assess/`, { context });
		const second = await page.locator('#ladder option').nth(1).getAttribute('value');
		const title = (await page.locator('#ladder option').nth(1).textContent())!;
		// As if the connection dropped before this ladder was ever picked.
		await context.route(/\/assess\/ladders\/[\w-]+\.js/, (route) => route.abort('internetdisconnected'));
		await page.fill('#person-name', 'Offline Person');
		await page.selectOption('#ladder', second!);
		const alert = page.locator('#competencies [role="alert"]');
		await alert.waitFor({ timeout: 60_000 });
		expect(await alert.textContent()).toContain(title);
		// No report of the ladder left behind, and the person's name is still there.
		expect(await page.locator('#report .rungs-report').count()).toBe(0);
		expect(await page.locator('#person-name').inputValue()).toBe('Offline Person');

		await context.unroute(/\/assess\/ladders\/[\w-]+\.js/);
		await page.locator('#competencies button', { hasText: 'Try again' }).click();
		await expect.poll(() => page.locator('#report .rungs-move').textContent(), { timeout: 60_000 }).toContain(title);
		expect(await page.locator('#competencies fieldset').count()).toBeGreaterThan(0);
		expect(errors).toEqual([]);
		await context.close();
	});
});
