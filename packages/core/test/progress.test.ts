import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { assess, englishMessages, parseAssessment, parseFramework, problemsOf, validateAssessment, type Messages, type ValidatedAssessment } from '@rungs/core';
import { renderGapReport, renderGrowthPlan, renderProgress } from '@rungs/core/render';
import { AssessmentSchema, GrowthPlanSchema, ProgressReportSchema } from '@rungs/core/schema';
import { goalsSection, planGrowth, trackProgress } from '@rungs/core/team';
import { valueOf } from './_fixtures.ts';
import { leftoverWords } from './_words.ts';

// Mateo on the real ladders, in June and in December, the June file with goals.
const root = new URL('../../../matrices/', import.meta.url);
const framework = valueOf(parseFramework(readdirSync(root).filter((f) => f.endsWith('.yaml')).map((f) => ({ path: `matrices/${f}`, text: readFileSync(new URL(f, root), 'utf8') }))));
const exampleText = (name: string) => readFileSync(new URL(`examples/${name}`, root), 'utf8');
const load = (name: string) => valueOf(parseAssessment({ path: name, text: exampleText(name) }, framework));
const now = load('representative-ready-for-senior.yaml');
const then = load('history/representative-ready-for-senior-2026-06.yaml');
const edit = (base: ValidatedAssessment, change: Partial<ValidatedAssessment>) => valueOf(validateAssessment({ ...base, ...change }, framework));

describe('trackProgress', () => {
	const progress = valueOf(trackProgress(framework, now, [then]));

	it('says per competency what moved, since when the rating holds, and the evidence added since', () => {
		expect(ProgressReportSchema.safeParse(progress).success).toBe(true);
		expect(progress.points.map((p) => p.date)).toEqual(['2026-06-10', '2026-12-07']);
		const written = progress.competencies.find((c) => c.id === 'written-clarity')!;
		expect(written).toMatchObject({ movement: 'up', steps: 1, from: { id: 'developing' }, to: { id: 'consistently' }, since: '2026-12-07' });
		expect(written.evidenceAdded.map((e) => e.date)).toEqual(['2026-08-30']);
		const account = progress.competencies.find((c) => c.id === 'account-care')!;
		expect(account).toMatchObject({ movement: 'same', steps: 0, since: '2026-06-10', evidenceAdded: [] });
		expect(progress.summary).toEqual({ up: 5, down: 0, same: 4, rated: 0, unrated: 0 });
		expect(progress.migrations).toEqual([]);
	});

	it('reads the goals of the assessment before back: met, moved, not yet', () => {
		expect(progress.goals.map((g) => [g.goal.competency, g.outcome])).toEqual([
			['written-clarity', 'met'],
			['team-growth', 'met'],
			['account-care', 'not-yet'],
		]);
		const rose = edit(now, { ratings: { ...now.ratings, 'account-care': { rating: 'developing', statements: { 'saves-at-risk-accounts': 'developing' }, evidence: [] } } });
		const lower = edit(then, { ratings: { ...then.ratings, 'account-care': { rating: 'not-yet', evidence: [] } } });
		expect(valueOf(trackProgress(framework, rose, [lower])).goals[2]!.outcome).toBe('moved');
	});

	it('orders several earlier assessments oldest first, and keeps the run of an unchanged rating', () => {
		const oldest = edit(then, { date: '2026-01-10', goals: undefined });
		const report = valueOf(trackProgress(framework, now, [then, oldest]));
		expect(report.points.map((p) => p.date)).toEqual(['2026-01-10', '2026-06-10', '2026-12-07']);
		expect(report.competencies.find((c) => c.id === 'account-care')!.since).toBe('2026-01-10');
		expect(report.competencies.find((c) => c.id === 'customer-empathy')!.ratings.map((r) => r?.id)).toEqual(['consistently', 'consistently', 'consistently']);
	});

	it('migrates an earlier assessment made on an older version when its ladder is given, and says what changed', () => {
		const ladderNow = framework.ladders.find((m) => m.id === 'support-representative')!;
		// The older version had a competency since removed, and a reworded one.
		const older = structuredClone(ladderNow) as typeof ladderNow;
		Object.assign(older, { version: '1.9.0', competencies: [...older.competencies, { ...older.competencies[0]!, id: 'phone-manner', name: 'Phone manner' }] });
		const written = older.competencies.find((c) => c.id === 'written-clarity')!;
		Object.assign(written, { description: `${written.description} Changed.` });
		const made = { ...then, ladder: { id: 'support-representative', version: '1.9.0' }, ratings: { ...then.ratings, 'phone-manner': { rating: 'consistently', evidence: [] } } } as ValidatedAssessment;
		const report = valueOf(trackProgress(framework, now, [{ assessment: made, ladder: older }]));
		expect(report.points[0]).toMatchObject({ version: '1.9.0', migrated: true });
		expect(report.migrations).toEqual([{ date: '2026-06-10', from: '1.9.0', to: '2.0.0', changes: expect.arrayContaining([{ kind: 'removed', competency: 'phone-manner' }, { kind: 're-assess', competency: 'written-clarity' }]) }]);
	});

	it('says a goal is gone when its competency is no longer on the ladder', () => {
		const goals = [...(then.goals ?? []), { competency: 'account-care', statement: 'no-such-statement', behaviour: 'Gone.' }];
		const report = valueOf(trackProgress(framework, now, [{ ...then, goals } as ValidatedAssessment]));
		expect(report.goals.at(-1)!.outcome).toBe('gone');
	});

	it('locates what is not one series by data path, and checks its arguments and options; nothing throws', () => {
		const other = trackProgress(framework, now, [edit(then, { person: { name: 'Ana', id: 'ana' } }), edit(then, { date: '2027-01-01' })]);
		expect(problemsOf(other).map((p) => [p.code, p.file, p.path])).toEqual([
			['PROGRESS_NOT_COMPARABLE', 'earlier', [0, 'person', 'id']],
			['PROGRESS_NOT_EARLIER', 'earlier', [1, 'date']],
		]);
		const ladder = trackProgress(framework, now, [load('new-representative.yaml')]);
		expect(problemsOf(ladder).map((p) => p.code)).toContain('PROGRESS_NOT_COMPARABLE');
		for (const bad of [[], null, [null], 'then.yaml', [{ assessment: 'x' }]]) {
			const result = trackProgress(framework, now, bad as never);
			expect(problemsOf(result)).toEqual([expect.objectContaining({ code: 'INVALID_OPTION', file: 'earlier' })]);
		}
		expect(problemsOf(trackProgress(framework, now, [then], { rule: { rule: 'n-of-m', minShare: 3 } } as never))[0]).toMatchObject({ code: 'INVALID_OPTION', path: ['rule', 'minShare'] });
	});
});

describe('planGrowth', () => {
	it('proposes the blockers first, then the nearest gains, each with a behaviour and the ladder\'s evidence examples', () => {
		const report = valueOf(assess(framework, load('new-representative.yaml')));
		const plan = valueOf(planGrowth(framework, report));
		expect(GrowthPlanSchema.safeParse(plan).success).toBe(true);
		expect(plan.steps.length).toBeLessThanOrEqual(3);
		const reasons = plan.steps.map((s) => s.reason);
		expect(reasons).toEqual([...reasons].sort());
		const named = new Set(report.readiness.blockers.flatMap((b) => (b.competency ? [b.competency] : b.code === 'TOO_FEW_AT_TARGET' ? b.params.short.map((s) => s.id) : [])));
		for (const step of plan.steps.filter((s) => s.reason === 'blocker')) expect(named.has(step.competency)).toBe(true);
		for (const step of plan.steps) {
			const gap = report.competencies.find((c) => c.id === step.competency)!;
			expect(step.statement).toEqual(gap.toShow[0] ?? null);
			expect(step.evidence).toEqual(framework.ladders.find((m) => m.id === report.target.ladder)!.competencies.find((c) => c.id === step.competency)!.evidenceExamples);
		}
		expect(valueOf(planGrowth(framework, report, { count: 1 })).steps).toHaveLength(1);
	});

	it('takes the nearest gains when nothing blocks, and refuses a count outside 1 to 5', () => {
		const plan = valueOf(planGrowth(framework, valueOf(assess(framework, now))));
		expect(plan.steps).toEqual([expect.objectContaining({ competency: 'account-care', reason: 'nearest-gain', statement: expect.objectContaining({ id: 'saves-at-risk-accounts' }) })]);
		for (const count of [0, 6, 2.5, '3']) expect(problemsOf(planGrowth(framework, valueOf(assess(framework, now)), { count } as never))).toEqual([expect.objectContaining({ code: 'INVALID_OPTION', path: ['count'] })]);
	});

	it('writes goals that an assessment holds as they are, for every example on every ladder', () => {
		for (const name of readdirSync(new URL('examples/', root)).filter((f) => f.endsWith('.yaml'))) {
			const assessment = load(name);
			const plan = valueOf(planGrowth(framework, valueOf(assess(framework, assessment))));
			if (assessment.goals) continue;
			const text = `${exampleText(name)}\n${goalsSection(plan, { messages: englishMessages })}`;
			const back = parseAssessment({ path: name, text }, framework);
			expect(problemsOf(back), name).toEqual([]);
			expect(valueOf(back).goals?.map((g) => g.competency), name).toEqual(plan.steps.map((s) => s.competency));
			expect(AssessmentSchema.safeParse(parse(text)).success, name).toBe(true);
		}
	});
});

describe('goals in an assessment', () => {
	it('are optional, with null for what the person has not written yet', () => {
		expect(now.goals).toBeUndefined();
		expect(then.goals![0]).toMatchObject({ competency: 'written-clarity', statement: 'explains-complex-plainly', by: '2026-09-30', status: 'open' });
		const draft = edit(then, { goals: [{ competency: 'team-growth', behaviour: 'Buddies.', goal: null, by: null }] as never });
		expect(draft.goals![0]).toEqual({ competency: 'team-growth', behaviour: 'Buddies.' });
	});

	it('are checked: an unknown competency or statement, a bad date and too many goals are located', () => {
		const result = validateAssessment({ ...then, goals: [{ competency: 'juggling', behaviour: 'x' }, { competency: 'team-growth', statement: 'juggles', behaviour: 'x', by: 'soon' }] }, framework);
		expect(problemsOf(result).map((p) => [p.code, p.path])).toEqual(
			expect.arrayContaining([
				['UNKNOWN_COMPETENCY', ['goals', 0, 'competency']],
				['UNKNOWN_STATEMENT', ['goals', 1, 'statement']],
				['INVALID_VALUE', ['goals', 1, 'by']],
			]),
		);
		const many = validateAssessment({ ...then, goals: Array.from({ length: 21 }, () => then.goals![0]) }, framework);
		expect(problemsOf(many).map((p) => p.path)).toContainEqual(['goals']);
	});
});

const pseudo = Object.fromEntries(Object.entries(englishMessages).map(([code, say]) => [code, (params: unknown) => `⟦${(say as (p: unknown) => string)(params)}⟧`])) as unknown as Messages;

describe('rendering progress and plans', () => {
	const progress = valueOf(trackProgress(framework, now, [then]));
	const report = valueOf(assess(framework, now));
	const plan = valueOf(planGrowth(framework, report));

	it.each(['text', 'markdown', 'html'] as const)('words every sentence through the catalog as %s, and speaks French', (format) => {
		for (const [output, data] of [
			[valueOf(renderProgress(progress, format, { messages: pseudo })), progress],
			[valueOf(renderGrowthPlan(plan, format, { messages: pseudo })), plan],
		] as const) {
			// Text is wrapped at the terminal's width: read as one line, as the data is.
			expect(leftoverWords(output.replace(/\s+/g, ' '), data, /⟦[^⟦⟧]*⟧/g), format).toEqual([]);
		}
		expect(valueOf(renderProgress(progress, format, { locale: 'fr' }))).toContain('Progression dans le temps');
		expect(valueOf(renderGrowthPlan(plan, format, { locale: 'fr' }))).toContain('Plan de développement');
	});

	it('adds "Since last time" and "What to work on next" to the gap report, and leaves its JSON alone', () => {
		for (const format of ['text', 'markdown', 'html'] as const) {
			const output = valueOf(renderGapReport(report, format, { since: progress, plan }));
			expect(output).toContain('Since last time');
			expect(output).toContain('What to work on next');
		}
		expect(JSON.parse(valueOf(renderGapReport(report, 'json', { since: progress, plan })))).toEqual(JSON.parse(JSON.stringify(report)));
		expect(problemsOf(renderGapReport(report, 'text', { since: report } as never))).toEqual([expect.objectContaining({ code: 'INVALID_OPTION', path: ['since'] })]);
	});

	it('draws the timeline as an accessible SVG with every count written in it, and its data table', () => {
		const html = valueOf(renderProgress(progress, 'html'));
		expect(html).toMatch(/<svg class="rungs-chart rungs-timeline"[^>]*role="img" aria-labelledby="rungs-progress-chart-title rungs-progress-chart-desc"/);
		expect(html).toContain('<caption>Competencies by status at each assessment</caption>');
		const counts = [...html.matchAll(/class="rungs-timeline-count"[^>]*>(\d+)</g)].map((m) => Number(m[1]));
		expect(counts.reduce((a, b) => a + b, 0)).toBe(progress.points.reduce((sum, p) => sum + p.counts.exceeds + p.counts.meets + p.counts.below + p.counts.unrated, 0));
		expect(JSON.parse(valueOf(renderProgress(progress, 'json')))).toEqual(JSON.parse(JSON.stringify(progress)));
	});
});
