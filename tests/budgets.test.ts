import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isReadOnly, siteBytes } from '../bench/site-bytes.js';

// Byte budgets of the built site. Bytes are deterministic, so they are tested; times are not, so
// they live in `pnpm bench`.
const dist = fileURLToPath(new URL('../site/dist/', import.meta.url));
// The self-assessment bundles at start only the words it shows before a file is opened: the gap
// report's (core's catalog is split by renderer, and problems' words apart from reports'). The words of
// problems load with the checks that find them: createProblem has a module of its own, and an argument
// check words its few codes from a small catalog (problems-arguments.ts). #16's target is 35 KB:
// 27.0 KB measured (36.3 KB before problems' words were split off), so 35 KB holds with room to spare.
// The French page (#18) adds its entry and the library's French words for reports (`frenchReportMessages`,
// 4.1 KB); its French words for problems (`frenchProblemMessages`, 14 KB) load with the validator:
// 31.3 KB measured (53.9 KB before), so the same 35 KB holds for it. Still bundled there though unused:
// the English report words every renderer falls back to (about 2.5 KB).
const BUDGET = { assessJsGzip: 35 * 1024, frenchAssessJsGzip: 35 * 1024, cssGzip: 12 * 1024, teamJsGzip: 4 * 1024, teamOpenedJsGzip: 112 * 1024 };

/**
 * The JavaScript a page runs once all of it is in use: its initial scripts and every module they load
 * later with `import()`, but those whose name matches `leaveOut` (a language the page does not speak).
 */
function scriptsOnceUsed(initial: string[], leaveOut: RegExp): { files: string[]; gzip: number } {
	const seen = new Set<string>();
	const visit = (file: string) => {
		if (seen.has(file) || leaveOut.test(file)) return;
		seen.add(file);
		for (const match of readFileSync(file, 'utf8').matchAll(/(?:\bimport\s*\(\s*|(?:^|[;\s])import\s*(?:[\w*${}\s,]+from\s*)?)["']([^"']+\.js)["']/g)) {
			const target = join(file, '..', match[1]!);
			if (existsSync(target)) visit(target);
		}
	};
	for (const file of initial) visit(join(dist, file));
	return { files: [...seen].map((f) => relative(dist, f)), gzip: [...seen].reduce((n, f) => n + gzipSync(readFileSync(f), { level: 9 }).length, 0) };
}

describe.skipIf(!existsSync(`${dist}index.html`))('size budgets of the built site', () => {
	const pages = siteBytes(dist);

	it('measures every page', () => expect(pages.length).toBeGreaterThan(80));

	it('ships no JavaScript at all on read-only pages', () => {
		expect(pages.filter((p) => isReadOnly(p.page) && p.js > 0).map((p) => p.page)).toEqual([]);
	});

	it(`keeps the self-assessment page's initial JavaScript within ${BUDGET.assessJsGzip / 1024} KB gzip`, () => {
		const assess = pages.find((p) => p.page === '/assess/')!;
		expect(assess.js).toBeGreaterThan(0);
		expect(assess.jsGzip).toBeLessThanOrEqual(BUDGET.assessJsGzip);
		// The validator (zod) and the YAML writer load later, only when a file, link or draft is opened.
		expect(assess.jsFiles.some((f) => /validate/.test(f))).toBe(false);
	});

	it(`keeps the French self-assessment page's initial JavaScript within ${BUDGET.frenchAssessJsGzip / 1024} KB gzip, with one language's script only`, () => {
		const english = pages.find((p) => p.page === '/assess/')!;
		const french = pages.find((p) => p.page === '/fr/assess/')!;
		expect(french.jsGzip).toBeLessThanOrEqual(BUDGET.frenchAssessJsGzip);
		expect(french.jsFiles.some((f) => /validate/.test(f))).toBe(false);
		// Each page loads its own entry: the English page never the French catalog's.
		const entry = (files: string[]) => files.find((f) => /AssessScript/.test(f));
		expect(entry(french.jsFiles)).not.toBe(entry(english.jsFiles));
		expect(english.jsFiles).not.toContain(entry(french.jsFiles));
		const englishCode = english.jsFiles.map((f) => readFileSync(`${dist}${f}`, 'utf8')).join('\n');
		expect(englishCode).not.toContain('Conforme à la règle');
		// The words of problems wait for the checks that find them, in either language.
		const frenchCode = french.jsFiles.map((f) => readFileSync(`${dist}${f}`, 'utf8')).join('\n');
		expect(frenchCode).toContain('Conforme à la règle');
		expect(frenchCode).not.toContain('Répartissez le contenu en plusieurs échelles');
		expect(englishCode).not.toContain('Split the content into several ladders');
	});

	// Measured after `pnpm --filter @rungs/site run build` (#19), gzip level 9: the team page loads 2.3 KB; opening
	// files brings its views (8.6 KB), core's catalog shared with the self-assessment (23.3 KB) and core's
	// checks, zod and YAML, the very file the self-assessment's validator loads (73.3 KB): 107.5 KB in all.
	// What the page adds of its own is its two chunks, 10.9 KB; the rest is core's, cached across both pages.
	// #20: the page embeds no ladder any more (1 MB of HTML at 50 ladders); it loads the self-assessment's
	// ladder index and the files of the ladders its files name. That loader, shared with the self-assessment,
	// and the alert that offers to try again added 1.3 KB: 109.4 KB before, 110.7 KB after, so the budget is 112 KB.
	it(`keeps the team page's JavaScript within ${BUDGET.teamJsGzip / 1024} KB gzip at load and ${BUDGET.teamOpenedJsGzip / 1024} KB once files are opened`, () => {
		const team = pages.find((p) => p.page === '/team/')!;
		expect(team.js).toBeGreaterThan(0);
		expect(team.jsGzip).toBeLessThanOrEqual(BUDGET.teamJsGzip);
		// Core's checks load with the first files opened, not with the page.
		expect(team.jsFiles.some((f) => /parse-assessment|team-view/.test(f))).toBe(false);
		const opened = scriptsOnceUsed(team.jsFiles, /french-messages/);
		expect(opened.files.some((f) => /team-view/.test(f))).toBe(true);
		expect(opened.gzip).toBeLessThanOrEqual(BUDGET.teamOpenedJsGzip);
	});

	it(`keeps every page's CSS within ${BUDGET.cssGzip / 1024} KB gzip`, () => {
		expect(pages.filter((p) => p.cssGzip > BUDGET.cssGzip).map((p) => `${p.page}: ${p.cssGzip}`)).toEqual([]);
		expect(pages.every((p) => p.css > 0)).toBe(true);
	});
});
