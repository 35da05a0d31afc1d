/*
 * Addresses inside the site, under the configured base path, always with a trailing slash. Every
 * page is published once, at the site's root, in its root language; a locale's pages will sit under
 * its prefix (`/fr/ladders/…/`), which `locale` adds: `root` (or none) has no prefix.
 */

/** An address inside the site, in a locale (the root locale when left out). */
export function href(path: string, locale?: string): string {
	const base = import.meta.env.BASE_URL.replace(/\/$/, '');
	const prefix = locale === undefined || locale === 'root' ? '' : `/${locale}`;
	const clean = path.replace(/^\/+/, '');
	const withSlash = clean === '' || clean.endsWith('/') || /\.[a-z]+$/i.test(clean) || clean.includes('#') ? clean : `${clean}/`;
	return `${base}${prefix}/${withSlash}`;
}

export const ladderHref = (matrix: string, locale?: string) => href(`ladders/${matrix}/`, locale);
export const levelHref = (matrix: string, level: string, locale?: string) => href(`ladders/${matrix}/levels/${level}/`, locale);
export const competencyHref = (matrix: string, competency: string, locale?: string) => href(`ladders/${matrix}/competencies/${competency}/`, locale);
export const changesHref = (matrix: string, level: string, locale?: string) => href(`ladders/${matrix}/changes/${level}/`, locale);
export const moveHref = (from: { matrix: string; level: string }, to: { matrix: string; level: string }, locale?: string) =>
	href(`moves/${from.matrix}/${from.level}/${to.matrix}/${to.level}/`, locale);

/**
 * The self-assessment, set up for a step: the ladder chosen, "your level now" at `from` and the
 * target at `to` (both `{ matrix, level }`); the page reads them from the fragment, sent nowhere.
 */
export const assessHref = (from: { matrix: string; level: string }, to: { matrix: string; level: string }, locale?: string) =>
	href(`assess/#from=${encodeURIComponent(`${from.matrix}:${from.level}`)}&to=${encodeURIComponent(`${to.matrix}:${to.level}`)}`, locale);
