// @ts-check
import rungs from '@rungs/astro';
import { defineConfig } from 'astro/config';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rehypeApiReference } from './rehype-api-reference.mjs';

// Workspace packages are read from source through this export condition (see packages/core/package.json).
const source = '@rungs/source';

// RUNGS_MATRICES_DIR builds the same site from another folder of ladders: the tests build it from
// hostile and imported ladders, the benchmark from generated organisations.
const matrices = process.env.RUNGS_MATRICES_DIR || '../matrices';
// French is published where the ladders have their French (matrices/i18n/fr/): a folder of ladders
// without it is published in English only, rather than as a French site around English ladders.
const french = existsSync(resolve(fileURLToPath(new URL('.', import.meta.url)), matrices, 'i18n', 'fr'));

export default defineConfig({
	// The address the site is published at; the GitHub Pages workflow sets both.
	site: process.env.RUNGS_SITE_URL ?? 'http://127.0.0.1:4321',
	base: process.env.RUNGS_BASE_PATH ?? '/',
	// The API reference of @rungs/core is this repository's own (src/pages/api/): its links become pages.
	markdown: { rehypePlugins: [rehypeApiReference] },
	integrations: [
		rungs({
			matrices,
			title: 'Rungs',
			// Words a reader sees are given per language; the French is used where French is published.
			description: {
				en: 'Career ladders and competency matrices for customer support, as code.',
				...(french && { fr: 'Échelles de carrière et matrices de compétences pour le support client, sous forme de code.' }),
			},
			license: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
			guides: './src/guides',
			// English at the root, French under /fr/: the ladders' French from matrices/i18n/fr/, the guides' from src/guides/fr/.
			locales: { root: { label: 'English', lang: 'en' }, ...(french && { fr: { label: 'Français', lang: 'fr' } }) },
			links: [
				{
					label: { en: 'API reference', ...(french && { fr: 'Référence de l’API' }) },
					href: 'api/',
					description: {
						en: 'Every export of @rungs/core, with its signature, what it does and an example, generated from the source.',
						...(french && { fr: 'Chaque export de @rungs/core, avec sa signature, ce qu’il fait et un exemple, générés depuis le code source.' }),
					},
				},
			],
		}),
	],
	devToolbar: { enabled: false },
	vite: {
		resolve: { conditions: [source, 'module', 'browser', 'development|production'] },
		ssr: { resolve: { conditions: [source, 'module', 'node', 'development|production'] } },
	},
});
