import { ArgumentCheck, checkOptionKeys } from '../rules/check-options.ts';
import { listIds } from '../diagnostics/describe-path.ts';
import { fail, succeed, type Result } from '../diagnostics/result.ts';
import type { Framework } from '../model/framework.ts';
import { findLadder } from '../model/queries.ts';
import { GROWTH_PLAN_FORMAT } from '../schema/formats.ts';
import type { CompetencyGap, GapReport } from '../schema/gap-report.ts';
import type { GrowthPlan } from '../schema/growth-plan.ts';

export interface PlanOptions {
	/** How many behaviours to propose, from 1 to 5 (3 unless told): a plan to act on, not a backlog. */
	readonly count?: number;
}

const COUNTS = [1, 2, 3, 4, 5] as const;

/** Scale steps from a rating to the target; an unrated competency is the farthest, one step below the lowest value. */
const distance = (gap: CompetencyGap, meetsRank: number) => meetsRank - (gap.rating?.rank ?? -1);

/**
 * The next behaviours to work on, from a gap report: the competencies that stand between the
 * ratings and the readiness rule first (in the order the report gives its blockers), then the
 * nearest gains (the fewest scale steps below the target, required ones first, then the fewest
 * behaviours still to show). Each step names the first behaviour still to show (the lowest level
 * first) and the ladder's evidence examples for the competency, with room for the person's own
 * goal and date when written into the assessment (`goalsFromPlan`).
 *
 * `options.count` outside 1 to 5 gives `{ ok: false }` with INVALID_OPTION at `count`; a report on
 * a ladder the framework does not hold gives no examples, never a throw.
 *
 * @example
 * const plan = planGrowth(framework, report);
 * if (plan.ok) plan.value.steps.map((s) => `${s.name}: ${s.statement?.text ?? '…'}`);
 */
export function planGrowth(framework: Framework, report: GapReport, options: PlanOptions = {}): Result<GrowthPlan> {
	const check = new ArgumentCheck('options');
	const given = checkOptionKeys(check, options, ['count']);
	if (given?.count !== undefined && !(COUNTS as readonly unknown[]).includes(given.count)) check.invalid(['count'], given.count, 'one-of', { ...listIds(COUNTS.map(String)) });
	if (!given || check.problems.length > 0) return fail(check.problems);
	const count = (given.count as number | undefined) ?? 3;
	const meetsRank = report.scale.values.findIndex((v) => v.id === report.scale.meets);
	const byId = new Map(report.competencies.map((c) => [c.id, c]));
	const nearest = (a: CompetencyGap, b: CompetencyGap) =>
		distance(a, meetsRank) - distance(b, meetsRank) || Number(b.required) - Number(a.required) || a.toShow.length - b.toShow.length;

	// A blocker that names one competency comes first, in the report's order; one that names several
	// (too few at the target, too few points) lists them nearest first.
	const blockers: CompetencyGap[] = [];
	for (const blocker of report.readiness.blockers) {
		const named =
			blocker.code === 'TOO_FEW_AT_TARGET' ? blocker.params.short : blocker.code === 'TOO_FEW_POINTS' ? blocker.params.gains : blocker.competency ? [{ id: blocker.competency }] : [];
		const gaps = named.flatMap((n) => byId.get(n.id) ?? []);
		if (named.length > 1) gaps.sort(nearest);
		for (const gap of gaps) if (!blockers.includes(gap)) blockers.push(gap);
	}
	const gains = report.competencies.filter((c) => (c.status === 'below' || c.status === 'unrated') && !blockers.includes(c)).sort(nearest);
	const ladder = findLadder(framework, report.target.ladder);
	const steps = [...blockers.map((gap) => ({ gap, reason: 'blocker' as const })), ...gains.map((gap) => ({ gap, reason: 'nearest-gain' as const }))]
		.slice(0, count)
		.map(({ gap, reason }) => ({
			competency: gap.id,
			name: gap.name,
			reason,
			rating: gap.rating,
			status: gap.status,
			statement: gap.toShow[0] ?? null,
			evidence: [...(ladder?.competencies.find((c) => c.id === gap.id)?.evidenceExamples ?? [])],
		}));
	return succeed({ format: GROWTH_PLAN_FORMAT, person: report.person, date: report.date, target: report.target, steps });
}
