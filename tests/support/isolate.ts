import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Global setup of every project: the tests touch nothing outside temporary folders. The CLI keeps a
 * result cache in `$XDG_CACHE_HOME/rungs` (else `~/.cache/rungs`); for the whole run that is a
 * temporary folder, removed at the end. Vitest runs this once per project, in its main process,
 * before the workers start (they inherit the environment): the first call sets it up, the others
 * reuse it.
 */
export default function setup(): (() => void) | undefined {
	if (process.env.RUNGS_TEST_TMP) return undefined;
	const dir = mkdtempSync(join(tmpdir(), 'rungs-test-run-'));
	process.env.RUNGS_TEST_TMP = dir;
	process.env.XDG_CACHE_HOME = join(dir, 'cache');
	mkdirSync(process.env.XDG_CACHE_HOME);
	return () => rmSync(dir, { recursive: true, force: true });
}
