import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { assess, formatMessage, validateAssessment, type Assessment } from '@rungs/core';
import { loadFramework } from '@rungs/core/node';
import { builtSite, chromiumPath, launch } from './_browser.ts';
import { valueOf } from '../support/result.ts';

let site: { url: string };
let browser: Browser;
const scratch = mkdtempSync(join(tmpdir(), 'rungs-site-'));

/** A fresh browser profile (empty storage) on the self-assessment page, recording every request after load. */
async function openAssess(context?: BrowserContext, fragment = ''): Promise<{ page: Page; context: BrowserContext; requests: string[]; errors: string[] }> {
	const ctx = context ?? (await browser.newContext({ acceptDownloads: true }));
	const page = await ctx.newPage();
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(String(error)));
	page.on('dialog', (dialog) => void dialog.accept());
	await page.goto(`${site.url}/assess/${fragment}`, { waitUntil: 'networkidle' });
	const requests: string[] = [];
	page.on('request', (request) => requests.push(`${request.method()} ${request.url()}${request.postData() ? ` body=${request.postData()}` : ''}`));
	await page.locator('#report .rungs-report').waitFor();
	return { page, context: ctx, requests, errors };
}

/** Presses Tab (or Shift+Tab, when the target comes earlier) until the focused element matches, as a keyboard user would. */
async function tabTo(page: Page, selector: string, limit = 120): Promise<void> {
	const direction = await page.evaluate((s) => {
		const target = document.querySelector(s);
		const active = document.activeElement;
		if (!target || !active || active === document.body) return 'Tab';
		return active.compareDocumentPosition(target) & Node.DOCUMENT_POSITION_PRECEDING ? 'Shift+Tab' : 'Tab';
	}, selector);
	for (let i = 0; i < limit; i++) {
		if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
		await page.keyboard.press(direction);
	}
	throw new Error(`Tab never reached ${selector}`);
}

async function saved(page: Page, button: '#save-json' | '#save-yaml'): Promise<Assessment> {
	const [download] = await Promise.all([page.waitForEvent('download'), page.click(button)]);
	const path = join(scratch, download.suggestedFilename());
	await download.saveAs(path);
	const text = readFileSync(path, 'utf8');
	return (button === '#save-json' ? JSON.parse(text) : parse(text)) as Assessment;
}

const DRAFT_KEY = 'rungs:self-assessment:draft';

/** Waits until the draft in this profile's localStorage holds every text (the page writes it a moment after a change). */
async function draftHolds(page: Page, texts: string[]): Promise<void> {
	await page.waitForFunction(([key, wanted]) => wanted.every((text) => (localStorage.getItem(key) ?? '').includes(text)), [DRAFT_KEY, texts] as const);
}

/** Rates competencies by keyboard: Tab to each one's rating group, arrow keys to the value. */
async function rateByKeyboard(page: Page, ratings: Record<string, number>): Promise<void> {
	for (const [competency, steps] of Object.entries(ratings)) {
		await tabTo(page, `input[name="rating-${competency}"]`);
		// The group starts on "Not rated" (last); ArrowRight wraps to the first value, then moves on.
		for (let i = 0; i <= steps; i++) await page.keyboard.press('ArrowRight');
	}
}

/** Rates competencies by clicking the values, when the keyboard is not what a test is about (the same steps as rateByKeyboard). */
async function rateByClick(page: Page, ratings: Record<string, number>): Promise<void> {
	for (const [competency, steps] of Object.entries(ratings)) await page.locator(`input[name="rating-${competency}"]`).nth(steps).check();
}

const RATINGS = {
	'customer-empathy': 2,
	'written-clarity': 2,
	'customer-empowerment': 1,
	'troubleshooting-and-escalation': 3,
	'queue-mastery': 2,
	'judgement-within-guardrails': 2,
	'account-care': 1,
	ownership: 2,
	'team-growth': 2,
};

describe.skipIf(!chromiumPath)('the self-assessment page', () => {
	beforeAll(async () => {
		site = builtSite();
		browser = await launch();
	});
	afterAll(async () => {
		await browser?.close();
	});

	it('is filled by keyboard alone and shows the report the library computes', async () => {
		const { page, context } = await openAssess();
		await page.locator('#ladder').focus();
		expect(await page.locator('#ladder').inputValue()).toBe('support-representative');
		await tabTo(page, '#person-name');
		await page.keyboard.type('Robin');
		await rateByKeyboard(page, RATINGS);
		// Evidence, still by keyboard: the button adds a row and moves focus into it.
		await tabTo(page, 'button[data-action="add-evidence"][data-competency="queue-mastery"]');
		await page.keyboard.press('Enter');
		await page.keyboard.type('Kept the queue healthy through the launch week, with a backlog sweep each morning.');

		const state = await saved(page, '#save-json');
		expect(state.person.name).toBe('Robin');
		expect(state.ratings['queue-mastery']?.evidence).toEqual([{ summary: 'Kept the queue healthy through the launch week, with a backlog sweep each morning.' }]);
		const framework = valueOf((await loadFramework(new URL('../../matrices/', import.meta.url).pathname)));
		// What the page saved passes the validator, and gives the report the page showed.
		const expected = valueOf(assess(framework, valueOf(validateAssessment(state, framework))));
		expect(Object.fromEntries(expected.competencies.map((c) => [c.id, c.rating?.label]))).toEqual({
			'customer-empathy': 'Consistently',
			'written-clarity': 'Consistently',
			'customer-empowerment': 'Developing',
			'troubleshooting-and-escalation': 'Role model',
			'queue-mastery': 'Consistently',
			'judgement-within-guardrails': 'Consistently',
			'account-care': 'Developing',
			ownership: 'Consistently',
			'team-growth': 'Consistently',
		});
		const report = page.locator('#report');
		await expect.poll(() => report.textContent()).toContain(formatMessage(expected.readiness.headline));
		for (const gap of expected.competencies) {
			const row = report.locator('tr', { has: page.locator(`th[scope="row"]:text-is("${gap.name}")`) });
			await expect.poll(() => row.locator('.rungs-status').textContent()).toBe(gap.status === 'unrated' ? 'not rated' : gap.status);
		}
		expect(await page.locator('#report-headline').textContent()).toContain(formatMessage(expected.readiness.headline));
		await context.close();
	});

	it('saves to JSON and YAML files the command line reads, and loads them back without loss', async () => {
		const { page, context } = await openAssess();
		await page.fill('#person-name', 'Sam');
		await rateByClick(page, { 'customer-empathy': 3, ownership: 1 });
		await page.click('button[data-action="add-evidence"][data-competency="ownership"]');
		await page.keyboard.type('Followed a refund through three teams until it landed.');
		await page.selectOption('#confidence-ownership', 'low');
		await page.fill('#note-ownership', 'Not sure this counts yet.');
		const json = await saved(page, '#save-json');
		const yaml = await saved(page, '#save-yaml');
		expect(yaml).toEqual(json);

		for (const [name, text] of [['round.json', JSON.stringify(json)], ['round.yaml', readFileSync(join(scratch, `assessment-sam-${json.date}.yaml`), 'utf8')]] as const) {
			await page.click('#clear');
			expect((await saved(page, '#save-json')).ratings).toEqual({});
			const path = join(scratch, name);
			writeFileSync(path, text);
			await page.setInputFiles('#open-file', path);
			await expect.poll(() => page.locator('#status').textContent()).toContain(`Opened ${name}`);
			expect(await saved(page, '#save-json')).toEqual(json);
			expect(await page.locator('input[name="rating-customer-empathy"]:checked').inputValue()).toBe('role-model');
		}
		await context.close();
	});

	it('keeps a draft across a reload', async () => {
		const { page, context } = await openAssess();
		await rateByClick(page, { 'written-clarity': 2 });
		await page.fill('#person-name', 'Kim');
		const before = await saved(page, '#save-json');
		await draftHolds(page, ['"Kim"', '"written-clarity"']);
		await page.reload({ waitUntil: 'networkidle' });
		await expect.poll(() => page.locator('#person-name').inputValue()).toBe('Kim');
		expect(await saved(page, '#save-json')).toEqual(before);
		await context.close();
	});

	it('keeps no draft of a visit that changed nothing, so the next visit does not fetch the validator', async () => {
		// The page's clock is under the test's control: a draft written "a moment later" would be
		// written within the second that runFor plays at once, without the test sleeping.
		const fresh = await browser.newContext({ acceptDownloads: true });
		await fresh.clock.install();
		const { page, context } = await openAssess(fresh);
		await page.clock.runFor(2000);
		await page.reload({ waitUntil: 'networkidle' });
		await page.clock.runFor(2000);
		const scripts: string[] = [];
		page.on('request', (request) => scripts.push(request.url()));
		await page.reload({ waitUntil: 'networkidle' });
		expect(await page.evaluate(() => Object.keys(localStorage))).toEqual([]);
		expect(scripts.filter((url) => /\/validate\.[^/]*\.js$/.test(url))).toEqual([]);
		expect(await page.locator('#draft-state').textContent()).toBe('');
		await context.close();
	});

	it('keeps the draft when the tab crashes', async () => {
		const { page, context } = await openAssess();
		await page.fill('#person-name', 'Crash');
		await rateByClick(page, { ownership: 3 });
		// The draft is written a moment after each change, not only when the page is left properly.
		await expect.poll(() => page.locator('#draft-state').textContent()).toContain('Draft kept');
		// Chromium hands localStorage writes on to its storage service a moment later; a crash in that
		// same instant loses the last change in any web app. So the crash comes once the draft is seen
		// by another tab of the same profile, which reads it from that service.
		const probe = await context.newPage();
		await probe.goto(`${site.url}/`);
		await draftHolds(probe, ['"Crash"', '"role-model"']);
		const cdp = await context.newCDPSession(page);
		// Page.crash never answers: the renderer it would answer from is gone. Wait for the crash instead.
		void cdp.send('Page.crash').catch(() => undefined);
		await page.waitForEvent('crash', { timeout: 60_000 });
		const again = await context.newPage();
		await again.goto(`${site.url}/assess/`, { waitUntil: 'networkidle' });
		await expect.poll(() => again.locator('#person-name').inputValue()).toBe('Crash');
		expect(await again.locator('input[name="rating-ownership"]:checked').inputValue()).toBe('role-model');
		await context.close();
	});

	it('opens a share link in another browser with the same assessment, and warns what a link reveals', async () => {
		const { page, context } = await openAssess();
		await page.fill('#person-name', 'Alex');
		await rateByClick(page, { 'team-growth': 3, 'queue-mastery': 0 });
		await page.click('button[data-action="add-evidence"][data-competency="team-growth"]');
		await page.keyboard.type('Buddied two new starters through their first month.');
		const before = await saved(page, '#save-json');
		expect(await page.locator('#share-warning').textContent()).toContain('Anyone who has the link can read them');
		await page.click('#make-link');
		await expect.poll(() => page.locator('#share-link').inputValue()).not.toBe('');
		const link = await page.locator('#share-link').inputValue();
		expect(link).toMatch(new RegExp(`^${site.url}/assess/#a=z\\.[A-Za-z0-9_-]+$`));
		expect(link).not.toContain('Alex');

		const recipient = await browser.newContext({ acceptDownloads: true });
		const other = await recipient.newPage();
		await other.goto(link, { waitUntil: 'networkidle' });
		await expect.poll(() => other.locator('#person-name').inputValue()).toBe('Alex');
		expect(await saved(other, '#save-json')).toEqual(before);
		// The link leaves the address bar once opened, so later edits are not mistaken for it.
		expect(new URL(other.url()).hash).toBe('');
		await recipient.close();
		await context.close();
	});

	it('gives a plain message for a damaged link, and keeps working', async () => {
		const { page, context, errors } = await openAssess(undefined, '#a=z.this-is-not-a-link!!');
		await expect.poll(() => page.locator('#status').textContent()).toMatch(/damaged|not a Rungs link|holds no assessment/);
		await rateByClick(page, { 'customer-empathy': 2 });
		await expect.poll(() => page.locator('#report').textContent()).toContain('Customer empathy');
		expect(errors).toEqual([]);
		await context.close();
	});

	it('refuses an invalid file with located problems and changes nothing', async () => {
		const { page, context } = await openAssess();
		await page.fill('#person-name', 'Jo');
		const before = await saved(page, '#save-json');
		const path = join(scratch, 'broken.yaml');
		writeFileSync(path, 'format: rungs/assessment@1\nperson: { name: Jo }\nladder: { id: support-representative, version: 2.0.0 }\nassessor: { role: self }\ndate: 2026-11-01\ncurrent: senor\ntarget: expert\n');
		await page.setInputFiles('#open-file', path);
		await expect.poll(() => page.locator('#status').textContent()).toContain('could not be opened: nothing was changed');
		expect(await page.locator('#status pre').textContent()).toMatch(/broken\.yaml:6:10 error UNKNOWN_LEVEL/);
		expect(await saved(page, '#save-json')).toEqual(before);
		await context.close();
	});

	it('renders markup in an imported file as inert text', async () => {
		const { page, context } = await openAssess();
		let alerted = false;
		page.on('dialog', () => (alerted = true));
		const hostile = {
			format: 'rungs/assessment@1',
			person: { name: '<img src=x onerror="alert(1)">' },
			ladder: { id: 'support-representative', version: '2.0.0' },
			assessor: { role: 'self' },
			date: '2026-11-01',
			current: 'associate',
			target: 'representative',
			ratings: { ownership: { rating: 'consistently', note: '<script>alert(2)</script>', evidence: [{ summary: '<b>bold</b>', url: 'https://example.com/x"><script>alert(3)</script>' }] } },
		};
		const path = join(scratch, 'hostile.json');
		writeFileSync(path, JSON.stringify(hostile));
		await page.setInputFiles('#open-file', path);
		await expect.poll(() => page.locator('#status').textContent()).toMatch(/Opened hostile\.json|could not be opened/);
		const report = page.locator('#report');
		if ((await page.locator('#status').textContent())?.includes('Opened')) {
			expect(await report.textContent()).toContain('<img src=x onerror="alert(1)">');
			expect(await report.locator('img, script, b').count()).toBe(0);
		}
		expect(alerted).toBe(false);
		await context.close();
	});

	it('sends no request carrying assessment data: after load only this site\'s own code and ladders are fetched', async () => {
		const { page, context, requests } = await openAssess();
		await page.fill('#person-name', 'Private Person');
		await rateByClick(page, { 'customer-empathy': 2, ownership: 3 });
		await saved(page, '#save-yaml');
		await page.click('#make-link');
		await page.reload({ waitUntil: 'networkidle' });
		// The ladders are static modules of this site (/assess/ladders.js, /assess/ladders/<id>.js), addressed by a content hash only.
		const other = requests.filter((r) => !new RegExp(`^GET ${site.url}/(_astro/[\\w.-]+\\.(js|css)|assess/|assess/ladders(/[\\w-]+)?\\.js\\?v=[0-9a-f]{12}|report\\.css|favicon\\.svg)$`).test(r));
		expect(other).toEqual([]);
		expect(requests.join('\n')).not.toContain('Private');
		await context.close();
	});

	it('lets its Content-Security-Policy block a script that is not ours', async () => {
		const { page, context } = await openAssess();
		const outcome = await page.evaluate(
			() =>
				new Promise<{ ran: boolean; violation: string }>((resolve) => {
					document.addEventListener('securitypolicyviolation', (event) => resolve({ ran: 'pwned' in window, violation: event.violatedDirective }), { once: true });
					const script = document.createElement('script');
					script.textContent = 'window.pwned = true;';
					document.body.append(script);
				}),
		);
		expect(outcome).toEqual({ ran: false, violation: 'script-src-elem' });
		await context.close();
	});

	it('prints the report on one A4 page', async () => {
		const { page, context } = await openAssess();
		await rateByClick(page, RATINGS);
		for (const id of ['ownership', 'team-growth']) {
			await page.click(`button[data-action="add-evidence"][data-competency="${id}"]`);
			await page.keyboard.type('Evidence that takes a line or two to describe, as real evidence does in a real report.');
		}
		await page.emulateMedia({ media: 'print' });
		const pdf = await page.pdf({ format: 'A4', printBackground: false });
		const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page\b/g) ?? []).length;
		expect(pages).toBe(1);
		await context.close();
	});
});
