import type { Catalog } from './catalog.ts';
import type { CoreCode } from './english-core.ts';
import { frenchFileProblems } from './french-files.ts';
import { frenchContentProblems } from './french-content.ts';
import { frenchDataProblems } from './french-data.ts';
import { frenchImportProblems } from './french-import.ts';
import { frenchTranslationProblems } from './french-translation.ts';
import { frenchProgressProblems } from './french-progress-problems.ts';
import { frenchBlockers, frenchHeadlines, frenchRuleDescriptions } from './french-readiness.ts';
import { frenchBumpReason, frenchUi } from './french-ui.ts';

/**
 * The French of the core catalog (problems and hints, readiness, bump reasons, the gap report's
 * words): what a gap report or a list of problems needs in French, without a team summary's, an
 * email's, a diff's or an import's words. Typed on the English core's codes: a code added there
 * fails to compile until it has its French.
 */
export const frenchCore: Catalog<CoreCode> = /* @__PURE__ */ Object.freeze({
	...frenchFileProblems,
	...frenchContentProblems,
	...frenchDataProblems,
	...frenchImportProblems,
	...frenchTranslationProblems,
	...frenchProgressProblems,
	...frenchBlockers,
	...frenchHeadlines,
	...frenchRuleDescriptions,
	...frenchUi,
	...frenchBumpReason,
});
