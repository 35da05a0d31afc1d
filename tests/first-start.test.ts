import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import module from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

// The first screen of `npm start` on a fresh clone shows nothing alarming (issue #12): no "Failed to
// create bin" from pnpm, no warnings about zod's comments from Vite.

const root = fileURLToPath(new URL('../', import.meta.url));
const tracked = new Set(execFileSync('git', ['ls-files'], { cwd: root, encoding: 'utf8' }).split('\n'));
const workspacePackages = ['packages/core', 'packages/cli', 'site', 'tests', 'bench'].filter((dir) => existsSync(join(root, dir, 'package.json')));

describe('a fresh install', () => {
	it.each(workspacePackages)('%s: every bin points at a committed file, which pnpm can link before any build', (dir) => {
		const manifest = JSON.parse(readFileSync(join(root, dir, 'package.json'), 'utf8')) as { bin?: string | Record<string, string> };
		const bins = typeof manifest.bin === 'string' ? [manifest.bin] : Object.values(manifest.bin ?? {});
		for (const bin of bins) expect(tracked, `${dir}: bin ${bin}`).toContain(join(dir, bin).replace(/\\/g, '/'));
	});

	it('the committed `rungs` bin runs the built CLI', () => {
		const result = spawnSync(process.execPath, [join(root, 'packages/cli/bin/rungs.js'), '--version'], { encoding: 'utf8', timeout: 60_000 });
		expect(result.stderr).toBe('');
		expect(result.stdout.trim()).toBe(JSON.parse(readFileSync(join(root, 'packages/cli/package.json'), 'utf8')).version);
		expect(result.status).toBe(0);
	}, 60_000);

	// Node 20 has no compile cache; CI runs it, and the compatibility runs on Node 22 and 24 run this.
	// NODE_COMPILE_CACHE would turn the cache on by itself, so the child gets its own temporary folder,
	// where Node's default puts the cache, and the bin alone decides.
	it.skipIf(typeof (module as { enableCompileCache?: unknown }).enableCompileCache !== 'function')('the `rungs` bin keeps V8\'s compiled bundle in Node\'s compile cache', () => {
		const temporary = mkdtempSync(join(tmpdir(), 'rungs-compile-cache-'));
		try {
			const { NODE_COMPILE_CACHE: _, ...env } = process.env;
			const result = spawnSync(process.execPath, [join(root, 'packages/cli/bin/rungs.js'), '--version'], { encoding: 'utf8', timeout: 60_000, env: { ...env, TMPDIR: temporary } });
			expect(result.status).toBe(0);
			expect(readdirSync(join(temporary, 'node-compile-cache'), { recursive: true }).length).toBeGreaterThan(0);
		} finally {
			rmSync(temporary, { recursive: true, force: true });
		}
	}, 60_000);
});

describe('the site build', () => {
	it('drops Rollup\'s warning about where zod put its comments, and only that one', async () => {
		// The filter is the integration's (every site that uses @rungs/astro bundles zod): what its set-up gives Vite.
		const config = (await import(pathToFileURL(join(root, 'site/astro.config.mjs')).href)).default as { root?: URL; integrations: Array<{ name: string; hooks: Record<string, (options: object) => void> }> };
		const integration = config.integrations.find((i) => i.name === '@rungs/astro')!;
		let updated: { vite: { build: { rollupOptions: { onwarn: (w: object, warn: (w: object) => void) => void } } } } | undefined;
		integration.hooks['astro:config:setup']!({
			config: { root: pathToFileURL(join(root, 'site/')), publicDir: pathToFileURL(join(root, 'site/public/')), integrations: config.integrations, vite: {} },
			injectRoute: () => {},
			addMiddleware: () => {},
			updateConfig: (update: typeof updated) => (updated = update),
		});
		const onwarn = updated!.vite.build.rollupOptions.onwarn;
		const shown: object[] = [];
		const zod = { code: 'INVALID_ANNOTATION', id: join(root, 'node_modules/.pnpm/zod@4.6.7/node_modules/zod/v4/core/util.js'), message: 'A comment … contains an annotation that Rollup cannot interpret' };
		const ours = { code: 'INVALID_ANNOTATION', id: join(root, 'packages/core/src/index.ts'), message: 'A comment …' };
		const other = { code: 'CIRCULAR_DEPENDENCY', id: zod.id, message: 'Circular dependency' };
		for (const warning of [zod, ours, other]) onwarn(warning, (w) => shown.push(w));
		expect(shown).toEqual([ours, other]);
	}, 60_000);
});
