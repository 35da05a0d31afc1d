import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtSite, chromiumPath, launch, openPage } from './_browser.ts';

/*
 * The on-this-page outline of level, changes and move pages (issue #16): every link reaches its section;
 * on a desktop it sits beside the content and stays in view, so the page uses its width; on a phone
 * it is a compact list above the content.
 */

let site: { url: string };
let browser: Browser;
const PAGES = [
	'/ladders/support-representative/levels/senior/',
	'/ladders/support-representative/changes/senior/',
	'/ladders/support-operations/levels/analyst/',
	'/moves/support-representative/senior/product-support-engineer/engineer/',
];

describe.skipIf(!chromiumPath)('the on-this-page outline', () => {
	beforeAll(async () => {
		site = builtSite();
		browser = await launch();
	});
	afterAll(async () => {
		await browser?.close();
	});

	it.for(PAGES)('links every section of %s, and each link brings its section into view', async (path) => {
		const context = await browser.newContext({ viewport: { width: 1350, height: 900 } });
		const page = await context.newPage();
		await openPage(page, site.url + path);
		const targets = await page.locator('.outline a').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
		expect(targets.length).toBeGreaterThan(2);
		for (const target of targets) {
			expect(target).toMatch(/^#./);
			const section = page.locator(target);
			expect(await section.count(), target).toBe(1);
			// A heading, or a section that has one: the outline names what the page shows.
			expect(await section.evaluate((el) => /^H[2-4]$/.test(el.tagName) || el.querySelector('h2, h3, h4') !== null), target).toBe(true);
			await page.locator(`.outline a[href="${target}"]`).click();
			await expect.poll(() => page.evaluate(() => location.hash)).toBe(target);
			// At the top of the window, or as near as the page's end allows.
			const placed = () =>
				section.evaluate((el) => {
					const top = el.getBoundingClientRect().top;
					const atEnd = Math.ceil(scrollY + innerHeight) >= document.documentElement.scrollHeight - 1;
					return top >= -1 && (top < 60 || (atEnd && top < innerHeight - 40));
				});
			await expect.poll(placed, { timeout: 10_000 }).toBe(true);
		}
		await context.close();
	});

	it.for(PAGES)('sits beside the content of %s on a desktop and stays in view as it scrolls', async (path) => {
		const context = await browser.newContext({ viewport: { width: 1350, height: 900 } });
		const page = await context.newPage();
		await openPage(page, site.url + path);
		const outline = await page.locator('.outline').boundingBox();
		const body = await page.locator('.outlined-body').boundingBox();
		expect(outline!.x).toBeGreaterThan(body!.x + body!.width);
		// Content and outline together use most of the window, not a narrow column (#16: about 55% before).
		expect((outline!.x + outline!.width - body!.x) / 1350).toBeGreaterThan(0.75);
		await page.mouse.wheel(0, 2500);
		await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(1000);
		const top = await page.locator('.outline').evaluate((el) => el.getBoundingClientRect().top);
		expect(top).toBeGreaterThanOrEqual(0);
		expect(top).toBeLessThan(100);
		await context.close();
	});

	it.for(PAGES)('is a compact list above the content of %s on a phone', async (path) => {
		const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
		const page = await context.newPage();
		await openPage(page, site.url + path);
		const outline = await page.locator('.outline').boundingBox();
		const body = await page.locator('.outlined-body').boundingBox();
		expect(outline!.y + outline!.height).toBeLessThanOrEqual(body!.y);
		// The main sections only: a few lines, not a second table of contents to scroll past.
		expect(outline!.height).toBeLessThan(240);
		expect(await page.locator('.outline ol ol').first().isVisible().catch(() => false)).toBe(false);
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
		await context.close();
	});
});
