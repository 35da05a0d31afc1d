import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtures, hasStackTrace, repoRoot, rungs } from './_run.ts';

/** A copy of the valid fixture folder (strict house rules) with framework.yaml's rules and one ladder edited. */
function copyWith(rules: Record<string, string>, editLadder: (text: string) => string = (t) => t): string {
	const dir = mkdtempSync(join(tmpdir(), 'rungs-rules-'));
	cpSync(fixtures, dir, { recursive: true });
	const framework = join(dir, 'framework.yaml');
	let text = readFileSync(framework, 'utf8');
	for (const [rule, value] of Object.entries(rules)) text = text.replace(new RegExp(`^  ${rule}: .*$`, 'm'), `  ${rule}: ${value}`);
	writeFileSync(framework, text);
	writeFileSync(join(dir, 'rep.yaml'), editLadder(readFileSync(join(dir, 'rep.yaml'), 'utf8')));
	return dir;
}

/** The rep ladder without the senior level's scope. */
const noScope = (text: string) => text.replace('    scope: Any question.\n', '');

describe('rungs validate and the house rules in framework.yaml', () => {
	it('a rule at error fails validate, with the code and its place', () => {
		const { code, stderr } = rungs(['validate', copyWith({ 'level-narrative': 'error' }, noScope)]);
		expect(code).toBe(1);
		expect(stderr).toMatch(/rep\.yaml:26:9 error LEVEL_NARRATIVE_MISSING\n {2}Level `senior` has no `scope`\./);
		expect(stderr).toContain('set `rules: { level-narrative: off }` in framework.yaml');
	});

	it('a rule at warning passes validate and fails only --strict', () => {
		const dir = copyWith({ 'level-narrative': 'warning' }, noScope);
		expect(rungs(['validate', dir]).code).toBe(0);
		const strict = rungs(['validate', dir, '--strict']);
		expect(strict.code).toBe(1);
		expect(strict.stderr).toMatch(/rep\.yaml:26:9 warning LEVEL_NARRATIVE_MISSING/);
	});

	it('a rule that is off is silent, even with --strict', () => {
		const { code, stderr } = rungs(['validate', copyWith({ 'level-narrative': 'off' }, noScope), '--strict']);
		expect(code).toBe(0);
		expect(stderr).not.toContain('LEVEL_NARRATIVE_MISSING');
	});

	it('a misspelt rule or severity is a located error with a did-you-mean, no stack trace', () => {
		const dir = copyWith({ 'level-narrative': 'eror' });
		const { code, stderr } = rungs(['validate', dir]);
		expect(code).toBe(1);
		expect(stderr).toMatch(/framework\.yaml:\d+:20 error INVALID_VALUE/);
		expect(stderr).toContain('Hint: Did you mean `error`?');
		expect(hasStackTrace(stderr)).toBe(false);
	});

	it("this repository's ladders pass --strict under their strict support profile", () => {
		const { code, stderr } = rungs(['validate', join(repoRoot, 'matrices'), '--strict']);
		expect(stderr).toMatch(/0 errors, 0 warnings/);
		expect(code).toBe(0);
	});
});
