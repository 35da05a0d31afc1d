import { defineMiddleware } from 'astro:middleware';
import { localeOfPath, rootOnlyTarget, withLocale } from './lib/page-locale.ts';

/**
 * Renders every page of a locale other than the root inside that locale (from its address: `/fr/…`
 * is French), so the components and helpers of one route file write the page in the language it is
 * published in; outside any, a page is the root's. The body is read
 * inside that locale too, so a page streamed lazily still renders in it; on a page of another
 * locale than the root, a link to one of the site's own pages (published in the root language only)
 * is pointed there.
 */
export const onRequest = defineMiddleware((context, next) => {
	const locale = localeOfPath(context.url.pathname);
	// A page of the root locale needs none of it: outside `withLocale` the locale is `root` already,
	// and its links are left as they are. Passing it straight through spares every such page a copy
	// of its HTML into a second Response, and a site in one language never turns on the async context
	// tracking, whose hooks then ran on every promise of the build (#20: the cost of each added page).
	if (locale === 'root') return next();
	return withLocale(locale, async () => {
		const response = await next();
		if (!(response.headers.get('content-type') ?? '').startsWith('text/html')) return response;
		let html = await response.text();
		if (locale !== 'root')
			html = html.replace(/\shref="([^"]*)"/g, (whole, value: string) => {
				const cut = value.search(/[#?]/);
				const [path, suffix] = cut < 0 ? [value, ''] : [value.slice(0, cut), value.slice(cut)];
				// Only addresses inside the site: an absolute address (`https:`, `mailto:`) is left as it is.
				if (path.includes(':')) return whole;
				const target = rootOnlyTarget(new URL(path, context.url).pathname);
				return target === undefined ? whole : ` href="${target}${suffix}"`;
			});
		return new Response(html, { status: response.status, statusText: response.statusText, headers: response.headers });
	});
});
