import { createProblem, hasErrors, sortProblems, type Problem, type SourceFile } from '../errors/problem.ts';
import type { Framework } from '../model.ts';
import { checkSchema } from '../parse/check-schema.ts';
import { parseSource } from '../parse/parse-yaml.ts';
import { readFormat } from '../parse/read-format.ts';
import { checkAssessment } from '../rules/check-assessment.ts';
import { Reporter } from '../rules/reporter.ts';
import { AssessmentSchema, type Assessment } from '../schema/assessment.ts';
import { checkAssessmentData } from './fast-validate.ts';
import type { LoadResult } from './result.ts';

/**
 * An assessment from YAML or JSON text, checked against a framework: shape, then every reference.
 * Never throws for bad input.
 *
 * @example
 * const result = parseAssessment({ path: 'ana.yaml', text }, framework);
 * if (result.ok) console.log(assess(framework, result.value).readiness.headline);
 */
export function parseAssessment(source: SourceFile, framework: Framework): LoadResult<Assessment> {
	const reporter = new Reporter();
	const { parsed, problems } = parseSource(source);
	if (problems.length > 0) return { ok: false, problems };
	const kind = readFormat(parsed, reporter, 'assessment');
	if (kind && kind !== 'assessment') {
		reporter.report(parsed, 'FORMAT_NOT_EXPECTED', ['format'], {
			expected: 'an assessment (`rungs/assessment@1`)',
			format: String((parsed.data as { format: unknown }).format),
		});
	}
	if (kind !== 'assessment') return { ok: false, problems: reporter.problems };
	const checked = checkSchema(AssessmentSchema, parsed);
	if (!checked.value) return { ok: false, problems: checked.problems };
	checkAssessment(reporter, { source: parsed, value: checked.value }, framework);
	const all: Problem[] = sortProblems(reporter.problems);
	return hasErrors(all) ? { ok: false, problems: all } : { ok: true, value: checked.value, problems: all };
}

/**
 * An assessment already parsed from JSON (from an HR system, say), checked the same way. Problems
 * are located in `source`, the JSON text the data was parsed from, when given; otherwise in the
 * value pretty-printed as JSON, under the given name.
 *
 * @example
 * const result = validateAssessment(await response.json(), framework, 'upload.json');
 * const fromLine = validateAssessment(JSON.parse(line), framework, 'line 3', line);
 */
export function validateAssessment(data: unknown, framework: Framework, name = 'assessment.json', source?: string): LoadResult<Assessment> {
	const valid = checkAssessmentData(data, framework);
	if (valid) return { ok: true, value: valid, problems: [] };
	if (source !== undefined) return parseAssessment({ path: name, text: source }, framework);
	let text: string;
	try {
		text = JSON.stringify(data, null, 2) ?? 'null';
	} catch (error) {
		// Circular data, a BigInt, a getter that throws: there is no text to locate anything in.
		const reason = error instanceof Error ? error.message.split('\n')[0]! : String(error);
		const problem = createProblem(
			'WRONG_TYPE',
			{ field: '(top level)', expected: 'JSON data (an object of `key: value` pairs)', received: `a value that cannot be written as JSON (${reason})` },
			{ file: { path: name, text: '' }, span: { line: 1, column: 1, endColumn: 2 }, path: [] },
		);
		return { ok: false, problems: [problem] };
	}
	return parseAssessment({ path: name, text }, framework);
}
