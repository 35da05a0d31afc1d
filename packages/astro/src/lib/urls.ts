import { currentLocale } from './locale-context.ts';

/*
 * Addresses inside the site, under the configured base path, always with a trailing slash. Every
 * page is published in the root language at the site's root and in each other locale under its
 * prefix (`/fr/ladders/…/`): an address stays in the language of the page that links it unless
 * `locale` names another (`root` has no prefix).
 */

/** An address inside the site, in a locale (the page being rendered's when left out). */
export function href(path: string, locale: string = currentLocale()): string {
	const base = import.meta.env.BASE_URL.replace(/\/$/, '');
	const prefix = locale === 'root' ? '' : `/${locale}`;
	const clean = path.replace(/^\/+/, '');
	const withSlash = clean === '' || clean.endsWith('/') || /\.[a-z]+$/i.test(clean) || clean.includes('#') ? clean : `${clean}/`;
	return `${base}${prefix}/${withSlash}`;
}

export const ladderHref = (ladder: string, locale?: string) => href(`ladders/${ladder}/`, locale);
export const levelHref = (ladder: string, level: string, locale?: string) => href(`ladders/${ladder}/levels/${level}/`, locale);
export const competencyHref = (ladder: string, competency: string, locale?: string) => href(`ladders/${ladder}/competencies/${competency}/`, locale);
/** A shared competency's own page: what every ladder shares of it, and the ladders that use it. */
export const sharedHref = (competency: string, locale?: string) => href(`shared/${competency}/`, locale);
export const changesHref = (ladder: string, level: string, locale?: string) => href(`ladders/${ladder}/changes/${level}/`, locale);
export const moveHref = (from: { ladder: string; level: string }, to: { ladder: string; level: string }, locale?: string) =>
	href(`moves/${from.ladder}/${from.level}/${to.ladder}/${to.level}/`, locale);

/**
 * The self-assessment, set up for a step: the ladder chosen, "your level now" at `from` and the
 * target at `to` (both `{ ladder, level }`); the page reads them from the fragment, sent nowhere.
 */
export const assessHref = (from: { ladder: string; level: string }, to: { ladder: string; level: string }, locale?: string) =>
	href(`assess/#from=${encodeURIComponent(`${from.ladder}:${from.level}`)}&to=${encodeURIComponent(`${to.ladder}:${to.level}`)}`, locale);
