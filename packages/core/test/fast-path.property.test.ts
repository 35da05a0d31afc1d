import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseAssessmentInput, parseFramework, validateAssessment, type Framework, type Result } from '@rungs/core';
import { EVIDENCE_KINDS } from '@rungs/core/schema';
import { dataSource } from '../src/diagnostics/locate.ts';
import { checkInput } from '../src/pipeline/parse-assessment.ts';
import { parseSource } from '../src/source/parse-yaml.ts';
import { valueOf } from './_fixtures.ts';
import { runs } from './_runs.ts';

/**
 * The fast path (the shape checked by hand, fast-shape.ts, for data that is plainly valid) against
 * the full pipeline (zod describes the shape, then every reference): on generated assessments of the
 * real ladders, every example in matrices/examples, and mutations of them with hostile values, both
 * must give the same verdict, the same value and the same problems. The fast path may only ever be a
 * shortcut to the full pipeline's answer, never a different answer.
 */

const ladders = fileURLToPath(new URL('../../../matrices/', import.meta.url));
const framework: Framework = valueOf(
	parseFramework(readdirSync(ladders).filter((name) => name.endsWith('.yaml')).map((name) => ({ path: `matrices/${name}`, text: readFileSync(join(ladders, name), 'utf8') }))),
);
const examples = readdirSync(join(ladders, 'examples'))
	.filter((name) => name.endsWith('.yaml'))
	.map((name) => ({ name, data: parse(readFileSync(join(ladders, 'examples', name), 'utf8'), { version: '1.2' }) as Record<string, unknown> }));

/** What a result says, without the source frames (the same for both paths, and long). */
const verdict = (result: Result<unknown>) =>
	result.ok
		? { ok: true, value: result.value, warnings: result.warnings.map((p) => [p.code, p.path, p.line, p.column]) }
		: { ok: false, problems: result.problems.map((p) => [p.code, p.path, p.line, p.column]) };

/** The fast path and the full pipeline on one data object, and on its JSON text (a batch line). */
function expectAgreement(data: unknown, label: string): boolean {
	const fast = validateAssessment(data, framework, 'upload');
	const full = checkInput(dataSource('upload', data), framework, false);
	expect(verdict(fast), `${label} (data)`).toStrictEqual(verdict(full));
	const text = JSON.stringify(data);
	if (text !== undefined) {
		const fastText = parseAssessmentInput('line 1', text, framework);
		const source = parseSource({ path: 'line 1', text });
		const fullText = source.problems.length > 0 ? { ok: false as const, problems: source.problems } : checkInput(source.parsed, framework, false);
		expect(verdict(fastText), `${label} (text)`).toStrictEqual(verdict(fullText));
	}
	return fast.ok;
}

const scaleIds = framework.scale.values.map((v) => v.id);
const levelRefs = framework.ladders.flatMap((m) => m.levels.map((l) => ({ ladder: m.id, level: l.id })));
const day = fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const words = fc.string({ minLength: 1, maxLength: 40 }).filter((s) => /\S/.test(s));

/** Assessments of the real ladders, valid by construction: every id is drawn from the framework. */
const validAssessment = fc
	.record({ ladder: fc.constantFrom(...framework.ladders), target: fc.constantFrom(...levelRefs), role: fc.constantFrom('self', 'manager', 'peer') })
	.chain(({ ladder, target, role }) => {
		const targetLadder = framework.ladders.find((m) => m.id === target.ladder)!;
		const competencies = [...new Map([...ladder.competencies, ...targetLadder.competencies].map((c) => [c.id, c])).values()];
		const rating = (c: (typeof competencies)[number]) => {
			const statements = Object.values(c.expectations).flat().map((s) => s.id);
			const evidence = fc.record(
				{ summary: words, kind: fc.constantFrom(...EVIDENCE_KINDS), url: fc.constant('https://tickets.example/1'), date: day, statements: fc.subarray(statements) },
				{ requiredKeys: ['summary'] },
			);
			return fc.oneof(
				{ weight: 1, arbitrary: fc.constant(null) },
				{
					weight: 6,
					arbitrary: fc.record(
						{
							rating: fc.oneof(fc.constantFrom(...scaleIds), fc.constant(null)),
							confidence: fc.constantFrom('low', 'medium', 'high'),
							note: words,
							statements: fc.dictionary(fc.constantFrom(...statements), fc.constantFrom(...scaleIds), { maxKeys: 3 }),
							evidence: fc.array(evidence, { maxLength: 2 }),
							reassess: fc.boolean(),
						},
						{ requiredKeys: [] },
					),
				},
			);
		};
		return fc.record(
			{
				$schema: fc.constant('https://rungs.dev/schemas/assessment.schema.json'),
				format: fc.constant('rungs/assessment@1'),
				person: fc.record({ name: words, id: fc.constantFrom('hr-42', 'p1') }, { requiredKeys: ['name'] }),
				ladder: fc.constant({ id: ladder.id, version: ladder.version }),
				assessor: fc.record({ role: fc.constant(role), name: words }, { requiredKeys: ['role'] }),
				date: day,
				current: fc.constantFrom(...ladder.levels.map((l) => l.id)),
				target: fc.constant(target.ladder === ladder.id ? target.level : target),
				ratings: fc.record(Object.fromEntries(competencies.map((c) => [c.id, rating(c)])), { requiredKeys: [] }),
				notes: words,
				meta: fc.dictionary(fc.constantFrom('assessmentId', 'cycle', 'team'), words, { maxKeys: 3 }),
			},
			{ requiredKeys: ['format', 'person', 'ladder', 'assessor', 'date', 'current', 'target'] },
		);
	});

/** Values a careless or hostile host may put anywhere. */
const HOSTILE: unknown[] = [
	undefined, null, '', ' ', 0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, true, false, [], {}, [[]], { extra: 'key' },
	'constructor', '__proto__', 'prototype', 'toString', 'Bad Id', 'x'.repeat(65), 'x'.repeat(2_001), 'a\u001b[2Jb', 'a\u0000b', '\u202eevil',
	'сonsistently', 'consistently', 'developing', 'not-yet', 'senior', 'lead', 'representative', 'support-representative', '2.0.0', '1.0.0', '2026-02-30', '2026-12-07',
	'javascript:alert(1)', 'https://ok.example/', 'rungs/assessment@2', 'self', 'manager', 'high', 'review',
	new Date('2026-12-07T23:30:00Z'), new Date(Number.NaN), new Date('+010000-01-01T00:00:00Z'), Object.create(null), new (class Person { name = 'Ana'; })(), new Map(),
];

/** A value as a test label: `String` throws for an object with no prototype. */
const shown = (value: unknown): string => (value !== null && typeof value === 'object' ? (Array.isArray(value) ? 'an array' : `an object (${value.constructor?.name ?? 'no prototype'})`) : String(value).slice(0, 40));

/** Every path to a value in the data (arrays by index), the root aside. */
function pathsOf(value: unknown, path: Array<string | number> = []): Array<Array<string | number>> {
	if (value === null || typeof value !== 'object' || value instanceof Date) return [path];
	const entries = Array.isArray(value) ? value.map((v, i) => [i, v] as const) : Object.entries(value);
	return [path, ...entries.flatMap(([key, v]) => pathsOf(v, [...path, key]))];
}

/** A copy with `path` set to `value` (an own property, so `__proto__` is a key, not the prototype), or removed. */
function mutated(data: unknown, path: ReadonlyArray<string | number>, change: { value: unknown } | 'remove'): unknown {
	const copy = structuredClone(data) as Record<string | number, unknown>;
	let node = copy;
	for (const segment of path.slice(0, -1)) node = node[segment] as Record<string | number, unknown>;
	const last = path[path.length - 1]!;
	if (change === 'remove') delete node[last];
	else Object.defineProperty(node, last, { value: change.value, enumerable: true, writable: true, configurable: true });
	return copy;
}

/** A mutation of a valid assessment: a value replaced or removed, or a key added beside one. */
const mutation = (data: Record<string, unknown>) => {
	const paths = pathsOf(data).filter((p) => p.length > 0);
	return fc.oneof(
		fc.record({ path: fc.constantFrom(...paths), change: fc.constantFrom(...HOSTILE.map((value) => ({ value }))) }),
		fc.record({ path: fc.constantFrom(...paths), change: fc.constant('remove' as const) }),
		fc.record({
			path: fc.constantFrom(...paths).chain((p) => fc.constantFrom('__proto__', 'constructor', 'prototype', 'extra', 'Rating').map((key) => [...p.slice(0, -1), key])),
			change: fc.constantFrom(...HOSTILE.slice(0, 20).map((value) => ({ value }))),
		}),
	);
};

describe('the fast path and the full pipeline agree', () => {
	it('on every example assessment in matrices/examples, and every mutation of one value in each', { timeout: 600_000 }, () => {
		expect(examples.length).toBeGreaterThan(0);
		for (const { name, data } of examples) {
			expect(expectAgreement(data, name), `${name} is valid`).toBe(true);
			// Every path, removed and with a hostile value (each in turn): the full pipeline decides what each should give.
			const values = [null, 5, 'constructor', 'a\u001b[2Jb', new Date('2026-12-07T23:30:00Z'), {}, 'x'.repeat(2_001)];
			pathsOf(data)
				.filter((p) => p.length > 0)
				.forEach((path, i) => {
					expectAgreement(mutated(data, path, 'remove'), `${name} without ${path.join('.')}`);
					const value = values[i % values.length];
					expectAgreement(mutated(data, path, { value }), `${name}: ${path.join('.')} = ${shown(value)}`);
				});
		}
	});

	it('on generated valid assessments of the real ladders (valid on both paths)', { timeout: 600_000 }, () => {
		fc.assert(
			fc.property(validAssessment, (data) => {
				expect(expectAgreement(data, JSON.stringify(data).slice(0, 300))).toBe(true);
			}),
			{ numRuns: runs(200), seed: 20 },
		);
	});

	it('on generated assessments with one value made hostile: a wrong type, a prototype key, a huge or control string, a Date, null', { timeout: 600_000 }, () => {
		let valid = 0;
		fc.assert(
			fc.property(
				validAssessment.chain((data) => mutation(data).map((m) => ({ data, m }))),
				({ data, m }) => {
					if (expectAgreement(mutated(data, m.path, m.change), `${m.path.join('.')} ${m.change === 'remove' ? 'removed' : shown(m.change.value)}`)) valid++;
				},
			),
			{ numRuns: runs(400), seed: 2020 },
		);
		// Both verdicts occur, so the property compares accepting and refusing, not one of them twice.
		expect(valid).toBeGreaterThan(0);
		expect(valid).toBeLessThan(runs(400));
	});

	it('on dates given as Date objects and ratings drafted as null (data input only)', () => {
		const [first] = examples;
		const data = { ...first!.data, date: new Date('2026-12-07T00:00:00Z'), ratings: { ...(first!.data.ratings as object), 'customer-empathy': null } };
		expect(expectAgreement(data, 'a Date and a null rating')).toBe(true);
		expect(expectAgreement({ ...data, date: new Date(Number.NaN) }, 'an invalid Date')).toBe(false);
	});

	it('on strings past the size bound of a file and on a `__proto__` key parsed from JSON', () => {
		const [first] = examples;
		expect(expectAgreement({ ...first!.data, notes: 'x'.repeat(600_000) }, 'notes past 512 KiB')).toBe(false);
		const withProto = JSON.parse(`{"__proto__": {"polluted": true}, ${JSON.stringify(first!.data).slice(1)}`) as unknown;
		expect(expectAgreement(withProto, 'a __proto__ key')).toBe(false);
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
	});
});

describe('what the agreement found: hostile data gets a located problem, never a crash', () => {
	const [first] = examples;
	const codes = (data: unknown) => {
		const result = validateAssessment(data, framework, 'upload');
		return result.ok ? [] : result.problems.map((p) => [p.code, p.path.join('.')]);
	};
	it('a format that names what every object inherits, or an object with no prototype', () => {
		expect(codes({ ...first!.data, format: 'toString' })).toEqual([['FORMAT_UNKNOWN', 'format']]);
		expect(codes({ ...first!.data, format: Object.create(null) })).toEqual([['FORMAT_UNKNOWN', 'format']]);
	});
	it('an own `__proto__` key holding `constructor`', () => {
		const data = { ...first!.data };
		Object.defineProperty(data, '__proto__', { value: 'constructor', enumerable: true });
		expect(codes(data)).toEqual([['UNKNOWN_KEY', '__proto__']]);
	});
	it('a sparse evidence list beside a shape problem', () => {
		const data = structuredClone(first!.data) as { ratings: Record<string, { rating: unknown; evidence: unknown[] }> };
		const [id, rating] = Object.entries(data.ratings).find(([, r]) => r.evidence?.length > 0)!;
		delete rating.evidence[0];
		rating.rating = 5;
		expect(codes(data)).toEqual([
			['MISSING_FIELD', `ratings.${id}.evidence.0`],
			['WRONG_TYPE', `ratings.${id}.rating`],
		]);
	});
});
