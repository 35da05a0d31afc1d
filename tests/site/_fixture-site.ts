import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/*
 * Builds the site from a folder of ladders other than matrices/: in a mirror of the repository in a
 * temporary folder (site/ copied, everything else linked), with RUNGS_MATRICES_DIR pointing at the
 * ladders and `--outDir` at a folder of the caller's, so a build never touches site/dist, site/.astro
 * or the content cache of the site others build. One mirror per scratch folder, made on first use.
 */

const repo = fileURLToPath(new URL('../../', import.meta.url));

/** A mirror of the repository whose site/ is a copy: builds there write nothing into the real site/. */
function siteMirror(scratch: string): string {
	const mirror = join(scratch, 'mirror');
	mkdirSync(join(mirror, 'site', 'node_modules'), { recursive: true });
	for (const entry of readdirSync(repo)) if (!['site', '.git'].includes(entry)) symlinkSync(join(repo, entry), join(mirror, entry));
	for (const entry of readdirSync(join(repo, 'site'))) {
		if (['node_modules', 'dist', '.astro'].includes(entry)) continue;
		cpSync(join(repo, 'site', entry), join(mirror, 'site', entry), { recursive: true });
	}
	// The site's packages, but a content cache (node_modules/.astro) of its own.
	for (const entry of readdirSync(join(repo, 'site', 'node_modules'))) if (!['.astro', '@rungs'].includes(entry)) symlinkSync(join(repo, 'site', 'node_modules', entry), join(mirror, 'site', 'node_modules', entry));
	installIntegration(join(mirror, 'site'));
	return join(mirror, 'site');
}

/**
 * @rungs/astro copied into a site's node_modules, as an install places it: Astro compiles the
 * package's .astro files only inside the site's folder (a file whose path shares nothing with the
 * site's but `/`, as a temporary folder's and the repository's do, is taken for one of the site's
 * own). Its dependencies stay links to the workspace's.
 */
export function installIntegration(site: string): void {
	const astro = join(site, 'node_modules', '@rungs', 'astro');
	for (const part of ['package.json', 'src', 'dist']) cpSync(join(repo, 'packages/astro', part), join(astro, part), { recursive: true });
	symlinkSync(join(repo, 'packages/astro/node_modules'), join(astro, 'node_modules'));
}

const mirrors = new Map<string, string>();

/** `astro build` of the site from a folder of ladders into `outDir`, in a mirror kept in `scratch`. */
export function buildSiteFrom(scratch: string, ladders: string, outDir: string): { code: number | null; output: string } {
	let siteDir = mirrors.get(scratch);
	if (!siteDir) mirrors.set(scratch, (siteDir = siteMirror(scratch)));
	const astro = join(siteDir, 'node_modules', 'astro', 'astro.js');
	const result = spawnSync(process.execPath, [astro, 'build', '--outDir', outDir], {
		cwd: siteDir,
		env: { ...process.env, RUNGS_MATRICES_DIR: ladders, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
		encoding: 'utf8',
		timeout: 180_000,
	});
	return { code: result.status, output: `${result.stdout}\n${result.stderr}` };
}
