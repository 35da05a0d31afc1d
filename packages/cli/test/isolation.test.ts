import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fixtures, rungs, testCacheHome } from './_run.ts';

/*
 * The tests touch nothing outside temporary folders. The CLI's result cache lives in
 * `$XDG_CACHE_HOME/rungs`, else `~/.cache/rungs`: every spawn through _run.ts gets this run's
 * temporary cache folder, so a home folder (here a temporary one standing in for the real one)
 * stays as it was.
 */

const scratch = mkdtempSync(join(tmpdir(), 'rungs-cli-isolation-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Every file under a folder, as paths relative to it. */
function filesUnder(dir: string): string[] {
	return readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) => relative(dir, join(entry.parentPath, entry.name)))
		.sort();
}

describe('the CLI under test', () => {
	it('keeps its cache in the run\'s temporary folder, and writes nothing into the home folder', () => {
		expect(relative(process.env.RUNGS_TEST_TMP!, testCacheHome())).not.toMatch(/^\.\./);
		expect(relative(process.env.RUNGS_TEST_TMP!, tmpdir())).not.toMatch(/^\.\./);
		const home = mkdtempSync(join(scratch, 'home-'));
		const ladders = mkdtempSync(join(scratch, 'ladders-'));
		cpSync(fixtures, ladders, { recursive: true });
		const before = new Set(filesUnder(testCacheHome()));
		expect(rungs(['validate', ladders], { env: { HOME: home } }).code).toBe(0);
		expect(rungs(['gap', join(ladders, 'examples', 'ana-self.yaml'), '--format', 'json'], { env: { HOME: home } }).code).toBe(0);
		expect(filesUnder(home)).toEqual([]);
		expect(filesUnder(testCacheHome()).filter((file) => !before.has(file)).length).toBeGreaterThan(0);
	});

	it('would write into the home folder without that temporary cache folder (which is why every spawn gets one)', () => {
		const home = mkdtempSync(join(scratch, 'home-'));
		const ladders = mkdtempSync(join(scratch, 'ladders-'));
		cpSync(fixtures, ladders, { recursive: true });
		expect(rungs(['validate', ladders], { env: { HOME: home, XDG_CACHE_HOME: '' } }).code).toBe(0);
		expect(filesUnder(home).some((file) => file.startsWith(join('.cache', 'rungs')))).toBe(true);
	});
});
