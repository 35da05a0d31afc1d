import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseFramework, problemsOf, type Problem, type SourceFile } from '@rungs/core';
import { loadFramework } from '@rungs/core/node';

/*
 * Ids and bands as organisations write them (#14): ids may start with a digit, hold upper case,
 * dots and underscores, or be UUIDs; two ids that differ only in case are one; bands follow the
 * framework's `bandPattern` and are ordered by their trailing number within a prefix.
 */

const FOLDER = new URL('./fixtures/organisation-ids/', import.meta.url);
const read = (name: string) => readFileSync(new URL(name, FOLDER), 'utf8');
const FRAMEWORK = read('framework.yaml');
const LADDER = read('IC-engineer.yaml');

const load = (ladder: string, framework = FRAMEWORK) =>
	parseFramework([
		{ path: 'acme/framework.yaml', text: framework },
		{ path: 'acme/IC-engineer.yaml', text: ladder },
	] satisfies SourceFile[]);
const where = (p: Problem) => `${p.code} ${p.file}:${p.line}:${p.column}`;
/** Line and column (1-based) of `mark` on the first line that holds `needle`. */
const pos = (text: string, needle: string, mark = needle) => {
	const lines = text.split('\n');
	const line = lines.findIndex((l) => l.includes(needle));
	return `${line + 1}:${lines[line]!.indexOf(mark) + 1}`;
};

describe('an organisation ladder with its own ids and bands', () => {
	it('loads with no problem under the default house rules: level ids `1`, `L2`, `staff.1`, a UUID competency, bands IC4 and IC10, a level without band', async () => {
		const result = await loadFramework(FOLDER.pathname);
		expect(problemsOf(result).map(where)).toEqual([]);
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		const ladder = result.value.ladders[0]!;
		expect(ladder.levels.map((l) => [l.id, l.band])).toEqual([['1', 'IC4'], ['L2', 'IC10'], ['staff.1', undefined]]);
		expect(ladder.competencies.map((c) => c.id)).toEqual(['3f1c2a9e-8b7d-4c6e-9a5f-0d2b4e6c8a1f', '42']);
	});

	it('refuses two level ids that differ only in case, naming the first spelling', () => {
		const text = LADDER.replace("  - id: L2\n", "  - id: l1\n").replace('      L2:\n', '      l1:\n').replace('      L2:\n', '      l1:\n').replace("  - id: '1'\n", '  - id: L1\n').replace("      '1':\n", '      L1:\n').replace("      '1':\n", '      L1:\n');
		const problems = problemsOf(load(text)).filter((p) => p.code === 'DUPLICATE_ID');
		expect(problems.map(where)).toEqual([`DUPLICATE_ID acme/IC-engineer.yaml:${pos(text, '- id: l1', 'l1')}`]);
		expect(problems[0]!.params).toMatchObject({ kind: 'level', id: 'l1', firstId: 'L1' });
		expect(problems[0]!.message).toContain('(first as `L1`)');
	});

	it('still refuses ids that would break a page address: spaces, a leading separator, two in a row', () => {
		for (const id of ['code review', '-review', 'code--review', 'code/review']) {
			const problems = problemsOf(load(LADDER.replace('  - id: 3f1c2a9e-8b7d-4c6e-9a5f-0d2b4e6c8a1f', `  - id: "${id}"`)));
			expect(problems.map((p) => p.code), id).toContain('INVALID_ID');
		}
	});
});

describe('bands', () => {
	it('order by the trailing number within a prefix: IC4 before IC10, and IC10 then IC4 goes down', () => {
		const text = LADDER.replace('band: IC4', 'band: ICX').replace('band: IC10', 'band: IC4').replace('band: ICX', 'band: IC10');
		expect(problemsOf(load(text)).map(where)).toEqual([`LEVEL_ORDER acme/IC-engineer.yaml:${pos(text, 'band: IC10', 'IC10')}`]);
	});

	it('of different prefixes are not compared, and levels without a band stand outside the order', () => {
		const across = LADDER.replace('band: IC10', 'band: M2');
		expect(problemsOf(load(across)).map(where)).toEqual([]);
		const gap = LADDER.replace('    band: IC10\n', '').replace('    title: Staff engineer\n', '    title: Staff engineer\n    band: IC2\n');
		expect(problemsOf(load(gap)).map((p) => p.code)).toEqual(['LEVEL_ORDER']);
	});

	it("that do not match the framework's pattern are refused at the band", () => {
		const text = LADDER.replace('band: IC10', 'band: P3');
		const problems = problemsOf(load(text));
		expect(problems.map(where)).toEqual([`INVALID_BAND acme/IC-engineer.yaml:${pos(text, 'band: P3', 'P3')}`]);
		expect(problems[0]!.message).toContain('^(IC|M)[0-9]{1,2}$');
	});

	it('follow `^[A-Z][1-9]$` when the framework declares no pattern', () => {
		const problems = problemsOf(load(LADDER, FRAMEWORK.replace(/^bandPattern:.*\n/m, '')));
		expect(problems.map((p) => `${p.code} ${String((p.params as { id?: string }).id)}`)).toEqual(['INVALID_BAND IC4', 'INVALID_BAND IC10']);
	});
});

describe('a band pattern', () => {
	// A function, not a string: `$'` in a replacement string means "the text after the match".
	const withPattern = (pattern: string) => FRAMEWORK.replace(/^bandPattern:.*$/m, () => `bandPattern: '${pattern}'`);
	const refusal = (pattern: string) => problemsOf(load(LADDER, withPattern(pattern))).filter((p) => p.code === 'BAND_PATTERN_INVALID');

	it('that is no regular expression is refused, located at the pattern', () => {
		const framework = withPattern('^(IC|M[0-9]$');
		const problems = problemsOf(load(LADDER, framework));
		expect(problems.map(where)).toContain(`BAND_PATTERN_INVALID acme/framework.yaml:${pos(framework, 'bandPattern:', "'")}`);
		expect(problems.find((p) => p.code === 'BAND_PATTERN_INVALID')!.message).toContain('not a valid regular expression');
	});

	it('the usual forms are accepted', () => {
		for (const pattern of ['^[A-Z][1-9]$', '^(IC|M)[0-9]{1,2}$', '^(IC|EM|M|P|S)[0-9]{1,2}$', '^(?:L|IC)-?[0-9]+$', '^[A-Z]{1,3}[0-9](\\.[0-9])?$', '^\\p{Lu}{1,2}[0-9]$']) {
			expect(refusal(pattern), pattern).toEqual([]);
		}
	});

	/*
	 * Why a hostile pattern is safe: bands are at most 16 characters, but that alone is not enough
	 * (`^(a*)*(a*)*…b$` did not finish in two minutes on 16 `a`s). So a pattern may repeat only a
	 * single character or class, never a group, and the product of its choices (repeats, alternatives,
	 * start positions) is bounded, which bounds the backtracking. These are refused before they run,
	 * so this test cannot hang: it never executes them.
	 */
	it('that could backtrack for long is refused before it ever runs', () => {
		const hostile = [
			`^${'(a*)*'.repeat(38)}b$`, // nested repeats
			'^(a+)+$', // a repeated group
			`^${'a*'.repeat(95)}b$`, // 95 repeats in a row: too many ways to share 16 characters
			`^${'(a|a|a)'.repeat(28)}$`, // 3^28 ways through the alternatives
			'^(a)\\1$', // a backreference
			'^(?=a)a$', // a lookaround
		];
		// The one problem: the ladder's bands are not also checked against a pattern that was refused.
		for (const pattern of hostile) expect(problemsOf(load(LADDER, withPattern(pattern))).map((p) => p.code), pattern).toEqual(['BAND_PATTERN_INVALID']);
	});

	it('longer than 200 characters is refused by its length', () => {
		const problems = problemsOf(load(LADDER, withPattern(`^${'A'.repeat(200)}$`)));
		expect(problems.map((p) => p.code)).toEqual(['TEXT_TOO_LONG']);
	});
});

describe('numbers in statements', () => {
	// Quoted: a `[` would start a YAML list inside the flow mapping.
	const withStatement = (text: string) => LADDER.replace('text: Sets review practice across teams.', () => `text: ${JSON.stringify(text)}`);
	const loadsClean = (text: string) => problemsOf(load(withStatement(text))).filter((p) => p.code !== 'NUMBER_IN_EXPECTATION');
	const numbers = (text: string) => problemsOf(load(withStatement(text))).filter((p) => p.code === 'NUMBER_IN_EXPECTATION').map((p) => String(p.params.match));

	it('are not targets when they name a level or band of the framework, or sit in a link target', () => {
		expect(numbers('Coaches L2 Engineers and the IC10 group.')).toEqual([]);
		expect(numbers('Mentors Engineer I and Engineer L2-L2 pairs.')).toEqual([]);
		expect(numbers('Follows [the guide](https://example.com/v2/guide-2024).')).toEqual([]);
		expect(loadsClean('Follows [the guide](https://example.com/v2/guide-2024).')).toEqual([]);
	});

	it('still are when they are targets, even where a level id is a bare number', () => {
		expect(numbers('Reviews 1 change a day.')).toEqual(['1']);
		expect(numbers('Keeps reviews under 4 hours for L2 changes.')).toEqual(['4']);
		expect(numbers('Follows [2 guides](https://example.com/guide).')).toEqual(['2']);
	});
});
