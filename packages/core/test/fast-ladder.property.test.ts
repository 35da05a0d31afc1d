import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import type { SourceFile } from '@rungs/core';
import { dataSource } from '../src/diagnostics/locate.ts';
import { parseFrameworkFiles } from '../src/pipeline/parse-framework.ts';
import { isReservedId } from '../src/schema/common.ts';
import { LadderFileSchema } from '../src/schema/ladder.ts';
import { checkSchema } from '../src/shape/check-schema.ts';
import { compileShape } from '../src/shape/compile-shape.ts';
import { syntheticFiles } from '../../../bench/synthetic.js';
import { validSources, withFile } from './_fixtures.ts';
import { runs } from './_runs.ts';

/**
 * The ladder's shape checked by hand (compile-shape.ts) against zod and check-schema: for real,
 * fixture, generated and mutated ladders, a ladder the hand check accepts is one the full check
 * accepts with no problem and the very same value (same keys, same order); and a folder loads to
 * the same result, problems and all (codes, messages, places, hints), on both paths.
 */

const repo = fileURLToPath(new URL('../../../', import.meta.url));
const fast = compileShape(LadderFileSchema);

const yamlIn = (dir: string): SourceFile[] =>
	readdirSync(dir)
		.filter((name) => name.endsWith('.yaml'))
		.sort()
		.map((name) => ({ path: `${dir.slice(repo.length)}/${name}`, text: readFileSync(join(dir, name), 'utf8') }));

/** Every YAML file under a folder, at any depth. */
const yamlUnder = (dir: string): SourceFile[] => [
	...yamlIn(dir),
	...readdirSync(dir)
		.filter((name) => statSync(join(dir, name)).isDirectory())
		.flatMap((name) => yamlUnder(join(dir, name))),
];

const matrices = yamlIn(join(repo, 'matrices'));
const fixtures = validSources();
const synthetic = Object.entries(syntheticFiles({ ladders: 4, moves: 'varied' })).map(([path, text]) => ({ path, text }));

/** The whole result of loading a folder, on the hand-checked path and on zod's. */
function expectSameLoad(sources: readonly SourceFile[], label: string): boolean {
	const byHand = parseFrameworkFiles(sources, {}, true);
	const byZod = parseFrameworkFiles(sources, {}, false);
	expect(byHand, label).toStrictEqual(byZod);
	// Key order too: exports and pages list what they are given in its order.
	expect(JSON.stringify(byHand), label).toBe(JSON.stringify(byZod));
	return byHand.result.ok;
}

/** What the hand check says of one ladder's data: nothing, or exactly what the full check gives. */
function expectSameShape(data: unknown, label: string): boolean {
	const value = fast(data);
	if (value === undefined) return false;
	const full = checkSchema(LadderFileSchema, dataSource('ladder', data));
	expect(full.problems, label).toStrictEqual([]);
	expect(value, label).toStrictEqual(full.value);
	expect(JSON.stringify(value), label).toBe(JSON.stringify(full.value));
	return true;
}

const isLadder = (file: SourceFile) => /^format:\s*rungs\/ladder@1\s*$/m.test(file.text);

describe('the hand-checked ladder shape and zod agree', () => {
	it('on every real ladder and every synthetic one: accepted by hand, with the same value', () => {
		for (const file of [...matrices, ...synthetic, ...fixtures].filter(isLadder)) {
			expect(expectSameShape(parse(file.text, { logLevel: 'silent' }), file.path), `${file.path} is plainly valid`).toBe(true);
		}
		expect(expectSameLoad(matrices, 'matrices')).toBe(true);
		expect(expectSameLoad(synthetic, 'synthetic')).toBe(true);
	});

	it('on every fixture, broken or not, loaded in the valid fixture set (test/fixtures, tests/fixtures)', { timeout: 600_000 }, () => {
		const files = [...yamlUnder(join(repo, 'packages/core/test/fixtures')), ...yamlUnder(join(repo, 'tests/fixtures'))];
		expect(files.length).toBeGreaterThan(50);
		for (const file of files) {
			// Hostile cases name the file of the set they stand for: `<what>.<target>.yaml`.
			const target = /\.([a-z0-9-]+)\.yaml$/.exec(file.path)?.[1] ?? 'extra';
			expectSameLoad(withFile(fixtures, { path: `fixtures/${target}.yaml`, text: file.text }), file.path);
			let data: unknown;
			try {
				data = parse(file.text, { logLevel: 'silent' });
			} catch {
				continue;
			}
			expectSameShape(data, file.path);
		}
	});
});

/** Ladders valid in shape by construction, each optional part present or not: how zod fills in what is absent. */
const id = fc.stringMatching(/^[a-z][a-z0-9]{0,6}(?:[-_.][a-z0-9]{1,5}){0,2}$/).filter((s) => !isReservedId(s));
// Not `constructor` (fast-check likes it): the hand check refuses such a string anywhere, zod only as an id.
const words = fc.string({ minLength: 1, maxLength: 30 }).filter((s) => /\S/.test(s) && !/[\u0000-\u001F\u007F-\u009F]/.test(s) && !isReservedId(s));
const statement = fc.oneof(words, fc.record({ id, text: words }));
const levelsSpec = fc.oneof(fc.record({ from: id, upTo: id }, { requiredKeys: [] }), fc.array(id, { maxLength: 3 }));
const weight = fc.constantFrom(0.01, 0.5, 1, 2.25, 10, 0.333, 11);
const statementsPer = (levelIds: string[]) => fc.dictionary(fc.constantFrom(...levelIds), fc.array(statement, { minLength: 1, maxLength: 3 }), { maxKeys: levelIds.length });
const generatedLadder = fc.uniqueArray(id, { minLength: 2, maxLength: 5 }).chain((levelIds) =>
	fc.record(
		{
			$schema: fc.constant('https://rungs.dev/schemas/ladder.schema.json'),
			format: fc.constant('rungs/ladder@1'),
			id,
			version: fc.constantFrom('1.0.0', '2.10.3-beta.1'),
			title: words,
			summary: words,
			status: fc.constantFrom('draft', 'published', 'deprecated'),
			updated: fc.constantFrom('2026-01-31', '2024-02-29'),
			license: words,
			sources: fc.array(fc.record({ title: words, url: fc.constantFrom('https://example.com/a', 'http://x.example'), note: words }, { requiredKeys: ['title'] }), { maxLength: 2 }),
			readiness: fc.constantFrom({ rule: 'all-at-target' }, { rule: 'n-of-m', minShare: 0.5, floor: 'developing' }, { rule: 'weighted-points', points: { a: 0, b: 2 }, minShare: 1, requireEvidence: true }),
			eachLevel: fc.constantFrom('adds-to-below', 'replaces-below'),
			levels: fc.tuple(...levelIds.map((levelId) =>
				fc.record(
					{
						id: fc.constant(levelId),
						title: words,
						band: fc.constantFrom('P1', 'IC10', 'a.b'),
						summary: words,
						scope: words,
						ownership: words,
						initiative: words,
						authority: fc.record(
							{ decideAlone: fc.array(fc.record({ id, text: words, limit: words }, { requiredKeys: ['id', 'text'] }), { maxLength: 2 }), outOfScope: fc.array(words, { maxLength: 2 }), escalateWhen: fc.array(words, { maxLength: 2 }), tooSafe: fc.array(words, { maxLength: 2 }) },
							{ requiredKeys: [] },
						),
						metricsUrl: fc.constant('https://metrics.example/level'),
					},
					{ requiredKeys: ['id', 'title'] },
				),
			)),
			sharedCompetencies: fc.array(
				fc.record({ id, required: fc.boolean(), weight, levels: levelsSpec, expectations: statementsPer(levelIds), levelNotes: fc.dictionary(fc.constantFrom(...levelIds), words), evidenceExamples: fc.array(words, { maxLength: 2 }) }, { requiredKeys: ['id'] }),
				{ maxLength: 2 },
			),
			competencies: fc.array(
				fc.record(
					{ id, name: words, category: fc.constantFrom('craft', 'conduct'), description: words, required: fc.boolean(), weight, levels: levelsSpec, expectations: statementsPer(levelIds), levelNotes: fc.dictionary(fc.constantFrom(...levelIds), words), evidenceExamples: fc.array(words, { maxLength: 2 }) },
					{ requiredKeys: ['id', 'name', 'category', 'expectations'] },
				),
				{ maxLength: 3 },
			),
		},
		{ requiredKeys: ['format', 'id', 'version', 'title', 'levels'] },
	),
);

describe('the hand-checked ladder shape and zod agree on generated ladders', () => {
	it('valid in shape: accepted by hand with zod\'s value, and the same load as text', { timeout: 600_000 }, () => {
		let accepted = 0;
		fc.assert(
			fc.property(generatedLadder, (data) => {
				// A weight of 11 or 0.333 is out of bounds: zod refuses it, and so must the hand check.
				if (expectSameShape(data, JSON.stringify(data).slice(0, 300))) accepted++;
				else expect(checkSchema(LadderFileSchema, dataSource('ladder', data)).problems.length).toBeGreaterThan(0);
				expectSameLoad(withFile(fixtures, { path: 'fixtures/generated.yaml', text: stringify(data) }), JSON.stringify(data).slice(0, 300));
			}),
			{ numRuns: runs(150), seed: 1125 },
		);
		expect(accepted).toBeGreaterThan(runs(150) / 4);
	});
});

/** Values a careless or hostile author may write anywhere. */
const HOSTILE: unknown[] = [
	null, '', ' ', 0, -1, 1.5, 0.001, 10.5, Number.NaN, true, false, [], {}, [[]], { extra: 'key' }, ['a'], ['a', 'b'],
	'constructor', '__proto__', 'prototype', 'toString', 'hasOwnProperty', 'Bad Id', 'x'.repeat(65), 'x'.repeat(121), 'x'.repeat(2_001), 'a\u001b[2Jb', 'a\u0000b', 'a\u0085b', '\u202eevil',
	'published', 'draft', 'replaces-below', 'rungs/ladder@2', '1.0.0', '2.0', '2026-02-30', '2026-12-07', '2026-12-07T23:30:00Z',
	'javascript:alert(1)', 'https://ok.example/', 'P3', 'senior', 'craft', { rule: 'all-at-target' }, { rule: 'n-of-m', minShare: 2 }, { from: 'senior' },
	new Date('2026-12-07T23:30:00Z'),
];
const KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'extra', 'Title', 'band', 'summary', 'required', 'weight', 'levels', 'tooSafe', 'limit', 'derivedId'];

const shown = (value: unknown): string => (value !== null && typeof value === 'object' ? JSON.stringify(value) ?? 'an object' : String(value).slice(0, 40));

/** Every path to a value in the data (arrays by index), the root aside. */
function pathsOf(value: unknown, path: Array<string | number> = []): Array<Array<string | number>> {
	if (value === null || typeof value !== 'object') return [path];
	const entries = Array.isArray(value) ? value.map((v, i) => [i, v] as const) : Object.entries(value);
	return [path, ...entries.flatMap(([key, v]) => pathsOf(v, [...path, key]))];
}

type Change = { value: unknown } | 'remove' | { rename: string };

/** A copy with `path` set (an own property, so `__proto__` is a key), removed, or its key renamed in place. */
function mutated(data: unknown, path: ReadonlyArray<string | number>, change: Change): unknown {
	const copy = structuredClone(data) as Record<string | number, unknown>;
	let node = copy;
	for (const segment of path.slice(0, -1)) node = node[segment] as Record<string | number, unknown>;
	const last = path[path.length - 1]!;
	if (change === 'remove') delete node[last];
	else if ('rename' in change) {
		if (Array.isArray(node)) return copy;
		// In place: the keys after it keep their order, as in a file where one key was mistyped.
		const entries = Object.entries(node);
		for (const key of Object.keys(node)) delete node[key];
		for (const [key, value] of entries) Object.defineProperty(node, key === last ? change.rename : key, { value, enumerable: true, writable: true, configurable: true });
	} else Object.defineProperty(node, last, { value: change.value, enumerable: true, writable: true, configurable: true });
	return copy;
}

/** `summary` → `sumary`, `levels` → `levles`: the typos MISSPELT_KEY is for. */
const misspelt = (key: string, at: number): string => {
	const i = at % Math.max(1, key.length - 1);
	return key.length < 3 ? `${key}x` : at % 2 === 0 ? key.slice(0, i) + key.slice(i + 1) : key.slice(0, i) + key[i + 1] + key[i] + key.slice(i + 2);
};

/** A ladder to mutate, and the folder it loads in. */
interface Base {
	name: string;
	data: Record<string, unknown>;
	folder: readonly SourceFile[];
	path: string;
}
const bases: Base[] = [
	...[matrices, fixtures, synthetic].flatMap((folder) =>
		folder.filter(isLadder).map((file) => ({ name: file.path, data: parse(file.text, { logLevel: 'silent' }) as Record<string, unknown>, folder, path: file.path })),
	),
];

const mutation = (base: Base) => {
	const paths = pathsOf(base.data).filter((p) => p.length > 0);
	return fc.oneof(
		fc.record({ path: fc.constantFrom(...paths), change: fc.constantFrom(...HOSTILE.map((value): Change => ({ value }))) }),
		fc.record({ path: fc.constantFrom(...paths), change: fc.constant<Change>('remove') }),
		fc.record({
			path: fc.constantFrom(...paths).chain((p) => fc.constantFrom(...KEYS).map((key) => [...p.slice(0, -1), key])),
			change: fc.constantFrom(...HOSTILE.slice(0, 24).map((value): Change => ({ value }))),
		}),
		fc
			.record({ path: fc.constantFrom(...paths.filter((p) => typeof p[p.length - 1] === 'string')), at: fc.nat() })
			.map(({ path, at }) => ({ path, change: { rename: misspelt(String(path[path.length - 1]), at) } as Change })),
	);
};

describe('the hand-checked ladder shape and zod agree on mutated ladders', () => {
	it('one value made hostile, removed, a key added or misspelt: the same shape, and the same load as text', { timeout: 600_000 }, () => {
		let accepted = 0;
		let loaded = 0;
		fc.assert(
			fc.property(
				fc.constantFrom(...bases).chain((base) => mutation(base).map((m) => ({ base, m }))),
				({ base, m }) => {
					const data = mutated(base.data, m.path, m.change);
					const label = `${base.name}: ${m.path.join('.')} ${m.change === 'remove' ? 'removed' : 'rename' in m.change ? `renamed ${m.change.rename}` : `= ${shown(m.change.value)}`}`;
					if (expectSameShape(data, label)) accepted++;
					let text: string;
					try {
						text = stringify(data);
					} catch {
						return;
					}
					if (expectSameLoad(withFile(base.folder, { path: base.path, text }), label)) loaded++;
				},
			),
			{ numRuns: runs(150), seed: 2026 },
		);
		// Both verdicts occur, so the property compares accepting and refusing, not one of them twice.
		expect(accepted).toBeGreaterThan(0);
		expect(accepted).toBeLessThan(runs(150));
		expect(loaded).toBeGreaterThan(0);
	});

	it('a `__proto__` key parsed from text at the top, in a level and in expectations: refused by hand, reported by zod', () => {
		const [base] = bases.filter((b) => b.folder === fixtures);
		for (const at of [[], ['levels', 0], ['competencies', 0, 'expectations']] as Array<Array<string | number>>) {
			const data = mutated(base!.data, [...at, '__proto__'], { value: { polluted: true } });
			expect(fast(data), at.join('.')).toBeUndefined();
			expectSameLoad(withFile(base!.folder, { path: base!.path, text: stringify(data) }), at.join('.'));
		}
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
	});
});
