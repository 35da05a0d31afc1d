import type { Catalog } from '../messages/catalog.ts';
import { englishCore, type CoreCode } from '../messages/english-core.ts';
import { englishProgress, type ProgressParams } from '../messages/english-progress.ts';

/** The codes progress over time and a growth plan word: the core ones and their own. */
export type ProgressCode = CoreCode | keyof ProgressParams;

/** What the progress and growth-plan renderers fall back to: the core English and their own words. */
export const PROGRESS_ENGLISH: Catalog<ProgressCode> = /* @__PURE__ */ Object.freeze({ ...englishCore, ...englishProgress });
