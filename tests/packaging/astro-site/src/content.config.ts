import { defineCollection } from 'astro:content';
import { assessmentsLoader, matricesLoader } from '@rungs/core/astro';

export const collections = {
	ladders: defineCollection({ loader: matricesLoader({ dir: './ladders' }) }),
	examples: defineCollection({ loader: assessmentsLoader({ dir: './ladders/examples', matrices: './ladders' }) }),
};
