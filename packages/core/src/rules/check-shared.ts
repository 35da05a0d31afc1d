import { listIds, unknownIdParams } from '../diagnostics/describe-path.ts';
import type { SharedCompetenciesFile } from '../schema/shared-competencies.ts';
import { checkStatementContent } from './check-content.ts';
import { checkUniqueIds, type Checked, type Reporter } from '../source/reporter.ts';

import { compareBands } from './band-order.ts';

/**
 * Shared competencies: unique ids, known categories, unique statement ids, bands that some ladder
 * uses, and the content rules across bands.
 */
export function checkSharedFile(
	reporter: Reporter,
	{ source, value }: Checked<SharedCompetenciesFile>,
	context: { categories: ReadonlySet<string>; bandsInUse: ReadonlySet<string> | undefined; names?: RegExp | undefined },
): void {
	checkUniqueIds(reporter, source, value.competencies, (i) => ['competencies', i, 'id'], 'shared competency');
	value.competencies.forEach((competency, index) => {
		const base = ['competencies', index] as const;
		if (!context.categories.has(competency.category)) {
			reporter.report(source, 'UNKNOWN_CATEGORY', [...base, 'category'], {
				id: competency.category,
				...unknownIdParams(competency.category, context.categories),
			});
		}
		const bands = Object.keys(competency.expectations).sort(compareBands);
		for (const band of bands) {
			if (context.bandsInUse && !context.bandsInUse.has(band)) {
				reporter.report(source, 'UNKNOWN_BAND', [...base, 'expectations', band], { id: band, ...listIds([...context.bandsInUse].sort(compareBands)) }, 'key');
			}
		}
		const all = bands.flatMap((band) => competency.expectations[band]!.map((s, i) => ({ s, path: [...base, 'expectations', band, i] })));
		checkUniqueIds(reporter, source, all.map((x) => x.s), (i) => [...all[i]!.path, 'id'], 'statement', { in: competency.id });
		checkStatementContent(
			reporter,
			source,
			competency.id,
			bands.map((band) => ({
				level: band,
				statements: competency.expectations[band]!.map((statement, i) => ({ statement, path: [...base, 'expectations', band, i] })),
				count: competency.expectations[band]!.length,
				countPath: [...base, 'expectations', band],
				explained: competency.levelNotes?.[band] !== undefined,
			})),
			context.names,
		);
		if (competency.evidenceExamples.length === 0) {
			reporter.rule(source, 'NO_EVIDENCE_EXAMPLES', [...base, 'id'], { competency: competency.id, rule: 'evidence-examples' });
		}
		if (competency.description === undefined) {
			reporter.rule(source, 'DESCRIPTION_MISSING', [...base, 'id'], { competency: competency.id, rule: 'competency-description' });
		}
	});
}
