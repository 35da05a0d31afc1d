import { frenchReport } from '../messages/french-report.ts';
import { frenchProgress } from '../messages/french-progress.ts';
import type { LocaleCatalogs } from './locales.ts';
import { PROGRESS_ENGLISH, type ProgressCode } from './progress-catalogs.ts';

/**
 * The words of progress and growth plans in every language Rungs speaks, for `{ locale }` (a gap
 * report with those sections uses them too). A module of its own: a page that renders progress with
 * its own catalog does not bundle the French.
 */
export const PROGRESS_CATALOGS: LocaleCatalogs<ProgressCode> = {
	en: PROGRESS_ENGLISH,
	fr: /* @__PURE__ */ Object.freeze({ ...frenchReport, ...frenchProgress }),
};
