import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { parse } from 'yaml';
import type { Assessment } from '@rungs/core';

/** A folder of this run's own for downloads and files to open. */
export const scratch = mkdtempSync(join(tmpdir(), 'rungs-site-'));

export interface AssessPage {
	page: Page;
	context: BrowserContext;
	/** Uncaught errors in the page: any is a bug. */
	errors: string[];
	/** The text of every dialog the page opened (each is accepted unless `dismiss` is set). */
	dialogs: string[];
}

/** A fresh browser profile (or the given one) on the self-assessment page, once its report is shown. */
export async function openAssess(browser: Browser, url: string, options: { context?: BrowserContext; dismiss?: boolean } = {}): Promise<AssessPage> {
	const context = options.context ?? (await browser.newContext({ acceptDownloads: true }));
	const page = await context.newPage();
	const errors: string[] = [];
	const dialogs: string[] = [];
	page.on('pageerror', (error) => errors.push(String(error)));
	page.on('dialog', (dialog) => {
		dialogs.push(dialog.message());
		void (options.dismiss ? dialog.dismiss() : dialog.accept());
	});
	await page.goto(url, { waitUntil: 'networkidle' });
	await page.locator('#report .rungs-report').waitFor();
	return { page, context, errors, dialogs };
}

/** Clicks a save button and returns the downloaded file's text and data. */
export async function savedFile(page: Page, button: '#save-json' | '#save-yaml'): Promise<{ text: string; data: Assessment }> {
	const [download] = await Promise.all([page.waitForEvent('download'), page.click(button)]);
	const path = join(scratch, `${Date.now()}-${download.suggestedFilename()}`);
	await download.saveAs(path);
	const text = readFileSync(path, 'utf8');
	return { text, data: (button === '#save-json' ? JSON.parse(text) : parse(text)) as Assessment };
}

/** Waits until the page has kept the current state as its draft (the write comes a moment after a change). */
export async function draftKept(page: Page): Promise<void> {
	await page.waitForFunction(() => document.getElementById('draft-state')?.dataset.kept === 'yes', undefined, { timeout: 60_000 });
}

/**
 * Everything a person sees in the form, in document order: each control's id or name and value, and
 * for radio buttons and check boxes whether they are checked. Two equal results are the same form.
 */
export function formState(page: Page): Promise<string[]> {
	return page.evaluate(() =>
		Array.from(document.querySelectorAll<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>('#setup :is(input, select, textarea), #competencies :is(input, select, textarea)')).map((control) => {
			const name = control.id || `${control.getAttribute('name')}=${control.value}`;
			return control instanceof HTMLInputElement && (control.type === 'radio' || control.type === 'checkbox') ? `${name}:${control.checked}` : `${name}:${JSON.stringify(control.value)}`;
		}),
	);
}
