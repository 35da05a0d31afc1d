import type { Messages } from './catalog.ts';
import { englishCore } from './english-core.ts';
import { englishDiff } from './diff-english.ts';
import { englishImport } from './import-english.ts';
import { englishTeam } from './team-english.ts';
import { englishEmail } from './email-english.ts';
import { englishPaths } from './paths-english.ts';
import { englishMigrate } from './migrate-english.ts';
import { englishProgress } from './english-progress.ts';

/**
 * Rungs' built-in catalog, in English: every code. Spread it to start a translation:
 * `{ ...englishMessages, 'gap.readiness': () => 'Bereitschaft' }`.
 */
export const englishMessages: Messages = /* @__PURE__ */ Object.freeze({
	...englishCore,
	...englishDiff,
	...englishImport,
	...englishTeam,
	...englishEmail,
	...englishPaths,
	...englishMigrate,
	...englishProgress,
});
