import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasStackTrace, repoRoot, rungs } from './_run.ts';

// Rough edges a new user hit in their first hour (issue #12, item 6): each one, as they met it.

const matrices = join(repoRoot, 'matrices');
const scratch = () => mkdtempSync(join(tmpdir(), 'rungs-edges-'));
/** A private cache, so these runs leave nothing in ~/.cache and never see an earlier run's result. */
const env = () => ({ XDG_CACHE_HOME: scratch() });
const TIMEOUT = 60_000;

describe('misspellings get a "did you mean"', () => {
	it('for a command', () => {
		const { code, stdout, stderr } = rungs(['valdate'], { env: env() });
		expect(code).toBe(2);
		expect(stdout).toBe('');
		expect(stderr).toContain('rungs: Unknown command `valdate`. Did you mean `validate`?');
		expect(hasStackTrace(stderr)).toBe(false);
	}, TIMEOUT);

	it('for an option', () => {
		const { code, stderr } = rungs(['validate', '--fromat', 'json'], { env: env() });
		expect(code).toBe(2);
		expect(stderr).toContain('rungs: Unknown option `--fromat`. Did you mean `--format`?');
	}, TIMEOUT);

	it('but not for a word that is nothing like any', () => {
		const { stderr } = rungs(['zebra'], { env: env() });
		expect(stderr).toContain('Unknown command `zebra`. Commands:');
		expect(stderr).not.toContain('Did you mean');
	}, TIMEOUT);

	it('for a rating on the scale', () => {
		const dir = scratch();
		const text = readFileSync(join(matrices, 'examples', 'new-representative.yaml'), 'utf8');
		const lines = text.split('\n');
		const at = lines.findIndex((l) => /^\s+rating: consistently$/.test(l));
		expect(at).toBeGreaterThan(0);
		lines[at] = lines[at]!.replace('consistently', 'consistenly');
		writeFileSync(join(dir, 'me.yaml'), lines.join('\n'));
		const { code, stdout } = rungs(['validate', join(dir, 'me.yaml'), '--matrices', matrices, '--format', 'json'], { env: env() });
		expect(code).toBe(1);
		const { problems } = JSON.parse(stdout);
		expect(problems).toHaveLength(1);
		expect(problems[0]).toMatchObject({ code: 'UNKNOWN_SCALE_VALUE', line: at + 1, column: lines[at]!.indexOf('consistenly') + 1 });
		expect(problems[0].hint).toMatch(/^Did you mean `consistently`\? Use one of: /);
	}, TIMEOUT);
});

describe('rungs with no arguments', () => {
	it('prints its usage on stderr, not into a pipe, and exits 2', () => {
		const { code, stdout, stderr } = rungs([], { env: env() });
		expect(code).toBe(2);
		expect(stdout).toBe('');
		expect(stderr).toContain('Usage: rungs <command> [options]');
	}, TIMEOUT);

	it('still prints help on stdout when asked for it', () => {
		const { code, stdout, stderr } = rungs(['--help'], { env: env() });
		expect(code).toBe(0);
		expect(stdout).toContain('Usage: rungs <command> [options]');
		expect(stderr).toBe('');
	}, TIMEOUT);
});

describe('a missing file', () => {
	it('is reported without a code frame, as there is no source to frame', () => {
		const dir = scratch();
		const { code, stderr } = rungs(['validate', 'nope.yaml'], { cwd: dir, env: env() });
		expect(code).toBe(1);
		expect(stderr).toContain('nope.yaml:1:1 error FILE_NOT_FOUND\n  Cannot read `nope.yaml`: no such file.\n  Hint: ');
		expect(stderr).not.toMatch(/\|/);
		const json = JSON.parse(rungs(['validate', 'nope.yaml', '--format', 'json'], { cwd: dir, env: env() }).stdout);
		expect(json.problems[0]).toMatchObject({ code: 'FILE_NOT_FOUND', line: 1, column: 1, frame: '' });
	}, TIMEOUT);
});
