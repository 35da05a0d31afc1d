import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { THREADS_FROM_BYTES } from '../src/commands/batch-workers.ts';
import { bin, hasStackTrace, repoRoot, rungs, testCacheHome } from './_run.ts';

const ladders = join(repoRoot, 'matrices');
const scratch = () => mkdtempSync(join(tmpdir(), 'rungs-cmd-'));

describe('rungs init', () => {
	it('prints a commented template that validates and reports', () => {
		const dir = scratch();
		const { code, stdout } = rungs(['init', 'support-representative', '--level', 'representative']);
		expect(code).toBe(0);
		expect(stdout).toMatch(/^# yaml-language-server: \$schema=/);
		expect(stdout).toContain('# Customer empathy. At Senior Support Representative:');
		writeFileSync(join(dir, 'me.yaml'), stdout);
		expect(rungs(['validate', join(dir, 'me.yaml'), '--matrices', ladders]).code).toBe(0);
		expect(rungs(['gap', join(dir, 'me.yaml'), '--matrices', ladders]).stdout).toContain('Gap report: Your name');
	});

	it('writes a template that validates when the ladder\'s texts hold a vertical tab or a form feed', () => {
		const dir = scratch();
		cpSync(ladders, dir, { recursive: true });
		const ladder = join(dir, 'support-representative.yaml');
		writeFileSync(ladder, readFileSync(ladder, 'utf8').replace(/^title: .*$/m, 'title: "Support\\vRepresentative\\f"'));
		const { code, stdout } = rungs(['init', 'support-representative', '--level', 'representative', '--matrices', dir]);
		expect(code).toBe(0);
		expect(stdout).toContain('Support<U+000B>Representative<U+000C>');
		writeFileSync(join(dir, 'examples', 'me.yaml'), stdout);
		expect(rungs(['validate', join(dir, 'examples', 'me.yaml'), '--matrices', dir])).toMatchObject({ code: 0 });
	});

	it('writes --out with a relative modeline, and never replaces a file without --force', () => {
		const dir = scratch();
		const out = join(dir, 'me.yaml');
		expect(rungs(['init', 'senior-support-engineer', '--out', out]).code).toBe(0);
		const first = readFileSync(out, 'utf8');
		expect(first.split('\n')[0]).toMatch(/^# yaml-language-server: \$schema=.*schemas\/assessment\.schema\.json$/);
		writeFileSync(out, 'my own work\n');
		const refused = rungs(['init', 'senior-support-engineer', '--out', out]);
		expect(refused.code).toBe(2);
		expect(refused.stderr).toContain('already exists: nothing was written');
		expect(readFileSync(out, 'utf8')).toBe('my own work\n');
		expect(rungs(['init', 'senior-support-engineer', '--out', out, '--force']).code).toBe(0);
		expect(readFileSync(out, 'utf8')).toBe(first);
		expect(readdirSync(dir)).toEqual(['me.yaml']);
	});

	it.each([
		[['init'], 'Give the id of the ladder'],
		[['init', 'nope'], 'Unknown ladder `nope`'],
		[['init', 'support-representative', '--level', 'boss'], "Unknown level `boss`. The levels of `support-representative` are:"],
	])('refuses %j with exit 2', (args, message) => {
		const { code, stderr } = rungs(args);
		expect(code).toBe(2);
		expect(stderr).toContain(message);
		expect(hasStackTrace(stderr)).toBe(false);
	});
});

describe('rungs export', () => {
	it('writes CASE, CSV and JSON', () => {
		const cfPackage = JSON.parse(rungs(['export', 'support-operations', '--format', 'case', '--base-url', 'https://ladders.example.com']).stdout);
		expect(cfPackage.CFDocument).toMatchObject({ title: 'Support Operations', caseVersion: '1.1' });
		expect(cfPackage.CFDocument.uri).toMatch(/^https:\/\/ladders\.example\.com\/case\/v1p1\/CFDocuments\//);
		const csv = rungs(['export', 'support-operations', '--format', 'csv']).stdout;
		expect(csv.startsWith('\uFEFF"Competency","Category","Shared","Required","Support Operations Analyst (P2)"')).toBe(true);
		const json = JSON.parse(rungs(['export', 'support-operations']).stdout);
		expect(json).toMatchObject({ id: 'support-operations', levels: expect.any(Array), competencies: expect.any(Array) });
	});

	it('refuses an unknown format or ladder', () => {
		expect(rungs(['export', 'support-operations', '--format', 'pdf']).stderr).toContain('Unknown format `pdf`');
		expect(rungs(['export', 'nope']).code).toBe(2);
	});
});

describe('rungs schema', () => {
	it('prints the committed JSON Schema', () => {
		const { code, stdout } = rungs(['schema', 'gap-report']);
		expect(code).toBe(0);
		expect(JSON.parse(stdout)).toEqual(JSON.parse(readFileSync(join(repoRoot, 'schemas', 'gap-report.schema.json'), 'utf8')));
	});
});

describe('rungs diff', () => {
	it('explains what changed, keyed by ids, and warns when the version was not bumped', () => {
		const dir = scratch();
		const before = readFileSync(join(ladders, 'support-representative.yaml'), 'utf8');
		const after = before
			.replace('limit: once per account, by up to 14 days;', 'limit: once per account, by up to 21 days;')
			.replace(/(\n {6}associate:\n {8}- id: )([a-z-]+)(\n {10}text: )/, '$1brand-new$3Writes a brand new statement for this test.\n        - id: $2$3');
		expect(after).not.toBe(before);
		writeFileSync(join(dir, 'support-representative.yaml'), after);
		const { code, stdout, stderr } = rungs(['diff', join(ladders, 'support-representative.yaml'), join(dir, 'support-representative.yaml')]);
		expect(code).toBe(0);
		expect(stdout).toContain('## Support Representative: 2.0.0 → 2.0.0');
		expect(stdout).toContain('⚠️ The changes imply a **minor** version bump');
		expect(stdout).toContain('limit “once per account, by up to 14 days; beyond, a senior representative decides” → “once per account, by up to 21 days; beyond, a senior representative decides”');
		expect(stdout).toMatch(/\(`brand-new`\): added “Writes a brand new statement for this test\.”/);
		expect(stderr).toContain('warning: support-representative changed in a minor way');
		expect(rungs(['diff', join(ladders, 'support-representative.yaml'), join(dir, 'support-representative.yaml'), '--strict']).code).toBe(1);
		const json = JSON.parse(rungs(['diff', join(ladders, 'support-representative.yaml'), join(dir, 'support-representative.yaml'), '--format', 'json']).stdout);
		expect(json.diffs[0].bump).toMatchObject({ implied: 'minor', declared: 'none', sufficient: false });
	});

	it('compares with a git revision, and migrates an assessment made on the older version', () => {
		const repo = scratch();
		cpSync(ladders, join(repo, 'matrices'), { recursive: true });
		const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, encoding: 'utf8' });
		git('init', '-q');
		git('-c', 'user.email=t@example.com', '-c', 'user.name=t', 'add', '.');
		git('-c', 'user.email=t@example.com', '-c', 'user.name=t', 'commit', '-qm', 'v1');
		const file = join(repo, 'matrices', 'support-representative.yaml');
		const text = readFileSync(file, 'utf8');
		// Version 3 drops the account-care competency and bumps the major version.
		const start = text.indexOf('  - id: account-care');
		expect(start).toBeGreaterThan(0);
		const end = text.indexOf('\n  - id: ', start + 10);
		writeFileSync(file, text.replace('version: 2.0.0', 'version: 3.0.0').slice(0, start) + text.replace('version: 2.0.0', 'version: 3.0.0').slice(end === -1 ? text.length : end + 1));
		const diff = rungs(['diff', '--since', 'HEAD'], { cwd: repo });
		expect(diff.stderr).toBe('');
		expect(diff.stdout).toContain('## Support Representative: 2.0.0 → 3.0.0');
		expect(diff.stdout).toContain('✅ The changes imply a **major** version bump (competency removed: account-care)');

		const assessment = readFileSync(join(ladders, 'examples', 'representative-ready-for-senior.yaml'), 'utf8');
		writeFileSync(join(repo, 'old.yaml'), assessment);
		const gapBefore = rungs(['gap', 'old.yaml'], { cwd: repo });
		expect(gapBefore.code).toBe(1);
		expect(gapBefore.stderr).toContain('LADDER_MAJOR_MISMATCH');
		expect(gapBefore.stderr).toContain('rungs migrate old.yaml');

		const migrated = rungs(['migrate', 'old.yaml', '--out', 'new.yaml'], { cwd: repo });
		expect(migrated.code).toBe(0);
		expect(migrated.stderr).toContain('`account-care` is no longer on the ladder: its rating moved to the notes.');
		// The same lines in the reader's language: each change is a message of the catalog.
		expect(rungs(['migrate', 'old.yaml', '--lang', 'fr'], { cwd: repo }).stderr).toContain('`account-care` ne fait plus partie de l’échelle\u00a0: son appréciation a été reportée dans les notes.');
		const moved = parse(readFileSync(join(repo, 'new.yaml'), 'utf8'));
		expect(moved.ladder.version).toBe('3.0.0');
		expect(moved.ratings['account-care']).toBeUndefined();
		expect(moved.notes).toContain('The competency `account-care` was removed in 3.0.0; its rating was: developing');
		expect(Object.keys(moved.ratings).length).toBe(Object.keys(parse(assessment).ratings).length - 1);
		expect(rungs(['gap', 'new.yaml'], { cwd: repo }).code).toBe(0);
		expect(existsSync(join(repo, 'new.yaml'))).toBe(true);
		expect(rungs(['migrate', 'old.yaml', '--out', 'new.yaml'], { cwd: repo }).code).toBe(2);
	});
});

describe('rungs gap --batch', () => {
	const example = parse(readFileSync(join(ladders, 'examples', 'new-representative.yaml'), 'utf8'));

	it('streams one JSON line per NDJSON input, with located problems for the bad ones', () => {
		const broken = { ...example, current: 'boss' };
		const input = [JSON.stringify(example), '{ not json', '', JSON.stringify(broken), JSON.stringify({ ...example, person: { name: 'Second' } })].join('\n');
		const { code, stdout, stderr } = rungs(['gap', '--batch', '-', '--matrices', ladders], { input });
		expect(code).toBe(1);
		const lines = stdout.trim().split('\n').map((l) => JSON.parse(l));
		expect(lines.map((l) => [l.line, l.ok])).toEqual([[1, true], [2, false], [4, false], [5, true]]);
		expect(lines[0].report).toMatchObject({ format: 'rungs/gap-summary@2', person: { name: example.person.name } });
		expect(lines[0].report.competencies[0]).toEqual(expect.objectContaining({ id: expect.any(String), status: expect.any(String), toShow: expect.any(Array) }));
		expect(lines[1].problems[0]).toMatchObject({ code: 'YAML_SYNTAX', file: 'line 2', line: 1 });
		expect(lines[2].problems[0]).toMatchObject({ code: 'UNKNOWN_LEVEL', file: 'line 4' });
		expect(stderr).toContain('4 assessments: 2 reported, 2 with problems.');
	});

	it('checks a line as a file of the same bytes: repeated keys, invalid UTF-8 and a 3 MB line are that line\'s problem', () => {
		const line = JSON.stringify(example);
		const twice = line.replace('"ratings":{', '"ratings":{},"ratings":{');
		const huge = line.replace(/}$/, `,"notes":"${'x'.repeat(3 * 1024 * 1024)}"}`);
		const bytes = Buffer.from(line.replace(example.person.name, 'Ana'));
		const notUtf8 = Buffer.concat([bytes.subarray(0, bytes.indexOf('Ana') + 2), Buffer.from([0xe9]), bytes.subarray(bytes.indexOf('Ana') + 3)]);
		const input = Buffer.concat([Buffer.from(`${line}\n${twice}\n${huge}\n`), notUtf8, Buffer.from(`\n${line}\n`)]);
		const result = spawnSync(process.execPath, [bin, 'gap', '--batch', '-', '--matrices', ladders], { cwd: repoRoot, env: { PATH: process.env.PATH ?? '', XDG_CACHE_HOME: testCacheHome(), RUNGS_THREADS: '2' }, input, encoding: 'utf8', timeout: 120_000, maxBuffer: 64 * 1024 * 1024 });
		expect(result.status).toBe(1);
		const lines = result.stdout.trim().split('\n').map((l) => JSON.parse(l));
		expect(lines.map((l) => [l.line, l.ok, l.problems?.map((p: { code: string; line: number; column: number }) => `${p.code} ${p.line}:${p.column}`)])).toEqual([
			[1, true, undefined],
			[2, false, [`YAML_DUPLICATE_KEY 1:${twice.lastIndexOf('"ratings"') + 1}`]],
			[3, false, ['FILE_TOO_LARGE 1:1']],
			[4, false, [`FILE_NOT_TEXT 1:${bytes.indexOf('Ana') + 3}`]],
			[5, true, undefined],
		]);
	}, 60_000);

	it('reports on every assessment under a folder', () => {
		const { code, stdout } = rungs(['gap', '--batch', join(ladders, 'examples'), '--rule', 'all-at-target']);
		expect(code).toBe(0);
		const lines = stdout.trim().split('\n').map((l) => JSON.parse(l));
		expect(lines.length).toBe(readdirSync(join(ladders, 'examples'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.yaml')).length);
		expect(lines.every((l) => l.ok && l.report.rule.rule === 'all-at-target')).toBe(true);
	});

	it('writes the same lines, in the same order, with and without worker threads', () => {
		const input = Array.from({ length: 700 }, (_, i) => (i % 97 === 5 ? '{ broken' : JSON.stringify({ ...example, person: { name: `P${i}` } }))).join('\r\n');
		const threaded = rungs(['gap', '--batch', '-', '--matrices', ladders], { input, env: { RUNGS_THREADS: '3' } });
		const single = rungs(['gap', '--batch', '-', '--matrices', ladders], { input, env: { RUNGS_THREADS: '0' } });
		expect([threaded.code, single.code]).toEqual([1, 1]);
		expect(threaded.stdout).toBe(single.stdout);
		const lines = threaded.stdout.trim().split('\n').map((l) => JSON.parse(l));
		expect(lines.map((l) => l.line)).toEqual(Array.from({ length: 700 }, (_, i) => i + 1));
		expect(lines.filter((l) => !l.ok).map((l) => l.line)).toEqual([6, 103, 200, 297, 394, 491, 588, 685]);
		expect(threaded.stderr).toContain('700 assessments: 692 reported, 8 with problems.');
	});

	it('reads a file given as standard input as it reads a pipe, with threads for a large file and none for a small one', () => {
		const dir = scratch();
		const line = JSON.stringify(example);
		const sizes = { small: 3, large: Math.ceil((1.5 * THREADS_FROM_BYTES) / (line.length + 1)) };
		for (const [name, count] of Object.entries(sizes)) {
			const lines = Array.from({ length: count }, (_, i) => (i === 1 ? '{ broken' : JSON.stringify({ ...example, person: { name: `P${i}` } })));
			const file = join(dir, `${name}.ndjson`);
			writeFileSync(file, `${lines.join('\n')}\n`);
			const fromFile = rungs(['gap', '--batch', '-', '--matrices', ladders], { stdinFile: file, env: { RUNGS_THREADS: '2' } });
			const fromPipe = rungs(['gap', '--batch', '-', '--matrices', ladders], { input: readFileSync(file, 'utf8'), env: { RUNGS_THREADS: '0' } });
			expect([fromFile.code, fromPipe.code]).toEqual([1, 1]);
			expect(fromFile.stdout).toBe(fromPipe.stdout);
			expect(fromFile.stdout.trim().split('\n')).toHaveLength(count);
			expect(fromFile.stderr).toContain(`${count} assessments: ${count - 1} reported, 1 with problems.`);
		}
	}, 120_000);

	it('measures each input by its own target ladder\'s rule, adjusted by --min-share, as `rungs gap` does for one', () => {
		const dir = scratch();
		cpSync(ladders, dir, { recursive: true });
		const ops = join(dir, 'support-operations.yaml');
		// One ladder with a rule of its own, placed before `competencies:` at the top level.
		writeFileSync(ops, readFileSync(ops, 'utf8').replace(/^levels:/m, 'readiness:\n  rule: weighted-points\n  minShare: 0.9\n  requireEvidence: false\nlevels:'));
		const examples = readdirSync(join(dir, 'examples'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.yaml')).sort();
		const batch = rungs(['gap', '--batch', join(dir, 'examples'), '--min-share', '0.5']);
		expect(batch.code).toBe(0);
		const rules = batch.stdout.trim().split('\n').map((l) => JSON.parse(l).report.rule);
		const single = examples.map((f) => JSON.parse(rungs(['gap', join(dir, 'examples', f), '--min-share', '0.5', '--format', 'json']).stdout).rule);
		expect(rules).toEqual(single);
		expect(rules).toContainEqual({ rule: 'weighted-points', minShare: 0.5, requireEvidence: false });
		expect(rules).toContainEqual({ rule: 'n-of-m', minShare: 0.5, floor: 'developing', requireEvidence: false });
	});

	it('reports a --target level that one input\'s ladder lacks as a problem of that input, and goes on', () => {
		const operations = JSON.stringify(parse(readFileSync(join(ladders, 'examples', 'operations-analyst.yaml'), 'utf8')));
		const input = [operations, JSON.stringify(example)].join('\n');
		for (const threads of ['0', '2']) {
			const { code, stdout, stderr } = rungs(['gap', '--batch', '-', '--matrices', ladders, '--target', 'expert'], { input, env: { RUNGS_THREADS: threads } });
			expect(code).toBe(1);
			expect(hasStackTrace(stderr)).toBe(false);
			const [first, second] = stdout.trim().split('\n').map((l) => JSON.parse(l));
			expect(first.problems).toEqual([expect.objectContaining({ code: 'UNKNOWN_LEVEL', file: 'line 1 with --target', path: ['target'], hint: expect.stringContaining('`support-operations`') })]);
			expect(second).toMatchObject({ line: 2, ok: true, report: { target: { ladder: 'support-representative', level: 'expert' } } });
		}
		const nowhere = rungs(['gap', '--batch', '-', '--matrices', ladders, '--target', 'boss'], { input });
		expect(nowhere.code).toBe(2);
		expect(nowhere.stderr).toContain('--target: no ladder has a level `boss`.');
	});

	it('stops with the ladders\' located problem when they do not load, its worker threads (started early) stopping too', () => {
		const dir = scratch();
		writeFileSync(join(dir, 'broken.yaml'), 'format: rungs/ladder@1\nid: broken\nlevels: [\n');
		for (const threads of ['0', '2']) {
			// A thread left running would keep the process alive past the test's timeout.
			const { code, stdout, stderr } = rungs(['gap', '--batch', '-', '--matrices', dir], { input: JSON.stringify(example), env: { RUNGS_THREADS: threads } });
			expect([code, stdout]).toEqual([1, '']);
			expect(stderr).toMatch(/broken\.yaml:3:9 error YAML_SYNTAX/);
			expect(hasStackTrace(stderr)).toBe(false);
		}
	});

	it('echoes each assessment\'s meta on its line, with and without threads, and refuses oversize meta on that line alone', () => {
		const lines = Array.from({ length: 40 }, (_, i) => JSON.stringify({ ...example, meta: { assessmentId: `a-${i}`, cycle: '2026 H2' } }));
		lines[7] = JSON.stringify({ ...example, meta: { assessmentId: 'x'.repeat(501) } });
		for (const threads of ['0', '2']) {
			const { code, stdout } = rungs(['gap', '--batch', '-', '--matrices', ladders], { input: lines.join('\n'), env: { RUNGS_THREADS: threads } });
			expect(code).toBe(1);
			const out = stdout.trim().split('\n').map((l) => JSON.parse(l));
			expect(out[3].report.meta).toEqual({ assessmentId: 'a-3', cycle: '2026 H2' });
			expect(out.filter((l) => l.ok).every((l) => l.report.meta.assessmentId === `a-${l.line - 1}`)).toBe(true);
			expect(out[7]).toMatchObject({ line: 8, ok: false, problems: [expect.objectContaining({ code: 'TEXT_TOO_LONG', path: ['meta', 'assessmentId'], line: 1 })] });
		}
		const full = rungs(['gap', '--batch', '-', '--full', '--matrices', ladders], { input: lines[0] });
		expect(JSON.parse(full.stdout).report.meta).toEqual({ assessmentId: 'a-0', cycle: '2026 H2' });
	});

	it('writes whole gap reports with --full', () => {
		const { stdout } = rungs(['gap', '--batch', '-', '--full', '--matrices', ladders], { input: JSON.stringify(example) });
		expect(JSON.parse(stdout).report).toMatchObject({ format: 'rungs/gap-report@2', competencies: expect.arrayContaining([expect.objectContaining({ expectations: expect.any(Object) })]) });
	});

	it('refuses a file argument next to --batch', () => {
		expect(rungs(['gap', 'x.yaml', '--batch', '-']).code).toBe(2);
	});
});
