import { describe, expect, it } from 'vitest';
import { assess, compareAssessments, diffLadders, englishMessages, formatMessage, formatProblems, parseFramework, problemsOf, type GapReport, type Messages } from '@rungs/core';
import { BLOCKER_CODES, PROBLEM_CODES } from '@rungs/core/schema';
import { englishTeamMessages, renderCalibration, renderCalibrationChartSvg, renderDiffMarkdown, renderGapChartSvg, renderGapReport } from '@rungs/core/render';
import { asValidated, exampleAssessment, validFramework, validSources, valueOf, withFile } from './_fixtures.ts';
import { leftoverWords } from './_words.ts';

const framework = validFramework();
const self = exampleAssessment('ana-self.yaml', framework);
const manager = exampleAssessment('ana-manager.yaml', framework);
const report = valueOf(assess(framework, self));
const calibration = valueOf(compareAssessments(framework, self, manager));

/**
 * A catalog that says every code as `[CODE]`: what a translation looks like to a test. The two codes
 * that lay out the renderer's own text (a label before its colon, the parts of a line) keep it.
 */
const bracketed = {
	...Object.fromEntries(Object.keys(englishMessages).map((code) => [code, () => `[${code}]`])),
	'text.label': (p: { label: string }) => `${p.label}[text.label]`,
	'text.list': (p: { items: string[] }) => p.items.join('[text.list]'),
} as unknown as Messages;

describe('the message catalog', () => {
	it('words every problem code, with a hint, and every blocker, headline and rule', () => {
		for (const code of PROBLEM_CODES) {
			expect(typeof englishMessages[code], code).toBe('function');
			expect(typeof englishMessages[`${code}.hint`], `${code}.hint`).toBe('function');
		}
		for (const code of [...BLOCKER_CODES, 'READINESS_MET', 'READINESS_BLOCKED', 'RULE_ALL_AT_TARGET', 'RULE_N_OF_M', 'RULE_WEIGHTED_POINTS'] as const) {
			expect(typeof englishMessages[code], code).toBe('function');
		}
	});

	it('keeps the numbers of a blocker as data', () => {
		const blocker = report.readiness.blockers.find((b) => b.code === 'TOO_FEW_AT_TARGET');
		expect(blocker).toMatchObject({ code: 'TOO_FEW_AT_TARGET', params: { met: 2, total: 3, needed: 3, unrated: 0 } });
		expect(formatMessage(blocker!)).toMatch(/^2 of 3 competencies meet the target; the rule asks for 3\./);
		// The report is JSON: codes and params, no sentence.
		expect(JSON.stringify(report.readiness)).not.toContain('competencies meet the target');
	});

	it('falls back to English for every code a partial catalog leaves out', () => {
		const german: Partial<Messages> = { 'gap.readiness': () => 'Bereitschaft', TOO_FEW_AT_TARGET: (p) => `${p.met} von ${p.total} erreichen das Ziel.` };
		const text = valueOf(renderGapReport(report, 'text', { messages: german }));
		expect(text).toContain('Bereitschaft: Not yet');
		expect(text).toContain('  - 2 von 3 erreichen das Ziel.');
		expect(text).toContain('never a promotion decision');
		expect(formatMessage(report.readiness.headline, german)).toBe(formatMessage(report.readiness.headline));
	});

	it('says a code it does not know by its code, never throws', () => {
		expect(formatMessage({ code: 'FROM_A_NEWER_VERSION', params: {} } as never)).toBe('FROM_A_NEWER_VERSION');
	});

	it('words what results carry as data by itself, and a renderer\'s own words with a catalog that has them', () => {
		// Problems, readiness and a diff's bump reasons are data in results: worded without a catalog.
		expect(formatMessage({ code: 'diff.reason', params: { code: 'levels-reordered' } })).toBe('levels reordered');
		expect(formatMessage({ code: 'gap.notYet', params: {} })).toBe('Not yet');
		// A team summary's title is the team renderer's word: a page that words gap reports does not bundle it.
		expect(formatMessage({ code: 'team.title', params: { people: 2 } })).toBe('team.title');
		expect(formatMessage({ code: 'team.title', params: { people: 2 } }, englishMessages)).toBe(englishMessages['team.title']({ people: 2 }));
		expect(formatMessage({ code: 'team.title', params: { people: 2 } }, { 'team.title': () => 'Équipe' })).toBe('Équipe');
	});

	it('has the team summary\'s English words apart, as the whole English catalog words them', () => {
		// Every team word, and the columns of a team summary's tables.
		const columns = ['competency', 'person', 'target', 'readiness', 'pairs', 'toDiscuss', 'meanSteps'].map((id) => `column.${id}`);
		const codes = [...Object.keys(englishMessages).filter((code) => code.startsWith('team.')), ...columns];
		expect(codes.length).toBeGreaterThan(15);
		for (const code of codes) expect(Object.hasOwn(englishTeamMessages, code), code).toBe(true);
		expect(formatMessage({ code: 'team.title', params: { people: 2 } }, englishTeamMessages)).toBe('Team summary: 2 people');
	});

	it('is what problems are worded with, and the problem keeps its typed params', () => {
		const sources = validSources();
		const text = sources.find((s) => s.path === 'fixtures/rep.yaml')!.text.replace('category: conduct', 'category: conduc');
		const [problem] = problemsOf(parseFramework(withFile(sources, { path: 'fixtures/rep.yaml', text }))).filter((p) => p.code === 'UNKNOWN_CATEGORY');
		expect(problem).toMatchObject({ code: 'UNKNOWN_CATEGORY', params: { id: 'conduc', suggestion: 'conduct' } });
		expect(formatMessage(problem!)).toBe(problem!.message);
		expect(formatMessage({ code: 'UNKNOWN_CATEGORY.hint', params: problem!.params } as never, englishMessages)).toBe(problem!.hint);
		// Without a catalog a problem keeps the English it carries: no problem's words are bundled for it.
		expect(formatMessage({ code: 'UNKNOWN_CATEGORY.hint', params: problem!.params } as never)).toBe('UNKNOWN_CATEGORY.hint');
		expect(formatMessage(problem!, { 'UNKNOWN_CATEGORY': () => 'Catégorie inconnue' })).toBe('Catégorie inconnue');
		expect(formatMessage(problem!, { 'gap.notYet': () => 'Pas encore' })).toBe(problem!.message);
	});
});

describe('a catalog in another language reaches every word the renderers print', () => {
	const messages = bracketed;
	it.each(['text', 'markdown', 'html'] as const)('gap report as %s', (format) => {
		const output = valueOf(renderGapReport(report, format, { messages }));
		expect(output).toContain('[gap.readiness]');
		expect(output).toContain('[TOO_FEW_AT_TARGET]');
		expect(leftoverWords(output, report)).toEqual([]);
	});

	it('a report on another ladder, with a note, points and a role switch', () => {
		const points = valueOf(assess(framework, asValidated({ ...self, notes: 'A note.' }), { rule: { rule: 'weighted-points', minShare: 0.9, requireEvidence: true } }));
		for (const format of ['text', 'markdown', 'html'] as const) {
			expect(leftoverWords(valueOf(renderGapReport(points, format, { messages })), points), format).toEqual([]);
		}
	});

	it.each(['text', 'markdown', 'html'] as const)('calibration as %s', (format) => {
		const output = valueOf(renderCalibration(calibration, format, { messages }));
		expect(output).toContain('[calibration.title]');
		expect(leftoverWords(output, calibration)).toEqual([]);
	});

	it('charts', () => {
		const axis = { scaleLabels: report.scale.values.map((v) => v.label), meetsRank: 2, messages };
		expect(leftoverWords(renderGapChartSvg(report, axis), report)).toEqual([]);
		expect(leftoverWords(renderCalibrationChartSvg(calibration, axis), calibration)).toEqual([]);
	});

	it('problems', () => {
		const sources = validSources();
		const text = sources.find((s) => s.path === 'fixtures/rep.yaml')!.text.replace('category: conduct', 'category: conduc');
		const problems = problemsOf(parseFramework(withFile(sources, { path: 'fixtures/rep.yaml', text })));
		expect(problems.length).toBeGreaterThan(0);
		const output = formatProblems(problems, { messages });
		expect(output).toContain('[UNKNOWN_CATEGORY]');
		expect(output).toContain('[UNKNOWN_CATEGORY.hint]');
		// What is left is where (file:line:column), the code, and the source frame: no English of Rungs'.
		const withoutFrames = output
			.split('\n')
			.filter((line) => !/^ {2}[> ] *\d+ \||^ {2} +\|/.test(line))
			.join('\n');
		expect(leftoverWords(withoutFrames, problems.map((p) => [p.file, p.code]))).toEqual([]);
	});

	it('ladder diffs', () => {
		const sources = validSources();
		const rep = sources.find((s) => s.path === 'fixtures/rep.yaml')!.text;
		const repOf = (text: string) => {
			const result = parseFramework(withFile(sources, { path: 'fixtures/rep.yaml', text }));
			if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('\n'));
			return result.value.ladders.find((m) => m.id === 'rep')!;
		};
		const after = repOf(rep.replace('text: Credit an account after a failure.', 'text: Credit an account after an outage.').replace('limit: half a billing period', 'limit: one billing period'));
		const diff = diffLadders(repOf(rep), after);
		const output = renderDiffMarkdown([diff], { messages });
		expect(output).toContain('[diff.decisionReworded]');
		// The bump's reasons are still English sentences from diffLadders: left out of this check.
		expect(leftoverWords(output, [diff.title, diff.fromVersion, diff.toVersion, diff.levels, diff.statements, diff.competencies])).toEqual([]);
	});
});

it('the English catalog reproduces the sentences the report used to store', () => {
	const sample: GapReport['readiness'] = report.readiness;
	expect(formatMessage(sample.ruleDescription)).toBe('At least 75% of the competencies (3 of 3) meet the target level, none is rated below Developing, and every required competency meets it.');
	expect(formatMessage(sample.headline)).toBe(`1 thing stands between these ratings and ${report.target.title}.`);
});

describe('formatProblem of a problem found in a data object', () => {
	it('says where by data path when there is no line, and shows no frame', () => {
		const sources = validSources();
		const text = sources.find((s) => s.path === 'fixtures/rep.yaml')!.text.replace('category: conduct', 'category: conduc');
		const [problem] = problemsOf(parseFramework(withFile(sources, { path: 'fixtures/rep.yaml', text }))).filter((p) => p.code === 'UNKNOWN_CATEGORY');
		// As the object checker reports it: located by its path only.
		const { line: _line, column: _column, endColumn: _end, ...located } = problem!;
		const fromObject = { ...located, file: 'assessment', frame: '', path: ['competencies', 2, 'category'] } as unknown as typeof problem;
		expect(formatProblems([fromObject!]).split('\n')).toEqual([
			'assessment: competencies[2].category error UNKNOWN_CATEGORY',
			'  Unknown category `conduc`.',
			`  Hint: ${problem!.hint}`,
			'',
			'1 error, 0 warnings',
		]);
	});
});
