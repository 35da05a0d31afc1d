import { GAP_SUMMARY_FORMAT } from '../schema/formats.ts';
import type { GapReport } from '../schema/gap-report.ts';
import type { GapSummary } from '../schema/gap-summary.ts';

function withoutDescription(readiness: GapReport['readiness']): GapSummary['readiness'] {
	const { ruleDescription: _omitted, ...rest } = readiness;
	return rest;
}

/**
 * A gap report without the ladder's own text: statuses, ratings, evidence counts and the ids of the
 * statements still to show, with the readiness summary in full. What `rungs gap --batch` writes.
 *
 * @example
 * const report = assess(framework, assessment);
 * if (report.ok) console.log(JSON.stringify(summariseGapReport(report.value)));
 */
export function summariseGapReport(report: GapReport): GapSummary {
	const summary: GapSummary = {
		format: GAP_SUMMARY_FORMAT,
		person: report.person,
		assessor: report.assessor,
		date: report.date,
		current: { ladder: report.current.ladder, version: report.current.version, level: report.current.level },
		target: { ladder: report.target.ladder, version: report.target.version, level: report.target.level },
		roleSwitch: report.roleSwitch,
		rule: report.rule,
		readiness: withoutDescription(report.readiness),
		competencies: report.competencies.map((c) => {
			const line: GapSummary['competencies'][number] = {
				id: c.id,
				status: c.status,
				rating: c.rating?.id ?? null,
				evidence: { items: c.evidence.items.length, coverage: c.evidence.coverage },
				toShow: c.toShow.map((s) => s.id),
				...(c.reassess ? { reassess: true } : {}),
			};
			return line;
		}),
		...(report.meta ? { meta: report.meta } : {}),
	};
	return summary;
}
