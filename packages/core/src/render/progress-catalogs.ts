import type { Catalog } from '../messages/catalog.ts';
import { englishReport, type ReportCode } from '../messages/english-report.ts';
import { englishProgress, type ProgressParams } from '../messages/english-progress.ts';

/** The codes progress over time and a growth plan word: the core ones and their own. */
export type ProgressCode = ReportCode | keyof ProgressParams;

/** What the progress and growth-plan renderers fall back to: the report words in English and their own. */
export const PROGRESS_ENGLISH: Catalog<ProgressCode> = /* @__PURE__ */ Object.freeze({ ...englishReport, ...englishProgress });

