import type { ProblemCode, ProblemParams } from '../diagnostics/catalog.ts';
import type { IdKind } from '../messages/problem-params.ts';
import { type DataPath, type Problem } from '../diagnostics/problem.ts';
import { createProblem } from '../diagnostics/create-problem.ts';
import { spanOf, type Locatable } from '../diagnostics/locate.ts';
import type { ParsedSource } from './parse-yaml.ts';
import { resolveHouseRules, type HouseRules, type RuleName } from '../schema/house-rules.ts';

/** The problem codes that house rules report, each with the params it takes besides `rule`. */
type RuleCode = { [C in ProblemCode]: ProblemParams[C] extends { rule: RuleName } ? C : never }[ProblemCode];

/** A file's typed content together with its source, so rules can point back into the YAML. */
export interface Checked<T> {
	source: ParsedSource;
	value: T;
}

/**
 * The defaults, resolved once and frozen: a reporter is made for every assessment of a batch, and a
 * reporter given other rules is given a new object (parse-framework.ts), never this one changed.
 */
const DEFAULT_RULES: HouseRules = Object.freeze(resolveHouseRules(undefined));

/** Collects the problems that rules find, located in their files (or, for a data object, by path). */
export class Reporter {
	readonly problems: Problem[] = [];
	/** The framework's house rules; the defaults until its framework.yaml is read. */
	rules: HouseRules = DEFAULT_RULES;

	report<C extends ProblemCode>(
		source: Locatable,
		code: C,
		path: DataPath,
		params: ProblemParams[C],
		at: 'value' | 'key' = 'value',
	): void {
		this.problems.push(createProblem(code, params, { file: source.file, span: spanOf(source, path, at), path }));
	}

	/**
	 * A house rule's problem, at the severity framework.yaml gives the rule (not at all when `off`);
	 * the problem's params name the rule, so a hint can say how to turn it off.
	 */
	rule<C extends RuleCode>(source: Locatable, code: C, path: DataPath, params: ProblemParams[C], at: 'value' | 'key' = 'value'): void {
		const severity = this.rules[(params as { rule: RuleName }).rule].severity;
		if (severity === 'off') return;
		const problem = createProblem(code, params, { file: source.file, span: spanOf(source, path, at), path });
		this.problems.push({ ...problem, severity });
	}

	/** True when a rule is reported at all: a rule that is off need not even be computed. */
	isOn(rule: RuleName): boolean {
		return this.rules[rule].severity !== 'off';
	}

	/** The line a data path starts on, for "the first one is at line N" (undefined in a data object). */
	lineOf(source: Locatable, path: DataPath): number | undefined {
		return spanOf(source, path)?.line;
	}
}

/**
 * Reports every repeated id in a list; `pathOf` gives the data path of each item's id. Ids that
 * differ only in case repeat each other: pages named after them would clash on a file system that
 * ignores case (macOS, Windows). Returns the ids seen, first occurrence kept.
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
	const ids = new Set<string>();
	items.forEach((item, index) => {
		const key = item.id.toLowerCase();
		const first = firstIndex.get(key);
		if (first === undefined) {
			firstIndex.set(key, index);
			ids.add(item.id);
		} else {
			const firstId = items[first]!.id;
			reporter.report(source, 'DUPLICATE_ID', pathOf(index), {
				kind,
				id: item.id,
				...within,
				...(firstId === item.id ? {} : { firstId }),
				firstLine: reporter.lineOf(source, pathOf(first)),
			});
		}
	});
	return ids;
}
