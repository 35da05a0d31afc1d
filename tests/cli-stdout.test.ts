import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/*
 * The documented way to run the CLI from the repository writes only data on standard output: the
 * README's own command, exactly as written, run from the repository root and piped into JSON.parse.
 * (`pnpm rungs …` and `npm run rungs -- …` print a script banner there first, which made
 * `… --format json > report.json` invalid JSON.)
 */

const root = fileURLToPath(new URL('../', import.meta.url));
const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
/** How the README says to call the CLI from the repository: "`npx rungs <command>`". */
const way = /From the repository root, after the quick start: `([^`<]+?) <command>`/.exec(readme)?.[1];
/** The README's example that asks for JSON, in a code block. */
const example = [...readme.matchAll(/^```sh\n([\s\S]*?)^```/gm)].flatMap((block) => block[1]!.split('\n')).find((line) => way !== undefined && line.startsWith(`${way} `) && line.includes('--format json'));

const sh = (line: string) =>
	new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
		execFile('sh', ['-c', line], { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, timeout: 120_000 }, (error, stdout, stderr) => resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr }));
	});

describe('the documented way to run the CLI from the repository', () => {
	it('is in the README, with an example of JSON output', () => {
		expect(way).toBeDefined();
		expect(example, `a \`${way} … --format json\` line in a code block of README.md`).toBeDefined();
	});

	it('writes only data on standard output: the README\'s JSON example parses', async () => {
		const { code, stdout, stderr } = await sh(example!);
		expect(code, stderr).toBe(0);
		const report = JSON.parse(stdout) as { format: string };
		expect(report.format).toBe('rungs/gap-report@2');
	});
});
