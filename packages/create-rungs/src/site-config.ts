import type { Language } from './arguments.ts';

/** The site's language, in the integration's (Starlight's) shape, when it is not English. */
const LOCALE: Partial<Record<Language, string>> = {
	fr: "\n\t\t\t// The language of the pages, for browsers, screen readers and search engines.\n\t\t\tlocales: { root: { label: 'Français', lang: 'fr' } },",
};

/**
 * The new repository's astro.config.mjs: the site is the `@rungs/astro` integration, told where
 * the ladders are. The description and the licence come from framework.yaml unless given here, so
 * there is one place to change them. SITE_URL and BASE_PATH are set by the Pages workflow (the
 * site's address and the folder it is served from); locally the site is served at the root.
 */
export function siteConfig(choices: { readonly title: string; readonly lang: Language }): string {
	return `// @ts-check
// The site: every ladder, level and competency in matrices/, the example assessments and a private
// self-assessment page, made by the Rungs integration for Astro. Its other options: description and
// license (framework.yaml's summary and licence by default), logo, guides (a folder of your own
// .md/.mdx pages), examples (false for none) and components (your own Head, Header or Footer).
import rungs from '@rungs/astro';
import { defineConfig } from 'astro/config';

export default defineConfig({
	// Where the site is published; the Site workflow sets both for GitHub Pages.
	site: process.env.SITE_URL || 'http://localhost:4321',
	base: process.env.BASE_PATH || '/',
	integrations: [
		rungs({
			matrices: './matrices',
			title: ${JSON.stringify(choices.title)},${LOCALE[choices.lang] ?? ''}
		}),
	],
});
`;
}
