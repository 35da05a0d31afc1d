import { sortProblems, type SourceFile } from '../diagnostics/problem.ts';
import { createProblem } from '../diagnostics/create-problem.ts';
import type { Framework, ValidatedAssessment } from '../model/framework.ts';
import { checkSchema } from '../shape/check-schema.ts';
import { dataSource, type Locatable } from '../diagnostics/locate.ts';
import { decodeSource, MAX_SOURCE_BYTES, parseSource } from '../source/parse-yaml.ts';
import { readFormat } from '../source/read-format.ts';
import { checkAssessment } from '../rules/check-assessment.ts';
import { Reporter } from '../source/reporter.ts';
import { AssessmentSchema, type Assessment } from '../schema/assessment.ts';
import { checkAssessmentData, quickCheck } from './fast-validate.ts';
import { readReferences } from './parse-assessment-references.ts';
import { fail, succeed, type Result } from '../diagnostics/result.ts';

/**
 * An assessment from YAML or JSON text, checked against a framework: shape, then every reference.
 * Never throws for bad input.
 *
 * @example
 * const result = parseAssessment({ path: 'ana.yaml', text }, framework);
 * const report = result.ok ? assess(framework, result.value) : result;
 * if (report.ok) console.log(report.value.readiness.headline);
 */
export function parseAssessment(source: SourceFile, framework: Framework): Result<ValidatedAssessment> {
	const { parsed, problems } = parseSource(source);
	if (problems.length > 0) return fail(problems);
	return checkInput(parsed, framework);
}

/**
 * An assessment as data (a row from the host's database, an HTTP body), checked the same way as a
 * file. Problems are located by data path (`path`, no line or column) with wording for data, under
 * `name`; `date` may be a `Date`, and `meta` carries the host's own fields through to reports. With
 * `source`, the JSON text the data was parsed from, problems are located in that text instead.
 *
 * @example
 * const row = { ...assessment, date: new Date(), meta: { assessmentId: 'a-42' } }; // from a database
 * const result = validateAssessment(row, framework, 'assessment a-42');
 * if (!result.ok) for (const problem of result.problems) console.log(problem.path, problem.code);
 * const fromLine = validateAssessment(JSON.parse(line), framework, 'line 3', line);
 */
export function validateAssessment(data: unknown, framework: Framework, name = 'assessment', source?: string): Result<ValidatedAssessment> {
	if (source !== undefined) {
		const valid = checkAssessmentData(data, framework);
		// JSON.parse keeps the last of two equal keys where the text path refuses them: the text decides.
		return valid && sameKeys(source, data) ? succeed(valid as ValidatedAssessment) : parseAssessment({ path: name, text: source }, framework);
	}
	try {
		return checkInput(dataSource(name, data), framework);
	} catch (error) {
		// A getter that throws, a revoked proxy, a cycle deeper than the stack: nothing more can be read.
		const reason = error instanceof Error ? error.message.split('\n')[0]! : String(error);
		const problem = createProblem(
			'WRONG_TYPE',
			{ field: '(top level)', expected: 'plain-data', received: 'unreadable', value: reason },
			{ file: { path: name, text: '' }, path: [] },
		);
		return fail([problem]);
	}
}

/**
 * Format, shape and references of parsed input, text or data; references are checked even when the
 * shape fails. Not public: `shapeByHand: false` skips the hand-checked shape (fast-shape.ts), so the
 * tests can hold the fast path's answers equal to the full pipeline's.
 */
export function checkInput(source: Locatable, framework: Framework, shapeByHand = true): Result<ValidatedAssessment> {
	const reporter = new Reporter();
	const kind = readFormat(source, reporter, 'assessment');
	if (kind && kind !== 'assessment') {
		reporter.report(source, 'FORMAT_NOT_EXPECTED', ['format'], {
			expected: ['assessment'],
			format: String((source.data as { format: unknown }).format),
		});
	}
	if (kind !== 'assessment') return fail(reporter.problems);
	const quick = quickCheck(source, framework, shapeByHand);
	if (quick.done) return quick.result;
	const checked = checkSchema(AssessmentSchema, source, quick.shape);
	// One bad address must not hide an unknown competency: check what can be read.
	const references = readReferences(source.data);
	if (references) checkAssessment(reporter, { source, value: references }, framework);
	return fail([...checked.problems, ...reporter.problems]);
}

/**
 * An assessment from the bytes or text of one input (a file's content, one line of a batch), checked
 * exactly as a file holding it: the size bound (FILE_TOO_LARGE), strict UTF-8 (FILE_NOT_TEXT, never a
 * U+FFFD in place of a bad byte), duplicate keys (YAML_DUPLICATE_KEY), then the schema and rules, with
 * every problem located in that text. JSON that is valid as it stands takes a quicker path with the
 * same answer; anything else goes the file's way.
 *
 * @example
 * const result = parseAssessmentInput(`line ${n}`, lineBytes, framework);
 */
export function parseAssessmentInput(name: string, input: string | Uint8Array, framework: Framework): Result<ValidatedAssessment> {
	let text: string;
	if (typeof input === 'string') text = input;
	else {
		const decoded = decodeSource(name, input);
		if (decoded.problems.length > 0) return fail(decoded.problems);
		text = decoded.file.text;
	}
	const quick = quickJson(text, framework);
	return quick ? succeed(quick as ValidatedAssessment) : parseAssessment({ path: name, text }, framework);
}

/** The assessment in `text` when it is JSON that passes every check as it stands; otherwise undefined. */
function quickJson(text: string, framework: Framework): Assessment | undefined {
	// A byte-order mark, YAML, or text too large for the bound: the file's path says what to say.
	if (text.charCodeAt(0) !== 0x7b || (text.length * 3 > MAX_SOURCE_BYTES && new TextEncoder().encode(text).length > MAX_SOURCE_BYTES)) return undefined;
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch {
		return undefined;
	}
	return sameKeys(text, data) ? checkAssessmentData(data, framework) : undefined;
}

/**
 * True when the JSON text has as many object keys as the data parsed from it: JSON.parse keeps the
 * last of two equal keys in one object (the second `ratings` won), where a file refuses them. One
 * pass over the text, jumping from quote to quote.
 */
function sameKeys(text: string, data: unknown): boolean {
	let inText = 0;
	for (let open = text.indexOf('"'); open !== -1; ) {
		let close = text.indexOf('"', open + 1);
		// A quote after an odd number of backslashes is part of the string.
		for (;;) {
			if (close === -1) break;
			let backslashes = 0;
			while (text.charCodeAt(close - 1 - backslashes) === 0x5c) backslashes++;
			if (backslashes % 2 === 0) break;
			close = text.indexOf('"', close + 1);
		}
		if (close === -1) break;
		let next = close + 1;
		let c = text.charCodeAt(next);
		// JSON's white space: space, tab, LF, CR.
		while (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d) c = text.charCodeAt(++next);
		if (c === 0x3a) inText++;
		open = text.indexOf('"', next);
	}
	// Without recursion: JSON may nest deeper than the stack.
	let inData = 0;
	const stack: unknown[] = [data];
	while (stack.length > 0) {
		const value = stack.pop();
		if (value === null || typeof value !== 'object') continue;
		if (Array.isArray(value)) for (const item of value) stack.push(item);
		else {
			const keys = Object.keys(value);
			inData += keys.length;
			for (const key of keys) stack.push((value as Record<string, unknown>)[key]);
		}
	}
	return inText === inData;
}
