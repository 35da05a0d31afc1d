import type { Assessment, Framework, Ladder, Rating } from '@rungs/core';

/** Today's date in the browser's time zone, as an assessment writes it. */
export const today = () => {
	const now = new Date();
	return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
};

export const ladderById = (framework: Framework, id: string): Ladder => framework.ladders.find((m) => m.id === id) ?? framework.ladders[0]!;

/** `ladder:level` for the assessment's target. */
export const targetKey = (a: Assessment) => (typeof a.target === 'string' ? `${a.ladder.id}:${a.target}` : `${a.target.ladder}:${a.target.level}`);

/** The target from a `ladder:level` key, written the short way when it is on the person's own ladder. */
export const targetFromKey = (a: Assessment, key: string): Assessment['target'] => {
	const [ladder, level] = key.split(':') as [string, string];
	return ladder === a.ladder.id ? level : { ladder, level };
};

/** A fresh assessment on a ladder, aiming at the next level (or the current one at the top). */
export function newAssessment(framework: Framework, ladderId: string, current?: string, target?: string): Assessment {
	const ladder = ladderById(framework, ladderId);
	const currentIndex = Math.max(0, ladder.levels.findIndex((l) => l.id === current));
	const currentLevel = ladder.levels[currentIndex]!;
	const next = ladder.levels[Math.min(currentIndex + 1, ladder.levels.length - 1)]!;
	return {
		format: 'rungs/assessment@1',
		person: { name: '' },
		ladder: { id: ladder.id, version: ladder.version },
		assessor: { role: 'self' },
		date: today(),
		current: currentLevel.id,
		target: target ?? next.id,
		ratings: {},
	};
}

/** A fresh assessment for a move (`from` and `to` as `ladder:level`); what the site lacks falls back to the defaults. */
export function forMove(framework: Framework, from: string, to: string): Assessment {
	const [ladder, level] = from.split(':');
	const fresh = newAssessment(framework, ladderById(framework, ladder ?? '').id, level);
	if (framework.ladders.some((m) => m.levels.some((l) => `${m.id}:${l.id}` === to))) fresh.target = targetFromKey(fresh, to);
	return fresh;
}

/** Moves an assessment to another ladder, keeping every rating (shared competencies keep their ids). */
export function withLadder(framework: Framework, a: Assessment, ladderId: string): Assessment {
	const fresh = newAssessment(framework, ladderId);
	return { ...a, ladder: fresh.ladder, current: fresh.current, target: fresh.target };
}

/**
 * The person's level changes: a target on their own ladder that is no longer above it moves to
 * the next level up, so the report never measures someone against a level they already hold.
 * A target on another ladder (a move) is the person's own choice and stays.
 */
export function withCurrent(framework: Framework, a: Assessment, current: string): Assessment {
	const ladder = ladderById(framework, a.ladder.id);
	const at = ladder.levels.findIndex((l) => l.id === current);
	if (typeof a.target !== 'string') return { ...a, current };
	const aim = ladder.levels.findIndex((l) => l.id === a.target);
	if (aim > at) return { ...a, current };
	return { ...a, current, target: ladder.levels[Math.min(at + 1, ladder.levels.length - 1)]!.id };
}

/** A rating that says nothing: no key but an empty evidence list. */
export const isEmptyRating = (rating: Rating): boolean => Object.entries(rating).every(([key, value]) => value === undefined || (key === 'evidence' && Array.isArray(value) && value.length === 0));

/**
 * The assessment as it is saved and reported. Only what the form leaves half-done is tidied away,
 * since a file cannot hold it: blank notes, evidence without a summary, blank links, and a rating
 * left with nothing in it once that is gone. Everything else is kept exactly as it was loaded or
 * typed, spaces included, and so are fields this page does not edit (`reassess`, ids, kinds, dates,
 * finer statement ratings, `$schema`) and ratings that were already empty in the file: loading a
 * file and saving it untouched gives the same data. `unnamed`: the name of a person who typed none.
 */
export function cleaned(a: Assessment, unnamed: string): Assessment {
	const ratings: Assessment['ratings'] = {};
	for (const [id, rating] of Object.entries(a.ratings)) {
		const evidence = rating.evidence.filter((e) => e.summary.trim() !== '').map((e) => (e.url?.trim() ? { ...e, url: e.url.trim() } : withoutUrl(e)));
		const kept: Rating = { ...rating, evidence };
		if (!rating.note?.trim()) delete kept.note;
		if (isEmptyRating(kept) && !isEmptyRating(rating)) continue;
		ratings[id] = kept;
	}
	// A name is required in a file; the form calls it optional, so a blank one is saved as the page's word for "me".
	const person = { ...a.person, name: a.person.name.trim() ? a.person.name : unnamed };
	const out: Assessment = { ...a, person, ratings };
	if (!a.notes?.trim()) delete out.notes;
	return out;
}

function withoutUrl<T extends { url?: string }>(item: T): T {
	const copy = { ...item };
	delete copy.url;
	return copy;
}
