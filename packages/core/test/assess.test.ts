import { describe, expect, it } from 'vitest';
import { assess, formatMessage, problemsOf, type Assessment, type GapReport, type ValidatedAssessment } from '@rungs/core';
import { asValidated, editableCopy, exampleAssessment, validFramework, valueOf } from './_fixtures.ts';

const framework = validFramework();
const base = exampleAssessment('ana-self.yaml', framework);
// Hand-built from a validated example: the ratings used are all on the fixture's scale.
const withRatings = (ratings: Assessment['ratings'], extra: Partial<Assessment> = {}): ValidatedAssessment => asValidated({ ...base, ratings, ...extra });
const gap = (report: GapReport, id: string) => report.competencies.find((c) => c.id === id)!;

describe('assess: per-competency status', () => {
	it('compares each rating with the scale value that meets the expectation', () => {
		const report = valueOf(assess(framework, withRatings({
			empathy: { rating: 'consistently', evidence: [] },
			troubleshooting: { rating: 'developing', evidence: [] },
			guardrails: { rating: 'role-model', evidence: [] },
		})));
		expect(report.competencies.map((c) => [c.id, c.status])).toEqual([
			['empathy', 'meets'],
			['troubleshooting', 'below'],
			['guardrails', 'exceeds'],
		]);
		expect(report.readiness.counts).toEqual({ exceeds: 1, meets: 1, below: 1, unrated: 0 });
	});

	it('counts a competency without a rating as unrated, not as below', () => {
		const report = valueOf(assess(framework, withRatings({})));
		expect(report.competencies.every((c) => c.status === 'unrated' && c.rating === null)).toBe(true);
	});

	it('gives the expectations written at the current and the target level', () => {
		const report = valueOf(assess(framework, withRatings({})));
		const troubleshooting = gap(report, 'troubleshooting');
		expect(troubleshooting.expectations.current.map((s) => s.id)).toEqual(['beyond-script', 'reproducible-bugs']);
		expect(troubleshooting.expectations.target.map((s) => s.id)).toEqual(['escalation-point', 'spots-incidents']);
		// Shared statements come from the band (P3 for lead), with the role's own addition after them.
		expect(gap(report, 'empathy').expectations.target.map((s) => s.id)).toEqual(['calms', 'right-medium', 'coaches-tone']);
	});
});

describe('assess: behaviours still to show', () => {
	it('lists the statements between the current and the target level for a competency below target', () => {
		const report = valueOf(assess(framework, withRatings({ troubleshooting: { rating: 'developing', evidence: [] } })));
		expect(gap(report, 'troubleshooting').toShow.map((s) => [s.id, s.level])).toEqual([
			['escalation-point', 'lead'],
			['spots-incidents', 'lead'],
		]);
	});

	it('lists nothing for a competency that meets the target', () => {
		const report = valueOf(assess(framework, withRatings({ troubleshooting: { rating: 'consistently', evidence: [] } })));
		expect(gap(report, 'troubleshooting').toShow).toEqual([]);
	});

	it('lets a statement rating override the competency rating, both ways', () => {
		const report = valueOf(assess(framework, withRatings({
			troubleshooting: { rating: 'developing', statements: { 'escalation-point': 'consistently' }, evidence: [] },
			guardrails: { rating: 'consistently', statements: { 'advises-peers': 'not-yet' }, evidence: [] },
		})));
		expect(gap(report, 'troubleshooting').toShow.map((s) => s.id)).toEqual(['spots-incidents']);
		expect(gap(report, 'guardrails').toShow).toEqual([expect.objectContaining({ id: 'advises-peers', rating: 'not-yet' })]);
	});

	it('checks the current level itself when the target is the current level', () => {
		const report = valueOf(assess(framework, withRatings({ troubleshooting: { rating: 'developing', evidence: [] } }, { target: 'senior' })));
		expect(gap(report, 'troubleshooting').toShow.map((s) => s.id)).toEqual(['beyond-script', 'reproducible-bugs']);
	});
});

describe('assess: evidence', () => {
	it('separates evidenced ratings from claimed ones', () => {
		const report = valueOf(assess(framework, withRatings({
			empathy: { rating: 'consistently', evidence: [{ summary: 'Calmed an upset customer.', statements: ['calms', 'acknowledges'] }] },
			guardrails: { rating: 'role-model', evidence: [] },
			troubleshooting: { rating: 'not-yet', evidence: [] },
		})));
		expect(gap(report, 'empathy').evidence).toMatchObject({ coverage: 'evidenced', statements: ['calms', 'acknowledges'] });
		expect(gap(report, 'guardrails').evidence.coverage).toBe('claimed');
		expect(gap(report, 'troubleshooting').evidence.coverage).toBe('not-needed');
		expect(report.readiness.evidenceCoverage).toEqual({ evidenced: 1, claimed: 1 });
	});
});

describe('assess: role switch', () => {
	it('measures shared competencies against the other ladder and marks what the other role brings new', () => {
		const report = valueOf(assess(framework, withRatings(
			{ empathy: { rating: 'consistently', evidence: [] }, 'root-cause': { rating: 'developing', evidence: [] } },
			{ target: { ladder: 'engineer', level: 'senior-engineer' } },
		)));
		expect(report.roleSwitch).toBe(true);
		expect(report.target).toMatchObject({ ladder: 'engineer', level: 'senior-engineer', band: 'P3' });
		expect(report.competencies.map((c) => [c.id, c.inCurrentLadder, c.status])).toEqual([
			['empathy', true, 'meets'],
			['root-cause', false, 'below'],
		]);
		expect(report.leftBehind.map((c) => c.id)).toEqual(['troubleshooting', 'guardrails']);
		// Shared statements up to the current level (P2) carry over; the role-new competency starts from its first level.
		expect(gap(report, 'root-cause').toShow.map((s) => s.id)).toEqual(['hypotheses', 'reproduces', 'novel-problems', 'common-cause']);
	});

	it('carries over shared statements the person already holds', () => {
		const report = valueOf(assess(framework, withRatings({ empathy: { rating: 'developing', evidence: [] } }, { target: { ladder: 'engineer', level: 'senior-engineer' } })));
		// Ana is a senior representative (P2): P1 and P2 shared statements are held; only P3's remain.
		expect(gap(report, 'empathy').toShow.map((s) => s.id)).toEqual(['calms', 'right-medium']);
	});
});

describe('assess: readiness rules', () => {
	const all = (rating: string) => withRatings({
		empathy: { rating, evidence: [{ summary: 'x' }] },
		troubleshooting: { rating, evidence: [{ summary: 'x' }] },
		guardrails: { rating, evidence: [{ summary: 'x' }] },
	});

	it('meets every rule when every competency meets the target with evidence', () => {
		for (const rule of [
			{ rule: 'all-at-target', requireEvidence: true },
			{ rule: 'n-of-m', minShare: 1, floor: 'developing', requireEvidence: true },
			{ rule: 'weighted-points', minShare: 1, requireEvidence: true },
		] as const) {
			const report = valueOf(assess(framework, all('consistently'), { rule }));
			expect(report.readiness, rule.rule).toMatchObject({ meetsRule: true, blockers: [] });
		}
	});

	it('all-at-target names every competency below or unrated', () => {
		const report = valueOf(assess(framework, withRatings({ empathy: { rating: 'developing', evidence: [] } }), { rule: { rule: 'all-at-target', requireEvidence: false } }));
		expect(report.readiness.blockers.map((b) => [b.code, b.competency])).toEqual([
			['BELOW_TARGET', 'empathy'],
			['UNRATED', 'troubleshooting'],
			['UNRATED', 'guardrails'],
		]);
		expect(report.readiness.meetsRule).toBe(false);
	});

	it('n-of-m blocks on a required competency, on the floor, and on the share', () => {
		const report = valueOf(assess(framework, withRatings({
			empathy: { rating: 'developing', evidence: [] },
			troubleshooting: { rating: 'not-yet', evidence: [] },
			guardrails: { rating: 'consistently', evidence: [] },
		})));
		expect(report.rule).toEqual({ rule: 'n-of-m', minShare: 0.75, floor: 'developing', requireEvidence: false });
		expect(report.readiness.blockers.map((b) => b.code)).toEqual(['REQUIRED_BELOW_TARGET', 'BELOW_FLOOR', 'TOO_FEW_AT_TARGET']);
		// The numbers are data, not only words: a host can word them in its own language.
		expect(report.readiness.blockers[2]).toEqual({
			code: 'TOO_FEW_AT_TARGET',
			params: { met: 1, total: 3, needed: 3, unrated: 0, short: [{ id: 'empathy', name: 'Empathy' }, { id: 'troubleshooting', name: 'Troubleshooting' }] },
		});
		expect(formatMessage(report.readiness.blockers[2]!)).toBe('1 of 3 competencies meet the target; the rule asks for 3. Not yet at the target: Empathy, Troubleshooting.');
		expect(report.readiness.headline).toEqual({ code: 'READINESS_BLOCKED', params: { rule: 'n-of-m', target: report.target.title, blockers: 3 } });
		expect(report.readiness.ruleDescription).toEqual({ code: 'RULE_N_OF_M', params: { minShare: 0.75, needed: 3, total: 3, floor: 'Developing', requireEvidence: false } });
	});

	it('n-of-m tolerates a gap the share allows, if no must-have is missing', () => {
		const report = valueOf(assess(framework, withRatings({
			empathy: { rating: 'consistently', evidence: [] },
			troubleshooting: { rating: 'developing', evidence: [] },
			guardrails: { rating: 'role-model', evidence: [] },
		}), { rule: { rule: 'n-of-m', minShare: 0.6, requireEvidence: false } }));
		expect(report.readiness.meetsRule).toBe(true);
		expect(report.readiness.headline).toEqual({ code: 'READINESS_MET', params: { rule: 'n-of-m', target: report.target.title } });
		expect(formatMessage(report.readiness.headline)).toContain('worth bringing to a calibration conversation');
	});

	it('weighted-points counts weights and explains the shortfall', () => {
		// guardrails weighs 2: developing (1) × 2 + consistently (2) + not-yet (0) = 4 of the 8 meeting would score.
		const report = valueOf(assess(framework, withRatings({
			empathy: { rating: 'consistently', evidence: [] },
			troubleshooting: { rating: 'not-yet', evidence: [] },
			guardrails: { rating: 'developing', evidence: [] },
		}), { rule: { rule: 'weighted-points', minShare: 0.75, requireEvidence: false } }));
		expect(report.readiness.points).toEqual({ scored: 4, needed: 6, available: 12 });
		expect(report.readiness.blockers.map((b) => b.code)).toEqual(['TOO_FEW_POINTS']);
		expect(report.readiness.blockers[0]!.params).toEqual({ scored: 4, needed: 6, gains: [{ id: 'guardrails', name: 'Judgement within guardrails' }, { id: 'troubleshooting', name: 'Troubleshooting' }] });
		expect(formatMessage(report.readiness.blockers[0]!)).toContain('The largest gains are in Judgement within guardrails, Troubleshooting.');
	});

	it('requireEvidence turns a rating without evidence into a blocker', () => {
		const report = valueOf(assess(framework, withRatings({
			empathy: { rating: 'consistently', evidence: [] },
			troubleshooting: { rating: 'consistently', evidence: [{ summary: 'x' }] },
			guardrails: { rating: 'consistently', evidence: [{ summary: 'x' }] },
		}), { rule: { rule: 'all-at-target', requireEvidence: true } }));
		expect(report.readiness.blockers).toEqual([{ code: 'NO_EVIDENCE', competency: 'empathy', params: { name: 'Empathy', rating: 'Consistently' } }]);
		expect(formatMessage(report.readiness.blockers[0]!)).toBe('Empathy is rated Consistently but has no evidence yet.');
	});
});

describe('assess: weighted points are exact and bounded', () => {
	/** The valid framework with other weights on its rep ladder. */
	const weighted = (weights: Record<string, number>) => {
		const copy = editableCopy(framework);
		for (const competency of copy.ladders.find((m) => m.id === 'rep')!.competencies) competency.weight = weights[competency.id] ?? competency.weight;
		return copy;
	};
	const ratings = {
		empathy: { rating: 'consistently', evidence: [] },
		troubleshooting: { rating: 'consistently', evidence: [] },
		guardrails: { rating: 'not-yet', evidence: [] },
	};

	it('adds weights with decimals exactly: 0.1 + 0.2 reaches 0.3 of 1', () => {
		// 0.1 + 0.2 is 0.30000000000000004 in floating point; as hundredths it is 30 of 100.
		const report = valueOf(assess(weighted({ empathy: 0.1, troubleshooting: 0.2, guardrails: 0.7 }), withRatings(ratings), { rule: { rule: 'weighted-points', minShare: 0.3, requireEvidence: false } }));
		expect(report.readiness.points).toEqual({ scored: 0.6, needed: 0.6, available: 3 });
		expect(report.readiness.meetsRule).toBe(true);
		const short = valueOf(assess(weighted({ empathy: 0.1, troubleshooting: 0.19, guardrails: 0.71 }), withRatings(ratings), { rule: { rule: 'weighted-points', minShare: 0.3, requireEvidence: false } }));
		expect(short.readiness.meetsRule).toBe(false);
	});

	it('never reports Infinity or null: points past the bound are refused, not summed', () => {
		const rule = { rule: 'weighted-points' as const, minShare: 0.5, requireEvidence: false, points: { 'not-yet': 0, developing: 1, consistently: 2, 'role-model': 1e308 } };
		// Given to assess directly (not loaded from a file, where the schema refuses it): a problem naming the value, located in the options.
		const huge = assess(framework, withRatings(ratings), { rule });
		expect(huge.ok).toBe(false);
		expect(!huge.ok && huge.problems.map((p) => [p.code, p.file, p.path.join('.')])).toEqual([['INVALID_OPTION', 'options', "rule.points.role-model"]]);
		const fraction = assess(framework, withRatings(ratings), { rule: { ...rule, points: { ...rule.points, 'role-model': 2.5 } } });
		expect(!fraction.ok && fraction.problems[0]!.hint).toMatch(/whole number of points from 0 to 1000/);
		// A framework edited after loading (a copy is not frozen) is refused too, never a RangeError.
		const edited = assess(weighted({ guardrails: 1e-300 }), withRatings(ratings), { rule: { rule: 'weighted-points', minShare: 0.5 } });
		expect(!edited.ok && edited.problems.map((p) => [p.code, p.file])).toEqual([['FRAMEWORK_CHANGED', 'framework']]);
		expect(!edited.ok && edited.problems[0]!.message).toMatch(/the weight 1e-300 for `guardrails`/);
		// A ladder found sound is checked again while it can still change: only a frozen one is remembered.
		const later = weighted({});
		expect(assess(later, withRatings(ratings)).ok).toBe(true);
		later.ladders.find((m) => m.id === 'rep')!.competencies[0]!.weight = 1e-300;
		expect(problemsOf(assess(later, withRatings(ratings))).map((p) => p.code)).toEqual(['FRAMEWORK_CHANGED']);
		// At the bounds, every figure is a finite number that JSON keeps.
		const top = valueOf(assess(weighted({ empathy: 10, troubleshooting: 10, guardrails: 10 }), withRatings(ratings), { rule: { ...rule, points: { ...rule.points, consistently: 1000, 'role-model': 1000 } } }));
		expect(JSON.parse(JSON.stringify(top.readiness.points))).toEqual({ scored: 20000, needed: 15000, available: 30000 });
		expect(top.readiness.meetsRule).toBe(true);
	});
});

describe('assess: misuse', () => {
	it('refuses an assessment that names a ladder the framework lacks', () => {
		const result = assess(framework, withRatings({}, { ladder: { id: 'nope', version: '1.0.0' } }));
		expect(result.ok).toBe(false);
		expect(!result.ok && result.problems.map((p) => [p.code, p.file, p.path.join('.')])).toEqual([['ASSESSMENT_NOT_IN_FRAMEWORK', 'assessment', 'ladder.id']]);
	});
});
