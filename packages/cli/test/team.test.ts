import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { TeamSummarySchema } from '@rungs/core/schema';
import { hasStackTrace, repoRoot, rungs } from './_run.ts';

const examples = join(repoRoot, 'matrices/examples');
/** The example assessments (with the earlier ones in history/, as the folder walk finds them) as NDJSON, one per line, in file order. */
const ndjson = readdirSync(examples, { recursive: true, encoding: 'utf8' })
	.filter((f) => f.endsWith('.yaml'))
	.sort()
	.map((f) => JSON.stringify(parse(readFileSync(join(examples, f), 'utf8'))))
	.join('\n');

describe('rungs team', () => {
	it('summarises a folder of assessments as text: readiness per person, then where to look', () => {
		const run = rungs(['team', 'matrices/examples']);
		expect(run.stderr).toBe('');
		expect(run.code).toBe(0);
		expect(run.stdout).toContain('Team summary: 5 people');
		expect(run.stdout).toContain('8 assessments of 5 people');
		for (const heading of ['Readiness, person by person', 'Weakest competencies', 'Strongest competencies', 'Where evidence is thin', 'Where self and manager disagree']) expect(run.stdout).toContain(heading);
		expect(run.stdout).toMatch(/Jonas: .*\n.*manager's assessment by Ruth/);
	});

	it('writes JSON that matches schemas/team-summary.schema.json, the same from NDJSON with or without worker threads', () => {
		const fromFolder = rungs(['team', 'matrices/examples', '--format', 'json']);
		expect(fromFolder.code).toBe(0);
		const summary = JSON.parse(fromFolder.stdout);
		expect(TeamSummarySchema.safeParse(summary).success).toBe(true);
		for (const threads of ['0', '2']) {
			const fromStdin = rungs(['team', '-', '--format', 'json', '--matrices', 'matrices'], { input: `${ndjson}\n`, env: { RUNGS_THREADS: threads } });
			expect(fromStdin.code, fromStdin.stderr).toBe(0);
			expect(JSON.parse(fromStdin.stdout)).toEqual(summary);
		}
	});

	it('leaves an input with problems out, names it on stderr and exits 1, still printing the summary of the rest', () => {
		const lines = ndjson.split('\n');
		const input = [lines[0], '{"format": "rungs/assessment@1", "person": {"name": "Broken"}}', ...lines.slice(1)].join('\n');
		const run = rungs(['team', '-', '--format', 'json', '--matrices', 'matrices'], { input, env: { RUNGS_THREADS: '0' } });
		expect(run.code).toBe(1);
		expect(JSON.parse(run.stdout).totals.assessments).toBe(8);
		expect(run.stderr).toContain('line 2');
		expect(run.stderr).toContain('1 input with problems left out of the summary.');
		expect(hasStackTrace(run.stderr)).toBe(false);
	});

	it('stops with the ladders\' located problem when they do not load, its worker threads (started early) stopping too', () => {
		const dir = mkdtempSync(join(tmpdir(), 'rungs-team-'));
		writeFileSync(join(dir, 'broken.yaml'), 'format: rungs/ladder@1\nid: broken\nlevels: [\n');
		for (const threads of ['0', '2']) {
			// A thread left running would keep the process alive past the test's timeout.
			const run = rungs(['team', '-', '--matrices', dir], { input: ndjson, env: { RUNGS_THREADS: threads } });
			expect([run.code, run.stdout]).toEqual([1, '']);
			expect(run.stderr).toMatch(/broken\.yaml:3:9 error YAML_SYNTAX/);
			expect(hasStackTrace(run.stderr)).toBe(false);
		}
	});

	it('speaks French with --lang fr, problems and summary alike', () => {
		const run = rungs(['team', '-', '--lang', 'fr', '--matrices', 'matrices'], { input: `${ndjson}\nnot json\n`, env: { RUNGS_THREADS: '0' } });
		expect(run.code).toBe(1);
		expect(run.stdout).toContain('Synthèse d’équipe');
		expect(run.stdout).toContain('Compétences les plus faibles');
		expect(run.stderr).toContain('laissée hors de la synthèse');
	});

	it.each(['markdown', 'html'])('writes %s', (format) => {
		const run = rungs(['team', 'matrices/examples', '--format', format]);
		expect(run.code).toBe(0);
		expect(run.stdout).toContain(format === 'html' ? '<h1' : '# Team summary: 5 people');
	});

	it.each([
		[[], 'Give the folder of assessments'],
		[['a', 'b'], 'Give one folder'],
		[['matrices/examples', '--format', 'pdf'], 'Unknown format `pdf`'],
	])('refuses %j as a usage error', (args, message) => {
		const run = rungs(['team', ...args]);
		expect(run.code).toBe(2);
		expect(run.stderr).toContain(message);
	});

	it('is listed in the main help', () => {
		expect(rungs(['--help']).stdout).toContain('team <folder | ->');
		expect(rungs(['team', '--help']).stdout).toContain('rungs team <folder | -> [options]');
	});
});
