import { AxeBuilder } from '@axe-core/playwright';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtSite, chromiumPath, launch, openPage } from './_browser.ts';
import { distDir } from './_server.ts';

/*
 * Ledes of two lines at most (issue #16), measured in Chromium on every ladder and level page of the
 * bundled ladders, at a desktop's and a phone's width; the rest of a long lede is one click away and
 * nothing is dropped. "Read all of it" shows exactly when the clamp hides something (found by CSS
 * alone: read-only pages ship no script).
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

/**
 * How many lines the lede shows, how many its whole text runs to at this width (a copy laid out
 * without the clamp), and whether all of it shows.
 */
const measure = (page: Page) =>
	page.locator('main .lede').evaluate((lede) => {
		const lineHeight = parseFloat(getComputedStyle(lede).lineHeight);
		const copy = lede.cloneNode(true) as HTMLElement;
		copy.style.cssText = `display: block; -webkit-line-clamp: none; line-clamp: none; overflow: visible; position: absolute; visibility: hidden; width: ${lede.getBoundingClientRect().width}px`;
		lede.after(copy);
		const natural = Math.round(copy.getBoundingClientRect().height / lineHeight);
		copy.remove();
		return { lines: Math.round(lede.getBoundingClientRect().height / lineHeight), natural, whole: lede.scrollHeight <= lede.clientHeight + 1 };
	});

/** Text as a reader gets it, without the inline markup signs the source may carry. */
const plain = (text: string | null | undefined) => (text ?? '').replace(/[`*_]/g, '').replace(/\s+/g, ' ').trim();

describe.skipIf(!chromiumPath)('ledes', () => {
	beforeAll(async () => {
		site = builtSite();
		browser = await launch();
	});
	afterAll(async () => {
		await browser?.close();
	});

	it.for([1350, 390])('run to two lines at most on every ladder and level page at %i px, with "Read all of it" exactly when more is hidden', { timeout: 300_000 }, async (width) => {
		const pages = ladderAndLevelPages();
		expect(pages.length).toBeGreaterThan(15);
		const context = await browser.newContext({ viewport: { width, height: 900 } });
		const page = await context.newPage();
		const tooLong: string[] = [];
		let clamped = 0;
		let fitting = 0;
		for (const path of pages) {
			await openPage(page, site.url + path);
			if ((await page.locator('main .lede').count()) === 0) continue;
			// The whole text is in the page, clamped or not: screen readers and search get all of it.
			const description = await page.locator('meta[name="description"]').getAttribute('content');
			expect(plain(await page.locator('main .lede').textContent()), path).toBe(plain(description));
			const { lines, natural, whole } = await measure(page);
			if (lines > 2) tooLong.push(`${path}: ${lines} lines`);
			const more = page.locator('main .lede-more summary');
			// The button follows the text's own length at this width, not a guess from its characters:
			// shown when the text runs past two lines, absent when it fits (checked on the next frames,
			// as the browser decides it from layout).
			await expect.poll(() => more.isVisible(), { timeout: 10_000, message: `${path}: ${natural} lines` }).toBe(natural > 2);
			expect(whole, path).toBe(natural <= 2);
			if (natural <= 2) {
				fitting++;
				continue;
			}
			clamped++;
			// From the keyboard: the button takes focus, opens every line and stays to close them again.
			await more.focus();
			expect(await more.evaluate((el) => el === document.activeElement), path).toBe(true);
			await page.keyboard.press('Enter');
			await expect.poll(async () => (await measure(page)).whole, { timeout: 10_000 }).toBe(true);
			expect((await measure(page)).lines, path).toBe(natural);
			expect(await more.isVisible(), path).toBe(true);
			await page.keyboard.press('Enter');
			await expect.poll(async () => (await measure(page)).lines, { timeout: 10_000 }).toBe(2);
			await expect.poll(() => more.isVisible(), { timeout: 10_000 }).toBe(true);
		}
		expect(tooLong).toEqual([]);
		// The bundled ladders write long summaries: some are clamped at either width.
		expect(clamped).toBeGreaterThan(0);
		// And short ones: on a desktop some ledes fit, and show no button (#16: it showed on them).
		if (width === 1350) expect(fitting).toBeGreaterThan(0);
		await context.close();
	});

	it.for(['light', 'dark'] as const)('has no axe violation with a lede clamped, then opened (%s)', { timeout: 120_000 }, async (colorScheme) => {
		const context = await browser.newContext({ viewport: { width: 390, height: 844 }, colorScheme });
		const page = await context.newPage();
		await openPage(page, `${site.url}/ladders/support-representative/levels/senior/`);
		const rules = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
		expect((await new AxeBuilder({ page }).include('main .lede-box').withTags(rules).analyze()).violations).toEqual([]);
		await page.locator('main .lede-more summary').click();
		await expect.poll(async () => (await measure(page)).whole, { timeout: 10_000 }).toBe(true);
		expect((await new AxeBuilder({ page }).include('main .lede-box').withTags(rules).analyze()).violations).toEqual([]);
		await context.close();
	});

	it('has no button on a lede that fits, for the keyboard or a screen reader either', async () => {
		const context = await browser.newContext({ viewport: { width: 1350, height: 900 } });
		const page = await context.newPage();
		await openPage(page, `${site.url}/ladders/support-representative/levels/senior/`);
		const { natural } = await measure(page);
		expect(natural).toBeLessThanOrEqual(2);
		await expect.poll(() => page.locator('main .lede-more summary').isVisible(), { timeout: 10_000 }).toBe(false);
		// Not reached by Tab, and not in the accessibility tree.
		expect(await page.locator('main .lede-box').ariaSnapshot()).not.toContain('Read all of it');
		await page.locator('main h1').click();
		for (let i = 0; i < 3; i++) {
			await page.keyboard.press('Tab');
			expect(await page.evaluate(() => document.activeElement?.closest('.lede-more') === null)).toBe(true);
		}
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
