import { chmodSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Global setup of every project: the tests touch nothing outside temporary folders, and leave none
 * behind. One folder for the whole run, removed at the end, holds:
 * - the CLI's result cache (`$XDG_CACHE_HOME/rungs`, else it would be the real `~/.cache/rungs`);
 * - every temporary folder the tests, the CLI, npm or Chromium make (TMPDIR, which os.tmpdir() follows).
 * Vitest runs this once per project, in its main process, before the workers start (they inherit
 * the environment): the first call sets it up, the others reuse it.
 */
export default function setup(): (() => void) | undefined {
	if (process.env.RUNGS_TEST_TMP) return undefined;
	const dir = mkdtempSync(join(tmpdir(), 'rungs-test-run-'));
	process.env.RUNGS_TEST_TMP = dir;
	process.env.XDG_CACHE_HOME = join(dir, 'cache');
	process.env.TMPDIR = join(dir, 'tmp');
	mkdirSync(process.env.XDG_CACHE_HOME, { mode: 0o700 });
	mkdirSync(process.env.TMPDIR);
	// As the system's temporary folder is: tests that run a command as another user (when they run
	// as root) make their folders here too.
	chmodSync(dir, 0o755);
	chmodSync(process.env.TMPDIR, 0o1777);
	return () => rmSync(dir, { recursive: true, force: true });
}
