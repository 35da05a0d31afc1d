import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formatMessage } from '@rungs/core';
import { chromiumPath } from './_browser.ts';
import { openAssess } from './_assess-page.ts';
import { useFixtureSite } from './_served-fixture.ts';

/*
 * The site built from packages/core/test/fixtures/levels: `desk`, whose competencies differ per
 * level (triage from regular, filing up to regular, mentoring at senior only, the shared listening
 * up to regular), and `clinic`, whose levels replace the one below. In Chromium: each page shows
 * only the competencies that apply where it is about, and says the right thing for each ladder.
 */

const ladders = fileURLToPath(new URL('../../packages/core/test/fixtures/levels/', import.meta.url));

describe.skipIf(!chromiumPath)('a site whose ladders have competencies at some levels, and levels that replace', () => {
	const served = useFixtureSite('levels', ladders);
	const { open } = served;

	it('the ladder grid says where a competency does not apply, and the rule counts per level', async () => {
		await open('/ladders/desk/');
		const mentoring = served.page.locator('table.grid tbody tr', { has: served.page.locator('th', { hasText: 'Mentoring' }) });
		expect(await mentoring.locator('td').allInnerTexts()).toEqual(['Does not apply at this level.', 'Does not apply at this level.', 'Pairs with juniors on hard tickets.']);
		const rules = (await served.page.locator('.readiness-by-level li').allInnerTexts()).map((t) => t.replace(/\s+/g, ' '));
		expect(rules).toEqual([expect.stringContaining('(3 of 3)'), expect.stringContaining('(3 of 4)'), expect.stringContaining('(3 of 3)')]);
	}, 60_000);

	it('a level page lists only the competencies that apply there, with where a later one starts', async () => {
		const text = await open('/ladders/desk/levels/senior/');
		expect(await served.page.locator('.competency-block h4 a').allInnerTexts()).toEqual(['Answering', 'Triage', 'Mentoring']);
		expect(await served.page.locator('.competency-block', { hasText: 'Triage' }).locator('.applies-from').innerText()).toBe('applies from Regular');
		expect(text).not.toContain('Filing');
	}, 60_000);

	it('a competency page says where it applies', async () => {
		const text = await open('/ladders/desk/competencies/triage/');
		expect(await served.page.locator('.applies-at').innerText()).toBe('Applies at Regular, Senior only.');
		expect(await served.page.locator('.level-steps > li').first().innerText()).toContain('Does not apply at this level.');
		expect(text).toContain('Sorts the queue by urgency.');
	}, 60_000);

	it('a step up says what starts and what stops', async () => {
		await open('/ladders/desk/changes/senior/');
		expect(await served.page.locator('.left-behind').innerText()).toBe('No longer expected at Senior: Listening, Filing.');
		expect(await served.page.locator('.change-added', { hasText: 'Mentoring' }).locator('.applies-from').innerText()).toBe('applies from Senior');
	}, 60_000);

	it('on a ladder whose levels replace, nothing is "already expected" and a first-level statement is not shown at the third', async () => {
		const grid = await open('/ladders/clinic/');
		expect(grid).toContain('Each level stands alone');
		const step = await open('/ladders/clinic/changes/third/');
		expect(step).toContain('in place of what Second expects');
		expect(step).not.toContain('already expected');
		expect(await served.page.locator('.change-added', { hasText: 'Review' }).innerText()).toContain('Expected at Third:');
		const third = await open('/ladders/clinic/levels/third/');
		expect(third).toContain('each level stands alone');
		expect(third).not.toContain('Work is reviewed');
	}, 60_000);

	it('the self-assessment form asks only for the competencies of the target level, and rating them reaches the target', async () => {
		const { page: assessPage, errors, context } = await openAssess(served.browser, `${served.url}/assess/`);
		try {
			await assessPage.selectOption('#ladder', 'desk');
			await assessPage.selectOption('#current', 'regular');
			await assessPage.selectOption('#target', 'desk:senior');
			await expect.poll(() => assessPage.locator('#competencies legend').allInnerTexts(), { timeout: 30_000 }).toEqual(['Answering', 'Triage', 'Mentoring']);
			// Consistently (the third value) for the three: the rule counts 3 of 3, so the target is met.
			for (const id of ['answering', 'triage', 'mentoring']) await assessPage.locator(`input[name="rating-${id}"]`).nth(2).check();
			const met = formatMessage({ code: 'READINESS_MET', params: { rule: 'n-of-m', target: 'Senior' } });
			await expect.poll(() => assessPage.locator('#report-headline').textContent(), { timeout: 30_000 }).toContain(met);
			expect(errors).toEqual([]);
		} finally {
			await context.close();
		}
	}, 120_000);
});
