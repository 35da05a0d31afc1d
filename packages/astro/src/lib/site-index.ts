import type { CareerMove, Framework, Ladder } from '@rungs/core';
import { currentLocale } from './locale-context.ts';
import { competencyHref } from './urls.ts';

/**
 * How many other ladders a ladder's page of a shared competency names before pointing to the
 * competency's own page (/shared/<id>/), which lists them all: with every ladder listed, each of
 * those pages grew with the organisation and the site's bytes with its square (about 40 KB a page
 * at 500 ladders).
 */
export const ALSO_ON_SHOWN = 6;

/** The other ladders with a shared competency, as a page of one ladder shows them. */
export interface AlsoOn {
	/** At most ALSO_ON_SHOWN links, as HTML (`<a href>title</a>` joined by ", "), or '' when no other ladder has it. */
	links: string;
	/** How many other ladders have it beyond those linked. */
	more: number;
	/** How many ladders use it, this one included: what its own page lists. */
	users: number;
}

/** A ladder that uses a shared competency, with the HTML of the link to its page of that competency. */
export interface SharedUse {
	ladder: Ladder;
	link: string;
}

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
	 * The first few other ladders that use a shared competency and how many more do: a bounded part
	 * of a ladder's page whatever the size of the organisation.
	 */
	alsoOn(competency: string, ladder: Ladder): AlsoOn;
	/** Every ladder that uses a competency, in ladder order (for the shared competency's own page). */
	usersOf(competency: string): readonly SharedUse[];
	/** The explicit career paths that leave a level of a ladder, in the framework's order. */
	pathsFrom(ladder: string, level: string): CareerMove[];
	/** A level's title, or its id when the ladder or the level is unknown. */
	levelTitle(ref: { ladder: string; level: string }): string;
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
	const users = new Map<string, SharedUse[]>();
	for (const ladder of framework.ladders)
		for (const competency of ladder.competencies)
			listed(users, competency.id).push({ ladder, link: `<a href="${escapeAttribute(competencyHref(ladder.id, competency.id))}">${escapeText(ladder.title)}</a>` });
	const from = new Map<string, CareerMove[]>();
	for (const path of framework.paths) if (!path.implied) listed(from, `${path.from.ladder}\u0000${path.from.level}`).push(path);
	const titles = new Map(framework.ladders.flatMap((m) => m.levels.map((l) => [`${m.id}\u0000${l.id}`, l.title] as const)));
	return {
		alsoOn: (competency, ladder) => {
			// Bounded work too: stop at the links shown and count the rest (the page's own ladder is in
			// the list when it uses the competency).
			const all = users.get(competency) ?? [];
			const shown: string[] = [];
			for (const use of all) {
				if (shown.length === ALSO_ON_SHOWN) break;
				if (use.ladder !== ladder) shown.push(use.link);
			}
			const others = all.length - (ladder.competencies.some((c) => c.id === competency) ? 1 : 0);
			return { links: shown.join(', '), more: others - shown.length, users: all.length };
		},
		usersOf: (competency) => users.get(competency) ?? [],
		pathsFrom: (ladder, level) => from.get(`${ladder}\u0000${level}`) ?? [],
		levelTitle: (ref) => titles.get(`${ref.ladder}\u0000${ref.level}`) ?? ref.level,
	};
}
