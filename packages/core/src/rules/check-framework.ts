import { unknownIdParams } from '../diagnostics/describe-path.ts';
import type { FrameworkFile } from '../schema/framework.ts';
import type { ReadinessRule } from '../schema/readiness-rule.ts';
import type { DataPath } from '../diagnostics/problem.ts';
import type { ParsedSource } from '../source/parse-yaml.ts';
import { checkUniqueIds, type Checked, type Reporter } from '../source/reporter.ts';
import { bandPatternProblem } from './band-pattern.ts';

/** The scale and categories are well formed, the default readiness rule names real ratings, and the band pattern is safe to run. */
export function checkFrameworkFile(reporter: Reporter, { source, value }: Checked<FrameworkFile>, ladderIds?: ReadonlySet<string>): void {
	if (value.ladders && ladderIds) {
		value.ladders.forEach((id, index) => {
			if (!ladderIds.has(id)) reporter.report(source, 'UNKNOWN_LADDER', ['ladders', index], { id, ...unknownIdParams(id, ladderIds) });
		});
	}
	const scaleIds = checkUniqueIds(reporter, source, value.scale.values, (i) => ['scale', 'values', i, 'id'], 'scale value');
	if (!scaleIds.has(value.scale.meets)) {
		reporter.report(source, 'UNKNOWN_SCALE_VALUE', ['scale', 'meets'], { id: value.scale.meets, ...unknownIdParams(value.scale.meets, scaleIds) });
	}
	checkUniqueIds(reporter, source, value.categories, (i) => ['categories', i, 'id'], 'category');
	checkReadinessRule(reporter, source, value.readiness, ['readiness'], scaleIds);
	if (value.bandPattern !== undefined) {
		const reason = bandPatternProblem(value.bandPattern);
		if (reason) reporter.report(source, 'BAND_PATTERN_INVALID', ['bandPattern'], { pattern: value.bandPattern, reason });
	}
}

/** A readiness rule's floor and points refer to values of the scale. */
export function checkReadinessRule(
	reporter: Reporter,
	source: ParsedSource,
	rule: ReadinessRule,
	path: DataPath,
	scaleIds: ReadonlySet<string>,
): void {
	if (rule.rule === 'n-of-m' && rule.floor !== undefined && !scaleIds.has(rule.floor)) {
		reporter.report(source, 'UNKNOWN_SCALE_VALUE', [...path, 'floor'], { id: rule.floor, ...unknownIdParams(rule.floor, scaleIds) });
	}
	if (rule.rule === 'weighted-points' && rule.points) {
		for (const id of Object.keys(rule.points)) {
			if (!scaleIds.has(id)) reporter.report(source, 'UNKNOWN_SCALE_VALUE', [...path, 'points', id], { id, ...unknownIdParams(id, scaleIds) }, 'key');
		}
	}
}
