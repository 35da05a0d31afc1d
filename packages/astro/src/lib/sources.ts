import config from 'virtual:rungs/config';

/*
 * Where the site's ladders and examples come from: the folders given to `rungs({ matrices, examples })`,
 * resolved from the site's folder when Astro started (how problems name them: relative to where the
 * build runs).
 */

/** The folder of ladders, and how problems name it. */
export const matricesDir = (): { path: string; shown: string } => config.matrices;

/** The folder of example assessments, checked against those ladders, or undefined when the site has none. */
export const examplesDir = (): string | undefined => (config.examples ? config.examples.shown : undefined);
