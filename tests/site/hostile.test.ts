import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { problemsOf } from '@rungs/core';
import { loadFramework } from '@rungs/core/node';
import { chromiumPath, launch, openPage } from './_browser.ts';
import { buildSiteFrom } from './_fixture-site.ts';
import { serveSite } from './_server.ts';

/*
 * Ladders come from pull requests by anyone. This builds the site from a folder of ladders that is
 * valid but hostile (every text carries HTML, `<script>`, event handlers, `javascript:` links and
 * `</script>` breakouts), serves it, and proves in Chromium that on every page all of it is inert
 * text: no injected element, no script run, no dialog, no `javascript:` link. It also proves that an
 * invalid folder fails the build with the library's located, framed problems.
 *
 * The builds run in a mirror of the repository in a temporary folder (site/ copied, everything else
 * linked), with RUNGS_MATRICES_DIR pointing at the ladders and `--outDir` at a temporary folder, so
 * they never touch site/dist, site/.astro or the content cache of the site others build.
 */

const repo = fileURLToPath(new URL('../../', import.meta.url));
const fixtures = join(repo, 'packages/core/test/fixtures');
const scratch = mkdtempSync(join(tmpdir(), 'rungs-site-hostile-'));

/** What every text of the hostile folder carries, in turn. None has a digit (no content warning). */
const PAYLOADS = [
	'<script>window.pwned = true</script>',
	'<img src=x data-pwned onerror="window.pwned = true">',
	'"><svg data-pwned onload="window.pwned = true">',
	"'><b data-pwned>bold</b>",
	'<a data-pwned href="javascript:window.pwned = true">click me</a>',
	'[click me](javascript:window.pwned=true)',
	'javascript:window.pwned=true',
	'</script><script>window.pwned = true</script>',
	'<iframe data-pwned src="javascript:window.pwned=true"></iframe>',
	'<style>body { display: none }</style><!-- &amp; &lt;',
	'{{ window.pwned = true }} ${window.pwned = true} \u2028',
];
/** A statement with inline Markdown: one http(s) link, emphasis, and a `javascript:` link that must stay text. */
const MARKDOWN_STATEMENT = 'Follows [the runbook](https://example.com/runbook) *closely*, never [this one](javascript:window.pwned=true).';
/** Keys whose values are text that pages show. */
const TEXT_KEYS = new Set(['title', 'name', 'summary', 'description', 'text', 'note', 'label', 'anchor', 'scope', 'ownership', 'initiative', 'limit', 'notes']);
const TEXT_LISTS = new Set(['outOfScope', 'escalateWhen', 'evidenceExamples']);
/** Labels are at most 120 characters: they get the payloads that fit. */
const LABEL_KEYS = new Set(['title', 'name', 'label']);

let next = 0;
function poison(value: unknown, key = ''): unknown {
	if (typeof value === 'string' && (TEXT_KEYS.has(key) || TEXT_LISTS.has(key))) {
		for (let tries = 0; tries < PAYLOADS.length; tries++) {
			const payload = PAYLOADS[next++ % PAYLOADS.length]!;
			const poisoned = `${value} ${payload}`;
			if (!LABEL_KEYS.has(key) || poisoned.length <= 120) return poisoned;
		}
		return value;
	}
	if (Array.isArray(value)) return value.map((item) => poison(item, TEXT_LISTS.has(key) ? key : ''));
	if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, poison(v, k)]));
	return value;
}

/** The valid fixture folder with every text poisoned, and addresses that are valid but hostile. */
function hostileFolder(): string {
	const dir = join(scratch, 'hostile-ladders');
	mkdirSync(join(dir, 'examples'), { recursive: true });
	for (const name of ['framework.yaml', 'shared-competencies.yaml', 'career-paths.yaml', 'rep.yaml', 'engineer.yaml', 'examples/ana-self.yaml', 'examples/ana-manager.yaml']) {
		const data = poison(parse(readFileSync(join(fixtures, 'valid', name), 'utf8'))) as Record<string, unknown>;
		if (name === 'rep.yaml') {
			const quote = 'https://example.com/?q=%22%3E"><svg/data-pwned/onload=window.pwned=true>';
			(data.sources as Array<Record<string, unknown>>).push({ title: 'A source <script>window.pwned = true</script>', url: quote });
			(data.levels as Array<Record<string, unknown>>)[0]!.metricsUrl = quote;
			// Inline Markdown, as a plain-text statement: a link to keep, and a `javascript:` one to show as text.
			const troubleshooting = (data.competencies as Array<{ id: string; expectations: Record<string, unknown[]> }>).find((c) => c.id === 'troubleshooting')!;
			troubleshooting.expectations.lead!.push(MARKDOWN_STATEMENT);
		}
		writeFileSync(join(dir, name), stringify(data));
	}
	return dir;
}

/** `astro build` of the site from a folder of ladders into a folder of its own. */
const build = (ladders: string, outDir: string) => buildSiteFrom(scratch, ladders, outDir);

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('an invalid folder of ladders', () => {
	it.each([
		['a `javascript:` address', 'javascript-url.mini.yaml', /mini\.yaml:10:43 error INVALID_VALUE\n {2}`sources\[0\]\.url`: An address is an absolute http:\/\/ or https:\/\/ URL\.\n(?:.*\n)*? {2}> 10 \| sources: \[\{ title: Our own thinking, url: "javascript:alert\(document\.domain\)" \}\]\n {2} +\| +\^+/],
		['a tab used as indentation', 'tab-indentation.mini.yaml', /mini\.yaml:13:1 error YAML_SYNTAX\n {2}YAML syntax: tabs are not allowed as indentation\.\n(?:.*\n)*? {2}> 13 \| {2}title: Junior\n {2} +\| \^/],
	])('with %s fails the build with the located, framed problem', (_name, file, expected) => {
		const dir = join(scratch, `invalid-${file}`);
		cpSync(join(fixtures, 'valid'), dir, { recursive: true });
		writeFileSync(join(dir, 'mini.yaml'), readFileSync(join(fixtures, 'hostile', file)));
		const { code, output } = build(dir, join(scratch, `out-${file}`));
		expect(code).not.toBe(0);
		expect(output).toContain('Rungs found problems in the ladders');
		expect(output).toMatch(expected);
	}, 180_000);
});

describe.skipIf(!chromiumPath)('a site built from hostile but valid ladders', () => {
	let site: Awaited<ReturnType<typeof serveSite>>;
	let browser: Browser;
	const pages: string[] = [];

	beforeAll(async () => {
		const ladders = hostileFolder();
		const loaded = await loadFramework(ladders);
		expect(problemsOf(loaded)).toEqual([]);
		const out = join(scratch, 'out');
		const { code, output } = build(ladders, out);
		if (code !== 0) throw new Error(`The hostile site did not build:\n${output}`);
		site = await serveSite(out);
		browser = await launch();
		// Every page the sitemap lists, and every same-origin page they link to.
		const sitemap = await (await fetch(`${site.url}/sitemap-0.xml`)).text();
		const queue = [`${site.url}/`, ...[...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => site.url + new URL(m[1]!.replace(/&amp;/g, '&')).pathname)];
		const seen = new Set<string>();
		while (queue.length > 0) {
			const url = queue.shift()!;
			if (seen.has(url)) continue;
			seen.add(url);
			const response = await fetch(url);
			if (!(response.headers.get('content-type') ?? '').startsWith('text/html')) continue;
			pages.push(url);
			for (const match of (await response.text()).matchAll(/\shref="([^"]+)"/g)) {
				const link = new URL(match[1]!.replace(/&amp;/g, '&'), url);
				if (link.origin === site.url) queue.push(link.origin + link.pathname);
			}
		}
	}, 240_000);

	afterAll(async () => {
		await browser?.close();
		await site?.close();
	});

	/** What must hold on every page, whatever the ladders say. */
	async function expectInert(page: Page, where: string): Promise<void> {
		const found = await page.evaluate(() => ({
			pwned: (window as unknown as { pwned?: unknown }).pwned,
			injected: document.querySelectorAll('[data-pwned], iframe').length,
			scriptLinks: Array.from(document.querySelectorAll('a[href], area[href]')).filter((a) => (a as HTMLAnchorElement).protocol === 'javascript:').map((a) => a.outerHTML),
			inlineScripts: Array.from(document.querySelectorAll('script:not([src])')).filter((s) => s.getAttribute('type') !== 'application/json').map((s) => s.outerHTML.slice(0, 200)),
			styles: Array.from(document.querySelectorAll('style')).map((s) => s.outerHTML.slice(0, 200)),
			hidden: getComputedStyle(document.body).display === 'none',
		}));
		expect(found, where).toEqual({ pwned: undefined, injected: 0, scriptLinks: [], inlineScripts: [], styles: [], hidden: false });
	}

	it('has pages for the hostile ladders', () => {
		expect(pages.length).toBeGreaterThan(20);
		expect(pages).toContain(`${site.url}/ladders/rep/`);
		expect(pages).toContain(`${site.url}/assess/`);
	});

	it('shows the markup as text on every page: no injected element, no script run, no dialog, no `javascript:` link', async () => {
		const context = await browser.newContext();
		const dialogs: string[] = [];
		const errors: string[] = [];
		// Three pages at a time: the browser renders one while the test inspects another.
		const queue = [...pages];
		const visit = async () => {
			for (let url = queue.shift(); url !== undefined; url = queue.shift()) {
				const page = await context.newPage();
				page.on('dialog', (dialog) => {
					dialogs.push(`${url}: ${dialog.message()}`);
					void dialog.dismiss();
				});
				page.on('pageerror', (error) => errors.push(`${url}: ${String(error)}`));
				await openPage(page, url);
				await expectInert(page, url);
				await page.close();
			}
		};
		await Promise.all([visit(), visit(), visit()]);
		expect(dialogs).toEqual([]);
		expect(errors).toEqual([]);
		await context.close();
	}, 240_000);

	it('prints the payloads themselves, as the ladder wrote them', async () => {
		const page = await browser.newPage();
		await openPage(page, `${site.url}/ladders/rep/`);
		const text = await page.evaluate(() => document.body.innerText);
		expect(text).toContain('<script>window.pwned = true</script>');
		expect(text).toContain('[click me](javascript:window.pwned=true)');
		// The hostile address of a source is a link to that address, its quotes and brackets escaped.
		const source = await page.evaluate(() => Array.from(document.querySelectorAll('a')).find((a) => a.textContent?.includes('A source'))?.getAttribute('href'));
		expect(source).toBe('https://example.com/?q=%22%3E"><svg/data-pwned/onload=window.pwned=true>');
		await page.close();
	});

	it('renders a statement\'s Markdown link as a link, and a `javascript:` one as text', async () => {
		const page = await browser.newPage();
		for (const path of ['/ladders/rep/competencies/troubleshooting/', '/ladders/rep/']) {
			await openPage(page, `${site.url}${path}`);
			const found = await page.evaluate(() => {
				const item = Array.from(document.querySelectorAll('li')).find((li) => li.textContent?.startsWith('Follows the runbook'));
				return {
					links: Array.from(item?.querySelectorAll('a') ?? []).map((a) => [a.textContent, a.getAttribute('href')]),
					emphasis: item?.querySelector('em')?.textContent,
					text: item?.textContent,
				};
			});
			expect(found, path).toEqual({
				links: [['the runbook', 'https://example.com/runbook']],
				emphasis: 'closely',
				text: 'Follows the runbook closely, never [this one](javascript:window.pwned=true).',
			});
		}
		await page.close();
	});

	it('keeps the self-assessment inert with every ladder and level chosen', async () => {
		const context = await browser.newContext();
		const page = await context.newPage();
		const dialogs: string[] = [];
		page.on('dialog', (dialog) => {
			dialogs.push(dialog.message());
			void dialog.dismiss();
		});
		await page.goto(`${site.url}/assess/`, { waitUntil: 'networkidle' });
		await page.locator('#report .rungs-report').waitFor();
		for (const ladder of await page.locator('#ladder option').evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value))) {
			await page.selectOption('#ladder', ladder);
			for (const target of await page.locator('#target option').evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value))) {
				await page.selectOption('#target', target);
				await page.locator('#report .rungs-report').waitFor();
				await expectInert(page, `assess ${ladder} → ${target}`);
			}
		}
		expect(await page.evaluate(() => document.body.innerText)).toContain('<img src=x data-pwned onerror="window.pwned = true">');
		expect(dialogs).toEqual([]);
		await context.close();
	}, 120_000);
});
