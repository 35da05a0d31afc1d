import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { hostileCases, readHostileCase, VALID_DIR, type HostileCase } from '../../core/test/_hostile.ts';
import { hasStackTrace, rungs } from './_run.ts';

/*
 * The real built binary on a selection of the hostile corpus (packages/core/test/fixtures/hostile/):
 * `rungs validate` on a folder of ladders holding the file, `rungs validate` and `rungs gap` on an
 * assessment. A bad file exits 1 with its located problem on standard error, never a stack trace,
 * never a raw control character (the terminal must not be driven by a file from a pull request).
 */

const scratch = mkdtempSync(join(tmpdir(), 'rungs-cli-hostile-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A copy of the valid fixture folder with one file added or replaced. */
function folderWith(name: string, file: string, bytes: Uint8Array | string): string {
	const dir = join(scratch, name);
	cpSync(VALID_DIR, dir, { recursive: true });
	writeFileSync(join(dir, file), bytes);
	return dir;
}

const LADDERS = [
	'tab-indentation.mini.yaml',
	'unclosed-double-quote.mini.yaml',
	'unclosed-flow-sequence.mini.yaml',
	'over-indented-key.mini.yaml',
	'key-without-colon.mini.yaml',
	'colon-inside-value.mini.yaml',
	'duplicate-key.mini.yaml',
	'number-for-text.mini.yaml',
	'unknown-key.mini.yaml',
	'missing-field.mini.yaml',
	'duplicate-level-id.mini.yaml',
	'dangling-category.mini.yaml',
	'levels-out-of-order.mini.yaml',
	'only-a-comment.notes.yaml',
	'crlf-wrong-type.mini.yaml',
	'invalid-utf8-latin1.mini.yaml',
	'deep-flow-nesting.mini.yaml',
	'deep-block-nesting.mini.yaml',
	'billion-laughs.mini.yaml',
	'tag-js-function.mini.yaml',
	'tag-binary.mini.yaml',
	'proto-key-in-expectations.mini.yaml',
	'constructor-as-level-id-with-shared.mini.yaml',
	'cyrillic-e-in-level-id.mini.yaml',
	'zero-width-space-in-id.mini.yaml',
	'raw-escape-character.mini.yaml',
	'escaped-terminal-codes.mini.yaml',
	'very-long-statement.mini.yaml',
	'javascript-url.mini.yaml',
	'dangling-ladder-in-path.career-paths.yaml',
].map(readHostileCase);

const ASSESSMENTS = hostileCases().filter((c) => c.target === 'assessment');
const LOADING = ['byte-order-mark.mini.yaml', 'crlf-line-endings.mini.yaml', 'cr-only-line-endings.mini.yaml', 'prototype-as-competency-id.mini.yaml'].map(readHostileCase);

/** `file:line:column error CODE` as the text format prints it. */
const located = (file: string, fixture: HostileCase) => {
	if (fixture.expected.loads) throw new Error(`${fixture.name} loads`);
	const { code, line, column } = fixture.expected;
	return new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:${line}:${column} error ${code}$`, 'm');
};

/** What no output of rungs may hold: a stack trace, or a control character other than line breaks. */
function expectSafe(output: string): void {
	expect(hasStackTrace(output)).toBe(false);
	expect(output).not.toMatch(/[\u0000-\u0009\u000B-\u001F\u007F-\u009F]/);
}

describe('rungs validate on a folder holding a hostile ladder', () => {
	it.each(LADDERS.map((c) => [c.name, c] as const))('%s: exit 1, located, no stack trace', (_name, fixture) => {
		const dir = folderWith(fixture.name, `${fixture.target}.yaml`, fixture.bytes);
		const { code, stdout, stderr } = rungs(['validate', '.'], { cwd: dir });
		expect(code).toBe(1);
		expect(stderr).toMatch(located(`${fixture.target}.yaml`, fixture));
		expect(stdout).toBe('');
		expectSafe(stderr);
	});

	it.each(LOADING.map((c) => [c.name, c] as const))('%s: exit 0', (_name, fixture) => {
		const dir = folderWith(fixture.name, `${fixture.target}.yaml`, fixture.bytes);
		const { code, stderr } = rungs(['validate', '.'], { cwd: dir });
		expect(stderr).toMatch(/0 errors, 0 warnings/);
		expect(code).toBe(0);
	});

	it('writes hostile problems as JSON that parses, and as one GitHub annotation line each', () => {
		const fixture = readHostileCase('escaped-terminal-codes.mini.yaml');
		const dir = folderWith('json-and-github', 'mini.yaml', fixture.bytes);
		const json = rungs(['validate', '.', '--format', 'json'], { cwd: dir });
		expect(json.code).toBe(1);
		expect(JSON.parse(json.stdout).problems[0]).toMatchObject({ code: 'INVALID_VALUE', line: 6, column: 10 });
		const github = rungs(['validate', '.', '--format', 'github'], { cwd: dir });
		expect(github.stdout.trim().split('\n')).toEqual([expect.stringMatching(/^::error file=mini\.yaml,line=6,col=10,title=INVALID_VALUE::/)]);
		expectSafe(github.stdout);
	});
});

describe('rungs validate and rungs gap on a hostile assessment', () => {
	const ladders = folderWith('ladders', 'unused.txt', '');
	it.each(ASSESSMENTS.map((c) => [c.name, c] as const))('%s: exit 1, located, no stack trace', (_name, fixture) => {
		const file = join(ladders, 'examples', fixture.name);
		writeFileSync(file, fixture.bytes);
		const shown = join('examples', fixture.name);
		for (const args of [['validate', shown], ['gap', shown]]) {
			const { code, stderr } = rungs(args, { cwd: ladders });
			expect(code, args.join(' ')).toBe(1);
			expect(stderr).toMatch(located(shown, fixture));
			expectSafe(stderr);
		}
	});

	it('rungs gap on a valid assessment of a hostile ladder folder: exit 1, the ladder located', () => {
		const fixture = readHostileCase('tag-js-function.mini.yaml');
		const dir = folderWith('gap-broken-ladders', 'mini.yaml', fixture.bytes);
		const { code, stdout, stderr } = rungs(['gap', join('examples', 'ana-self.yaml')], { cwd: dir });
		expect(code).toBe(1);
		expect(stdout).toBe('');
		expect(stderr).toMatch(located('mini.yaml', fixture));
		expectSafe(stderr);
	});
});

describe('generated hostile files, on disk', () => {
	/** Seconds for `rungs validate` of a folder of ladders. */
	const timedValidate = (dir: string, env: Record<string, string> = {}) => {
		const start = performance.now();
		const result = rungs(['validate', '.'], { cwd: dir, env });
		return { ...result, seconds: (performance.now() - start) / 1000 };
	};
	/*
	 * The normal case, measured in this same run: the valid ladders, uncached. A busy machine slows
	 * both alike; a hostile file may cost a few times more (measured on a busy 2-core machine: up to
	 * about 8 times), never the minutes that quadratic work would take.
	 */
	let normal: number | undefined;
	const measureNormal = () => Math.min(...[0, 1].map(() => timedValidate(folderWith('normal', 'framework.yaml', readFileSync(join(VALID_DIR, 'framework.yaml'))), { RUNGS_NO_CACHE: '1' }).seconds));
	const TIMES = 40;

	it.each([
		['a 10 MB file', 'huge.yaml', `format: rungs/ladder@1\nsummary: ${'x'.repeat(10 * 1024 * 1024)}\n`, /^huge\.yaml:1:1 error FILE_TOO_LARGE$/m],
		['10,000 nested brackets', 'deep.yaml', `${'['.repeat(10_000)}${']'.repeat(10_000)}\n`, /^deep\.yaml:1:65 error YAML_TOO_DEEP$/m],
		['50,000 aliases', 'aliases.yaml', `format: rungs/ladder@1\nx: &a value\nlist:\n${'  - *a\n'.repeat(50_000)}`, /^aliases\.yaml:104:5 error YAML_ALIAS_LIMIT$/m],
		['UTF-16', 'utf16.yaml', Buffer.from('format: rungs/ladder@1\nid: utf16\n', 'utf16le'), /^utf16\.yaml:1:2 error FILE_NOT_TEXT$/m],
		['60,000 unknown keys', 'keys.yaml', `format: rungs/ladder@1\n${'kxxx: v\n'.repeat(60_000)}`, /^keys\.yaml:\d+:1 error TOO_MANY_PROBLEMS$/m],
	])('%s: exit 1 in seconds, located, no stack trace', (_name, file, content, expected) => {
		const dir = folderWith(file, file, content);
		const { code, stderr, seconds } = timedValidate(dir);
		normal ??= measureNormal();
		// Over the bound: measure the normal case again, as the machine may have got busier since.
		if (seconds > TIMES * normal) normal = Math.max(normal, measureNormal());
		expect(seconds / normal, `${seconds.toFixed(2)} s, against ${normal.toFixed(2)} s for the valid ladders`).toBeLessThan(TIMES);
		expect(code).toBe(1);
		expect(stderr).toMatch(expected);
		expectSafe(stderr);
	});
});
