// Constants a browser page needs on its first paint, in a module that imports nothing: a page that
// reads one of them must not pull zod or the YAML parser into its initial bundle (the budget is
// 35 KB gzip; importing them from their schema or parser modules cost 70 KB).

/** Files larger than this are refused before parsing. */
export const MAX_SOURCE_BYTES = 512 * 1024;

/** The `format:` of an assessment file. */
export const ASSESSMENT_FORMAT = 'rungs/assessment@1';
