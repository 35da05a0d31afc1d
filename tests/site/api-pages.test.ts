import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtSite, chromiumPath, launch, openPage } from './_browser.ts';
import { distDir } from './_server.ts';

/*
 * The API reference pages (issue #16): long inline types do not make a page scroll sideways on a
 * phone, a name in code is never broken mid-word on a desktop, and JSDoc's `{@link X}`, `{Type}`
 * and backticks are rendered (as links and code), never shown raw.
 */

let site: { url: string };
let browser: Browser;

const apiPages = () => {
	const api = join(distDir, 'api');
	return existsSync(api) ? ['/api/', ...readdirSync(api, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => `/api/${e.name}/`)] : [];
};

describe.skipIf(!chromiumPath)('the API reference', () => {
	beforeAll(async () => {
		site = builtSite();
		browser = await launch();
	});
	afterAll(async () => {
		await browser?.close();
	});

	it('has a page for every entry point', () => expect(apiPages().length).toBeGreaterThanOrEqual(8));

	it('scrolls no page sideways at 390 px, and names each cell of a stacked table', async () => {
		const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
		const page = await context.newPage();
		for (const path of apiPages()) {
			await openPage(page, site.url + path);
			expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(390);
			// No code block scrolls inside itself either: long signatures wrap.
			expect(await page.locator('main pre').evaluateAll((pres) => pres.filter((p) => p.scrollWidth > p.clientWidth + 1).length), path).toBe(0);
			const cells = await page.locator('main td').evaluateAll((tds) => tds.map((td) => ({ label: td.getAttribute('data-label'), shown: getComputedStyle(td, '::before').content })));
			if (path === '/api/') continue;
			expect(cells.length, path).toBeGreaterThan(0);
			expect(cells.filter((c) => !c.label || !c.shown.includes(c.label)), path).toEqual([]);
			// Still a table for assistive technology, whatever the CSS makes of it.
			expect(await page.getByRole('table').count(), path).toBeGreaterThan(0);
			expect(await page.getByRole('cell').count(), path).toBe(cells.length);
		}
		await context.close();
	});

	it('breaks no short name in a table mid-word (at a hyphen is fine) at 1350 px, and keeps every table inside the page', async () => {
		const context = await browser.newContext({ viewport: { width: 1350, height: 900 } });
		const page = await context.newPage();
		for (const path of apiPages().filter((p) => p !== '/api/')) {
			await openPage(page, site.url + path);
			expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(1350);
			const broken = await page.locator('main td code').evaluateAll((codes) =>
				codes.filter((c) => !/[\s-]/.test(c.textContent ?? '') && (c.textContent ?? '').length <= 24 && c.getClientRects().length > 1).map((c) => c.textContent),
			);
			expect(broken, path).toEqual([]);
		}
		await context.close();
	});

	it('renders JSDoc links and code, never their raw syntax', async () => {
		const context = await browser.newContext();
		const page = await context.newPage();
		for (const path of apiPages()) {
			await openPage(page, site.url + path);
			// The page's words outside code: no backtick, no `{@link …}`, no `{SomeType}` left as typed.
			const prose = await page.locator('main').evaluate((main) => {
				const copy = main.cloneNode(true) as HTMLElement;
				copy.querySelectorAll('code, pre').forEach((c) => c.remove());
				return copy.textContent ?? '';
			});
			expect(prose.match(/`|\{@\w+|\{[A-Z]\w*\}/g) ?? [], path).toEqual([]);
		}
		// A `{@link X}` of the source is a link on the page (loadMatrices is "the old name of loadFramework").
		await openPage(page, `${site.url}/api/core-node/`);
		expect(await page.locator('main a[href="#loadframework"]').count()).toBeGreaterThan(0);
		await context.close();
	});
});
