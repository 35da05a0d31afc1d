import { defineCollection } from 'astro:content';
import { assessmentsLoader, laddersLoader } from '@rungs/core/astro';

export const collections = {
	ladders: defineCollection({ loader: laddersLoader({ dir: './ladders' }) }),
	examples: defineCollection({ loader: assessmentsLoader({ dir: './ladders/examples', ladders: './ladders' }) }),
};
