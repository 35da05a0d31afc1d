import type { Messages } from './catalog.ts';
import { frenchCore } from './french-core.ts';
import { frenchDiff } from './french-ui.ts';
import { frenchImport } from './french-import.ts';
import { frenchTeam } from './french-team.ts';
import { frenchEmail } from './french-email.ts';
import { frenchPaths } from './french-paths.ts';
import { frenchMigrate } from './french-migrate.ts';
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
export const frenchMessages: Messages = /* @__PURE__ */ Object.freeze({
	...frenchCore,
	...frenchDiff,
	...frenchImport,
	...frenchTeam,
	...frenchEmail,
	...frenchPaths,
	...frenchMigrate,
	...frenchProgress,
});
