import { describe, expect, it, vi } from 'vitest';
import { problemsOf, diffLadders, findLadder, migrateAssessment, parseAssessment, parseFramework, rewriteAssessmentText, suggest, type Assessment, type Problem, type SourceFile } from '@rungs/core';
import { frenchMessages, renderDiffMarkdown } from '@rungs/core/render';
import { AssessmentSchema } from '@rungs/core/schema';
import { readdirSync, readFileSync } from 'node:fs';
import { parse, stringify } from 'yaml';
import { validSources, withFile , valueOf } from './_fixtures.ts';

// Fast unit checks, but a loaded CI machine must not fail them on time alone.
vi.setConfig({ testTimeout: 60_000 });

// Rough edges a new user hit (issue #12, item 6), in the core: one mistake, one problem, at the line
// the mistake is on.

const where = (p: Problem) => `${p.code} ${p.file}:${p.line}:${p.column}`;
const errorsOf = (sources: SourceFile[]) => problemsOf(parseFramework(sources)).filter((p) => p.severity === 'error');
const textOf = (sources: SourceFile[], path: string) => sources.find((s) => s.path === path)!.text;
/** 1-based line and column of the first match of `pattern` in `text` (the column of its group, if any). */
function at(text: string, pattern: RegExp): { line: number; column: number } {
	const lines = text.split('\n');
	const line = lines.findIndex((l) => pattern.test(l));
	if (line < 0) throw new Error(`no line matches ${pattern}`);
	const match = pattern.exec(lines[line]!)!;
	return { line: line + 1, column: match.index + (match[1] ? match[0].indexOf(match[1]) : 0) + 1 };
}

describe('a misspelt key', () => {
	// Misspellings of required keys (`summary` and `scope` became optional in #14: a misspelt optional key is an unknown key).
	it('is one problem at the misspelt key, saying what it should be', () => {
		const text = textOf(validSources(), 'fixtures/rep.yaml').replace(/^version:/m, 'verison:');
		const problems = errorsOf(withFile(validSources(), { path: 'fixtures/rep.yaml', text }));
		expect(problems.map(where)).toEqual([`MISSPELT_KEY fixtures/rep.yaml:${at(text, /^verison:/).line}:1`]);
		expect(problems[0]!.message).toBe('`verison` should be `version`.');
		expect(problems[0]!.endColumn).toBe(1 + 'verison'.length);
	});

	it('nested in a level, too', () => {
		const text = textOf(validSources(), 'fixtures/rep.yaml').replace(/^( {4})title:/m, '$1tilte:');
		const problems = errorsOf(withFile(validSources(), { path: 'fixtures/rep.yaml', text }));
		const { line } = at(text, /^ {4}tilte:/);
		expect(problems.map(where)).toEqual([`MISSPELT_KEY fixtures/rep.yaml:${line}:5`]);
		expect(problems[0]!.message).toBe('`tilte` should be `title` in `levels.associate`.');
	});

	it('stays an unknown key (with a "did you mean") when the key it resembles is optional and present or not required', () => {
		const text = textOf(validSources(), 'fixtures/rep.yaml').replace(/^license:/m, 'license:').replace(/^summary: (.*)$/m, 'summary: $1\nsumary: again');
		const problems = errorsOf(withFile(validSources(), { path: 'fixtures/rep.yaml', text }));
		expect(problems.map((p) => p.code)).toEqual(['UNKNOWN_KEY']);
		expect(problems[0]!.hint).toMatch(/^Did you mean `summary`\?/);
	});

	it('two misspellings of two missing keys are two problems, each paired with its own key', () => {
		const text = textOf(validSources(), 'fixtures/rep.yaml').replace(/^version:/m, 'verison:').replace(/^title:/m, 'titel:');
		const problems = errorsOf(withFile(validSources(), { path: 'fixtures/rep.yaml', text }));
		expect(problems.map((p) => p.message).sort()).toEqual(['`titel` should be `title`.', '`verison` should be `version`.']);
	});
});

/** The valid set with framework.yaml listing its ladders in this order. */
function withLadders(order: string[]): SourceFile[] {
	const framework = textOf(validSources(), 'fixtures/framework.yaml');
	return withFile(validSources(), { path: 'fixtures/framework.yaml', text: `${framework.trimEnd()}\nladders: [${order.join(', ')}]\n` });
}

describe('a competency id used by two ladders', () => {
	// The case: a ladder copied to a new file, its id changed, its competencies left as they were.
	const copy = (sources: SourceFile[], path: string) => {
		const text = textOf(sources, 'fixtures/engineer.yaml').replace(/^id: engineer$/m, `id: ${path.replace(/^fixtures\/|\.yaml$/g, '')}`);
		return [...sources, { path, text }];
	};

	it('is reported at the copy, not the untouched original, even when the copy loads first', () => {
		const sources = copy(withLadders(['rep', 'engineer']), 'fixtures/aardvark.yaml');
		// Loaded first, as a folder would load it (by name).
		sources.unshift(sources.pop()!);
		const problems = errorsOf(sources);
		const copied = textOf(sources, 'fixtures/aardvark.yaml');
		const original = textOf(sources, 'fixtures/engineer.yaml');
		expect(problems.map(where)).toEqual([`COMPETENCY_ID_CLASH fixtures/aardvark.yaml:${at(copied, /^ {2}- id: (root-cause)$/).line}:${at(copied, /^ {2}- id: (root-cause)$/).column}`]);
		expect(problems[0]!.message).toBe(`The competency id \`root-cause\` is also defined by the ladder \`engineer\` at fixtures/engineer.yaml:${at(original, /^ {2}- id: root-cause$/).line}.`);
	});

	it('is reported at the ladder listed later in framework.yaml, wherever it loads', () => {
		const sources = copy(withLadders(['rep', 'aardvark', 'engineer']), 'fixtures/aardvark.yaml');
		expect(errorsOf(sources).map((p) => p.file)).toEqual(['fixtures/engineer.yaml']);
	});

	it('with neither listed, at the one loaded second', () => {
		const sources = copy(validSources(), 'fixtures/aardvark.yaml');
		expect(errorsOf(sources).map((p) => p.file)).toEqual(['fixtures/aardvark.yaml']);
	});
});

describe('a level in a band the shared competencies do not write', () => {
	// The valid shared competencies write P1 to P3; the engineer ladder uses them at P2 and P3.
	const engineer = () => textOf(validSources(), 'fixtures/engineer.yaml');

	it('is an error at the level\'s band that lists the bands there are', () => {
		const text = engineer().replace(/band: P2/, 'band: P6').replace(/band: P3/, 'band: P7');
		const problems = errorsOf(withFile(validSources(), { path: 'fixtures/engineer.yaml', text }));
		const first = at(text, /band: (P6)/);
		const second = at(text, /band: (P7)/);
		expect(problems.map(where)).toEqual([
			`UNKNOWN_LEVEL_BAND fixtures/engineer.yaml:${first.line}:${first.column}`,
			`UNKNOWN_LEVEL_BAND fixtures/engineer.yaml:${second.line}:${second.column}`,
		]);
		expect(problems[0]!.message).toContain('is in band `P6`, which the shared competencies do not write');
		expect(problems[0]!.hint).toContain('Bands in shared-competencies.yaml: `P1`, `P2`, `P3`.');
	});

	it('is not one when every shared competency the ladder uses explains the level in levelNotes', () => {
		const text = engineer()
			.replace(/band: P3/, 'band: P7')
			.replace('sharedCompetencies:\n  - id: empathy\n', 'sharedCompetencies:\n  - id: empathy\n    levelNotes:\n      senior-engineer: Empathy at this level is judged in the leadership ladder.\n');
		expect(text).toContain('levelNotes');
		expect(errorsOf(withFile(validSources(), { path: 'fixtures/engineer.yaml', text }))).toEqual([]);
	});
});

describe('levels out of order', () => {
	/** The rep ladder with five levels, banded as given. */
	function ladder(bands: string[]): string {
		const rep = textOf(validSources(), 'fixtures/rep.yaml');
		const [head, rest] = [rep.slice(0, rep.indexOf('levels:\n')), rep.slice(rep.indexOf('levels:\n'))];
		const firstLevel = rest.slice('levels:\n'.length, rest.indexOf('\n  - id: ', 10) + 1);
		const levels = bands.map((band, i) => firstLevel.replace(/- id: \S+/, `- id: level-${i + 1}`).replace(/band: \S+/, `band: ${band}`)).join('');
		// Only the levels matter here: competencies keep their keys, so drop what would not fit.
		return `${head}levels:\n${levels}competencies: []\n`;
	}
	const levelOrderProblems = (bands: string[]) => {
		const text = ladder(bands);
		return { text, problems: problemsOf(parseFramework(withFile(validSources(), { path: 'fixtures/rep.yaml', text }))).filter((p) => p.code === 'LEVEL_ORDER') };
	};

	it('one band set too high is reported at that level, naming both levels where the order breaks', () => {
		const { text, problems } = levelOrderProblems(['P1', 'P2', 'P5', 'P3', 'P4']);
		const wrong = at(text, /band: (P5)/);
		expect(problems.map(where)).toEqual([`LEVEL_ORDER fixtures/rep.yaml:${wrong.line}:${wrong.column}`]);
		expect(problems[0]!.message).toBe('The band goes down from `level-3` (P5) to `level-4` (P3); bands never go down a ladder.');
	});

	it('one band set too low is reported at that level', () => {
		const { text, problems } = levelOrderProblems(['P1', 'P2', 'P3', 'P1', 'P4']);
		const wrong = at(text, /band: (P1)\n?$/);
		const lines = text.split('\n');
		const index = lines.findIndex((l, i) => i > wrong.line - 1 && /band: P1$/.test(l));
		expect(problems.map(where)).toEqual([`LEVEL_ORDER fixtures/rep.yaml:${index + 1}:11`]);
		expect(problems[0]!.message).toBe('The band goes down from `level-3` (P3) to `level-4` (P1); bands never go down a ladder.');
	});
});

describe('suggest, the one "did you mean"', () => {
	it.each([
		['valdate', ['validate', 'gap'], 'validate'],
		['--fromat', ['--format', '--strict'], '--format'],
		['consistenly', ['not-yet', 'developing', 'consistently', 'role-model'], 'consistently'],
		['zebra', ['validate', 'gap'], undefined],
	])('%s → %s', (word, known, expected) => {
		expect(suggest(word, known)).toBe(expected);
	});
});

describe('diff of a reworded decision', () => {
	const repOf = (edit: (text: string) => string) => {
		const sources = validSources();
		const result = parseFramework(withFile(sources, { path: 'fixtures/rep.yaml', text: edit(textOf(sources, 'fixtures/rep.yaml')) }));
		if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('\n'));
		return result.value.ladders.find((m) => m.id === 'rep')!;
	};
	const before = repOf((t) => t);

	it('keeps the old and the new wording, and leaves out the unchanged limit', () => {
		const after = repOf((t) => t.replace('text: Credit an account after a failure.', 'text: Credit an account after an outage.'));
		const diff = diffLadders(before, after);
		expect(diff.levels.changed).toEqual([
			expect.objectContaining({
				id: 'associate',
				decisions: [{ id: 'credit', kind: 'changed', text: 'Credit an account after an outage.', fromText: 'Credit an account after a failure.', toText: 'Credit an account after an outage.' }],
			}),
		]);
		const markdown = renderDiffMarkdown([diff]);
		expect(markdown).toContain('decides alone: reworded “Credit an account after a failure.” → “Credit an account after an outage.”');
		expect(markdown).not.toContain('half a billing period');
		expect(diff.bump.implied).toBe('patch');
	});

	it('shows a changed limit as the limit, the wording once', () => {
		const after = repOf((t) => t.replace('limit: half a billing period', 'limit: one billing period'));
		const diff = diffLadders(before, after);
		expect(diff.levels.changed[0]!.decisions).toEqual([{ id: 'credit', kind: 'changed', text: 'Credit an account after a failure.', fromLimit: 'half a billing period', toLimit: 'one billing period' }]);
		expect(renderDiffMarkdown([diff])).toContain('decides alone: “Credit an account after a failure.”, limit “half a billing period” → “one billing period”');
		expect(diff.bump.implied).toBe('minor');
	});

	it('gives the reasons for its bump as codes and ids, worded by the catalog', () => {
		const after = repOf((t) => t.replace('limit: half a billing period', 'limit: one billing period'));
		const diff = diffLadders(before, after);
		expect(diff.bump.reasons).toEqual([{ code: 'level-changed', id: 'associate' }]);
		expect(renderDiffMarkdown([diff])).toContain('version bump (level associate changed)');
		expect(renderDiffMarkdown([diff], { messages: frenchMessages })).toContain('(niveau associate modifié)');
	});
});

describe('migrating an assessment edits the file in place', () => {
	const rep = textOf(validSources(), 'fixtures/rep.yaml');
	// Version 2.0.0: `guardrails` is gone, and `troubleshooting` lost its `spots-incidents` statement.
	const guardrails = rep.slice(rep.indexOf('  - id: guardrails\n'), rep.indexOf('      - An exception with its reasoning logged.\n') + '      - An exception with its reasoning logged.\n'.length);
	const repV2 = rep
		.replace('version: 1.0.0', 'version: 2.0.0')
		.replace(guardrails, '')
		.replace('        - id: spots-incidents\n          text: Notices emerging incidents early and raises them.\n', '');
	const frameworkOf = (text: string) => {
		const result = parseFramework(withFile(validSources(), { path: 'fixtures/rep.yaml', text }));
		if (!result.ok) throw new Error(result.problems.map((p) => `${p.code} ${p.message}`).join('\n'));
		return result.value;
	};
	const [v1, v2] = [frameworkOf(rep), frameworkOf(repV2)];

	const original = [
		'# yaml-language-server: $schema=../schemas/assessment.schema.json',
		"# Ana's self-assessment, spring review.",
		'#   Written with her manager; keep this header.',
		'format: rungs/assessment@1',
		'person: { name: Ana, id: ana }   # a pseudonym',
		'ladder: {id: rep, version: 1.0.0}',
		"assessor: {role: 'self'}",
		'date: 2026-10-08',
		'current: senior',
		'target: lead',
		'',
		'ratings:',
		'  # Empathy: the strongest.',
		'  empathy:',
		'    rating: consistently',
		'    evidence:',
		'      - { summary: "Calmed a customer after an outage, then wrote it up", kind: conversation }',
		'  troubleshooting: { rating: developing, statements: { escalation-point: developing, spots-incidents: not-yet } }',
		'  # Guardrails: goes with the competency.',
		'  guardrails:',
		'    rating: developing',
		'    note: >-',
		'      Still learning where the limits are; folded text that an editor',
		'      wrapped over two lines.',
		'notes: >-',
		'  A long note the author folded by hand, over',
		'  two lines.',
		'',
	].join('\n');

	it('changes only what migration changes: comments, blank lines, flow maps, quotes and folded text stay byte for byte', () => {
		const parsed = parseAssessment({ path: 'ana.yaml', text: original }, v1);
		expect(problemsOf(parsed)).toEqual([]);
		const migration = valueOf(migrateAssessment(valueOf(parsed), findLadder(v1, 'rep')!, findLadder(v2, 'rep')!));
		const notes = migration.assessment.notes!;
		expect(notes).toContain('`guardrails` was removed');
		const expected = original
			.replace('ladder: {id: rep, version: 1.0.0}', 'ladder: {id: rep, version: 2.0.0}')
			.replace(
				'  troubleshooting: { rating: developing, statements: { escalation-point: developing, spots-incidents: not-yet } }',
				'  troubleshooting: { rating: developing, statements: { escalation-point: developing }, reassess: true }',
			)
			.replace(/ {2}# Guardrails[^]*?wrapped over two lines\.\n/, '')
			// The author's folded notes stay as folded; migration's paragraph follows (two blank lines
			// make one paragraph break in folded text).
			.replace('  two lines.\n', `  two lines.\n\n\n  ${notes.slice(notes.indexOf('Migrated from'))}\n`);
		const rewritten = rewriteAssessmentText(original, migration.assessment);
		expect(rewritten).toBe(expected);
		// And it is the migrated assessment, valid on the new version.
		const again = parseAssessment({ path: 'ana.yaml', text: rewritten }, v2);
		expect(problemsOf(again)).toEqual([]);
		expect(valueOf(again)).toEqual(migration.assessment);
	});

	it('adds what is new at the end of its mapping, in the mapping\'s style', () => {
		const text = 'format: rungs/assessment@1\nperson: {name: Bo}\nladder: {id: rep, version: 1.0.0}\nassessor: {role: self}\ndate: 2026-10-08\ncurrent: senior\ntarget: lead\nratings:\n  troubleshooting:\n    rating: developing # so far\n    statements: {spots-incidents: not-yet}\n';
		const parsed = parseAssessment({ path: 'bo.yaml', text }, v1);
		const migration = valueOf(migrateAssessment(valueOf(parsed), findLadder(v1, 'rep')!, findLadder(v2, 'rep')!));
		const rewritten = rewriteAssessmentText(text, migration.assessment);
		expect(rewritten).toBe(
			text
				.replace('version: 1.0.0', 'version: 2.0.0')
				.replace('    statements: {spots-incidents: not-yet}\n', '    reassess: true\n')
				.concat(`notes: ${stringify(migration.assessment.notes, { lineWidth: 0 })}`),
		);
		expect(valueOf(parseAssessment({ path: 'bo.yaml', text: rewritten }, v2))).toEqual(migration.assessment);
	});
});

describe('a key misspelt with a look-alike letter', () => {
	it('names the letter, as the two read the same', () => {
		const text = textOf(validSources(), 'fixtures/rep.yaml').replace(/^title:/m, 'titl\u0435:');
		const problems = errorsOf(withFile(validSources(), { path: 'fixtures/rep.yaml', text }));
		expect(problems.map(where)).toEqual([`MISSPELT_KEY fixtures/rep.yaml:${at(text, /^titl/).line}:1`]);
		expect(problems[0]!.message).toBe('`titl\u0435` should be `title` (`\u0435` is U+0435, not an ASCII letter).');
	});
});

describe('rewriteAssessmentText, over every example assessment and many kinds of change', () => {
	const examples = [
		// The examples and the earlier assessments in examples/history/.
		...readdirSync(new URL('../../../matrices/examples/', import.meta.url), { recursive: true, encoding: 'utf8' })
			.filter((name) => name.endsWith('.yaml'))
			.map((name) => new URL(`../../../matrices/examples/${name}`, import.meta.url)),
		...readdirSync(new URL('./fixtures/valid/examples/', import.meta.url)).map((name) => new URL(`./fixtures/valid/examples/${name}`, import.meta.url)),
	];
	type Edit = (a: Assessment) => void;
	const first = (a: Assessment) => Object.keys(a.ratings)[0]!;
	const edits: Record<string, Edit> = {
		'a new version': (a) => void (a.ladder.version = '9.9.9'),
		'a rating removed': (a) => void delete a.ratings[first(a)],
		'every rating removed': (a) => void (a.ratings = {}),
		'every rating marked for re-assessment': (a) => Object.values(a.ratings).forEach((r) => (r.reassess = true)),
		'statement ratings dropped': (a) => Object.values(a.ratings).forEach((r) => delete r.statements),
		'one statement rating dropped': (a) => Object.values(a.ratings).forEach((r) => r.statements && delete r.statements[Object.keys(r.statements)[0]!]),
		'evidence statements cut': (a) => Object.values(a.ratings).forEach((r) => r.evidence.forEach((e) => (e.statements = e.statements?.slice(1)))),
		'notes replaced': (a) => void (a.notes = 'New notes: with a colon,\n\nand a second paragraph "quoted".'),
		'notes appended': (a) => void (a.notes = `${a.notes ?? ''}\n\nMigrated from 1.0.0 to 2.0.0. The competency \`x\` was removed.`),
		'a new rating': (a) => void (a.ratings['brand-new'] = { rating: 'developing', evidence: [{ summary: 'Did a thing: well.' }] }),
		'levels moved': (a) => {
			a.current = 'somewhere-else';
			a.target = { ladder: 'another-ladder', level: 'higher' };
		},
	};
	const cases = examples.flatMap((url) => Object.keys(edits).map((edit) => [url.pathname.split('/').slice(-2).join('/'), edit, url] as const));

	it.each(cases)('%s, %s: reads back as the edited assessment', (_file, edit, url) => {
		const text = readFileSync(url, 'utf8');
		const before = AssessmentSchema.parse(parse(text));
		const after = structuredClone(before);
		edits[edit]!(after);
		// Empty lists the edit left behind are not data the schema keeps.
		for (const r of Object.values(after.ratings)) {
			if (r.statements && Object.keys(r.statements).length === 0) delete r.statements;
			for (const e of r.evidence) if (e.statements && e.statements.length === 0) delete e.statements;
		}
		const rewritten = rewriteAssessmentText(text, after);
		expect(AssessmentSchema.parse(parse(rewritten))).toEqual(after);
		// Nothing but the change: an unchanged assessment is the same text.
		expect(rewriteAssessmentText(text, before)).toBe(text);
	});
});
