/** An address inside the site, under the configured base path, always with a trailing slash. */
export function href(path: string): string {
	const base = import.meta.env.BASE_URL.replace(/\/$/, '');
	const clean = path.replace(/^\/+/, '');
	const withSlash = clean === '' || clean.endsWith('/') || /\.[a-z]+$/i.test(clean) || clean.includes('#') ? clean : `${clean}/`;
	return `${base}/${withSlash}`;
}

export const ladderHref = (matrix: string) => href(`ladders/${matrix}/`);
export const levelHref = (matrix: string, level: string) => href(`ladders/${matrix}/levels/${level}/`);
export const competencyHref = (matrix: string, competency: string) => href(`ladders/${matrix}/competencies/${competency}/`);
export const changesHref = (matrix: string, level: string) => href(`ladders/${matrix}/changes/${level}/`);
export const moveHref = (from: { matrix: string; level: string }, to: { matrix: string; level: string }) =>
	href(`moves/${from.matrix}/${from.level}/${to.matrix}/${to.level}/`);

/**
 * The self-assessment, set up for a step: the ladder chosen, "your level now" at `from` and the
 * target at `to` (both `{ matrix, level }`); the page reads them from the fragment, sent nowhere.
 */
export const assessHref = (from: { matrix: string; level: string }, to: { matrix: string; level: string }) =>
	href(`assess/#from=${encodeURIComponent(`${from.matrix}:${from.level}`)}&to=${encodeURIComponent(`${to.matrix}:${to.level}`)}`);
