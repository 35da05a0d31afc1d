import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasStackTrace, repoRoot, rungs } from './_run.ts';

// Rough edges a new user hit in their first hour (issue #12, item 6): each one, as they met it.

const ladders = join(repoRoot, 'matrices');
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
		const text = readFileSync(join(ladders, 'examples', 'new-representative.yaml'), 'utf8');
		const lines = text.split('\n');
		const at = lines.findIndex((l) => /^\s+rating: developing$/.test(l));
		expect(at).toBeGreaterThan(0);
		lines[at] = lines[at]!.replace('developing', 'developping');
		writeFileSync(join(dir, 'me.yaml'), lines.join('\n'));
		const { code, stdout } = rungs(['validate', join(dir, 'me.yaml'), '--matrices', ladders, '--format', 'json'], { env: env() });
		expect(code).toBe(1);
		const { problems } = JSON.parse(stdout);
		expect(problems).toHaveLength(1);
		expect(problems[0]).toMatchObject({ code: 'UNKNOWN_SCALE_VALUE', line: at + 1, column: lines[at]!.indexOf('developping') + 1 });
		expect(problems[0].hint).toMatch(/^Did you mean `developing`\? Use one of: /);
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

describe('the ladders are found from where you stand', () => {
	it.each([['matrices'], ['matrices/examples'], ['packages/cli']])('`rungs validate` inside %s checks the repository\'s ladders', (where) => {
		const { code, stderr } = rungs(['validate'], { cwd: join(repoRoot, where), env: env() });
		expect(stderr).not.toContain('Cannot read');
		expect(stderr).toMatch(/✓ 4 ladders and \d+ assessments checked: 0 errors, 0 warnings/);
		expect(code).toBe(0);
	}, TIMEOUT);

	it('`rungs init` inside matrices/ finds them too', () => {
		const { code, stdout } = rungs(['init', 'support-representative'], { cwd: ladders, env: env() });
		expect(code).toBe(0);
		expect(stdout).toContain('# Assessment against Support Representative');
	}, TIMEOUT);

	it.each([[['init', 'support-representative']], [['validate']]])('outside any, `rungs %j` says it found none', (args) => {
		const { code, stderr } = rungs(args, { cwd: scratch(), env: env() });
		expect(code).toBe(2);
		expect(stderr).toContain('No ladders found');
		expect(stderr).not.toContain('Cannot read');
	}, TIMEOUT);
});

describe('the summary of a folder whose ladders have errors', () => {
	it('counts the ladders it checked and says which assessments it could not', () => {
		const dir = scratch();
		cpSync(ladders, join(dir, 'matrices'), { recursive: true });
		const file = join(dir, 'matrices', 'support-representative.yaml');
		writeFileSync(file, readFileSync(file, 'utf8').replace('\ntitle: ', '\ntitel: '));
		const { code, stderr } = rungs(['validate', join(dir, 'matrices')], { cwd: dir, env: env() });
		expect(code).toBe(1);
		expect(stderr).toMatch(/✗ 4 ladders and 0 assessments checked \(8 assessments not checked: their ladders have errors\): \d+ errors?, \d+ warnings?\n$/);
		const json = JSON.parse(rungs(['validate', join(dir, 'matrices'), '--format', 'json'], { cwd: dir, env: env() }).stdout);
		expect(json).toMatchObject({ ladders: 4, assessments: 0, assessmentsNotChecked: 8 });
	}, TIMEOUT);
});

describe('the schema line of `rungs init`', () => {
	/** A repository's layout in a temporary folder: ladders beside the schemas they point at. */
	function repository(): string {
		const dir = scratch();
		cpSync(ladders, join(dir, 'matrices'), { recursive: true });
		cpSync(join(repoRoot, 'schemas'), join(dir, 'schemas'), { recursive: true });
		mkdirSync(join(dir, 'people', 'team-a'), { recursive: true });
		return dir;
	}

	it('is a path from the written file to the repository\'s schema, wherever --out puts it', () => {
		const dir = repository();
		for (const [cwd, out, expected] of [
			[dir, 'people/me.yaml', '../schemas/assessment.schema.json'],
			[dir, 'people/team-a/me.yaml', '../../schemas/assessment.schema.json'],
			[join(dir, 'matrices'), '../people/team-a/you.yaml', '../../schemas/assessment.schema.json'],
			[join(dir, 'people'), 'team-a/them.yaml', '../../schemas/assessment.schema.json'],
		] as const) {
			const run = rungs(['init', 'support-representative', '--out', out], { cwd, env: env() });
			expect(run.stderr).toContain('Wrote');
			const written = join(cwd, out);
			const line = readFileSync(written, 'utf8').split('\n')[0]!;
			expect(line).toBe(`# yaml-language-server: $schema=${expected}`);
			// It resolves: the path leads to the assessment schema.
			expect(JSON.parse(readFileSync(join(written, '..', expected), 'utf8')).$id).toMatch(/assessment\.schema\.json$/);
		}
	}, TIMEOUT);

	it('printed, resolves from the working folder (where `> me.yaml` writes)', () => {
		const dir = repository();
		const { stdout } = rungs(['init', 'support-representative'], { cwd: join(dir, 'people', 'team-a'), env: env() });
		expect(stdout.split('\n')[0]).toBe('# yaml-language-server: $schema=../../schemas/assessment.schema.json');
	}, TIMEOUT);
});

describe('a misspelt ladder', () => {
	it.each(['init', 'export'])('`rungs %s` suggests the ladder', (command) => {
		const { code, stderr } = rungs([command, 'support-representativ'], { env: env() });
		expect(code).toBe(2);
		expect(stderr).toContain('Unknown ladder `support-representativ`. Did you mean `support-representative`? Ladders: ');
	}, TIMEOUT);
});
