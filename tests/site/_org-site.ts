import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { installIntegration } from './_fixture-site.ts';

/*
 * Builds the site of another organisation as that organisation would: a folder with its ladders and
 * an astro.config.mjs calling `rungs({...})`, and nothing of this repository's site/. The fixture is
 * copied into a scratch folder, with a node_modules of astro and @rungs/astro as an install would make
 * it, so the build writes nothing into the repository.
 */

const repo = fileURLToPath(new URL('../../', import.meta.url));

/** Copies an organisation fixture (`ladders/`, `site/`) into `scratch`, optionally with another astro.config.mjs. */
export function organisationSite(fixture: string, scratch: string, config?: string): string {
	cpSync(fixture, scratch, { recursive: true });
	const site = join(scratch, 'site');
	const modules = join(site, 'node_modules');
	mkdirSync(modules, { recursive: true });
	symlinkSync(join(repo, 'site/node_modules/astro'), join(modules, 'astro'));
	installIntegration(site);
	if (config !== undefined) writeFileSync(join(site, 'astro.config.mjs'), config);
	return site;
}

/** `astro build` of a site folder into its dist/. */
export function buildOrganisationSite(site: string): { code: number | null; output: string } {
	const result = spawnSync(process.execPath, [join(site, 'node_modules/astro/astro.js'), 'build'], {
		cwd: site,
		env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
		encoding: 'utf8',
		timeout: 240_000,
	});
	return { code: result.status, output: `${result.stdout}\n${result.stderr}` };
}
