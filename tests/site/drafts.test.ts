import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { draftKept, formState, openAssess, savedFile, scratch } from './_assess-page.ts';
import { builtSite, chromiumPath, launch } from './_browser.ts';

/*
 * A draft is work in progress: whatever state a person puts the form in is stored and comes back
 * exactly on reload, and the strict rules of a file apply only when a file is saved or a link made.
 * A stored draft is replaced only by the person's own edits of it, never without a way back: not by
 * an unreadable draft's next keystroke, not by "Assess yourself for this move", not by someone's
 * share link, not by another tab.
 */

const DRAFT_KEY = 'rungs:self-assessment:draft';
const COMPETENCIES = ['customer-empathy', 'written-clarity', 'ownership', 'team-growth', 'queue-mastery'];
const VALUES = ['not-yet', 'developing', 'consistently', 'role-model', ''];

type Step = (page: Page) => Promise<void>;
const rate = (id: string, value: string): Step => (page) => page.check(`input[name="rating-${id}"][value="${value}"]`);
const addEvidence = (id: string): Step => (page) => page.click(`button[data-action="add-evidence"][data-competency="${id}"]`);
const fill = (selector: string, text: string): Step => (page) => page.fill(selector, text);
const lastEvidence = (id: string, field: 'summary' | 'url', text: string): Step => (page) => page.locator(`#evidence-${id} :is(input, textarea)[data-field="evidence-${field}"]`).last().fill(text);

/** The states of the issue, and others a person reaches as easily. */
const STATES: Array<[string, Step[]]> = [
	['one rating and no name', [rate('ownership', 'consistently')]],
	['an empty evidence row', [addEvidence('team-growth')]],
	['a note typed then cleared', [fill('#note-ownership', 'Not sure yet'), fill('#note-ownership', '')]],
	['a half-typed link', [addEvidence('ownership'), lastEvidence('ownership', 'summary', 'Followed a refund through'), lastEvidence('ownership', 'url', 'www.example.com')]],
	['a link with a refused scheme', [addEvidence('ownership'), lastEvidence('ownership', 'url', 'javascript:alert(1)')]],
	['a name of spaces only, notes typed then cleared', [fill('#person-name', '   '), fill('#assessment-notes', 'x'), fill('#assessment-notes', '')]],
	['a cleared date', [fill('#assessment-date', ''), rate('written-clarity', 'developing')]],
	['a confidence without a rating', [(page) => page.selectOption('#confidence-ownership', 'high').then(() => undefined)]],
	['a rating set then taken back, with a note of spaces', [rate('ownership', 'role-model'), rate('ownership', ''), fill('#note-ownership', '   ')]],
	[
		'another ladder, aiming at another role',
		[(page) => page.selectOption('#ladder', 'product-support-engineer').then(() => undefined), (page) => page.selectOption('#target', 'support-representative:expert').then(() => undefined), rate('customer-empathy', 'role-model'), fill('#person-name', '  Ana  ')],
	],
];

/** Generated states: a seeded sequence of the same kinds of steps, over several competencies at once. */
function generated(seed: number, length: number): Step[] {
	let s = seed;
	const next = (n: number) => {
		s = (s * 1103515245 + 12345) % 2 ** 31;
		return s % n;
	};
	const steps: Step[] = [];
	for (let i = 0; i < length; i++) {
		const id = COMPETENCIES[next(COMPETENCIES.length)]!;
		const kinds: Step[] = [
			rate(id, VALUES[next(VALUES.length)]!),
			addEvidence(id),
			fill(`#note-${id}`, ['', ' ', 'a note', 'ñandú ✓ "quoted" <b>'][next(4)]!),
			fill('#person-name', ['', '  Kim ', 'Łukasz'][next(3)]!),
			async (page) => {
				if ((await page.locator(`#evidence-${id} input[data-field="evidence-url"]`).count()) === 0) await addEvidence(id)(page);
				await lastEvidence(id, 'url', ['', 'www.', 'https://example.com/x', 'http:/half'][next(4)]!)(page);
			},
		];
		steps.push(kinds[next(kinds.length)]!);
	}
	return steps;
}
for (const seed of [1, 7, 42, 1234]) STATES.push([`generated state ${seed}`, generated(seed, 8)]);

describe.skipIf(!chromiumPath)('the draft of a self-assessment', () => {
	let site: { url: string };
	let browser: Browser;
	let assess: string;

	beforeAll(async () => {
		site = builtSite();
		browser = await launch();
		assess = `${site.url}/assess/`;
	});
	afterAll(async () => {
		await browser?.close();
	});

	const statusText = (page: Page) => page.locator('#status').textContent();
	const stored = (page: Page) => page.evaluate((key) => localStorage.getItem(key), DRAFT_KEY);
	const kept = (page: Page) => page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('rungs:self-assessment:kept:')).map((key) => JSON.parse(localStorage.getItem(key)!) as { why: string; text: string }));
	async function reload(page: Page): Promise<void> {
		await page.reload({ waitUntil: 'networkidle' });
		await page.locator('#report .rungs-report').waitFor();
	}
	async function waitForStatus(page: Page, text: string): Promise<void> {
		await page.waitForFunction((t) => document.getElementById('status')?.textContent?.includes(t), text, { timeout: 60_000 });
	}

	it.each(STATES)('comes back exactly after a reload: %s', async (_name, steps) => {
		const { page, context, errors } = await openAssess(browser, assess);
		for (const step of steps) await step(page);
		await draftKept(page);
		const before = await formState(page);
		await reload(page);
		await page.waitForFunction(() => document.getElementById('draft-state')?.textContent === 'Your draft from this browser is back.', undefined, { timeout: 60_000 });
		expect(await formState(page)).toEqual(before);
		expect(await page.locator('#status').isHidden()).toBe(true);
		expect(errors).toEqual([]);
		await context.close();
	}, 90_000);

	it('reads a draft an earlier version of the page kept (a bare assessment with no name)', async () => {
		const { page, context } = await openAssess(browser, assess);
		const legacy = { format: 'rungs/assessment@1', person: { name: '' }, ladder: { id: 'support-representative', version: '1.0.0' }, assessor: { role: 'self' }, date: '2026-11-01', current: 'associate', target: 'representative', ratings: { ownership: { rating: 'developing', evidence: [{ summary: '' }] } } };
		await page.evaluate(([key, text]) => localStorage.setItem(key!, text!), [DRAFT_KEY, JSON.stringify(legacy)]);
		await reload(page);
		expect(await page.locator('input[name="rating-ownership"]:checked').inputValue()).toBe('developing');
		expect(await page.locator('#evidence-ownership :is(input, textarea)').count()).toBe(2);
		expect(await page.locator('#status').isHidden()).toBe(true);
		await context.close();
	});

	it('reads a draft kept before "matrix" became "ladder": its ladder and a target on another ladder', async () => {
		const { page, context } = await openAssess(browser, assess);
		const old = { format: 'rungs/site-draft@1', savedAt: '2026-11-30T10:00:00.000Z', assessment: { format: 'rungs/assessment@1', person: { name: 'Ana' }, matrix: { id: 'support-representative', version: '2.0.0' }, assessor: { role: 'self' }, date: '2026-11-30', current: 'representative', target: { matrix: 'senior-support-engineer', level: 'engineer' }, ratings: { ownership: { rating: 'consistently', evidence: [] } } } };
		await page.evaluate(([key, text]) => localStorage.setItem(key!, text!), [DRAFT_KEY, JSON.stringify(old)]);
		await reload(page);
		await page.waitForFunction(() => document.getElementById('draft-state')?.textContent === 'Your draft from this browser is back.', undefined, { timeout: 60_000 });
		expect(await page.locator('#person-name').inputValue()).toBe('Ana');
		expect(await page.locator('#ladder').inputValue()).toBe('support-representative');
		expect(await page.locator('#target').inputValue()).toBe('senior-support-engineer:engineer');
		expect(await page.locator('input[name="rating-ownership"]:checked').inputValue()).toBe('consistently');
		await context.close();
	}, 90_000);

	it('keeps a draft it cannot read aside, never overwritten, downloadable as it was', async () => {
		for (const [text, reason] of [
			// The ladder's id is quoted as code (#16): the sentence reads without its backticks.
			['{"format":"rungs/site-draft@1","assessment":{"format":"rungs/assessment@1","person":{"name":"Old"},"ladder":{"id":"gone-ladder","version":"1.0.0"},"assessor":{"role":"self"},"date":"2026-01-01","current":"x","target":"y","ratings":{}}}', 'its ladder gone-ladder is not on this site any more'],
			['{"format":"rungs/site-draft@1","assessment":{"person"', 'it is not JSON'],
		] as const) {
			const { page, context } = await openAssess(browser, assess);
			await page.evaluate(([key, value]) => localStorage.setItem(key!, value!), [DRAFT_KEY, text]);
			await reload(page);
			await waitForStatus(page, reason);
			expect(await statusText(page)).toContain('kept aside under “Earlier drafts”');
			// The next keystrokes start a draft of their own; the unreadable one stays as it was.
			await page.fill('#person-name', 'New');
			await draftKept(page);
			expect(await kept(page)).toEqual([{ why: 'unreadable', text }]);
			await reload(page);
			expect(await page.locator('#person-name').inputValue()).toBe('New');
			expect(await kept(page)).toEqual([{ why: 'unreadable', text }]);
			const [download] = await Promise.all([page.waitForEvent('download'), page.click('#kept-list button[data-action="download"]')]);
			const path = join(scratch, `kept-${Date.now()}.txt`);
			await download.saveAs(path);
			expect(readFileSync(path, 'utf8')).toBe(text);
			await context.close();
		}
	}, 90_000);

	it('is not replaced by “Assess yourself for this move”: the earlier draft is kept and can be brought back, and back again', async () => {
		const { page, context } = await openAssess(browser, assess);
		await page.fill('#person-name', 'Robin');
		for (const id of ['customer-empathy', 'written-clarity', 'ownership']) await rate(id, 'consistently')(page);
		await draftKept(page);
		const mine = await formState(page);
		const storedBefore = await stored(page);

		// The move page's own link, as a person follows it.
		await page.goto(`${site.url}/moves/support-representative/representative/senior-support-engineer/engineer/`, { waitUntil: 'networkidle' });
		await page.click('a.cta');
		await page.locator('#report .rungs-report').waitFor();
		await waitForStatus(page, 'Your own draft is still kept');
		expect(await page.locator('#person-name').inputValue()).toBe('');
		expect(await stored(page)).toBe(storedBefore);

		await rate('ownership', 'developing')(page);
		await draftKept(page);
		await waitForStatus(page, 'Your earlier draft was kept aside');
		const move = await formState(page);
		expect((await kept(page)).map((k) => k.text)).toEqual([storedBefore]);
		await expect.poll(() => page.locator('#kept-list li').count()).toBe(1);
		expect(await page.locator('#kept-list li').textContent()).toContain('Robin, Support Representative: 3 rated.');
		// The list of earlier drafts and the notice above it, as accessible as the rest of the page.
		const axe = await new AxeBuilder({ page }).include('#assess-app').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
		expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

		await page.click('#kept-list button[data-action="restore"]');
		await waitForStatus(page, 'Your earlier draft is back');
		expect(await formState(page)).toEqual(mine);
		await reload(page);
		expect(await formState(page)).toEqual(mine);
		// Bringing it back kept the move's draft aside in turn.
		expect(await page.locator('#kept-list li').textContent()).toContain('No name, Support Representative: 1 rated.');
		await page.click('#kept-list button[data-action="restore"]');
		await waitForStatus(page, 'Your earlier draft is back');
		expect(await formState(page)).toEqual(move);
		await context.close();
	}, 90_000);

	it('keeps nothing of a share link it opens; the recipient\'s own edits keep their own draft aside', async () => {
		const sender = await openAssess(browser, assess);
		await sender.page.fill('#person-name', 'Alex');
		await rate('team-growth', 'role-model')(sender.page);
		await sender.page.click('#make-link');
		await expect.poll(() => sender.page.locator('#share-link').inputValue()).not.toBe('');
		const link = await sender.page.locator('#share-link').inputValue();
		await sender.context.close();

		// A recipient with nothing stored: the link is shown, and nothing is written, even on leaving.
		const fresh = await openAssess(browser, link);
		await waitForStatus(fresh.page, 'Opened the shared link');
		expect(await fresh.page.locator('#person-name').inputValue()).toBe('Alex');
		await reload(fresh.page);
		expect(await fresh.page.evaluate(() => Object.keys(localStorage))).toEqual([]);
		expect(await fresh.page.locator('#person-name').inputValue()).toBe('');
		await fresh.context.close();

		// A recipient with a draft of their own: it stays, and their first edit of the link keeps it aside.
		const recipient = await openAssess(browser, assess);
		await recipient.page.fill('#person-name', 'Sam');
		await draftKept(recipient.page);
		const own = await stored(recipient.page);
		// Pasted into the address bar of the page they have open: only the fragment changes.
		await recipient.page.goto(link);
		const opened = recipient;
		await waitForStatus(opened.page, 'Your own draft is still kept');
		expect(await opened.page.locator('#person-name').inputValue()).toBe('Alex');
		expect(await stored(opened.page)).toBe(own);
		await rate('ownership', 'developing')(opened.page);
		await draftKept(opened.page);
		expect((await kept(opened.page)).map((k) => k.text)).toEqual([own]);
		await recipient.context.close();
	}, 90_000);

	it('is not overwritten by another tab: the other tab\'s next edit keeps it aside', async () => {
		const first = await openAssess(browser, assess);
		await first.page.fill('#person-name', 'One');
		await draftKept(first.page);
		const second = await openAssess(browser, assess, { context: first.context });
		expect(await second.page.locator('#person-name').inputValue()).toBe('One');
		await second.page.fill('#person-name', 'Two');
		await draftKept(second.page);
		const two = await stored(second.page);
		// The first tab still shows "One": its next edit must not silently drop what the second tab wrote.
		await rate('ownership', 'developing')(first.page);
		await draftKept(first.page);
		expect((await kept(first.page)).map((k) => k.text)).toEqual([two]);
		await first.context.close();
	}, 90_000);

	it('saves a file only once the form is complete, saying what to finish, and reopens a downloaded draft', async () => {
		const { page, context } = await openAssess(browser, assess);
		await addEvidence('ownership')(page);
		await lastEvidence('ownership', 'summary', 'Followed a refund through three teams')(page);
		await lastEvidence('ownership', 'url', 'www.example.com')(page);
		const downloads: string[] = [];
		page.on('download', (download) => downloads.push(download.suggestedFilename()));
		await page.click('#save-json');
		await waitForStatus(page, 'Not saved yet: one thing to finish first');
		expect(await page.locator('#status pre').textContent()).toMatch(/your-assessment\.json:\d+:\d+ error \w+\n.*\n(?:.*\n)*.*"url": "www\.example\.com"/);
		await page.click('#make-link');
		await waitForStatus(page, 'Not shared yet');
		expect(downloads).toEqual([]);
		await lastEvidence('ownership', 'url', 'https://www.example.com/')(page);
		const saved = await savedFile(page, '#save-json');
		expect(saved.data.ratings.ownership?.evidence).toEqual([{ summary: 'Followed a refund through three teams', url: 'https://www.example.com/' }]);

		// A draft as a file (what "Download it" gives for an earlier draft) opens again as the draft it is.
		await lastEvidence('ownership', 'url', 'www.')(page);
		await draftKept(page);
		const half = await formState(page);
		const text = (await stored(page))!;
		const path = join(scratch, 'rungs-draft-reopen.json');
		writeFileSync(path, text);
		const other = await openAssess(browser, assess);
		await other.page.setInputFiles('#open-file', path);
		await waitForStatus(other.page, 'Opened rungs-draft-reopen.json, a draft');
		expect(await formState(other.page)).toEqual(half);
		await other.context.close();
		await context.close();
	}, 90_000);

	it('opens an incomplete assessment file as a draft when the person asks, such as an unreadable draft an earlier version let them download', async () => {
		const { page, context } = await openAssess(browser, assess);
		const earlier = { format: 'rungs/assessment@1', person: { name: '' }, ladder: { id: 'support-representative', version: '2.0.0' }, assessor: { role: 'self' }, date: '2026-11-01', current: 'associate', target: 'representative', ratings: { ownership: { rating: 'developing', note: '', evidence: [{ summary: 'Took a refund to the end', url: 'www.example.com' }] } } };
		const path = join(scratch, 'unreadable-draft.json');
		writeFileSync(path, JSON.stringify(earlier));
		await page.setInputFiles('#open-file', path);
		await waitForStatus(page, 'could not be opened: nothing was changed');
		expect(await page.locator('#status pre').textContent()).toContain('This label is empty');
		expect(await page.locator('input[name="rating-ownership"]:checked').inputValue()).toBe('');
		await page.click('#status button:text-is("Open it as a draft to finish")');
		await waitForStatus(page, 'Opened unreadable-draft.json as a draft');
		expect(await page.locator('input[name="rating-ownership"]:checked').inputValue()).toBe('developing');
		await page.click('#save-json');
		await waitForStatus(page, 'Not saved yet: one thing to finish first');
		await lastEvidence('ownership', 'url', 'https://www.example.com/')(page);
		const saved = await savedFile(page, '#save-json');
		expect(saved.data.person.name).toBe('Me');
		expect(saved.data.ratings.ownership).toEqual({ rating: 'developing', evidence: [{ summary: 'Took a refund to the end', url: 'https://www.example.com/' }] });
		await context.close();
	}, 90_000);

	it('after “Clear all”, keeps the next edits even when they repeat the cleared draft, and keeps nothing else', async () => {
		const { page, context } = await openAssess(browser, assess);
		await page.fill('#person-name', 'Kim');
		await draftKept(page);
		await page.click('#clear');
		await waitForStatus(page, 'Cleared. Nothing is kept in this browser any more.');
		expect(await page.evaluate(() => Object.keys(localStorage))).toEqual([]);
		await page.fill('#person-name', 'Kim');
		await draftKept(page);
		await reload(page);
		expect(await page.locator('#person-name').inputValue()).toBe('Kim');
		await context.close();
	}, 90_000);
});
