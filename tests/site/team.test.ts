import { AxeBuilder } from '@axe-core/playwright';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assess, englishMessages, formatMessage, parseAssessment, summariseGapReport, type Framework, type GapSummary } from '@rungs/core';
import { loadFramework } from '@rungs/core/node';
import { summariseTeam, type TeamSummary } from '@rungs/core/team';
import { builtSite, chromiumPath, launch } from './_browser.ts';
import { scratch } from './_assess-page.ts';
import { valueOf } from '../support/result.ts';

/*
 * The private team page (#19 §1): a manager opens many assessments at once and reads core's team
 * summary, with a competency × person table. Each test opens the bundled examples as a person
 * would, through the page's own inputs, and checks what the page shows against core's own summary.
 */

const repo = fileURLToPath(new URL('../../', import.meta.url));
const examplesDir = join(repo, 'matrices/examples');
const examples = readdirSync(examplesDir)
	.filter((name) => name.endsWith('.yaml'))
	.map((name) => join(examplesDir, name));
/** A file with a rating the scale does not have: the page must name it and say where, and summarise the rest. */
const broken = join(scratch, 'broken-rating.yaml');
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

let site: { url: string };
let browser: Browser;
let framework: Framework;
/** Core's summary of the examples, and each example's gap summary, computed here as the CLI would. */
let team: TeamSummary;
let reports: GapSummary[];

interface TeamPage {
	page: Page;
	context: BrowserContext;
	errors: string[];
	/** Every request the page made after it loaded. */
	requests: Array<{ url: string; method: string; type: string; body: string | null }>;
}

async function openTeam(options: { width?: number; colorScheme?: 'light' | 'dark' } = {}): Promise<TeamPage> {
	const context = await browser.newContext({ acceptDownloads: true, viewport: { width: options.width ?? 1350, height: 900 }, colorScheme: options.colorScheme ?? 'light' });
	const page = await context.newPage();
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(String(error)));
	page.on('console', (message) => {
		if (message.type() === 'error') errors.push(message.text());
	});
	await page.goto(`${site.url}/team/`, { waitUntil: 'load' });
	const requests: TeamPage['requests'] = [];
	page.on('request', (request) => requests.push({ url: request.url(), method: request.method(), type: request.resourceType(), body: request.postData() }));
	return { page, context, errors, requests };
}

/** Opens files through the "Choose files" input and waits for the page to say what it made of them. */
async function openFiles(page: Page, files: string[]): Promise<void> {
	await page.setInputFiles('#open-files', files);
	await page.locator('#status.status:not([hidden])').filter({ hasNotText: /^Reading/ }).waitFor({ timeout: 60_000 });
}

/** The heatmap as text: the header row, then each row's cells, as the page shows them. */
const heatmapText = (page: Page) =>
	page.locator('table.heatmap tr').evaluateAll((rows) => rows.map((row) => Array.from(row.querySelectorAll('th, td'), (cell) => (cell as HTMLElement).innerText.trim())));

describe.skipIf(!chromiumPath)('the team page', () => {
	beforeAll(async () => {
		site = builtSite();
		browser = await launch();
		framework = valueOf(await loadFramework(join(repo, 'matrices')));
		reports = examples.map((path) => summariseGapReport(valueOf(assess(framework, valueOf(parseAssessment({ path, text: readFileSync(path, 'utf8') }, framework))))));
		team = valueOf(summariseTeam(framework, reports));
		const first = parse(readFileSync(examples[0]!, 'utf8')) as { ladder: { id: string; version: string }; target: string; current: string };
		writeFileSync(
			broken,
			`format: rungs/assessment@1\nperson: { name: Broken Example }\nladder: { id: ${first.ladder.id}, version: ${first.ladder.version} }\nassessor: { role: self }\ndate: 2026-12-01\ncurrent: ${first.current}\ntarget: ${first.target}\nratings:\n  ${framework.ladders.find((m) => m.id === first.ladder.id)!.competencies[0]!.id}:\n    rating: not-on-any-scale\n`,
		);
	});
	afterAll(async () => {
		await browser?.close();
	});

	it('summarises every example opened at once: a row per person, and a table with a row per competency and a column per person', async () => {
		const { page, context, errors } = await openTeam();
		await openFiles(page, examples);
		expect(await page.locator('#status').textContent()).toBe(`The summary covers ${examples.length} assessments.`);
		expect(team.people.length).toBeGreaterThanOrEqual(4);
		// The summary's own words in English, as core's English catalog says them (never their codes).
		expect(await page.locator('#team-title').textContent()).toBe(formatMessage({ code: 'team.title', params: { people: team.people.length } }, englishMessages));
		expect(await page.locator('#team-totals').textContent()).toBe(formatMessage({ code: 'team.totals', params: team.totals }, englishMessages));
		expect(await page.locator('#team-results').textContent()).not.toMatch(/\b(team|column)\.[a-zA-Z]+/);
		// Readiness, person by person, in core's order and words.
		const rows = page.locator('.readiness-table tbody tr');
		expect(await rows.locator('th[scope="row"]').allTextContents()).toEqual(team.people.map((p) => p.person.name));
		for (const [i, person] of team.people.entries()) expect(await rows.nth(i).locator('.verdict').textContent()).toContain(person.meetsRule ? 'Meets the rule' : 'Not yet');
		// The heatmap: headers with scopes, one column per person, one row per competency of the summary.
		const table = await heatmapText(page);
		expect(table[0]).toEqual(['Competency', ...team.people.map((p) => p.person.name)]);
		expect(table.slice(1).map((row) => row[0])).toEqual(team.competencies.map((c) => c.name));
		expect(await page.locator('table.heatmap thead th[scope="col"]').count()).toBe(team.people.length + 1);
		expect(await page.locator('table.heatmap tbody th[scope="row"]').count()).toBe(team.competencies.length);
		// Each cell holds the rating's word from the report the row is read from (core's basis), a mark and, for a screen reader, where it stands.
		const labels = new Map(framework.scale.values.map((v) => [v.id, v.label]));
		for (const [column, person] of team.people.entries()) {
			const basis = reports.findLast((r) => r.person.name === person.person.name && r.assessor.role === person.basis.assessor.role && r.date === person.basis.date)!;
			for (const [row, competency] of team.competencies.entries()) {
				const line = basis.competencies.find((c) => c.id === competency.id);
				const cell = table[row + 1]![column + 1]!;
				if (!line) expect({ competency: competency.id, cell }).toEqual({ competency: competency.id, cell: expect.stringMatching(/^—\s+not part of their target$/) });
				else expect({ competency: competency.id, cell }).toEqual({ competency: competency.id, cell: expect.stringContaining(line.rating === null ? 'Not rated' : labels.get(line.rating)!) });
			}
		}
		const rated = page.locator('table.heatmap td.heat-meets').first();
		expect(await rated.locator('.visually-hidden').textContent()).toBe(' (at the target)');
		// Weakest, strongest and thin evidence are core's lists, in core's order.
		const named = (ids: readonly string[]) => ids.map((id) => team.competencies.find((c) => c.id === id)!.name);
		expect(await page.locator('#team-weakest + * strong').allTextContents()).toEqual(named(team.weakest));
		expect(await page.locator('#team-strongest + * strong').allTextContents()).toEqual(named(team.strongest));
		expect(await page.locator('#team-thinEvidence + * strong').allTextContents()).toEqual(named(team.thinEvidence));
		const disagreed = team.disagreements.competencies.filter((d) => d.differ + d.discuss > 0).map((d) => d.name);
		expect(await page.locator('#team-disagreements tbody th').allTextContents()).toEqual(disagreed);
		expect(errors).toEqual([]);
		await context.close();
	});

	it('names a file with problems by its own name, says where in a sentence, keeps the codes folded, and summarises the rest', async () => {
		const { page, context, errors } = await openTeam();
		await openFiles(page, [...examples, broken]);
		expect(await page.locator('#status').textContent()).toBe(`The summary covers ${examples.length} assessments. 1 is left out because it has problems: see the list below.`);
		const rejected = page.locator('#team-problems .rejected');
		expect(await rejected.count()).toBe(1);
		expect(await rejected.locator('.rejected-name').textContent()).toBe('broken-rating.yaml');
		expect(await rejected.locator('.problem-list li').allTextContents()).toEqual([expect.stringMatching(/^Line 10, column 13: .*not-on-any-scale/)]);
		const details = rejected.locator('details');
		expect(await details.getAttribute('open')).toBeNull();
		expect(await details.locator('pre').textContent()).toMatch(/broken-rating\.yaml:10:13 error [A-Z_]+/);
		// The rest is still summarised: every person of the examples, nobody from the broken file.
		expect(await page.locator('.readiness-table tbody th').allTextContents()).toEqual(team.people.map((p) => p.person.name));
		expect(errors).toEqual([]);
		await context.close();
	});

	it('reads an NDJSON stream line by line, naming a bad line by file and line, and opens a folder', async () => {
		const { page, context, errors } = await openTeam();
		const lines = examples.slice(0, 2).map((path) => JSON.stringify(parse(readFileSync(path, 'utf8'))));
		const stream = join(scratch, 'team.ndjson');
		writeFileSync(stream, `${lines[0]}\n\n{"format": "rungs/assessment@1", "person": 3}\r\n${lines[1]}\n`);
		await openFiles(page, [stream]);
		expect(await page.locator('#status').textContent()).toBe('The summary covers 2 assessments. 1 is left out because it has problems: see the list below.');
		expect(await page.locator('#team-problems .rejected-name').textContent()).toBe('team.ndjson, line 3');
		expect(await page.locator('#team-problems .problem-list li').first().textContent()).toMatch(/^Column \d+: /);
		// A folder, chosen whole: its files are named by their path inside it, and join what is open.
		await page.setInputFiles('#open-folder', examplesDir);
		await expect.poll(() => page.locator('.readiness-table tbody th').count(), { timeout: 60_000 }).toBe(team.people.length);
		// Every assessment in the folder, its subfolders too (history/ holds an earlier assessment of one person).
		const inFolder = readdirSync(examplesDir, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.yaml')).length;
		expect(await page.locator('#status').textContent()).toBe(`The summary covers ${inFolder + 2} assessments. 1 is left out because it has problems: see the list below.`);
		expect(errors).toEqual([]);
		await context.close();
	});

	it('takes files dropped on the page', async () => {
		const { page, context, errors } = await openTeam();
		const files = examples.map((path) => ({ name: path.split('/').pop()!, text: readFileSync(path, 'utf8') }));
		await page.evaluate((dropped) => {
			const data = new DataTransfer();
			for (const file of dropped) data.items.add(new File([file.text], file.name, { type: 'application/yaml' }));
			document.querySelector('main')!.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
		}, files);
		await expect.poll(() => page.locator('.readiness-table tbody th').count(), { timeout: 60_000 }).toBe(team.people.length);
		expect(errors).toEqual([]);
		await context.close();
	});

	it('sends nothing and keeps nothing: after the page loads it asks only for its own scripts, and stores nothing', async () => {
		const { page, context, requests } = await openTeam();
		await openFiles(page, [...examples, broken]);
		const [download] = await Promise.all([page.waitForEvent('download'), page.click('button[data-format="json"]')]);
		// The page's own code, loaded from this site when the first files are opened, the ladders the files name
		// (static modules of this site, /assess/ladders.js and /assess/ladders/<id>.js, addressed by a content
		// hash only), and the icon the browser asks for when it gets round to it (after load, under load):
		// never a request that carries anything.
		const own = (r: TeamPage['requests'][number]) =>
			r.method === 'GET' &&
			r.body === null &&
			((r.type === 'script' && new RegExp(`^${site.url}/(_astro/[\\w.-]+\\.js|assess/ladders(/[\\w-]+)?\\.js\\?v=[0-9a-f]{12})$`).test(r.url)) || r.url === `${site.url}/favicon.svg`);
		expect(requests.filter((r) => !own(r))).toEqual([]);
		expect(await page.evaluate(() => [localStorage.length, sessionStorage.length, document.cookie])).toEqual([0, 0, '']);
		// The summary saved on request is core's JSON.
		const path = join(scratch, `team-${Date.now()}.json`);
		await download.saveAs(path);
		expect(download.suggestedFilename()).toBe('team-summary.json');
		expect(JSON.parse(readFileSync(path, 'utf8'))).toEqual(JSON.parse(JSON.stringify(team)));
		await context.close();
	});

	it('saves the summary as Markdown and as HTML that survives email', async () => {
		const { page, context } = await openTeam();
		await openFiles(page, examples);
		for (const [format, name, start] of [
			['markdown', 'team-summary.md', `# Team summary: ${team.people.length} people`],
			['html', 'team-summary.html', '<!doctype html>'],
		] as const) {
			const [download] = await Promise.all([page.waitForEvent('download'), page.click(`button[data-format="${format}"]`)]);
			const path = join(scratch, `${Date.now()}-${name}`);
			await download.saveAs(path);
			expect(download.suggestedFilename()).toBe(name);
			expect(readFileSync(path, 'utf8').toLowerCase().startsWith(start.toLowerCase())).toBe(true);
		}
		await context.close();
	});

	describe.each(['light', 'dark'] as const)('in %s mode', (colorScheme) => {
		it('has no axe violation with the examples and a broken file open', async () => {
			const { page, context, errors } = await openTeam({ colorScheme });
			await openFiles(page, [...examples, broken]);
			const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
			expect(results.violations.map((v) => `${v.id}: ${v.nodes.length} × ${v.nodes[0]?.target.join(' ')} (${v.help})`)).toEqual([]);
			expect(errors).toEqual([]);
			await context.close();
		});
	});

	it('fits a 390 px screen without scrolling sideways: the table scrolls inside its own labelled region', async () => {
		const { page, context } = await openTeam({ width: 390 });
		await openFiles(page, [...examples, broken]);
		expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
		const region = page.locator('.heatmap-wrap');
		expect(await region.getAttribute('role')).toBe('region');
		expect(await region.getAttribute('aria-label')).toBe('Ratings by competency and person (the table scrolls sideways)');
		expect(await region.getAttribute('tabindex')).toBe('0');
		expect(await region.evaluate((node) => node.scrollWidth > node.clientWidth)).toBe(true);
		await context.close();
	});

	it('starts again on request, leaving nothing of the files on the page', async () => {
		const { page, context } = await openTeam();
		await openFiles(page, [...examples, broken]);
		await page.click('#team-clear');
		await expect.poll(() => page.locator('#status').textContent()).toBe('Cleared: nothing from those files is on this page any more.');
		expect(await page.locator('#team-results').isHidden()).toBe(true);
		expect(await page.locator('#team-problems').isHidden()).toBe(true);
		const shown = await page.locator('main').textContent();
		for (const person of [...team.people.map((p) => p.person.name), 'broken-rating.yaml']) expect(shown).not.toContain(person);
		await context.close();
	});
});
