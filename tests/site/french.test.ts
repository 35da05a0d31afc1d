import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openAssess, savedFile, scratch } from './_assess-page.ts';
import { builtSite, chromiumPath, launch } from './_browser.ts';

/*
 * The site in French (#18 §4): every page under /fr/ in French, with `lang`, hreflang alternates and
 * a switch to the same page in the other language; the self-assessment in French end to end, its
 * files language-neutral. And, in place of a pseudo-locale, a check that no English sentence is
 * left on a French page or in what its script writes: English function words never occur in
 * French, so any of them in a French page's text (outside what is marked `lang="en"`, code and the
 * file frames) is a string the dictionaries missed.
 */

let site: { url: string };
let browser: Browser;
/** Every page of the sitemap, by path (the API reference, English only, left out). */
const pages = new Map<string, string>();

/** Words of English that French never uses: one of them in a French page's text is an English string. */
const ENGLISH = /\b(?:the|and|your|this|that|with|from|what|which|level|levels|ladder|ladders|report|rating|ratings|evidence|draft|drafts|save|saved|open|opened|not|is|are|of|to|it|be|has|have|will|can|each|every|yet|shows|expects|link)\b/i;

/** The text a reader meets in an HTML page: its visible text and the labels assistive technology reads. */
function readerText(html: string): string {
	// A guide shown in English for want of a translation has its English title in the page's title too.
	const untranslated = /<article class="guide" lang="en">\s*<h1>([^<]*)<\/h1>/.exec(html)?.[1];
	const title = (/<title>([^<]*)<\/title>/.exec(html)?.[1] ?? '').replace(untranslated ?? '\u0000', '');
	const body = html
		.replace(/<head>[\s\S]*?<\/head>/, '')
		.replace(/<!--[\s\S]*?-->/g, '')
		.replace(/<script[\s\S]*?<\/script>/g, '')
		// What is marked as English (the language switch's "English", a guide shown in English for want of a translation), code and file frames.
		.replace(/<(\w+)\b[^>]*\slang="en"[^>]*>[\s\S]*?<\/\1>/g, '')
		// The works a ladder cites keep their titles, in the language they were published in.
		.replace(/<ul class="sources">[\s\S]*?<\/ul>/g, '')
		// A person's own words in an example report (notes and evidence) are in the language they wrote them in.
		.replace(/<(p|ul|div) class="rungs-(?:note|evidence|notes)"[^>]*>[\s\S]*?<\/\1>/g, '')
		.replace(/<(code|pre)\b[^>]*>[\s\S]*?<\/\1>/g, '');
	const labels = [...body.matchAll(/\s(?:aria-label|title|alt|placeholder)="([^"]*)"/g)].map((m) => m[1]);
	// A tag ends at the first `>` outside its quoted attribute values (a map route's `data-route` holds `a>b`).
	return `${title} ${body.replace(/<(?:[^>"']|"[^"]*"|'[^']*')*>/g, ' ')} ${labels.join(' ')}`.replace(/&#39;/g, "'").replace(/&amp;/g, '&').replace(/\s+/g, ' ');
}

/** The English words found in a text, each with a little of what surrounds it. */
function englishIn(text: string): string[] {
	return [...text.matchAll(new RegExp(ENGLISH.source, 'gi'))].map((m) => text.slice(Math.max(0, m.index - 40), m.index + 40));
}

const attribute = (html: string, pattern: RegExp): string[] => [...html.matchAll(pattern)].map((m) => m[1]!);

describe.skipIf(!chromiumPath)('the site in French', () => {
	beforeAll(async () => {
		site = builtSite();
		browser = await launch();
		const sitemap = await (await fetch(`${site.url}/sitemap-0.xml`)).text();
		for (const [, loc] of sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)) {
			const path = new URL(loc!).pathname;
			if (path.startsWith('/api/')) continue;
			const response = await fetch(site.url + path);
			if (response.ok) pages.set(path, await response.text());
		}
	});
	afterAll(async () => {
		await browser?.close();
	});

	it('publishes every page in both languages, each saying its language and naming the other', () => {
		const french = [...pages.keys()].filter((path) => path.startsWith('/fr/'));
		const english = [...pages.keys()].filter((path) => !path.startsWith('/fr/'));
		expect(french.length).toBeGreaterThan(80);
		expect(french.sort()).toEqual(english.map((path) => `/fr${path}`).sort());
		for (const [path, html] of pages) {
			const fr = path.startsWith('/fr/');
			const twin = fr ? path.slice(3) : `/fr${path}`;
			expect(attribute(html, /<html lang="([^"]+)"/g), path).toEqual([fr ? 'fr' : 'en']);
			// hreflang for each language and x-default (the root language), absolute addresses of the same page.
			const alternates = Object.fromEntries([...html.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)].map((m) => [m[1], new URL(m[2]!).pathname]));
			expect(alternates, path).toEqual({ en: fr ? twin : path, fr: fr ? path : twin, 'x-default': fr ? twin : path });
			// The switch goes to the same page in the other language, named in that language.
			const switchTo = [...html.matchAll(/<nav class="language-switch"[\s\S]*?<a href="([^"]+)" lang="([^"]+)"[^>]*>([^<]+)<\/a>/g)].map((m) => [m[1], m[2], m[3]]);
			expect(switchTo, path).toEqual([[twin, fr ? 'en' : 'fr', fr ? 'English' : 'Français']]);
			expect(pages.has(twin), path).toBe(true);
		}
	});

	it('follows the switch there and back with a click, landing on the same page', async () => {
		const page = await browser.newPage();
		for (const path of ['/ladders/support-representative/levels/senior/', '/moves/', '/assess/', '/guides/hr-tool/']) {
			await page.goto(site.url + path, { waitUntil: 'load' });
			await page.locator('.language-switch a').click();
			await page.waitForURL(`${site.url}/fr${path}`);
			expect(await page.locator('html').getAttribute('lang')).toBe('fr');
			await page.locator('.language-switch a').click();
			await page.waitForURL(site.url + path);
			expect(await page.locator('html').getAttribute('lang')).toBe('en');
		}
		await page.close();
	});

	it('leaves no English sentence on a French page', () => {
		const found = [...pages]
			.filter(([path]) => path.startsWith('/fr/'))
			.flatMap(([path, html]) => englishIn(readerText(html)).map((context) => `${path}: …${context}…`));
		expect(found).toEqual([]);
	});

	it('says what the site is, and names the API reference, in the page\'s language (the options given per language)', () => {
		const description = (html: string) => /<meta name="description" content="([^"]*)"/.exec(html)?.[1];
		const title = (html: string) => /<title>([^<]*)<\/title>/.exec(html)?.[1];
		expect(description(pages.get('/')!)).toBe('Career ladders and competency matrices for customer support, as code.');
		expect(description(pages.get('/fr/')!)).toBe('Échelles de carrière et matrices de compétences pour le support client, sous forme de code.');
		// A page without a description of its own says the site's, in its language.
		expect(description(pages.get('/fr/ladders/')!)).toBe(description(pages.get('/fr/')!));
		expect(title(pages.get('/fr/ladders/')!)).toBe('Échelles · Rungs');
		expect(title(pages.get('/ladders/')!)).toBe('Ladders · Rungs');
		// The site's own link: French words, to the page that exists in English only (said by hreflang).
		const card = (html: string) => /<li class="card">\s*<h2[^>]*><a href="\/api\/"[\s\S]*?<\/li>/.exec(html)?.[0] ?? '';
		expect(card(pages.get('/fr/guides/')!)).toMatch(/<h2><a href="\/api\/" hreflang="en">Référence de l’API<\/a><\/h2>\s*<p>Chaque export de @rungs\/core, avec sa signature, ce qu’il fait et un exemple, générés depuis le code source\.<\/p>/);
		expect(card(pages.get('/guides/')!)).toMatch(/<h2><a href="\/api\/">API reference<\/a><\/h2>\s*<p>Every export of @rungs\/core/);
	});

	it('answers a missing address with a 404 page in its language that offers the other too, with working links and no script', async () => {
		for (const [path, lang, other, heading, otherHeading] of [
			['/no-such-page/', 'en', 'fr', 'Page not found', 'Page introuvable'],
			['/fr/no-such-page/', 'fr', 'en', 'Page introuvable', 'Page not found'],
			// A host that serves only the root 404 page still speaks French to a French reader.
			['/404.html', 'en', 'fr', 'Page not found', 'Page introuvable'],
			['/fr/404.html', 'fr', 'en', 'Page introuvable', 'Page not found'],
		] as const) {
			const response = await fetch(site.url + path);
			expect(response.status, path).toBe(path.endsWith('.html') ? 200 : 404);
			const html = await response.text();
			expect(attribute(html, /<html lang="([^"]+)"/g), path).toEqual([lang]);
			expect(attribute(html, /<h1>([^<]*)<\/h1>/g), path).toEqual([heading]);
			const start = html.indexOf(`<section class="not-found-other" lang="${other}">`);
			expect(start, path).toBeGreaterThan(0);
			const section = html.slice(start, html.indexOf('</section>', start));
			expect(attribute(section, /<h2>([^<]*)<\/h2>/g), path).toEqual([otherHeading]);
			// Home in each language: the page's own in its list, the other's in its section.
			const home = (locale: string) => (locale === 'en' ? '/' : `/${locale}/`);
			expect(attribute(html.replace(section, ''), /<ul class="not-found-links">[\s\S]*?href="([^"]+)"/g), path).toEqual([home(lang)]);
			expect(attribute(section, /href="([^"]+)"/g)[0], path).toBe(home(other));
			expect(html, path).not.toMatch(/<script\b/);
			for (const link of attribute(html, /<a [^>]*href="(\/[^"#]*)"/g)) expect((await fetch(site.url + link)).status, `${path} → ${link}`).toBe(200);
		}
	});

	it('says that a guide is shown in English when it has no French version, and marks its language', () => {
		for (const [path, html] of pages) {
			if (!/^\/fr\/guides\/.+/.test(path)) continue;
			const fallback = html.includes('guide-fallback');
			expect(/<article class="guide" lang="en">/.test(html), path).toBe(fallback);
		}
	});

	it('assesses in French end to end: the form, the report and the verdict in French, and the file opens on the English page', async () => {
		const { page, context, errors } = await openAssess(browser, `${site.url}/fr/assess/`);
		// The script's words are the page's own language, and only those.
		const words = JSON.parse((await page.locator('#rungs-words').textContent()) ?? '{}') as Record<string, string>;
		expect(words.notRated).toBe('Non évaluée');
		await page.locator('input[name="rating-customer-empathy"]').nth(2).check();
		await page.locator('button[data-action="add-evidence"][data-competency="customer-empathy"]').click();
		await page.locator('#ev-customer-empathy-0-summary').fill('A calmé un client furieux le 3 novembre.');
		// With no name typed, the report is the person's own, in French too.
		await expect.poll(() => page.locator('#report').innerText()).toMatch(/Rapport d’écarts\s*:\s*Moi\b/);
		expect(await page.locator('#report').innerText()).not.toMatch(/\bMe\b/);
		await page.locator('#person-name').fill('Camille');
		await expect.poll(() => page.locator('#report').innerText()).toMatch(/Rapport d’écarts|écarts/i);
		expect(await page.locator('.bar-counts').textContent()).toMatch(/^1 sur \d+ au niveau visé$/);
		expect(await page.locator('#competencies legend').first().innerText()).toBeTruthy();
		await assertFrench(page);
		const saved = await savedFile(page, '#save-yaml');
		// The file is language-neutral: ids and values, no French word of the interface.
		expect(saved.data.ratings['customer-empathy']).toMatchObject({ rating: 'consistently', evidence: [{ summary: 'A calmé un client furieux le 3 novembre.' }] });
		expect(saved.text).not.toMatch(/Régulièrement|Chargé·e/);
		const path = join(scratch, 'camille.yaml');
		writeFileSync(path, saved.text);
		expect(errors).toEqual([]);
		await context.close();

		const english = await openAssess(browser, `${site.url}/assess/`);
		await english.page.setInputFiles('#open-file', path);
		await expect.poll(() => english.page.locator('#status').innerText()).toMatch(/^Opened camille\.yaml\./);
		expect(await english.page.locator('#person-name').inputValue()).toBe('Camille');
		expect(await english.page.locator('input[name="rating-customer-empathy"][value="consistently"]').isChecked()).toBe(true);
		expect(await english.page.locator('#report').innerText()).toMatch(/Consistently/);
		expect(await english.page.locator('#report').innerText()).not.toMatch(/Régulièrement/);
		expect(english.errors).toEqual([]);
		await english.context.close();
	});

	it('opens a file saved on the English page in French', async () => {
		const english = await openAssess(browser, `${site.url}/assess/`);
		await english.page.locator('input[name="rating-written-clarity"]').nth(1).check();
		await english.page.locator('#person-name').fill('Sam');
		const saved = await savedFile(english.page, '#save-json');
		await english.context.close();
		const path = join(scratch, 'sam.json');
		writeFileSync(path, saved.text);
		const { page, context, errors } = await openAssess(browser, `${site.url}/fr/assess/`);
		await page.setInputFiles('#open-file', path);
		await expect.poll(() => page.locator('#status').innerText()).toMatch(/^sam\.json est ouvert\./);
		expect(await page.locator('input[name="rating-written-clarity"][value="developing"]').isChecked()).toBe(true);
		expect(await page.locator('#report').innerText()).toMatch(/En progression/);
		await assertFrench(page);
		expect(errors).toEqual([]);
		await context.close();
	});

	it('says in French why a file cannot be opened, the quoted values as code, next to the open button on a phone', async () => {
		const context = await browser.newContext({ viewport: { width: 390, height: 844 }, acceptDownloads: true });
		const { page } = await openAssess(browser, `${site.url}/fr/assess/`, { context });
		const path = join(scratch, 'mauvais.yaml');
		writeFileSync(path, 'format: rungs/assessment@1\nperson: { name: Jo }\nladder: { id: support-representative, version: 2.0.0 }\nassessor: { role: self }\ndate: 2026-11-01\ncurrent: senor\ntarget: expert\n');
		await page.setInputFiles('#open-file', path);
		const box = page.locator('#status');
		await expect.poll(() => box.locator('p').first().textContent()).toMatch(/^mauvais\.yaml n’a pas pu être ouvert/);
		// "Niveau inconnu `senor`" shows its value as code, never its backticks.
		const problems = box.locator('.problem-list li');
		expect(await problems.count()).toBeGreaterThan(0);
		expect(await problems.allInnerTexts()).not.toContainEqual(expect.stringContaining('`'));
		expect(await box.locator('.problem-list code').allTextContents()).toContain('senor');
		expect(await box.locator('summary').textContent()).toBe('Détails pour la personne qui modifie le fichier');
		// The status is right under the buttons that opened the file: no scrolling between them.
		const [open, status] = await Promise.all([page.locator('label[for="open-file"]').boundingBox(), box.boundingBox()]);
		expect(status!.y - (open!.y + open!.height)).toBeLessThan(200);
		await assertFrench(page);
		await context.close();
	});

	it('shows the same backticked values as code on the English page', async () => {
		const { page, context } = await openAssess(browser, `${site.url}/assess/`);
		const path = join(scratch, 'bad-level.yaml');
		writeFileSync(path, 'format: rungs/assessment@1\nperson: { name: Jo }\nladder: { id: support-representative, version: 2.0.0 }\nassessor: { role: self }\ndate: 2026-11-01\ncurrent: senor\ntarget: expert\n');
		await page.setInputFiles('#open-file', path);
		await expect.poll(() => page.locator('#status .problem-list code').allTextContents()).toContain('senor');
		expect(await page.locator('#status .problem-list').innerText()).not.toContain('`');
		await context.close();
	});
});

/** No English word in what the page shows or labels (the file frames, code and English-marked parts aside). */
async function assertFrench(page: Page): Promise<void> {
	const html = await page.locator('body').evaluate((body) => {
		const copy = body.cloneNode(true) as HTMLElement;
		// Form values are the person's own text.
		copy.querySelectorAll('textarea, input, [hidden], template').forEach((element) => element.remove());
		return copy.innerHTML;
	});
	expect(englishIn(readerText(html))).toEqual([]);
}
