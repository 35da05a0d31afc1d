import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

const CANDIDATES = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].filter(Boolean) as string[];

/** Debian's Chromium (never a downloaded browser), or undefined when the machine has none. */
export const chromiumPath = CANDIDATES.find((path) => existsSync(path));

if (!chromiumPath) {
	const message = 'No Chromium found (install Debian\'s package: apt-get install chromium, or set CHROMIUM_PATH).';
	// Under CI a missing browser is a failure, not a skip; locally, say so loudly and skip.
	if (process.env.CI === 'true') throw new Error(`${message} The browser tests cannot run.`);
	console.warn(`\n!!! ${message} The browser tests are SKIPPED.\n`);
}

export const launch = (): Promise<Browser> =>
	chromium.launch({ executablePath: chromiumPath!, args: ['--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
