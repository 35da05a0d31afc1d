import { ArgumentCheck } from '../rules/check-options.ts';
import { fail, succeed, type Result } from '../diagnostics/result.ts';
import type { Framework } from '../model/framework.ts';
import type { GapReport } from '../schema/gap-report.ts';
import type { GapSummary } from '../schema/gap-summary.ts';
import type { TeamSummary } from '../schema/team-summary.ts';
import { compactReport, indexCompetencies, type CompactReport, type CompetencyIndex } from './team-input.ts';
import { finishTeamSummary, type PersonRecord } from './team-finish.ts';

/** Which assessment a person's row reads when there are several: the manager's first, then the person's own, then a peer's. */
const BASIS_ORDER = { manager: 0, self: 1, peer: 2 } as const;

/**
 * A team summary built one report at a time: memory grows with the number of people (one small
 * row each), never with the number or size of the reports, so a stream of any length fits.
 */
export interface TeamTally {
	/**
	 * Adds one gap report or gap summary. Gives the number of reports taken so far, or an
	 * INVALID_OPTION problem (at `reports`, data path `[n]`, n counting every report offered from 0)
	 * when the value is not a report on a ladder of the framework; the tally is unchanged then.
	 */
	add(report: GapReport | GapSummary): Result<number>;
	/** The summary of every report taken so far. The tally can go on taking reports after. */
	summary(): TeamSummary;
}

const isLater = (candidate: CompactReport, held: CompactReport | undefined) => !held || candidate.date >= held.date;

/**
 * Starts a team summary to feed report by report, for a stream too long to hold (`rungs team`
 * reads 10,000 assessments this way). `summariseTeam` does the same over a list.
 *
 * @example
 * const tally = startTeamSummary(framework);
 * for (const assessment of assessments) {
 *   const report = assess(framework, assessment);
 *   if (report.ok) tally.add(report.value);
 * }
 * const team = tally.summary();
 */
export function startTeamSummary(framework: Framework): TeamTally {
	const index: CompetencyIndex = indexCompetencies(framework);
	const people = new Map<string, PersonRecord>();
	let offered = 0;
	let taken = 0;
	return {
		add(report) {
			const position = offered++;
			const compact = compactReport(framework, index, report);
			if (!compact) {
				const check = new ArgumentCheck('reports');
				check.invalid([position], report, 'team-report');
				return fail(check.problems);
			}
			taken++;
			// Pair assessments by the host's id when there is one, else by name.
			const key = compact.person.id !== undefined ? `id:${compact.person.id}` : `name:${compact.person.name}`;
			let record = people.get(key);
			if (!record) people.set(key, (record = { basis: compact, assessments: 0 }));
			record.assessments++;
			const [now, held] = [BASIS_ORDER[compact.assessor.role], BASIS_ORDER[record.basis.assessor.role]];
			if (now < held || (now === held && isLater(compact, record.basis))) record.basis = compact;
			if (compact.assessor.role === 'self' && isLater(compact, record.self)) record.self = compact;
			if (compact.assessor.role === 'manager' && isLater(compact, record.manager)) record.manager = compact;
			return succeed(taken);
		},
		summary: () => finishTeamSummary(framework, index, people.values(), taken),
	};
}

/**
 * A team at a glance, from gap reports or gap summaries (one or more per person, on the same or
 * different ladders of the framework): readiness per person against each one's own target, the
 * ratings per competency, the weakest and strongest competencies, where evidence is thin, and
 * where self and manager ratings of the same person disagree most.
 *
 * A person with several reports gets one row, read from the manager's latest report when there is
 * one, else their own, else a peer's; the self and manager reports are also compared. A value that
 * is not a report on this framework gives `{ ok: false }` with an INVALID_OPTION problem at its
 * position in `reports`. Nothing throws.
 *
 * @example
 * const reports = assessments.map((a) => assess(framework, a)).filter((r) => r.ok).map((r) => r.value);
 * const team = summariseTeam(framework, reports);
 * if (team.ok) console.log(team.value.weakest, team.value.totals.meetsRule);
 */
export function summariseTeam(framework: Framework, reports: Iterable<GapReport | GapSummary>): Result<TeamSummary> {
	if (reports === null || typeof reports !== 'object' || typeof (reports as Iterable<unknown>)[Symbol.iterator] !== 'function') {
		const check = new ArgumentCheck('reports');
		check.invalid([], reports, 'team-reports');
		return fail(check.problems);
	}
	const tally = startTeamSummary(framework);
	const problems = [];
	for (const report of reports) {
		const added = tally.add(report);
		if (!added.ok) problems.push(...added.problems);
	}
	return problems.length > 0 ? fail(problems) : succeed(tally.summary());
}
