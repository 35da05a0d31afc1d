import { chromium, type Browser, type Page } from 'playwright-core';
import { inject } from 'vitest';
import { chromiumPath } from './_chromium.ts';

export { chromiumPath };

if (!chromiumPath) {
	const message = 'No Chromium found (install Debian\'s package: apt-get install chromium, or set CHROMIUM_PATH).';
	// Under CI a missing browser is a failure, not a skip; locally, say so loudly and skip.
	if (process.env.CI === 'true') throw new Error(`${message} The browser tests cannot run.`);
	console.warn(`\n!!! ${message} The browser tests are SKIPPED.\n`);
}

/** The Chromium that the site project's global setup started (tests/site/_global.ts), connected to for this file. */
export const launch = (): Promise<Browser> => chromium.connect(inject('browserEndpoint'));

/** The built site, served once for all files by the global setup. */
export function builtSite(): { url: string } {
	const url = inject('siteUrl');
	if (!url) throw new Error(inject('siteProblem') || 'The site is not served.');
	return { url };
}

/**
 * Opens a page and waits until it is ready: loaded (read-only pages run no script), and on the
 * self-assessment page, its report shown. An event, not `networkidle`'s half second of quiet per page.
 */
export async function openPage(page: Page, url: string): Promise<void> {
	await page.goto(url, { waitUntil: 'load' });
	if ((await page.locator('#report').count()) > 0) await page.locator('#report .rungs-report').waitFor();
}
