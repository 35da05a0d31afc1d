import type { Catalog } from './catalog.ts';
import { englishProblems, type ProblemWordCode } from './english-problems.ts';
import { englishReport, type ReportCode } from './english-report.ts';

/** The codes of the core catalog: problems, readiness, bump reasons and the gap report's words. */
export type CoreCode = ProblemWordCode | ReportCode;

/**
 * The English of problems and of reports together: what a team summary, an email or a diff add
 * their own words to (they word problems too). A renderer of gap reports falls back to the report
 * words alone (englishReport), so a page that renders reports bundles no problem's words.
 */
export const englishCore: Catalog<CoreCode> = /* @__PURE__ */ Object.freeze({ ...englishProblems, ...englishReport });
