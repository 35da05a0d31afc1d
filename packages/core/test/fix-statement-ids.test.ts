import { describe, expect, it } from 'vitest';
import { fixStatementIds, parseFramework, type SourceFile } from '@rungs/core';
import { validSources, valueOf, withFile } from './_fixtures.ts';

const REP = 'fixtures/rep.yaml';
const rep = () => validSources().find((s) => s.path === REP)!.text;

/** The fixture ladder with troubleshooting's statements replaced by `body` (the lines under `expectations:`). */
function withStatements(body: string, bom = ''): SourceFile[] {
	const text = rep();
	const start = text.indexOf('      associate:\n        - id: follows-steps');
	const end = text.indexOf('    evidenceExamples:', start);
	return withFile(validSources(), { path: REP, text: `${bom}${text.slice(0, start)}${body}${text.slice(end)}` });
}

const COMMENTED = [
	'      # What a new representative does first.',
	'      associate:',
	'        - Follows the documented steps.   # from the onboarding guide',
	"        - 'Escalates: with the steps tried.'",
	'        - id: asks',
	'          text: Asks for help early.',
	'      senior: [Writes bug reports, "Follows the documented steps."]  # flow style kept',
	'      lead:',
	'        - >-',
	'          Is the first escalation point',
	'          for peers.',
	'        - &same Notices incidents early.',
	'',
].join('\n');

describe('fixStatementIds', () => {
	it('writes each derived id in place, byte for byte elsewhere', () => {
		const sources = withStatements(COMMENTED);
		const [file, ...others] = valueOf(fixStatementIds(sources));
		expect(others).toEqual([]);
		const before = sources.find((s) => s.path === REP)!.text;
		const expected = before.replace(
			COMMENTED,
			[
				'      # What a new representative does first.',
				'      associate:',
				'        - id: follows-the-documented-steps',
				'          text: Follows the documented steps.   # from the onboarding guide',
				'        - id: escalates-with-the-steps-tried',
				"          text: 'Escalates: with the steps tried.'",
				'        - id: asks',
				'          text: Asks for help early.',
				'      senior: [{ id: writes-bug-reports, text: Writes bug reports }, { id: follows-the-documented-steps-2, text: "Follows the documented steps." }]  # flow style kept',
				'      lead:',
				'        - id: is-the-first-escalation-point-for-peers',
				'          text: "Is the first escalation point for peers."',
				'        - id: notices-incidents-early',
				'          text: &same Notices incidents early.',
				'',
			].join('\n'),
		);
		expect(file!.text).toBe(expected);
		expect(file!.fixes.map((f) => `${f.line} ${f.id}`)).toEqual(
			['follows-the-documented-steps', 'escalates-with-the-steps-tried', 'writes-bug-reports', 'follows-the-documented-steps-2', 'is-the-first-escalation-point-for-peers', 'notices-incidents-early'].map(
				(id, i) => `${before.split('\n').indexOf(COMMENTED.split('\n')[[2, 3, 6, 6, 8, 11][i]!]!) + 1} ${id}`,
			),
		);
	});

	it('keeps the ids the ladder had, so assessments keep their ratings, and runs once', () => {
		const sources = withStatements(COMMENTED);
		const [file] = valueOf(fixStatementIds(sources));
		const fixedSources = withFile(sources, { path: REP, text: file!.text });
		const ids = (s: SourceFile[]) => valueOf(parseFramework(s)).ladders[0]!.competencies.flatMap((c) => Object.values(c.expectations).flat().map((x) => `${x.id}:${x.derivedId ?? false}`));
		expect(ids(fixedSources).map((x) => x.split(':')[0])).toEqual(ids(sources).map((x) => x.split(':')[0]));
		expect(ids(fixedSources).some((x) => x.endsWith(':true'))).toBe(false);
		// Idempotent: nothing left to write.
		expect(valueOf(fixStatementIds(fixedSources))).toEqual([]);
	});

	it('keeps a byte-order mark and CRLF line ends', () => {
		const sources = withStatements('      associate: [Follows the steps.]\n      senior:\n        - Writes bug reports.\n      lead: [Leads.]\n', '\uFEFF').map((s) =>
			s.path === REP ? { ...s, text: s.text.replace(/\n/g, '\r\n') } : s,
		);
		const [file] = valueOf(fixStatementIds(sources));
		expect(file!.text.startsWith('\uFEFF')).toBe(true);
		expect(file!.text).toContain('        - id: writes-bug-reports\r\n          text: Writes bug reports.\r\n');
		expect(file!.text.replace(/\r\n/g, '').includes('\n')).toBe(false);
	});

	it('quotes an id that YAML would read as a number or a boolean', () => {
		const [file] = valueOf(fixStatementIds(withStatements('      associate: [Follows the steps.]\n      senior: [Writes bug reports.]\n      lead:\n        - "True"\n')));
		expect(file!.text).toContain('        - id: "true"\n          text: "True"\n');
	});

	it('touches nothing in a folder that does not validate, and says why', () => {
		const result = fixStatementIds(withStatements('      associate: [Follows the steps.]\n      senior: [Writes bug reports.]\n      lead: [{ id: x }]\n'));
		expect(result.ok).toBe(false);
		expect(result.ok ? [] : result.problems.map((p) => `${p.code} ${p.file}:${p.line}`)).toContain(`MISSING_FIELD ${REP}:${rep().split('\n').findIndex((l) => l.includes('id: troubleshooting')) + 8}`);
	});
});
