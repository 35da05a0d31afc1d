import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, openSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const bin = fileURLToPath(new URL('../dist/rungs.js', import.meta.url));
export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
export const fixtures = fileURLToPath(new URL('../../core/test/fixtures/valid/', import.meta.url));

if (!existsSync(bin)) throw new Error(`The CLI is not built (${bin}): run \`pnpm build\` first.`);

/**
 * Where the CLI may keep its result cache during the tests: the temporary folder that the global
 * setup (tests/support/isolate.ts) made for this run, never the real `~/.cache/rungs`.
 */
export function testCacheHome(): string {
	const dir = process.env.XDG_CACHE_HOME;
	if (!dir || !process.env.RUNGS_TEST_TMP || !dir.startsWith(process.env.RUNGS_TEST_TMP)) throw new Error('No temporary cache folder for this run: run the tests through vitest.config.ts, whose global setup makes one.');
	return dir;
}

/** Runs the real built binary, as a user would, without a terminal (and with its cache in this run's temporary folder). */
export function rungs(args: string[], options: { cwd?: string; env?: Record<string, string>; input?: string; stdinFile?: string } = {}) {
	// A file as standard input itself, not piped through: what `rungs … < file` gives a command.
	const stdin = options.stdinFile === undefined ? undefined : openSync(options.stdinFile, 'r');
	try {
		const result = spawnSync(process.execPath, [bin, ...args], {
			cwd: options.cwd ?? repoRoot,
			env: { PATH: process.env.PATH ?? '', XDG_CACHE_HOME: testCacheHome(), ...options.env },
			...(stdin === undefined ? { input: options.input ?? '' } : { stdio: [stdin, 'pipe', 'pipe'] }),
			encoding: 'utf8',
			timeout: 120_000,
			maxBuffer: 256 * 1024 * 1024,
		});
		return { code: result.status, stdout: result.stdout, stderr: result.stderr };
	} finally {
		if (stdin !== undefined) closeSync(stdin);
	}
}

/** True when output holds a JavaScript stack trace, which users must never see for their own mistakes. */
export const hasStackTrace = (text: string) => /\n\s+at .+:\d+:\d+\)?\n/.test(text);
