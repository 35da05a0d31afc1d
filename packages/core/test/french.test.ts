import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { assess, compareAssessments, englishMessages, formatMessage, formatProblems, parseAssessment, parseFramework, problemsOf, validateAssessment, type Messages, type Problem } from '@rungs/core';
import { parse as parseYaml } from 'yaml';
import { frenchMessages, LOCALES, messagesFor, renderCalibration, renderDiffMarkdown, renderGapReport } from '@rungs/core/render';
import { loadAssessment, loadFramework } from '@rungs/core/node';
import { diffLadders } from '@rungs/core';
import { ASSESSMENT_PATH, asValidated, exampleAssessment, validFramework, validSources, valueOf, withFile } from './_fixtures.ts';
import { dataStrings } from './_words.ts';
import { DIX_MILLE, MILLE } from '../src/messages/reasons-french.ts';
import { nombre } from '../src/messages/french-typography.ts';

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

	it('writes the bounds it spells out as literals exactly as its number formatter would', () => {
		expect([MILLE, DIX_MILLE]).toEqual([nombre(1000), nombre(10000)]);
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
	const ladders = fileURLToPath(new URL('../../../matrices/', import.meta.url));
	it('every example assessment renders in French, in every format, with no English of Rungs’ own', async () => {
		const real = valueOf(await loadFramework(ladders));
		const examples = readdirSync(join(ladders, 'examples')).filter((name) => name.endsWith('.yaml'));
		expect(examples.length).toBeGreaterThan(3);
		for (const name of examples) {
			const assessment = valueOf(await loadAssessment(join(ladders, 'examples', name), real));
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
		const repOf = (text: string) => valueOf(parseFramework(withFile(sources, { path: 'fixtures/rep.yaml', text }))).ladders.find((m) => m.id === 'rep')!;
		const diff = diffLadders(repOf(rep), repOf(rep.replace('limit: half a billing period', 'limit: one billing period')));
		const output = renderDiffMarkdown([diff], { messages: frenchMessages });
		expect(output).toContain('décide en autonomie');
		expect(output).toContain(`« one billing period »`.replace('« ', `«${NBSP}`).replace(' »', `${NBSP}»`));
		expect(englishIn(output, [diff.title, diff.levels, diff.statements, diff.competencies])).toEqual([]);
	});
});

/**
 * Problems made on purpose for every reason a problem carries as data (problem-params.ts): each
 * YAML trouble, every kind of refused value and id, band patterns, bytes that are not UTF-8, and a
 * data object of the wrong type.
 */
function problemsForEveryReason(): Problem[] {
	const assessmentText = readFileSync(new URL('./fixtures/valid/examples/ana-self.yaml', import.meta.url), 'utf8');
	const asText = (text: string) => problemsOf(parseAssessment({ path: ASSESSMENT_PATH, text }, framework));
	const frameworkText = validSources().find((s) => s.path.endsWith('framework.yaml'))!;
	const withBandPattern = (pattern: string) =>
		problemsOf(parseFramework(withFile(validSources(), { ...frameworkText, text: `${frameworkText.text}\nbandPattern: '${pattern.replace(/'/g, "''")}'\n` })));
	return [
		...asText('format: rungs/assessment@1\n\tperson: Ana\n'),
		...asText('format: rungs/assessment@1\n---\nperson: Ana\n'),
		...asText('format: rungs/assessment@1\nperson: "Ana\n'),
		...asText('format: rungs/assessment@1\nperson: [Ana\ntarget: x\n'),
		...asText('format: rungs/assessment@1\nperson Ana\ndate: 2026-01-01\n'),
		...asText('format: rungs/assessment@1\nperson: *ana\n'),
		...asText('format: rungs/assessment@1\nperson: "\u0007"\n'),
		...asText('format: rungs/assessment@1\n? [a]\n: b\n'),
		...asText('format: rungs/ladder@1\n'),
		...asText(assessmentText.replace(/^person: .*$/m, 'person: 12')),
		...asText(assessmentText.replace(/^date: .*$/m, 'date: 31/12/2026')),
		...asText(assessmentText.replace(/^person: .*$/m, 'person: "Ana\\e[2J"')),
		...asText(assessmentText.replace(/^date: .*$/m, 'date: 2026-01-01\ncurrent: { ladder: x }')),
		...problemsOf(validateAssessment({ ...(parseYaml(assessmentText) as object), person: ['Ana'], ratings: 'all good' }, framework)),
		...problemsOf(validateAssessment({ ...(parseYaml(assessmentText) as object), 'c\u200bonstructor': 1 }, framework)),
		...problemsOf(parseFramework(withFile(validSources(), { ...frameworkText, text: frameworkText.text.replace('level-narrative: error', 'level-narrative: eror') }))),
		...withBandPattern('^(P[0-9])+$'),
		...withBandPattern('^(P\\d)\\1$'),
		...withBandPattern('^(?=P)P[0-9]$'),
		...withBandPattern('^(P[0-9]$'),
		...withBandPattern(`^${'[A-Z]*'.repeat(8)}$`),
		...withBandPattern(`^${'P'.repeat(201)}$`),
	];
}

describe('problems carry their reasons as data', () => {
	const problems = problemsForEveryReason();
	/** Params a catalog words, without the reason codes and the two that quote other software (`message`) or the schema's documentation. */
	const wordedParams = (problem: Problem): unknown =>
		JSON.parse(JSON.stringify(problem.params, (key, value: unknown) => (key === 'description' || key === 'message' || key === 'kind' ? undefined : value)));

	it('for every kind of YAML trouble, refused value, id and band pattern', () => {
		const reasons = new Set(problems.flatMap((p) => {
			const params = p.params as { trouble?: { kind: string }; reason?: { kind: string }; encoding?: string; received?: string };
			return [params.trouble?.kind, params.reason?.kind, params.received && `received:${params.received}`].filter(Boolean);
		}));
		for (const kind of ['tab-indent', 'several-documents', 'unclosed-quote', 'unclosed-bracket', 'no-colon', 'unknown-alias', 'control-character', 'complex-key', 'not-allowed', 'rule', 'repeated-group', 'backreference', 'lookaround', 'not-a-regex', 'too-many-ways', 'received:number', 'received:list', 'received:text']) {
			expect(reasons, kind).toContain(kind);
		}
	});

	it('and no parameter holds an English sentence: only codes, numbers and what the input said', () => {
		const sentences = problems.flatMap((p) => dataStrings(wordedParams(p)).filter((s) => /\b(?:is|are|should|must|the|this|it|refers|contains|allowed|expected)\b/i.test(s)).map((s) => `${p.code}: ${s}`));
		expect(sentences).toEqual([]);
	});

	it('which the French catalog words in French, every message and hint', () => {
		const output = formatProblems(problems, { messages: frenchMessages });
		const quoted = problems.map((p) => [p.file, p.code, wordedParams(p), (p.params as { trouble?: { message?: string } }).trouble?.message ?? '']);
		expect(englishIn(output, quoted)).toEqual([]);
		expect(output).toContain('Syntaxe YAML');
		expect(output).toContain('Le modèle de paliers');
	});
});
