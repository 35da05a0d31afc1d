import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assess, compareAssessments, type Assessment, type Framework, type ValidatedAssessment } from '@rungs/core';
import { scaleRank } from '../src/model/queries.ts';
import { renderGapReport } from '@rungs/core/render';
import { asValidated, validFramework, valueOf } from './_fixtures.ts';
import { runs } from './_runs.ts';

const framework = validFramework();

/** Random valid assessments of the fixture framework: any current level, any target, any ratings. */
/** Valid by construction: every id and rating is drawn from the framework, so the brand is earned. */
export function arbitraryAssessment(fw: Framework): fc.Arbitrary<ValidatedAssessment> {
	const scaleIds = fw.scale.values.map((v) => v.id);
	const targets = fw.ladders.flatMap((m) => m.levels.map((l) => ({ ladder: m.id, level: l.id })));
	return fc
		.record({
			ladder: fc.constantFrom(...fw.ladders),
			target: fc.constantFrom(...targets),
			date: fc.date({ min: new Date('2020-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }),
			role: fc.constantFrom('self', 'manager', 'peer'),
		})
		.chain(({ ladder, target, date, role }) => {
			const targetLadder = fw.ladders.find((m) => m.id === target.ladder)!;
			const competencies = [...new Map([...ladder.competencies, ...targetLadder.competencies].map((c) => [c.id, c])).values()];
			const rating = (c: (typeof competencies)[number]) => {
				const statements = Object.values(c.expectations).flat().map((s) => s.id);
				return fc.record(
					{
						rating: fc.constantFrom(...scaleIds),
						confidence: fc.constantFrom('low', 'medium', 'high'),
						statements: fc.dictionary(fc.constantFrom(...statements), fc.constantFrom(...scaleIds), { maxKeys: 3 }),
						evidence: fc.array(fc.record({ summary: fc.string({ minLength: 1, maxLength: 30 }).filter((s) => /\S/.test(s)), statements: fc.subarray(statements) }), { maxLength: 2 }),
					},
					{ requiredKeys: ['evidence'] },
				);
			};
			return fc.record({
				current: fc.constantFrom(...ladder.levels.map((l) => l.id)),
				ratings: fc.record(Object.fromEntries(competencies.map((c) => [c.id, rating(c)])), { requiredKeys: [] }),
			}).map(({ current, ratings }): ValidatedAssessment => asValidated({
				format: 'rungs/assessment@1',
				person: { name: 'Someone' },
				ladder: { id: ladder.id, version: ladder.version },
				assessor: { role },
				date: date.toISOString().slice(0, 10),
				current,
				target: target.ladder === ladder.id ? target.level : target,
				ratings: ratings as Assessment['ratings'],
			}));
		});
}

describe('assess on random valid assessments', () => {
	it('never throws, and every status follows from the rating', () => {
		fc.assert(
			fc.property(arbitraryAssessment(framework), (assessment) => {
				const report = valueOf(assess(framework, assessment));
				const meets = scaleRank(framework.scale, framework.scale.meets);
				for (const gap of report.competencies) {
					const rank = scaleRank(framework.scale, assessment.ratings[gap.id]?.rating);
					const expected = rank < 0 ? 'unrated' : rank < meets ? 'below' : rank === meets ? 'meets' : 'exceeds';
					expect(gap.status).toBe(expected);
					expect(gap.rating?.rank ?? -1).toBe(rank);
					// A claimed rating is one at or above the target without evidence.
					if (gap.evidence.coverage === 'claimed') expect(['meets', 'exceeds']).toContain(gap.status);
					// What is still to show belongs to the target ladder, at or below the target level.
					const target = framework.ladders.find((m) => m.id === report.target.ladder)!;
					const allowed = target.levels.slice(0, target.levels.findIndex((l) => l.id === report.target.level) + 1).map((l) => l.id);
					for (const s of gap.toShow) expect(allowed).toContain(s.level);
				}
				const counts = report.readiness.counts;
				expect(counts.exceeds + counts.meets + counts.below + counts.unrated).toBe(report.competencies.length);
				expect(report.readiness.meetsRule).toBe(report.readiness.blockers.length === 0);
				for (const format of ['text', 'markdown', 'json'] as const) expect(valueOf(renderGapReport(report, format)).length).toBeGreaterThan(0);
			}),
			{ numRuns: runs(300) },
		);
	});

	it('finds nothing to show for a competency that meets the target with no statement ratings', () => {
		fc.assert(
			fc.property(arbitraryAssessment(framework), (assessment) => {
				const report = valueOf(assess(framework, assessment));
				for (const gap of report.competencies) {
					const own = assessment.ratings[gap.id]?.statements ?? {};
					if ((gap.status === 'meets' || gap.status === 'exceeds') && Object.keys(own).length === 0) expect(gap.toShow).toEqual([]);
				}
			}),
			{ numRuns: runs(200) },
		);
	});

	it('calibration is antisymmetric: swapping the two assessments negates every difference', () => {
		fc.assert(
			fc.property(arbitraryAssessment(framework), fc.context(), (first, ctx) => {
				const second = asValidated<Assessment>({ ...first, assessor: { role: 'manager' }, ratings: Object.fromEntries(Object.entries(first.ratings).reverse().map(([id, r], i) => [id, { ...r, rating: framework.scale.values[i % framework.scale.values.length]!.id }])) });
				const ab = valueOf(compareAssessments(framework, first, second));
				const ba = valueOf(compareAssessments(framework, second, first));
				ctx.log(JSON.stringify(ab.summary));
				const delta = new Map(ab.competencies.map((c) => [c.id, c.delta]));
				for (const c of ba.competencies) expect(c.delta === null ? null : 0 - c.delta + 0).toBe(delta.get(c.id) === null ? null : delta.get(c.id));
				expect(ab.summary).toEqual(ba.summary);
			}),
			{ numRuns: runs(100) },
		);
	});
});
