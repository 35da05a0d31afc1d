import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { apiPageId } from '../rehype-api-reference.mjs';

// The ladders and example assessments do not go through the content layer: src/lib/data.ts reads them
// once per build (the data store would serialise, bundle and parse back every ladder, several times
// over for a large organisation).
export const collections = {
	// The API reference of @rungs/core, generated from its JSDoc (`pnpm api`) and shipped in the package.
	api: defineCollection({ loader: glob({ pattern: '*.md', base: '../packages/core/docs/api', generateId: ({ entry }) => apiPageId(entry) }) }),
};
