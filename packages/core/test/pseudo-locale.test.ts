import { describe, expect, it } from 'vitest';
import { assess, compareAssessments, diffLadders, englishMessages, formatMessage, formatProblems, migrateAssessment, parseFramework, problemsOf, type Messages } from '@rungs/core';
import * as render from '@rungs/core/render';
import { renderCalibration, renderCalibrationChartSvg, renderDiffMarkdown, renderGapChartSvg, renderGapReport } from '@rungs/core/render';
import { compareAssessors, summariseTeam } from '@rungs/core/team';
import { asValidated, exampleAssessment, validFramework, validSources, valueOf, withFile } from './_fixtures.ts';
import { leftoverWords } from './_words.ts';

// A pseudo-locale: every message is the English one inside ⟦ ⟧. Everything a renderer prints must
// then be inside brackets or be data from the report: an English word outside both was written by
// the renderer itself, and no translation could reach it. Unlike `[CODE]`, the pseudo-locale keeps
// the parameters, so a message that drops or garbles one shows too.
const pseudo = Object.fromEntries(
	Object.entries(englishMessages).map(([code, say]) => [code, (params: unknown) => `⟦${(say as (p: unknown) => string)(params)}⟧`]),
) as unknown as Messages;
const BRACKETED = /⟦[^⟦⟧]*⟧/g;
const leftover = (output: string, data: unknown) => leftoverWords(output, data, BRACKETED);

const framework = validFramework();
const self = exampleAssessment('ana-self.yaml', framework);
const manager = exampleAssessment('ana-manager.yaml', framework);
const report = valueOf(assess(framework, self));
const points = valueOf(assess(framework, asValidated({ ...self, notes: 'A note.' }), { rule: { rule: 'weighted-points', minShare: 0.9, requireEvidence: true } }));
const calibration = valueOf(compareAssessments(framework, self, manager));

describe('the pseudo-locale reaches every word the renderers print', () => {
	it.each(['text', 'markdown', 'html'] as const)('gap reports as %s, under two rules', (format) => {
		for (const gap of [report, points]) {
			const output = valueOf(renderGapReport(gap, format, { messages: pseudo }));
			expect(output).toContain('⟦Gap report: Ana⟧');
			expect(leftover(output, gap), format).toEqual([]);
		}
	});

	it.each(['text', 'markdown', 'html'] as const)('calibration as %s', (format) => {
		const output = valueOf(renderCalibration(calibration, format, { messages: pseudo }));
		expect(output).toContain('⟦Calibration: Ana⟧');
		expect(leftover(output, calibration)).toEqual([]);
	});

	it('a page in the pseudo-locale says so in its lang attribute', () => {
		expect(valueOf(renderGapReport(report, 'html', { messages: pseudo }))).toContain('<html lang="⟦en⟧">');
	});

	it('charts', () => {
		const axis = { scaleLabels: report.scale.values.map((v) => v.label), meetsRank: 2, messages: pseudo };
		expect(leftover(renderGapChartSvg(report, axis), report)).toEqual([]);
		expect(leftover(renderCalibrationChartSvg(calibration, axis), calibration)).toEqual([]);
	});

	it('problems, with their hints and the closing count', () => {
		const sources = validSources();
		const text = sources.find((s) => s.path === 'fixtures/rep.yaml')!.text.replace('category: conduct', 'category: conduc');
		const problems = problemsOf(parseFramework(withFile(sources, { path: 'fixtures/rep.yaml', text })));
		const output = formatProblems(problems, { messages: pseudo });
		expect(output).toContain('⟦Unknown category `conduc`.⟧');
		const withoutFrames = output
			.split('\n')
			.filter((line) => !/^ {2}[> ] *\d+ \||^ {2} +\|/.test(line))
			.join('\n');
		expect(leftover(withoutFrames, problems.map((p) => [p.file, p.code]))).toEqual([]);
	});

	it('ladder diffs', () => {
		const sources = validSources();
		const rep = sources.find((s) => s.path === 'fixtures/rep.yaml')!.text;
		const repOf = (text: string) => valueOf(parseFramework(withFile(sources, { path: 'fixtures/rep.yaml', text }))).ladders.find((m) => m.id === 'rep')!;
		const after = repOf(rep.replace('text: Credit an account after a failure.', 'text: Credit an account after an outage.').replace('limit: half a billing period', 'limit: one billing period'));
		const diff = diffLadders(repOf(rep), after);
		const output = renderDiffMarkdown([diff], { messages: pseudo });
		expect(output).toContain('⟦decides alone: reworded');
		// The bump's reasons are data (`diff.reason`) too: the whole diff is what the renderer may print as it is.
		expect(output).toContain('(⟦level associate changed⟧)');
		expect(leftover(output, diff)).toEqual([]);
		for (const reason of diff.bump.reasons) expect(formatMessage({ code: 'diff.reason', params: reason }, pseudo)).toMatch(/^⟦.+⟧$/);
	});

	it.each(['text', 'markdown', 'html'] as const)('team summaries as %s, with the per-format renderer the same', (format) => {
		const team = valueOf(summariseTeam(framework, [report, valueOf(assess(framework, manager))]));
		const output = valueOf(render.renderTeamSummary(team, format, { messages: pseudo }));
		expect(output).toContain('⟦Team summary: ');
		expect(leftover(output, team), format).toEqual([]);
		const direct = { text: render.renderTeamText, markdown: render.renderTeamMarkdown, html: render.renderTeamHtml }[format](team, { messages: pseudo });
		expect(leftover(direct, team), format).toEqual([]);
	});

	it.each(['text', 'markdown', 'html'] as const)('several assessors as %s, with the per-format renderer the same', (format) => {
		const peer = asValidated({ ...manager, assessor: { role: 'peer' as const, name: 'Sam' } });
		const panel = valueOf(compareAssessors(framework, [self, manager, peer]));
		const output = valueOf(render.renderAssessors(panel, format, { messages: pseudo }));
		expect(output).toContain('⟦Calibration of 3 assessments: Ana⟧');
		expect(leftover(output, panel), format).toEqual([]);
		const direct = { text: render.renderAssessorsText, markdown: render.renderAssessorsMarkdown, html: render.renderAssessorsHtml }[format](panel, { messages: pseudo });
		expect(leftover(direct, panel), format).toEqual([]);
	});

	it('an email: its subject, its HTML and its plain text', () => {
		for (const gap of [report, points]) {
			const email = valueOf(render.renderGapEmail(gap, { messages: pseudo }));
			expect(email.subject).toMatch(/^⟦Gap report for Ana, towards .+⟧$/);
			for (const part of [email.subject, email.html, email.text]) expect(leftover(part, gap)).toEqual([]);
		}
	});

	it.each(['text', 'markdown', 'html'] as const)('the per-format renderers of gap reports and calibrations as %s', (format) => {
		const gap = { text: render.renderGapText, markdown: render.renderGapMarkdown, html: render.renderGapHtml }[format];
		const pair = { text: render.renderCalibrationText, markdown: render.renderCalibrationMarkdown, html: render.renderCalibrationHtml }[format];
		expect(leftover(gap(points, { messages: pseudo }), points), format).toEqual([]);
		expect(leftover(pair(calibration, { messages: pseudo }), calibration), format).toEqual([]);
	});

	it('what migrating an assessment did: each change a message of the catalog, its English kept for logs', () => {
		const sources = validSources();
		const rep = sources.find((s) => s.path === 'fixtures/rep.yaml')!.text;
		const repOf = (text: string) => valueOf(parseFramework(withFile(sources, { path: 'fixtures/rep.yaml', text }))).ladders.find((m) => m.id === 'rep')!;
		const before = repOf(rep);
		const assessment = { ...self, ladder: { id: 'rep', version: before.version } };
		const after = repOf(rep.replace(/^version: .*$/m, 'version: 9.0.0').replace('text: Credit an account after a failure.', 'text: Credit an account after an outage.'));
		const migration = valueOf(migrateAssessment(assessment as never, before, after));
		expect(migration.changes.length).toBeGreaterThan(0);
		for (const change of migration.changes) {
			expect(change.message).toBe(formatMessage(change, englishMessages));
			expect(formatMessage(change, pseudo)).toBe(`⟦${change.message}⟧`);
		}
	});

	it('covers every renderer the library exports', () => {
		// A new renderer fails here until a case above words it in the pseudo-locale.
		const covered = [
			...['renderGapReport', 'renderGapText', 'renderGapMarkdown', 'renderGapHtml', 'renderGapChartSvg', 'renderGapEmail'],
			...['renderCalibration', 'renderCalibrationText', 'renderCalibrationMarkdown', 'renderCalibrationHtml', 'renderCalibrationChartSvg'],
			...['renderTeamSummary', 'renderTeamText', 'renderTeamMarkdown', 'renderTeamHtml'],
			...['renderAssessors', 'renderAssessorsText', 'renderAssessorsMarkdown', 'renderAssessorsHtml', 'renderDiffMarkdown'],
			// Progress and growth plans: worded in a bracketing catalog in every format by progress.test.ts.
			...['renderProgress', 'renderProgressText', 'renderProgressMarkdown', 'renderProgressHtml', 'renderProgressChartSvg'],
			...['renderGrowthPlan', 'renderGrowthPlanText', 'renderGrowthPlanMarkdown', 'renderGrowthPlanHtml'],
		];
		const exported = Object.entries(render).filter(([name, value]) => name.startsWith('render') && typeof value === 'function').map(([name]) => name);
		expect(exported.sort()).toEqual(covered.sort());
	});

	it('would catch a word a renderer writes itself', () => {
		const output = valueOf(renderGapReport(report, 'text', { messages: pseudo })).replace('⟦Gap report: Ana⟧', '⟦Gap report: Ana⟧ Overview');
		expect(leftover(output, report)).toEqual(['Overview']);
	});
});
