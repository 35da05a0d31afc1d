import { AxeBuilder } from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtSite, chromiumPath, launch, openPage } from './_browser.ts';

let site: { url: string };
let browser: Browser;
const pages = new Map<string, string>();
const checked = new Map<string, number>();

/** Every same-origin address a page links to or loads, without its fragment. */
function references(html: string, base: string): { url: string; hash: string }[] {
	const out: { url: string; hash: string }[] = [];
	for (const match of html.matchAll(/\s(?:href|src)="([^"]+)"/g)) {
		const url = new URL(match[1]!.replace(/&amp;/g, '&'), base);
		if (url.origin !== site.url) continue;
		out.push({ url: url.origin + url.pathname, hash: url.hash.slice(1) });
	}
	return out;
}

/** Crawls the built site from its home page and its sitemap, fetching every page and asset once. */
async function crawl(): Promise<void> {
	const sitemap = await (await fetch(`${site.url}/sitemap-0.xml`)).text();
	const queue = [`${site.url}/`, ...[...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => site.url + new URL(m[1]!).pathname)];
	while (queue.length > 0) {
		const url = queue.shift()!;
		if (checked.has(url)) continue;
		const response = await fetch(url);
		checked.set(url, response.status);
		if (!(response.headers.get('content-type') ?? '').startsWith('text/html') || response.status !== 200) continue;
		const html = await response.text();
		pages.set(url, html);
		for (const ref of references(html, url)) if (!checked.has(ref.url)) queue.push(ref.url);
	}
}

const REPRESENTATIVE = [
	'/',
	'/ladders/',
	'/ladders/support-representative/',
	'/ladders/support-representative/levels/senior/',
	'/ladders/senior-support-engineer/competencies/root-cause-analysis/',
	'/ladders/support-representative/changes/senior/',
	'/moves/',
	'/moves/support-representative/senior/product-support-engineer/engineer/',
	'/examples/',
	'/examples/senior-rep-exploring-embedded/',
	'/examples/calibration/engineer-aiming-senior-self--engineer-aiming-senior-manager/',
	'/guides/',
	'/guides/how-to-read-a-ladder/',
	'/guides/hr-tool/',
	'/api/',
	'/api/core/',
	'/assess/',
	'/no-such-page/',
];
// The same pages in French (#18): every one but the API reference, which is English only; /fr/no-such-page/ is the French 404 page.
REPRESENTATIVE.push(...REPRESENTATIVE.filter((path) => !path.startsWith('/api/')).map((path) => `/fr${path}`));

describe.skipIf(!chromiumPath)('the published site', () => {
	beforeAll(async () => {
		site = builtSite();
		browser = await launch();
		await crawl();
	});
	afterAll(async () => {
		await browser?.close();
	});

	it('has a page for every ladder, level, competency, step and example', () => {
		expect(pages.size).toBeGreaterThan(80);
		for (const path of REPRESENTATIVE.filter((p) => !p.endsWith('/no-such-page/'))) expect(pages.has(site.url + path), path).toBe(true);
	});

	it('answers 200 for every page and asset that a page links to', () => {
		const broken = [...checked].filter(([, status]) => status !== 200).map(([url, status]) => `${status} ${url}`);
		expect(broken).toEqual([]);
	});

	it('has every #fragment that a link points at', () => {
		const missing: string[] = [];
		for (const [url, html] of pages) {
			for (const ref of references(html, url)) {
				const target = pages.get(ref.url);
				if (ref.hash && !ref.hash.includes('=') && target && !new RegExp(`\\sid="${ref.hash}"`).test(target)) missing.push(`${url} → ${ref.url}#${ref.hash}`);
			}
		}
		expect(missing).toEqual([]);
	});

	it('ships no JavaScript on read-only pages', () => {
		// Two pages run a script: the self-assessment and the team summary (#19).
		const scripted = ['/assess/', '/team/'];
		const withScript = [...pages].filter(([url, html]) => !scripted.some((page) => url.endsWith(page)) && /<script\b(?![^>]*type="application\/json")/.test(html)).map(([url]) => url);
		expect(withScript).toEqual([]);
		for (const page of scripted) expect(pages.get(`${site.url}${page}`)).toMatch(/<script type="module" src="\/_astro\/[^"]+\.js"><\/script>/);
	});

	it('puts a strict Content-Security-Policy on every page, with no inline script or style', () => {
		for (const [url, html] of pages) {
			expect(html, url).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'self'; style-src 'self';`);
			expect(html, url).not.toMatch(/\sstyle="|<style[\s>]|\son[a-z]+="/);
			expect(html, url).not.toMatch(/<script(?![^>]*(?:\ssrc=|type="application\/json"))[^>]*>/);
		}
		// The pages that hold people's assessments may connect nowhere at all.
		expect(pages.get(`${site.url}/assess/`)).toContain("connect-src 'none'");
		expect(pages.get(`${site.url}/team/`)).toContain("connect-src 'none'");
	});

	it('loads nothing from another origin (no web fonts, scripts or images from elsewhere)', () => {
		for (const [url, html] of pages) {
			const external = [...html.matchAll(/<(?:link|script|img|iframe|source)\b[^>]*\s(?:href|src)="(https?:[^"]+)"/g)].map((m) => m[1]!);
			expect(external.filter((u) => !u.startsWith(site.url) && !u.startsWith('http://127.0.0.1:4321')), url).toEqual([]);
		}
	});

	it('lists the pages in a sitemap', async () => {
		const index = await (await fetch(`${site.url}/sitemap-index.xml`)).text();
		expect(index).toContain('sitemap-0.xml');
	});

	// Each page in a context of its own, a few at a time (the site project's maxConcurrency): the
	// browser works on one while the test reads another's results.
	describe.each(['light', 'dark'] as const)('in %s mode', (colorScheme) => {
		// axe over the longest page (the API reference) took 218 s beside other builds: the bound catches a
		// hang, not slowness.
		it.concurrent.for(REPRESENTATIVE)('%s has no axe violation and requests nothing from another origin', { timeout: 360_000 }, async (path, { expect }) => {
			const context = await browser.newContext({ colorScheme });
			const page = await context.newPage();
			const foreign: string[] = [];
			page.on('request', (request) => {
				if (!request.url().startsWith(site.url) && !request.url().startsWith('data:')) foreign.push(request.url());
			});
			const errors: string[] = [];
			page.on('pageerror', (error) => errors.push(String(error)));
			page.on('console', (message) => {
				if (message.type() === 'error') errors.push(message.text());
			});
			await openPage(page, site.url + path);
			const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
			const violations = results.violations.map((v) => `${v.id}: ${v.nodes.length} × ${v.nodes[0]?.target.join(' ')} (${v.help})`);
			expect(violations).toEqual([]);
			expect(foreign).toEqual([]);
			// The 404 page logs its own status; nothing else may log an error.
			expect(errors.filter((e) => !/404/.test(e))).toEqual([]);
			await context.close();
		});
	});

	it.concurrent.for(['/', '/ladders/support-representative/', '/ladders/support-representative/levels/senior/', '/moves/', '/examples/senior-rep-exploring-embedded/', '/assess/', '/fr/', '/fr/ladders/support-representative/levels/senior/', '/fr/assess/'])(
		'%s fits a 320 px wide screen without scrolling sideways',
		async (path, { expect }) => {
			const context = await browser.newContext({ viewport: { width: 320, height: 640 } });
			const page = await context.newPage();
			await openPage(page, site.url + path);
			const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
			expect(overflow).toBeLessThanOrEqual(0);
			await context.close();
		},
	);

	it('prints every example report on one A4 page and on one Letter page', async () => {
		const examples = [...pages.keys()].filter((url) => /\/examples\/.+\/$/.test(url) && !url.endsWith('/examples/'));
		expect(examples.length).toBeGreaterThanOrEqual(6);
		const page = await browser.newPage();
		await page.emulateMedia({ media: 'print' });
		for (const url of examples) {
			await openPage(page, url);
			for (const format of ['A4', 'Letter'] as const) {
				const pdf = await page.pdf({ format });
				expect({ url, format, pages: (pdf.toString('latin1').match(/\/Type\s*\/Page\b/g) ?? []).length }).toEqual({ url, format, pages: 1 });
			}
		}
		await page.close();
	});

	it('shows where the keyboard is: the skip link appears on the first Tab and moves focus to the content', async () => {
		const page = await browser.newPage();
		await page.goto(`${site.url}/ladders/support-representative/`);
		await page.keyboard.press('Tab');
		const skip = page.locator('.skip-link');
		await expect.poll(() => skip.evaluate((el) => el === document.activeElement)).toBe(true);
		const outline = await skip.evaluate((el) => getComputedStyle(el).outlineStyle);
		expect(outline).not.toBe('none');
		await page.keyboard.press('Enter');
		await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('main');
		await page.close();
	});
});
