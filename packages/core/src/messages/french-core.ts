import type { Catalog } from './catalog.ts';
import type { CoreCode } from './english-core.ts';
import { frenchProblems } from './french-problems.ts';
import { frenchReport } from './french-report.ts';

/**
 * The French of the core catalog (problems and hints, readiness, bump reasons, the gap report's
 * words): what a team summary, an email or a diff add their own French to. Typed on the English
 * core's codes: a code added there fails to compile until it has its French.
 */
export const frenchCore: Catalog<CoreCode> = /* @__PURE__ */ Object.freeze({ ...frenchProblems, ...frenchReport });
