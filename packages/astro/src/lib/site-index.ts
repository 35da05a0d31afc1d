import type { CareerMove, Framework, Matrix } from '@rungs/core';
import { currentLocale } from './locale-context.ts';
import { competencyHref } from './urls.ts';

/*
 * Lookups that many pages make, computed once per framework. A 500-ladder organisation has 12,500
 * pages; a page that scanned every ladder or path for its own links made the build grow with the
 * square of the organisation.
 */

/** Text as Astro writes an expression: the five characters HTML gives meaning escaped. */
const escapeText = (text: string): string => text.replace(/[&<>'"]/g, (ch) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', "'": '#39', '"': 'quot' }[ch]};`);
/** An attribute value as Astro writes it between double quotes. */
const escapeAttribute = (value: string): string => value.replace(/&/g, '&#38;').replace(/"/g, '&#34;');

export interface SiteIndex {
	/**
	 * The other ladders that use a shared competency, as the HTML of their links (`<a href>title</a>`
	 * joined by ", "), or '' when none does. Written once per ladder and competency, not once per page:
	 * every ladder's page of a shared competency lists every other ladder.
	 */
	alsoOn(competency: string, matrix: Matrix): string;
	/** The explicit career paths that leave a level of a ladder, in the framework's order. */
	pathsFrom(matrix: string, level: string): CareerMove[];
	/** A level's title, or its id when the ladder or the level is unknown. */
	levelTitle(ref: { matrix: string; level: string }): string;
}

// Per framework and locale: the links it writes carry the locale's prefix, and a locale without
// translations shares the root's framework object.
const indexes = new WeakMap<Framework, Map<string, SiteIndex>>();

export function siteIndex(framework: Framework): SiteIndex {
	let byLocale = indexes.get(framework);
	if (!byLocale) indexes.set(framework, (byLocale = new Map()));
	let index = byLocale.get(currentLocale());
	if (!index) byLocale.set(currentLocale(), (index = buildIndex(framework)));
	return index;
}

function buildIndex(framework: Framework): SiteIndex {
	const listed = <T>(map: Map<string, T[]>, key: string): T[] => {
		let list = map.get(key);
		if (!list) map.set(key, (list = []));
		return list;
	};
	/** Per competency id: each ladder that has it, in ladder order, with the HTML of its link. */
	const users = new Map<string, Array<{ matrix: Matrix; link: string }>>();
	for (const matrix of framework.matrices)
		for (const competency of matrix.competencies)
			listed(users, competency.id).push({ matrix, link: `<a href="${escapeAttribute(competencyHref(matrix.id, competency.id))}">${escapeText(matrix.title)}</a>` });
	const from = new Map<string, CareerMove[]>();
	for (const path of framework.paths) if (!path.implied) listed(from, `${path.from.matrix}\u0000${path.from.level}`).push(path);
	const titles = new Map(framework.matrices.flatMap((m) => m.levels.map((l) => [`${m.id}\u0000${l.id}`, l.title] as const)));
	return {
		alsoOn: (competency, matrix) =>
			(users.get(competency) ?? [])
				.filter((u) => u.matrix !== matrix)
				.map((u) => u.link)
				.join(', '),
		pathsFrom: (matrix, level) => from.get(`${matrix}\u0000${level}`) ?? [],
		levelTitle: (ref) => titles.get(`${ref.matrix}\u0000${ref.level}`) ?? ref.level,
	};
}
