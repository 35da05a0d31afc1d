import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtSite, chromiumPath, launch, openPage } from './_browser.ts';
import { openAssess } from './_assess-page.ts';

/*
 * The paths a support rep walks (issue #16): reading a level, assessing against it, sharing and
 * printing; each as a person meets it in the browser, so each can fail on what they would see.
 */

let site: { url: string };
let browser: Browser;
const LADDER = 'support-representative';

describe.skipIf(!chromiumPath)('the walk from reading a level to assessing against it', () => {
	beforeAll(async () => {
		site = builtSite();
		browser = await launch();
	});
	afterAll(async () => {
		await browser?.close();
	});

	it('moves the target up when "your level now" reaches it, so the report never measures a level already held', async () => {
		const { page, context, errors } = await openAssess(browser, `${site.url}/assess/`);
		expect(await page.locator('#current').inputValue()).toBe('associate');
		expect(await page.locator('#target').inputValue()).toBe(`${LADDER}:representative`);
		await page.selectOption('#current', 'representative');
		await expect.poll(() => page.locator('#target').inputValue()).toBe(`${LADDER}:senior`);
		// The form follows: the expectations shown are the new target's.
		await expect.poll(() => page.locator('#competencies .label').first().textContent()).toBe('At Senior Support Representative:');
		// A target the person set above their level stays where they put it.
		await page.selectOption('#target', `${LADDER}:principal`);
		await page.selectOption('#current', 'senior');
		expect(await page.locator('#target').inputValue()).toBe(`${LADDER}:principal`);
		// A target on another ladder is a move the person chose, and stays.
		await page.selectOption('#target', 'senior-support-engineer:engineer');
		await page.selectOption('#current', 'principal');
		expect(await page.locator('#target').inputValue()).toBe('senior-support-engineer:engineer');
		expect(errors).toEqual([]);
		await context.close();
	});

	it('hides the share box until a link exists, and clearing hides it again', async () => {
		const { page, context } = await openAssess(browser, `${site.url}/assess/`);
		const box = page.locator('#share-result');
		await expect.poll(() => box.isVisible()).toBe(false);
		await page.locator(`input[name="rating-ownership"]`).first().check();
		await page.click('#make-link');
		await expect.poll(() => box.isVisible()).toBe(true);
		expect(await page.locator('#share-link').inputValue()).toMatch(/#a=/);
		await page.click('#clear');
		await expect.poll(() => box.isVisible()).toBe(false);
		await context.close();
	});

	it.for([
		{ from: `/ladders/${LADDER}/levels/senior/`, current: 'representative', target: `${LADDER}:senior` },
		{ from: `/ladders/${LADDER}/levels/associate/`, current: 'associate', target: `${LADDER}:associate` },
		{ from: `/ladders/${LADDER}/changes/senior/`, current: 'representative', target: `${LADDER}:senior` },
		{ from: `/ladders/senior-support-engineer/`, current: 'associate', target: 'senior-support-engineer:engineer' },
	])('offers "assess yourself" on $from, which opens the form with the ladder and levels chosen', async ({ from, current, target }) => {
		const context = await browser.newContext();
		const page = await context.newPage();
		await openPage(page, `${site.url}${from}`);
		const link = page.locator('a.cta-primary');
		expect(await link.textContent()).toMatch(/^Assess yourself (against this level|on this ladder)$/);
		await link.click();
		await page.locator('#report .rungs-report').waitFor();
		expect(await page.locator('#ladder').inputValue()).toBe(target.split(':')[0]);
		expect(await page.locator('#current').inputValue()).toBe(current);
		expect(await page.locator('#target').inputValue()).toBe(target);
		await context.close();
	});

	it('prints an example report with its chart, evidence and notes, and no heading left at the foot of a page', async () => {
		const page = await browser.newPage();
		await openPage(page, `${site.url}/examples/new-representative/`);
		await page.emulateMedia({ media: 'print' });
		for (const selector of ['.rungs-figure svg', '.rungs-evidence li', '.rungs-note', '.rungs-details h3']) {
			expect({ selector, visible: await page.locator(selector).first().isVisible() }).toEqual({ selector, visible: true });
		}
		// Printed on one page (pages.test.ts counts them for every example), nothing follows the last heading but its content.
		const orphans = await page.evaluate(() =>
			Array.from(document.querySelectorAll('.rungs-report :is(h2, h3, h4)')).filter((h) => {
				const next = h.nextElementSibling;
				return !next || getComputedStyle(next).display === 'none';
			}).map((h) => h.textContent),
		);
		expect(orphans).toEqual([]);
		await page.close();
	});

	it('says "(level)" after a statement still to show only when it comes from a level below the target', async () => {
		const page = await browser.newPage();
		await openPage(page, `${site.url}/examples/representative-ready-for-senior/`);
		const labels = await page.locator('.rungs-to-show .rungs-muted').allTextContents();
		expect(labels.filter((label) => label === '(Senior Support Representative)')).toEqual([]);
		await page.close();
	});

	it('gives evidence room for several lines and draws "Not rated" apart from the ratings', async () => {
		const { page, context } = await openAssess(browser, `${site.url}/assess/`);
		await page.click('button[data-action="add-evidence"][data-competency="ownership"]');
		expect(await page.locator('#ev-ownership-0-summary').evaluate((node) => node.tagName)).toBe('TEXTAREA');
		const none = page.locator('#competency-ownership .scale-option:has(input[value=""])');
		const rated = page.locator('#competency-ownership .scale-option:has(input[value]:not([value=""]))').first();
		expect(await none.evaluate((node) => getComputedStyle(node).borderStyle)).toBe('dashed');
		expect(await rated.evaluate((node) => getComputedStyle(node).borderStyle)).toBe('solid');
		// Checked by default, it still does not look chosen: no fill.
		expect(await none.locator('input').isChecked()).toBe(true);
		expect(await none.evaluate((node) => getComputedStyle(node).backgroundColor)).toBe('rgba(0, 0, 0, 0)');
		await context.close();
	});

	it.for([
		{ width: 1350, height: 900, shown: false },
		{ width: 390, height: 844, shown: true },
	])('says the career map scrolls sideways only where it does ($width px)', async ({ width, height, shown }) => {
		const context = await browser.newContext({ viewport: { width, height } });
		const page = await context.newPage();
		await openPage(page, `${site.url}/moves/`);
		expect(await page.locator('.map-scroll-hint').isVisible()).toBe(shown);
		await context.close();
	});

	it('keeps the readiness in view on a phone while rating, updates it, and opens the full report from it', async () => {
		const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
		const { page } = await openAssess(browser, `${site.url}/assess/`, { context });
		const bar = page.locator('#readiness-bar');
		const inView = () => bar.evaluate((node) => {
			const box = node.getBoundingClientRect();
			return box.top >= 0 && box.bottom <= window.innerHeight && box.height > 0;
		});
		expect(await bar.locator('.bar-counts').textContent()).toBe('0 of 9 at the target');
		// Far down the form, the last competency rated: the bar is on screen and says so.
		const last = page.locator('#competencies fieldset.competency').last();
		await last.scrollIntoViewIfNeeded();
		await last.locator('input[type="radio"]').nth(2).check();
		await expect.poll(() => bar.locator('.bar-counts').textContent()).toBe('1 of 9 at the target');
		expect(await inView()).toBe(true);
		await bar.click();
		await expect.poll(() => page.evaluate(() => document.getElementById('report-title')!.getBoundingClientRect().top)).toBeLessThan(844);
		// The report comes before Save, Share and Clear all.
		expect(await page.evaluate(() => document.getElementById('report')!.compareDocumentPosition(document.getElementById('actions-title')!) & Node.DOCUMENT_POSITION_FOLLOWING)).toBeTruthy();
		await context.close();
	});

	it('has no scroll box inside the page on a desktop, and keeps the readiness in view beside the form', async () => {
		const context = await browser.newContext({ viewport: { width: 1350, height: 900 } });
		const { page } = await openAssess(browser, `${site.url}/assess/`, { context });
		await page.locator('#competencies fieldset.competency').nth(5).scrollIntoViewIfNeeded();
		const nested = await page.evaluate(() =>
			Array.from(document.querySelectorAll<HTMLElement>('#assess-app *'))
				.filter((node) => ['auto', 'scroll'].includes(getComputedStyle(node).overflowY) && node.scrollHeight > node.clientHeight + 1)
				.map((node) => node.id || node.className),
		);
		expect(nested).toEqual([]);
		const top = await page.locator('#readiness-bar').evaluate((node) => node.getBoundingClientRect().top);
		expect(top).toBeGreaterThanOrEqual(0);
		expect(top).toBeLessThan(100);
		await context.close();
	});

	it('says "your draft is back" at the top of the form, not under it', async () => {
		const { page, context } = await openAssess(browser, `${site.url}/assess/`);
		await page.locator('input[name="rating-ownership"]').first().check();
		await page.waitForFunction(() => document.getElementById('draft-state')?.dataset.kept === 'yes', undefined, { timeout: 60_000 });
		await page.reload();
		await page.locator('#report .rungs-report').waitFor();
		const message = page.locator('#draft-state');
		await expect.poll(() => message.textContent()).toBe('Your draft from this browser is back.');
		const [messageTop, setupTop] = await page.evaluate(() => [document.getElementById('draft-state')!, document.getElementById('setup')!].map((node) => node.getBoundingClientRect().top));
		expect(messageTop).toBeLessThan(setupTop!);
		await context.close();
	});
});
