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

export const ladderHref = (matrix: string, locale?: string) => href(`ladders/${matrix}/`, locale);
export const levelHref = (matrix: string, level: string, locale?: string) => href(`ladders/${matrix}/levels/${level}/`, locale);
export const competencyHref = (matrix: string, competency: string, locale?: string) => href(`ladders/${matrix}/competencies/${competency}/`, locale);
/** A shared competency's own page: what every ladder shares of it, and the ladders that use it. */
export const sharedHref = (competency: string, locale?: string) => href(`shared/${competency}/`, locale);
export const changesHref = (matrix: string, level: string, locale?: string) => href(`ladders/${matrix}/changes/${level}/`, locale);
export const moveHref = (from: { matrix: string; level: string }, to: { matrix: string; level: string }, locale?: string) =>
	href(`moves/${from.matrix}/${from.level}/${to.matrix}/${to.level}/`, locale);

/**
 * The self-assessment, set up for a step: the ladder chosen, "your level now" at `from` and the
 * target at `to` (both `{ matrix, level }`); the page reads them from the fragment, sent nowhere.
 */
export const assessHref = (from: { matrix: string; level: string }, to: { matrix: string; level: string }, locale?: string) =>
	href(`assess/#from=${encodeURIComponent(`${from.matrix}:${from.level}`)}&to=${encodeURIComponent(`${to.matrix}:${to.level}`)}`, locale);
