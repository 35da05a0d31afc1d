import type { Messages } from './catalog.ts';
import { frenchFileProblems } from './french-files.ts';
import { frenchContentProblems } from './french-content.ts';
import { frenchDataProblems } from './french-data.ts';
import { frenchBlockers, frenchHeadlines, frenchRuleDescriptions } from './french-readiness.ts';
import { frenchDiff, frenchUi } from './french-ui.ts';
import { frenchImport, frenchImportProblems } from './french-import.ts';
import { frenchTeam } from './french-team.ts';
import { frenchEmail } from './french-email.ts';
import { frenchTranslationProblems } from './french-translation.ts';
import { frenchProgressProblems } from './french-progress-problems.ts';
import { frenchProgress } from './french-progress.ts';

/**
 * Rungs' catalog in French: every problem and hint, readiness headline, rule and blocker, and every
 * word of the reports and the ladder diff, as a French head of support would write them
 * (vouvoiement, French spacing and numbers, dates in words). Typed as a whole `Messages`: a code
 * added to the English catalog fails to compile until it has its French.
 *
 * @example
 * renderGapReport(report, 'html', { messages: frenchMessages }); // <html lang="fr">… Rapport d’écarts
 */
export const frenchMessages: Messages = Object.freeze({
	...frenchFileProblems,
	...frenchContentProblems,
	...frenchDataProblems,
	...frenchBlockers,
	...frenchHeadlines,
	...frenchRuleDescriptions,
	...frenchUi,
	...frenchDiff,
	...frenchImportProblems,
	...frenchTranslationProblems,
	...frenchImport,
	...frenchTeam,
	...frenchEmail,
	...frenchProgressProblems,
	...frenchProgress,
});
