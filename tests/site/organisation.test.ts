import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { chromiumPath } from './_browser.ts';
import { useFixtureSite } from './_served-fixture.ts';

/*
 * The site of another organisation: built from tests/fixtures/import, the ladders `rungs import`
 * makes of five spreadsheets (a bare ladder with no narrative and no authority, numeric level ids,
 * level-specific competencies, a ladder whose levels replace, Markdown links), with the default house
 * rules and no examples folder. In Chromium: every ladder, level and competency page opens and shows
 * nothing the ladders did not write (no "undefined", no heading over nothing).
 */

const ladders = fileURLToPath(new URL('../fixtures/import/', import.meta.url));
const LADDERS = ['bare', 'numeric-levels', 'level-specific', 'replacing', 'markdown-links'];

describe.skipIf(!chromiumPath)('a site built from imported ladders, with the default house rules', () => {
	const served = useFixtureSite('organisation', ladders);
	const { open } = served;

	it.each(LADDERS)('every page of %s opens and shows only what the ladder writes', async (ladder) => {
		await open(`/ladders/${ladder}/`);
		const links = await served.page.locator(`main a[href^="/ladders/${ladder}/levels/"], main a[href^="/ladders/${ladder}/competencies/"]`).evaluateAll((as) => [...new Set(as.map((a) => a.getAttribute('href')!))]);
		expect(links.some((href) => href.includes('/levels/'))).toBe(true);
		expect(links.some((href) => href.includes('/competencies/'))).toBe(true);
		for (const href of [`/ladders/${ladder}/`, ...links]) {
			const text = await open(href);
			expect(text, href).not.toMatch(/\bundefined\b|\bNaN\b|\[object Object\]/);
		}
	}, 120_000);

	it('a bare ladder has no authority or narrative sections, and numeric level ids make pages', async () => {
		const bare = await open('/ladders/bare/levels/junior/');
		expect(bare).not.toContain('Responsible freedom');
		expect(bare).not.toContain('Scope');
		const level = await open('/ladders/numeric-levels/levels/2/');
		expect(await served.page.locator('h1').innerText()).toContain('2');
		expect(level).not.toContain('undefined');
	}, 60_000);

	it('a statement\'s Markdown link is a link', async () => {
		await open('/ladders/markdown-links/');
		const link = served.page.locator('main a[href="https://example.com/verify"]').first();
		expect(await link.innerText()).toBe('account verification guide');
	}, 60_000);
});
