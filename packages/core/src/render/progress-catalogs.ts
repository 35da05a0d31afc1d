import type { Catalog } from '../messages/catalog.ts';
import { englishReport, type ReportCode } from '../messages/english-report.ts';
import { englishProgress, type ProgressParams } from '../messages/english-progress.ts';
import { frenchReport } from '../messages/french-report.ts';
import { frenchProgress } from '../messages/french-progress.ts';
import type { LocaleCatalogs } from './locales.ts';

/** The codes progress over time and a growth plan word: the core ones and their own. */
export type ProgressCode = ReportCode | keyof ProgressParams;

/** What the progress and growth-plan renderers fall back to: the report words in English and their own. */
export const PROGRESS_ENGLISH: Catalog<ProgressCode> = /* @__PURE__ */ Object.freeze({ ...englishReport, ...englishProgress });

/** The same in every language Rungs speaks, for `{ locale }` (a gap report with those sections uses them too). */
export const PROGRESS_CATALOGS: LocaleCatalogs<ProgressCode> = {
	en: PROGRESS_ENGLISH,
	fr: /* @__PURE__ */ Object.freeze({ ...frenchReport, ...frenchProgress }),
};
