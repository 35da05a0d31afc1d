import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import {
	assess,
	decodeSource,
	formatProblems,
	MAX_SOURCE_BYTES,
	parseAssessment,
	parseFramework,
	PROBLEM_CODES,
	PROBLEMS,
	validateAssessment,
	type Framework,
	type LoadResult,
	type Problem,
	type ProblemCode,
	type SourceFile,
} from '@rungs/core';
import { loadMatrices, readSourceFile } from '@rungs/core/node';
import { ASSESSMENT_PATH, validFramework, validSources, withFile } from './_fixtures.ts';
import { hostileCases, VALID_DIR as VALID, type HostileCase } from './_hostile.ts';

/*
 * Hostile and broken input. Every file in fixtures/hostile/ is named `<what it is>.<target>.yaml` and
 * starts with `# <what it is>: expect <CODE> at <line>:<column>` (or `expect loads`). It is read as
 * bytes, decoded by the library (decodeSource) and loaded, as the real loaders do:
 * - target `assessment`: parsed as an assessment against the valid fixture framework;
 * - `framework`, `shared-competencies`, `career-paths`, `rep`, `engineer`: it replaces that file of the valid set;
 * - anything else (`mini`, `notes`): it is added to the valid set as `<target>.yaml`.
 * Whatever the file, nothing throws, every problem is located and framed with a catalog code, the
 * expected one is where a reader would look, and Object.prototype stays clean.
 * Cases too large to commit (10 MB, 10,000 brackets, floods of aliases, keys and errors) are generated below,
 * with time and memory bounds: generous safety limits that catch a hang or a blow-up, not benchmarks.
 */


/** A corpus case, with the path it is loaded under. */
type Case = HostileCase & { path: string };
const cases: Case[] = hostileCases().map((c) => ({ ...c, path: c.target === 'assessment' ? ASSESSMENT_PATH : `fixtures/${c.target}.yaml` }));

/** Loads a case as the library's users do: bytes decoded, then parsed as a ladder of the set or as an assessment. */
function load(fixture: Case): LoadResult<unknown> {
	const decoded = decodeSource(fixture.path, fixture.bytes);
	if (decoded.problems.length > 0) return { ok: false, problems: decoded.problems };
	if (fixture.target === 'assessment') return parseAssessment(decoded.file, validFramework());
	return parseFramework(withFile(validSources(), decoded.file));
}

/** No character in text that would drive a terminal or hide from a reader. */
const PRINTABLE = /^[^\p{Cc}\p{Cf}\p{Zl}\p{Zp}]*$/u;

/**
 * What every problem, of any input, must be: a catalog code, a place, a frame that marks that place.
 * Data with no text behind it (it could not even be written out as JSON) has no source to frame:
 * then, where `noSource` allows it, no frame at all, at 1:1.
 */
function expectWellFormed(problem: Problem, { noSource = false } = {}): void {
	expect(PROBLEM_CODES).toContain(problem.code);
	expect(problem.severity).toBe(PROBLEMS[problem.code].severity);
	expect(problem.line).toBeGreaterThanOrEqual(1);
	expect(problem.column).toBeGreaterThanOrEqual(1);
	expect(problem.endColumn).toBeGreaterThan(problem.column);
	expect(problem.message).toMatch(/\S/);
	if (noSource && problem.frame === '') expect(problem).toMatchObject({ line: 1, column: 1 });
	else expect(problem.frame).toMatch(new RegExp(`^> +${problem.line} \\|`, 'm'));
	for (const text of [problem.message, problem.hint ?? '', ...problem.frame.split('\n')]) expect(text).toMatch(PRINTABLE);
}

const summary = (p: Problem) => `${p.code} ${p.file}:${p.line}:${p.column}`;
const expectNoDuplicates = (problems: readonly Problem[]) => {
	const keys = problems.map((p) => `${summary(p)} ${p.message}`);
	expect(keys.filter((k, i) => keys.indexOf(k) !== i)).toEqual([]);
};

/** Codes after which the parser's own later confusion is not shown: the file has exactly this one problem. */
const ALONE = new Set<ProblemCode>(['YAML_SYNTAX', 'YAML_UNKNOWN_TAG', 'YAML_TOO_DEEP', 'YAML_ALIAS_LIMIT', 'YAML_DUPLICATE_KEY', 'FILE_NOT_TEXT', 'FILE_EMPTY', 'FILE_TOO_LARGE']);

function expectCase(fixture: Case, result: LoadResult<unknown>): void {
	for (const problem of result.problems) expectWellFormed(problem);
	expectNoDuplicates(result.problems);
	// A broken file causes no problem in the files around it.
	expect(result.problems.filter((p) => p.file !== fixture.path).map(summary)).toEqual([]);
	if (fixture.expected.loads) {
		expect(result.problems.map(summary)).toEqual([]);
		expect(result.ok).toBe(true);
		return;
	}
	const { code, line, column } = fixture.expected;
	expect(result.ok).toBe(false);
	const wanted = `${code} ${fixture.path}:${line}:${column}`;
	expect(result.problems.map(summary)).toContain(wanted);
	if (ALONE.has(code)) expect(result.problems.map(summary)).toEqual([wanted]);
	// The frame marks the offending line, as the reader sees it (invisible characters made visible).
	const problem = result.problems.find((p) => summary(p) === wanted)!;
	const text = new TextDecoder('utf-8').decode(fixture.bytes).replace(/^\uFEFF/, '');
	const offending = (text.split(/\r\n|\r|\n/)[line - 1] ?? '').replace(/\t/g, ' ').slice(0, 40).replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\uFFFD].*$/su, '').trimEnd();
	expect(problem.frame.split('\n').find((l) => l.startsWith('>'))).toContain(offending);
}

afterEach(() => {
	// Nothing a file says reaches the prototype every object shares, or the globals.
	expect(({} as Record<string, unknown>).polluted).toBeUndefined();
	expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(OBJECT_PROTOTYPE);
	expect((globalThis as Record<string, unknown>).pwned).toBeUndefined();
	expect(Object.keys(Object)).toEqual([]);
});
const OBJECT_PROTOTYPE = Object.getOwnPropertyNames(Object.prototype).sort();

describe('the hostile corpus', () => {
	it('has a file for every kind of broken and hostile input', () => {
		expect(cases.length).toBeGreaterThanOrEqual(70);
		const loads = cases.filter((c) => c.expected.loads).map((c) => c.name);
		expect(loads).toEqual(expect.arrayContaining(['byte-order-mark.mini.yaml', 'crlf-line-endings.mini.yaml', 'prototype-as-competency-id.mini.yaml']));
	});

	it.each(cases.map((c) => [`${c.name}: ${c.expected.loads ? 'loads' : `${c.expected.code} at ${c.expected.line}:${c.expected.column}`}`, c] as const))(
		'%s',
		(_title, fixture) => {
			let result: LoadResult<unknown> | undefined;
			expect(() => (result = load(fixture))).not.toThrow();
			expectCase(fixture, result!);
		},
	);

	// The same files from disk, through loadMatrices and readSourceFile, as the command line and the site read them.
	describe('through loadMatrices', () => {
		const scratch = mkdtempSync(join(tmpdir(), 'rungs-hostile-'));
		afterAll(() => rmSync(scratch, { recursive: true, force: true }));
		const ladders = cases.filter((c) => c.target !== 'assessment');
		it.each(ladders.map((c) => [c.name, c] as const))('%s', async (_name, fixture) => {
			const dir = join(scratch, fixture.name);
			cpSync(VALID, dir, { recursive: true });
			writeFileSync(join(dir, `${fixture.target}.yaml`), fixture.bytes);
			const result = await loadMatrices(dir);
			const path = join(dir, `${fixture.target}.yaml`);
			for (const problem of result.problems) expectWellFormed(problem);
			expectNoDuplicates(result.problems);
			if (fixture.expected.loads) expect(result.problems.map(summary)).toEqual([]);
			else expect(result.problems.map(summary)).toContain(`${fixture.expected.code} ${path}:${fixture.expected.line}:${fixture.expected.column}`);
		});
	});
});

const caseNamed = (name: string) => cases.find((c) => c.name === name)!;
const problemsOf = (name: string) => load(caseNamed(name)).problems;

describe('what the corpus shows', () => {
	it('a byte-order mark, CRLF and CR-only line endings load to the same ladder as the plain file', () => {
		const plain = caseNamed('crlf-line-endings.mini.yaml');
		const mini = (name: string) => {
			const result = load(caseNamed(name)) as LoadResult<Framework>;
			expect(result.ok).toBe(true);
			return result.value!.matrices.find((m) => m.id === 'mini');
		};
		const lf = decodeSource(plain.path, plain.bytes).file.text.replace(/\r\n/g, '\n');
		const reference = parseFramework(withFile(validSources(), { path: plain.path, text: lf }));
		expect(reference.ok).toBe(true);
		const expected = reference.value!.matrices.find((m) => m.id === 'mini');
		for (const name of ['byte-order-mark.mini.yaml', 'crlf-line-endings.mini.yaml', 'cr-only-line-endings.mini.yaml']) expect(mini(name)).toEqual(expected);
	});

	it('with CRLF line endings, a problem is at the same line and column as with LF', () => {
		const crlf = caseNamed('crlf-wrong-type.mini.yaml');
		const lf = decodeSource(crlf.path, crlf.bytes).file.text.replace(/\r\n/g, '\n');
		const [withLf] = parseFramework(withFile(validSources(), { path: crlf.path, text: lf })).problems;
		const [withCrlf] = load(crlf).problems;
		expect(withCrlf).toEqual(withLf);
		expect(withCrlf!.frame).not.toContain('\r');
	});

	it('a repeated level id is one problem, not a duplicate of every statement of that level', () => {
		const codes = problemsOf('duplicate-level-id.mini.yaml').map((p) => p.code);
		expect(codes).toContain('DUPLICATE_ID');
		expect(codes.filter((c) => c === 'DUPLICATE_ID')).toHaveLength(1);
		expect(codes).not.toContain('DUPLICATE_STATEMENT');
	});

	it('a `javascript:` address fails once, not once per rule it breaks', () => {
		expect(problemsOf('javascript-url.mini.yaml').map((p) => p.code)).toEqual(['INVALID_VALUE']);
	});

	it('`constructor` is refused as an id and `prototype` is plain data, which assess handles', () => {
		expect(problemsOf('constructor-as-level-id.mini.yaml')[0]!.message).toContain('every JavaScript object already has a property of that name');
		const result = load(caseNamed('prototype-as-competency-id.mini.yaml')) as LoadResult<Framework>;
		const mini = result.value!.matrices.find((m) => m.id === 'mini')!;
		expect(mini.competencies.map((c) => c.id)).toEqual(['prototype']);
		const report = assess(result.value!, {
			format: 'rungs/assessment@1',
			person: { name: 'Someone' },
			matrix: { id: 'mini', version: mini.version },
			assessor: { role: 'self' },
			date: '2026-01-01',
			current: 'junior',
			target: 'senior',
			ratings: { prototype: { rating: 'consistently', evidence: [] } },
		});
		expect(report.competencies.map((c) => [c.id, c.status])).toEqual([['prototype', 'meets']]);
	});

	it('a `__proto__` key in a mapping of ids is refused, where zod dropped it without a word', () => {
		for (const name of ['proto-key-in-expectations.mini.yaml', 'proto-key-in-ratings.assessment.yaml', 'proto-key-in-statement-ratings.assessment.yaml']) {
			expect(problemsOf(name)).toEqual([expect.objectContaining({ code: 'INVALID_ID', message: '`__proto__` is not a valid identifier.' })]);
		}
	});

	it('look-alike and invisible characters in ids are named in the message', () => {
		expect(problemsOf('cyrillic-e-in-level-id.mini.yaml')[0]!.message).toContain('`е` (U+0435) is not an ASCII letter');
		expect(problemsOf('zero-width-space-in-id.mini.yaml')[0]!.message).toBe('`wri<U+200B>ting` is not a valid identifier: it contains U+200B, an invisible character.');
		expect(problemsOf('right-to-left-mark-in-id.mini.yaml')[0]!.message).toContain('<U+200F>checks');
	});

	it('terminal escape codes, raw or escaped, never reach the output', () => {
		for (const name of ['raw-escape-character.mini.yaml', 'escaped-terminal-codes.mini.yaml']) {
			const text = formatProblems(problemsOf(name), { color: false });
			expect(text).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/);
		}
		expect(problemsOf('raw-escape-character.mini.yaml')[0]!.frame).toContain('A small ␛[2Jladder.');
	});

	it('a file name with escape codes is shown with them visible', () => {
		const problems = parseAssessment({ path: 'evil\u001b]0;pwned\u0007.yaml', text: '' }, validFramework()).problems;
		expect(formatProblems(problems)).toContain('evil<U+001B>]0;pwned<U+0007>.yaml:1:1');
	});

	it('HTML and a right-to-left override in text are plain data, kept as written', () => {
		const html = load(caseNamed('html-in-text.mini.yaml')) as LoadResult<Framework>;
		expect(html.value!.matrices.find((m) => m.id === 'mini')!.competencies[0]!.description).toBe('<script>alert(1)</script><img src=x onerror=alert(2)> Writes clearly.');
		expect(load(caseNamed('right-to-left-override-in-text.mini.yaml')).ok).toBe(true);
	});
});

describe('generated input', () => {
	const lone = (text: string, path = 'fixtures/generated.yaml') => parseFramework(withFile(validSources(), { path, text })).problems.filter((p) => p.file === path);
	const loneBytes = (bytes: Uint8Array, path = 'fixtures/generated.yaml') => {
		const decoded = decodeSource(path, bytes);
		return decoded.problems.length > 0 ? decoded.problems : lone(decoded.file.text, path);
	};
	const at = (code: ProblemCode, line: number, column: number) => expect.objectContaining({ code, line, column });

	/** Runs `work` and checks it against safety bounds on time and heap growth. */
	function bounded<T>(work: () => T, limits: { seconds: number; megabytes: number }): T {
		const heap = process.memoryUsage().heapUsed;
		const start = performance.now();
		const result = work();
		const seconds = (performance.now() - start) / 1000;
		const megabytes = (process.memoryUsage().heapUsed - heap) / 1024 / 1024;
		expect(seconds, 'seconds').toBeLessThan(limits.seconds);
		expect(megabytes, 'heap growth in MB').toBeLessThan(limits.megabytes);
		return result;
	}
	const SMALL = { seconds: 2, megabytes: 200 };

	it.each([
		['an empty file', ''],
		['blank lines', '\n\n   \n'],
		['a byte-order mark alone', '\uFEFF'],
	])('%s is FILE_EMPTY at 1:1', (_name, text) => {
		expect(lone(text)).toEqual([at('FILE_EMPTY', 1, 1)]);
	});

	it('UTF-16 is refused as not UTF-8, with or without its byte-order mark, and says so', () => {
		const text = readFileSync(join(VALID, 'rep.yaml'), 'utf8');
		const le = new Uint8Array(Buffer.from(text, 'utf16le'));
		const withMark = new Uint8Array([0xff, 0xfe, ...le]);
		expect(loneBytes(withMark)).toEqual([at('FILE_NOT_TEXT', 1, 1)]);
		// Without its mark, ASCII in UTF-16 is valid UTF-8 with a NUL after every letter.
		const [problem] = loneBytes(le);
		expect(problem).toEqual(at('FILE_NOT_TEXT', 1, 2));
		expect(problem!.message).toContain('UTF-16');
	});

	it('a NUL or other control character in text is a located syntax error', () => {
		expect(lone('format: rungs/matrix@1\nid: mi\u0000ni\n')).toEqual([at('YAML_SYNTAX', 2, 7)]);
		expect(lone('format: rungs/matrix@1\ntitle: a \u009b31m b\n')).toEqual([at('YAML_SYNTAX', 2, 10)]);
	});

	it('a 10 MB file is refused within the bounds, in memory and on disk', async () => {
		const text = `format: rungs/matrix@1\nsummary: ${'x'.repeat(10 * 1024 * 1024)}\n`;
		expect(bounded(() => lone(text), SMALL)).toEqual([at('FILE_TOO_LARGE', 1, 1)]);
		const dir = mkdtempSync(join(tmpdir(), 'rungs-large-'));
		try {
			writeFileSync(join(dir, 'large.yaml'), text);
			const read = await readSourceFile(join(dir, 'large.yaml'));
			expect(read.file).toBeUndefined();
			expect(read.problems).toEqual([at('FILE_TOO_LARGE', 1, 1)]);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});

	it.each([
		['10,000 nested flow sequences', `${'['.repeat(10_000)}${']'.repeat(10_000)}\n`, 1, 65],
		['10,000 nested flow mappings', `${'{a: '.repeat(10_000)}1${'}'.repeat(10_000)}\n`, 1, 257],
		['10,000 nested block sequences', `${'- '.repeat(10_000)}x\n`, 1, 257],
		['1,000 nested block mappings (one space each)', `${Array.from({ length: 1_000 }, (_, i) => `${' '.repeat(i)}k:`).join('\n')} x\n`, 258, 257],
	])('%s are refused as YAML_TOO_DEEP within the bounds', (_name, text, line, column) => {
		expect(bounded(() => lone(text), SMALL)).toEqual([at('YAML_TOO_DEEP', line, column)]);
	});

	it('the "billion laughs" alias bomb is refused within the bounds', () => {
		const bomb = caseNamed('billion-laughs.mini.yaml');
		expect(bounded(() => load(bomb).problems, SMALL)).toEqual([at('YAML_ALIAS_LIMIT', 5, 8)]);
	});

	// yaml looked up each alias's anchor by walking the whole document: 20,000 aliases took 28 seconds.
	it('50,000 aliases of one anchor are refused within the bounds, at the alias that goes over the limit', () => {
		const text = `format: rungs/matrix@1\nx: &a value\nlist:\n${'  - *a\n'.repeat(50_000)}`;
		expect(bounded(() => lone(text), SMALL)).toEqual([at('YAML_ALIAS_LIMIT', 104, 5)]);
	});

	it('an alias bomb in an assessment is refused the same way', () => {
		const text = `format: rungs/assessment@1\nnotes: &a [x, x, x, x, x, x, x, x, x, x]\nperson: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nmatrix: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\n`;
		// Ten aliases of an eleven-node list expand to 110 nodes: over the limit at the tenth `*a`.
		expect(bounded(() => parseAssessment({ path: 'bomb.yaml', text }, validFramework()).problems, SMALL)).toEqual([at('YAML_ALIAS_LIMIT', 3, 49)]);
	});

	/*
	 * Files as large as the library reads (MAX_SOURCE_BYTES), dense with what used to be quadratic:
	 * 20,000 unknown keys took 22 s, 20,000 duplicate keys 12 s, 20,000 unrated competencies 35 s, and
	 * 230,000 problems overflowed the stack. Now at most a hundred problems are located per file, and the
	 * rest counted. What remains is yaml's own cost, about 1.5 µs and 250 bytes of heap per token: up to a
	 * few seconds and a few hundred MB for a file at the size limit built for it, hence these looser bounds.
	 */
	const LARGE = { seconds: 10, megabytes: 1024 };
	const fill = (head: string, unit: string) => head + unit.repeat(Math.floor((MAX_SOURCE_BYTES - head.length - 16) / unit.length));
	it.each([
		['unknown keys', 'matrix', fill('format: rungs/matrix@1\n', 'kxxxx: v\n'), 'TOO_MANY_PROBLEMS'],
		['duplicate keys', 'matrix', fill('format: rungs/matrix@1\n', 'k: v\n'), 'TOO_MANY_PROBLEMS'],
		['unknown tags', 'matrix', fill('format: rungs/matrix@1\nl: [', '!foo x, ') + ']\n', 'TOO_MANY_PROBLEMS'],
		['ratings with invalid ids', 'assessment', fill('format: rungs/assessment@1\nratings:\n', '  X: {}\n'), 'TOO_MANY_PROBLEMS'],
		['empty flow entries', 'matrix', fill('[', ',') + ']\n', 'YAML_SYNTAX'],
		['aliases', 'matrix', fill('x: &a v\nl:\n', '  - *a\n'), 'YAML_ALIAS_LIMIT'],
	])('a file of %s as large as allowed is refused within the bounds', (_name, kind, text, last) => {
		expect(new TextEncoder().encode(text).length).toBeLessThanOrEqual(MAX_SOURCE_BYTES);
		const problems = bounded(() => (kind === 'assessment' ? parseAssessment({ path: 'large.yaml', text }, validFramework()).problems : lone(text)), LARGE);
		expect(problems.length).toBeLessThanOrEqual(101);
		expect(problems.at(-1)!.code).toBe(last);
		for (const problem of problems) expectWellFormed(problem);
	}, 60_000);

	it('a very long line is framed cut, and its problem still located', () => {
		const text = `format: rungs/matrix@1\nid: mini\nsummary: ${'word '.repeat(100_000)}\n`;
		const problems = lone(text, 'fixtures/mini.yaml');
		const problem = problems.find((p) => p.code === 'INVALID_VALUE' && p.path.join('.') === 'summary')!;
		expect(problem).toEqual(at('INVALID_VALUE', 3, 10));
		expect(Math.max(...problem.frame.split('\n').map((l) => l.length))).toBeLessThan(200);
	});
});

describe('validateAssessment on data that is not JSON', () => {
	const base = () => ({
		format: 'rungs/assessment@1',
		person: { name: 'Ana' },
		matrix: { id: 'rep', version: '1.0.0' },
		assessor: { role: 'self' },
		date: '2026-10-01',
		current: 'senior',
		target: 'lead',
		ratings: {} as Record<string, unknown>,
	});
	const circular = () => {
		const data = base();
		data.ratings.self = data;
		return data;
	};
	const deep = () => {
		const data = base();
		let node: Record<string, unknown> = data.ratings;
		for (let i = 0; i < 100_000; i++) node = node.x = {};
		return data;
	};
	it.each([
		['circular data', circular()],
		['a BigInt', { ...base(), notes: 10n }],
		['a getter that throws', Object.defineProperty(base(), 'notes', { enumerable: true, get: () => { throw new Error('boom'); } })],
		['a proxy that throws', new Proxy(base(), { get: () => { throw new Error('trap'); }, ownKeys: () => { throw new Error('trap'); } })],
		['nesting 100,000 deep', deep()],
		['undefined', undefined],
		['a function', () => 1],
		['null', null],
		['a `__proto__` key from JSON.parse', JSON.parse('{"format":"rungs/assessment@1","__proto__":{"polluted":"yes"}}')],
		['a `__proto__` rating from JSON.parse', { ...base(), ratings: JSON.parse('{"__proto__":{"rating":"consistently"}}') }],
		['a `constructor` rating', { ...base(), ratings: { constructor: { rating: 'consistently' } } }],
	])('%s: never throws, refuses it with a located problem', (_name, data) => {
		let result: LoadResult<unknown> | undefined;
		expect(() => (result = validateAssessment(data, validFramework(), 'upload.json'))).not.toThrow();
		expect(result!.ok).toBe(false);
		expect(result!.problems.length).toBeGreaterThan(0);
		for (const problem of result!.problems) expectWellFormed(problem, { noSource: true });
	});

	it('locates problems in the JSON text the data came from, when it is given', () => {
		const text = JSON.stringify({ ...base(), current: 'boss' });
		const [problem] = validateAssessment(JSON.parse(text), validFramework(), 'line 7', text).problems;
		expect(problem).toMatchObject({ code: 'UNKNOWN_LEVEL', file: 'line 7', line: 1, column: text.indexOf('"boss"') + 1 });
	});

	it('names what JSON cannot represent', () => {
		expect(validateAssessment(circular(), validFramework()).problems[0]!.message).toMatch(/cannot be written as JSON \(.*circular/i);
		expect(validateAssessment(null, validFramework()).problems[0]!.message).toBe('`(top level)` should be a mapping of `key: value` lines, not null.');
	});
});
