import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assess, parseAssessment, parseFramework, type Result } from '@rungs/core';
import { renderAssessors, renderGapEmail, renderTeamSummary } from '@rungs/core/render';
import { compareAssessors, summariseTeam } from '@rungs/core/team';

// The email-safe HTML rendered by a real browser engine, as a mail client's web view would: read back
// from the DOM Chromium built (not from our own text), checked against what mail clients drop, and
// photographed into test-results/email/ for a person to look at.

// Debian's Chromium, as the site tests use it; kept here rather than imported so this file does not
// depend on where the site's test helpers live.
const chromiumPath = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find((p): p is string => Boolean(p) && existsSync(p!));
if (!chromiumPath && process.env.CI === 'true') throw new Error('No Chromium found: the email rendering test cannot run.');

const ok = <T>(result: Result<T>): T => {
	if (!result.ok) throw new Error(JSON.stringify(result.problems));
	return result.value;
};
const root = new URL('../matrices/', import.meta.url);
const framework = ok(parseFramework(readdirSync(root).filter((f) => f.endsWith('.yaml')).map((f) => ({ path: `matrices/${f}`, text: readFileSync(new URL(f, root), 'utf8') }))));
const assessments = readdirSync(new URL('examples/', root))
	.filter((f) => f.endsWith('.yaml'))
	.sort()
	.map((f) => ok(parseAssessment({ path: f, text: readFileSync(new URL(`examples/${f}`, root), 'utf8') }, framework)));
const reports = assessments.map((a) => ok(assess(framework, a)));
const jonas = assessments.filter((a) => a.person.id === 'jonas');
const pages = {
	'gap-report': ok(renderGapEmail(reports.find((r) => r.person.name === 'Noor')!)).html,
	'gap-report-fr': ok(renderGapEmail(reports.find((r) => r.person.name === 'Sofia')!, { locale: 'fr' })).html,
	team: ok(renderTeamSummary(ok(summariseTeam(framework, reports)), 'html')),
	assessors: ok(renderAssessors(ok(compareAssessors(framework, jonas)), 'html')),
};
const shots = fileURLToPath(new URL('../test-results/email/', import.meta.url));

describe.skipIf(!chromiumPath)('email-safe HTML in Chromium', () => {
	let browser: Browser;
	beforeAll(async () => {
		browser = await chromium.launch({ executablePath: chromiumPath!, args: ['--disable-gpu', '--no-first-run', '--disable-background-networking'] });
		mkdirSync(shots, { recursive: true });
	}, 120_000);
	afterAll(async () => browser?.close());

	it.each(Object.keys(pages) as Array<keyof typeof pages>)('%s: no script, SVG, class, style sheet or variable in the DOM, no request, and it fits a phone', async (name) => {
		const page = await browser.newPage({ viewport: { width: 390, height: 800 } });
		const requests: string[] = [];
		page.on('request', (request) => requests.push(request.url()));
		await page.setContent(pages[name], { waitUntil: 'load' });
		const found = await page.evaluate(() => {
			const all = Array.from(document.querySelectorAll('*'));
			return {
				forbidden: all.filter((e) => ['SCRIPT', 'SVG', 'STYLE', 'LINK', 'IMG', 'CANVAS', 'IFRAME'].includes(e.tagName.toUpperCase())).map((e) => e.tagName),
				classes: all.filter((e) => e.hasAttribute('class')).length,
				variables: all.filter((e) => (e.getAttribute('style') ?? '').includes('var(')).length,
				tables: document.querySelectorAll('table').length,
				text: document.body.innerText.length,
				overflow: document.documentElement.scrollWidth - window.innerWidth,
			};
		});
		expect(found).toMatchObject({ forbidden: [], classes: 0, variables: 0 });
		expect(found.tables).toBeGreaterThan(1);
		expect(found.text).toBeGreaterThan(200);
		// Nothing wider than a phone's screen: mail apps do not scroll sideways.
		expect(found.overflow).toBeLessThanOrEqual(0);
		expect(requests.filter((url) => !url.startsWith('about:') && !url.startsWith('data:'))).toEqual([]);
		await page.setViewportSize({ width: 700, height: 800 });
		await page.screenshot({ path: `${shots}${name}.png`, fullPage: true });
		await page.close();
	});

	it('draws each bar as wide as its rating: a higher rating, a longer bar', async () => {
		const page = await browser.newPage({ viewport: { width: 700, height: 800 } });
		await page.setContent(pages['gap-report'], { waitUntil: 'load' });
		const bars = await page.evaluate(() =>
			Array.from(document.querySelectorAll('th[scope="row"]')).map((th) => {
				// The bar's first row holds the filled part (unless the rating is none) and the track.
				const [bar, label] = Array.from(th.parentElement!.querySelector('td table')!.querySelectorAll('tr'));
				const first = bar!.querySelector('td')!;
				const empty = (first.getAttribute('style') ?? '').includes('#eef1f4');
				return { width: empty ? 0 : first.getBoundingClientRect().width, label: label!.textContent ?? '' };
			}),
		);
		const scale = framework.scale.values.map((v) => v.label);
		const rankOf = (label: string) => scale.findIndex((l) => label.startsWith(l));
		expect(bars.length).toBeGreaterThan(3);
		// Every label names its rating, so the comparisons below are not empty.
		expect(bars.filter((b) => rankOf(b.label) >= 0).length).toBe(bars.length);
		expect(new Set(bars.map((b) => rankOf(b.label))).size).toBeGreaterThan(1);
		for (const a of bars)
			for (const b of bars) {
				if (rankOf(a.label) > rankOf(b.label)) expect(a.width, `${a.label} against ${b.label}`).toBeGreaterThan(b.width);
			}
		await page.close();
	});
});
