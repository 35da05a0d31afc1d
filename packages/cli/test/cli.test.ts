import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtures, hasStackTrace, rungs } from './_run.ts';

/** A copy of the valid fixture folder with one file edited. */
function brokenCopy(file: string, edit: (text: string) => string): string {
	const dir = mkdtempSync(join(tmpdir(), 'rungs-cli-'));
	cpSync(fixtures, dir, { recursive: true });
	writeFileSync(join(dir, file), edit(readFileSync(join(dir, file), 'utf8')));
	return dir;
}

describe('rungs', () => {
	it('prints help with every command and exits 0', () => {
		const { code, stdout } = rungs(['--help']);
		expect(code).toBe(0);
		expect(stdout).toMatch(/validate \[paths…\]/);
		expect(stdout).toMatch(/gap <assessment>/);
	});

	it('prints help and exits 2 when no command is given', () => {
		expect(rungs([]).code).toBe(2);
	});

	it('prints its version', () => {
		const { code, stdout } = rungs(['--version']);
		expect(code).toBe(0);
		expect(stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
	});

	it('refuses an unknown command with a message, usage and exit 2, no stack', () => {
		const { code, stderr } = rungs(['valdate']);
		expect(code).toBe(2);
		expect(stderr).toContain('rungs: Unknown command `valdate`.');
		expect(hasStackTrace(stderr)).toBe(false);
	});

	it.each(['validate', 'gap'])('%s --help shows examples', (command) => {
		const { code, stdout } = rungs([command, '--help']);
		expect(code).toBe(0);
		expect(stdout).toContain('Examples');
		expect(stdout).toContain(`rungs ${command}`);
	});
});

describe('rungs validate', () => {
	it('exits 0 on a clean folder and says what it checked on stderr', () => {
		const { code, stdout, stderr } = rungs(['validate', fixtures]);
		expect(code).toBe(0);
		expect(stdout).toBe('');
		expect(stderr).toMatch(/✓ 2 ladders and 2 assessments checked: 0 errors, 0 warnings/);
	});

	it('exits 1 with every problem located and framed, and no stack trace', () => {
		const dir = brokenCopy('rep.yaml', (t) => t.replace('category: conduct', 'category: conduc').replace('    band: P2\n', '    band: P2\n    bnad: P2\n'));
		const { code, stderr } = rungs(['validate', dir]);
		expect(code).toBe(1);
		expect(stderr).toMatch(/rep\.yaml:\d+:5 error UNKNOWN_KEY\n {2}Unknown key `bnad` in `levels\.senior`\./);
		expect(stderr).toContain('Hint: Did you mean `band`?');
		expect(stderr).toMatch(/> +\d+ \|     bnad: P2\n +\| +\^\^\^\^/);
		expect(hasStackTrace(stderr)).toBe(false);
	});

	it('writes problems as JSON on stdout', () => {
		const dir = brokenCopy('rep.yaml', (t) => t.replace('category: conduct', 'category: conduc'));
		const { code, stdout } = rungs(['validate', dir, '--format', 'json']);
		expect(code).toBe(1);
		const result = JSON.parse(stdout);
		expect(result).toMatchObject({ errors: 1, warnings: 0 });
		expect(result.problems[0]).toMatchObject({ code: 'UNKNOWN_CATEGORY', line: 86, column: 15, severity: 'error' });
	});

	it('writes GitHub workflow annotations', () => {
		const dir = brokenCopy('rep.yaml', (t) => t.replace('category: conduct', 'category: conduc'));
		const { stdout } = rungs(['validate', dir, '--format', 'github']);
		expect(stdout).toMatch(/^::error file=.*rep\.yaml,line=86,col=15,title=UNKNOWN_CATEGORY::Unknown category `conduc`\.%0ADid you mean `conduct`\? Categories/m);
	});

	it('passes warnings unless --strict', () => {
		const dir = brokenCopy('rep.yaml', (t) => t.replace('Writes reproducible bug reports.', 'Writes reproducible bug reports, 3 a week.'));
		expect(rungs(['validate', dir]).code).toBe(0);
		const strict = rungs(['validate', dir, '--strict']);
		expect(strict.code).toBe(1);
		expect(strict.stderr).toContain('NUMBER_IN_EXPECTATION');
	});

	it('checks an assessment file against the ladders found above it', () => {
		const dir = brokenCopy('examples/ana-self.yaml', (t) => t.replace('rating: developing', 'rating: developping'));
		const { code, stderr } = rungs(['validate', join(dir, 'examples', 'ana-self.yaml')]);
		expect(code).toBe(1);
		expect(stderr).toMatch(/ana-self\.yaml:\d+:13 error UNKNOWN_SCALE_VALUE/);
	});

	it('reports a missing path as a problem, not a crash', () => {
		const { code, stderr } = rungs(['validate', 'no/such/folder']);
		expect(code).toBe(1);
		expect(stderr).toContain('FILE_NOT_FOUND');
		expect(hasStackTrace(stderr)).toBe(false);
	});

	it('reuses an earlier result only while no file changes', () => {
		const dir = brokenCopy('rep.yaml', (t) => t);
		const cache = mkdtempSync(join(tmpdir(), 'rungs-cache-'));
		const env = { XDG_CACHE_HOME: cache };
		expect(rungs(['validate', dir], { env }).code).toBe(0);
		expect(readdirSync(join(cache, 'rungs')).filter((f) => f.startsWith('ladders-'))).toHaveLength(1);
		expect(rungs(['validate', dir], { env }).code).toBe(0);
		writeFileSync(join(dir, 'rep.yaml'), readFileSync(join(dir, 'rep.yaml'), 'utf8').replace('category: conduct', 'category: conduc'));
		const changed = rungs(['validate', dir], { env });
		expect(changed.code).toBe(1);
		expect(changed.stderr).toContain('UNKNOWN_CATEGORY');
		expect(rungs(['validate', dir], { env: { ...env, RUNGS_NO_CACHE: '1' } }).code).toBe(1);
	});

	it('keeps the ladders\' cached result however many assessments a run checks', () => {
		const dir = brokenCopy('rep.yaml', (t) => t);
		const self = readFileSync(join(dir, 'examples', 'ana-self.yaml'), 'utf8');
		for (let i = 0; i < 70; i++) writeFileSync(join(dir, 'examples', `person-${i}.yaml`), self.replace('name: Ana', `name: Person ${i}`));
		const cache = mkdtempSync(join(tmpdir(), 'rungs-cache-'));
		const env = { XDG_CACHE_HOME: cache };
		expect(rungs(['validate', dir], { env }).code).toBe(0);
		expect(rungs(['validate', dir], { env }).code).toBe(0);
		const entries = readdirSync(join(cache, 'rungs'));
		expect(entries.filter((f) => f.startsWith('ladders-'))).toHaveLength(1);
		expect(entries.filter((f) => f.startsWith('assessment-'))).toHaveLength(64);
	});

	it('refuses an unknown format with exit 2', () => {
		const { code, stderr } = rungs(['validate', fixtures, '--format', 'xml']);
		expect(code).toBe(2);
		expect(stderr).toContain('Unknown format `xml`');
	});

	it('colours only on a terminal, or when forced, never with NO_COLOR', () => {
		const dir = brokenCopy('rep.yaml', (t) => t.replace('category: conduct', 'category: conduc'));
		expect(rungs(['validate', dir]).stderr).not.toContain('\u001b[');
		expect(rungs(['validate', dir], { env: { FORCE_COLOR: '1' } }).stderr).toContain('\u001b[');
		expect(rungs(['validate', dir], { env: { FORCE_COLOR: '1', NO_COLOR: '1' } }).stderr).not.toContain('\u001b[');
	});
});

describe('rungs gap', () => {
	const self = join(fixtures, 'examples', 'ana-self.yaml');
	const manager = join(fixtures, 'examples', 'ana-manager.yaml');

	it('prints a text report', () => {
		const { code, stdout } = rungs(['gap', self]);
		expect(code).toBe(0);
		expect(stdout).toContain('Gap report: Ana, self-assessment of 2026-10-01');
		expect(stdout).toContain('Readiness: Not yet');
	});

	it('prints Markdown and JSON', () => {
		expect(rungs(['gap', self, '--format', 'markdown']).stdout).toMatch(/^# Gap report: Ana/);
		const json = JSON.parse(rungs(['gap', self, '--format', 'json']).stdout);
		expect(json).toMatchObject({ format: 'rungs/gap-report@2', target: { level: 'lead' } });
	});

	it('applies another rule and another target', () => {
		const json = JSON.parse(rungs(['gap', self, '--format', 'json', '--rule', 'all-at-target', '--target', 'engineer:senior-engineer']).stdout);
		expect(json.rule).toEqual({ rule: 'all-at-target', requireEvidence: false });
		expect(json).toMatchObject({ roleSwitch: true, target: { ladder: 'engineer', level: 'senior-engineer' } });
	});

	it('calibrates two assessments', () => {
		const { code, stdout } = rungs(['gap', self, '--compare', manager]);
		expect(code).toBe(0);
		expect(stdout).toMatch(/Judgement within guardrails +Role model +Developing +-2 discuss/);
	});

	it.each([
		[['gap'], 'Give the assessment file'],
		[['gap', self, '--rule', 'vibes'], 'Unknown rule `vibes`'],
		[['gap', self, '--min-share', '2'], '--min-share must be a number above 0 and at most 1'],
		[['gap', self, '--target', 'nowhere'], '`rep` has no level `nowhere`'],
		[['gap', self, '--format'], 'The option `--format` needs a value.'],
		[['gap', self, '--colour'], 'Unknown option `--colour`.'],
	])('refuses %j with exit 2', (args, message) => {
		const { code, stderr } = rungs(args);
		expect(code).toBe(2);
		expect(stderr).toContain(message);
		expect(hasStackTrace(stderr)).toBe(false);
	});

	it('exits 1 with located problems for a broken assessment', () => {
		const dir = brokenCopy('examples/ana-self.yaml', (t) => t.replace('current: senior', 'current: senor'));
		const { code, stdout, stderr } = rungs(['gap', join(dir, 'examples', 'ana-self.yaml')]);
		expect(code).toBe(1);
		expect(stdout).toBe('');
		expect(stderr).toMatch(/ana-self\.yaml:6:10 error UNKNOWN_LEVEL\n {2}Unknown level `senor`\./);
		expect(stderr).toContain('Did you mean `senior`?');
	});
});
