import { describe, expect, it } from 'vitest';
import { assess, compareAssessments, diffMatrices, englishMessages, formatProblems, parseFramework, problemsOf, type Messages } from '@rungs/core';
import { renderCalibration, renderCalibrationChartSvg, renderDiffMarkdown, renderGapChartSvg, renderGapReport } from '@rungs/core/render';
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
		const repOf = (text: string) => valueOf(parseFramework(withFile(sources, { path: 'fixtures/rep.yaml', text }))).matrices.find((m) => m.id === 'rep')!;
		const after = repOf(rep.replace('text: Credit an account after a failure.', 'text: Credit an account after an outage.').replace('limit: half a billing period', 'limit: one billing period'));
		const diff = diffMatrices(repOf(rep), after);
		const output = renderDiffMarkdown([diff], { messages: pseudo });
		expect(output).toContain('⟦decides alone: reworded');
		// The bump's reasons are still English sentences from diffMatrices: left out of this check.
		expect(leftover(output, [diff.title, diff.fromVersion, diff.toVersion, diff.levels, diff.statements, diff.competencies])).toEqual([]);
	});

	it('would catch a word a renderer writes itself', () => {
		const output = valueOf(renderGapReport(report, 'text', { messages: pseudo })).replace('⟦Gap report: Ana⟧', '⟦Gap report: Ana⟧ Overview');
		expect(leftover(output, report)).toEqual(['Overview']);
	});
});
