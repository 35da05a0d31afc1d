import type { Language } from './arguments.ts';

const DESCRIPTION: Record<Language, string> = {
	en: 'Our career ladders: what each level expects, and how to grow.',
	fr: 'Nos échelles de carrière : ce que chaque niveau attend, et comment progresser.',
};

/**
 * The new repository's astro.config.mjs: the site is the `@rungs/astro` integration, told where
 * the ladders are. SITE_URL and BASE_PATH are set by the Pages workflow (the site's address and
 * the folder it is served from); locally the site is served at the root.
 */
export function siteConfig(choices: { readonly title: string; readonly lang: Language }): string {
	const text = JSON.stringify;
	return `// @ts-check
// The site: every ladder, level and competency in matrices/, the example assessments and a private
// self-assessment page, built by the Rungs integration for Astro.
import rungs from '@rungs/astro';
import { defineConfig } from 'astro/config';

export default defineConfig({
	// Where the site is published; the Site workflow sets both for GitHub Pages.
	site: process.env.SITE_URL || 'http://localhost:4321',
	base: process.env.BASE_PATH || '/',
	integrations: [
		rungs({
			matrices: './matrices',
			title: ${text(choices.title)},
			description: ${text(DESCRIPTION[choices.lang])},
		}),
	],
});
`;
}
