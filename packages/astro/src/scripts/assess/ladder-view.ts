import type { Framework } from '@rungs/core';
import { byId, el } from './dom.ts';
import { fill, words as w } from './words.ts';

/*
 * What the form and the report show while a ladder's file loads (scripts/assess/ladders.ts), and when
 * it cannot be loaded: never the report of the ladder left behind, and always a way on.
 */

/** The titles of the ladders named, for a sentence. */
export const titlesOf = (framework: Framework, ids: readonly string[]): string =>
	[...new Set(ids)].map((id) => framework.ladders.find((m) => m.id === id)?.title ?? id).join(', ');

/** The form and the report say the ladders are loading. */
export function showLoading(framework: Framework, ids: readonly string[]): void {
	const text = fill(w.ladderLoading, { ladder: titlesOf(framework, ids) });
	byId('competencies').replaceChildren(el('p', { class: 'help' }, text));
	byId('report').replaceChildren(el('p', { class: 'help' }, text));
	byId('readiness-bar').hidden = true;
}

/** A ladder could not be loaded: an alert in the form with a button to try again, and the same words in the report. */
export function showUnavailable(framework: Framework, ids: readonly string[], retry: () => void): void {
	const text = fill(w.ladderUnavailable, { ladder: titlesOf(framework, ids) });
	const again = el('button', { type: 'button', class: 'secondary' }, w.ladderRetry);
	again.addEventListener('click', retry);
	byId('competencies').replaceChildren(el('p', { class: 'callout', role: 'alert' }, text), again);
	byId('report').replaceChildren(el('p', { class: 'help' }, text));
}
