import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	assess,
	assessmentTemplate,
	compareAssessments,
	describeMove,
	levelExpectations,
	levelsInOrder,
	migrateAssessment,
	migrationNeeded,
	nextLevel,
	parseAssessment,
	type Assessment,
	type Framework,
	type Result,
	type ValidatedAssessment,
} from '@rungs/core';
import { loadFramework } from '@rungs/core/node';
import { readdirSync, readFileSync } from 'node:fs';
import { exampleAssessment, validFramework, valueOf } from './_fixtures.ts';
import { runs } from './_runs.ts';

// #13: one Result everywhere, options checked, nothing thrown; frozen frameworks; the level helpers.

const SEED = 13;
const framework = validFramework();
const ana = exampleAssessment('ana-self.yaml', framework);
const where = (result: Result<unknown>) => (result.ok ? [] : result.problems.map((p) => `${p.code} ${p.file}:${p.path.join('.')}`));

describe('assess checks its options', () => {
	it.each([
		['a rule that is not one', { rule: { rule: 'bogus' } }, ['INVALID_OPTION options:rule.rule']],
		['a share above 1', { rule: { rule: 'n-of-m', minShare: 2 } }, ['INVALID_OPTION options:rule.minShare']],
		['a share of NaN', { rule: { rule: 'weighted-points', minShare: Number.NaN } }, ['INVALID_OPTION options:rule.minShare']],
		['a floor not on the scale', { rule: { rule: 'n-of-m', minShare: 0.5, floor: 'nope' } }, ['UNKNOWN_SCALE_VALUE options:rule.floor']],
		['points for a rating not on the scale', { rule: { rule: 'weighted-points', minShare: 0.5, points: { great: 3 } } }, ['UNKNOWN_SCALE_VALUE options:rule.points.great']],
		['negative points', { rule: { rule: 'weighted-points', minShare: 0.5, points: { developing: -1 } } }, ['INVALID_OPTION options:rule.points.developing']],
		['a key the rule does not have', { rule: { rule: 'all-at-target', minShare: 0.5 } }, ['INVALID_OPTION options:rule.minShare']],
		['a misspelt option', { rules: { rule: 'all-at-target' } }, ['INVALID_OPTION options:rules']],
		['a target level the ladder lacks', { target: 'principal' }, ['UNKNOWN_TARGET options:target']],
		['a target ladder the framework lacks', { target: { ladder: 'nope', level: 'lead' } }, ['UNKNOWN_TARGET options:target.ladder']],
		['a target of the wrong type', { target: 42 }, ['INVALID_OPTION options:target']],
		['options that are not an object', 'fast', ['INVALID_OPTION options:']],
	])('%s: a located problem, no report', (_name, options, expected) => {
		expect(where(assess(framework, ana, options as never))).toEqual(expected);
	});

	it('says which rule was meant, and what `minShare` may be', () => {
		const result = assess(framework, ana, { rule: { rule: 'n-of-n', minShare: 2 } } as never);
		expect(result.ok ? undefined : result.problems[0]!.hint).toBe('Did you mean `n-of-m`? Expected one of `all-at-target`, `n-of-m`, `weighted-points`.');
		const share = assess(framework, ana, { rule: { rule: 'n-of-m', minShare: 2 } });
		expect(share.ok ? undefined : `${share.problems[0]!.message} ${share.problems[0]!.hint}`).toBe('The option `rule.minShare` is not valid: it is 2. Expected a share above 0 and at most 1, such as `0.75`.');
	});

	it('applies a valid rule and target, with requireEvidence defaulted', () => {
		const report = valueOf(assess(framework, ana, { rule: { rule: 'n-of-m', minShare: 0.5, floor: 'developing' }, target: 'senior' }));
		expect(report.rule).toEqual({ rule: 'n-of-m', minShare: 0.5, floor: 'developing', requireEvidence: false });
		expect(report.target.level).toBe('senior');
	});

	it('compareAssessments checks the same options, and refuses two different people where the second says so', () => {
		const manager = exampleAssessment('ana-manager.yaml', framework);
		expect(where(compareAssessments(framework, ana, manager, { rule: { rule: 'n-of-m', minShare: 0 } }))).toEqual(['INVALID_OPTION options:rule.minShare']);
		const other = { ...manager, person: { name: 'Bo' } } as ValidatedAssessment;
		expect(where(compareAssessments(framework, ana, other))).toEqual(['ASSESSMENTS_NOT_COMPARABLE second:person']);
	});
});

describe('nothing throws for any option object', () => {
	// Arbitrary JSON-like values, and near-misses of real rules and targets, at every option key.
	const scale = framework.scale.values.map((v) => v.id);
	const nearRule = fc.record(
		{
			rule: fc.oneof(fc.constantFrom('all-at-target', 'n-of-m', 'weighted-points', 'bogus', ''), fc.anything()),
			minShare: fc.oneof(fc.double(), fc.integer(), fc.anything()),
			floor: fc.oneof(fc.constantFrom(...scale, 'nope'), fc.anything()),
			points: fc.oneof(fc.dictionary(fc.oneof(fc.constantFrom(...scale), fc.string()), fc.oneof(fc.integer({ min: -5, max: 2000 }), fc.double(), fc.anything())), fc.anything()),
			requireEvidence: fc.oneof(fc.boolean(), fc.anything()),
		},
		{ requiredKeys: [] },
	);
	const levels = framework.ladders.flatMap((m) => m.levels.map((l) => ({ ladder: m.id, level: l.id })));
	const target = fc.oneof(fc.constantFrom(...levels.map((l) => l.level), 'nope'), fc.constantFrom(...levels), fc.record({ ladder: fc.string(), level: fc.string() }), fc.anything());
	const options = fc.oneof(fc.record({ rule: fc.oneof(nearRule, fc.anything()), target, extra: fc.anything() }, { requiredKeys: [] }), fc.anything());

	it('assess, compareAssessments, assessmentTemplate, migrateAssessment and describeMove return a Result', () => {
		const rep = framework.ladders.find((m) => m.id === 'rep')!;
		fc.assert(
			fc.property(options, fc.anything(), (given, other) => {
				const results: Array<Result<unknown>> = [
					assess(framework, ana, given as never),
					compareAssessments(framework, ana, ana, given as never),
					assessmentTemplate(framework, 'rep', given as never),
					assessmentTemplate(framework, other as never, {}),
					migrateAssessment(ana, rep, rep, given as never),
					describeMove(framework, given as never, other as never),
				];
				for (const result of results) {
					expect(typeof result.ok).toBe('boolean');
					if (!result.ok) {
						expect(result.problems.length).toBeGreaterThan(0);
						for (const problem of result.problems) expect(problem.severity === 'error' && problem.line === undefined && problem.frame === '' && Array.isArray(problem.path)).toBe(true);
					}
				}
				// A rule that passes the check gives a report whose figures are all finite numbers.
				const first = results[0]!;
				if (first.ok) expect(JSON.stringify(first.value)).not.toMatch(/NaN|Infinity|null%/);
			}),
			{ numRuns: runs(300), seed: SEED },
		);
	});
});

describe('a parsed framework is frozen all the way down', () => {
	const allFrozen = (value: unknown): boolean => {
		const stack = [value];
		while (stack.length > 0) {
			const item = stack.pop();
			if (item === null || typeof item !== 'object') continue;
			if (!Object.isFrozen(item)) return false;
			stack.push(...Object.values(item));
		}
		return true;
	};

	it('every object and array in it is frozen', () => expect(allFrozen(framework)).toBe(true));

	it('an edit throws (modules run in strict mode), so reports stay those of the framework as loaded', () => {
		const before = JSON.stringify(valueOf(assess(framework, ana)));
		const rep = framework.ladders.find((m) => m.id === 'rep')! as unknown as { levels: Array<{ title: string }>; competencies: unknown[] };
		expect(() => {
			rep.levels[0]!.title = 'Changed';
		}).toThrow(TypeError);
		expect(() => rep.competencies.pop()).toThrow(TypeError);
		expect(JSON.stringify(valueOf(assess(framework, ana)))).toBe(before);
	});
});

describe('the level helpers, over every real ladder in matrices/', async () => {
	const dir = new URL('../../../matrices/', import.meta.url);
	const real = valueOf(await loadFramework(dir.pathname, { root: 'matrices' }));
	const ladders = readdirSync(dir).filter((f) => f.endsWith('.yaml') && real.ladders.some((m) => `${m.id}.yaml` === f));

	it('covers every ladder file', () => expect(ladders.length).toBe(real.ladders.length));

	describe.each(real.ladders.map((m) => [m.id, m] as const))('%s', (_id, ladder) => {
		it('levelsInOrder and nextLevel walk the ladder from the first level to the last', () => {
			const levels = levelsInOrder(ladder);
			expect(levels.map((l) => l.id)).toEqual(ladder.levels.map((l) => l.id));
			levels.forEach((level, i) => expect(nextLevel(ladder, level.id)).toBe(levels[i + 1]));
			expect(nextLevel(ladder, 'no-such-level')).toBeUndefined();
		});

		it("levelExpectations: a level's expectations are those of the level below plus what it adds", () => {
			let below = new Map<string, string[]>();
			for (const level of ladder.levels) {
				const all = levelExpectations(real, ladder.id, level.id, 'all')!;
				const added = levelExpectations(real, ladder.id, level.id, 'new')!;
				for (const competency of ladder.competencies) {
					const allIds = all.find((e) => e.competency === competency.id)?.statements.map((s) => s.id) ?? [];
					const newIds = added.find((e) => e.competency === competency.id)?.statements.map((s) => s.id) ?? [];
					expect(allIds).toEqual([...(below.get(competency.id) ?? []), ...newIds]);
					expect(newIds).toEqual((competency.expectations[level.id] ?? []).map((s) => s.id));
				}
				for (const expectation of added) for (const statement of expectation.statements) expect(statement.level).toBe(level.id);
				below = new Map(ladder.competencies.map((c) => [c.id, all.find((e) => e.competency === c.id)?.statements.map((s) => s.id) ?? []]));
			}
			expect(levelExpectations(real, ladder.id, 'no-such-level')).toBeUndefined();
		});

		it('migrationNeeded: none on the current version, minor within its major, major across', () => {
			const [major, minor] = ladder.version.split('.').map(Number) as [number, number];
			expect(migrationNeeded(real, { ladder: { id: ladder.id, version: ladder.version } })).toBe('none');
			expect(migrationNeeded(real, { ladder: { id: ladder.id, version: `${major}.${minor + 1}.0` } })).toBe('minor');
			expect(migrationNeeded(real, { ladder: { id: ladder.id, version: `${major + 1}.0.0` } })).toBe('major');
			expect(migrationNeeded(real, { ladder: { id: 'no-such-ladder', version: '1.0.0' } })).toBeUndefined();
		});

		it('describeMove and assessmentTemplate refuse a level the ladder lacks with a located problem', () => {
			const first = ladder.levels[0]!.id;
			expect(where(describeMove(real, { ladder: ladder.id, level: first }, { ladder: ladder.id, level: 'no-such-level' }))).toEqual(['UNKNOWN_LEVEL to:level']);
			expect(where(describeMove(real, { ladder: 'no-such-ladder', level: first }, { ladder: ladder.id, level: first }))).toEqual(['UNKNOWN_LADDER from:ladder']);
			expect(where(assessmentTemplate(real, ladder.id, { current: 'no-such-level' }))).toEqual(['UNKNOWN_LEVEL options:current']);
			expect(where(assessmentTemplate(real, ladder.id, { target: 'no-such-level' }))).toEqual(['UNKNOWN_TARGET options:target']);
			const template = valueOf(assessmentTemplate(real, ladder.id, { date: '2026-01-01' }));
			expect(parseAssessment({ path: 'template.yaml', text: template }, real).ok).toBe(true);
		});
	});

	it('migrationNeeded agrees with the problems parseAssessment gives for the example assessments', () => {
		const examples = new URL('examples/', dir);
		let checked = 0;
		for (const file of readdirSync(examples).filter((f) => f.endsWith('.yaml'))) {
			const text = readFileSync(new URL(file, examples), 'utf8');
			const result = parseAssessment({ path: file, text }, real);
			const codes = (result.ok ? result.warnings : result.problems).map((p) => p.code);
			const ladder = /^ladder: \{ id: ([\w-]+), version: ([\w.-]+) \}/m.exec(text) ?? /ladder:\n\s+id: ([\w-]+)\n\s+version: ([\w.-]+)/.exec(text);
			if (!ladder) continue;
			const need = migrationNeeded(real, { ladder: { id: ladder[1]!, version: ladder[2]! } });
			expect([need, codes.includes('LADDER_VERSION_MISMATCH'), codes.includes('LADDER_MAJOR_MISMATCH')]).toEqual([need, need === 'minor', need === 'major']);
			checked++;
		}
		expect(checked).toBeGreaterThanOrEqual(5);
	});
});

// Types: a hand-built object does not type-check into assess; this line fails to compile without the cast.
const handBuilt: Assessment = { ...ana, ratings: { empathy: { rating: 'consistantly', evidence: [] } } };
// @ts-expect-error: an Assessment is not a ValidatedAssessment
void ((f: Framework) => assess(f, handBuilt));
