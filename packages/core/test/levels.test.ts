import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
	assess,
	assessmentTemplate,
	compareAssessments,
	describeMove,
	diffLadders,
	findLadder,
	englishMessages,
	formatMessage,
	levelExpectations,
	ladderToCase,
	ladderToCsv,
	parseAssessment,
	parseFramework,
	problemsOf,
	validateAssessment,
	type Framework,
	type SourceFile,
} from '@rungs/core';
import { renderGapHtml, renderGapMarkdown, renderGapText } from '@rungs/core/render';
import { valueOf } from './_fixtures.ts';

/*
 * Competencies that apply at some levels (`levels:`) and ladders whose levels replace the one below
 * (`eachLevel: replaces-below`), over fixtures/levels: `desk` (three levels; triage from regular,
 * filing up to regular, mentoring at senior only, the shared listening up to regular) and `clinic`
 * (each level's statements stand alone).
 */

const folder = new URL('./fixtures/levels/', import.meta.url);
const FILES = ['framework', 'shared-competencies', 'desk', 'clinic'] as const;
const read = (name: string) => readFileSync(new URL(name, folder), 'utf8');
const sources = (replace: Partial<Record<(typeof FILES)[number], string>> = {}): SourceFile[] =>
	FILES.map((name) => ({ path: `levels/${name}.yaml`, text: replace[name] ?? read(`${name}.yaml`) }));
const framework: Framework = valueOf(parseFramework(sources()));
const example = (name: string, text = read(`examples/${name}`)) => valueOf(parseAssessment({ path: name, text }, framework));
const rita = () => example('rita-aiming-senior.yaml');
const cleo = () => example('cleo-aiming-third.yaml');
const ladder = (id: string) => findLadder(framework, id)!;
const competency = (ladderId: string, id: string) => ladder(ladderId).competencies.find((c) => c.id === id)!;
const ids = (list: ReadonlyArray<{ id: string }>) => list.map((x) => x.id);

describe('the resolved model', () => {
	it('lists the levels each competency applies at, in ladder order, and keeps a key per level', () => {
		expect(competency('desk', 'answering').levels).toEqual(['junior', 'regular', 'senior']);
		expect(competency('desk', 'triage').levels).toEqual(['regular', 'senior']);
		expect(competency('desk', 'filing').levels).toEqual(['junior', 'regular']);
		expect(competency('desk', 'mentoring').levels).toEqual(['senior']);
		expect(Object.keys(competency('desk', 'mentoring').expectations)).toEqual(['junior', 'regular', 'senior']);
		expect(competency('desk', 'mentoring').expectations.junior).toEqual([]);
	});

	it('takes a shared competency\'s statements only at the levels its use applies at', () => {
		const listening = competency('desk', 'listening');
		expect(listening.levels).toEqual(['junior', 'regular']);
		expect(ids(listening.expectations.regular!)).toEqual(['reflects-back']);
		// B3 is written in the shared file, but the use stops at regular.
		expect(listening.expectations.senior).toEqual([]);
	});

	it('says how each ladder accumulates', () => {
		expect(ladder('desk').eachLevel).toBe('adds-to-below');
		expect(ladder('clinic').eachLevel).toBe('replaces-below');
	});
});

describe('readiness counts only the competencies that apply at the target', () => {
	it('reaches the target under n of m: three competencies apply at senior, and all three meet it', () => {
		const report = valueOf(assess(framework, rita()));
		expect(ids(report.competencies)).toEqual(['answering', 'triage', 'mentoring']);
		expect(report.readiness.meetsRule).toBe(true);
		expect(report.readiness.ruleDescription.params).toMatchObject({ needed: 3, total: 3 });
	});

	it('reaches it under weighted points and all-at-target too', () => {
		const weighted = valueOf(assess(framework, rita(), { rule: { rule: 'weighted-points', minShare: 1 } }));
		expect(weighted.readiness.meetsRule).toBe(true);
		expect(weighted.readiness.points).toEqual({ scored: 6, needed: 6, available: 9 });
		const all = valueOf(assess(framework, rita(), { rule: { rule: 'all-at-target' } }));
		expect(all.readiness.meetsRule).toBe(true);
		expect(all.readiness.blockers).toEqual([]);
	});

	it('warns about a rating of a competency that does not apply at the target, located, and ignores it', () => {
		const text = `${read('examples/rita-aiming-senior.yaml').trimEnd()}\n  filing:\n    rating: not-yet\n`;
		const result = parseAssessment({ path: 'rita.yaml', text }, framework);
		expect(result.ok).toBe(true);
		const line = text.split('\n').indexOf('  filing:') + 1;
		expect(result.ok && result.warnings).toEqual([
			expect.objectContaining({ code: 'COMPETENCY_NOT_AT_LEVEL', severity: 'warning', line, column: 3, path: ['ratings', 'filing'], message: expect.stringContaining('`filing` does not apply at the target level `senior`') }),
		]);
		const report = valueOf(assess(framework, valueOf(result)));
		expect(report.readiness.meetsRule).toBe(true);
		expect(ids(report.competencies)).not.toContain('filing');
	});

	it('locates the warning by data path in an assessment given as an object', () => {
		const data = { ...(parse(read('examples/rita-aiming-senior.yaml')) as Record<string, unknown>) };
		data.ratings = { ...(data.ratings as object), listening: { rating: 'consistently' } };
		const result = validateAssessment(data, framework);
		expect(result.ok && result.warnings.map((p) => [p.code, p.path])).toEqual([['COMPETENCY_NOT_AT_LEVEL', ['ratings', 'listening']]]);
	});

	it('compares two assessments over the same competencies', () => {
		const manager = example('manager.yaml', read('examples/rita-aiming-senior.yaml').replace('role: self', 'role: manager'));
		const calibration = valueOf(compareAssessments(framework, rita(), manager));
		expect(ids(calibration.competencies)).toEqual(['answering', 'triage', 'mentoring']);
		expect(calibration.summary).toEqual({ agree: 3, differ: 0, discuss: 0, incomplete: 0 });
	});
});

describe('a competency that starts later', () => {
	const juniorToRegular = () => example('j.yaml', read('examples/rita-aiming-senior.yaml').replace('current: regular', 'current: junior').replace('target: senior', 'target: regular'));

	it('is marked in the gap report with the level it applies from, and the report says so', () => {
		const report = valueOf(assess(framework, juniorToRegular()));
		const triage = report.competencies.find((c) => c.id === 'triage')!;
		expect(triage.appliesFrom).toEqual({ level: 'regular', levelTitle: 'Regular' });
		expect(report.competencies.find((c) => c.id === 'answering')!.appliesFrom).toBeUndefined();
		expect(renderGapText(report)).toContain('applies from Regular');
	});

	it('is marked in describeMove; what stops is left behind', () => {
		const up = valueOf(describeMove(framework, { ladder: 'desk', level: 'junior' }, { ladder: 'desk', level: 'regular' }));
		expect(up.competencies.find((c) => c.id === 'triage')!.appliesFrom).toEqual({ level: 'regular', levelTitle: 'Regular' });
		expect(up.leftBehind).toEqual([]);
		const top = valueOf(describeMove(framework, { ladder: 'desk', level: 'regular' }, { ladder: 'desk', level: 'senior' }));
		expect(ids(top.competencies)).toEqual(['answering', 'triage', 'mentoring']);
		expect(ids(top.leftBehind)).toEqual(['listening', 'filing']);
	});

	it('is left out of levelExpectations where it does not apply; below it adds as before', () => {
		const senior = levelExpectations(framework, 'desk', 'senior')!;
		expect(senior.map((e) => e.competency)).toEqual(['answering', 'triage', 'mentoring']);
		expect(senior.find((e) => e.competency === 'answering')!.statements.map((s) => s.level)).toEqual(['junior', 'regular', 'senior']);
		expect(levelExpectations(framework, 'desk', 'junior', 'new')!.map((e) => e.competency)).toEqual(['answering', 'listening', 'filing']);
	});

	it('is asked for in the template only where it applies', () => {
		const template = valueOf(assessmentTemplate(framework, 'desk', { current: 'regular', target: 'senior', date: '2026-01-01' }));
		expect(Object.keys((parse(template) as { ratings: object }).ratings)).toEqual(['answering', 'triage', 'mentoring']);
		expect(template).not.toContain('Filing');
		const first = valueOf(assessmentTemplate(framework, 'desk', { current: 'junior', target: 'junior', date: '2026-01-01' }));
		expect(Object.keys((parse(first) as { ratings: object }).ratings)).toEqual(['answering', 'listening', 'filing']);
	});

	it('exports an empty CSV cell and no CASE rubric level where it does not apply', () => {
		const csv = ladderToCsv(framework, ladder('desk')).split('\r\n');
		expect(csv.find((row) => row.startsWith('"Mentoring"'))).toBe('"Mentoring","Conduct","no","no","","","Pairs with juniors on hard tickets."');
		const cfPackage = ladderToCase(framework, ladder('desk')) as { CFRubrics: Array<{ CFRubricCriteria: Array<{ CFRubricCriterionLevels: Array<{ quality: string }> }> }>; CFItems: Array<{ abbreviatedStatement?: string; extensions?: Record<string, unknown> }> };
		const criteria = cfPackage.CFRubrics[0]!.CFRubricCriteria;
		expect(criteria.map((c) => c.CFRubricCriterionLevels.map((l) => l.quality))).toContainEqual(['Senior']);
		expect(cfPackage.CFItems.find((i) => i.abbreviatedStatement === 'Filing')!.extensions!.levels).toEqual(['junior', 'regular']);
		expect(cfPackage.CFItems.find((i) => i.abbreviatedStatement === 'Answering')!.extensions).not.toHaveProperty('levels');
	});
});

describe('a ladder whose levels replace the one below', () => {
	it('does not expect a statement of the first level at the third', () => {
		const third = levelExpectations(framework, 'clinic', 'third')!;
		expect(third.find((e) => e.competency === 'review')!.statements).toEqual([{ id: 'reviews-others', text: 'Reviews the work of others.', level: 'third' }]);
		expect(JSON.stringify(third)).not.toContain('work-is-reviewed');
	});

	it('asks in the gap report only for what the target level writes, and the report never shows the first level\'s statement', () => {
		const report = valueOf(assess(framework, cleo()));
		expect(report.competencies.find((c) => c.id === 'review')!.toShow.map((s) => s.id)).toEqual(['reviews-others']);
		for (const render of [renderGapText, renderGapMarkdown, renderGapHtml]) expect(render(report)).not.toContain('Work is reviewed');
	});

	it('says in describeMove that the destination replaces, holding nothing over from the start', () => {
		const move = valueOf(describeMove(framework, { ladder: 'clinic', level: 'first' }, { ladder: 'clinic', level: 'third' }));
		expect(move.eachLevel).toBe('replaces-below');
		const review = move.competencies.find((c) => c.id === 'review')!;
		expect(review.held).toEqual([]);
		expect(review.added.map((s) => s.id)).toEqual(['reviews-others']);
		expect(valueOf(describeMove(framework, { ladder: 'desk', level: 'junior' }, { ladder: 'desk', level: 'senior' })).eachLevel).toBe('adds-to-below');
	});
});

describe('located problems', () => {
	const problems = (name: 'desk' | 'clinic', edit: (text: string) => string) => problemsOf(parseFramework(sources({ [name]: edit(read(`${name}.yaml`)) })));
	const at = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

	it('an unknown level in `levels` is UNKNOWN_LEVEL with did-you-mean, at the id', () => {
		const text = read('desk.yaml').replace('levels: { from: regular }', 'levels: { from: reguler }');
		const found = problemsOf(parseFramework(sources({ desk: text })));
		expect(found).toEqual([
			expect.objectContaining({ code: 'UNKNOWN_LEVEL', line: at(text, 'from: reguler'), column: text.split('\n')[at(text, 'from: reguler') - 1]!.indexOf('reguler') + 1, path: ['competencies', 1, 'levels', 'from'], hint: expect.stringContaining('Did you mean `regular`?') }),
		]);
	});

	it('an unknown level in a shared competency\'s use is located there too', () => {
		const found = problems('desk', (t) => t.replace('levels: { upTo: regular }', 'levels: [junior, regulr]'));
		expect(found.map((p) => [p.code, p.path, p.hint?.includes('`regular`')])).toEqual([['UNKNOWN_LEVEL', ['sharedCompetencies', 0, 'levels', 1], true]]);
	});

	it('a key misspelt in `levels` lists the keys a range takes', () => {
		const found = problems('desk', (t) => t.replace('levels: { from: regular }', 'levels: { form: regular }'));
		expect(found[0]).toMatchObject({ code: 'UNKNOWN_KEY', path: ['competencies', 1, 'levels', 'form'], hint: expect.stringContaining('`from`, `upTo`') });
	});

	it('in a ladder that adds, only the first level a competency applies at must say something', () => {
		// Senior adds nothing new to triage: fine. Regular, where it starts, with nothing: an error.
		expect(problems('desk', (t) => t.replace(/      senior:\n        - id: sets-rules\n.*\n/, ''))).toEqual([]);
		const text = read('desk.yaml').replace(/      regular:\n        - id: sorts-queue\n.*\n/, '');
		const found = problemsOf(parseFramework(sources({ desk: text })));
		expect(found.map((p) => [p.code, p.params, p.path])).toEqual([['LEVEL_NOT_COVERED', { competency: 'triage', level: 'regular' }, ['competencies', 1, 'expectations']]]);
	});

	it('in a ladder that replaces, every level a competency applies at must say something', () => {
		const found = problems('clinic', (t) => t.replace(/      second:\n        - id: reviews-own-work\n.*\n/, ''));
		expect(found.map((p) => [p.code, p.params])).toEqual([['LEVEL_NOT_COVERED', { competency: 'review', level: 'second' }]]);
	});

	it('a bad eachLevel is refused with the values it takes', () => {
		const found = problems('clinic', (t) => t.replace('eachLevel: replaces-below', 'eachLevel: replace'));
		expect(found[0]).toMatchObject({ code: 'INVALID_VALUE', path: ['eachLevel'], hint: expect.stringContaining('`replaces-below`') });
	});
});

describe('diffLadders', () => {
	const changed = (name: 'desk' | 'clinic', edit: (text: string) => string): Framework =>
		valueOf(parseFramework(sources({ [name]: edit(read(`${name}.yaml`)).replace('version: 1.0.0', 'version: 2.0.0') })));

	it('reports a competency whose levels narrow as a major change', () => {
		const after = changed('desk', (t) => t.replace('levels: { from: junior, upTo: regular }', 'levels: [junior]').replace(/      regular:\n        - id: fixes-topics\n.*\n/, ''));
		const diff = diffLadders(ladder('desk'), findLadder(after, 'desk')!);
		expect(diff.competencies.changed).toEqual([{ id: 'filing', name: 'Filing', fields: ['levels'] }]);
		expect(diff.bump.implied).toBe('major');
	});

	it('reports a change of eachLevel, and the Markdown says it', () => {
		const after = changed('clinic', (t) => t.replace('eachLevel: replaces-below', 'eachLevel: adds-to-below'));
		const diff = diffLadders(ladder('clinic'), findLadder(after, 'clinic')!);
		expect(diff.eachLevel).toEqual({ from: 'replaces-below', to: 'adds-to-below' });
		expect(diff.bump.implied).toBe('major');
		expect(formatMessage({ code: 'diff.eachLevel', params: { to: 'adds-to-below' } }, englishMessages)).toContain('add to');
	});
});

describe('the fixture folder', () => {
	it('has an example for each ladder, each valid without warnings', () => {
		for (const name of readdirSync(new URL('examples/', folder))) {
			const result = parseAssessment({ path: name, text: read(`examples/${name}`) }, framework);
			expect(result.ok && result.warnings, name).toEqual([]);
		}
	});
});
