import { AxeBuilder } from '@axe-core/playwright';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPath, launch, openPage } from './_browser.ts';
import { buildOrganisationSite, organisationSite } from './_org-site.ts';
import { serveSite } from './_server.ts';

/*
 * Another organisation's site, built through @rungs/astro from tests/fixtures/org-b: a kitchen with
 * two ladders of three levels, no decision authority, no narrative, no career paths, no examples,
 * no guides, and its own licence, language and logo. Nothing of the bundled support framework may show: not its ladder
 * titles or ids, not the word "support", not its licence. Every internal link and anchor resolves,
 * the parts the site does not have get no page and no link, and its pages are axe-clean.
 */

const repo = fileURLToPath(new URL('../../', import.meta.url));
const fixture = join(repo, 'tests/fixtures/org-b');
const scratch = mkdtempSync(join(tmpdir(), 'rungs-org-b-'));
const dist = join(scratch, 'site/dist');

/** The bundled framework's words: every ladder's title and id, and its framework's title. */
const ours = readdirSync(join(repo, 'matrices'))
	.filter((name) => name.endsWith('.yaml'))
	.flatMap((name) => {
		const data = parse(readFileSync(join(repo, 'matrices', name), 'utf8')) as { id?: string; title?: string; format?: string };
		return data.format?.startsWith('rungs/ladder@') || data.format?.startsWith('rungs/framework@') ? [data.title!, data.id!] : [];
	});

function htmlFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? htmlFiles(join(dir, entry.name)) : entry.name.endsWith('.html') ? [join(dir, entry.name)] : []));
}

/** The page address of a built file: `ladders/x/index.html` → `/ladders/x/`. */
const pageOf = (file: string) => `/${relative(dist, file).replaceAll('\\', '/').replace(/index\.html$/, '')}`;

describe('a second organisation\'s site, built through the integration', () => {
	let pages: Map<string, string>;

	beforeAll(() => {
		const { code, output } = buildOrganisationSite(organisationSite(fixture, scratch));
		if (code !== 0) throw new Error(`The second organisation's site did not build:\n${output}`);
		pages = new Map(htmlFiles(dist).map((file) => [pageOf(file), readFileSync(file, 'utf8')]));
	}, 300_000);

	afterAll(() => rmSync(scratch, { recursive: true, force: true }));

	it('builds a page per ladder, level, competency and step up, and none for parts it does not have', () => {
		for (const path of ['/', '/ladders/', '/ladders/line-cook/', '/ladders/pastry/levels/head-of-pastry/', '/ladders/line-cook/competencies/calling-the-pass/', '/ladders/pastry/changes/patissier/', '/assess/', '/team/', '/404.html'])
			expect(pages.has(path), path).toBe(true);
		expect([...pages.keys()].filter((path) => /^\/(moves|examples|guides|api)\//.test(path))).toEqual([]);
		expect(existsSync(join(dist, 'favicon.svg'))).toBe(true);
	});

	it('shows no text of the bundled framework', () => {
		expect(ours.length).toBeGreaterThan(4);
		for (const [path, html] of pages) {
			for (const word of ours) expect(html.includes(word), `${path} names "${word}"`).toBe(false);
			expect(html, path).not.toMatch(/support|CC[ -]BY|matrices\//i);
		}
	});

	it('says its own title, licence and language, and nothing of the parts it lacks', () => {
		const home = pages.get('/')!;
		expect(home).toContain('<title>Northwind Kitchen</title>');
		expect(home).toContain('<html lang="en-GB">');
		expect(home).toMatch(/<a class="brand" href="\/"><img class="brand-logo" src="\/_astro\/logo\.[\w-]+\.svg" alt(?:="")? height="28">Northwind Kitchen<\/a>/);
		expect(home).toContain('The ladders are licensed <a href="https://northwind.example/licence" rel="license noopener noreferrer">Northwind internal licence</a>.');
		for (const [path, html] of pages) {
			expect(html, path).not.toMatch(/Career paths|Example reports|>Guides<|Decision authority|Responsible freedom|Shared ground|\b0 moves\b|undefined/);
		}
	});

	it('has no link or anchor that leads nowhere', () => {
		const broken: string[] = [];
		for (const [path, html] of pages) {
			for (const [, href] of html.matchAll(/\s(?:href|src)="([^"]*)"/g)) {
				if (/^(?:https?:|mailto:)/.test(href!)) continue;
				const url = new URL(href!.replaceAll('&amp;', '&'), `http://site${path}`);
				const target = url.pathname.endsWith('/') ? `${url.pathname}` : url.pathname;
				const html = target.endsWith('/') ? pages.get(target) : undefined;
				const exists = html !== undefined || existsSync(join(dist, decodeURIComponent(target)));
				if (!exists) broken.push(`${path} → ${href}`);
				else if (url.hash && url.pathname !== '/assess/' && !(html ?? pages.get(path) ?? '').includes(`id="${decodeURIComponent(url.hash.slice(1))}"`)) broken.push(`${path} → ${href} (no such anchor)`);
			}
		}
		expect(broken).toEqual([]);
	});

	describe.skipIf(!chromiumPath)('in Chromium', () => {
		let browser: Browser;
		let site: Awaited<ReturnType<typeof serveSite>>;
		beforeAll(async () => {
			browser = await launch();
			site = await serveSite(dist);
		});
		afterAll(async () => {
			await browser?.close();
			await site?.close();
		});

		describe.each(['light', 'dark'] as const)('in %s mode', (colorScheme) => {
			it.each(['/', '/ladders/pastry/', '/ladders/line-cook/levels/cook/', '/ladders/pastry/changes/head-of-pastry/', '/assess/', '/team/'])('%s has no axe violation', async (path) => {
				const context = await browser.newContext({ colorScheme });
				const page = await context.newPage();
				await openPage(page, `${site.url}${path}`);
				const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
				await context.close();
				expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
			}, 60_000);
		});
	});
});

describe('a second organisation\'s mistakes', () => {
	const scratches: string[] = [];
	const site = (config?: (text: string) => string) => {
		const dir = mkdtempSync(join(tmpdir(), 'rungs-org-b-wrong-'));
		scratches.push(dir);
		const text = readFileSync(join(fixture, 'site/astro.config.mjs'), 'utf8');
		return organisationSite(fixture, dir, config ? config(text) : text);
	};
	/** A stack trace's frame, as Node prints one. */
	const FRAME = /^\s+at .+[(:]\d+/m;

	afterAll(() => {
		for (const dir of scratches) rmSync(dir, { recursive: true, force: true });
	});

	it('a misspelt or wrong option stops the build with a sentence naming it, and no stack', () => {
		const { code, output } = buildOrganisationSite(site((text) => text.replace("title: 'Northwind Kitchen',", "titel: 'Northwind Kitchen',").replace('https://northwind.example/licence', 'ftp://x')));
		expect(code).not.toBe(0);
		expect(output).toContain('`titel` is not an option of rungs(): did you mean `title`?');
		expect(output).toContain('`title` is required: expected a string');
		expect(output).toContain('`license.url` expected an http(s) address, got "ftp://x"');
		expect(output).not.toMatch(FRAME);
	}, 120_000);

	it('a ladder problem stops the build with the located message the CLI prints, and no stack', () => {
		const dir = site();
		const ladder = join(dir, '..', 'ladders', 'pastry.yaml');
		writeFileSync(ladder, readFileSync(ladder, 'utf8').replace('category: brigade', 'category: brigad'));
		const { code, output } = buildOrganisationSite(dir);
		expect(code).not.toBe(0);
		expect(output).toMatch(/\.\.\/ladders\/pastry\.yaml:28:15 error UNKNOWN_CATEGORY\n {2}Unknown category `brigad`\./);
		expect(output).toContain('> 28 |     category: brigad');
		expect(output).not.toMatch(FRAME);
	}, 300_000);
});
