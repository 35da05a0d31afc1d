import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { deflateRawSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { openAssess, type AssessPage } from './_assess-page.ts';
import { builtSite, chromiumPath, launch } from './_browser.ts';

/*
 * A share link comes from anyone. Reading one is bounded at every step: its length before anything
 * else, and its unpacked size while it is unpacked. Each hostile link is refused with its own code,
 * promptly next to opening a normal link in the same run, the tab stays usable, and nothing of the
 * link is kept in the recipient's browser.
 */

const toBase64Url = (bytes: Buffer) => bytes.toString('base64').replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
const link = (json: string | Buffer) => `#a=z.${toBase64Url(deflateRawSync(json))}`;

const example = parse(readFileSync(fileURLToPath(new URL('../../matrices/examples/new-representative.yaml', import.meta.url)), 'utf8')) as Record<string, unknown>;

/** An assessment whose one evidence link is `url`: the share link stays short, the text inside does not. */
function withUrl(url: string): string {
	return JSON.stringify({ ...example, ratings: { ownership: { rating: 'consistently', evidence: [{ summary: 'A long link', url }] } } });
}

/**
 * How long a hostile link may take to be refused, from a normal link's time to open in the same run.
 * A short address: five times that, plus 5 s. An address of hundreds of kilobytes or megabytes: ten
 * times plus 30 s, because Chromium itself takes seconds to carry such an address to the page, and
 * longer the busier the machine (24 s against a normal link's 3.6 s once on a loaded CI machine, most
 * of it before the page's script ran). Either still catches a tab that reads the link and freezes,
 * which takes minutes (see the long address below).
 */
const promptly = (normalMs: number) => normalMs * 5 + 5_000;
const promptlyForAHugeAddress = (normalMs: number) => normalMs * 10 + 30_000;

describe.skipIf(!chromiumPath)('a share link', () => {
	let site: { url: string };
	let browser: Browser;

	beforeAll(async () => {
		site = builtSite();
		browser = await launch();
	});
	afterAll(async () => {
		await browser?.close();
	});

	/** Opens the page on a fragment and waits for what it says, in milliseconds from navigation. */
	async function opened(fragment: string, expected: RegExp, timeout = 120_000): Promise<AssessPage & { ms: number }> {
		const started = performance.now();
		const opened = await openAssess(browser, `${site.url}/assess/${fragment}`);
		await opened.page.waitForFunction((source) => new RegExp(source).test(document.getElementById('status')?.textContent ?? ''), expected.source, { timeout });
		return { ...opened, ms: performance.now() - started };
	}

	/** The page still answers: a rating updates the report, and nothing of the link was kept. */
	async function stillWorks({ page, errors }: AssessPage): Promise<void> {
		expect(await page.evaluate(() => Object.keys(localStorage))).toEqual([]);
		await page.check('input[name="rating-ownership"][value="consistently"]');
		await page.waitForFunction(() => document.getElementById('report')?.textContent?.includes('Consistently'), undefined, { timeout: 60_000 });
		expect(errors).toEqual([]);
	}

	it('is refused promptly, by length, unread, when it is longer than any assessment makes', async () => {
		const normal = await opened(link(JSON.stringify(example)), /Opened the shared link/);
		await normal.context.close();
		// Longer than the longest link a 512 KiB file can make (up to the 2 MB a browser takes), and
		// unpacking to gigabytes if it were read.
		for (const [length, shown] of [[800_000, '800,000'], [2_000_000, '2,000,000']] as const) {
			const huge = `#a=z.${toBase64Url(deflateRawSync(Buffer.alloc(1 << 20)))}`.padEnd(length + 1, 'A');
			const refused = await opened(huge, /LINK_TOO_LONG/);
			expect(await refused.page.locator('#status').textContent()).toMatch(new RegExp(`This link is ${shown} characters long; a Rungs link is at most [\\d,]+\\. Nothing was opened\\. \\(LINK_TOO_LONG\\)`));
			await stillWorks(refused);
			expect(refused.ms).toBeLessThan(promptlyForAHugeAddress(normal.ms));
			await refused.context.close();
		}
	}, 300_000);

	it('stops unpacking a decompression bomb at the size of the largest file, promptly', async () => {
		const normal = await opened(link(JSON.stringify(example)), /Opened the shared link/);
		await normal.context.close();
		// 400 MB of spaces packs into about 400 KB: a link within the length bound that claims 800 times its size.
		const bomb = link(Buffer.alloc(400 * 1024 * 1024, 0x20));
		expect(bomb.length).toBeLessThan(700_000);
		const refused = await opened(bomb, /FILE_TOO_LARGE/);
		expect(await refused.page.locator('#status').textContent()).toContain('This link unpacks to more than 524,288 bytes, the most Rungs reads from a file or a link. Nothing was opened. (FILE_TOO_LARGE)');
		await stillWorks(refused);
		// An address of 700 KB.
		expect(refused.ms).toBeLessThan(promptlyForAHugeAddress(normal.ms));
		await refused.context.close();
	}, 300_000);

	it('is refused with its own code when it holds nothing, or is damaged', async () => {
		for (const [fragment, code] of [
			['#a=', /holds no assessment\. \(LINK_EMPTY\)/],
			['#a=z.', /holds no assessment\. \(LINK_EMPTY\)/],
			['#a=z.this-is-not-a-link!!', /damaged.*\(LINK_DAMAGED\)/],
			[link(Buffer.from([0xff, 0xfe, 0x00])), /does not hold text.*\(LINK_DAMAGED\)/],
			['#a=q.abc', /another version of Rungs.*\(LINK_UNKNOWN\)/],
		] as const) {
			const refused = await opened(fragment, code);
			await stillWorks(refused);
			await refused.context.close();
		}
	}, 180_000);

	it('holding a very long address is refused promptly, next to a normal link', async () => {
		const normal = await opened(link(withUrl('https://example.com/ticket/1')), /Opened the shared link/);
		await normal.context.close();
		// A few hundred characters of link that unpack to an address of 100,000 characters ending in a space:
		// the shape that made a super-linear address check freeze the tab.
		for (const url of [`https://${'a'.repeat(100_000)} `, `https://${'/'.repeat(100_000)}\n`, `http://${'a'.repeat(400_000)}`]) {
			const fragment = link(withUrl(url));
			expect(fragment.length).toBeLessThan(2_000);
			// A frozen tab fails here, within the bound, rather than hold a core of the machine for minutes.
			const refused = await opened(fragment, /could not be opened/, promptly(normal.ms));
			await stillWorks(refused);
			expect(refused.ms, url.slice(0, 12)).toBeLessThan(promptly(normal.ms));
			await refused.context.close();
		}
	}, 400_000);
});
