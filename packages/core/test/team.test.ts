import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { assess, englishMessages, parseAssessment, parseFramework, summariseGapReport, validateAssessment, type Framework, type GapReport, type Messages } from '@rungs/core';
import { frenchMessages, renderTeamSummary } from '@rungs/core/render';
import { TeamSummarySchema } from '@rungs/core/schema';
import { startTeamSummary, summariseTeam } from '@rungs/core/team';
import { valueOf } from './_fixtures.ts';
import { leftoverWords } from './_words.ts';

// The real ladders and their example assessments: five people, seven assessments, one person
// (Jonas) assessed by himself and his manager, one (Mateo) by himself and a peer.
const root = new URL('../../../matrices/', import.meta.url);
const framework: Framework = valueOf(
	parseFramework(readdirSync(root).filter((f) => f.endsWith('.yaml')).map((f) => ({ path: `matrices/${f}`, text: readFileSync(new URL(f, root), 'utf8') }))),
);
const examples = readdirSync(new URL('examples/', root))
	.filter((f) => f.endsWith('.yaml'))
	.sort()
	.map((f) => valueOf(parseAssessment({ path: f, text: readFileSync(new URL(`examples/${f}`, root), 'utf8') }, framework)));
const reports: GapReport[] = examples.map((a) => valueOf(assess(framework, a)));
const team = valueOf(summariseTeam(framework, reports));

describe('summariseTeam', () => {
	it('gives one row per person, read from the manager\'s assessment when there is one', () => {
		expect(team.totals).toEqual({ assessments: 7, people: 5, meetsRule: reports.filter((r) => r.readiness.meetsRule && r.person.name !== 'Jonas' && r.assessor.role !== 'peer').length, paired: 1 });
		const jonas = team.people.find((p) => p.person.name === 'Jonas')!;
		expect(jonas).toMatchObject({ assessments: 2, basis: { assessor: { role: 'manager' } } });
		const manager = reports.find((r) => r.person.name === 'Jonas' && r.assessor.role === 'manager')!;
		expect(jonas).toMatchObject({ meetsRule: manager.readiness.meetsRule, blockers: manager.readiness.blockers.length, counts: manager.readiness.counts });
		// Mateo has a self-assessment and a peer's: his own is read.
		expect(team.people.find((p) => p.person.name === 'Mateo')).toMatchObject({ assessments: 2, basis: { assessor: { role: 'self' } } });
	});

	it('counts each person once per competency, in every status and rating', () => {
		for (const c of team.competencies) {
			const statuses = c.status.exceeds + c.status.meets + c.status.below + c.status.unrated;
			expect(statuses, c.id).toBe(c.people);
			expect(c.ratings.reduce((a, b) => a + b, 0), c.id).toBe(c.people - c.status.unrated);
			expect(c.people).toBeLessThanOrEqual(team.totals.people);
		}
		const empathy = team.competencies.find((c) => c.id === 'customer-empathy')!;
		expect(empathy.people).toBe(team.people.filter((p) => reports.some((r) => r.person.name === p.person.name && r.competencies.some((c) => c.id === 'customer-empathy'))).length);
	});

	it('names the weakest and strongest competencies by their share at target, and where evidence is thin', () => {
		const share = (id: string) => team.competencies.find((c) => c.id === id)!.atTarget!;
		const shares = team.competencies.filter((c) => c.atTarget !== null).map((c) => c.atTarget!);
		expect(team.weakest.length).toBeGreaterThan(0);
		expect(share(team.weakest[0]!)).toBe(Math.min(...shares));
		expect(share(team.strongest[0]!)).toBe(Math.max(...shares));
		expect(team.weakest.filter((id) => team.strongest.includes(id))).toEqual([]);
		for (const id of team.thinEvidence) {
			const c = team.competencies.find((x) => x.id === id)!;
			expect(c.noEvidence * 2).toBeGreaterThanOrEqual(c.ratings.reduce((a, b) => a + b, 0));
		}
	});

	it('compares the self and manager ratings of the same person, largest disagreements first', () => {
		const self = reports.find((r) => r.person.name === 'Jonas' && r.assessor.role === 'self')!;
		const manager = reports.find((r) => r.person.name === 'Jonas' && r.assessor.role === 'manager')!;
		const apart = self.competencies
			.map((c) => ({ id: c.id, steps: c.rating && manager.competencies.find((m) => m.id === c.id)?.rating ? Math.abs(manager.competencies.find((m) => m.id === c.id)!.rating!.rank - c.rating.rank) : null }))
			.filter((c) => c.steps !== null);
		const [jonas] = team.disagreements.people;
		expect(jonas!.person.name).toBe('Jonas');
		expect(jonas!.discuss).toBe(apart.filter((c) => c.steps! >= 2).length);
		expect(jonas!.differ).toBe(apart.filter((c) => c.steps === 1).length);
		expect(Math.abs(jonas!.largest[0]!.delta)).toBe(Math.max(...apart.map((c) => c.steps!)));
		const first = team.disagreements.competencies[0]!;
		expect(first.discuss).toBe(Math.max(...team.disagreements.competencies.map((c) => c.discuss)));
	});

	it('gives the same summary from gap summaries as from whole reports, and report by report', () => {
		expect(valueOf(summariseTeam(framework, reports.map(summariseGapReport)))).toEqual(team);
		const tally = startTeamSummary(framework);
		reports.forEach((r, i) => expect(valueOf(tally.add(r))).toBe(i + 1));
		expect(tally.summary()).toEqual(team);
	});

	it('matches its schema', () => {
		expect(TeamSummarySchema.safeParse(team).success).toBe(true);
	});

	it('summarises a team on every real ladder: everyone at the scale\'s meeting value meets every competency', () => {
		for (const ladder of framework.ladders) {
			const levels = ladder.levels.map((l) => l.id);
			const people = levels.slice(0, -1).map((current, i) => {
				const target = levels[i + 1]!;
				const ratings = Object.fromEntries(ladder.competencies.filter((c) => c.levels.includes(target)).map((c) => [c.id, { rating: framework.scale.meets, evidence: [{ summary: 'Shown in a review.' }] }]));
				const data = { format: 'rungs/assessment@1', person: { name: `P${i}` }, ladder: { id: ladder.id, version: ladder.version }, assessor: { role: 'manager' }, date: '2026-12-01', current, target, ratings };
				return valueOf(assess(framework, valueOf(validateAssessment(data, framework))));
			});
			const summary = valueOf(summariseTeam(framework, people));
			expect(summary.totals.people, ladder.id).toBe(levels.length - 1);
			expect(summary.weakest, ladder.id).toEqual([]);
			expect(summary.thinEvidence, ladder.id).toEqual([]);
			for (const c of summary.competencies) expect(c.atTarget, `${ladder.id} ${c.id}`).toBe(1);
		}
	});

	it('refuses what is not a report of this framework, at its position, and never throws', () => {
		const foreign = { ...summariseGapReport(reports[0]!), target: { ladder: 'no-such-ladder', version: '1.0.0', level: 'x' } };
		const result = summariseTeam(framework, [reports[0]!, 'a string' as never, foreign as never, null as never]);
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.problems.map((p) => [p.code, p.file, p.path])).toEqual([
			['INVALID_OPTION', 'reports', [1]],
			['INVALID_OPTION', 'reports', [2]],
			['INVALID_OPTION', 'reports', [3]],
		]);
		for (const bad of [undefined, 42, { length: 2 }]) {
			const refused = summariseTeam(framework, bad as never);
			expect(refused.ok).toBe(false);
			if (!refused.ok) expect(refused.problems[0]).toMatchObject({ code: 'INVALID_OPTION', file: 'reports', path: [] });
		}
		// A refused report leaves the tally as it was.
		const tally = startTeamSummary(framework);
		expect(tally.add({ format: 'rungs/gap-report@2' } as never).ok).toBe(false);
		expect(tally.summary().totals).toEqual({ assessments: 0, people: 0, meetsRule: 0, paired: 0 });
	});

	it('summarises nobody as an empty team', () => {
		const empty = valueOf(summariseTeam(framework, []));
		expect(empty).toMatchObject({ people: [], competencies: [], weakest: [], strongest: [], thinEvidence: [] });
		for (const format of ['text', 'markdown', 'html', 'json'] as const) expect(valueOf(renderTeamSummary(empty, format)).length).toBeGreaterThan(0);
	});
});

// Every word a team renderer prints comes from the catalog or the summary's data.
const pseudo = Object.fromEntries(Object.entries(englishMessages).map(([code, say]) => [code, (params: unknown) => `⟦${(say as (p: unknown) => string)(params)}⟧`])) as unknown as Messages;

describe('renderTeamSummary', () => {
	it.each(['text', 'markdown', 'html'] as const)('words everything as %s through the catalog', (format) => {
		const output = valueOf(renderTeamSummary(team, format, { messages: pseudo }));
		expect(output).toContain('⟦Team summary: 5 people⟧');
		expect(leftoverWords(output, team, /⟦[^⟦⟧]*⟧/g), format).toEqual([]);
	});

	it.each(['text', 'markdown', 'html'] as const)('speaks French as %s', (format) => {
		const output = valueOf(renderTeamSummary(team, format, { locale: 'fr' }));
		expect(output).toContain('Synthèse d’équipe');
		expect(output).toContain(frenchMessages['team.weakest']({}));
		expect(output).not.toContain('Weakest');
	});

	it('writes JSON that is the summary itself', () => {
		expect(JSON.parse(valueOf(renderTeamSummary(team, 'json')))).toEqual(team);
	});

	it('escapes what people wrote: names stay text in Markdown and HTML', () => {
		const hostile = valueOf(summariseTeam(framework, [{ ...reports[0]!, person: { name: '<img src=x onerror=alert(1)> | **x**' } } as GapReport]));
		const html = valueOf(renderTeamSummary(hostile, 'html'));
		expect(html).not.toContain('<img');
		expect(html).toContain('&lt;img');
		expect(valueOf(renderTeamSummary(hostile, 'markdown'))).toContain('\\| \\*\\*x\\*\\*');
	});

	it('refuses an unknown format as a problem at `format`', () => {
		const result = renderTeamSummary(team, 'pdf' as never);
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.problems[0]).toMatchObject({ code: 'INVALID_OPTION', file: 'format' });
	});
});
