import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { problemsOf, assess, decodeSource, formatProblems, parseAssessment, parseAssessmentInput, parseFramework, validateAssessment, type Framework, type Result, type Problem, type ProblemCode, type SourceFile } from '@rungs/core';
import { MAX_SOURCE_BYTES, PROBLEM_CODES, PROBLEMS } from '@rungs/core/schema';
import { loadFramework, readSourceFile } from '@rungs/core/node';
import { URL_PATTERN } from '../src/schema/common.ts';
import { ASSESSMENT_PATH, asValidated, exampleAssessment, validFramework, validSources, withFile, valueOf } from './_fixtures.ts';
import { hostileCases, VALID_DIR as VALID, type HostileCase } from './_hostile.ts';
import { runs } from './_runs.ts';

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
function load(fixture: Case): Result<unknown> {
	const decoded = decodeSource(fixture.path, fixture.bytes);
	if (decoded.problems.length > 0) return { ok: false, problems: decoded.problems };
	if (fixture.target === 'assessment') return parseAssessment(decoded.file, validFramework());
	return parseFramework(withFile(validSources(), decoded.file));
}

/** No character in text that would drive a terminal or hide from a reader. */
const PRINTABLE = /^[^\p{Cc}\p{Cf}\p{Zl}\p{Zp}]*$/u;

/**
 * What every problem, of any input, must be: a catalog code, a place, a frame that marks that place.
 * A data object (`data`) has no text: its problems are located by data path alone, with no line,
 * column or frame, and say nothing of lines, indentation, YAML or files.
 */
function expectWellFormed(problem: Problem, { data = false } = {}): void {
	expect(PROBLEM_CODES).toContain(problem.code);
	expect(problem.severity).toBe(PROBLEMS[problem.code].severity);
	expect(problem.message).toMatch(/\S/);
	expect(Array.isArray(problem.path)).toBe(true);
	if (data) {
		expect(problem).not.toHaveProperty('line');
		expect(problem).not.toHaveProperty('column');
		expect(problem).not.toHaveProperty('endColumn');
		expect(problem.frame).toBe('');
		expect(`${problem.message} ${problem.hint ?? ''}`).not.toMatch(/indentation|YAML|\bline\b|\bfile\b|rungs migrate [^-`]/i);
	} else {
		expect(problem.line).toBeGreaterThanOrEqual(1);
		expect(problem.column).toBeGreaterThanOrEqual(1);
		expect(problem.endColumn).toBeGreaterThan(problem.column!);
		expect(problem.frame).toMatch(new RegExp(`^> +${problem.line} \\|`, 'm'));
	}
	for (const text of [problem.message, problem.hint ?? '', ...problem.frame.split('\n')]) expect(text).toMatch(PRINTABLE);
}

const summary = (p: Problem) => `${p.code} ${p.file}:${p.line}:${p.column}`;
const expectNoDuplicates = (problems: readonly Problem[]) => {
	const keys = problems.map((p) => `${summary(p)} ${p.message}`);
	expect(keys.filter((k, i) => keys.indexOf(k) !== i)).toEqual([]);
};

/** Codes after which the parser's own later confusion is not shown: the file has exactly this one problem. */
const ALONE = new Set<ProblemCode>(['YAML_SYNTAX', 'YAML_UNKNOWN_TAG', 'YAML_TOO_DEEP', 'YAML_ALIAS_LIMIT', 'YAML_DUPLICATE_KEY', 'FILE_NOT_TEXT', 'FILE_EMPTY', 'FILE_TOO_LARGE']);

function expectCase(fixture: Case, result: Result<unknown>): void {
	for (const problem of problemsOf(result)) expectWellFormed(problem);
	expectNoDuplicates(problemsOf(result));
	// A broken file causes no problem in the files around it.
	expect(problemsOf(result).filter((p) => p.file !== fixture.path).map(summary)).toEqual([]);
	if (fixture.expected.loads) {
		expect(problemsOf(result).map(summary)).toEqual([]);
		expect(result.ok).toBe(true);
		return;
	}
	const { code, line, column } = fixture.expected;
	expect(result.ok).toBe(false);
	const wanted = `${code} ${fixture.path}:${line}:${column}`;
	expect(problemsOf(result).map(summary)).toContain(wanted);
	if (ALONE.has(code)) expect(problemsOf(result).map(summary)).toEqual([wanted]);
	// The frame marks the offending line, as the reader sees it (invisible characters made visible).
	const problem = problemsOf(result).find((p) => summary(p) === wanted)!;
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
			let result: Result<unknown> | undefined;
			expect(() => (result = load(fixture))).not.toThrow();
			expectCase(fixture, result!);
		},
	);

	// The same files from disk, through loadFramework and readSourceFile, as the command line and the site read them.
	describe('through loadFramework', () => {
		const scratch = mkdtempSync(join(tmpdir(), 'rungs-hostile-'));
		afterAll(() => rmSync(scratch, { recursive: true, force: true }));
		const ladders = cases.filter((c) => c.target !== 'assessment');
		it.each(ladders.map((c) => [c.name, c] as const))('%s', async (_name, fixture) => {
			const dir = join(scratch, fixture.name);
			cpSync(VALID, dir, { recursive: true });
			writeFileSync(join(dir, `${fixture.target}.yaml`), fixture.bytes);
			const result = await loadFramework(dir);
			const path = join(dir, `${fixture.target}.yaml`);
			for (const problem of problemsOf(result)) expectWellFormed(problem);
			expectNoDuplicates(problemsOf(result));
			if (fixture.expected.loads) expect(problemsOf(result).map(summary)).toEqual([]);
			else expect(problemsOf(result).map(summary)).toContain(`${fixture.expected.code} ${path}:${fixture.expected.line}:${fixture.expected.column}`);
		});
	});
});

const caseNamed = (name: string) => cases.find((c) => c.name === name)!;
const problemsOfCase = (name: string) => problemsOf(load(caseNamed(name)));

describe('what the corpus shows', () => {
	it('a byte-order mark, CRLF and CR-only line endings load to the same ladder as the plain file', () => {
		const plain = caseNamed('crlf-line-endings.mini.yaml');
		const mini = (name: string) => {
			const result = load(caseNamed(name)) as Result<Framework>;
			expect(result.ok).toBe(true);
			return valueOf(result).ladders.find((m) => m.id === 'mini');
		};
		const lf = decodeSource(plain.path, plain.bytes).file.text.replace(/\r\n/g, '\n');
		const reference = parseFramework(withFile(validSources(), { path: plain.path, text: lf }));
		expect(reference.ok).toBe(true);
		const expected = valueOf(reference).ladders.find((m) => m.id === 'mini');
		for (const name of ['byte-order-mark.mini.yaml', 'crlf-line-endings.mini.yaml', 'cr-only-line-endings.mini.yaml']) expect(mini(name)).toEqual(expected);
	});

	it('with CRLF line endings, a problem is at the same line and column as with LF', () => {
		const crlf = caseNamed('crlf-wrong-type.mini.yaml');
		const lf = decodeSource(crlf.path, crlf.bytes).file.text.replace(/\r\n/g, '\n');
		const [withLf] = problemsOf(parseFramework(withFile(validSources(), { path: crlf.path, text: lf })));
		const [withCrlf] = problemsOf(load(crlf));
		expect(withCrlf).toEqual(withLf);
		expect(withCrlf!.frame).not.toContain('\r');
	});

	it('a repeated level id is one problem, not a duplicate of every statement of that level', () => {
		const codes = problemsOfCase('duplicate-level-id.mini.yaml').map((p) => p.code);
		expect(codes).toContain('DUPLICATE_ID');
		expect(codes.filter((c) => c === 'DUPLICATE_ID')).toHaveLength(1);
		expect(codes).not.toContain('DUPLICATE_STATEMENT');
	});

	it('a `javascript:` address fails once, not once per rule it breaks', () => {
		expect(problemsOfCase('javascript-url.mini.yaml').map((p) => p.code)).toEqual(['INVALID_VALUE']);
	});

	it('`constructor` is refused as an id and `prototype` is plain data, which assess handles', () => {
		expect(problemsOfCase('constructor-as-level-id.mini.yaml')[0]!.message).toContain('every JavaScript object already has a property of that name');
		const result = load(caseNamed('prototype-as-competency-id.mini.yaml')) as Result<Framework>;
		const mini = valueOf(result).ladders.find((m) => m.id === 'mini')!;
		expect(mini.competencies.map((c) => c.id)).toEqual(['prototype']);
		const report = valueOf(assess(valueOf(result), asValidated({
			format: 'rungs/assessment@1',
			person: { name: 'Someone' },
			ladder: { id: 'mini', version: mini.version },
			assessor: { role: 'self' },
			date: '2026-01-01',
			current: 'junior',
			target: 'senior',
			ratings: { prototype: { rating: 'consistently', evidence: [] } },
		})));
		expect(report.competencies.map((c) => [c.id, c.status])).toEqual([['prototype', 'meets']]);
	});

	it('a `__proto__` key in a mapping of ids is refused, where zod dropped it without a word', () => {
		for (const name of ['proto-key-in-expectations.mini.yaml', 'proto-key-in-ratings.assessment.yaml', 'proto-key-in-statement-ratings.assessment.yaml']) {
			expect(problemsOfCase(name)).toEqual([expect.objectContaining({ code: 'INVALID_ID', message: '`__proto__` is not a valid identifier.' })]);
		}
	});

	it('an empty key is named as such, and a key too long as a key', () => {
		expect(problemsOfCase('null-key-in-ratings.assessment.yaml')[0]!.message).toBe('An empty key (`~`, `null` or `""`) is not a valid identifier.');
		expect(problemsOfCase('null-key-in-rating.assessment.yaml')[0]!.message).toMatch(/^Unknown key that is empty \(`~`, `null` or `""`\) in `ratings\.guardrails`/);
		expect(problemsOfCase('long-id-as-key.mini.yaml')[0]!.message).toMatch(/^A key of `.*expectations` is 100 characters long; an identifier is at most 64\.$/);
		const path = 'fixtures/empty-keys.yaml';
		expect(problemsOf(parseFramework(withFile(validSources(), { path, text: 'format: rungs/ladder@1\n~: a\n"": b\n' }))).find((p) => p.file === path)!.message).toBe('An empty key (`~`, `null` or `""`) appears twice in the same mapping.');
	});

	it('look-alike and invisible characters in ids are named in the message', () => {
		expect(problemsOfCase('cyrillic-e-in-level-id.mini.yaml')[0]!.message).toContain('`е` (U+0435) is not an ASCII letter');
		expect(problemsOfCase('zero-width-space-in-id.mini.yaml')[0]!.message).toBe('`wri<U+200B>ting` is not a valid identifier: it contains U+200B, an invisible character.');
		expect(problemsOfCase('right-to-left-mark-in-id.mini.yaml')[0]!.message).toContain('<U+200F>checks');
	});

	it('terminal escape codes, raw or escaped, never reach the output', () => {
		for (const name of ['raw-escape-character.mini.yaml', 'escaped-terminal-codes.mini.yaml']) {
			const text = formatProblems(problemsOfCase(name), { color: false });
			expect(text).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/);
		}
		expect(problemsOfCase('raw-escape-character.mini.yaml')[0]!.frame).toContain('A small ␛[2Jladder.');
	});

	it('a file name with escape codes is shown with them visible', () => {
		const problems = problemsOf(parseAssessment({ path: 'evil\u001b]0;pwned\u0007.yaml', text: '' }, validFramework()));
		expect(formatProblems(problems)).toContain('evil<U+001B>]0;pwned<U+0007>.yaml:1:1');
	});

	it('HTML and a right-to-left override in text are plain data, kept as written', () => {
		const html = load(caseNamed('html-in-text.mini.yaml')) as Result<Framework>;
		expect(valueOf(html).ladders.find((m) => m.id === 'mini')!.competencies[0]!.description).toBe('<script>alert(1)</script><img src=x onerror=alert(2)> Writes clearly.');
		expect(load(caseNamed('right-to-left-override-in-text.mini.yaml')).ok).toBe(true);
	});
});

describe('generated input', () => {
	const lone = (text: string, path = 'fixtures/generated.yaml') => problemsOf(parseFramework(withFile(validSources(), { path, text }))).filter((p) => p.file === path);
	const loneBytes = (bytes: Uint8Array, path = 'fixtures/generated.yaml') => {
		const decoded = decodeSource(path, bytes);
		return decoded.problems.length > 0 ? decoded.problems : lone(decoded.file.text, path);
	};
	const at = (code: ProblemCode, line: number, column: number) => expect.objectContaining({ code, line, column });

	const fill = (head: string, unit: string) => head + unit.repeat(Math.floor((MAX_SOURCE_BYTES - head.length - 16) / unit.length));
	const seconds = (work: () => unknown): number => {
		const start = performance.now();
		work();
		return (performance.now() - start) / 1000;
	};

	/*
	 * Time is bounded relative to the normal case, measured in the same run: the valid ladders plus an
	 * ordinary file as large as allowed (a list of plain notes). A busy machine slows both alike, so
	 * the bound holds on any machine, while what used to be quadratic (tens of seconds, hundreds of
	 * times the normal case) still fails it by far.
	 */
	const NORMAL = fill('format: rungs/ladder@1\nid: normal\nnotes:\n', '  - a plain note\n');
	let normal: number | undefined;
	/** Seconds for the normal case: the faster of two runs, after a warm-up. */
	const measureNormal = () => (lone(NORMAL), Math.min(seconds(() => lone(NORMAL)), seconds(() => lone(NORMAL))));

	/** Runs `work` and checks it against safety bounds: its time as a multiple of the normal case's, and its heap growth. */
	function bounded<T>(work: () => T, limits: { times: number; megabytes: number }): T {
		const heap = process.memoryUsage().heapUsed;
		const start = performance.now();
		const result = work();
		const took = (performance.now() - start) / 1000;
		const megabytes = (process.memoryUsage().heapUsed - heap) / 1024 / 1024;
		normal ??= measureNormal();
		// Over the bound: measure the normal case again, as the machine may have got busier since.
		if (took > limits.times * normal) normal = Math.max(normal, measureNormal());
		expect(took / normal, `${took.toFixed(2)} s, against ${normal.toFixed(2)} s for the normal case`).toBeLessThan(limits.times);
		expect(megabytes, 'heap growth in MB').toBeLessThan(limits.megabytes);
		return result;
	}
	// Measured on a busy 2-core machine: up to about 3 times the normal case (50,000 aliases).
	const SMALL = { times: 10, megabytes: 200 };

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
		expect(lone('format: rungs/ladder@1\nid: mi\u0000ni\n')).toEqual([at('YAML_SYNTAX', 2, 7)]);
		expect(lone('format: rungs/ladder@1\ntitle: a \u009b31m b\n')).toEqual([at('YAML_SYNTAX', 2, 10)]);
	});

	it('a 10 MB file is refused within the bounds, in memory and on disk', async () => {
		const text = `format: rungs/ladder@1\nsummary: ${'x'.repeat(10 * 1024 * 1024)}\n`;
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
		expect(bounded(() => problemsOf(load(bomb)), SMALL)).toEqual([at('YAML_ALIAS_LIMIT', 5, 8)]);
	});

	// yaml looked up each alias's anchor by walking the whole document: 20,000 aliases took 28 seconds.
	it('50,000 aliases of one anchor are refused within the bounds, at the alias that goes over the limit', () => {
		const text = `format: rungs/ladder@1\nx: &a value\nlist:\n${'  - *a\n'.repeat(50_000)}`;
		expect(bounded(() => lone(text), SMALL)).toEqual([at('YAML_ALIAS_LIMIT', 104, 5)]);
	});

	it('an alias bomb in an assessment is refused the same way', () => {
		const text = `format: rungs/assessment@1\nnotes: &a [x, x, x, x, x, x, x, x, x, x]\nperson: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nladder: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\n`;
		// Ten aliases of an eleven-node list expand to 110 nodes: over the limit at the tenth `*a`.
		expect(bounded(() => problemsOf(parseAssessment({ path: 'bomb.yaml', text }, validFramework())), SMALL)).toEqual([at('YAML_ALIAS_LIMIT', 3, 49)]);
	});

	/*
	 * Files as large as the library reads (MAX_SOURCE_BYTES), dense with what used to be quadratic:
	 * 20,000 unknown keys took 22 s, 20,000 duplicate keys 12 s, 20,000 unrated competencies 35 s, and
	 * 230,000 problems overflowed the stack. Now at most a hundred problems are located per file, and the
	 * rest counted. What remains is yaml's own cost, about 1.5 µs and 250 bytes of heap per token: up to a
	 * few seconds and a few hundred MB for a file at the size limit built for it, hence these looser
	 * bounds (measured on a busy 2-core machine: up to about 5 times the normal case).
	 */
	const LARGE = { times: 30, megabytes: 1024 };
	it.each([
		['unknown keys', 'ladder', fill('format: rungs/ladder@1\n', 'kxxxx: v\n'), 'TOO_MANY_PROBLEMS'],
		['duplicate keys', 'ladder', fill('format: rungs/ladder@1\n', 'k: v\n'), 'TOO_MANY_PROBLEMS'],
		['unknown tags', 'ladder', fill('format: rungs/ladder@1\nl: [', '!foo x, ') + ']\n', 'TOO_MANY_PROBLEMS'],
		['ratings with invalid ids', 'assessment', fill('format: rungs/assessment@1\nratings:\n', '  X: {}\n'), 'TOO_MANY_PROBLEMS'],
		['empty flow entries', 'ladder', fill('[', ',') + ']\n', 'YAML_SYNTAX'],
		['aliases', 'ladder', fill('x: &a v\nl:\n', '  - *a\n'), 'YAML_ALIAS_LIMIT'],
	])('a file of %s as large as allowed is refused within the bounds', (_name, kind, text, last) => {
		expect(new TextEncoder().encode(text).length).toBeLessThanOrEqual(MAX_SOURCE_BYTES);
		const problems = bounded(() => (kind === 'assessment' ? problemsOf(parseAssessment({ path: 'large.yaml', text }, validFramework())) : lone(text)), LARGE);
		expect(problems.length).toBeLessThanOrEqual(101);
		expect(problems.at(-1)!.code).toBe(last);
		for (const problem of problems) expectWellFormed(problem);
	}, 60_000);

	/** Seconds per run of `work`, the median of `runs`. */
	const timed = (work: () => unknown, runs = 5): number => {
		const times: number[] = [];
		for (let i = 0; i < runs; i++) {
			const start = performance.now();
			work();
			times.push(performance.now() - start);
		}
		return times.sort((a, b) => a - b)[Math.floor(runs / 2)]! / 1000;
	};

	// `^https?:\/\/[^\s/?#]+\S*$` backtracked quadratically: 192 s on a 400 KB address ending in a tab.
	it('the address pattern takes linear time on an address built to make it backtrack', () => {
		const hostile = `http://x${'a'.repeat(20_000)}\t`;
		const normal = `http://x/${'a'.repeat(20_000)}`;
		const many = (text: string) => () => {
			for (let i = 0; i < 100; i++) URL_PATTERN.test(text);
		};
		expect(URL_PATTERN.test(normal)).toBe(true);
		expect(URL_PATTERN.test(hostile)).toBe(false);
		expect(timed(many(hostile))).toBeLessThan(20 * timed(many(normal)) + 0.002);
	}, 120_000);

	it('a 400 KB evidence address is refused as TEXT_TOO_LONG as quickly as 400 KB of notes', () => {
		const head = 'format: rungs/assessment@1\nperson: { name: Ana }\nladder: { id: rep, version: 1.0.0 }\nassessor: { role: self }\ndate: 2026-10-01\ncurrent: senior\ntarget: lead\n';
		const url = `${head}ratings:\n  empathy:\n    rating: consistently\n    evidence:\n      - summary: A call.\n        url: "http://x${'a'.repeat(400_000)}\\t"\n`;
		const notes = `${head}notes: "${'a'.repeat(400_000)}\\t"\n`;
		const check = (text: string) => () => problemsOf(parseAssessment({ path: 'long.yaml', text }, validFramework()));
		expect(check(url)()).toEqual([at('TEXT_TOO_LONG', 13, 14)]);
		expect(check(notes)()).toEqual([at('TEXT_TOO_LONG', 8, 8)]);
		expect(timed(check(url), 3)).toBeLessThan(20 * timed(check(notes), 3));
	}, 120_000);

	it('a key of 400,000 characters gives messages of a readable length, located on the key', () => {
		const key = 'k'.repeat(400_000);
		const text = `format: rungs/assessment@1\nperson: { name: Ana }\nladder: { id: rep, version: 1.0.0 }\nassessor: { role: self }\ndate: 2026-10-01\ncurrent: senior\ntarget: lead\n? "${key}"\n: 1\n`;
		const problems = problemsOf(parseAssessment({ path: 'long-key.yaml', text }, validFramework()));
		expect(problems).toEqual([at('UNKNOWN_KEY', 8, 3)]);
		expect(problems[0]!.message.length).toBeLessThan(1000);
		expect(problems[0]!.message).toContain('k…');
		const json = problemsOf(parseAssessmentInput('line 1', JSON.stringify({ format: 'rungs/assessment@1', [key]: 1 }), validFramework()));
		for (const problem of json) expect(problem.message.length).toBeLessThan(1000);
	});

	it('a very long line is framed cut, and its problem still located', () => {
		const text = `format: rungs/ladder@1\nid: mini\nsummary: ${'word '.repeat(100_000)}\n`;
		const problems = lone(text, 'fixtures/mini.yaml');
		const problem = problems.find((p) => p.code === 'TEXT_TOO_LONG' && p.path.join('.') === 'summary')!;
		expect(problem).toEqual(at('TEXT_TOO_LONG', 3, 10));
		expect(Math.max(...problem.frame.split('\n').map((l) => l.length))).toBeLessThan(200);
	});
});

/*
 * Every key problem is located on the key itself, wherever the key sits and however it is written:
 * a `~:` rating key was located at `ratings:`, and a complex key `? [a, b]` at 1:1.
 */
describe('a bad key', () => {
	const base = [
		'format: rungs/assessment@1',
		'person:',
		'  name: Ana',
		'ladder: { id: rep, version: 1.0.0 }',
		'assessor: { role: self }',
		'date: 2026-10-01',
		'current: senior',
		'target: lead',
		'ratings:',
		'  empathy:',
		'    rating: consistently',
		'    statements:',
		'      calms: consistently',
		'    evidence:',
		'      - summary: Calmed a customer.',
		'        kind: conversation',
	];
	/** Where a key can go: after which line of `base`, at which indentation, with what value. */
	const places = [
		{ name: 'top level', after: 7, indent: 0, value: 'x' },
		{ name: 'person', after: 2, indent: 2, value: 'x' },
		{ name: 'ratings', after: 8, indent: 2, value: '{ rating: consistently }' },
		{ name: 'a rating', after: 10, indent: 4, value: 'x' },
		{ name: 'statement ratings', after: 12, indent: 6, value: 'consistently' },
		{ name: 'an evidence item', after: 15, indent: 8, value: 'x' },
	];
	const keys = fc.oneof(
		fc.constantFrom('~', 'null', '""', "''", 'Bad', '1', 'true', '"__proto__"', 'constructor', 'x'.repeat(70), '"two words"', 'caf\u00e9', 'wri\u200Bting', 'rating', 'calms', 'format'),
		fc.stringMatching(/^[a-z]{1,8}$/).map((word) => `zz${word}`),
	);
	const complex = fc.constantFrom('[a, b]', '{ a: 1 }', '[]');

	it('is located on the key, wherever it is and however it is written', () => {
		fc.assert(
			fc.property(fc.constantFrom(...places), fc.oneof(keys.map((key) => ({ key, complex: false })), complex.map((key) => ({ key, complex: true }))), (place, { key, complex: isComplex }) => {
				const pad = ' '.repeat(place.indent);
				const added = isComplex ? [`${pad}? ${key}`, `${pad}: ${place.value}`] : [`${pad}${key}: ${place.value}`];
				const lines = [...base.slice(0, place.after + 1), ...added, ...base.slice(place.after + 1)];
				const text = `${lines.join('\n')}\n`;
				const line = place.after + 2;
				const column = place.indent + (isComplex ? 3 : 1);
				const problems = problemsOf(parseAssessment({ path: 'keys.yaml', text }, validFramework()));
				const at = problems.map((p) => `${p.line}:${p.column}`);
				expect(at, `${place.name}: ${JSON.stringify(key)}: ${problems.map((p) => `${p.code} ${p.line}:${p.column}`).join(', ')}`).toContain(`${line}:${column}`);
				for (const problem of problems) expectWellFormed(problem);
			}),
			{ numRuns: runs(300) },
		);
	}, 120_000);
});

/*
 * One input of a batch (a line of NDJSON) is checked exactly as a file holding the same bytes:
 * `gap --batch` let the second of two `ratings` keys win, turned invalid UTF-8 into U+FFFD and took a
 * 3 MB line, all of which a file refuses.
 */
describe('an input given as bytes or text (a batch line)', () => {
	const framework = validFramework();
	const encode = (text: string) => new TextEncoder().encode(text);
	/** What the same bytes give as a file: decoded (bounded, strict UTF-8), then parsed. */
	const asFile = (name: string, bytes: Uint8Array): Result<unknown> => {
		const decoded = decodeSource(name, bytes);
		return decoded.problems.length > 0 ? { ok: false, problems: decoded.problems } : parseAssessment(decoded.file, framework);
	};
	const seen = (result: Result<unknown>) => ({ ok: result.ok, problems: problemsOf(result).map(summary), value: result.ok ? result.value : undefined });
	const line = JSON.stringify({ ...exampleAssessment('ana-self.yaml', framework), $schema: undefined });
	const at = (code: ProblemCode, line: number, column: number) => expect.objectContaining({ code, line, column });

	it('refuses two equal keys, at the second, as a file does (JSON.parse kept the last)', () => {
		const twice = line.replace('"ratings":{', '"ratings":{},"ratings":{');
		const column = twice.lastIndexOf('"ratings"') + 1;
		expect(problemsOf(parseAssessmentInput('line 1', twice, framework))).toEqual([at('YAML_DUPLICATE_KEY', 1, column)]);
		expect(problemsOf(parseAssessmentInput('line 1', encode(twice), framework))).toEqual([at('YAML_DUPLICATE_KEY', 1, column)]);
		// validateAssessment given the text the data came from says the same.
		expect(problemsOf(validateAssessment(JSON.parse(twice), framework, 'line 1', twice))).toEqual([at('YAML_DUPLICATE_KEY', 1, column)]);
	});

	it('refuses invalid UTF-8 with FILE_NOT_TEXT at the bad byte, never a U+FFFD in its place', () => {
		const bytes = encode(line.replace('Ana', 'An\u00e9'));
		const bad = Uint8Array.from([...bytes.subarray(0, bytes.indexOf(0xc3)), 0xe9, ...bytes.subarray(bytes.indexOf(0xc3) + 2)]);
		const result = parseAssessmentInput('line 1', bad, framework);
		expect(problemsOf(result)).toEqual([at('FILE_NOT_TEXT', 1, line.indexOf('Ana') + 3)]);
		expect(seen(result)).toEqual(seen(asFile('line 1', bad)));
	});

	it('refuses more than MAX_SOURCE_BYTES as FILE_TOO_LARGE, as text and as bytes, before parsing it', () => {
		const huge = line.replace('"notes":"', `"notes":"${'x'.repeat(3 * 1024 * 1024)}`).replace('}', `,"notes":"${'x'.repeat(3 * 1024 * 1024)}"}`);
		expect(problemsOf(parseAssessmentInput('line 1', huge, framework))).toEqual([at('FILE_TOO_LARGE', 1, 1)]);
		expect(problemsOf(parseAssessmentInput('line 1', encode(huge), framework))).toEqual([at('FILE_TOO_LARGE', 1, 1)]);
		expect(problemsOf(parseAssessmentInput('line 1', encode(huge), framework))[0]!.message).toContain(`up to ${MAX_SOURCE_BYTES} bytes`);
	});

	it.each(cases.filter((c) => c.target === 'assessment').map((c) => [c.name, c] as const))('%s gives the same as an input as it does as a file', (_name, fixture) => {
		expect(seen(parseAssessmentInput(fixture.path, fixture.bytes, framework))).toEqual(seen(asFile(fixture.path, fixture.bytes)));
	});

	// Generated lines, valid and broken in the ways a batch from another system breaks: the same
	// problems (codes, and places in the line), the same value, whichever way it is given.
	it('gives what a file of the same bytes gives, for generated lines', () => {
		const tricky = fc.constantFrom('Ana', 'Zoë', '\u2028', '\uFEFF', '\u0085', '\u001b[2J', '\u007f', '\ud800', '\ud83d\ude00', '\t', ' ', 'a\\"b', '": "', '{', '#', '&a', '*a', '!tag', '%YAML 1.1', 'x'.repeat(2100));
		const text = fc.oneof(tricky, fc.string({ unit: 'grapheme', maxLength: 12 }), fc.string({ unit: 'binary', maxLength: 6 }));
		const rating = fc.record({ rating: fc.constantFrom('not-yet', 'developing', 'consistently', 'role-model', 'Bad', ''), evidence: fc.array(fc.record({ summary: text }, { requiredKeys: [] }), { maxLength: 2 }), note: text }, { requiredKeys: [] });
		const data = fc.record({
			name: text,
			current: fc.constantFrom('senior', 'lead', 'boss'),
			ratings: fc.dictionary(fc.constantFrom('empathy', 'troubleshooting', 'guardrails', 'nope', '__proto__', 'Bad', ''), rating, { maxKeys: 4 }),
			notes: fc.option(text, { nil: undefined }),
			extra: fc.option(fc.constantFrom('format', 'ratings', 'date', 'person', 'unknown'), { nil: undefined }),
		});
		const damage = fc.option(fc.record({ at: fc.nat(), byte: fc.constantFrom(0xff, 0xc3, 0x80, 0x00, 0x0d, 0xef) }), { nil: undefined });
		fc.assert(
			fc.property(data, damage, fc.boolean(), (d, hurt, spaced) => {
				const base = JSON.parse(line) as Record<string, unknown>;
				const record = { ...base, person: { name: d.name }, current: d.current, ratings: d.ratings, ...(d.notes === undefined ? {} : { notes: d.notes }) };
				let text = spaced ? JSON.stringify(record, null, 1).replace(/\n */g, ' ') : JSON.stringify(record);
				// A key repeated, as another system's writer may do it.
				if (d.extra) text = text.replace(/}$/, `,${JSON.stringify(d.extra)}:${JSON.stringify(base[d.extra] ?? 'x')}}`);
				let bytes = encode(text);
				if (hurt) bytes = Uint8Array.from(bytes, (b, i) => (i === hurt.at % bytes.length ? hurt.byte : b));
				const asBytes = parseAssessmentInput('line 7', bytes, framework);
				expect(seen(asBytes)).toEqual(seen(asFile('line 7', bytes)));
				if (!hurt) expect(seen(parseAssessmentInput('line 7', text, framework))).toEqual(seen(asBytes));
				for (const problem of problemsOf(asBytes)) expectWellFormed(problem);
			}),
			{ seed: 11, numRuns: runs(400) },
		);
	}, 300_000);
});

describe('validateAssessment on data that is not JSON', () => {
	const base = () => ({
		format: 'rungs/assessment@1',
		person: { name: 'Ana' },
		ladder: { id: 'rep', version: '1.0.0' },
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
		let result: Result<unknown> | undefined;
		expect(() => (result = validateAssessment(data, validFramework(), 'upload.json'))).not.toThrow();
		expect(result!.ok).toBe(false);
		expect(problemsOf(result!).length).toBeGreaterThan(0);
		for (const problem of problemsOf(result!)) expectWellFormed(problem, { data: true });
	});

	it('locates problems in the JSON text the data came from, when it is given', () => {
		const text = JSON.stringify({ ...base(), current: 'boss' });
		const [problem] = problemsOf(validateAssessment(JSON.parse(text), validFramework(), 'line 7', text));
		expect(problem).toMatchObject({ code: 'UNKNOWN_LEVEL', file: 'line 7', line: 1, column: text.indexOf('"boss"') + 1 });
	});

	it('says what is wrong where it is: a cycle is an unknown key at its path, a throwing getter cannot be read', () => {
		expect(problemsOf(validateAssessment(circular(), validFramework()))).toContainEqual(
			expect.objectContaining({ code: 'UNKNOWN_KEY', path: ['ratings', 'self', 'format'] }),
		);
		const getter = Object.defineProperty(base(), 'notes', { enumerable: true, get: () => { throw new Error('boom'); } });
		expect(problemsOf(validateAssessment(getter, validFramework()))).toEqual([
			expect.objectContaining({ code: 'WRONG_TYPE', path: [], message: expect.stringMatching(/cannot be read \(boom\)/) }),
		]);
		expect(problemsOf(validateAssessment(null, validFramework()))[0]!.message).toBe('`(top level)` should be an object, not null.');
		expect(problemsOf(validateAssessment(undefined, validFramework()))[0]!.message).toBe('`(top level)` should be an object, not undefined.');
	});
});
