import { defineMiddleware } from 'astro:middleware';
import { localeOfPath, withLocale } from './lib/page-locale.ts';

/**
 * Renders every page inside its locale (from its address: `/fr/…` is French), so the components and
 * helpers of one route file write the page in the language it is published in. The body is read
 * inside that locale too, so a page streamed lazily still renders in it.
 */
export const onRequest = defineMiddleware((context, next) =>
	withLocale(localeOfPath(context.url.pathname), async () => {
		const response = await next();
		if (!(response.headers.get('content-type') ?? '').startsWith('text/html')) return response;
		return new Response(await response.text(), { status: response.status, statusText: response.statusText, headers: response.headers });
	}),
);
