import { defineCollection } from 'astro:content';
import { assessmentsLoader, matricesLoader } from '@rungs/core/astro';

// Matrices reach the site through the library: an invalid ladder fails the build with located errors.
export const collections = {
	ladders: defineCollection({ loader: matricesLoader({ dir: '../matrices' }) }),
	examples: defineCollection({ loader: assessmentsLoader({ dir: '../matrices/examples', matrices: '../matrices' }) }),
};
