import type { Catalog } from './catalog.ts';
import type { BlockerParams, HeadlineParams, RuleDescriptionParams } from './readiness-params.ts';
import type { UiParams } from './ui-english.ts';
import { englishProblems, type ProblemWordCode } from './english-problems.ts';
import { englishBlockers, englishHeadlines, englishRuleDescriptions } from './readiness-english.ts';
import { englishUi } from './ui-english.ts';
import { englishBumpReason } from './diff-english.ts';

/** The codes of the core catalog: problems, readiness, bump reasons and the gap report's words. */
export type CoreCode = ProblemWordCode | keyof BlockerParams | keyof HeadlineParams | keyof RuleDescriptionParams | keyof UiParams | 'diff.reason';

/**
 * The English words every renderer and formatter falls back to: problems and hints, readiness
 * headlines, rules and blockers, a diff's bump reasons (what results carry as data) and the words
 * of gap reports and calibrations. A team summary, an email, a diff or an imported ladder add their
 * own words to these; a page that shows only gap reports and problems bundles only these.
 */
export const englishCore: Catalog<CoreCode> = /* @__PURE__ */ Object.freeze({
	...englishProblems,
	...englishBlockers,
	...englishHeadlines,
	...englishRuleDescriptions,
	...englishUi,
	...englishBumpReason,
});

