import { describe, expect, it } from 'vitest';
import { problemsOf, parseAssessment, validateAssessment } from '@rungs/core';
import { AssessmentSchema } from '@rungs/core/schema';
import { validFramework } from './_fixtures.ts';

/**
 * validateAssessment checks the shape of a data object by hand when it is plainly valid, and asks
 * zod otherwise. The hand check may only ever be stricter: on every mutation of a rich assessment it
 * must give zod's answer, zod's value key for key, and the same verdict as the same data as text.
 */
const rich = () => ({
	$schema: 'https://rungs.dev/schemas/assessment.schema.json',
	format: 'rungs/assessment@1',
	person: { name: 'Ana', id: 'hr-42' },
	ladder: { id: 'rep', version: '1.0.0' },
	assessor: { role: 'manager', name: 'Sam' },
	date: '2026-10-08',
	current: 'senior',
	target: { ladder: 'rep', level: 'lead' },
	ratings: {
		empathy: { rating: 'consistently', confidence: 'high', note: 'Calm on hard calls.', statements: { 'coaches-tone': 'developing' }, reassess: false },
		troubleshooting: {
			rating: 'developing',
			evidence: [{ summary: 'Took the outage calls.', kind: 'incident', url: 'https://tickets.example/1', date: '2026-09-30', statements: ['escalation-point'] }],
		},
		guardrails: { rating: null, confidence: 'low' },
	} as Record<string, unknown>,
	notes: 'Talk about the on-call rota.',
	meta: { assessmentId: 'a-1', cycle: '2026 H2' },
});

/** Every path to a value in the data. */
function pathsOf(value: unknown, path: Array<string | number> = []): Array<Array<string | number>> {
	if (value === null || typeof value !== 'object') return [path];
	const entries = Array.isArray(value) ? value.map((v, i) => [i, v] as const) : Object.entries(value);
	return [path, ...entries.flatMap(([key, v]) => pathsOf(v, [...path, key]))];
}

function withValue(data: unknown, path: ReadonlyArray<string | number>, value: unknown, remove = false): unknown {
	const copy = structuredClone(data) as Record<string | number, unknown>;
	let node: Record<string | number, unknown> = copy;
	for (const segment of path.slice(0, -1)) node = node[segment] as Record<string | number, unknown>;
	const last = path[path.length - 1]!;
	if (remove) delete node[last];
	else Object.defineProperty(node, last, { value, enumerable: true, writable: true, configurable: true });
	return copy;
}

/** Fields of free text, where `constructor` is just a word. */
const isFreeText = (path: string[]) => ['$schema', 'name', 'note', 'notes', 'summary', 'url'].includes(path[path.length - 1]!) || path[0] === 'meta' || path.join('.') === 'person.id';

/** Paths of what Rungs refuses though zod accepts it: own `__proto__` keys, `constructor` as an id or key, control characters. */
function hostile(value: unknown, path: string[] = []): string[] {
	if (typeof value === 'string') return (value === 'constructor' && !isFreeText(path)) || /[\u0000-\u0008\u000E-\u001F\u007F-\u009F]/.test(value) ? [path.join('.')] : [];
	if (value === null || typeof value !== 'object') return [];
	return Object.keys(value).flatMap((key) =>
		key === '__proto__' || key === 'constructor' ? [[...path, key].join('.')] : hostile((value as Record<string, unknown>)[key], [...path, key]),
	);
}

const REPLACEMENTS: unknown[] = [
	undefined, null, '', ' ', 'developing', 'lead', 'Bad Id', 'constructor', 'a\u001b[2Jb', 'x'.repeat(3000), 5, true, [], {}, ['developing'],
	{ extra: 'key' }, '2026-02-30', 'javascript:alert(1)', 'https://ok.example/', 'rungs/assessment@2', 'self', 'medium', 'review',
];

describe('the hand-checked shape of a data object', () => {
	const framework = validFramework();
	const cases: Array<[string, unknown]> = [['as it is', rich()]];
	for (const path of pathsOf(rich())) {
		if (path.length === 0) continue;
		cases.push([`without ${path.join('.')}`, withValue(rich(), path, undefined, true)]);
		for (const value of REPLACEMENTS) cases.push([`${path.join('.')} = ${JSON.stringify(value)?.slice(0, 20)}`, withValue(rich(), path, value)]);
		if (typeof path[path.length - 1] === 'string') {
			for (const key of ['__proto__', 'constructor', 'prototype']) cases.push([`${path.join('.')} beside ${key}`, withValue(rich(), [...path.slice(0, -1), key], 'x')]);
		}
	}
	cases.push(['an unknown key at the top', { ...rich(), extra: 1 }], ['a class instance for person', { ...rich(), person: new (class { name = 'Ana'; })() }]);

	it(`gives zod's answer and value on ${cases.length} mutations, and the verdict of the same data as text`, { timeout: 120_000 }, () => {
		for (const [name, data] of cases) {
			const result = validateAssessment(data, framework);
			const zod = AssessmentSchema.safeParse(data);
			if (result.ok) {
				expect(zod.success, name).toBe(true);
				// What zod lets through and Rungs refuses as hostile: a `__proto__` key, the id `constructor`, control characters.
				expect(hostile(data), name).toEqual([]);
				// Key for key, an explicit `undefined` included.
				expect(result.value, name).toStrictEqual(zod.data);
			}
			const text = JSON.stringify(data);
			expect(parseAssessment({ path: 'a.json', text }, framework).ok, `${name}: ${text.slice(0, 200)}`).toBe(validateAssessment(JSON.parse(text), framework).ok);
		}
	});

	it('accepts the rich assessment itself (so the mutations start from valid data)', () => {
		expect(problemsOf(validateAssessment(rich(), framework))).toEqual([]);
	});
});
