import { chromium } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { browserArgs, chromiumPath } from './_chromium.ts';
import { serveSite } from './_server.ts';

declare module 'vitest' {
	export interface ProvidedContext {
		/** The built site (site/dist), served once for every file; empty when it is not built. */
		siteUrl: string;
		/** Why the site could not be served, when siteUrl is empty. */
		siteProblem: string;
		/** One Chromium for every file, which each connects to; empty when the machine has none. */
		browserEndpoint: string;
	}
}

/**
 * Global setup of the site project: one static server for site/dist and one Chromium, shared by
 * every test file (each file opens its own contexts, so no state crosses files). Nothing here
 * throws: a missing build or browser is reported by the files themselves, as a failure or a skip.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
	let site: Awaited<ReturnType<typeof serveSite>> | undefined;
	try {
		site = await serveSite();
		project.provide('siteUrl', site.url);
		project.provide('siteProblem', '');
	} catch (error) {
		project.provide('siteUrl', '');
		project.provide('siteProblem', error instanceof Error ? error.message : String(error));
	}
	const server = chromiumPath ? await chromium.launchServer({ executablePath: chromiumPath, args: browserArgs }) : undefined;
	project.provide('browserEndpoint', server?.wsEndpoint() ?? '');
	return async () => {
		await server?.close();
		await site?.close();
	};
}
