import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { assessmentsLoader, matricesLoader } from '@rungs/core/astro';
import { apiPageId } from '../rehype-api-reference.mjs';

// Matrices reach the site through the library: an invalid ladder fails the build with located errors.
// RUNGS_MATRICES_DIR builds the site from another folder of ladders (its examples in `<dir>/examples`):
// the tests build it from hostile ladders to prove that their text stays text.
const matrices = process.env.RUNGS_MATRICES_DIR || '../matrices';

export const collections = {
	ladders: defineCollection({ loader: matricesLoader({ dir: matrices }) }),
	examples: defineCollection({ loader: assessmentsLoader({ dir: `${matrices}/examples`, matrices }) }),
	// The API reference of @rungs/core, generated from its JSDoc (`pnpm api`) and shipped in the package.
	api: defineCollection({ loader: glob({ pattern: '*.md', base: '../packages/core/docs/api', generateId: ({ entry }) => apiPageId(entry) }) }),
};
