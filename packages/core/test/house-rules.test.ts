import { describe, expect, it } from 'vitest';
import { parseFramework, problemsOf, type Problem, type SourceFile } from '@rungs/core';
import { HOUSE_RULES, PROBLEMS, RULE_NAMES, resolveHouseRules, type RuleName } from '@rungs/core/schema';

/*
 * House rules (#14): each content rule has a severity set in framework.yaml's `rules:`. At `error`
 * its problem fails loading, at `warning` it is a warning (fails only `rungs validate --strict`), at
 * `off` it is not reported. The defaults fit a new organisation: a bare ladder loads clean.
 */

/** A framework with no narrative at all, and the rules given (YAML lines under `rules:`). */
const frameworkText = (rules: string[] = [], extra: string[] = []) =>
	[
		'format: rungs/framework@1',
		'id: acme',
		'title: Acme ladders',
		'scale:',
		'  values:',
		'    - { id: no, label: No, anchor: Not yet. }',
		'    - { id: yes, label: Yes, anchor: Shows it. }',
		'  meets: yes',
		'categories:',
		'  - { id: craft, name: Craft }',
		'readiness: { rule: all-at-target }',
		...extra,
		...(rules.length > 0 ? ['rules:', ...rules.map((r) => `  ${r}`)] : []),
		'',
	].join('\n');

/** A bare ladder: levels with an id and a title, competencies with an id, name, category and statements. */
const BARE_LADDER = `format: rungs/ladder@1
id: agents
version: 1.0.0
title: Agents
levels:
  - id: L1
    title: L1 Agent
  - id: L2
    title: L2 Agent
competencies:
  - id: replies
    name: Replies
    category: craft
    expectations:
      L1:
        - { id: answers, text: Answers the common questions. }
      L2:
        - { id: coaches, text: Coaches L1-L2 Agents on tone. }
`;

const load = (ladder: string, rules: string[] = [], extra: string[] = []) =>
	parseFramework([
		{ path: 'acme/framework.yaml', text: frameworkText(rules, extra) },
		{ path: 'acme/agents.yaml', text: ladder },
	] satisfies SourceFile[]);

const where = (p: Problem) => `${p.severity} ${p.code} ${p.file}:${p.line}:${p.column}`;
const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;
/** Line and column (1-based) of `mark` on the first line that holds `needle`. */
const pos = (text: string, needle: string, mark: string): [number, number] => {
	const line = lineOf(text, needle);
	return [line, text.split('\n')[line - 1]!.indexOf(mark) + 1];
};
const TWO_AT_L1 = BARE_LADDER.replace('      L2:\n', '        - { id: greets, text: Greets each customer by name. }\n      L2:\n');

describe('the default house rules', () => {
	it('load a bare ladder with no narrative, authority, band, summary or description: no problem at all', () => {
		const result = load(BARE_LADDER);
		expect(problemsOf(result).map(where)).toEqual([]);
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		const ladder = result.value.ladders[0]!;
		expect(ladder.summary).toBeUndefined();
		expect(ladder.status).toBe('published');
		expect(ladder.sources).toEqual([]);
		expect(ladder.levels[0]!.band).toBeUndefined();
		expect(ladder.competencies[0]!.description).toBeUndefined();
	});

	it('are what HOUSE_RULES says: only numbers-in-statements and authority-grows on, as warnings', () => {
		const rules = resolveHouseRules(undefined);
		expect(RULE_NAMES.filter((name) => rules[name].severity !== 'off')).toEqual(['numbers-in-statements', 'authority-grows']);
		expect(rules['statements-per-level']).toEqual({ severity: 'off', max: 20 });
		expect(rules['statements-per-ladder']).toEqual({ severity: 'off', max: 90 });
		for (const name of RULE_NAMES) expect(rules[name].severity).toBe(HOUSE_RULES[name].default);
	});
});

/** Each rule, a ladder that breaks it, and where its problem is reported. */
const BROKEN: Record<RuleName, { code: Problem['code']; ladder: string; at: (ladder: string) => [number, number] }> = {
	'level-narrative': { code: 'LEVEL_NARRATIVE_MISSING', ladder: BARE_LADDER, at: (t) => pos(t, '- id: L1', 'L1') },
	'decision-authority': { code: 'AUTHORITY_MISSING', ladder: BARE_LADDER, at: (t) => pos(t, '- id: L1', 'L1') },
	'ladder-summary': { code: 'LADDER_SUMMARY_MISSING', ladder: BARE_LADDER, at: (t) => pos(t, 'id: agents', 'agents') },
	'competency-description': { code: 'DESCRIPTION_MISSING', ladder: BARE_LADDER, at: (t) => pos(t, '- id: replies', 'replies') },
	'evidence-examples': { code: 'NO_EVIDENCE_EXAMPLES', ladder: BARE_LADDER, at: (t) => pos(t, '- id: replies', 'replies') },
	'numbers-in-statements': {
		code: 'NUMBER_IN_EXPECTATION',
		ladder: BARE_LADDER.replace('Answers the common questions.', 'Answers 40 questions a day.'),
		at: (t) => pos(t, 'Answers 40', 'Answers'),
	},
	'duplicate-statements': {
		code: 'DUPLICATE_STATEMENT',
		ladder: BARE_LADDER.replace('Coaches L1-L2 Agents on tone.', 'Answers the common questions!'),
		at: (t) => pos(t, 'questions!', 'Answers'),
	},
	'statements-progress': {
		code: 'FEWER_STATEMENTS',
		ladder: TWO_AT_L1,
		at: (t) => pos(t, '      L2:', 'L2'),
	},
	'authority-grows': {
		code: 'AUTHORITY_SHRINKS',
		ladder: BARE_LADDER.replace('    title: L1 Agent\n', '    title: L1 Agent\n    authority: { decideAlone: [{ id: refund, text: Refunds an order. }] }\n').replace(
			'    title: L2 Agent\n',
			'    title: L2 Agent\n    authority: { decideAlone: [{ id: credit, text: Credits an account. }] }\n',
		),
		at: (t) => pos(t, 'Credits an account', 'decideAlone'),
	},
	'statements-per-level': { code: 'TOO_MANY_STATEMENTS', ladder: TWO_AT_L1, at: (t) => pos(t, '- id: L1', 'L1') },
	'statements-per-ladder': { code: 'TOO_MANY_STATEMENTS', ladder: BARE_LADDER, at: (t) => pos(t, 'id: agents', 'agents') },
};

/** The rule's setting line: counting rules get a bound the bare ladder passes, so it fires. */
const setting = (rule: RuleName, severity: string) => (rule.startsWith('statements-per-') ? `${rule}: { severity: ${severity}, max: 1 }` : `${rule}: ${severity}`);

describe.each(RULE_NAMES)('the house rule %s', (rule) => {
	const { code, ladder, at } = BROKEN[rule];
	const [line, column] = at(ladder);
	const ofRule = (problems: readonly Problem[]) => problems.filter((p) => p.code === code && (p.params as { rule?: string }).rule === rule);

	it(`at error, fails loading with ${code}, located, naming the rule`, () => {
		const result = load(ladder, [setting(rule, 'error')]);
		expect(result.ok).toBe(false);
		const found = ofRule(problemsOf(result));
		expect(found.map(where)).toContain(`error ${code} acme/agents.yaml:${line}:${column}`);
		expect(found[0]!.hint).toContain(`rules: { ${rule}: off }`);
	});

	it('at warning, loads, with the problem as a warning', () => {
		const result = load(ladder, [setting(rule, 'warning')]);
		expect(result.ok).toBe(true);
		expect(ofRule(problemsOf(result)).map(where)).toContain(`warning ${code} acme/agents.yaml:${line}:${column}`);
	});

	it('at off, says nothing', () => {
		const result = load(ladder, [setting(rule, 'off')]);
		expect(result.ok).toBe(true);
		expect(ofRule(problemsOf(result))).toEqual([]);
	});

	it('is named by the catalog entry of its code', () => {
		expect([PROBLEMS[code].rule].flat()).toContain(rule);
	});
});

describe('the rules themselves', () => {
	it('an unknown rule name is an unknown key in framework.yaml, with a did-you-mean', () => {
		const result = load(BARE_LADDER, ['level-narative: error']);
		const framework = frameworkText(['level-narative: error']);
		expect(problemsOf(result).map(where)).toEqual([`error UNKNOWN_KEY acme/framework.yaml:${lineOf(framework, 'level-narative')}:3`]);
		expect(problemsOf(result)[0]!.hint).toMatch(/^Did you mean `level-narrative`\?/);
	});

	it('a severity that does not exist is an invalid value, with a did-you-mean, for plain and counting rules', () => {
		for (const rule of ['level-narrative: eror', 'statements-per-level: eror', 'statements-per-level: { severity: warnign, max: 3 }']) {
			const problems = problemsOf(load(BARE_LADDER, [rule]));
			const framework = frameworkText([rule]);
			expect(problems.map((p) => `${p.code} ${p.line}`), rule).toEqual([`INVALID_VALUE ${lineOf(framework, rule)}`]);
			expect(problems[0]!.hint, rule).toMatch(/^Did you mean `(error|warning)`\?/);
		}
	});

	it('a bound that is not a whole number from 1 is refused, located', () => {
		const problems = problemsOf(load(BARE_LADDER, ['statements-per-ladder: { severity: error, max: 0 }']));
		expect(problems.map((p) => `${p.code} ${p.path.join('.')}`)).toEqual(['INVALID_VALUE rules.statements-per-ladder.max']);
	});

	it('counts the statements a level adds, shared ones included, and the whole ladder', () => {
		const problems = problemsOf(load(BARE_LADDER, ['statements-per-level: { severity: warning, max: 1 }', 'statements-per-ladder: { severity: warning, max: 1 }']));
		expect(problems.map((p) => [p.code, p.params])).toEqual([
			['TOO_MANY_STATEMENTS', { ladder: 'agents', count: 2, max: 1, rule: 'statements-per-ladder' }],
		]);
	});
});
