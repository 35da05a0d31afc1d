import type { SourceFile } from '../diagnostics/problem.ts';
import { succeed, type Result } from '../diagnostics/result.ts';
import type { Framework } from '../model/framework.ts';
import { sharedWithIds } from '../model/statement-ids.ts';
import { parseFramework } from '../pipeline/parse-framework.ts';
import { FrameworkFileSchema } from '../schema/framework.ts';
import { SharedCompetenciesFileSchema } from '../schema/shared-competencies.ts';
import { checkSchema } from '../shape/check-schema.ts';
import { parseSource } from '../source/parse-yaml.ts';
import { readFormat } from '../source/read-format.ts';
import { Reporter } from '../source/reporter.ts';

/** What an import needs of a framework: its categories, its shared competencies, and the ladders it has (for their ids). */
export type ImportFramework = Pick<Framework, 'categories' | 'shared' | 'ladders'>;

/**
 * The framework a ladder is imported into, from the files of its folder: the loaded framework, or,
 * for the first ladder of a new organisation (a folder with a framework.yaml and no ladder yet),
 * its categories and shared competencies, checked as a load checks them (a band of a shared
 * competency that no ladder has is no problem yet). Any other problem fails.
 *
 * @example
 * const into = importFramework([{ path: 'framework.yaml', text: frameworkText }]); // no ladder yet
 * const first = into.ok ? importLadder(into.value, ladderToCsv(framework, ladder), { file: 'first-ladder.csv' }) : into;
 */
export function importFramework(sources: readonly SourceFile[]): Result<ImportFramework> {
	const loaded = parseFramework(sources);
	if (loaded.ok) return loaded;
	// With no ladder yet, none has a level in the bands the shared competencies are written for.
	if (loaded.problems.some((p) => p.severity === 'error' && p.code !== 'NO_LADDERS' && p.code !== 'UNKNOWN_BAND')) return loaded;
	// Every other check passed: the files' shapes are known good, so reading them again cannot fail.
	const reporter = new Reporter();
	let categories: ImportFramework['categories'] = [];
	let shared: ImportFramework['shared'] = [];
	for (const file of sources) {
		const { parsed, problems: yamlProblems } = parseSource(file);
		if (yamlProblems.length > 0) continue;
		const kind = readFormat(parsed, reporter);
		if (kind === 'framework') {
			const checked = checkSchema(FrameworkFileSchema, parsed);
			if (checked.value) categories = checked.value.categories;
		} else if (kind === 'shared-competencies') {
			const checked = checkSchema(SharedCompetenciesFileSchema, parsed);
			// Statements as the pipeline sees them: plain strings with their derived ids.
			if (checked.value) shared = sharedWithIds(checked.value).competencies;
		}
	}
	return succeed({ categories, shared, ladders: [] }, loaded.problems.filter((p) => p.severity === 'warning'));
}
