import type { Framework } from '../model/framework.ts';
import { indexFramework } from '../model/framework-index.ts';
import type { Assessment } from '../schema/assessment.ts';
import type { GapReport } from '../schema/gap-report.ts';
import type { GoalOutcome, ProgressReport } from '../schema/progress-report.ts';

/**
 * The goals of the assessment before the latest, each with what happened by the latest: `gone`
 * when its competency (or statement) is no longer on the ladder or no longer counts at the target,
 * `met` when the statement is no longer among those still to show (or, for a goal on the whole
 * competency, the rating reaches the target), `moved` when the rating rose without that, `not-yet`
 * otherwise. The person's own `status` is kept in the goal as written, beside this reading.
 */
export function goalOutcomes(framework: Framework, before: { assessment: Assessment; report: GapReport }, last: GapReport): ProgressReport['goals'] {
	const statements = indexFramework(framework).statementIdsAcross(last.current.ladder, last.target.ladder);
	const then = new Map(before.report.competencies.map((c) => [c.id, c]));
	const now = new Map(last.competencies.map((c) => [c.id, c]));
	return (before.assessment.goals ?? []).map((goal) => {
		const was = then.get(goal.competency);
		const is = now.get(goal.competency);
		const from = was?.rating ?? null;
		const to = is?.rating ?? null;
		const known = is !== undefined && (goal.statement === undefined || statements.get(goal.competency)?.has(goal.statement) === true);
		let outcome: GoalOutcome;
		if (!is || !known) outcome = 'gone';
		else if (goal.statement !== undefined ? !is.toShow.some((s) => s.id === goal.statement) : is.status === 'meets' || is.status === 'exceeds') outcome = 'met';
		else if (to && (!from || to.rank > from.rank)) outcome = 'moved';
		else outcome = 'not-yet';
		return { goal, set: before.report.date, name: is?.name ?? was?.name ?? null, from, to, outcome };
	});
}
