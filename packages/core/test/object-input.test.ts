import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { problemsOf, assess, formatProblem, parseAssessment, summariseGapReport, validateAssessment, type Problem } from '@rungs/core';
import { META_LIMITS } from '@rungs/core/schema';
import { validFramework, valueOf } from './_fixtures.ts';

/** An assessment of the valid fixture ladder as a host holds it: plain data, from its own database. */
const row = () => ({
	format: 'rungs/assessment@1',
	person: { name: 'Ana', id: 'ana' },
	ladder: { id: 'rep', version: '1.0.0' },
	assessor: { role: 'manager', name: 'Sam' },
	date: '2026-10-08',
	current: 'senior',
	target: 'lead',
	ratings: {
		empathy: { rating: 'consistently' },
		troubleshooting: { rating: 'consistently', evidence: [{ summary: 'Took the outage calls.', url: 'https://tickets.example/1' }] },
		guardrails: { rating: 'developing' },
	} as Record<string, unknown>,
});

/** Nothing a reader of a data object cannot act on: no line, indentation, YAML or file to edit. */
function expectDataProblem(problem: Problem): void {
	expect(problem).not.toHaveProperty('line');
	expect(problem).not.toHaveProperty('column');
	expect(problem).not.toHaveProperty('endColumn');
	expect(problem.frame).toBe('');
	expect(`${problem.message} ${problem.hint ?? ''}`).not.toMatch(/indentation|YAML|\bline\b|\bfile\b|rungs migrate [^-`]/i);
}

describe('a data object as input', () => {
	it('locates a problem by data path, with wording for data, and prints it as `name: path`', () => {
		const data = { ...row(), ladder: { id: 'rep', version: '2.0.0' }, ratings: { ...row().ratings, empathy: { rating: 'consistantly' } } };
		const result = validateAssessment(data, validFramework(), 'assessment 42');
		expect(result.ok).toBe(false);
		expect(problemsOf(result).map((p) => [p.code, p.path])).toEqual([
			['LADDER_MAJOR_MISMATCH', ['ladder', 'version']],
			['UNKNOWN_SCALE_VALUE', ['ratings', 'empathy', 'rating']],
		]);
		for (const problem of problemsOf(result)) expectDataProblem(problem);
		expect(problemsOf(result)[0]!.hint).toMatch(/migrateAssessment/);
		expect(formatProblem(problemsOf(result)[1]!).split('\n')[0]).toBe('assessment 42: ratings.empathy.rating error UNKNOWN_SCALE_VALUE');
	});

	it('the same mistakes in text are located by line and column, with the text wording', () => {
		const text = stringify({ ...row(), ladder: { id: 'rep', version: '2.0.0' } });
		const [problem] = problemsOf(parseAssessment({ path: 'ana.yaml', text }, validFramework()));
		expect(problem).toMatchObject({ code: 'LADDER_MAJOR_MISMATCH', path: ['ladder', 'version'], line: 7 });
		expect(problem!.hint).toMatch(/rungs migrate ana\.yaml/);
	});

	it('keeps the value when the only problem is a warning, and says what the warning is', () => {
		const result = validateAssessment({ ...row(), ladder: { id: 'rep', version: '1.0.1' } }, validFramework(), 'row 7');
		expect(result.ok).toBe(true);
		expect(valueOf(result)).toMatchObject({ person: { id: 'ana' }, current: 'senior' });
		expect(problemsOf(result)).toEqual([expect.objectContaining({ code: 'LADDER_VERSION_MISMATCH', severity: 'warning', file: 'row 7', path: ['ladder', 'version'] })]);
		expectDataProblem(problemsOf(result)[0]!);
	});

	it('names what is wrong in the words of data: an object, an array, a string', () => {
		const result = validateAssessment({ ...row(), person: ['Ana'], ratings: { empathy: { rating: 3 } } }, validFramework());
		expect(problemsOf(result).map((p) => p.message)).toEqual([
			'`person` should be an object, not an array.',
			'`ratings.empathy.rating` should be a string, not a number (`3`).',
		]);
		for (const problem of problemsOf(result)) expectDataProblem(problem);
	});
});

describe('references are checked even when the shape fails elsewhere', () => {
	const masked = () => ({
		...row(),
		ratings: {
			// A bad address (a shape problem) …
			troubleshooting: { rating: 'consistently', evidence: [{ summary: 'Took the outage calls.', url: 'javascript:alert(1)' }] },
			// … an unknown competency, and a misspelt rating (reference problems), in the same assessment.
			empathi: { rating: 'consistently' },
			guardrails: { rating: 'developping' },
		},
	});

	it('in a data object: all three, by path', () => {
		const result = validateAssessment(masked(), validFramework(), 'upload');
		expect(problemsOf(result).map((p) => [p.code, p.path])).toEqual([
			['UNKNOWN_COMPETENCY', ['ratings', 'empathi']],
			['UNKNOWN_SCALE_VALUE', ['ratings', 'guardrails', 'rating']],
			['INVALID_VALUE', ['ratings', 'troubleshooting', 'evidence', 0, 'url']],
		]);
		expect(problemsOf(result)[0]!.hint).toMatch(/Did you mean `empathy`/);
		expect(problemsOf(result)[1]!.hint).toMatch(/Did you mean `developing`/);
		for (const problem of problemsOf(result)) expectDataProblem(problem);
	});

	it('in text: all three, by line and column', () => {
		const text = [
			'format: rungs/assessment@1',
			'person: { name: Ana }',
			'ladder: { id: rep, version: 1.0.0 }',
			'assessor: { role: self }',
			'date: 2026-10-08',
			'current: senior',
			'target: lead',
			'ratings:',
			'  troubleshooting:',
			'    rating: consistently',
			'    evidence:',
			'      - summary: Took the outage calls.',
			'        url: javascript:alert(1)',
			'  empathi:',
			'    rating: consistently',
			'  guardrails:',
			'    rating: developping',
			'',
		].join('\n');
		const result = parseAssessment({ path: 'ana.yaml', text }, validFramework());
		expect(problemsOf(result).map((p) => `${p.code} ${p.line}:${p.column}`)).toEqual(['INVALID_VALUE 13:14', 'UNKNOWN_COMPETENCY 14:3', 'UNKNOWN_SCALE_VALUE 17:13']);
	});

	it('a part that cannot be read is left to its shape problem, never reported twice', () => {
		const result = validateAssessment({ ...row(), ladder: { id: 'rep', version: 'one' }, current: 7, ratings: { empathy: { rating: 'Bad Id' }, guardrails: 'yes' } }, validFramework());
		expect(problemsOf(result).map((p) => [p.code, p.path])).toEqual([
			['WRONG_TYPE', ['current']],
			['INVALID_VALUE', ['ladder', 'version']],
			['INVALID_ID', ['ratings', 'empathy', 'rating']],
			['WRONG_TYPE', ['ratings', 'guardrails']],
		]);
	});
});

describe('room for the host', () => {
	it('meta travels to the report and the summary unchanged', () => {
		const meta = { assessmentId: 'a-1029', cycle: '2026 H2', 'ünïcode key': 'välue' };
		const result = validateAssessment({ ...row(), meta }, validFramework());
		if (!result.ok) throw new Error(JSON.stringify(result.problems));
		const report = valueOf(assess(validFramework(), result.value));
		expect(report.meta).toEqual(meta);
		expect(summariseGapReport(report).meta).toEqual(meta);
		// Without meta, neither carries the key.
		const plain = validateAssessment(row(), validFramework());
		expect(plain.ok && 'meta' in valueOf(assess(validFramework(), plain.value))).toBe(false);
	});

	it('meta in a file reads the same', () => {
		const result = parseAssessment({ path: 'ana.yaml', text: stringify({ ...row(), meta: { id: '7' } }) }, validFramework());
		expect(result.ok && result.value.meta).toEqual({ id: '7' });
	});

	it('refuses oversize meta with a located problem', () => {
		const many = Object.fromEntries(Array.from({ length: META_LIMITS.keys + 1 }, (_, i) => [`k${i}`, 'v']));
		const cases: Array<[unknown, string, Array<string | number>]> = [
			[many, 'INVALID_VALUE', ['meta']],
			[{ ['k'.repeat(META_LIMITS.key + 1)]: 'v' }, 'TEXT_TOO_LONG', ['meta', 'k'.repeat(META_LIMITS.key + 1)]],
			[{ id: 'v'.repeat(META_LIMITS.value + 1) }, 'TEXT_TOO_LONG', ['meta', 'id']],
			[{ id: 7 }, 'WRONG_TYPE', ['meta', 'id']],
			[{ id: { nested: 'no' } }, 'WRONG_TYPE', ['meta', 'id']],
			[{ constructor: 'x' }, 'INVALID_VALUE', ['meta', 'constructor']],
			[JSON.parse('{"__proto__": "x"}'), 'INVALID_ID', ['meta', '__proto__']],
			[{ id: 'a\u001b[2Jb' }, 'INVALID_VALUE', ['meta', 'id']],
		];
		for (const [meta, code, path] of cases) {
			const result = validateAssessment({ ...row(), meta }, validFramework(), 'upload');
			expect(result.ok, JSON.stringify(meta).slice(0, 80)).toBe(false);
			expect(problemsOf(result), JSON.stringify(meta).slice(0, 80)).toEqual([expect.objectContaining({ code, path })]);
			expectDataProblem(problemsOf(result)[0]!);
		}
		// The same bound holds in a file, located by line.
		const text = stringify({ ...row(), meta: { id: 'v'.repeat(META_LIMITS.value + 1) } });
		expect(problemsOf(parseAssessment({ path: 'a.yaml', text }, validFramework()))).toEqual([
			expect.objectContaining({ code: 'TEXT_TOO_LONG', path: ['meta', 'id'], line: text.split('\n').findIndex((l) => l.includes('vvvv')) + 1 }),
		]);
	});

	it('a draft may hold unrated competencies as null, reported as unrated', () => {
		const result = validateAssessment({ ...row(), ratings: { empathy: null, troubleshooting: { rating: null, note: 'Next week.' }, guardrails: { rating: 'developing' } } }, validFramework());
		if (!result.ok) throw new Error(JSON.stringify(result.problems));
		const statuses = Object.fromEntries(valueOf(assess(validFramework(), result.value)).competencies.map((c) => [c.id, c.status]));
		expect(statuses).toEqual({ empathy: 'unrated', troubleshooting: 'unrated', guardrails: expect.not.stringMatching('unrated') });
		// In a file too (`~` is YAML's null).
		const text = stringify({ ...row(), ratings: { empathy: null } });
		expect(parseAssessment({ path: 'draft.yaml', text }, validFramework()).ok).toBe(true);
	});

	it('accepts a Date for a date, as its UTC day; an invalid Date is a problem, not a throw', () => {
		const data = { ...row(), date: new Date('2026-03-04T23:30:00Z'), ratings: { empathy: { rating: 'consistently', evidence: [{ summary: 'A call.', date: new Date(Date.UTC(2026, 1, 28)) }] } } };
		const result = validateAssessment(data, validFramework());
		if (!result.ok) throw new Error(JSON.stringify(result.problems));
		expect(result.value.date).toBe('2026-03-04');
		expect(result.value.ratings.empathy!.evidence[0]!.date).toBe('2026-02-28');
		let invalid: ReturnType<typeof validateAssessment> | undefined;
		expect(() => (invalid = validateAssessment({ ...row(), date: new Date('not a date') }, validFramework()))).not.toThrow();
		expect(problemsOf(invalid!)).toEqual([expect.objectContaining({ code: 'WRONG_TYPE', path: ['date'], message: '`date` should be a string, not an invalid Date.' })]);
	});
});
