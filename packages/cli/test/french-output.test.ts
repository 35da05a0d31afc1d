import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assess, compareAssessments, type Framework, type GapReport } from '@rungs/core';
import { loadAssessment, loadTranslations } from '@rungs/core/node';
import { summariseTeam } from '@rungs/core/team';
import { translateFramework } from '@rungs/core/translate';
import { repoRoot, rungs } from './_run.ts';

// The CLI's report output with --lang fr holds no English of Rungs' own: what is left once the data
// (the ladders' French, the people's own notes and evidence) is taken out has none of the words that
// an English sentence of Rungs' would. The CLI's equivalent of the library's pseudo-locale test: a
// line the CLI writes in English (a summary, a label) fails here.

/** English words no French sentence of Rungs' has. */
const ENGLISH = /\b(?:the|of|and|is|are|not|with|for|to|this|that|rating|ratings|evidence|target|level|levels|rule|report|reported|meets|below|competenc\w*|statements?|ladders?|assessments?|hint|errors?|warnings?|problems?|missing|unknown|checked|people|team)\b/gi;

function dataStrings(value: unknown, out: string[] = []): string[] {
	if (typeof value === 'string') out.push(value);
	else if (Array.isArray(value)) for (const item of value) dataStrings(item, out);
	else if (value && typeof value === 'object') for (const item of Object.values(value)) dataStrings(item, out);
	return out;
}

/** English words in an output once data, code spans, tags and file names are taken out. */
function englishIn(output: string, data: unknown): string[] {
	let text = output
		.replace(/<style>[\s\S]*?<\/style>/g, ' ')
		.replace(/<[^>]*>/g, ' ')
		.replace(/&(amp|lt|gt|quot|#39);/g, (_, name: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[name]!)
		.replace(/[ \t\r\n]+/g, ' ');
	const values = dataStrings(data).map((s) => s.replace(/[ \t\r\n]+/g, ' ').trim());
	for (const value of values.filter((s) => s.length > 2).sort((a, b) => b.length - a.length)) text = text.split(value).join(' ');
	return text.replace(/`[^`]*`/g, ' ').replace(/[\w./-]+\.ya?ml/g, ' ').match(ENGLISH) ?? [];
}

const matrices = join(repoRoot, 'matrices');
const examples = readdirSync(join(matrices, 'examples')).filter((name) => name.endsWith('.yaml')).sort();

async function frenchReports(): Promise<{ framework: Framework; reports: Map<string, GapReport> }> {
	const loaded = await loadTranslations(matrices);
	if (!loaded.ok) throw new Error('the ladders do not load');
	const framework = translateFramework(loaded.value.framework, loaded.value.translations, 'fr').framework;
	const reports = new Map<string, GapReport>();
	for (const name of examples) {
		const assessment = await loadAssessment(join(matrices, 'examples', name), framework);
		if (!assessment.ok) throw new Error(`${name} does not load`);
		const report = assess(framework, assessment.value);
		if (report.ok) reports.set(name, report.value);
	}
	return { framework, reports };
}

describe('the CLI in French has no English of its own', () => {
	it.each(['text', 'markdown', 'html'] as const)('rungs gap --lang fr --format %s, over every example', async (format) => {
		const { reports } = await frenchReports();
		expect(reports.size).toBe(examples.length);
		for (const [name, report] of reports) {
			const result = rungs(['gap', `matrices/examples/${name}`, '--lang', 'fr', '--format', format]);
			expect(result.code, name).toBe(0);
			expect(englishIn(result.stdout, report), `${name} as ${format}`).toEqual([]);
		}
	}, 300_000);

	it('rungs gap --compare --lang fr (a calibration)', async () => {
		const { framework } = await frenchReports();
		const [self, manager] = await Promise.all(['engineer-aiming-senior-self.yaml', 'engineer-aiming-senior-manager.yaml'].map((n) => loadAssessment(join(matrices, 'examples', n), framework)));
		if (!self!.ok || !manager!.ok) throw new Error('the pair does not load');
		const calibration = compareAssessments(framework, self!.value, manager!.value);
		const result = rungs(['gap', 'matrices/examples/engineer-aiming-senior-self.yaml', '--compare', 'matrices/examples/engineer-aiming-senior-manager.yaml', '--lang', 'fr']);
		expect(result.code).toBe(0);
		expect(englishIn(result.stdout, calibration.ok ? calibration.value : undefined)).toEqual([]);
	}, 120_000);

	it('rungs team --lang fr, and its closing lines', async () => {
		const { framework, reports } = await frenchReports();
		const team = summariseTeam(framework, [...reports.values()]);
		const result = rungs(['team', 'matrices/examples', '--lang', 'fr']);
		expect(result.code).toBe(0);
		expect(englishIn(result.stdout, team.ok ? team.value : undefined)).toEqual([]);
		expect(englishIn(result.stderr, [])).toEqual([]);
	}, 120_000);

	it('the closing lines of validate and gap --batch', () => {
		const validate = rungs(['validate', 'matrices', '--lang', 'fr']);
		expect(validate.code).toBe(0);
		expect(englishIn(validate.stderr, [])).toEqual([]);
		const batch = rungs(['gap', '--batch', 'matrices/examples', '--lang', 'fr']);
		expect(batch.code).toBe(0);
		expect(batch.stderr.trim()).not.toBe('');
		expect(englishIn(batch.stderr, [])).toEqual([]);
	}, 120_000);

	it('would catch a line the CLI writes in English', () => {
		expect(englishIn('7 assessments: 7 reported, 0 with problems.', [])).toEqual(['assessments', 'reported', 'with', 'problems']);
	});
});
