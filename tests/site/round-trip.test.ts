import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { problemsOf, parseAssessment, type Framework } from '@rungs/core';
import { loadFramework } from '@rungs/core/node';
import { openAssess, savedFile, scratch } from './_assess-page.ts';
import { builtSite, chromiumPath, launch } from './_browser.ts';
import { valueOf } from '../support/result.ts';

/*
 * Load → save, with no edit in between, gives the same data: every field the file carries, the ones
 * the form does not edit included (the `reassess` marker `rungs migrate` sets, ids, evidence kinds,
 * finer statement ratings, `$schema`), and text exactly as written (a name with spaces around it).
 */

const ladders = fileURLToPath(new URL('../../matrices/', import.meta.url));
const examples = join(ladders, 'examples');

/** Files that carry what a form tends to tidy away. */
function crafted(): Array<[string, string]> {
	const base = parse(readFileSync(join(examples, 'new-representative.yaml'), 'utf8')) as Record<string, unknown>;
	const ratings = base.ratings as Record<string, Record<string, unknown>>;
	const [first, second, third] = Object.keys(ratings) as [string, string, string];
	const spaced = {
		...base,
		$schema: 'https://example.com/assessment.schema.json',
		person: { name: '  Ana  ', id: ' hr-42 ' },
		assessor: { role: 'manager', name: ' Lee ' },
		notes: '  Leading and trailing spaces, kept.\n\n',
		target: { ladder: 'support-representative', level: 'representative' },
		ratings: {
			...ratings,
			[first]: { ...ratings[first], reassess: true, note: '  a note with spaces  ' },
			[second]: { reassess: false },
			// An entry with nothing in it yet, as a hand-written file may hold.
			[third]: {},
		},
	};
	return [
		['spaced.yaml', stringify(spaced)],
		['spaced.json', JSON.stringify(spaced, null, 2)],
	];
}

describe.skipIf(!chromiumPath)('loading a file then saving it untouched', () => {
	let site: { url: string };
	let browser: Browser;
	let framework: Framework;

	beforeAll(async () => {
		site = builtSite();
		browser = await launch();
		framework = valueOf((await loadFramework(ladders)));
	});
	afterAll(async () => {
		await browser?.close();
	});

	const files = [...readdirSync(examples).filter((name) => name.endsWith('.yaml')).map((name): [string, string] => [name, readFileSync(join(examples, name), 'utf8')]), ...crafted()];

	it.each(files)('gives back the same data for %s, as JSON and as YAML', async (name, text) => {
		const original = parseAssessment({ path: name, text }, framework);
		expect(problemsOf(original).filter((p) => p.severity === 'error')).toEqual([]);
		const { page, context, errors } = await openAssess(browser, `${site.url}/assess/`);
		const path = join(scratch, name);
		writeFileSync(path, text);
		await page.setInputFiles('#open-file', path);
		await page.waitForFunction((file) => document.getElementById('status')?.textContent?.includes(`Opened ${file}`), name, { timeout: 60_000 });
		for (const button of ['#save-json', '#save-yaml'] as const) {
			const saved = await savedFile(page, button);
			const again = parseAssessment({ path: `saved${button === '#save-json' ? '.json' : '.yaml'}`, text: saved.text }, framework);
			expect(problemsOf(again).filter((p) => p.severity === 'error'), button).toEqual([]);
			expect(valueOf(again), button).toEqual(valueOf(original));
		}
		expect(errors).toEqual([]);
		await context.close();
	}, 90_000);

	it('leaves nothing in the file for a rating the person emptied again', async () => {
		const { page, context, errors } = await openAssess(browser, `${site.url}/assess/`);
		await page.check('input[name="rating-ownership"][value="consistently"]');
		await page.check('input[name="rating-ownership"][value=""]');
		await page.click('button[data-action="add-evidence"][data-competency="team-growth"]');
		await page.click('button[data-action="remove-evidence"][data-competency="team-growth"]');
		await page.fill('#note-customer-empathy', 'typed');
		await page.fill('#note-customer-empathy', '');
		expect((await savedFile(page, '#save-json')).data.ratings).toEqual({});
		expect(errors).toEqual([]);
		await context.close();
	}, 60_000);
});
