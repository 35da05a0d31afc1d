import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { GrowthPlanSchema, ProgressReportSchema } from '@rungs/core/schema';
import { hasStackTrace, repoRoot, rungs } from './_run.ts';

const examples = join(repoRoot, 'matrices/examples');
const latest = join(examples, 'representative-ready-for-senior.yaml');
const earlier = join(examples, 'history', 'representative-ready-for-senior-2026-06.yaml');
const ladders = ['--matrices', join(repoRoot, 'matrices')];
const scratch = () => mkdtempSync(join(tmpdir(), 'rungs-since-'));

describe('rungs gap --since', () => {
	it('adds "Since last time": what moved, since when, the evidence added, the goals read back and the timeline', () => {
		const run = rungs(['gap', latest, '--since', earlier, ...ladders]);
		expect(run.stderr).toBe('');
		expect(run.code).toBe(0);
		// Compared as one line: the text is wrapped at the terminal's width.
		const since = run.stdout.slice(run.stdout.indexOf('== Since last time')).replace(/\s+/g, ' ');
		expect(since).toContain('2 assessments from 2026-06-10 to 2026-12-07');
		expect(since).toContain('▲ Written clarity: Developing → Consistently (up, since 2026-12-07)');
		expect(since).toContain('= Customer empathy: Consistently (unchanged, since 2026-06-10)');
		expect(since).toMatch(/Team growth: Buddy the next new hire on the calendar queue\. \(by 2026-11-30\): met/);
		expect(since).toContain('Take the next three at-risk calendar accounts myself, with the account manager. (by 2026-12-31): not yet');
		expect(since).toContain('Timeline: Competency 2026-06-10 2026-12-07');
	});

	it('writes the progress report as JSON matching schemas/progress-report.schema.json', () => {
		const run = rungs(['gap', latest, '--since', earlier, '--format', 'json', ...ladders]);
		expect(run.code).toBe(0);
		const report = JSON.parse(run.stdout);
		expect(ProgressReportSchema.safeParse(report).success).toBe(true);
		expect(report.points.map((p: { date: string }) => p.date)).toEqual(['2026-06-10', '2026-12-07']);
		expect(report.goals.map((g: { outcome: string }) => g.outcome)).toEqual(['met', 'met', 'not-yet']);
	});

	it('takes several earlier files for a timeline, oldest first whatever their order', () => {
		const dir = scratch();
		const oldest = join(dir, 'oldest.yaml');
		writeFileSync(oldest, readFileSync(earlier, 'utf8').replace('date: 2026-06-10', 'date: 2026-01-15').replace(/\ngoals:[\s\S]*$/, '\n'));
		const run = rungs(['gap', latest, '--since', earlier, '--since', oldest, '--format', 'markdown', ...ladders]);
		expect(run.code).toBe(0);
		expect(run.stdout).toContain('| Competency | 2026-01-15 | 2026-06-10 | 2026-12-07 |');
		expect(run.stdout).toContain('## Since last time');
	});

	it('draws the timeline chart with its data table in HTML', () => {
		const run = rungs(['gap', latest, '--since', earlier, '--format', 'html', ...ladders]);
		expect(run.code).toBe(0);
		expect(run.stdout).toContain('<svg class="rungs-chart rungs-timeline"');
		expect(run.stdout).toContain('<caption>Competencies by status at each assessment</caption>');
	});

	it('locates an "earlier" assessment made later, and one of another person, in their files', () => {
		const dir = scratch();
		const stranger = join(dir, 'stranger.yaml');
		writeFileSync(stranger, readFileSync(earlier, 'utf8').replace('person: { name: Mateo, id: mateo }', 'person: { name: Ana, id: ana }'));
		const later = rungs(['gap', earlier, '--since', latest, ...ladders]);
		expect(later.code).toBe(1);
		expect(later.stderr).toMatch(/representative-ready-for-senior\.yaml:12:7/);
		expect(later.stderr).toContain('PROGRESS_NOT_EARLIER');
		const other = rungs(['gap', latest, '--since', stranger, ...ladders]);
		expect(other.code).toBe(1);
		expect(other.stderr).toMatch(/stranger\.yaml:8:26/);
		expect(other.stderr).toContain('PROGRESS_NOT_COMPARABLE');
		for (const run of [later, other]) expect(hasStackTrace(run.stderr)).toBe(false);
	});

	it('refuses --since with --compare or --batch, as a usage error', () => {
		expect(rungs(['gap', latest, '--since', earlier, '--compare', earlier, ...ladders]).code).toBe(2);
		expect(rungs(['gap', '--batch', examples, '--since', earlier, ...ladders]).code).toBe(2);
	});

	it('speaks French with no English of its own', () => {
		const run = rungs(['gap', latest, '--since', earlier, '--plan', '--lang', 'fr', ...ladders]);
		expect(run.code).toBe(0);
		const added = run.stdout.slice(run.stdout.indexOf('== Depuis la dernière fois'));
		expect(added).toContain('Objectifs de la dernière fois');
		expect(added).toContain('== Sur quoi travailler ensuite');
		for (const english of ['Since last time', 'Goals from last time', 'Evidence added', 'Timeline', 'What to work on', 'Your goal', 'By when', 'not yet', 'newly rated']) expect(added).not.toContain(english);
	});

	it('migrates an earlier assessment made on an older version, from git history, and says what that changed', () => {
		const repo = scratch();
		cpSync(join(repoRoot, 'matrices'), join(repo, 'matrices'), { recursive: true });
		const git = (...args: string[]) => execFileSync('git', ['-c', 'user.email=t@example.com', '-c', 'user.name=t', '-c', 'commit.gpgsign=false', ...args], { cwd: repo, encoding: 'utf8' });
		git('init', '-q');
		git('add', '.');
		git('commit', '-qm', 'v2');
		// Version 3 drops account-care; the latest assessment, made on it, no longer rates it.
		const file = join(repo, 'matrices', 'support-representative.yaml');
		const text = readFileSync(file, 'utf8').replace('version: 2.0.0', 'version: 3.0.0');
		const start = text.indexOf('  - id: account-care');
		const end = text.indexOf('\n  - id: ', start + 10);
		writeFileSync(file, text.slice(0, start) + text.slice(end === -1 ? text.length : end + 1));
		const now = parse(readFileSync(latest, 'utf8'));
		delete now.ratings['account-care'];
		writeFileSync(join(repo, 'now.yaml'), JSON.stringify({ ...now, ladder: { id: 'support-representative', version: '3.0.0' } }));
		cpSync(earlier, join(repo, 'then.yaml'));
		const run = rungs(['gap', 'now.yaml', '--since', 'then.yaml'], { cwd: repo });
		expect(run.stderr).toBe('');
		expect(run.code).toBe(0);
		const said = run.stdout.replace(/\s+/g, ' ');
		expect(said).toContain('The assessment of 2026-06-10 was made on version 2.0.0 of the ladder and moved onto 3.0.0 to be compared:');
		expect(said).toContain('account-care: no longer on the ladder; its rating is set aside');
		expect(said).toContain('with the account manager. (by 2026-12-31): no longer on the ladder');
		// Outside git there is no history: a major version apart is a located error, a minor one a warning that the file was read as it stands.
		const plain = scratch();
		cpSync(join(repo, 'matrices'), join(plain, 'matrices'), { recursive: true });
		cpSync(join(repo, 'now.yaml'), join(plain, 'now.yaml'));
		cpSync(earlier, join(plain, 'then.yaml'));
		const major = rungs(['gap', 'now.yaml', '--since', 'then.yaml'], { cwd: plain });
		expect(major.code).toBe(1);
		expect(major.stderr).toMatch(/then\.yaml:9:48 error LADDER_MAJOR_MISMATCH/);
		const minor = scratch();
		cpSync(join(repoRoot, 'matrices'), join(minor, 'matrices'), { recursive: true });
		const ladder = join(minor, 'matrices', 'support-representative.yaml');
		writeFileSync(ladder, readFileSync(ladder, 'utf8').replace('version: 2.0.0', 'version: 2.1.0'));
		writeFileSync(join(minor, 'now.yaml'), readFileSync(latest, 'utf8').replace('version: 2.0.0', 'version: 2.1.0'));
		cpSync(earlier, join(minor, 'then.yaml'));
		const unmigrated = rungs(['gap', 'now.yaml', '--since', 'then.yaml'], { cwd: minor });
		expect(unmigrated.code).toBe(0);
		expect(unmigrated.stderr).toMatch(/then\.yaml:9:48 warning PROGRESS_NOT_MIGRATED/);
		for (const run of [major, unmigrated]) expect(hasStackTrace(run.stderr)).toBe(false);
	});
});

describe('rungs gap --plan', () => {
	it('proposes the next behaviours, blockers first, with the evidence that would show them', () => {
		const run = rungs(['gap', join(examples, 'new-representative.yaml'), '--plan', ...ladders]);
		expect(run.code).toBe(0);
		const plan = run.stdout.slice(run.stdout.indexOf('== What to work on next'));
		expect(plan).toMatch(/\n1\. .+\((in the way|nearest gain), /);
		expect(plan).toContain('Your goal, in your own words:');
	});

	it('writes the plan as JSON matching schemas/growth-plan.schema.json', () => {
		const run = rungs(['gap', latest, '--plan', '--format', 'json', ...ladders]);
		expect(run.code).toBe(0);
		const plan = JSON.parse(run.stdout);
		expect(GrowthPlanSchema.safeParse(plan).success).toBe(true);
		expect(plan.steps[0]).toMatchObject({ competency: 'account-care', statement: { id: 'saves-at-risk-accounts' } });
	});

	it('writes the goals into the assessment, which the next assessment reads back with --since', () => {
		const dir = scratch();
		const me = join(dir, 'me.yaml');
		cpSync(latest, me);
		const wrote = rungs(['gap', me, '--plan', '--write-goals', ...ladders]);
		expect(wrote.code).toBe(0);
		expect(wrote.stderr).toContain('Wrote 1 goal into');
		const text = readFileSync(me, 'utf8');
		expect(text.startsWith(readFileSync(latest, 'utf8'))).toBe(true);
		expect(parse(text).goals).toEqual([expect.objectContaining({ competency: 'account-care', statement: 'saves-at-risk-accounts', goal: null, by: null, status: 'open' })]);
		// Written again, the goals already there are the person's: left alone, a usage error.
		expect(rungs(['gap', me, '--plan', '--write-goals', ...ladders]).code).toBe(2);
		const next = join(dir, 'next.yaml');
		writeFileSync(next, readFileSync(latest, 'utf8').replace('date: 2026-12-07', 'date: 2027-06-01').replace('rating: developing\n    note: >-\n      Refunds', 'rating: consistently\n    note: >-\n      Refunds').replace('saves-at-risk-accounts: developing', 'saves-at-risk-accounts: consistently'));
		const back = rungs(['gap', next, '--since', me, '--format', 'json', ...ladders]);
		expect(back.code).toBe(0);
		expect(JSON.parse(back.stdout).goals).toEqual([expect.objectContaining({ outcome: 'met', set: '2026-12-07' })]);
	});

	it('locates a goal that names no competency of the ladder', () => {
		const dir = scratch();
		const bad = join(dir, 'bad.yaml');
		writeFileSync(bad, `${readFileSync(latest, 'utf8')}\ngoals:\n  - competency: juggling\n    behaviour: Juggles.\n`);
		const run = rungs(['gap', bad, '--plan', ...ladders]);
		expect(run.code).toBe(1);
		expect(run.stderr).toMatch(/bad\.yaml:\d+:17/);
		expect(run.stderr).toContain('UNKNOWN_COMPETENCY');
		expect(hasStackTrace(run.stderr)).toBe(false);
	});
});
