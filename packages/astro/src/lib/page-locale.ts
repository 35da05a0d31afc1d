import config from 'virtual:rungs/config';
import type { Localized } from '../integration/localized-text.ts';

import { currentLocale } from './locale-context.ts';

export { currentLocale, withLocale } from './locale-context.ts';

/*
 * The site's locales, and the language of the page being rendered. Every page is published once per locale of the site
 * (`root` at the site's root, any other under `/<key>/`) from the same route files, so a page, its
 * components and the helpers they call (addresses, the framework, the interface text) need to know
 * which one they are rendering. The integration's middleware (src/middleware.ts) runs each page's
 * rendering inside `withLocale`, from the page's own address; getStaticPaths, which runs outside
 * any request, reads it from its route pattern. Outside both (a site's own page), it is `root`.
 */

/** The locale keys of the site, `root` first. */
export const LOCALE_KEYS: readonly string[] = ['root', ...Object.keys(config.locales).filter((key) => key !== 'root')];

/** Whether the site publishes more than its root language. */
export const isMultilingual = LOCALE_KEYS.length > 1;

/** The BCP 47 tag of a locale (`en` for a root left unconfigured). */
export const langOf = (locale: string): string => config.locales[locale]?.lang ?? config.locales.root?.lang ?? 'en';

/** The locale whose prefix starts an address inside the site (after its base path), or `root`. */
export function localeOfPath(pathname: string): string {
	const base = import.meta.env.BASE_URL.replace(/\/$/, '');
	const inside = pathname.startsWith(base) ? pathname.slice(base.length) : pathname;
	const first = inside.split('/').find((part) => part !== '');
	return first !== undefined && first !== 'root' && LOCALE_KEYS.includes(first) ? first : 'root';
}

/** The locale of a route pattern (`/fr/ladders/[ladder]`), as getStaticPaths receives it. */
export const localeOfRoute = (routePattern: string): string => localeOfPath(routePattern);

/** Whether an address fits a route pattern, segment by segment: `[ladder]` takes one segment, a last `[...index]` any number. */
function fits(pattern: string, pathname: string): boolean {
	const want = pattern.split('/').filter(Boolean);
	const have = pathname.split('/').filter(Boolean);
	const rest = want.at(-1)?.startsWith('[...') ?? false;
	const fixed = rest ? want.slice(0, -1) : want;
	if (rest ? have.length < fixed.length : have.length !== fixed.length) return false;
	return fixed.every((segment, i) => segment.startsWith('[') || segment === have[i]);
}

/** Whether the page at an address (`/fr/ladders/x/`, `/api/core/`) is one published in every locale. */
export function isTranslatedPage(pathname: string): boolean {
	const base = import.meta.env.BASE_URL.replace(/\/$/, '');
	const inside = pathname.startsWith(base) ? pathname.slice(base.length) : pathname;
	const locale = localeOfPath(pathname);
	const unprefixed = locale === 'root' ? inside : inside.slice(locale.length + 1) || '/';
	return config.translatedPages.some((pattern) => fits(pattern, unprefixed));
}

/**
 * An address inside the site that a page of another locale links to, made to point at the root
 * language's page when the page only exists there: the site's own pages (its `links`, such as an API
 * reference) are not translated, so a translated guide's relative link to one (`../../api/`) goes to it.
 */
export function rootOnlyTarget(pathname: string): string | undefined {
	const locale = localeOfPath(pathname);
	if (locale === 'root') return undefined;
	const base = import.meta.env.BASE_URL.replace(/\/$/, '');
	const inside = pathname.slice(base.length + locale.length + 1);
	const own = config.links.some((link) => !/^[a-z]+:/i.test(link.href) && inside.startsWith(`/${link.href.replace(/^\/+/, '')}`));
	return own ? `${base}${inside}` : undefined;
}

/** The address of the page at `pathname` in another locale: the same page, its prefix swapped. */
export function pathInLocale(pathname: string, locale: string): string {
	const base = import.meta.env.BASE_URL.replace(/\/$/, '');
	const inside = pathname.startsWith(base) ? pathname.slice(base.length) : pathname;
	const from = localeOfPath(pathname);
	const rest = from === 'root' ? inside : inside.slice(from.length + 1);
	return `${base}${locale === 'root' ? '' : `/${locale}`}${rest.startsWith('/') ? rest : `/${rest}`}`;
}

/** A text of the site's options (its title, description, a link's words) as the page being rendered shows it. */
export const localized = (texts: Localized, locale: string = currentLocale()): { text: string; lang: string } => texts[locale] ?? texts.root!;

/** The `lang` an element showing a text of the options needs: none when it is in the page's own language. */
export const langIfOther = (texts: Localized, locale: string = currentLocale()): string | undefined => {
	const { lang } = localized(texts, locale);
	return lang === langOf(locale) ? undefined : lang;
};
