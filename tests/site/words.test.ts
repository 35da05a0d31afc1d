import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtSite, chromiumPath, launch, openPage } from './_browser.ts';
import { openAssess, scratch } from './_assess-page.ts';

/*
 * Plain words for the people the site serves (issue #16 items 6 and 8): what a rep reads on the
 * self-assessment page and in a report, with the codes and frames kept for whoever edits files.
 */

let site: { url: string };
let browser: Browser;

describe.skipIf(!chromiumPath)('the words a rep reads', () => {
	beforeAll(async () => {
		site = builtSite();
		browser = await launch();
	});
	afterAll(async () => {
		await browser?.close();
	});

	it('offers to save and open an assessment, with no file format or command in the form', async () => {
		const { page, context } = await openAssess(browser, `${site.url}/assess/`);
		expect(await page.locator('#save-yaml').textContent()).toBe('Save your assessment');
		expect(await page.locator('label[for="open-file"]').textContent()).toBe('Open a saved assessment');
		const visible = await page.locator('#assess-app').innerText();
		expect(visible).not.toContain('rungs gap');
		expect(visible).not.toMatch(/Save as YAML/);
		await context.close();
	});

	it('says why a file cannot be opened in a sentence, names it as it is named, and keeps the code and frame in a details element', async () => {
		const { page, context } = await openAssess(browser, `${site.url}/assess/`);
		const path = join(scratch, 'bad.yaml');
		writeFileSync(path, 'format: rungs/assessment@1\nperson: { name: Jo }\nladder: { id: support-representative, version: 2.0.0 }\nassessor: { role: self }\ndate: 2026-11-01\ncurrent: senor\ntarget: expert\n');
		await page.setInputFiles('#open-file', path);
		const box = page.locator('#status');
		await expect.poll(() => box.locator('p').first().textContent()).toMatch(/^bad\.yaml could not be opened: nothing was changed\. /);
		expect(await box.locator('.problem-list li').count()).toBeGreaterThan(0);
		// The sentence a rep reads carries no code; the code and its located frame wait, closed, for the curious.
		const shown = await box.innerText();
		expect(shown).not.toMatch(/UNKNOWN_LEVEL|bad\.yaml:\d+:\d+/);
		expect(await box.locator('details').getAttribute('open')).toBeNull();
		expect(await box.locator('details pre').textContent()).toMatch(/bad\.yaml:6:10 error UNKNOWN_LEVEL/);
		await context.close();
	});

	it('gives the verdict without the rule\'s jargon, and names each competency once in what stands in the way', async () => {
		const page = await browser.newPage();
		for (const example of ['engineer-aiming-senior-self', 'new-representative', 'engineer-aiming-senior-manager']) {
			await openPage(page, `${site.url}/examples/${example}/`);
			const verdict = await page.locator('.rungs-verdict').textContent();
			expect(verdict).not.toMatch(/n of m|rule for|Under the/);
			const blockers = await page.locator('.rungs-blockers li').allTextContents();
			const names = await page.locator('.rungs-table tbody th[scope="row"]').evaluateAll((cells) => cells.map((cell) => cell.firstChild?.textContent?.trim() ?? ''));
			for (const name of names) {
				const mentions = blockers.filter((text) => text.includes(name)).length;
				expect({ example, name, mentions: Math.min(mentions, 2) }).toEqual({ example, name, mentions: Math.min(mentions, 1) });
			}
			// The count in the verdict is the number of things listed.
			if (blockers.length > 0) expect(verdict).toContain(`${blockers.length} ${blockers.length === 1 ? 'thing stands' : 'things stand'} between these ratings and`);
		}
		await page.close();
	});
});
