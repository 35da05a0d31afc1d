import { ArgumentCheck } from '../rules/check-options.ts';
import { fail, succeed, type Result } from '../diagnostics/result.ts';
import { sortProblems, type Problem } from '../diagnostics/problem.ts';
import type { Framework, ValidatedAssessment } from '../model/framework.ts';
import { findLadder, targetOf } from '../model/queries.ts';
import { migrateAssessment } from '../migrate/migrate-assessment.ts';
import type { Assessment } from '../schema/assessment.ts';
import { PROGRESS_REPORT_FORMAT } from '../schema/formats.ts';
import type { GapReport } from '../schema/gap-report.ts';
import type { ProgressReport } from '../schema/progress-report.ts';
import { assess, type AssessOptions } from '../assess/assess.ts';
import { checkSeries, entryOf, type EarlierAssessment } from './check-series.ts';
import { goalOutcomes } from './goal-outcomes.ts';

type Mutable<T> = { -readonly [K in keyof T]: T[K] extends ReadonlyArray<infer U> ? U[] : T[K] };
type Point = { assessment: Assessment; report: GapReport; migrated: boolean; version: string };

/** An evidence item as a key: the same summary, address, date and kind is the same item. */
const evidenceKey = (item: GapReport['competencies'][number]['evidence']['items'][number]) => JSON.stringify([item.summary, item.url ?? '', item.date ?? '', item.kind ?? '']);

/**
 * Progress over time: one person's latest assessment set against earlier ones on the same ladder.
 * Every assessment is measured against the latest one's target; per competency the report gives
 * the rating at each date, what moved since the assessment before (up, down, same, newly rated),
 * since when the rating has held, and the evidence added since. An earlier assessment made on an
 * older version of the ladder is migrated onto the latest version first when its `ladder` is given
 * (`migrations` says what that changed); without one it is read as it stands, with a warning. The
 * goals of the assessment before the latest are read back, each with what happened (met, moved,
 * not yet, gone).
 *
 * An earlier assessment of another person or ladder, with a ladder of another version than its
 * own, or dated after the latest, gives `{ ok: false }`: PROGRESS_NOT_COMPARABLE or
 * PROGRESS_NOT_EARLIER, located in its file (line and column) when given with its `source`, else
 * at `earlier[n]` and the field. Options are checked as `assess` checks them. Nothing throws.
 *
 * @example
 * const progress = trackProgress(framework, now, [{ assessment: lastYear, ladder: ladderThen }]);
 * if (progress.ok) progress.value.competencies.filter((c) => c.movement === 'up').map((c) => c.name);
 */
export function trackProgress(
	framework: Framework,
	latest: ValidatedAssessment,
	earlier: ReadonlyArray<ValidatedAssessment | EarlierAssessment>,
	options: AssessOptions = {},
): Result<ProgressReport> {
	const check = new ArgumentCheck('earlier');
	if (!Array.isArray(earlier) || earlier.length === 0 || earlier.some((e) => e === null || typeof e !== 'object')) {
		check.invalid([], earlier, 'earlier-assessments');
		return fail(check.problems);
	}
	const entries = earlier.map(entryOf);
	if (entries.some((e) => e.assessment === null || typeof e.assessment !== 'object' || typeof e.assessment.person !== 'object' || typeof e.assessment.ladder !== 'object')) {
		check.invalid([], earlier, 'earlier-assessments');
		return fail(check.problems);
	}
	const series = checkSeries(framework, latest, entries);
	if (series.problems.length > 0) return fail(sortProblems(series.problems));
	const warnings: Problem[] = [...series.warnings];
	const ladderNow = findLadder(framework, latest.ladder.id);
	const target = options.target ?? targetOf(latest);
	const migrations: Mutable<ProgressReport>['migrations'] = [];
	const points: Point[] = [];
	// Oldest first; two of the same date keep the order they were given in.
	const ordered = entries.map((entry, i) => ({ entry, i })).sort((x, y) => (x.entry.assessment.date < y.entry.assessment.date ? -1 : x.entry.assessment.date > y.entry.assessment.date ? 1 : x.i - y.i));
	for (const { entry } of [...ordered, { entry: { assessment: latest } as EarlierAssessment }]) {
		let assessment: Assessment = entry.assessment;
		let migrated = false;
		if (entry.ladder && ladderNow && entry.ladder.version !== ladderNow.version) {
			// A level gone since is replaced by the latest assessment's, so that the ratings can still be read.
			const levels = new Set(ladderNow.levels.map((l) => l.id));
			const moved = migrateAssessment(assessment, entry.ladder, ladderNow, {
				...(levels.has(assessment.current) ? {} : { current: latest.current }),
				...(typeof assessment.target !== 'string' || levels.has(assessment.target) ? {} : { target: typeof latest.target === 'string' ? latest.target : latest.current }),
			});
			if (!moved.ok) return moved;
			assessment = moved.value.assessment;
			migrated = true;
			migrations.push({
				date: entry.assessment.date,
				from: entry.ladder.version,
				to: ladderNow.version,
				changes: moved.value.changes.filter((c) => c.kind !== 'kept').map((c) => ({ kind: c.kind, ...(c.competency ? { competency: c.competency } : {}) })),
			});
		}
		const report = assess(framework, assessment as ValidatedAssessment, { ...options, target });
		if (!report.ok) return report;
		warnings.push(...report.warnings);
		points.push({ assessment, report: report.value, migrated, version: entry.assessment.ladder.version });
	}
	const last = points.at(-1)!.report;
	const before = points.at(-2)!;
	const ratingsOf = points.map((p) => new Map(p.report.competencies.map((c) => [c.id, c])));
	const summary = { up: 0, down: 0, same: 0, rated: 0, unrated: 0 };
	const competencies = last.competencies.map((gap) => {
		const ratings = ratingsOf.map((m) => m.get(gap.id)?.rating ?? null);
		const from = ratings.at(-2) ?? null;
		const to = gap.rating;
		const steps = from && to ? to.rank - from.rank : null;
		const movement = !to ? 'unrated' : !from ? 'rated' : steps! > 0 ? 'up' : steps! < 0 ? 'down' : 'same';
		summary[movement]++;
		let run = ratings.length - 1;
		while (to && run > 0 && ratings[run - 1]?.id === to.id) run--;
		const previous = new Set((ratingsOf.at(-2)!.get(gap.id)?.evidence.items ?? []).map(evidenceKey));
		return {
			id: gap.id,
			name: gap.name,
			ratings,
			from,
			to,
			movement,
			steps,
			since: to ? points[run]!.report.date : null,
			evidenceAdded: gap.evidence.items.filter((item) => !previous.has(evidenceKey(item))),
		} as const;
	});
	return succeed(
		{
			format: PROGRESS_REPORT_FORMAT,
			person: latest.person,
			target: last.target,
			scale: last.scale,
			points: points.map((p) => ({
				date: p.report.date,
				assessor: p.report.assessor,
				version: p.version,
				current: p.report.current.title,
				meetsRule: p.report.readiness.meetsRule,
				counts: p.report.readiness.counts,
				migrated: p.migrated,
			})),
			competencies,
			migrations,
			goals: goalOutcomes(framework, before, last),
			summary,
		},
		sortProblems(warnings),
	);
}
