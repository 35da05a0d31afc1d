// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig, passthroughImageService } from 'astro/config';
import { rehypeApiReference } from './rehype-api-reference.mjs';

// Workspace packages are read from source through this export condition (see packages/core/package.json).
const source = '@rungs/source';

export default defineConfig({
	// The address the site is published at; the GitHub Pages workflow sets both.
	site: process.env.RUNGS_SITE_URL ?? 'http://127.0.0.1:4321',
	base: process.env.RUNGS_BASE_PATH ?? '/',
	trailingSlash: 'always',
	// Syntax highlighting writes inline styles, which the Content-Security-Policy refuses.
	markdown: { syntaxHighlight: false, rehypePlugins: [rehypeApiReference] },
	integrations: [mdx(), sitemap()],
	// No raster images: nothing needs sharp.
	image: { service: passthroughImageService() },
	// External stylesheets and scripts only, so the Content-Security-Policy needs no 'unsafe-inline'.
	build: { inlineStylesheets: 'never', format: 'directory' },
	devToolbar: { enabled: false },
	vite: {
		resolve: { conditions: [source, 'module', 'browser', 'development|production'] },
		ssr: { resolve: { conditions: [source, 'module', 'node', 'development|production'] } },
		build: {
			assetsInlineLimit: 0,
			rollupOptions: {
				// zod 4 writes explanatory comments next to its `@__PURE__` annotations, which Rollup warns
				// it cannot place and drops (the annotations themselves still work): four multi-line
				// warnings on every build that say nothing about this site. Only that warning, only zod's.
				onwarn(warning, warn) {
					if (warning.code === 'INVALID_ANNOTATION' && /[\\/]zod[\\/]/.test(warning.id ?? '')) return;
					warn(warning);
				},
			},
		},
	},
});
