import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { assess, compareAssessments, englishMessages, formatMessage, formatProblems, parseAssessment, parseFramework, problemsOf, type Messages, type Problem } from '@rungs/core';
import { frenchMessages, LOCALES, messagesFor, renderCalibration, renderDiffMarkdown, renderGapReport } from '@rungs/core/render';
import { loadAssessment, loadFramework } from '@rungs/core/node';
import { diffMatrices } from '@rungs/core';
import { ASSESSMENT_PATH, asValidated, exampleAssessment, validFramework, validSources, valueOf, withFile } from './_fixtures.ts';
import { dataStrings } from './_words.ts';

const NBSP = '\u00a0';
/** English words no French sentence of Rungs' has: any left after the data is taken out is untranslated. */
const ENGLISH = /\b(?:the|of|and|is|are|not|with|for|to|this|that|rating|ratings|evidence|target|level|levels|rule|report|meets|below|competenc\w*|statements?|ladders?|assessments?|hint|errors?|warnings?|missing|unknown|should|must|add|remove|check)\b/gi;

/** The words of an output that are Rungs' own: data, code spans and source frames taken out. */
function ownWords(output: string, data: unknown): string {
	let text = output
		.replace(/<style>[\s\S]*?<\/style>/g, ' ')
		.replace(/<[^>]*>/g, ' ')
		.replace(/&(amp|lt|gt|quot|#39);/g, (_, name: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[name]!)
		.split('\n')
		.filter((line) => !/^ {2}[> ] *\d+ \||^ {2} +\|/.test(line))
		.join('\n')
		.replace(/[ \t\r\n]+/g, ' ');
	// Text wraps long lines: data is compared with its white space as one space.
	const values = dataStrings(data).map((s) => s.replace(/[ \t\r\n]+/g, ' ').trim());
	for (const value of values.filter((s) => s.length > 2).sort((a, b) => b.length - a.length)) text = text.split(value).join(' ');
	return text.replace(/`[^`]*`/g, ' ');
}
const englishIn = (output: string, data: unknown) => ownWords(output, data).match(ENGLISH) ?? [];

const framework = validFramework();
const self = exampleAssessment('ana-self.yaml', framework);
const manager = exampleAssessment('ana-manager.yaml', framework);
const report = valueOf(assess(framework, self));

describe('the French catalog', () => {
	it('has every code of the English catalog, each a function, and no other', () => {
		expect(Object.keys(frenchMessages).sort()).toEqual(Object.keys(englishMessages).sort());
		for (const [code, say] of Object.entries(frenchMessages)) expect(typeof say, code).toBe('function');
		// The type says so too: a catalog short of one code is not a `Messages`.
		const { UNRATED: _left, ...short } = frenchMessages;
		// @ts-expect-error UNRATED is missing
		const incomplete: Messages = short;
		expect(incomplete).not.toHaveProperty('UNRATED');
	});

	it('says every message without parameters in its own words, not the English ones', () => {
		const same = Object.keys(englishMessages).filter((code) => {
			const english = (englishMessages as unknown as Record<string, (p: unknown) => string>)[code]!;
			const french = (frenchMessages as unknown as Record<string, (p: unknown) => string>)[code]!;
			return english.length === 0 && english({}) === french({}) && english({}) !== '';
		});
		expect(same).toEqual([]);
	});

	it('is what messagesFor and { locale } give, and a locale Rungs does not speak is a located problem', () => {
		expect(LOCALES).toEqual(['en', 'fr']);
		expect(valueOf(messagesFor('fr'))).toBe(frenchMessages);
		expect(valueOf(messagesFor('en'))).toBe(englishMessages);
		const unknown = messagesFor('de' as never);
		expect(!unknown.ok && unknown.problems.map((p) => [p.code, p.file, (p.params as { expected?: string }).expected])).toEqual([['INVALID_OPTION', 'locale', 'locale']]);
		expect(valueOf(renderGapReport(report, 'text', { locale: 'fr' }))).toBe(valueOf(renderGapReport(report, 'text', { messages: frenchMessages })));
		// A catalog of the caller's own wins over the locale.
		const own = { 'gap.readiness': () => 'Bereitschaft' };
		expect(valueOf(renderGapReport(report, 'text', { locale: 'fr', messages: own }))).toContain('Bereitschaft: ');
	});
});

describe('a gap report in French', () => {
	it('as text: French headings, spacing, numbers and dates', () => {
		const text = valueOf(renderGapReport(report, 'text', { locale: 'fr' }));
		expect(text).toContain(`Rapport d’écarts${NBSP}: Ana, auto-évaluation du 1er octobre 2026`);
		expect(text).toContain(`Passage au niveau cible${NBSP}: Pas encore`);
		expect(text).toMatch(/Au moins 75[\u00a0\u202f]% des compétences \(3 sur 3\)/);
		expect(text).toContain(`Reste à montrer${NBSP}:`);
		expect(text).toContain('jamais une décision de promotion');
		expect(englishIn(text, report)).toEqual([]);
	});

	it('as Markdown', () => {
		const markdown = valueOf(renderGapReport(report, 'markdown', { locale: 'fr' }));
		expect(markdown).toMatch(/^# Rapport d’écarts\u00a0: Ana$/m);
		expect(markdown).toContain('## Passage au niveau cible');
		expect(markdown).toContain('| Compétence | Catégorie | Appréciation | Situation | Preuves |');
		expect(englishIn(markdown, report)).toEqual([]);
	});

	it('as HTML, in a page that says it is French', () => {
		const html = valueOf(renderGapReport(report, 'html', { locale: 'fr' }));
		expect(html).toMatch(/^<!doctype html>\n<html lang="fr">/);
		expect(html).toContain(`<title>Rapport d’écarts${NBSP}: Ana</title>`);
		expect(html).toContain('aria-label="Tableau des appréciations"');
		expect(englishIn(html, report)).toEqual([]);
		expect(valueOf(renderGapReport(report, 'html'))).toContain('<html lang="en">');
	});

	it('under the weighted-points rule, with notes, evidence dates and the calibration', () => {
		const points = valueOf(assess(framework, asValidated({ ...self, notes: 'A note.' }), { rule: { rule: 'weighted-points', minShare: 0.9, requireEvidence: true } }));
		for (const format of ['text', 'markdown', 'html'] as const) expect(englishIn(valueOf(renderGapReport(points, format, { locale: 'fr' })), points), format).toEqual([]);
		const calibration = valueOf(compareAssessments(framework, self, manager));
		for (const format of ['text', 'markdown', 'html'] as const) {
			const output = valueOf(renderCalibration(calibration, format, { locale: 'fr' }));
			expect(output).toContain('Calibrage');
			expect(englishIn(output, calibration), format).toEqual([]);
		}
	});

	it('the English test would catch an English sentence', () => {
		expect(englishIn(valueOf(renderGapReport(report, 'text')), report).length).toBeGreaterThan(5);
	});
});

describe('the real ladders in French', () => {
	const matrices = fileURLToPath(new URL('../../../matrices/', import.meta.url));
	it('every example assessment renders in French, in every format, with no English of Rungs’ own', async () => {
		const real = valueOf(await loadFramework(matrices));
		const examples = readdirSync(join(matrices, 'examples')).filter((name) => name.endsWith('.yaml'));
		expect(examples.length).toBeGreaterThan(3);
		for (const name of examples) {
			const assessment = valueOf(await loadAssessment(join(matrices, 'examples', name), real));
			const gap = valueOf(assess(real, assessment));
			for (const format of ['text', 'markdown', 'html'] as const) expect(englishIn(valueOf(renderGapReport(gap, format, { locale: 'fr' })), gap), `${name} as ${format}`).toEqual([]);
			expect(formatMessage(gap.readiness.headline, frenchMessages)).toMatch(/^(Ces appréciations atteignent|.+ (point sépare|points séparent) ces appréciations de )/);
		}
	}, 60_000);
});

describe('problems in French', () => {
	const invalid = fileURLToPath(new URL('./fixtures/invalid/', import.meta.url));
	const problemsOf_ = (name: string): readonly Problem[] => {
		const [, , target] = /^([A-Z_]+)\.([a-z0-9-]+)\.yaml$/.exec(name)!;
		const text = readFileSync(join(invalid, name), 'utf8');
		if (target === 'assessment') return problemsOf(parseAssessment({ path: ASSESSMENT_PATH, text }, framework));
		return problemsOf(parseFramework(withFile(validSources(), { path: `fixtures/${target}.yaml`, text })));
	};
	const fixtures = readdirSync(invalid).filter((name) => name.endsWith('.yaml'));

	it.each(fixtures)('%s: every message and hint in French', (name) => {
		const problems = problemsOf_(name);
		expect(problems.length).toBeGreaterThan(0);
		const output = formatProblems(problems, { messages: frenchMessages });
		expect(output).toMatch(/\d+ erreurs?, \d+ avertissements?$/);
		expect(englishIn(output, problems.map((p) => [p.file, p.code, p.params]))).toEqual([]);
	});

	it('a ladder diff in French', () => {
		const sources = validSources();
		const rep = sources.find((s) => s.path === 'fixtures/rep.yaml')!.text;
		const repOf = (text: string) => valueOf(parseFramework(withFile(sources, { path: 'fixtures/rep.yaml', text }))).matrices.find((m) => m.id === 'rep')!;
		const diff = diffMatrices(repOf(rep), repOf(rep.replace('limit: half a billing period', 'limit: one billing period')));
		const output = renderDiffMarkdown([diff], { messages: frenchMessages });
		expect(output).toContain('décide en autonomie');
		expect(output).toContain(`« one billing period »`.replace('« ', `«${NBSP}`).replace(' »', `${NBSP}»`));
		expect(englishIn(output, [diff.title, diff.levels, diff.statements, diff.competencies])).toEqual([]);
	});
});
