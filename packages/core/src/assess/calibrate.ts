import { ArgumentCheck } from '../rules/check-options.ts';
import { calibrationMismatches } from '../rules/check-pair.ts';
import { fail, succeed, type Result } from '../diagnostics/result.ts';
import type { Framework, ValidatedAssessment } from '../model/framework.ts';
import { CALIBRATION_REPORT_FORMAT } from '../schema/formats.ts';
import type { CalibrationReport, CompetencyGap } from '../schema/gap-report.ts';
import { assess, type AssessOptions } from './assess.ts';

/** Ratings this many scale steps apart or more are flagged for discussion. */
export const DISCUSS_FROM_STEPS = 2;

/** One assessor's side of a competency: rating, status, confidence, note and evidence (calibration and several assessors). */
export const side = (gap: CompetencyGap) => ({
	rating: gap.rating,
	status: gap.status,
	...(gap.confidence ? { confidence: gap.confidence } : {}),
	...(gap.note ? { note: gap.note } : {}),
	evidence: gap.evidence.items,
});

/**
 * Compares two assessments of the same person against the same target (typically self and
 * manager): per competency both ratings, the difference in scale steps, and the evidence on each
 * side, largest disagreements first.
 *
 * Two assessments of different people, ladders or targets give `{ ok: false }` with an
 * ASSESSMENTS_NOT_COMPARABLE problem per difference, located in `second`; options are checked as
 * `assess` checks them. Nothing throws.
 *
 * @example
 * const result = compareAssessments(framework, self, manager);
 * if (result.ok) result.value.competencies.filter((c) => c.agreement === 'discuss').map((c) => c.name);
 */
export function compareAssessments(framework: Framework, first: ValidatedAssessment, second: ValidatedAssessment, options: AssessOptions = {}): Result<CalibrationReport> {
	const mismatches = first && second ? calibrationMismatches(first, second) : [];
	if (mismatches.length > 0) {
		const check = new ArgumentCheck('second');
		const fieldOf = { person: ['person'], ladder: ['ladder', 'id'], target: ['target'] } as const;
		for (const m of mismatches) check.report('ASSESSMENTS_NOT_COMPARABLE', { what: m.what, first: m.first, second: m.second }, fieldOf[m.what]);
		return fail(check.problems);
	}
	const assessedA = assess(framework, first, options);
	if (!assessedA.ok) return assessedA;
	const assessedB = assess(framework, second, options);
	if (!assessedB.ok) return assessedB;
	const [a, b] = [assessedA.value, assessedB.value];
	const competencies = a.competencies.map((gapA, index) => {
		const gapB = b.competencies[index]!;
		const delta = gapA.rating && gapB.rating ? gapB.rating.rank - gapA.rating.rank : null;
		const agreement =
			delta === null ? 'incomplete' : delta === 0 ? 'agree' : Math.abs(delta) >= DISCUSS_FROM_STEPS ? 'discuss' : 'differ';
		return { id: gapA.id, name: gapA.name, first: side(gapA), second: side(gapB), delta, agreement } as const;
	});
	const order = competencies.map((c, i) => ({ c, i }));
	order.sort((x, y) => Math.abs(y.c.delta ?? -1) - Math.abs(x.c.delta ?? -1) || x.i - y.i);
	const summary = { agree: 0, differ: 0, discuss: 0, incomplete: 0 };
	for (const c of competencies) summary[c.agreement]++;
	return succeed({
		format: CALIBRATION_REPORT_FORMAT,
		person: first.person,
		target: a.target,
		scale: a.scale,
		first: { assessor: first.assessor, date: first.date, meetsRule: a.readiness.meetsRule },
		second: { assessor: second.assessor, date: second.date, meetsRule: b.readiness.meetsRule },
		competencies: order.map((x) => x.c),
		summary,
	});
}
