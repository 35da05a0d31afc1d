import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
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

const ladders = join(repoRoot, 'matrices');
const examples = readdirSync(join(ladders, 'examples')).filter((name) => name.endsWith('.yaml')).sort();

async function frenchReports(): Promise<{ framework: Framework; reports: Map<string, GapReport> }> {
	const loaded = await loadTranslations(ladders);
	if (!loaded.ok) throw new Error('the ladders do not load');
	const framework = translateFramework(loaded.value.framework, loaded.value.translations, 'fr').framework;
	const reports = new Map<string, GapReport>();
	for (const name of examples) {
		const assessment = await loadAssessment(join(ladders, 'examples', name), framework);
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
		const [self, manager] = await Promise.all(['engineer-aiming-senior-self.yaml', 'engineer-aiming-senior-manager.yaml'].map((n) => loadAssessment(join(ladders, 'examples', n), framework)));
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

	it('rungs migrate --lang fr writes its notes into the file in French', () => {
		// The ladder moves to 3.0.0 without `account-care`, which the example rated with evidence.
		const dir = mkdtempSync(join(tmpdir(), 'rungs-migrate-fr-'));
		cpSync(ladders, join(dir, 'matrices'), { recursive: true });
		const file = join(dir, 'matrices', 'support-representative.yaml');
		const text = readFileSync(file, 'utf8').replace('version: 2.0.0', 'version: 3.0.0');
		const start = text.indexOf('  - id: account-care');
		const end = text.indexOf('\n  - id: ', start + 10);
		writeFileSync(file, text.slice(0, start) + (end === -1 ? '' : text.slice(end + 1)));
		const example = join(ladders, 'examples', 'representative-ready-for-senior.yaml');
		const assessment = parse(readFileSync(example, 'utf8'));
		expect(assessment.ratings['account-care']).toBeDefined();
		cpSync(example, join(dir, 'old.yaml'));
		const result = rungs(['migrate', 'old.yaml', '--from', join(ladders, 'support-representative.yaml'), '--matrices', 'matrices', '--out', 'new.yaml', '--lang', 'fr'], { cwd: dir });
		expect(result.code, result.stderr).toBe(0);
		const notes: string = parse(readFileSync(join(dir, 'new.yaml'), 'utf8')).notes;
		expect(notes).toContain('La compétence `account-care` a été retirée en 3.0.0\u00a0; son appréciation était\u00a0:');
		// What is left once the person's own notes and evidence are taken out is French.
		expect(englishIn(notes, assessment)).toEqual([]);
		// The same file in English says it in English.
		const english = rungs(['migrate', 'old.yaml', '--from', join(ladders, 'support-representative.yaml'), '--matrices', 'matrices', '--lang', 'en'], { cwd: dir });
		expect(parse(english.stdout).notes).toContain('The competency `account-care` was removed in 3.0.0; its rating was:');
	}, 120_000);

	it('would catch a line the CLI writes in English', () => {
		expect(englishIn('7 assessments: 7 reported, 0 with problems.', [])).toEqual(['assessments', 'reported', 'with', 'problems']);
	});
});
