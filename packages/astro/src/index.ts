import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';
import { passthroughImageService } from 'astro/config';
import { existsSync, renameSync, rmdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkOptions } from './integration/check-options.ts';
import { OVERRIDABLE_COMPONENTS, type RungsOptions } from './integration/options.ts';
import { quietZodComments } from './integration/rollup-warnings.ts';
import { notFoundFiles, rungsRoutes, translatedPatterns } from './integration/routes.ts';
import { guideFiles, siteConfig } from './integration/site-config.ts';
import { virtualModules } from './integration/virtual-modules.ts';
import { untranslatedInterface } from './integration/language-support.ts';

export type { RungsOptions } from './integration/options.ts';
export type { RungsConfig } from './integration/site-config.ts';
export { RungsOptionsError } from './integration/check-options.ts';

/**
 * The sitemap's alternates on a site in several languages: each page listed with its translations
 * (the sitemap's keys are the address prefixes; the root language's pages have none).
 */
function sitemapLanguages(locales: Record<string, { lang: string }>): Parameters<typeof sitemap>[0] {
	const others = Object.entries(locales).filter(([key]) => key !== 'root');
	const root = locales.root?.lang ?? 'en';
	if (others.length === 0 || others.some(([key]) => key === root)) return {};
	return { i18n: { defaultLocale: root, locales: { [root]: root, ...Object.fromEntries(others.map(([key, locale]) => [key, locale.lang])) } } };
}

/**
 * The Rungs site as an Astro integration: every page of a folder of career ladders (ladders, levels,
 * competencies, changes, career paths, example reports, the self-assessment, guides, schemas), from
 * `rungs({ matrices: './matrices', title: 'Our ladders' })` in astro.config.
 *
 * Options are checked here, when the configuration is read, so a wrong one stops the build with a
 * sentence naming it rather than a failure somewhere inside a page.
 */
export default function rungs(options: RungsOptions): AstroIntegration {
	const checked = checkOptions(options);
	return {
		name: '@rungs/astro',
		hooks: {
			// Each locale's 404 page where static hosts look for it (see notFoundFiles).
			'astro:build:done': ({ dir }) => {
				const out = fileURLToPath(dir);
				for (const { from, to } of notFoundFiles(Object.keys(checked.locales ?? {}))) {
					if (!existsSync(join(out, from))) continue;
					renameSync(join(out, from), join(out, to));
					rmdirSync(dirname(join(out, from)));
				}
			},
			'astro:config:setup': ({ addMiddleware, config, injectRoute, logger, updateConfig }) => {
				// A locale in a language the package has no interface text for still builds, in English around its ladders: said once.
				for (const warning of untranslatedInterface(checked.locales ?? {})) logger.warn(warning);
				const root = fileURLToPath(config.root);
				const guides = guideFiles(root, checked.guides, Object.keys(checked.locales ?? {}));
				const site = siteConfig(checked, root, guides);
				// The site's own public/favicon.svg wins over the package's.
				const favicon = !existsSync(join(fileURLToPath(config.publicDir), 'favicon.svg'));
				const routes = rungsRoutes({ examples: site.examples !== false, guides: site.guides, favicon, locales: Object.keys(site.locales) });
				for (const route of routes) injectRoute(route);
				site.translatedPages = translatedPatterns(routes, Object.keys(site.locales));
				// Each page renders in the language of its address (see src/middleware.ts).
				addMiddleware({ entrypoint: '@rungs/astro/middleware', order: 'pre' });
				const components = Object.fromEntries(OVERRIDABLE_COMPONENTS.map((name) => [name, checked.components[name] ?? `@rungs/astro/components/${name}.astro`]));

				// Markdown guides need MDX, and every page belongs in the sitemap: added unless the site already has them.
				const added: AstroIntegration[] = [];
				if (!config.integrations.some((i) => i.name === '@astrojs/mdx')) added.push(mdx());
				if (!config.integrations.some((i) => i.name === '@astrojs/sitemap')) added.push(sitemap(sitemapLanguages(site.locales)));
				config.integrations.splice(config.integrations.findIndex((i) => i.name === '@rungs/astro') + 1, 0, ...added);

				updateConfig({
					// Every page links its own folder (`/ladders/x/`), so a static host serves each without a redirect.
					trailingSlash: 'always',
					build: {
						format: 'directory',
						// External stylesheets only, so the Content-Security-Policy needs no 'unsafe-inline' for styles.
						inlineStylesheets: 'never',
					},
					// Syntax highlighting writes inline styles, which the Content-Security-Policy refuses.
					markdown: { syntaxHighlight: false },
					// The pages have no raster images to optimise: nothing needs sharp.
					image: { service: passthroughImageService() },
					vite: {
						// Nothing inlined as a data: address: every asset is a file the policy allows as 'self'.
						build: {
							assetsInlineLimit: 0,
							// Keeps a handler the site has, without zod's warnings about its comments.
							rollupOptions: { onwarn: quietZodComments(config.vite?.build?.rollupOptions?.onwarn as Parameters<typeof quietZodComments>[0]) },
						},
						plugins: [
							virtualModules({
								config: site,
								guides,
								...(checked.logo && { logo: resolve(root, checked.logo.src) }),
								components,
								root,
							}),
						],
					},
				});
			},
		},
	};
}
