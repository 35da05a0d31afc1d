import { hasErrors, sortProblems, type Problem } from '../diagnostics/problem.ts';
import type { Framework } from '../model/framework.ts';
import { findHostileData } from '../shape/check-schema.ts';
import { isData, type Locatable } from '../diagnostics/locate.ts';
import { checkAssessment } from '../rules/check-assessment.ts';
import { Reporter } from '../source/reporter.ts';
import { AssessmentDataSchema, AssessmentSchema, type Assessment } from '../schema/assessment.ts';
import { fastShape } from './fast-shape.ts';
import type { Result } from '../diagnostics/result.ts';
import type { ValidatedAssessment } from '../model/framework.ts';

/** The first check of data, and what the full check needs when it fails. */
export type QuickCheck =
	| { done: true; result: Result<ValidatedAssessment> }
	| { done: false; shape: ReturnType<typeof AssessmentSchema.safeParse> };

/**
 * The fast path for data that is probably valid (a batch from an HR system): the shape checked by
 * hand (fast-shape.ts; zod when that is not sure), then the references on the typed value. A warning costs only itself: problems of a data
 * object are located by path, and a text's problems in the YAML document of `source` (parsed again only then).
 * Only when the shape fails does the caller take the full path, which describes each shape problem.
 * `shapeByHand: false` asks zod alone: the full pipeline, which tests hold the fast path equal to.
 */
export function quickCheck(source: Locatable, framework: Framework, shapeByHand = true): QuickCheck {
	// A data object may hold a `Date`; text never does.
	const asData = isData(source);
	let value = shapeByHand ? fastShape(source.data, asData) : undefined;
	if (!value) {
		const shape = (asData ? AssessmentDataSchema : AssessmentSchema).safeParse(source.data);
		// zod drops a `__proto__` key silently and accepts ids that the text path refuses.
		if (!shape.success || findHostileData(AssessmentSchema, source.data).length > 0) return { done: false, shape };
		value = shape.data;
	}
	const reporter = new Reporter();
	checkAssessment(reporter, { source, value }, framework);
	const problems: Problem[] = reporter.problems.length > 1 ? sortProblems(reporter.problems) : reporter.problems;
	// A quick pass through every check: the one place data becomes a ValidatedAssessment here.
	return { done: true, result: hasErrors(problems) ? { ok: false, problems } : { ok: true, value: value as ValidatedAssessment, warnings: problems } };
}

/** Counts what the rules would report, without locating it: for text that has not been parsed as YAML. */
class CountingReporter extends Reporter {
	count = 0;
	override report(): void {
		this.count++;
	}
}

/**
 * The assessment in JSON data parsed from text when it passes every check with no problem at all,
 * else undefined: the caller then parses the text to locate what is wrong in it.
 */
export function checkAssessmentData(data: unknown, framework: Framework): Assessment | undefined {
	try {
		let value = fastShape(data, false);
		if (!value) {
			const shape = AssessmentSchema.safeParse(data);
			if (!shape.success || findHostileData(AssessmentSchema, data).length > 0) return undefined;
			value = shape.data;
		}
		const reporter = new CountingReporter();
		checkAssessment(reporter, { source: { file: { path: '', text: '' }, data }, value }, framework);
		return reporter.count === 0 ? value : undefined;
	} catch {
		// Not JSON data (a getter that throws, a proxy): the slow path says what it can.
		return undefined;
	}
}
