import { describe, expect, it } from 'vitest';
import { problemsOf, assess, compareAssessments, formatProblem, parseFramework } from '@rungs/core';
import { renderCalibration, renderGapReport } from '@rungs/core/render';
import { escapeMarkdown } from '../src/render/render-markdown.ts';
import { exampleAssessment, validFramework, validSources , valueOf } from './_fixtures.ts';

const framework = validFramework();
const self = exampleAssessment('ana-self.yaml', framework);
const manager = exampleAssessment('ana-manager.yaml', framework);
const report = valueOf(assess(framework, self));

describe('renderGapReport', () => {
	it('prints a terminal report with readiness, blockers and what is still to show', () => {
		const text = valueOf(renderGapReport(report, 'text'));
		expect(text).toContain('Gap report: Ana, self-assessment of 2026-10-01');
		expect(text).toContain('Representative: Senior (P2) → Lead (P3)');
		expect(text).toContain('Readiness: Not yet');
		expect(text).toContain('  - 2 of 3 competencies meet the target; the rule asks for 3. Not yet at the target:');
		expect(text).toMatch(/✗ Troubleshooting: Developing, below · no evidence\n {6}Still to show:\n {6}- Notices emerging incidents early and raises them\. \[lead\]/);
		expect(text).toContain('never a promotion decision');
		expect(text).not.toContain('\u001b[');
	});

	it('colours only when asked', () => {
		expect(valueOf(renderGapReport(report, 'text', { color: true }))).toContain('\u001b[');
	});

	it('prints Markdown with a competency table and escapes what people typed', () => {
		const hostile = valueOf(assess(framework, { ...self, person: { name: 'Ana <script>alert(1)</script> | x' } }));
		const markdown = valueOf(renderGapReport(hostile, 'markdown'));
		expect(markdown).toContain('# Gap report: Ana \\<script>alert(1)\\</script> \\| x');
		expect(markdown).toContain('| Competency | Category | Rating | Status | Evidence |');
		expect(markdown).toContain('| Troubleshooting | Craft | Developing | below | no evidence |');
		expect(markdown).toContain('## Still to show, and the evidence');
		expect(markdown).not.toMatch(/(^|[^\\])<script>/);
	});

	it('prints JSON that round-trips to the same report', () => {
		expect(JSON.parse(valueOf(renderGapReport(report, 'json')))).toEqual(report);
	});

	it('refuses a format it does not have, never falling back to another', () => {
		const result = renderGapReport(report, 'mardown' as 'markdown');
		expect(!result.ok && result.problems.map((p) => [p.code, p.file, p.path, p.message, p.hint])).toEqual([
			['INVALID_OPTION', 'format', [], 'The option `format` is not valid: it is "mardown".', 'Did you mean `markdown`? Expected one of `text`, `markdown`, `json`, `html`.'],
		]);
		expect(renderCalibration(valueOf(compareAssessments(framework, self, manager)), undefined as unknown as 'text').ok).toBe(false);
	});

	it('checks its options: an unknown key or a colour that is not a boolean is a problem', () => {
		const result = renderGapReport(report, 'text', { colour: true, color: 'yes' } as never);
		expect(!result.ok && result.problems.map((p) => [p.file, p.path.join('.'), p.params])).toEqual([
			['options', 'color', { option: 'color', value: '"yes"', expected: 'boolean' }],
			['options', 'colour', { option: 'colour', value: 'true', expected: 'known-option', known: ['color', 'locale', 'messages', 'since', 'plan'], suggestion: 'color' }],
		]);
	});

	it('refuses a language it does not speak, located at `locale`, with the likely one meant', () => {
		const result = renderGapReport(report, 'html', { locale: 'fra' } as never);
		expect(!result.ok && result.problems.map((p) => [p.code, p.file, p.path.join('.'), p.params])).toEqual([
			['INVALID_OPTION', 'options', 'locale', { option: 'locale', value: '"fra"', expected: 'locale', known: ['en', 'fr'], suggestion: 'fr' }],
		]);
		expect(!result.ok && result.problems[0]!.hint).toBe('Did you mean `fr`? Expected one of the languages `en`, `fr`.');
	});
});

describe('renderCalibration', () => {
	const calibration = valueOf(compareAssessments(framework, self, manager));
	it('puts the largest disagreement first and flags it for discussion', () => {
		expect(calibration.competencies[0]).toMatchObject({ id: 'guardrails', delta: -2, agreement: 'discuss' });
		expect(calibration.summary).toEqual({ agree: 1, differ: 1, discuss: 1, incomplete: 0 });
		const text = valueOf(renderCalibration(calibration, 'text'));
		expect(text).toMatch(/Judgement within guardrails +Role model +Developing +-2 discuss/);
		expect(valueOf(renderCalibration(calibration, 'markdown'))).toContain('| Judgement within guardrails | Role model | Developing | -2 **discuss** |');
	});
});

describe('formatProblem', () => {
	it('says where, what, shows the source and gives a hint', () => {
		const sources = validSources().map((s) => (s.path.endsWith('rep.yaml') ? { ...s, text: s.text.replace('category: conduct', 'category: conduc') } : s));
		const result = parseFramework(sources);
		const problem = problemsOf(result).find((p) => p.code === 'UNKNOWN_CATEGORY')!;
		expect(formatProblem(problem)).toMatchInlineSnapshot(`
			"fixtures/rep.yaml:86:15 error UNKNOWN_CATEGORY
			  Unknown category \`conduc\`.
			    84 |   - id: guardrails
			    85 |     name: Judgement within guardrails
			  > 86 |     category: conduc
			       |               ^^^^^^
			    87 |     description: Uses discretion within agreed limits.
			    88 |     weight: 2
			  Hint: Did you mean \`conduct\`? Categories are declared in framework.yaml: \`craft\`, \`conduct\`."
		`);
	});
});

describe('escapeMarkdown', () => {
	it('neutralises Markdown and HTML syntax', () => {
		expect(escapeMarkdown('**x** [a](javascript:b) <i>')).toBe('\\*\\*x\\*\\* \\[a](javascript:b) \\<i>');
	});
});
