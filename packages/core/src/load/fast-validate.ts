import type { Framework } from '../model.ts';
import { findHostileData } from '../parse/check-schema.ts';
import type { ParsedSource } from '../parse/parse-yaml.ts';
import { checkAssessment } from '../rules/check-assessment.ts';
import { Reporter } from '../rules/reporter.ts';
import { AssessmentSchema, type Assessment } from '../schema/assessment.ts';

/** Counts what the rules would report, without locating it: locating needs the text, parsed again. */
class CountingReporter extends Reporter {
	count = 0;
	override report(): void {
		this.count++;
	}
}

/**
 * The fast path for data that is probably valid (a batch from an HR system): check the shape and
 * the references on the plain data; only when something is wrong is the text parsed to locate it.
 */
export function checkAssessmentData(data: unknown, framework: Framework): Assessment | undefined {
	try {
		const shape = AssessmentSchema.safeParse(data);
		// zod drops a `__proto__` key silently and accepts ids that the text path refuses.
		if (!shape.success || findHostileData(AssessmentSchema, data).length > 0) return undefined;
		const reporter = new CountingReporter();
		checkAssessment(reporter, { source: undefined as unknown as ParsedSource, value: shape.data }, framework);
		return reporter.count === 0 ? shape.data : undefined;
	} catch {
		// Not JSON data (a getter that throws, a proxy): the slow path says what it can.
		return undefined;
	}
}

