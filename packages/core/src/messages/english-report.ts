import type { Catalog } from './catalog.ts';
import type { BlockerParams, HeadlineParams, RuleDescriptionParams } from './readiness-params.ts';
import type { UiParams } from './ui-english.ts';
import { englishBlockers, englishHeadlines, englishRuleDescriptions } from './readiness-english.ts';
import { englishUi } from './ui-english.ts';
import { englishBumpReason } from './diff-english.ts';

/** The codes of a report's words: readiness, bump reasons and the gap report's and calibration's words. */
export type ReportCode = keyof BlockerParams | keyof HeadlineParams | keyof RuleDescriptionParams | keyof UiParams | 'diff.reason';

/**
 * The English words every renderer falls back to: readiness headlines, rules and blockers, a diff's
 * bump reasons (what results carry as data) and the words of gap reports and calibrations. Problems
 * are not among them: a problem carries its English words from the start (see createProblem), and
 * their catalog (englishProblems) loads with the code that checks, not with a page that renders.
 */
export const englishReport: Catalog<ReportCode> = /* @__PURE__ */ Object.freeze({
	...englishBlockers,
	...englishHeadlines,
	...englishRuleDescriptions,
	...englishUi,
	...englishBumpReason,
});
