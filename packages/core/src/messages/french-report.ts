import type { Catalog } from './catalog.ts';
import type { ReportCode } from './english-report.ts';
import { frenchBlockers, frenchHeadlines, frenchRuleDescriptions } from './french-readiness.ts';
import { frenchBumpReason, frenchUi } from './french-ui.ts';

/**
 * The French of reports (readiness, bump reasons, the gap report's and calibration's words), without
 * any problem's: what a page that renders gap reports needs at start. Typed on the English report
 * codes: a code added there fails to compile until it has its French.
 */
export const frenchReport: Catalog<ReportCode> = /* @__PURE__ */ Object.freeze({
	...frenchBlockers,
	...frenchHeadlines,
	...frenchRuleDescriptions,
	...frenchUi,
	...frenchBumpReason,
});
