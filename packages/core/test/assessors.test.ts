import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compareAssessments, englishMessages, parseAssessment, parseFramework, validateAssessment, type Messages, type ValidatedAssessment } from '@rungs/core';
import { renderAssessors, renderCalibration } from '@rungs/core/render';
import { AssessorsReportSchema } from '@rungs/core/schema';
import { compareAssessors } from '@rungs/core/team';
import { valueOf } from './_fixtures.ts';
import { leftoverWords } from './_words.ts';

// Jonas on the real ladders: his self-assessment, his manager's, and a peer who rated like a mix of both.
const root = new URL('../../../matrices/', import.meta.url);
const framework = valueOf(parseFramework(readdirSync(root).filter((f) => f.endsWith('.yaml')).map((f) => ({ path: `matrices/${f}`, text: readFileSync(new URL(f, root), 'utf8') }))));
const load = (name: string) => valueOf(parseAssessment({ path: name, text: readFileSync(new URL(`examples/${name}`, root), 'utf8') }, framework));
const self = load('engineer-aiming-senior-self.yaml');
const manager = load('engineer-aiming-senior-manager.yaml');
const scale = framework.scale.values.map((v) => v.id);
// The peer rates every competency one step below the manager (or at the bottom), with no evidence.
const peer = valueOf(
	validateAssessment(
		{
			...manager,
			assessor: { role: 'peer', name: 'Sam' },
			ratings: Object.fromEntries(Object.entries(manager.ratings).map(([id, r]) => [id, { rating: r.rating ? scale[Math.max(0, scale.indexOf(r.rating) - 1)] : undefined, evidence: [] }])),
		},
		framework,
	),
);

describe('compareAssessors', () => {
	it('says what compareAssessments says for two, in the shape of many', () => {
		const two = valueOf(compareAssessors(framework, [self, manager]));
		const pair = valueOf(compareAssessments(framework, self, manager));
		expect(two.competencies.map((c) => c.id)).toEqual(pair.competencies.map((c) => c.id));
		for (const [i, c] of two.competencies.entries()) {
			const p = pair.competencies[i]!;
			expect(c.ratings).toEqual([p.first, p.second]);
			expect(c.spread).toBe(p.delta === null ? null : Math.abs(p.delta));
			expect(c.agreement).toBe(p.agreement);
		}
		expect(two.summary).toEqual(pair.summary);
		expect(two.assessors.map((a) => a.assessor.role)).toEqual(['self', 'manager']);
	});

	it('gives every assessor\'s rating and evidence, the spread between the extremes, the widest first', () => {
		const three = valueOf(compareAssessors(framework, [self, manager, peer]));
		expect(three.assessors.map((a) => a.assessor)).toEqual([self.assessor, manager.assessor, { role: 'peer', name: 'Sam' }]);
		for (const c of three.competencies) {
			const ranks = c.ratings.flatMap((r) => (r.rating ? [r.rating.rank] : []));
			expect(c.spread, c.id).toBe(ranks.length < 2 ? null : Math.max(...ranks) - Math.min(...ranks));
			expect(c.ratings[2]!.evidence).toEqual([]);
			expect(c.ratings[1]!.evidence).toEqual(manager.ratings[c.id]?.evidence ?? []);
		}
		const spreads = three.competencies.map((c) => c.spread ?? -1);
		expect(spreads).toEqual([...spreads].sort((a, b) => b - a));
		expect(Object.values(three.summary).reduce((a, b) => a + b, 0)).toBe(three.competencies.length);
		// A peer one step below the manager widens every spread the manager and self had at zero.
		expect(three.summary.agree).toBeLessThan(valueOf(compareAssessors(framework, [self, manager])).summary.agree);
		expect(AssessorsReportSchema.safeParse(three).success).toBe(true);
	});

	it('refuses an assessment of another person, at its position and field, and fewer than two', () => {
		const other = load('new-representative.yaml') as ValidatedAssessment;
		const result = compareAssessors(framework, [self, manager, other]);
		expect(result.ok).toBe(false);
		if (!result.ok) {
			expect(result.problems.map((p) => p.code)).toContain('ASSESSMENTS_NOT_COMPARABLE');
			expect(result.problems.every((p) => p.file === 'assessments' && p.path[0] === 2)).toBe(true);
			expect(result.problems.map((p) => p.path)).toContainEqual([2, 'person']);
		}
		for (const few of [[self], [], 'x', [self, null]]) {
			const refused = compareAssessors(framework, few as never);
			expect(refused.ok).toBe(false);
			if (!refused.ok) expect(refused.problems[0]).toMatchObject({ code: 'INVALID_OPTION', file: 'assessments', path: [] });
		}
		const badRule = compareAssessors(framework, [self, manager, peer], { rule: { rule: 'n-of-m', minShare: 3 } } as never);
		expect(badRule.ok).toBe(false);
		if (!badRule.ok) expect(badRule.problems[0]).toMatchObject({ code: 'INVALID_OPTION', path: ['rule', 'minShare'] });
	});
});

const pseudo = Object.fromEntries(Object.entries(englishMessages).map(([code, say]) => [code, (params: unknown) => `⟦${(say as (p: unknown) => string)(params)}⟧`])) as unknown as Messages;

describe('renderAssessors', () => {
	const three = valueOf(compareAssessors(framework, [self, manager, peer]));
	it.each(['text', 'markdown', 'html'] as const)('words everything as %s through the catalog, and speaks French', (format) => {
		const output = valueOf(renderAssessors(three, format, { messages: pseudo }));
		expect(output).toContain('⟦Calibration of 3 assessments: Jonas⟧');
		expect(leftoverWords(output, three, /⟦[^⟦⟧]*⟧/g), format).toEqual([]);
		expect(valueOf(renderAssessors(three, format, { locale: 'fr' }))).toContain('Calibrage de 3 évaluations');
	});

	it('writes JSON that is the report, and keeps the two-assessor calibration as it was', () => {
		expect(JSON.parse(valueOf(renderAssessors(three, 'json')))).toEqual(three);
		const pair = valueOf(compareAssessments(framework, self, manager));
		expect(valueOf(renderCalibration(pair, 'text'))).toContain('Calibration: Jonas');
	});
});
