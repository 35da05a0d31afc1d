import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { Problem } from '@rungs/core';
import { importLadder, type ImportOptions } from '@rungs/core/import';
import { statementIds } from '../src/model/derive-id.ts';
import { validFramework, valueOf } from './_fixtures.ts';

const framework = validFramework();
type Data = Record<string, any>;
const imported = (text: string, options: Partial<ImportOptions> = {}) => valueOf(importLadder(framework, text, { file: 'grid.csv', id: 'agent', ...options }));
const ladder = (text: string, options: Partial<ImportOptions> = {}) => imported(text, options).ladder as Data;
const at = (problem: Problem) => `${problem.file}:${problem.line}:${problem.column} ${problem.code}`;
const failed = (text: string, options: Partial<ImportOptions> = {}) => {
	const result = importLadder(framework, text, { file: 'grid.csv', id: 'agent', ...options });
	if (result.ok) throw new Error('expected a failure');
	return result.problems;
};

const GRID = [
	'Competency,Category,Description,Junior (P1),Senior (P2),Lead (P3)',
	'Writing,Craft,Writes for the reader,"- Answers the question\n- Checks spelling","* Edits others\' replies","• Sets the tone guide"',
	'Mentoring,Conduct,,,"Buddies new people","Runs onboarding"',
	'Escalation,Conduct,,"Escalates with context",,',
].join('\r\n');

describe('importLadder: a spreadsheet grid', () => {
	it('reads levels from the header (title and band), competencies from the rows, statements one per line, bullets off', () => {
		const data = ladder(GRID);
		expect(data.levels).toEqual([
			{ id: 'junior', title: 'Junior', band: 'P1' },
			{ id: 'senior', title: 'Senior', band: 'P2' },
			{ id: 'lead', title: 'Lead', band: 'P3' },
		]);
		expect(data.competencies[0]).toEqual({
			id: 'writing',
			name: 'Writing',
			category: 'craft',
			description: 'Writes for the reader',
			expectations: {
				junior: [
					{ id: 'answers-the-question', text: 'Answers the question' },
					{ id: 'checks-spelling', text: 'Checks spelling' },
				],
				senior: [{ id: 'edits-others-replies', text: "Edits others' replies" }],
				lead: [{ id: 'sets-the-tone-guide', text: 'Sets the tone guide' }],
			},
		});
	});

	it('writes eachLevel: replaces-below, and levels: where a competency applies at fewer levels (an empty cell: it does not apply)', () => {
		const data = ladder(GRID);
		expect(data.eachLevel).toBe('replaces-below');
		expect(data.competencies[1].levels).toEqual({ from: 'senior' });
		expect(data.competencies[2].levels).toEqual({ upTo: 'junior' });
		const gaps = ladder('Competency,A,B,C,D\nX,a,,c,\nY,,b,c,\n');
		expect(gaps.competencies[0].levels).toEqual(['a', 'c']);
		expect(gaps.competencies[1].levels).toEqual({ from: 'b', upTo: 'c' });
	});

	it('with eachLevel adds-to-below, an empty cell is "nothing new": a competency applies from its first statements up', () => {
		const data = ladder(GRID, { eachLevel: 'adds-to-below' });
		expect(data.eachLevel).toBeUndefined();
		expect(data.competencies[1].levels).toEqual({ from: 'senior' });
		expect(data.competencies[2].levels).toBeUndefined();
		expect(Object.keys(data.competencies[2].expectations)).toEqual(['junior']);
	});

	it('gives statements the ids plain-string statements derive (statementIds over the competency in file order)', () => {
		const data = ladder('Competency,One,Two\nX,"Does it\nDoes it",Does it\n');
		const written = data.competencies[0].expectations;
		expect([...written.one, ...written.two].map((s: Data) => s.id)).toEqual(statementIds(['Does it', 'Does it', 'Does it']));
		expect(written.two[0].id).toBe('does-it-3');
	});

	it('takes numeric level titles as ids, and YAML keeps them strings', () => {
		const { yaml, ladder: data } = imported('Competency;1;2;3\nX;a;b;c\n');
		expect((data as Data).levels.map((l: Data) => l.id)).toEqual(['1', '2', '3']);
		expect(parse(yaml).levels[0].id).toBe('1');
		expect(parse(yaml).competencies[0].expectations['1']).toEqual([{ id: 'a', text: 'a' }]);
	});

	it('reads semicolon and tab separated files, with a byte-order mark', () => {
		const comma = ladder(GRID);
		expect(ladder(`\uFEFF${GRID.replace(/,(?=(?:[^"]*"[^"]*")*[^"]*$)/g, ';')}`)).toEqual(comma);
		expect(ladder(GRID.replace(/,(?=(?:[^"]*"[^"]*")*[^"]*$)/g, '\t'))).toEqual(comma);
	});

	it('keeps Markdown in the text as written', () => {
		const data = ladder('Competency,One,Two\nX,"Follows [the guide](https://example.com/guide) and **checks** it",b\n');
		expect(data.competencies[0].expectations.one[0].text).toBe('Follows [the guide](https://example.com/guide) and **checks** it');
	});

	it('writes a file that reads back as the data, with the modeline, and comments on what is worth adding', () => {
		const { yaml, ladder: data } = imported(GRID, { schema: '../schemas/ladder.schema.json' });
		expect(yaml.split('\n')[0]).toBe('# yaml-language-server: $schema=../schemas/ladder.schema.json');
		expect(yaml).toContain('# Imported from grid.csv by `rungs import`');
		expect(yaml).toContain('#   summary: what people in this role do');
		expect(yaml).toContain('#   on each level: authority');
		expect(parse(yaml)).toEqual(data);
		// No placeholder text: every text in the file is from the grid.
		expect(yaml).not.toMatch(/TODO|not stated|placeholder/i);
	});

	it('makes the id from the file name and the title from the id when neither is given', () => {
		const data = valueOf(importLadder(framework, GRID, { file: 'some/dir/Support Agents.csv' })).ladder as Data;
		expect(data.id).toBe('support-agents');
		expect(data.title).toBe('Support agents');
		expect(ladder(GRID, { title: 'Agent' }).title).toBe('Agent');
	});

	it('files a competency under the framework category of that name or id, and under the first with none given', () => {
		expect(ladder('Competency,Category,A,B\nX,CONDUCT,a,b\nY,craft,a,b\n').competencies.map((c: Data) => c.category)).toEqual(['conduct', 'craft']);
		expect(ladder('Competency,A,B\nX,a,b\n').competencies[0].category).toBe('craft');
	});

	it('never gives a competency an id another ladder or a shared competency has', () => {
		const taken = framework.ladders.find((m) => m.id !== 'agent')!.competencies.find((c) => !c.shared)!;
		const data = ladder(`Competency,A,B\n${taken.name},a,b\n`);
		expect(data.competencies[0].id).toBe(`${taken.id}-2`);
	});
});

describe('importLadder: what it cannot place, located at row and column (1-based)', () => {
	it('reports a cell right of the last level, one in a row without a name, one under an untitled column', () => {
		const { skipped, ladder: data } = imported('Competency,A,,B\nX,a,stray,b,beyond\n,orphan,,\n');
		expect(skipped.map(at)).toEqual(['grid.csv:2:3 IMPORT_CELL_NOT_PLACED', 'grid.csv:2:5 IMPORT_CELL_NOT_PLACED', 'grid.csv:3:2 IMPORT_CELL_NOT_PLACED']);
		expect(skipped.map((p) => p.params)).toEqual([
			{ reason: 'untitled-level', text: 'stray' },
			{ reason: 'no-level', text: 'beyond' },
			{ reason: 'no-competency', text: 'orphan' },
		]);
		expect(skipped[0]!.severity).toBe('warning');
		expect((data as Data).competencies).toHaveLength(1);
	});

	it('reports a competency with no statement, and an unknown category with the likely one', () => {
		const { skipped, yaml } = imported('Competency,Category,A,B\nEmpty,Craft,,\nX,Crafts,a,b\n');
		expect(skipped.map(at)).toEqual(['grid.csv:2:1 IMPORT_NO_STATEMENTS', 'grid.csv:3:2 IMPORT_CATEGORY_UNKNOWN']);
		expect(skipped[1]!.params).toMatchObject({ name: 'Crafts', used: 'craft', suggestion: 'Craft' });
		expect(yaml).toContain('# The file says category "Crafts", which framework.yaml does not declare: filed under craft.');
	});

	it('fails on a quote that never closes, at the cell that opens it', () => {
		expect(failed('Competency,A,B\nX,"a,b\n').map(at)).toEqual(['grid.csv:2:2 IMPORT_UNCLOSED_QUOTE']);
	});

	it('fails with fewer than two level columns, or no competency', () => {
		expect(failed('Competency,Category\nX,Craft\n').map((p) => [p.code, p.params])).toEqual([['IMPORT_NO_LEVELS', { found: 0 }]]);
		expect(failed('Competency,Only\nX,a\n').map((p) => [p.code, p.params])).toEqual([['IMPORT_NO_LEVELS', { found: 1 }]]);
		expect(failed('Competency,A,B\n,,\n').map(at)).toEqual(['grid.csv:1:1 IMPORT_NO_COMPETENCIES']);
	});

	it('fails on two level columns with the same id, naming the first', () => {
		expect(failed('Competency,Senior,senior\nX,a,b\n').map((p) => [at(p), p.params])).toEqual([['grid.csv:1:3 IMPORT_LEVEL_REPEATED', { title: 'senior', id: 'senior', firstColumn: 2 }]]);
	});

	it('refuses options that are not what they say, as data problems', () => {
		const result = importLadder(framework, GRID, { file: 'grid.csv', id: 'Not an id!', format: 'xls' as never });
		expect(result.ok).toBe(false);
		expect(!result.ok && result.problems.map((p) => [p.code, p.path])).toEqual([
			['INVALID_OPTION', ['format']],
			['INVALID_OPTION', ['id']],
		]);
	});
});

describe('importLadder: a CASE package', () => {
	it('fails on text that is no JSON, JSON that is no CFPackage, and a package without a rubric', () => {
		expect(failed('{ nope', { file: 'p.json' }).map((p) => [p.code, (p.params as { reason?: string }).reason])).toEqual([['IMPORT_CASE_UNREADABLE', 'json']]);
		expect(failed('{"a":1}', { file: 'p.json' }).map((p) => [p.code, (p.params as { reason?: string }).reason, p.path])).toEqual([['IMPORT_CASE_UNREADABLE', 'document', []]]);
		expect(failed('{"CFDocument":{},"CFItems":[]}', { file: 'p.json' }).map((p) => [p.code, (p.params as { reason?: string }).reason, p.path])).toEqual([['IMPORT_CASE_UNREADABLE', 'rubric', ['CFRubrics']]]);
	});

	it('reads any package with a rubric: a criterion per competency, a criterion level per career level', () => {
		const cfPackage = {
			CFDocument: { identifier: 'd', title: 'Agents', version: '2.1.0' },
			CFItems: [{ identifier: 'i1', fullStatement: 'Writes clearly for customers', abbreviatedStatement: 'Writing' }],
			CFRubrics: [
				{
					CFRubricCriteria: [
						{
							position: 1,
							category: 'Craft',
							CFItemURI: { identifier: 'i1', title: 'Writing' },
							CFRubricCriterionLevels: [
								{ position: 2, quality: 'Senior', description: 'Edits others' },
								{ position: 1, quality: 'Junior', description: 'Answers the question\nChecks spelling' },
							],
						},
					],
				},
			],
		};
		const data = ladder(JSON.stringify(cfPackage), { file: 'p.json' });
		expect(data).toMatchObject({ title: 'Agents', version: '2.1.0', levels: [{ id: 'junior', title: 'Junior' }, { id: 'senior', title: 'Senior' }] });
		expect(data.competencies[0]).toEqual({
			id: 'writing',
			name: 'Writing',
			category: 'craft',
			description: 'Writes clearly for customers',
			expectations: { junior: [{ id: 'answers-the-question', text: 'Answers the question' }, { id: 'checks-spelling', text: 'Checks spelling' }], senior: [{ id: 'edits-others', text: 'Edits others' }] },
		});
	});
});

describe('importLadder: a CASE rubric whose criteria have levels only where they apply', () => {
	it('reads the levels from every criterion, ordered by score', () => {
		const criterion = (position: number, id: string, levels: Array<[number, string, string]>) => ({
			position,
			CFItemURI: { identifier: id, title: id },
			CFRubricCriterionLevels: levels.map(([score, quality, description]) => ({ score, position: score, quality, description })),
		});
		const cfPackage = {
			CFDocument: { identifier: 'd', title: 'Agents' },
			CFItems: [],
			CFRubrics: [{ CFRubricCriteria: [criterion(1, 'Coaching', [[3, 'Lead', 'Coaches']]), criterion(2, 'Writing', [[1, 'Junior', 'Writes'], [2, 'Senior', 'Edits']])] }],
		};
		const data = ladder(JSON.stringify(cfPackage), { file: 'p.json', eachLevel: 'replaces-below' });
		expect(data.levels.map((l: Data) => l.id)).toEqual(['junior', 'senior', 'lead']);
		expect(data.competencies[0]).toMatchObject({ id: 'coaching', levels: { from: 'lead' }, expectations: { lead: [{ text: 'Coaches' }] } });
		expect(data.competencies[1]).toMatchObject({ id: 'writing', levels: { upTo: 'senior' } });
	});
});

describe('importFramework', () => {
	it('gives the loaded framework, or for a folder with no ladder yet its categories and shared competencies', async () => {
		const { validSources } = await import('./_fixtures.ts');
		const { importFramework } = await import('@rungs/core/import');
		const sources = validSources();
		const loaded = valueOf(importFramework(sources));
		expect(loaded.ladders.length).toBeGreaterThan(0);
		const first = valueOf(importFramework(sources.filter((s) => /framework|shared/.test(s.path))));
		expect(first.categories.map((c) => c.id)).toEqual(['craft', 'conduct']);
		expect(first.shared.map((c) => c.id)).toEqual(framework.shared.map((c) => c.id));
		expect(first.ladders).toEqual([]);
		expect(valueOf(importLadder(first, GRID, { file: 'grid.csv' })).ladder.id).toBe('grid');
	});

	it('fails on any other problem of the folder, as a load does', async () => {
		const { importFramework } = await import('@rungs/core/import');
		const result = importFramework([{ path: 'framework.yaml', text: 'format: rungs/framework@1\nid: x\n' }]);
		expect(result.ok).toBe(false);
		expect(!result.ok && result.problems.some((p) => p.code === 'MISSING_FIELD' && p.file === 'framework.yaml')).toBe(true);
	});
});

describe('importLadder: hostile input', () => {
	it('reads 100,000 columns, a 1 MB cell and deeply nested JSON without a stack overflow, in one pass', () => {
		const wide = `Competency,${Array.from({ length: 100_000 }, (_, i) => `L${i}`).join(',')}\nX,a,b\n`;
		expect(importLadder(framework, wide, { file: 'wide.csv' }).ok).toBe(true);
		const cell = `Competency,A,B\nX,"${'a'.repeat(1_000_000)}",b\n`;
		expect(importLadder(framework, cell, { file: 'big.csv' }).ok).toBe(true);
		const deep = importLadder(framework, `{"CFDocument":${'['.repeat(100_000)}${']'.repeat(100_000)}}`, { file: 'deep.json' });
		expect(!deep.ok && deep.problems.map((p) => p.params)).toEqual([{ reason: 'document' }]);
	}, 120_000);

	it('quotes whatever a cell holds so the YAML reads back the same: YAML syntax, control characters, look-alike quotes', () => {
		const texts = ['key: value', '- not a list', '# not a comment', '"quoted"', "it's", '&anchor *alias', 'tab\there', '@at', '`tick`', 'yes', '1.0', 'null'];
		const csv = `Competency,A,B\n${texts.map((t) => `"${t.replace(/"/g, '""')}","${t.replace(/"/g, '""')}",b`).join('\n')}\n`;
		const made = valueOf(importLadder(framework, csv, { file: 'odd.csv' }));
		const names = (parse(made.yaml).competencies as Data[]).map((c) => c.name);
		expect(names).toEqual(texts.map((t) => t.replace(/^- /, '- ')));
		expect((parse(made.yaml).competencies as Data[]).map((c) => c.expectations.a?.[0]?.text ?? c.expectations.b[0].text)).toEqual(texts.map((t) => (/^- /.test(t) ? t.slice(2) : t)));
	});
});
