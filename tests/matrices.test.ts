import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { problemsOf, assess, assessmentTemplate, compareAssessments, formatProblems, parseAssessment, type Framework, type GapReport } from '@rungs/core';
import { loadFramework } from '@rungs/core/node';
import { goalsSection, planGrowth, trackProgress } from '@rungs/core/team';
import { committedSchemaValidators } from './support/ajv.ts';
import { valueOf } from './support/result.ts';

// Data tests over the real ladders in matrices/: every file is its own named test.
const matricesDir = new URL('../matrices/', import.meta.url);
const examplesDir = new URL('examples/', matricesDir);
const ladderFiles = readdirSync(matricesDir).filter((f) => f.endsWith('.yaml')).sort();
const exampleFiles = readdirSync(examplesDir).filter((f) => f.endsWith('.yaml')).sort();

const loaded = await loadFramework(matricesDir.pathname, { root: 'matrices' });
const framework = valueOf(loaded) as Framework;
const validate = committedSchemaValidators();

describe('matrices/', () => {
	it('loads as one framework with no error and no warning', () => {
		expect(formatProblems(problemsOf(loaded))).toBe('0 errors, 0 warnings');
		expect(loaded.ok).toBe(true);
	});

	it.each(ladderFiles)('%s loads with zero problems', (file) => {
		expect(problemsOf(loaded).filter((p) => p.file.endsWith(`/${file}`))).toEqual([]);
	});

	it.each(ladderFiles)('%s starts with the yaml-language-server modeline for its schema', (file) => {
		const first = readFileSync(new URL(file, matricesDir), 'utf8').split('\n')[0];
		expect(first).toMatch(/^# yaml-language-server: \$schema=\.\.\/schemas\/(ladder|framework|shared-competencies|career-paths)\.schema\.json$/);
	});

	it('has the four support ladders, each with 4 or 5 levels and 7 to 10 competencies', () => {
		expect(framework.ladders.map((m) => m.id).sort()).toEqual(['product-support-engineer', 'senior-support-engineer', 'support-operations', 'support-representative']);
		for (const ladder of framework.ladders) {
			expect(ladder.levels.length, ladder.id).toBeGreaterThanOrEqual(4);
			expect(ladder.levels.length, ladder.id).toBeLessThanOrEqual(5);
			expect(ladder.competencies.length, ladder.id).toBeGreaterThanOrEqual(7);
			expect(ladder.competencies.length, ladder.id).toBeLessThanOrEqual(10);
			expect(ladder.sources.length, ladder.id).toBeGreaterThan(0);
			expect(ladder.license, ladder.id).toBe('CC-BY-4.0');
		}
	});

	// Second edition (#17): real ladders hold 12–14 statements a level, so a competency may add a single
	// statement at a level; what must never happen is a level it says nothing about.
	it('writes at least one behaviour statement per competency and level, and evidence examples for each', () => {
		for (const ladder of framework.ladders) {
			for (const competency of ladder.competencies) {
				expect(competency.evidenceExamples.length, `${ladder.id}/${competency.id}`).toBeGreaterThan(0);
				for (const level of ladder.levels) {
					const count = competency.expectations[level.id]?.length ?? 0;
					if (!competency.levelNotes[level.id]) expect(count, `${ladder.id}/${competency.id}@${level.id}`).toBeGreaterThanOrEqual(1);
				}
			}
		}
	});

	// The statement budget of #17, counted on the resolved model (shared statements included), as
	// scripts/count-statements.js prints it: at most 20 new statements at a level, 90 in a ladder.
	it('keeps every ladder within the statement budget: 20 new statements a level, 90 in all', () => {
		for (const ladder of framework.ladders) {
			const perLevel = ladder.levels.map((level) => ladder.competencies.reduce((sum, c) => sum + (c.expectations[level.id]?.length ?? 0), 0));
			perLevel.forEach((count, i) => expect(count, `${ladder.id}@${ladder.levels[i]!.id}`).toBeLessThanOrEqual(20));
			expect(perLevel.reduce((a, b) => a + b, 0), ladder.id).toBeLessThanOrEqual(90);
		}
	});

	it('names the too-safe side of every level\'s guardrails, and who decides beyond every money cap', () => {
		for (const ladder of framework.ladders) {
			for (const level of ladder.levels) {
				// This framework's house rules ask every level for its authority (decision-authority: error).
				const authority = level.authority!;
				expect(authority.tooSafe.length, `${ladder.id}/${level.id}`).toBeGreaterThan(0);
				for (const decision of authority.decideAlone) {
					// A cap in money is per case (or purchase) and per month, and says who decides beyond it.
					if (!/€/.test(decision.limit ?? '')) continue;
					expect(decision.limit, `${ladder.id}/${level.id}/${decision.id}`).toMatch(/ a (case|purchase)\b/);
					expect(decision.limit, `${ladder.id}/${level.id}/${decision.id}`).toMatch(/ a month\b/);
					expect(decision.limit, `${ladder.id}/${level.id}/${decision.id}`).toMatch(/beyond/);
				}
			}
			// Every ladder gives some decision with a cap in money.
			expect(ladder.levels.every((l) => l.authority!.decideAlone.some((d) => /€/.test(d.limit ?? ''))), ladder.id).toBe(true);
		}
	});

	// One owner per artefact (#17): a ladder's own statement that says "Owns the …" names the owner, and
	// the shared core, written once for every ladder at a band, never sets, defines or owns anything.
	it('gives every artefact one owner: "Owns the …" at one level of one ladder, and never in the shared core', () => {
		const sharedIds = new Set(framework.shared.map((c) => c.id));
		for (const shared of framework.shared) {
			for (const statements of Object.values(shared.expectations)) {
				for (const statement of statements) expect(statement.text, `${shared.id}/${statement.id}`).not.toMatch(/^(Sets|Defines|Shapes|Owns) the /);
			}
		}
		const owners = new Map<string, string[]>();
		for (const ladder of framework.ladders) {
			for (const competency of ladder.competencies.filter((c) => !sharedIds.has(c.id))) {
				for (const [levelId, statements] of Object.entries(competency.expectations)) {
					for (const statement of statements) {
						if (!/^Owns the /.test(statement.text)) continue;
						const where = owners.get(statement.text) ?? [];
						where.push(`${ladder.id}@${levelId}`);
						owners.set(statement.text, where);
					}
				}
			}
		}
		expect(owners.size).toBeGreaterThan(0);
		for (const [text, where] of owners) expect(where, text).toHaveLength(1);
	});

	it('cites each of the five source articles in the framework\'s sources', () => {
		const titles = framework.sources.map((s) => s.title).join('\n');
		for (const article of ['Intercom', 'Buffer', 'Pace', 'Empowerment: a way of life', 'remote customer service teams']) expect(titles).toContain(article);
	});

	it('gives every level decision authority that never shrinks up the ladder', () => {
		for (const ladder of framework.ladders) {
			ladder.levels.forEach((level, i) => {
				expect(level.authority?.decideAlone.length ?? 0).toBeGreaterThan(0);
				const previous = ladder.levels[i - 1];
				if (previous) for (const d of previous.authority?.decideAlone ?? []) expect((level.authority?.decideAlone ?? []).map((x) => x.id), `${ladder.id}/${level.id}`).toContain(d.id);
			});
		}
	});

	it('shares the seven shared competencies across several ladders', () => {
		expect(framework.shared.map((c) => c.id).sort()).toEqual(['customer-empathy', 'customer-empowerment', 'judgement-within-guardrails', 'ownership', 'product-knowledge', 'team-growth', 'written-clarity']);
		for (const shared of framework.shared) {
			expect(framework.ladders.filter((m) => m.competencies.some((c) => c.id === shared.id)).length, shared.id).toBeGreaterThanOrEqual(2);
		}
	});

	it('has a career-path graph with no dangling link, paths across ladders, and people management as one path among several', () => {
		const levels = new Set(framework.ladders.flatMap((m) => m.levels.map((l) => `${m.id}:${l.id}`)));
		const destinations = new Set(framework.destinations.map((d) => d.id));
		for (const path of framework.paths) {
			expect(levels, JSON.stringify(path.from)).toContain(`${path.from.ladder}:${path.from.level}`);
			if ('role' in path.to) expect(destinations).toContain(path.to.role);
			else expect(levels).toContain(`${path.to.ladder}:${path.to.level}`);
		}
		const explicit = framework.paths.filter((p) => !p.implied);
		expect(explicit.filter((p) => p.kind === 'across').length).toBeGreaterThan(explicit.filter((p) => p.kind === 'management').length);
		expect(explicit.some((p) => p.kind === 'management')).toBe(true);
		// Every ladder can be left for another one.
		for (const ladder of framework.ladders) {
			expect(explicit.some((p) => p.from.ladder === ladder.id || ('ladder' in p.to && p.to.ladder === ladder.id)), ladder.id).toBe(true);
		}
	});
});

describe('matrices/examples/', () => {
	const reports = new Map<string, GapReport>();

	it.each(exampleFiles)('%s is a valid assessment whose gap report matches gap-report.schema.json', (file) => {
		const text = readFileSync(new URL(file, examplesDir), 'utf8');
		const result = parseAssessment({ path: `matrices/examples/${file}`, text }, framework);
		expect(formatProblems(problemsOf(result))).toBe('0 errors, 0 warnings');
		const report = valueOf(assess(framework, valueOf(result)));
		reports.set(file, report);
		const valid = validate('gap-report');
		expect(valid(JSON.parse(JSON.stringify(report))), JSON.stringify(valid.errors)).toBe(true);
	});

	it('backs every piece of evidence with a link, and includes a peer\'s assessment', () => {
		const assessments = exampleFiles.map((f) => valueOf(parseAssessment({ path: f, text: readFileSync(new URL(f, examplesDir), 'utf8') }, framework)));
		expect(assessments.some((a) => a.assessor.role === 'peer')).toBe(true);
		for (const [i, a] of assessments.entries()) {
			for (const [competency, rating] of Object.entries(a.ratings)) {
				for (const evidence of rating.evidence) expect(evidence.url, `${exampleFiles[i]}/${competency}`).toMatch(/^https:\/\//);
			}
		}
	});

	it('covers the personas: a new representative, one ready for senior, an uneven engineer, a calibration pair and a role switch', () => {
		expect(exampleFiles.length).toBeGreaterThanOrEqual(5);
		const all = [...reports.values()];
		expect(all.some((r) => r.roleSwitch && r.current.ladder === 'support-representative' && r.target.ladder === 'product-support-engineer')).toBe(true);
		expect(all.some((r) => r.readiness.meetsRule && r.current.ladder === 'support-representative')).toBe(true);
		const pair = ['engineer-aiming-senior-self.yaml', 'engineer-aiming-senior-manager.yaml'].map((f) => valueOf(parseAssessment({ path: f, text: readFileSync(new URL(f, examplesDir), 'utf8') }, framework)));
		const calibration = valueOf(compareAssessments(framework, pair[0]!, pair[1]!));
		expect(calibration.summary.discuss).toBeGreaterThan(0);
		expect(validate('calibration-report')(JSON.parse(JSON.stringify(calibration)))).toBe(true);
	});
});

describe('matrices/examples/history/', () => {
	const historyDir = new URL('history/', examplesDir);
	const historyFiles = readdirSync(historyDir).filter((f) => f.endsWith('.yaml')).sort();
	const load = (dir: URL, file: string) => valueOf(parseAssessment({ path: file, text: readFileSync(new URL(file, dir), 'utf8') }, framework));

	it.each(historyFiles)('%s is an earlier assessment of an example person, whose progress report and goals read back match their schemas', (file) => {
		const text = readFileSync(new URL(file, historyDir), 'utf8');
		expect(formatProblems(problemsOf(parseAssessment({ path: `matrices/examples/history/${file}`, text }, framework)))).toBe('0 errors, 0 warnings');
		const earlier = load(historyDir, file);
		// Its later assessment is the example of the same person, ladder and target.
		const later = exampleFiles.map((f) => load(examplesDir, f)).find((a) => a.person.id === earlier.person.id && a.assessor.role === earlier.assessor.role && a.date > earlier.date);
		expect(later, file).toBeDefined();
		const progress = valueOf(trackProgress(framework, later!, [earlier]));
		const valid = validate('progress-report');
		expect(valid(JSON.parse(JSON.stringify(progress))), JSON.stringify(valid.errors)).toBe(true);
		expect(progress.goals.length).toBe(earlier.goals?.length ?? 0);
	});

	it('include goals, so that the examples show them read back', () => {
		expect(historyFiles.some((f) => (load(historyDir, f).goals?.length ?? 0) > 0)).toBe(true);
	});

	it.each(exampleFiles)('the growth plan of %s matches growth-plan.schema.json', (file) => {
		const plan = valueOf(planGrowth(framework, valueOf(assess(framework, load(examplesDir, file)))));
		const valid = validate('growth-plan');
		expect(valid(JSON.parse(JSON.stringify(plan))), JSON.stringify(valid.errors)).toBe(true);
	});
});

describe('growth plans on every ladder', () => {
	it.each(framework.ladders.map((m) => m.id))('%s: the plan of a fresh template writes goals its assessment reads back', (id) => {
		const template = valueOf(assessmentTemplate(framework, id, { date: '2026-01-01' }));
		const assessment = valueOf(parseAssessment({ path: `${id}.yaml`, text: template }, framework));
		const plan = valueOf(planGrowth(framework, valueOf(assess(framework, assessment))));
		expect(plan.steps.length).toBeGreaterThan(0);
		for (const step of plan.steps) expect(step.statement ?? step.evidence.length, `${id}/${step.competency}`).toBeTruthy();
		const back = valueOf(parseAssessment({ path: `${id}.yaml`, text: `${template}\n${goalsSection(plan)}` }, framework));
		expect(back.goals?.map((g) => g.competency)).toEqual(plan.steps.map((s) => s.competency));
	});
});
