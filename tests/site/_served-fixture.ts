import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launch, openPage } from './_browser.ts';
import { buildSiteFrom } from './_fixture-site.ts';
import { serveSite } from './_server.ts';

/** A site built from a folder of ladders, served, with one Chromium page open on it. */
export interface ServedFixtureSite {
	readonly url: string;
	readonly page: Page;
	readonly browser: Browser;
	/** Opens a path of the site and gives the text of its `<main>`, white space folded. */
	open(path: string): Promise<string>;
}

/*
 * Registers, in the calling `describe`, the hooks that build the site from `ladders` in a scratch
 * folder of its own, serve it and open a page in Chromium, and that close and remove all of it
 * afterwards. The handle's fields are read in tests, after the hooks ran.
 */
export function useFixtureSite(name: string, ladders: string): ServedFixtureSite {
	const scratch = mkdtempSync(join(tmpdir(), `rungs-site-${name}-`));
	let site: Awaited<ReturnType<typeof serveSite>> | undefined;
	let browser: Browser | undefined;
	let page: Page | undefined;

	beforeAll(async () => {
		const { code, output } = buildSiteFrom(scratch, ladders, join(scratch, 'out'));
		if (code !== 0) throw new Error(`The ${name} site did not build:\n${output}`);
		site = await serveSite(join(scratch, 'out'));
		browser = await launch();
		page = await browser.newPage();
	}, 240_000);

	afterAll(async () => {
		await browser?.close();
		await site?.close();
		rmSync(scratch, { recursive: true, force: true });
	});

	const ready = <T>(value: T | undefined): T => {
		if (value === undefined) throw new Error(`The ${name} site is not served: its beforeAll failed.`);
		return value;
	};
	return {
		get url() {
			return ready(site).url;
		},
		get page() {
			return ready(page);
		},
		get browser() {
			return ready(browser);
		},
		async open(path) {
			await openPage(ready(page), `${ready(site).url}${path}`);
			return (await ready(page).locator('main').innerText()).replace(/\s+/g, ' ');
		},
	};
}
