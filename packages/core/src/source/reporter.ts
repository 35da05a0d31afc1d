import type { ProblemCode, ProblemParams } from '../diagnostics/catalog.ts';
import type { IdKind } from '../messages/problem-params.ts';
import { createProblem, type DataPath, type Problem } from '../diagnostics/problem.ts';
import { spanOf, type Locatable } from '../diagnostics/locate.ts';
import type { ParsedSource } from './parse-yaml.ts';

/** A file's typed content together with its source, so rules can point back into the YAML. */
export interface Checked<T> {
	source: ParsedSource;
	value: T;
}

/** Collects the problems that rules find, located in their files (or, for a data object, by path). */
export class Reporter {
	readonly problems: Problem[] = [];

	report<C extends ProblemCode>(
		source: Locatable,
		code: C,
		path: DataPath,
		params: ProblemParams[C],
		at: 'value' | 'key' = 'value',
	): void {
		this.problems.push(createProblem(code, params, { file: source.file, span: spanOf(source, path, at), path }));
	}

	/** The line a data path starts on, for "the first one is at line N" (undefined in a data object). */
	lineOf(source: Locatable, path: DataPath): number | undefined {
		return spanOf(source, path)?.line;
	}
}

/**
 * Reports every repeated id in a list; `pathOf` gives the data path of each item's id.
 * Returns the ids seen, first occurrence kept.
 */
export function checkUniqueIds(
	reporter: Reporter,
	source: ParsedSource,
	items: ReadonlyArray<{ id: string }>,
	pathOf: (index: number) => DataPath,
	kind: IdKind,
	within: Pick<ProblemParams['DUPLICATE_ID'], 'in' | 'inLevel'> = {},
): Set<string> {
	const firstIndex = new Map<string, number>();
	items.forEach((item, index) => {
		const first = firstIndex.get(item.id);
		if (first === undefined) firstIndex.set(item.id, index);
		else {
			reporter.report(source, 'DUPLICATE_ID', pathOf(index), {
				kind,
				id: item.id,
				...within,
				firstLine: reporter.lineOf(source, pathOf(first)),
			});
		}
	});
	return new Set(firstIndex.keys());
}
