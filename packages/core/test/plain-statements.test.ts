import { describe, expect, it } from 'vitest';
import { assess, assessmentTemplate, diffLadders, parseAssessment, parseFramework, type Framework } from '@rungs/core';
import { renderGapHtml, renderGapMarkdown, renderGapText } from '@rungs/core/render';
import { validSources, valueOf, withFile } from './_fixtures.ts';

// Plain-string statements: their ids are derived once, right after the shape check, and every later
// step (rules, resolve, assessments, diff, template) sees the same ids.

const rep = () => validSources().find((s) => s.path === 'fixtures/rep.yaml')!;

/** The valid fixture with troubleshooting's statements rewritten as `lines` (YAML list items under each level). */
function withTroubleshooting(levels: Record<string, string[]>): ReturnType<typeof validSources> {
	const text = rep().text;
	const start = text.indexOf('    expectations:\n      associate:\n        - id: follows-steps');
	const end = text.indexOf('    evidenceExamples:', start);
	const body = Object.entries(levels)
		.map(([level, items]) => `      ${level}:\n${items.map((item) => `        - ${item}\n`).join('')}`)
		.join('');
	return withFile(validSources(), { path: 'fixtures/rep.yaml', text: `${text.slice(0, start)}    expectations:\n${body}${text.slice(end)}` });
}

const troubleshooting = (framework: Framework) => framework.ladders.find((m) => m.id === 'rep')!.competencies.find((c) => c.id === 'troubleshooting')!;

describe('plain-string statements', () => {
	it('derive ids from their text, unique within the competency across levels, and say so', () => {
		const framework = valueOf(
			parseFramework(
				withTroubleshooting({
					associate: ['Follows the documented steps.', '{ id: follows-the-documented-steps-2, text: Asks for help. }'],
					senior: ['Follows the documented steps!', 'Writes *reproducible* bug reports.'],
					lead: ['Is the first escalation point for peers.'],
				}),
			),
		);
		const c = troubleshooting(framework);
		expect(c.expectations.associate).toEqual([
			{ id: 'follows-the-documented-steps', text: 'Follows the documented steps.', derivedId: true, origin: 'role' },
			{ id: 'follows-the-documented-steps-2', text: 'Asks for help.', origin: 'role' },
		]);
		// The explicit `-2` is taken, so the repeat at the next level gets `-3`.
		expect(c.expectations.senior!.map((s) => s.id)).toEqual(['follows-the-documented-steps-3', 'writes-reproducible-bug-reports']);
		expect(c.expectations.lead![0]).toMatchObject({ id: 'is-the-first-escalation-point-for-peers', derivedId: true });
	});

	it('give assessments, the template and diff the same ids', () => {
		const sources = withTroubleshooting({ associate: ['Follows the documented steps.'], senior: ['Writes bug reports.'], lead: ['Leads.'] });
		const framework = valueOf(parseFramework(sources));
		const template = valueOf(assessmentTemplate(framework, 'rep', { current: 'associate', target: 'senior', date: '2026-02-01' }));
		expect(template).toContain('Writes bug reports.');
		expect(valueOf(parseAssessment({ path: 'template.yaml', text: template }, framework)).target).toBe('senior');
		const assessment = [
			'format: rungs/assessment@1',
			'person: { name: Ana }',
			'assessor: { name: Bo, role: manager }',
			'date: 2026-02-01',
			'ladder: { id: rep, version: 1.0.0 }',
			'current: associate',
			'target: senior',
			'ratings:',
			'  troubleshooting:',
			'    rating: meets',
			'    statements: { writes-bug-reports: meets }',
		].join('\n');
		const parsed = parseAssessment({ path: 'a.yaml', text: assessment }, framework);
		expect(parsed.ok ? [] : parsed.problems.map((p) => p.code)).not.toContain('UNKNOWN_STATEMENT');
		const misspelt = parseAssessment({ path: 'a.yaml', text: assessment.replace('writes-bug-reports', 'writes-bug-report') }, framework);
		expect(misspelt.ok ? [] : misspelt.problems.map((p) => p.code)).toContain('UNKNOWN_STATEMENT');

		// Rewording a plain string changes its derived id: diff shows a removal and an addition.
		const reworded = valueOf(parseFramework(withTroubleshooting({ associate: ['Follows the documented steps.'], senior: ['Writes clear bug reports.'], lead: ['Leads.'] })));
		const diff = diffLadders(framework.ladders.find((m) => m.id === 'rep')!, reworded.ladders.find((m) => m.id === 'rep')!);
		expect(diff.statements.filter((s) => s.competency === 'troubleshooting').map((s) => `${s.kind} ${s.statement}`).sort()).toEqual([
			'added writes-clear-bug-reports',
			'removed writes-bug-reports',
		]);
	});

	it('locate content problems at the string itself', () => {
		const result = parseFramework(withTroubleshooting({ associate: ['Answers 20 tickets an hour.'], senior: ['Writes bug reports.'], lead: ['Leads.'] }));
		const number = (result.ok ? result.warnings : result.problems).find((p) => p.code === 'NUMBER_IN_EXPECTATION')!;
		expect(number.path).toEqual(['competencies', 0, 'expectations', 'associate', 0]);
		expect(number.line).toBe(rep().text.split('\n').findIndex((l) => l.includes('id: troubleshooting')) + 7);
	});

	it('are refused when they are neither text nor { id, text }, with the place', () => {
		const result = parseFramework(withTroubleshooting({ associate: ['{ id: a }', '42'], senior: ['Writes bug reports.'], lead: ['Leads.'] }));
		expect(result.ok).toBe(false);
		const codes = result.ok ? [] : result.problems.map((p) => `${p.code} ${JSON.stringify(p.path)}`);
		expect(codes).toContain('MISSING_FIELD ["competencies",0,"expectations","associate",0,"text"]');
	});

	it('added to a shared competency, are checked against its statements', () => {
		const sources = (extra: string) =>
			withFile(validSources(), { path: 'fixtures/rep.yaml', text: rep().text.replace('          text: Coaches others on tone through conversation reviews.\n', `          text: Coaches others on tone through conversation reviews.\n        - ${extra}\n`) });
		const problems = (extra: string) => {
			const result = parseFramework(sources(extra));
			return result.ok ? [] : result.problems.filter((p) => p.code === 'SHARED_RESTATED');
		};
		// The same words: reported as repeated words, at the string.
		expect(problems('Keeps a warm, professional tone.').map((p) => [p.params, p.path])).toEqual([
			[{ how: 'text', competency: 'empathy', shared: 'warm-tone' }, ['sharedCompetencies', 0, 'expectations', 'lead', 1]],
		]);
		// Other words that derive a shared id: the hint says to give it an id of its own.
		const [clash] = problems('Warm tone!');
		expect(clash!.params).toEqual({ how: 'id', competency: 'empathy', shared: 'warm-tone', derived: true });
		expect(clash!.hint).toContain('{ id, text }');
		expect(problems('{ id: own-tone, text: Warm tone! }')).toEqual([]);
	});

	it('show their inline Markdown in every report: a link in HTML, its address in text, the subset in Markdown', () => {
		const framework = valueOf(
			parseFramework(
				withTroubleshooting({
					associate: ['Follows the steps.'],
					senior: ['Follows [the runbook](https://example.com/runbook) *closely*.', 'Never [this](javascript:alert(1)) or <b>that</b>.'],
					lead: ['Leads.'],
				}),
			),
		);
		const text = ['format: rungs/assessment@1', 'person: { name: Ana }', 'assessor: { name: Bo, role: manager }', 'date: 2026-02-01', 'ladder: { id: rep, version: 1.0.0 }', 'current: associate', 'target: senior', 'ratings:', '  troubleshooting: { rating: developing }'].join('\n');
		const report = valueOf(assess(framework, valueOf(parseAssessment({ path: 'a.yaml', text }, framework))));
		const html = renderGapHtml(report);
		expect(html).toContain('<a href="https://example.com/runbook" rel="noopener noreferrer">the runbook</a> <em>closely</em>.');
		expect(html).toContain('Never [this](javascript:alert(1)) or &lt;b&gt;that&lt;/b&gt;.');
		expect(html).not.toContain('href="javascript');
		expect(renderGapText(report)).toContain('Follows the runbook (https://example.com/runbook) closely.');
		const markdown = renderGapMarkdown(report);
		expect(markdown).toContain('- Follows [the runbook](https://example.com/runbook) *closely*.');
		// Text only: escaped as before, just enough that no link or tag is read.
		expect(markdown).toContain('- Never \\[this](javascript:alert(1)) or \\<b>that\\</b>. (Senior)');
	});
});
