import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtSite, chromiumPath, launch, openPage } from './_browser.ts';

/*
 * The career map as a person reads it (issue #16): pick a level and its routes stand out, the rest
 * fade; the same routes are written out as a list; picking works with a pointer and with the keyboard,
 * on a phone and a desktop, in light and dark. No script: the pages stay read-only.
 */

let site: { url: string };
let browser: Browser;
const LEVEL = 'support-representative:senior';

/** What each route of the map looks like now: its level, whether it is marked (thick), faded, or neither. */
async function routeStates(page: Page) {
	return page.locator('.career-map .map-route[data-route]').evaluateAll((routes) =>
		routes.map((r) => {
			const style = getComputedStyle(r);
			return { route: r.getAttribute('data-route')!, opacity: Number(style.opacity), width: parseFloat(style.strokeWidth), stroke: Number(style.strokeOpacity), across: r.matches('.map-across, .map-management') };
		}),
	);
}
const from = (route: string) => route.split('>')[0];

describe.skipIf(!chromiumPath)('the career map', () => {
	beforeAll(async () => {
		site = builtSite();
		browser = await launch();
	});
	afterAll(async () => {
		await browser?.close();
	});

	it.for([
		{ width: 1350, height: 900, colorScheme: 'light' as const },
		{ width: 390, height: 844, colorScheme: 'dark' as const },
	])('marks the routes of a picked level and fades the rest ($width px, $colorScheme)', async ({ width, height, colorScheme }) => {
		const context = await browser.newContext({ viewport: { width, height }, colorScheme });
		const page = await context.newPage();
		const errors: string[] = [];
		page.on('pageerror', (error) => errors.push(String(error)));
		await openPage(page, `${site.url}/moves/`);
		// At first every route shows alike.
		expect(new Set((await routeStates(page)).map((r) => r.opacity))).toEqual(new Set([1]));
		// …with the routes across receding behind the ladders' steps up, so the crowded rows stay readable.
		const resting = await routeStates(page);
		expect(resting.filter((r) => r.across).every((r) => r.stroke < 0.5)).toBe(true);
		expect(resting.filter((r) => !r.across && r.width > 0).every((r) => r.stroke === 1)).toBe(true);
		await page.locator(`.map-node[data-level="${LEVEL}"] .map-pick`).click();
		await page.mouse.move(0, 0);
		await expect.poll(async () => (await routeStates(page)).filter((r) => from(r.route) === LEVEL).every((r) => r.opacity === 1)).toBe(true);
		const states = await routeStates(page);
		const mine = states.filter((r) => from(r.route) === LEVEL);
		const others = states.filter((r) => from(r.route) !== LEVEL);
		expect(mine.length).toBeGreaterThan(2);
		// Marked by weight and by fading the rest, not by colour alone.
		expect(mine.filter((r) => r.width > 0).every((r) => r.width >= 4)).toBe(true);
		expect(mine.every((r) => r.stroke === 1)).toBe(true);
		expect(others.every((r) => r.opacity < 0.5)).toBe(true);
		// Each place it leads to is ringed; no other ring shows.
		const targets = new Set(mine.map((r) => r.route.split('>')[1]));
		expect(await page.locator('.map-ring:visible').count()).toBe(targets.size);
		// Picking it again opens its page.
		const open = page.locator(`.map-node[data-level="${LEVEL}"] .map-open`);
		await expect.poll(() => open.isVisible()).toBe(true);
		expect(await page.locator('.map-open:visible').count()).toBe(1);
		await open.click();
		await page.waitForURL(/\/ladders\/support-representative\/levels\/senior\/$/);
		expect(errors).toEqual([]);
		await context.close();
	});

	it('moves the pick with the arrow keys, and "Show every route" shows them all again', async () => {
		const context = await browser.newContext({ viewport: { width: 1350, height: 900 } });
		const page = await context.newPage();
		await openPage(page, `${site.url}/moves/`);
		const radio = page.locator(`.map-node[data-level="${LEVEL}"] input`);
		await radio.focus();
		await page.keyboard.press('Space');
		expect(await radio.isChecked()).toBe(true);
		await page.keyboard.press('ArrowDown');
		const picked = await page.locator('.map-node input:checked').getAttribute('value');
		expect(picked).not.toBe(LEVEL);
		const states = await routeStates(page);
		expect(states.filter((r) => from(r.route) === picked).every((r) => r.opacity === 1)).toBe(true);
		expect(states.filter((r) => from(r.route) === LEVEL).every((r) => r.opacity < 0.5)).toBe(true);
		// The focused box is outlined, so the keyboard's place shows.
		expect(await page.locator(`.map-node[data-level="${picked}"] .map-level`).evaluate((r) => parseFloat(getComputedStyle(r).strokeWidth))).toBeGreaterThanOrEqual(3);
		await page.getByLabel('Show every route').check();
		await expect.poll(async () => new Set((await routeStates(page)).map((r) => r.opacity))).toEqual(new Set([1]));
		await context.close();
	});

	it.for(['/', '/moves/'])('lists, on %s, every route the map draws and no other', async (path) => {
		const context = await browser.newContext();
		const page = await context.newPage();
		await openPage(page, site.url + path);
		const drawn = await page.locator('.career-map [data-route]').evaluateAll((els) => els.map((e) => e.getAttribute('data-route')!).sort());
		const listed = await page.locator('.map-list [data-route]').evaluateAll((els) => els.map((e) => e.getAttribute('data-route')!).sort());
		expect(drawn.length).toBeGreaterThan(20);
		expect(listed).toEqual(drawn);
		// Every level is in the list, under its ladder, with a link to its page.
		const levels = await page.locator('.map-node').evaluateAll((els) => els.map((e) => e.getAttribute('data-level')!).sort());
		expect(await page.locator('.map-list [data-level]').evaluateAll((els) => els.map((e) => e.getAttribute('data-level')!).sort())).toEqual(levels);
		await page.locator('.map-list summary').click();
		const entry = page.locator(`.map-list [data-level="${LEVEL}"]`);
		expect(await entry.locator('> a').getAttribute('href')).toMatch(/\/ladders\/support-representative\/levels\/senior\/$/);
		// The routes are named in words: the level each leads to.
		expect(await entry.innerText()).toContain('Expert Support Representative');
		await context.close();
	});

	it.for(['light', 'dark'] as const)('has no axe violation with a level picked (%s)', async (colorScheme) => {
		const context = await browser.newContext({ colorScheme });
		const page = await context.newPage();
		await openPage(page, `${site.url}/moves/`);
		await page.locator(`.map-node[data-level="${LEVEL}"] .map-pick`).click();
		await page.locator('.map-list summary').click();
		const results = await new AxeBuilder({ page }).include('.map-figure').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
		expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
		await context.close();
	});
});
