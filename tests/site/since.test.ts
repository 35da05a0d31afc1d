import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtSite, chromiumPath, launch } from './_browser.ts';
import { openAssess, scratch } from './_assess-page.ts';

/*
 * Progress over time on the self-assessment page (#19 §2, §5): a person opens an earlier assessment
 * of themselves and reads "Since last time" and "What to work on next" under their report, worded in
 * the page's language, with nothing sent anywhere and nothing more loaded until they do.
 */

let site: { url: string };
let browser: Browser;
const examples = join(import.meta.dirname, '../../matrices/examples');
const LATEST = join(examples, 'representative-ready-for-senior.yaml');
const EARLIER = join(examples, 'history/representative-ready-for-senior-2026-06.yaml');

/** Every request the page makes from now on. */
function recordRequests(page: Page): string[] {
	const requests: string[] = [];
	page.on('request', (request) => requests.push(`${request.method()} ${request.url()}${request.postData() ? ` body=${request.postData()}` : ''}`));
	return requests;
}

/** Opens the latest assessment as a saved one, then the earlier file as the earlier one. */
async function openBoth(page: Page, opened: RegExp): Promise<void> {
	await page.setInputFiles('#open-file', LATEST);
	await expect.poll(() => page.locator('#person-name').inputValue(), { timeout: 60_000 }).toBe('Mateo');
	await page.setInputFiles('#open-earlier', EARLIER);
	await expect.poll(() => page.locator('#status').innerText(), { timeout: 60_000 }).toMatch(opened);
}

describe.skipIf(!chromiumPath)('an earlier assessment opened on the self-assessment page', () => {
	beforeAll(async () => {
		site = builtSite();
		browser = await launch();
	});
	afterAll(async () => {
		await browser?.close();
	});

	it('shows what moved since then and what to work on next, and loads the comparison only when asked', async () => {
		const { page, context, errors } = await openAssess(browser, `${site.url}/assess/`);
		const requests = recordRequests(page);
		expect(await page.locator('#since').isVisible()).toBe(false);
		await openBoth(page, /^Opened representative-ready-for-senior-2026-06\.yaml as an earlier assessment/);
		const since = page.locator('#since');
		await expect.poll(() => since.isVisible()).toBe(true);
		expect(await since.locator('h2').first().textContent()).toBe('Since last time');
		const text = await since.innerText();
		expect(text).toMatch(/compared with representative-ready-for-senior-2026-06\.yaml, of June 10, 2026\./);
		// Core's progress report: the counts, the competencies that moved, the evidence added since.
		expect(text).toMatch(/5 up, 0 down, 4 unchanged/);
		const written = since.locator('tr', { has: page.locator('th', { hasText: /^Written clarity$/ }) }).first();
		expect(await written.innerText()).toMatch(/Developing → Consistently/);
		expect(text).toMatch(/Rewrote the six saved replies/);
		expect(await since.locator('h2').allTextContents()).toEqual(['Since last time', 'What to work on next']);
		// Nothing left the browser: after the page loaded only this site's own scripts were fetched.
		expect(requests.filter((r) => !new RegExp(`^GET ${site.url}/_astro/[\\w.-]+\\.js$`).test(r))).toEqual([]);
		expect(requests.some((r) => /earlier/.test(r))).toBe(true);
		expect(requests.join('\n')).not.toContain('Mateo');
		// The section, its tables and its chart are accessible as the report is.
		const axe = await new AxeBuilder({ page }).include('#since').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
		expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

		// "Since last time" follows the page's assessment as the person rates.
		await page.locator('input[name="rating-written-clarity"][value="developing"]').check();
		await expect.poll(() => since.innerText()).toMatch(/4 up, 0 down, 5 unchanged/);

		// Closing it leaves the page as it was: later edits bring nothing back.
		await since.getByRole('button', { name: 'Stop comparing' }).click();
		expect(await since.isVisible()).toBe(false);
		await page.locator('input[name="rating-written-clarity"][value="consistently"]').check();
		await expect.poll(() => page.locator('#report').innerText()).toBeTruthy();
		expect(await since.isVisible()).toBe(false);
		expect(errors).toEqual([]);
		await context.close();
	});

	it('loads none of the comparison with the page', async () => {
		const context = await browser.newContext();
		const page = await context.newPage();
		const scripts: string[] = [];
		page.on('request', (request) => scripts.push(request.url()));
		await page.goto(`${site.url}/assess/`, { waitUntil: 'networkidle' });
		expect(scripts.filter((url) => /earlier\.|progress-view|progress-french/.test(url))).toEqual([]);
		await context.close();
	});

	it('refuses an assessment of another person with a sentence, and keeps the page as it was', async () => {
		const { page, context, errors } = await openAssess(browser, `${site.url}/assess/`);
		await page.setInputFiles('#open-file', LATEST);
		await expect.poll(() => page.locator('#person-name').inputValue(), { timeout: 60_000 }).toBe('Mateo');
		const other = join(scratch, 'someone-else.yaml');
		writeFileSync(other, readFileSync(EARLIER, 'utf8').replace('person: { name: Mateo, id: mateo }', 'person: { name: Ana, id: ana }'));
		await page.setInputFiles('#open-earlier', other);
		const box = page.locator('#status');
		await expect.poll(() => box.locator('p').first().textContent(), { timeout: 60_000 }).toBe('someone-else.yaml cannot be compared with the assessment on this page: nothing was changed.');
		expect(await box.locator('.problem-list').innerText()).toMatch(/another person: ana, where the latest is of mateo/);
		// Located in the earlier file, for whoever edits it: the line of `person`.
		expect(await box.locator('pre.problems').textContent()).toMatch(/someone-else\.yaml:\d+:\d+ error PROGRESS_NOT_COMPARABLE/);
		expect(await page.locator('#since').isVisible()).toBe(false);

		// A later file is refused too, with core's own sentence.
		const later = join(scratch, 'later.yaml');
		writeFileSync(later, readFileSync(EARLIER, 'utf8').replace('date: 2026-06-10', 'date: 2027-01-10'));
		await page.setInputFiles('#open-earlier', later);
		await expect.poll(() => box.locator('.problem-list').innerText(), { timeout: 60_000 }).toMatch(/dated 2027-01-10, after the latest one \(2026-12-07\)/);
		expect(await page.locator('#since').isVisible()).toBe(false);
		expect(errors).toEqual([]);
		await context.close();
	});

	it('says it all in French on the French page', async () => {
		const { page, context, errors } = await openAssess(browser, `${site.url}/fr/assess/`);
		expect(await page.locator('label[for="open-earlier"]').textContent()).toBe('Ouvrir une évaluation antérieure');
		await openBoth(page, /^representative-ready-for-senior-2026-06\.yaml est ouvert comme évaluation antérieure/);
		const since = page.locator('#since');
		await expect.poll(() => since.isVisible()).toBe(true);
		expect(await since.locator('h2').allTextContents()).toEqual(['Depuis la dernière fois', 'Sur quoi travailler ensuite']);
		const text = await since.innerText();
		expect(text).toMatch(/10 juin 2026/);
		expect(text).toMatch(/Progression dans le temps/);
		expect(text).not.toMatch(/Since last time|What to work on next|Progress over time|Evidence added|not yet met/);
		const other = join(scratch, 'quelqu-un.yaml');
		writeFileSync(other, readFileSync(EARLIER, 'utf8').replace('person: { name: Mateo, id: mateo }', 'person: { name: Ana, id: ana }'));
		await page.setInputFiles('#open-earlier', other);
		await expect.poll(() => page.locator('#status p').first().textContent(), { timeout: 60_000 }).toMatch(/^quelqu-un\.yaml ne peut pas être comparé/);
		expect(await page.locator('#status .problem-list').innerText()).not.toMatch(/another person/);
		expect(errors).toEqual([]);
		await context.close();
	});

	it.for([390, 1350])('fits a %i px wide screen', async (width) => {
		const context = await browser.newContext({ viewport: { width, height: 900 } });
		const { page } = await openAssess(browser, `${site.url}/assess/`, { context });
		await openBoth(page, /as an earlier assessment/);
		const since = page.locator('#since');
		await since.scrollIntoViewIfNeeded();
		// Wide tables scroll inside their own box; the page itself never scrolls sideways.
		expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
		if (process.env.RUNGS_SCREENSHOTS) await since.screenshot({ path: join(process.env.RUNGS_SCREENSHOTS, `since-${width}.png`) });
		await context.close();
	});
});
