import { sortProblems, type SourceFile } from '../diagnostics/problem.ts';
import type { Framework, ValidatedAssessment } from '../model/framework.ts';
import { calibrationMismatches } from '../rules/check-pair.ts';
import { parseSource } from '../source/parse-yaml.ts';
import { Reporter } from '../source/reporter.ts';
import { parseAssessment } from './parse-assessment.ts';
import { fail, problemsOf, succeed, type Result } from '../diagnostics/result.ts';

const FIELD = { ladder: ['ladder', 'id'], target: ['target'] } as const;

/**
 * Two assessments to calibrate, each checked, and checked to be of the same person, ladder and
 * target; a difference is located in the second file.
 *
 * @example
 * const pair = parseAssessmentPair(selfFile, managerFile, framework);
 * const calibration = pair.ok ? compareAssessments(framework, ...pair.value) : pair;
 * if (calibration.ok) console.log(renderCalibrationMarkdown(calibration.value));
 */
export function parseAssessmentPair(first: SourceFile, second: SourceFile, framework: Framework): Result<readonly [ValidatedAssessment, ValidatedAssessment]> {
	const a = parseAssessment(first, framework);
	const b = parseAssessment(second, framework);
	const problems = [...problemsOf(a), ...problemsOf(b)];
	if (!a.ok || !b.ok) return fail(problems);
	const mismatches = calibrationMismatches(a.value, b.value);
	if (mismatches.length === 0) return succeed([a.value, b.value] as const, sortProblems(problems));
	// Only a mismatch needs the second file's text again, to point into it.
	const reporter = new Reporter();
	const parsed = parseSource(second).parsed;
	for (const mismatch of mismatches) {
		const path = mismatch.what === 'person' ? ['person', b.value.person.id !== undefined ? 'id' : 'name'] : FIELD[mismatch.what];
		reporter.report(parsed, 'ASSESSMENTS_NOT_COMPARABLE', path, { what: mismatch.what, first: mismatch.first, second: mismatch.second });
	}
	return fail([...problems, ...reporter.problems]);
}
