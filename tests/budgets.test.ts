import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { siteBytes } from '../bench/site-bytes.js';

// Byte budgets of the built site. Bytes are deterministic, so they are tested; times are not, so
// they live in `pnpm bench`.
const dist = fileURLToPath(new URL('../site/dist/', import.meta.url));
// The self-assessment bundles only the words it shows: the gap report's and the problems' (core's
// catalog is split by renderer, so a team summary's, an email's, a diff's and an import's words stay out).
const BUDGET = { assessJsGzip: 35 * 1024, cssGzip: 12 * 1024 };

describe.skipIf(!existsSync(`${dist}index.html`))('size budgets of the built site', () => {
	const pages = siteBytes(dist);

	it('measures every page', () => expect(pages.length).toBeGreaterThan(80));

	it('ships no JavaScript at all on read-only pages', () => {
		expect(pages.filter((p) => p.page !== '/assess/' && p.js > 0).map((p) => p.page)).toEqual([]);
	});

	it(`keeps the self-assessment page's initial JavaScript within ${BUDGET.assessJsGzip / 1024} KB gzip`, () => {
		const assess = pages.find((p) => p.page === '/assess/')!;
		expect(assess.js).toBeGreaterThan(0);
		expect(assess.jsGzip).toBeLessThanOrEqual(BUDGET.assessJsGzip);
		// The validator (zod) and the YAML writer load later, only when a file, link or draft is opened.
		expect(assess.jsFiles.some((f) => /validate/.test(f))).toBe(false);
	});

	it(`keeps every page's CSS within ${BUDGET.cssGzip / 1024} KB gzip`, () => {
		expect(pages.filter((p) => p.cssGzip > BUDGET.cssGzip).map((p) => `${p.page}: ${p.cssGzip}`)).toEqual([]);
		expect(pages.every((p) => p.css > 0)).toBe(true);
	});
});
