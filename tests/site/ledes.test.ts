import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtSite, chromiumPath, launch, openPage } from './_browser.ts';
import { distDir } from './_server.ts';

/*
 * Ledes of two lines at most (issue #16), measured in Chromium on every ladder and level page of the
 * bundled ladders, at a desktop's and a phone's width; the rest of a long lede is one click away and
 * nothing is dropped.
 */

let site: { url: string };
let browser: Browser;

/** Every ladder page and level page of the built site. */
function ladderAndLevelPages(): string[] {
	const ladders = join(distDir, 'ladders');
	if (!existsSync(ladders)) return [];
	return readdirSync(ladders, { withFileTypes: true })
		.filter((entry) => entry.isDirectory())
		.flatMap((ladder) => {
			const levels = join(ladders, ladder.name, 'levels');
			return [`/ladders/${ladder.name}/`, ...readdirSync(levels).map((level) => `/ladders/${ladder.name}/levels/${level}/`)];
		});
}

/** How many lines the lede shows, and whether all of it shows. */
const measure = (page: Page) =>
	page.locator('main .lede').evaluate((lede) => {
		const style = getComputedStyle(lede);
		return { lines: Math.round(lede.getBoundingClientRect().height / parseFloat(style.lineHeight)), whole: lede.scrollHeight <= lede.clientHeight + 1 };
	});

describe.skipIf(!chromiumPath)('ledes', () => {
	beforeAll(async () => {
		site = builtSite();
		browser = await launch();
	});
	afterAll(async () => {
		await browser?.close();
	});

	it.for([1350, 390])('run to two lines at most on every ladder and level page at %i px', async (width) => {
		const pages = ladderAndLevelPages();
		expect(pages.length).toBeGreaterThan(15);
		const context = await browser.newContext({ viewport: { width, height: 900 } });
		const page = await context.newPage();
		const tooLong: string[] = [];
		let clamped = 0;
		for (const path of pages) {
			await openPage(page, site.url + path);
			if ((await page.locator('main .lede').count()) === 0) continue;
			const { lines, whole } = await measure(page);
			if (lines > 2) tooLong.push(`${path}: ${lines} lines`);
			if (whole) continue;
			// Clamped: the button to read the rest shows, and opening it shows every line.
			clamped++;
			const more = page.locator('main .lede-more summary');
			expect(await more.isVisible(), path).toBe(true);
			await more.click();
			await expect.poll(async () => (await measure(page)).whole, { timeout: 10_000 }).toBe(true);
			expect((await measure(page)).lines, path).toBeGreaterThan(2);
		}
		expect(tooLong).toEqual([]);
		// The bundled ladders write long summaries: some are clamped at either width.
		expect(clamped).toBeGreaterThan(0);
		await context.close();
	});

	it('keeps the whole text of a clamped lede in the page', async () => {
		const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
		const page = await context.newPage();
		await openPage(page, `${site.url}/ladders/support-representative/`);
		const description = await page.locator('meta[name="description"]').getAttribute('content');
		const text = (await page.locator('main .lede').textContent())!.replace(/\s+/g, ' ').trim();
		expect(text.length).toBeGreaterThan(200);
		expect(description?.replace(/\s+/g, ' ')).toContain(text.slice(0, 80));
		expect((await measure(page)).whole).toBe(false);
		await context.close();
	});
});
