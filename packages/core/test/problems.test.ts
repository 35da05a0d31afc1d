import { readdirSync, readFileSync } from 'node:fs';
import { cp, mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { problemsOf, assess, migrateAssessment, type Result, decodeSource, formatProblems, parseAssessment, parseAssessmentPair, parseFramework, type Framework, type Problem, type ProblemCode, type SourceFile } from '@rungs/core';
import { MAX_SOURCE_BYTES, PROBLEM_CODES, PROBLEMS } from '@rungs/core/schema';
import { loadAssessment, loadFramework, readSourceFile } from '@rungs/core/node';
import { importLadder } from '@rungs/core/import';
import { frenchMessages } from '@rungs/core/render';
import { trackProgress } from '@rungs/core/team';
import { ASSESSMENT_PATH, asValidated, editableCopy, exampleAssessment, validFramework, validSources, valueOf, withFile } from './_fixtures.ts';

/*
 * One invalid fixture per problem code. Each file in fixtures/invalid/ is named `<CODE>.<target>.yaml`
 * and starts with `# expect <CODE> at <line>:<column>`: where a reader would point at the mistake.
 * The target says how it is loaded:
 * - `framework`, `shared-competencies`, `career-paths`, `rep`, `engineer`: it replaces that file of the valid set;
 * - `assessment`: it is parsed as an assessment against the valid framework;
 * - anything else: it is added to the valid set as `<target>.yaml`.
 * Codes that no single file can show have their own tests below (EXPLICIT_CODES).
 */

const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url));
const readFixture = (path: string): string => readFileSync(join(FIXTURES, path), 'utf8');

/** The valid framework in load order; a fixture replaces its namesake in place, or comes last. */

interface FixtureCase {
	name: string;
	code: ProblemCode;
	target: string;
	line: number;
	column: number;
	text: string;
}

function readCase(name: string): FixtureCase {
	const [, code, target] = /^([A-Z_]+)\.([a-z0-9-]+)\.yaml$/.exec(name) ?? [];
	const text = readFixture(`invalid/${name}`);
	const expected = /^# expect ([A-Z_]+) at (\d+):(\d+)$/.exec(text.split('\n')[0] ?? '');
	if (!code || !target || !expected || expected[1] !== code) {
		throw new Error(`fixtures/invalid/${name}: name it <CODE>.<target>.yaml and start it with "# expect <CODE> at <line>:<column>".`);
	}
	return { name, code: code as ProblemCode, target, line: Number(expected[2]), column: Number(expected[3]), text };
}

const cases = readdirSync(join(FIXTURES, 'invalid'))
	.filter((name) => name.endsWith('.yaml'))
	.sort()
	.map(readCase);

/** Every problem the fixture produces, and the path of the file the expected one belongs to. */
function fixtureProblems(fixture: FixtureCase): { file: string; problems: readonly Problem[] } {
	if (fixture.target === 'assessment') {
		return { file: ASSESSMENT_PATH, problems: problemsOf(parseAssessment({ path: ASSESSMENT_PATH, text: fixture.text }, validFramework())) };
	}
	const file = `fixtures/${fixture.target}.yaml`;
	return { file, problems: problemsOf(parseFramework(withFile(validSources(), { path: file, text: fixture.text }))) };
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const summary = (p: Problem): string => `${p.code} ${p.file}:${p.line}:${p.column}`;

function expectProblem(fixture: FixtureCase): void {
	const { file, problems } = fixtureProblems(fixture);
	const wanted = `${fixture.code} ${file}:${fixture.line}:${fixture.column}`;
	// Compared as summaries first, so a miss lists what was reported instead.
	expect(problems.map(summary)).toContain(wanted);
	const problem = problems.find((p) => summary(p) === wanted)!;
	expect(problem).toMatchObject({
		code: fixture.code,
		severity: PROBLEMS[fixture.code].severity,
		file,
		line: fixture.line,
		column: fixture.column,
		message: expect.stringMatching(/\S/),
		frame: expect.stringMatching(new RegExp(`^> +${fixture.line} \\|`, 'm')),
	});
	// The frame shows the offending line (tabs as spaces, long lines cut) on its one marked line.
	const offending = (fixture.text.split(/\r?\n/)[fixture.line - 1] ?? '').replace(/\t/g, ' ').slice(0, 160).trimEnd();
	const marked = problem.frame.split('\n').filter((l) => l.startsWith('>'));
	expect(marked).toEqual([expect.stringMatching(new RegExp(`^> +${fixture.line} \\| ?${escapeRegExp(offending)}`))]);
	expect(problem.frame).toContain(offending);
}

/**
 * Fixtures whose expectation is right but the library does not meet it yet. Each runs with
 * `it.fails`; when the library is fixed, vitest reports it, and the entry goes.
 */
const KNOWN_ISSUES: Record<string, string> = {};

const title = (fixture: FixtureCase) => `${fixture.name} reports ${fixture.code} at ${fixture.line}:${fixture.column}`;
const table = (known: boolean) =>
	cases.filter((fixture) => (fixture.name in KNOWN_ISSUES) === known).map((fixture) => [title(fixture), fixture] as const);

describe('the valid fixtures', () => {
	it('load without a problem', async () => {
		expect(problemsOf(parseFramework(validSources()))).toEqual([]);
		const loaded = await loadFramework(join(FIXTURES, 'valid'));
		expect(problemsOf(loaded)).toEqual([]);
	});

	it.each(['ana-self', 'ana-manager'])('examples/%s.yaml is a valid assessment', (name) => {
		const result = parseAssessment({ path: `fixtures/examples/${name}.yaml`, text: readFixture(`valid/examples/${name}.yaml`) }, validFramework());
		expect(problemsOf(result)).toEqual([]);
		expect(result.ok).toBe(true);
	});
});

describe('invalid fixtures', () => {
	it.each(table(false))('%s', (_title, fixture) => expectProblem(fixture));

	// See KNOWN_ISSUES: each asserts where a reader would look, which the library misses for now.
	it.fails.each(table(true))('%s (known issue)', (_title, fixture) => expectProblem(fixture));

	it('every known issue names an existing fixture', () => {
		expect(Object.keys(KNOWN_ISSUES).filter((name) => !cases.some((c) => c.name === name))).toEqual([]);
	});
});

/** A problem of this code, with its catalog severity and a message, at this place, its line marked in the frame. */
/** For a problem where there is no source to show (nothing was read, or nothing is there): no frame at all. */
const NO_SOURCE = { frame: '' } as const;

const located = (code: ProblemCode, file: string, line: number, column: number, extra: Record<string, unknown> = {}) =>
	expect.objectContaining({
		code,
		severity: PROBLEMS[code].severity,
		file,
		line,
		column,
		message: expect.stringMatching(/\S/),
		frame: expect.stringMatching(new RegExp(`^> +${line} \\|`, 'm')),
		...extra,
	});

const inFile = (problems: readonly Problem[], file: string) => problems.filter((p) => p.file === file);

/** Codes that no single swapped file can show: each has a `describe` of that name below. */
const EXPLICIT_CODES = [
	'FILE_NOT_FOUND',
	'FILE_NOT_READ',
	'FILE_NOT_TEXT',
	'FILE_TOO_LARGE',
	'YAML_TOO_DEEP',
	'YAML_ALIAS_LIMIT',
	'FRAMEWORK_MISSING',
	'NO_LADDERS',
	'ASSESSMENTS_NOT_COMPARABLE',
	'PROGRESS_NOT_COMPARABLE',
	'PROGRESS_NOT_EARLIER',
	'PROGRESS_NOT_MIGRATED',
	'FILE_EMPTY',
	'SHARED_BAND_MISSING',
	'INVALID_OPTION',
	'UNKNOWN_TARGET',
	'ASSESSMENT_NOT_IN_FRAMEWORK',
	'FRAMEWORK_CHANGED',
	'MIGRATION_LEVEL_REMOVED',
	'MIGRATION_OTHER_LADDER',
	'COMPETENCY_NOT_AT_LEVEL',
	'IMPORT_UNCLOSED_QUOTE',
	'IMPORT_NO_LEVELS',
	'IMPORT_NO_COMPETENCIES',
	'IMPORT_LEVEL_REPEATED',
	'IMPORT_CELL_NOT_PLACED',
	'IMPORT_NO_STATEMENTS',
	'IMPORT_CATEGORY_UNKNOWN',
	'IMPORT_SHARED_UNKNOWN',
	'IMPORT_CASE_UNREADABLE',
	'TRANSLATION_MISSING',
] as const satisfies readonly ProblemCode[];

const described = new Set<string>();
const explicit = (code: (typeof EXPLICIT_CODES)[number], body: () => void) => {
	described.add(code);
	describe(code, body);
};

let scratch: string;
beforeAll(async () => {
	scratch = await mkdtemp(join(tmpdir(), 'rungs-problems-'));
});
afterAll(async () => {
	await rm(scratch, { recursive: true, force: true });
});

explicit('FILE_NOT_FOUND', () => {
	const notFound = (path: string, reason: string) =>
		located('FILE_NOT_FOUND', path, 1, 1, { message: expect.stringContaining(reason), ...NO_SOURCE });

	it('loadFramework on a missing folder', async () => {
		const path = join(scratch, 'no-such-folder');
		const result = await loadFramework(path);
		expect(result.ok).toBe(false);
		expect(problemsOf(result)).toEqual([notFound(path, 'no such folder')]);
	});

	it('loadFramework on a file', async () => {
		const path = join(FIXTURES, 'valid', 'rep.yaml');
		const result = await loadFramework(path);
		expect(result.ok).toBe(false);
		expect(problemsOf(result)).toEqual([notFound(path, 'it is a file, not a folder')]);
	});

	it('loadAssessment on a missing file', async () => {
		const path = join(scratch, 'no-such-assessment.yaml');
		const result = await loadAssessment(path, validFramework());
		expect(result.ok).toBe(false);
		expect(problemsOf(result)).toEqual([notFound(path, 'no such file')]);
	});

	it('loadAssessment on a folder', async () => {
		const path = join(FIXTURES, 'valid', 'examples');
		const result = await loadAssessment(path, validFramework());
		expect(result.ok).toBe(false);
		expect(problemsOf(result)).toEqual([notFound(path, 'it is a folder, not a file')]);
	});

	it('readSourceFile on a missing file and on a folder', async () => {
		const missing = join(scratch, 'missing.yaml');
		expect(await readSourceFile(missing)).toEqual({ problems: [notFound(missing, 'no such file')] });
		expect(await readSourceFile(scratch)).toEqual({ problems: [notFound(scratch, 'it is a folder, not a file')] });
	});

	it('says why as codes a catalog can word: the reason, and the system error code', async () => {
		const missing = join(scratch, 'missing.yaml');
		expect((await readSourceFile(missing)).problems.map((p) => p.params)).toEqual([{ path: missing, reason: 'no-such-file', errno: 'ENOENT' }]);
		const file = join(FIXTURES, 'valid', 'rep.yaml');
		expect(problemsOf(await loadFramework(file)).map((p) => p.params)).toEqual([{ path: file, reason: 'not-a-folder', errno: 'ENOTDIR' }]);
	});
});

explicit('FILE_NOT_READ', () => {
	const notRead = (path: string, reason: string) => located('FILE_NOT_READ', path, 1, 1, { message: expect.stringContaining(reason), ...NO_SOURCE });

	it('readSourceFile on a device, and on a link leaving the folder it was found in', async () => {
		expect(await readSourceFile('/dev/null')).toEqual({ problems: [notRead('/dev/null', 'a device')] });
		const dir = join(scratch, 'links');
		await mkdir(dir, { recursive: true });
		await writeFile(join(scratch, 'outside.yaml'), 'secret: 1\n');
		await symlink(join(scratch, 'outside.yaml'), join(dir, 'leak.yaml'));
		expect(await readSourceFile(join(dir, 'leak.yaml'), { within: dir })).toEqual({ problems: [notRead(join(dir, 'leak.yaml'), 'a link to a file outside')] });
	});

	it('loadFramework names a link it does not follow, never skipping it in silence', async () => {
		const dir = join(scratch, 'ladders-with-link');
		await cp(join(FIXTURES, 'valid'), dir, { recursive: true });
		await writeFile(join(scratch, 'elsewhere.yaml'), 'format: rungs/ladder@1\n');
		await symlink(join(scratch, 'elsewhere.yaml'), join(dir, 'linked.yaml'));
		const result = await loadFramework(dir);
		expect(result.ok).toBe(false);
		expect(problemsOf(result)).toEqual([notRead(join(dir, 'linked.yaml'), 'a link to a file outside')]);
	});
});

explicit('FILE_NOT_TEXT', () => {
	// A byte that is never UTF-8 on line 3, after an accented letter: the column counts characters, not bytes.
	const encode = (text: string) => new TextEncoder().encode(text);
	const withByte = (byte: number) => Uint8Array.from([...encode('format: rungs/ladder@1\nid: rep\ntitle: Représentant '), byte, ...encode('quipe\n')]);

	it('decodeSource locates the first invalid byte', () => {
		const { problems } = decodeSource('fixtures/rep.yaml', withByte(0xff));
		expect(problems).toEqual([located('FILE_NOT_TEXT', 'fixtures/rep.yaml', 3, 21, { message: expect.stringContaining('line 3, column 21') })]);
		expect(problems[0]!.frame).toContain('title: Représentant');
	});

	it('decodeSource locates a character cut off at the end', () => {
		const { problems } = decodeSource('fixtures/rep.yaml', Uint8Array.from([...encode('id: r'), 0xc3]));
		expect(problems).toEqual([located('FILE_NOT_TEXT', 'fixtures/rep.yaml', 1, 6)]);
	});

	// A Latin-1 letter such as `é` (0xE9) is also a UTF-8 lead byte, which a streaming decoder accepts
	// as the start of a character: the problem must still point at the letter itself.
	it('decodeSource locates a Latin-1 letter at its own column', () => {
		const { problems } = decodeSource('fixtures/rep.yaml', withByte(0xe9));
		expect(problems).toEqual([located('FILE_NOT_TEXT', 'fixtures/rep.yaml', 3, 21)]);
	});

	it('readSourceFile refuses the file instead of guessing characters', async () => {
		const path = join(scratch, 'not-utf-8.yaml');
		await writeFile(path, withByte(0xff));
		expect(await readSourceFile(path)).toEqual({ problems: [located('FILE_NOT_TEXT', path, 3, 21)] });
	});
});

explicit('FILE_TOO_LARGE', () => {
	it('parseFramework refuses a text over MAX_SOURCE_BYTES', () => {
		const text = `format: rungs/ladder@1\nsummary: ${'x'.repeat(MAX_SOURCE_BYTES)}\n`;
		const result = parseFramework(withFile(validSources(), { path: 'fixtures/huge.yaml', text }));
		expect(inFile(problemsOf(result), 'fixtures/huge.yaml')).toEqual([located('FILE_TOO_LARGE', 'fixtures/huge.yaml', 1, 1)]);
	});

	it('counts bytes, not characters', () => {
		const text = `summary: ${'é'.repeat(MAX_SOURCE_BYTES / 2)}\n`;
		expect(text.length).toBeLessThan(MAX_SOURCE_BYTES);
		const result = parseFramework(withFile(validSources(), { path: 'fixtures/huge.yaml', text }));
		expect(inFile(problemsOf(result), 'fixtures/huge.yaml')).toEqual([located('FILE_TOO_LARGE', 'fixtures/huge.yaml', 1, 1)]);
	});

	it('readSourceFile refuses a file over the limit without reading it', async () => {
		const path = join(scratch, 'huge.yaml');
		await writeFile(path, 'x'.repeat(MAX_SOURCE_BYTES + 1));
		const { file, problems } = await readSourceFile(path);
		expect(file).toBeUndefined();
		// Not read, so nothing to frame.
		expect(problems).toEqual([located('FILE_TOO_LARGE', path, 1, 1, NO_SOURCE)]);
	});
});

explicit('YAML_TOO_DEEP', () => {
	const deepIn = (text: string) => inFile(problemsOf(parseFramework(withFile(validSources(), { path: 'fixtures/deep.yaml', text }))), 'fixtures/deep.yaml');

	it('refuses flow sequences nested 200 deep, at the bracket that goes too deep', () => {
		expect(deepIn(`${'['.repeat(200)}${']'.repeat(200)}\n`)).toEqual([located('YAML_TOO_DEEP', 'fixtures/deep.yaml', 1, 65)]);
	});

	// At the mapping that goes one level too deep (line 66, `level-65:`), not at line 1.
	it('refuses block mappings nested 70 deep', () => {
		const text = Array.from({ length: 70 }, (_, i) => `${'  '.repeat(i)}level-${i}:`).join('\n') + ' end\n';
		expect(deepIn(text)).toEqual([located('YAML_TOO_DEEP', 'fixtures/deep.yaml', 66, 131)]);
	});

	// The yaml parser would catch its own stack overflow and report hundreds of syntax errors, and parsing
	// such a text twice in one process has aborted Node ("RegExpCompiler Allocation failed"): the
	// pre-parse scan refuses it first.
	it('refuses 10,000 nested flow sequences as YAML_TOO_DEEP before parsing them', () => {
		expect(deepIn(`${'['.repeat(10_000)}${']'.repeat(10_000)}\n`)).toEqual([located('YAML_TOO_DEEP', 'fixtures/deep.yaml', 1, 65)]);
	});
});

explicit('YAML_ALIAS_LIMIT', () => {
	it('refuses a "billion laughs" alias bomb', () => {
		// Nine levels of nine aliases each: 9^9 strings once expanded.
		const names = 'abcdefghij';
		const lines = [`${names[0]}: &${names[0]} [lol, lol, lol, lol, lol, lol, lol, lol, lol]`];
		for (let i = 1; i < names.length; i++) lines.push(`${names[i]}: &${names[i]} [${Array(9).fill(`*${names[i - 1]}`).join(', ')}]`);
		const result = parseFramework(withFile(validSources(), { path: 'fixtures/lol.yaml', text: `${lines.join('\n')}\n` }));
		// At the first alias whose expansion goes over the limit (`*b` on line 3), not at line 1.
		expect(inFile(problemsOf(result), 'fixtures/lol.yaml')).toEqual([located('YAML_ALIAS_LIMIT', 'fixtures/lol.yaml', 3, 8)]);
	});

	// yaml only notices a missing anchor when converting to data; it must not read as an alias bomb.
	it('an alias to a missing anchor is a syntax error at the alias', () => {
		const text = 'format: rungs/ladder@1\nsummary: *missing\n';
		const result = parseFramework(withFile(validSources(), { path: 'fixtures/alias.yaml', text }));
		expect(inFile(problemsOf(result), 'fixtures/alias.yaml')).toEqual([located('YAML_SYNTAX', 'fixtures/alias.yaml', 2, 10)]);
	});
});

explicit('FRAMEWORK_MISSING', () => {
	it('a set without framework.yaml', () => {
		const sources = validSources().filter((s) => s.path !== 'fixtures/framework.yaml');
		const result = parseFramework(sources, { root: 'fixtures' });
		expect(result.ok).toBe(false);
		expect(problemsOf(result)).toContainEqual(located('FRAMEWORK_MISSING', 'fixtures', 1, 1, { message: expect.stringContaining('`fixtures`'), ...NO_SOURCE }));
	});

	it('loadFramework on an empty folder', async () => {
		const path = join(scratch, 'empty-folder');
		await mkdir(path);
		const result = await loadFramework(path);
		expect(problemsOf(result)).toEqual([located('FRAMEWORK_MISSING', path, 1, 1, NO_SOURCE), located('NO_LADDERS', path, 1, 1, NO_SOURCE)]);
	});

	// A file that cannot be read may be of any kind: a framework.yaml with one typo is broken, not missing.
	it('a framework.yaml with a YAML error is not reported missing', () => {
		const text = readFixture('invalid/YAML_DUPLICATE_KEY.framework.yaml');
		const result = parseFramework(withFile(validSources(), { path: 'fixtures/framework.yaml', text }));
		expect(problemsOf(result).map((p) => p.code)).not.toContain('FRAMEWORK_MISSING');
	});
});

explicit('NO_LADDERS', () => {
	it('a set without ladders', () => {
		const sources = validSources().filter((s) => ['fixtures/framework.yaml', 'fixtures/shared-competencies.yaml'].includes(s.path));
		const result = parseFramework(sources, { root: 'fixtures' });
		expect(result.ok).toBe(false);
		expect(problemsOf(result)).toContainEqual(located('NO_LADDERS', 'fixtures', 1, 1, { message: expect.stringContaining('`fixtures`'), ...NO_SOURCE }));
	});
});

explicit('ASSESSMENTS_NOT_COMPARABLE', () => {
	const self = (): SourceFile => ({ path: 'fixtures/examples/ana-self.yaml', text: readFixture('valid/examples/ana-self.yaml') });
	const manager = (from: string, to: string): SourceFile => {
		const text = readFixture('valid/examples/ana-manager.yaml');
		expect(text).toContain(from);
		return { path: 'fixtures/examples/other.yaml', text: text.replace(from, to) };
	};

	it('two assessments of different people, located in the second file', () => {
		const result = parseAssessmentPair(self(), manager('person: { name: Ana, id: ana }', 'person: { name: Bo, id: bo }'), validFramework());
		expect(result.ok).toBe(false);
		expect(problemsOf(result)).toEqual([
			located('ASSESSMENTS_NOT_COMPARABLE', 'fixtures/examples/other.yaml', 2, 25, { message: expect.stringMatching(/`ana`.*`bo`/) }),
		]);
	});

	it('two assessments with different targets', () => {
		const result = parseAssessmentPair(self(), manager('target: lead', 'target: senior'), validFramework());
		expect(problemsOf(result)).toEqual([located('ASSESSMENTS_NOT_COMPARABLE', 'fixtures/examples/other.yaml', 7, 9)]);
	});

	it('two assessments on different ladders', () => {
		const other: SourceFile = {
			path: 'fixtures/examples/other.yaml',
			text: [
				'format: rungs/assessment@1',
				'person: { name: Ana, id: ana }',
				'ladder: { id: engineer, version: 2.1.0 }',
				'assessor: { role: manager }',
				'date: 2026-10-08',
				'current: engineer',
				'target: { ladder: rep, level: lead }',
				'',
			].join('\n'),
		};
		const result = parseAssessmentPair(self(), other, validFramework());
		expect(problemsOf(result)).toEqual([located('ASSESSMENTS_NOT_COMPARABLE', 'fixtures/examples/other.yaml', 3, 15)]);
	});
});

// Progress over time: an earlier assessment that is not one of the same series, located in its own
// file when it comes with its text, else by data path under `earlier`.
const earlierFile = (from: string, to: string): SourceFile => {
	const text = readFixture('valid/examples/ana-self.yaml');
	expect(text).toContain(from);
	return { path: 'fixtures/examples/earlier.yaml', text: text.replace(from, to).replace('date: 2026-10-01', 'date: 2026-04-01') };
};
const progressFrom = (earlier: SourceFile) => {
	const latest = exampleAssessment('ana-self.yaml');
	return trackProgress(validFramework(), latest, [{ assessment: valueOf(parseAssessment(earlier, validFramework())), source: earlier }]);
};

explicit('PROGRESS_NOT_COMPARABLE', () => {
	it('an earlier assessment of someone else, located in its file', () => {
		expect(problemsOf(progressFrom(earlierFile('person: { name: Ana, id: ana }', 'person: { name: Bo, id: bo }')))).toEqual([
			located('PROGRESS_NOT_COMPARABLE', 'fixtures/examples/earlier.yaml', 2, 25, { message: expect.stringMatching(/`bo`.*`ana`/) }),
		]);
	});

	it('a ladder given for another version than the assessment was made on, by data path without a file', () => {
		const latest = exampleAssessment('ana-self.yaml');
		const ladder = { ...validFramework().ladders.find((m) => m.id === 'rep')!, version: '0.9.0' };
		const result = trackProgress(validFramework(), latest, [{ assessment: { ...latest, date: '2026-01-01' }, ladder }]);
		expect(problemsOf(result)).toEqual([expect.objectContaining({ code: 'PROGRESS_NOT_COMPARABLE', file: 'earlier', path: [0, 'ladder', 'version'], params: expect.objectContaining({ what: 'version' }) })]);
	});
});

explicit('PROGRESS_NOT_EARLIER', () => {
	it('an "earlier" assessment dated after the latest, located at its date', () => {
		expect(problemsOf(progressFrom(earlierFile('date: 2026-10-01', 'date: 2027-01-01')))).toEqual([located('PROGRESS_NOT_EARLIER', 'fixtures/examples/earlier.yaml', 5, 7)]);
	});
});

explicit('PROGRESS_NOT_MIGRATED', () => {
	it('an earlier assessment on another version, with no ladder to migrate from: read as it stands, with a warning', () => {
		const result = progressFrom(earlierFile('version: 1.0.0', 'version: 1.0.0'));
		expect(result.ok).toBe(true);
		const latest = exampleAssessment('ana-self.yaml');
		const older = trackProgress(validFramework(), latest, [{ ...latest, date: '2026-01-01', ladder: { id: 'rep', version: '0.9.0' } }]);
		expect(older.ok && older.warnings).toEqual([expect.objectContaining({ code: 'PROGRESS_NOT_MIGRATED', severity: 'warning', file: 'earlier', path: [0, 'ladder', 'version'] })]);
	});
});

explicit('FILE_EMPTY', () => {
	it.each([
		['an empty file', ''],
		['blank lines', '\n  \n\n'],
		['a byte-order mark alone', '\uFEFF'],
		['comments alone', '# to do\n# later\n'],
	])('%s in a folder', (_name, text) => {
		const result = parseFramework(withFile(validSources(), { path: 'fixtures/notes.yaml', text }));
		expect(result.ok).toBe(false);
		expect(problemsOf(result)).toEqual([located('FILE_EMPTY', 'fixtures/notes.yaml', 1, 1, text.replace('\uFEFF', '') === '' ? NO_SOURCE : {})]);
	});

	it('an empty assessment', () => {
		const result = parseAssessment({ path: ASSESSMENT_PATH, text: '' }, validFramework());
		expect(problemsOf(result)).toEqual([located('FILE_EMPTY', ASSESSMENT_PATH, 1, 1, NO_SOURCE)]);
	});
});

describe('a problem says what is wrong, once, where it is', () => {
	// parse-yaml.ts takes the key from the yaml error's range, which covers only its first character.
	it('YAML_DUPLICATE_KEY names and underlines the whole key', () => {
		const { problems } = fixtureProblems(readCase('YAML_DUPLICATE_KEY.framework.yaml'));
		const problem = problems.find((p) => p.code === 'YAML_DUPLICATE_KEY');
		expect(problem).toMatchObject({ message: expect.stringContaining('`title`'), line: 6, column: 1, endColumn: 6 });
	});

	// One tab gives 17 problems in its file, among them a YAML_DUPLICATE_KEY for a key `t` at 28:2.
	it('a tab used as indentation is one problem', () => {
		const { file, problems } = fixtureProblems(readCase('YAML_SYNTAX.rep.yaml'));
		expect(inFile(problems, file)).toEqual([located('YAML_SYNTAX', file, 28, 1)]);
	});

	// Ladders that fail to parse or have no readable format are not counted (unlike those failing their
	// schema), so career-paths.yaml reports `rep` as an unknown ladder and shared-competencies.yaml reports
	// "No ladder has a level in band `P1`".
	it.each(['YAML_SYNTAX.rep.yaml', 'FORMAT_MISSING.rep.yaml', 'FORMAT_UNKNOWN.rep.yaml', 'FORMAT_UNSUPPORTED.rep.yaml'])(
		'%s causes no problem in other files',
		(name) => {
			const { file, problems } = fixtureProblems(readCase(name));
			expect(problems.filter((p) => p.file !== file).map(summary)).toEqual([]);
		},
	);
});

describe('coverage', () => {
	it('every problem code has a fixture or an explicit test', () => {
		const covered = new Set<string>([...cases.map((c) => c.code), ...EXPLICIT_CODES]);
		expect(PROBLEM_CODES.filter((code) => !covered.has(code))).toEqual([]);
	});

	it('every fixture and explicit test names a code of the catalog', () => {
		const named = [...cases.map((c) => c.code), ...EXPLICIT_CODES];
		expect(named.filter((code) => !PROBLEM_CODES.includes(code))).toEqual([]);
	});

	it('every explicitly tested code has its describe block', () => {
		expect([...described].sort()).toEqual([...EXPLICIT_CODES].sort());
	});
});

// One shared competency without a band the others write: a file alone cannot show it, as a band no
// shared competency writes is UNKNOWN_LEVEL_BAND.
explicit('SHARED_BAND_MISSING', () => {
	it('a ladder uses a shared competency that stops a band short of the others', () => {
		const shared = readFileSync(join(FIXTURES, 'valid', 'shared-competencies.yaml'), 'utf8');
		const calm = [
			'  - id: calm',
			'    name: Calm',
			'    category: craft',
			'    description: Stays calm under pressure.',
			'    expectations:',
			'      P1:',
			'        - id: steady',
			'          text: Keeps a steady pace when the queue is long.',
			'      P2:',
			'        - id: steadies-others',
			'          text: Helps others keep a steady pace.',
			'    evidenceExamples:',
			'      - A busy shift.',
			'',
		].join('\n');
		const engineer = readFileSync(join(FIXTURES, 'valid', 'engineer.yaml'), 'utf8').replace('sharedCompetencies:\n  - id: empathy\n', 'sharedCompetencies:\n  - id: empathy\n  - id: calm\n');
		let sources = withFile(validSources(), { path: 'fixtures/shared-competencies.yaml', text: `${shared.trimEnd()}\n${calm}` });
		sources = withFile(sources, { path: 'fixtures/engineer.yaml', text: engineer });
		const result = parseFramework(sources);
		expect(problemsOf(result)).toEqual([located('SHARED_BAND_MISSING', 'fixtures/engineer.yaml', 41, 9, { message: expect.stringContaining('`calm` has no statements for band `P3`') })]);
	});
});

// Arguments of API calls: no file, so each problem names the argument and the data path in it.
const argumentProblems = (result: Result<unknown>) => (result.ok ? [] : result.problems.map((p) => ({ code: p.code, file: p.file, path: p.path.join('.'), line: p.line, frame: p.frame })));
// An argument is data: located by its path alone, no line and no frame.
const inArgument = (code: ProblemCode, file: string, path: string) => ({ code, file, path, line: undefined, frame: '' });

explicit('INVALID_OPTION', () => {
	it('is a readiness rule option that is not one, at its data path in `options`', () => {
		const framework = validFramework();
		const ana = exampleAssessment('ana-self.yaml', framework);
		expect(argumentProblems(assess(framework, ana, { rule: { rule: 'n-of-m', minShare: 2 } }))).toEqual([inArgument('INVALID_OPTION', 'options', 'rule.minShare')]);
	});
	it('carries what was given and what was expected as data, worded by the catalog', () => {
		const framework = validFramework();
		const ana = exampleAssessment('ana-self.yaml', framework);
		const result = assess(framework, ana, { rule: { rule: 'n-of-mm', minShare: 0.5 } as never });
		expect(!result.ok && result.problems.map((p) => [p.params, p.message, p.hint])).toEqual([
			[
				{ option: 'rule.rule', value: '"n-of-mm"', expected: 'rule-id', known: ['all-at-target', 'n-of-m', 'weighted-points'], suggestion: 'n-of-m' },
				'The option `rule.rule` is not valid: it is "n-of-mm".',
				'Did you mean `n-of-m`? Expected one of `all-at-target`, `n-of-m`, `weighted-points`.',
			],
		]);
		const key = assess(framework, ana, { rule: { rule: 'all-at-target', minShare: [0.5] } as never });
		expect(!key.ok && key.problems.map((p) => [p.code === 'INVALID_OPTION' && p.params.expected, p.message])).toEqual([['rule-key', 'The all-at-target rule has no key `minShare` (`rule.minShare`).']]);
	});
});

describe('the ids a problem would accept', () => {
	// Fourteen categories: a problem carries the first dozen as data and how many more, and each
	// catalog joins them in its own words; no list arrives pre-joined in English.
	const categories = Array.from({ length: 14 }, (_, i) => `area-${String(i + 1).padStart(2, '0')}`);
	const sources = () => {
		const [framework, ...rest] = validSources();
		const extra = categories.map((id) => `  - id: ${id}\n    name: Area ${id.slice(5)}\n`).join('');
		const text = framework!.text.replace('categories:\n', `categories:\n${extra}`);
		const rep = rest.find((s) => s.path === 'fixtures/rep.yaml')!;
		return withFile([{ ...framework!, text }, ...rest], { ...rep, text: rep.text.replace('category: craft', 'category: craf') });
	};
	it('are data: the first dozen in `known`, the rest counted in `more`', () => {
		const result = parseFramework(sources());
		const problem = !result.ok ? result.problems.find((p) => p.code === 'UNKNOWN_CATEGORY') : undefined;
		expect(problem?.params).toEqual({ id: 'craf', known: categories.slice(0, 12), more: 4, suggestion: 'craft' });
		expect(problem?.hint).toBe(`Did you mean \`craft\`? Categories are declared in framework.yaml: ${categories.slice(0, 12).map((id) => `\`${id}\``).join(', ')} and 4 more.`);
	});
	it('are joined by the French catalog in French', () => {
		const result = parseFramework(sources());
		const problem = !result.ok ? result.problems.find((p) => p.code === 'UNKNOWN_CATEGORY') : undefined;
		expect(formatProblems(problem ? [problem] : [], { messages: frenchMessages })).toContain('`area-12` et 4 autres.');
	});
});

explicit('UNKNOWN_TARGET', () => {
	it('is a target option that is not a level of the framework, with the levels in the hint', () => {
		const framework = validFramework();
		const result = assess(framework, exampleAssessment('ana-self.yaml', framework), { target: 'leed' });
		expect(argumentProblems(result)).toEqual([inArgument('UNKNOWN_TARGET', 'options', 'target')]);
		expect(!result.ok && result.problems[0]!.hint).toBe('Did you mean `lead`? Name a level of `rep` (`associate`, `senior`, `lead`), or `{ ladder, level }` for a level of another ladder.');
	});
});

explicit('ASSESSMENT_NOT_IN_FRAMEWORK', () => {
	it('is an assessment checked against another framework: its level is not in this one', () => {
		const framework = validFramework();
		const result = assess(framework, asValidated({ ...exampleAssessment('ana-self.yaml', framework), current: 'principal' }));
		expect(argumentProblems(result)).toEqual([inArgument('ASSESSMENT_NOT_IN_FRAMEWORK', 'assessment', 'current')]);
	});
});

explicit('FRAMEWORK_CHANGED', () => {
	it('is a framework copied and edited after loading, out of the bounds parseFramework keeps', () => {
		const framework = editableCopy(validFramework());
		const rep = framework.ladders.find((m) => m.id === 'rep')!;
		rep.readiness = { rule: 'n-of-m', minShare: 7, requireEvidence: false };
		const result = assess(framework, exampleAssessment('ana-self.yaml'));
		expect(argumentProblems(result)).toEqual([inArgument('FRAMEWORK_CHANGED', 'framework', `ladders.${framework.ladders.indexOf(rep)}.readiness.minShare`)]);
		expect(!result.ok && result.problems.map((p) => [p.params, p.message])).toEqual([
			[{ field: 'readiness', value: '7', key: 'minShare' }, 'The framework holds a readiness rule whose `minShare` is 7, which parseFramework refuses.'],
		]);
	});
});

explicit('MIGRATION_LEVEL_REMOVED', () => {
	const framework = validFramework();
	const rep = framework.ladders.find((m) => m.id === 'rep')!;
	const withoutLead = { ...rep, version: '2.0.0', levels: rep.levels.filter((l) => l.id !== 'lead') };
	it('is an assessment whose target level is gone, located in the assessment', () => {
		expect(argumentProblems(migrateAssessment(exampleAssessment('ana-self.yaml'), rep, withoutLead))).toEqual([inArgument('MIGRATION_LEVEL_REMOVED', 'assessment', 'target')]);
	});
	it('is a replacement level that is not there either, located in the options', () => {
		expect(argumentProblems(migrateAssessment(exampleAssessment('ana-self.yaml'), rep, withoutLead, { target: 'leader' }))).toEqual([inArgument('MIGRATION_LEVEL_REMOVED', 'options', 'target')]);
		expect(migrateAssessment(exampleAssessment('ana-self.yaml'), rep, withoutLead, { target: 'senior' }).ok).toBe(true);
	});
});

explicit('MIGRATION_OTHER_LADDER', () => {
	it('is an assessment moved between versions of another ladder', () => {
		const framework = validFramework();
		const engineer = framework.ladders.find((m) => m.id === 'engineer')!;
		expect(argumentProblems(migrateAssessment(exampleAssessment('ana-self.yaml'), engineer, engineer))).toEqual([inArgument('MIGRATION_OTHER_LADDER', 'assessment', 'ladder.id')]);
	});
});

// The valid fixture set has no competency limited by `levels`: fixtures/levels has.
explicit('COMPETENCY_NOT_AT_LEVEL', () => {
	it('an assessment rates a competency whose levels leave out its target', () => {
		const folder = join(FIXTURES, 'levels');
		const framework = valueOf(parseFramework(['framework', 'shared-competencies', 'desk', 'clinic'].map((name) => ({ path: `levels/${name}.yaml`, text: readFileSync(join(folder, `${name}.yaml`), 'utf8') }))));
		const text = `${readFileSync(join(folder, 'examples/rita-aiming-senior.yaml'), 'utf8').trimEnd()}\n  filing:\n    rating: developing\n`;
		const result = parseAssessment({ path: ASSESSMENT_PATH, text }, framework);
		expect(result.ok && result.warnings).toEqual([located('COMPETENCY_NOT_AT_LEVEL', ASSESSMENT_PATH, text.split('\n').indexOf('  filing:') + 1, 3)]);
	});
});

// A missing translation is located at the source text, in another file than the translation.
explicit('TRANSLATION_MISSING', () => {
	const french = 'format: rungs/translation@1\nlanguage: fr\nladder: rep\nsummary: { source: Answers customers., text: Répond aux clients. }\n';
	it('a ladder text with no entry in its translation file, at the text in the ladder', () => {
		const problems = problemsOf(parseFramework([...validSources(), { path: 'fixtures/i18n/fr/rep.yaml', text: french }]));
		const title = problems.find((p) => p.code === 'TRANSLATION_MISSING' && p.file === 'fixtures/rep.yaml' && p.params.field === 'title');
		expect(title).toMatchObject({ severity: 'warning', line: 4, column: 8, params: { language: 'fr', field: 'title', file: 'fixtures/i18n/fr/rep.yaml' } });
		expect(title!.frame).toMatch(/^> 4 \| title: Representative$/m);
	});
	it('a source file with no translation file at all, once, at its first key', () => {
		const problems = problemsOf(parseFramework([...validSources(), { path: 'fixtures/i18n/fr/rep.yaml', text: french }]));
		const engineer = problems.filter((p) => p.code === 'TRANSLATION_MISSING' && p.file === 'fixtures/engineer.yaml');
		expect(engineer).toHaveLength(1);
		expect(engineer[0]).toMatchObject({ line: 1, column: 1, params: { language: 'fr', file: 'i18n/fr/engineer.yaml', entries: expect.any(Number) } });
	});
});

// Importing a ladder: a CSV's problems are at the row and column a spreadsheet shows (no frame: a
// row is not a line of the text); a CASE package's at a data path. packages/core/test/import.test.ts has the rest.
const importProblems = (text: string, file = 'grid.csv'): Problem[] => {
	const result = importLadder(validFramework(), text, { file, id: 'agent' });
	return result.ok ? [...result.value.skipped] : [...result.problems];
};
const IMPORT_CASES: Array<[(typeof EXPLICIT_CODES)[number], string, string, number, number]> = [
	['IMPORT_UNCLOSED_QUOTE', 'a quoted cell that never closes', 'Competency,A,B\nX,a,"b\n', 2, 3],
	['IMPORT_NO_LEVELS', 'a header with no level column', 'Competency,Category\nX,Craft\n', 1, 1],
	['IMPORT_NO_COMPETENCIES', 'a grid with no competency row', 'Competency,A,B\n', 1, 1],
	['IMPORT_LEVEL_REPEATED', 'a second column of the same level', 'Competency,A,a\nX,a,b\n', 1, 3],
	['IMPORT_CELL_NOT_PLACED', 'a cell right of the last level column', 'Competency,A,B\nX,a,b,c\n', 2, 4],
	['IMPORT_NO_STATEMENTS', 'a competency with no statement', 'Competency,A,B\nX,,\nY,a,b\n', 2, 1],
	['IMPORT_CATEGORY_UNKNOWN', 'a category the framework lacks', 'Competency,Category,A,B\nX,Kraft,a,b\n', 2, 2],
	['IMPORT_SHARED_UNKNOWN', 'a competency marked shared that the framework does not share', 'Competency,Category,Shared,Required,A,B\nNobody,Craft,yes,no,a,b\n', 2, 1],
];
for (const [code, what, text, line, column] of IMPORT_CASES) {
	explicit(code, () => {
		it(`is ${what}, at its row and column`, () => {
			expect(importProblems(text)).toEqual([located(code, 'grid.csv', line, column, NO_SOURCE)]);
		});
	});
}
explicit('IMPORT_CASE_UNREADABLE', () => {
	it('is a package with no rubric, at its data path', () => {
		expect(importProblems('{"CFDocument":{}}', 'package.json')).toEqual([expect.objectContaining({ code: 'IMPORT_CASE_UNREADABLE', file: 'package.json', path: ['CFRubrics'], frame: '' })]);
	});
});
