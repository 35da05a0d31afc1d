import { ArgumentCheck } from '../rules/check-options.ts';
import { calibrationMismatches } from '../rules/check-pair.ts';
import { fail, succeed, type Result } from '../diagnostics/result.ts';
import type { Framework, ValidatedAssessment } from '../model/framework.ts';
import { ASSESSORS_REPORT_FORMAT } from '../schema/formats.ts';
import type { AssessorsReport } from '../schema/assessors-report.ts';
import type { GapReport } from '../schema/gap-report.ts';
import { assess, type AssessOptions } from './assess.ts';
import { DISCUSS_FROM_STEPS, side } from './calibrate.ts';

const FIELD_OF = { person: ['person'], ladder: ['ladder', 'id'], target: ['target'] } as const;

/**
 * Sets any number of assessments of the same person towards the same target side by side (self,
 * manager and peers, a 360): per competency every rating with its evidence, the spread between the
 * lowest and the highest, and whether they agree, differ by a step or need discussing (two steps or
 * more apart), the widest spreads first. With two assessments it says what `compareAssessments`
 * says, in the shape of many.
 *
 * Fewer than two assessments, or one of another person, ladder or target than the first, give
 * `{ ok: false }`: INVALID_OPTION at `assessments`, or ASSESSMENTS_NOT_COMPARABLE at
 * `assessments[n]` and the field that differs. Options are checked as `assess` checks them. Nothing
 * throws.
 *
 * @example
 * const panel = compareAssessors(framework, [self, manager, peer]);
 * if (panel.ok) panel.value.competencies.filter((c) => c.agreement === 'discuss').map((c) => c.name);
 */
export function compareAssessors(framework: Framework, assessments: readonly ValidatedAssessment[], options: AssessOptions = {}): Result<AssessorsReport> {
	const check = new ArgumentCheck('assessments');
	if (!Array.isArray(assessments) || assessments.length < 2 || assessments.some((a) => a === null || typeof a !== 'object')) {
		check.invalid([], assessments, 'assessments-to-compare');
		return fail(check.problems);
	}
	const [first] = assessments as readonly ValidatedAssessment[];
	assessments.forEach((other, i) => {
		for (const m of i === 0 ? [] : calibrationMismatches(first!, other)) check.report('ASSESSMENTS_NOT_COMPARABLE', { what: m.what, first: m.first, second: m.second }, [i, ...FIELD_OF[m.what]]);
	});
	if (check.problems.length > 0) return fail(check.problems);
	const reports: GapReport[] = [];
	for (const assessment of assessments) {
		const assessed = assess(framework, assessment, options);
		if (!assessed.ok) return assessed;
		reports.push(assessed.value);
	}
	const [base] = reports as [GapReport];
	const competencies = base.competencies.map((gap, index) => {
		const gaps = reports.map((r) => r.competencies[index]!);
		const ranks = gaps.flatMap((g) => (g.rating ? [g.rating.rank] : []));
		const spread = ranks.length < 2 ? null : Math.max(...ranks) - Math.min(...ranks);
		const agreement = spread === null ? 'incomplete' : spread === 0 ? 'agree' : spread >= DISCUSS_FROM_STEPS ? 'discuss' : 'differ';
		return { id: gap.id, name: gap.name, ratings: gaps.map(side), spread, agreement } as const;
	});
	const order = competencies.map((c, i) => ({ c, i }));
	order.sort((x, y) => (y.c.spread ?? -1) - (x.c.spread ?? -1) || x.i - y.i);
	const summary = { agree: 0, differ: 0, discuss: 0, incomplete: 0 };
	for (const c of competencies) summary[c.agreement]++;
	return succeed({
		format: ASSESSORS_REPORT_FORMAT,
		person: first!.person,
		target: base.target,
		scale: base.scale,
		assessors: assessments.map((a, i) => ({ assessor: a.assessor, date: a.date, meetsRule: reports[i]!.readiness.meetsRule })),
		competencies: order.map((x) => x.c),
		summary,
	});
}
