/*
 * Every page and file the integration adds to a site, as Astro routes whose entrypoints are the
 * `.astro` and `.ts` files this package ships (package specifiers, resolved from the site).
 */

export interface RungsRoute {
	pattern: string;
	entrypoint: string;
}

const route = (pattern: string, file: string): RungsRoute => ({ pattern, entrypoint: `@rungs/astro/routes/${file}` });

/**
 * The routes of a site, leaving out the example pages when it has no examples and the guides when it
 * has none. Every page is published in the root language at the site's root and, for each other
 * locale key, under `/<key>/` from the same file (the page reads its language from its address);
 * files that are the same in every language (schemas, robots.txt, the report's stylesheet, the icon)
 * are published once, and the 404 page once per locale (a host serves the nearest folder's).
 */
export function rungsRoutes(site: { examples: boolean; guides: boolean; favicon: boolean; locales?: readonly string[] }): RungsRoute[] {
	const pages = pageRoutes(site);
	const prefixed = (site.locales ?? []).filter((key) => key !== 'root').flatMap((key) => pages.map((page) => ({ ...page, pattern: page.pattern === '/' ? `/${key}` : `/${key}${page.pattern}` })));
	return [
		...pages,
		...prefixed,
		// A 404 page per language: Astro writes `/<key>/404` as <key>/404/index.html, which the build moves to <key>/404.html.
		route('/404', '404.astro'),
		...(site.locales ?? []).filter((key) => key !== 'root').map((key) => route(`/${key}/404`, '404.astro')),
		route('/schemas/[name].schema.json', 'schemas/[name].schema.json.ts'),
		route('/robots.txt', 'robots.txt.ts'),
		route('/report.css', 'report.css.ts'),
		...(site.favicon ? [route('/favicon.svg', 'favicon.svg.ts')] : []),
	];
}

/** The patterns of the pages published in every locale, unprefixed: the root patterns that some locale also publishes (not the 404 page, which names no other). */
export function translatedPatterns(routes: readonly RungsRoute[], locales: readonly string[]): string[] {
	const others = locales.filter((key) => key !== 'root');
	const patterns = new Set(routes.map((route) => route.pattern));
	return routes.map((route) => route.pattern).filter((pattern) => pattern !== '/404').filter((pattern) => others.some((key) => patterns.has(pattern === '/' ? `/${key}` : `/${key}${pattern}`)));
}

/** The pages of one language, unprefixed. */
function pageRoutes(site: { examples: boolean; guides: boolean }): RungsRoute[] {
	return [
		route('/', 'index.astro'),
		route('/ladders', 'ladders/index.astro'),
		route('/ladders/[ladder]', 'ladders/[ladder]/index.astro'),
		route('/ladders/[ladder]/levels/[level]', 'ladders/[ladder]/levels/[level].astro'),
		route('/ladders/[ladder]/competencies/[competency]', 'ladders/[ladder]/competencies/[competency].astro'),
		route('/shared/[competency]', 'shared/[competency].astro'),
		route('/ladders/[ladder]/changes/[level]', 'ladders/[ladder]/changes/[level].astro'),
		// An index that may have nothing to show is a rest route: its getStaticPaths gives no page then.
		route('/moves/[...index]', 'moves/index.astro'),
		route('/moves/[fromLadder]/[fromLevel]/[toLadder]/[toLevel]', 'moves/[fromLadder]/[fromLevel]/[toLadder]/[toLevel].astro'),
		route('/assess', 'assess/index.astro'),
		// The ladders of the self-assessment and the team page, one file per ladder, in each language (lib/assess-ladders.ts).
		route('/assess/ladders.js', 'assess/ladders.js.ts'),
		route('/assess/ladders/[ladder].js', 'assess/ladders/[ladder].js.ts'),
		route('/team', 'team/index.astro'),
		...(site.examples
			? [route('/examples/[...index]', 'examples/index.astro'), route('/examples/[id]', 'examples/[id].astro'), route('/examples/calibration/[id]', 'examples/calibration/[id].astro')]
			: []),
		...(site.guides ? [route('/guides', 'guides/index.astro'), route('/guides/[guide]', 'guides/[guide].astro')] : []),
	];
}

/** Where Astro writes a locale's 404 page (`fr/404/index.html`), and where hosts look for it (`fr/404.html`). */
export const notFoundFiles = (locales: readonly string[]): Array<{ from: string; to: string }> =>
	locales.filter((key) => key !== 'root').map((key) => ({ from: `${key}/404/index.html`, to: `${key}/404.html` }));
