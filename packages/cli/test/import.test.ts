import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { hasStackTrace, repoRoot, rungs } from './_run.ts';

/*
 * `rungs import` as a user runs it. What an imported grid ladder needs of the framework's rules
 * (optional narrative, `levels:`, `eachLevel`) is tested end to end in import-end-to-end.test.ts.
 */

const matricesDir = join(repoRoot, 'matrices');
const scratch = () => mkdtempSync(join(tmpdir(), 'rungs-import-'));
/** A copy of the repository's ladders, with the schemas beside them as in the repository. */
function ladders(): string {
	const dir = scratch();
	cpSync(matricesDir, join(dir, 'matrices'), { recursive: true });
	cpSync(join(repoRoot, 'schemas'), join(dir, 'schemas'), { recursive: true });
	return dir;
}

/** "5 levels, 9 competencies": what the command says it wrote, counted from the ladder's own file. */
const counts = (ladder: { levels: unknown[]; competencies?: unknown[]; sharedCompetencies?: unknown[] }) =>
	`${ladder.levels.length} levels, ${(ladder.competencies ?? []).length + (ladder.sharedCompetencies ?? []).length} competencies`;

describe('rungs import', () => {
	it('is listed in `rungs --help`, and has its own help', () => {
		expect(rungs(['--help']).stdout).toMatch(/^ {2}import <file> +a ladder from a spreadsheet/m);
		const help = rungs(['import', '--help']);
		expect(help.code).toBe(0);
		expect(help.stdout).toMatch(/^rungs import <file> \[options\]/);
		expect(help.stdout).toContain('--each-level');
	});

	it('brings a ladder back from its CASE export: written with a relative modeline, the same ladder, valid under this framework', () => {
		const dir = ladders();
		const own = join(dir, 'matrices', 'support-representative.yaml');
		const before = parse(readFileSync(own, 'utf8'));
		const exported = rungs(['export', 'support-representative', '--format', 'case', '--out', join(dir, 'sr.json')], { cwd: dir });
		expect(exported.code).toBe(0);
		const run = rungs(['import', 'sr.json', '--out', 'matrices/support-representative.yaml', '--force'], { cwd: dir });
		expect(run.stderr).toBe(`Wrote matrices/support-representative.yaml: ${counts(before)}.\n`);
		expect(run.code).toBe(0);
		const text = readFileSync(own, 'utf8');
		expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=../schemas/ladder.schema.json');
		const after = parse(text);
		// Level notes and the sources' notes are all a CASE package does not carry (tests/import-round-trip.test.ts compares whole ladders).
		expect(after.levels).toEqual(before.levels);
		// In category order, as the ladder resolves (the file may list them otherwise).
		expect(after.competencies.map((c: { id: string }) => c.id).sort()).toEqual(before.competencies.map((c: { id: string }) => c.id).sort());
		expect(rungs(['validate', join(dir, 'matrices')], { cwd: dir })).toMatchObject({ code: 0 });
	});

	it('prints the ladder when there is no --out, and takes the id from --id', () => {
		const dir = ladders();
		writeFileSync(join(dir, 'sr.json'), rungs(['export', 'support-representative', '--format', 'case'], { cwd: dir }).stdout);
		const run = rungs(['import', 'sr.json', '--id', 'support-representative'], { cwd: dir });
		expect(run.code).toBe(0);
		expect(parse(run.stdout)).toMatchObject({ format: 'rungs/ladder@1', id: 'support-representative' });
		expect(run.stderr).toBe(`Printed the ladder: ${counts(parse(readFileSync(join(dir, 'matrices', 'support-representative.yaml'), 'utf8')))}.\n`);
	});

	it('never replaces a file without --force: a usage error, the file as it was', () => {
		const dir = ladders();
		writeFileSync(join(dir, 'sr.json'), rungs(['export', 'support-representative', '--format', 'case'], { cwd: dir }).stdout);
		const own = join(dir, 'matrices', 'support-representative.yaml');
		const before = readFileSync(own, 'utf8');
		const run = rungs(['import', 'sr.json', '--out', 'matrices/support-representative.yaml'], { cwd: dir });
		expect(run.code).toBe(2);
		expect(run.stderr).toContain('already exists: nothing was written. Choose another --out, or add --force to replace it.');
		expect(readFileSync(own, 'utf8')).toBe(before);
	});

	it('reports each cell it could not place as file:row:column, in the catalog\'s words', () => {
		const dir = ladders();
		writeFileSync(join(dir, 'grid.csv'), 'Competency,Category,Associate (P1),Senior (P3)\nWriting,Customer craft,Answers,Edits,stray\n,,orphan,\n');
		const run = rungs(['import', 'grid.csv', '--out', 'out.yaml'], { cwd: dir });
		expect(run.stderr).toContain('grid.csv:2:5 warning IMPORT_CELL_NOT_PLACED\n  This cell is right of the last level column, so no level holds it: "stray".');
		expect(run.stderr).toContain('grid.csv:3:3 warning IMPORT_CELL_NOT_PLACED\n  This cell\'s row has no competency name, so no competency holds it: "orphan".');
		expect(hasStackTrace(run.stderr)).toBe(false);
		expect(parse(readFileSync(join(dir, 'out.yaml'), 'utf8'))).toMatchObject({ id: 'out', levels: [{ id: 'associate', band: 'P1' }, { id: 'senior', band: 'P3' }] });
	});

	it('writes the ladder even when the framework\'s rules ask for more than the file holds, and exits 1 saying what to add', () => {
		// This repository's framework asks every ladder for a summary (its strict support profile): a grid has none.
		const dir = ladders();
		writeFileSync(join(dir, 'grid.csv'), 'Competency,Category,Associate (P1),Senior (P3)\nWriting,Customer craft,Answers,Edits\n');
		const run = rungs(['import', 'grid.csv', '--out', 'matrices/writers.yaml'], { cwd: dir });
		expect(run.code).toBe(1);
		expect(run.stderr).toMatch(/^matrices\/writers\.yaml:\d+:\d+ error /m);
		expect(run.stderr).toContain('The framework\'s rules ask for more than grid.csv holds: add it to matrices/writers.yaml, then run `rungs validate`.');
		expect(existsSync(join(dir, 'matrices', 'writers.yaml'))).toBe(true);
	});

	it('fails with the place of a quote that never closes, and writes nothing', () => {
		const dir = ladders();
		writeFileSync(join(dir, 'grid.csv'), 'Competency,A,B\nWriting,"Answers,Edits\n');
		const run = rungs(['import', 'grid.csv', '--out', 'out.yaml'], { cwd: dir });
		expect(run.code).toBe(1);
		expect(run.stderr).toMatch(/^grid\.csv:2:2 error IMPORT_UNCLOSED_QUOTE$/m);
		expect(existsSync(join(dir, 'out.yaml'))).toBe(false);
	});

	it.each([
		[['import'], 'Give the file to import'],
		[['import', 'a.csv', 'b.csv'], 'Give the file to import'],
		[['import', 'a.csv', '--format', 'xlsx'], 'Unknown format `xlsx`: use grid, rungs-csv or case.'],
		[['import', 'a.csv', '--each-level', 'stacks'], 'Unknown --each-level `stacks`'],
		[['import', 'a.csv', '--colour'], 'Unknown option `--colour`'],
	])('%j is a usage error', (args, message) => {
		const run = rungs(args);
		expect(run.code).toBe(2);
		expect(run.stderr).toContain(message);
	});

	it('a file that is not there, or an id that is no id: problems, never a stack', () => {
		const dir = ladders();
		const missing = rungs(['import', 'nothing.csv'], { cwd: dir });
		expect(missing.code).toBe(1);
		expect(missing.stderr).toContain('FILE_NOT_FOUND');
		writeFileSync(join(dir, 'grid.csv'), 'Competency,A,B\nX,a,b\n');
		const badId = rungs(['import', 'grid.csv', '--id', 'not an id'], { cwd: dir });
		expect(badId.code).toBe(2);
		expect(badId.stderr).toContain('`id`');
		expect(hasStackTrace(missing.stderr + badId.stderr)).toBe(false);
	});
});
