import { sortProblems, type SourceFile } from '../errors/problem.ts';
import type { Framework } from '../model.ts';
import { calibrationMismatches } from '../assess/calibrate.ts';
import { parseSource } from '../parse/parse-yaml.ts';
import { Reporter } from '../rules/reporter.ts';
import type { Assessment } from '../schema/assessment.ts';
import { parseAssessment } from './parse-assessment.ts';
import type { LoadResult } from './result.ts';

const FIELD = { ladder: ['matrix', 'id'], target: ['target'] } as const;

/**
 * Two assessments to calibrate, each checked, and checked to be of the same person, ladder and
 * target; a difference is located in the second file.
 *
 * @example
 * const pair = parseAssessmentPair(selfFile, managerFile, framework);
 * if (pair.ok) console.log(renderCalibration(compareAssessments(framework, ...pair.value), 'markdown'));
 */
export function parseAssessmentPair(first: SourceFile, second: SourceFile, framework: Framework): LoadResult<[Assessment, Assessment]> {
	const a = parseAssessment(first, framework);
	const b = parseAssessment(second, framework);
	const problems = [...a.problems, ...b.problems];
	if (!a.ok || !b.ok) return { ok: false, problems: sortProblems(problems) };
	const mismatches = calibrationMismatches(a.value, b.value);
	if (mismatches.length === 0) return { ok: true, value: [a.value, b.value], problems };
	// Only a mismatch needs the second file's text again, to point into it.
	const reporter = new Reporter();
	const parsed = parseSource(second).parsed;
	for (const mismatch of mismatches) {
		const path = mismatch.what === 'person' ? ['person', b.value.person.id !== undefined ? 'id' : 'name'] : FIELD[mismatch.what];
		reporter.report(parsed, 'ASSESSMENTS_NOT_COMPARABLE', path, { what: mismatch.what, first: mismatch.first, second: mismatch.second });
	}
	return { ok: false, problems: sortProblems([...problems, ...reporter.problems]) };
}
