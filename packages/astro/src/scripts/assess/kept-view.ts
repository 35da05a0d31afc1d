import type { Framework } from '@rungs/core';
import { readDraftText } from './draft-format.ts';
import { byId, el } from './dom.ts';
import { withCode } from './page-ui.ts';
import { keptDrafts, type KeptDraft } from './storage.ts';
import { fill, pageLang, words as w } from './words.ts';

/** A line a person recognises a draft by: whose, on which ladder, how many ratings, when. */
function describe(entry: KeptDraft, framework: Framework): string {
	const when = new Date(entry.keptAt).toLocaleString(pageLang);
	const read = readDraftText(entry.text, framework);
	if (!read.ok) return fill(w.keptUnreadable, { reason: read.reason, when });
	const a = read.assessment;
	const rated = Object.values(a.ratings).filter((r) => r.rating !== undefined).length;
	const title = framework.ladders.find((m) => m.id === a.ladder.id)?.title ?? a.ladder.id;
	return fill(w.keptLine, { name: a.person.name.trim() || w.noName, ladder: title, rated, when });
}

/** Lists the drafts kept aside, each with what can be done with it; hidden when there are none. */
export function renderKept(framework: Framework): void {
	const entries = keptDrafts();
	byId('kept-drafts').hidden = entries.length === 0;
	byId('kept-list').replaceChildren(
		...entries.map((entry, i) => {
			const readable = readDraftText(entry.text, framework).ok;
			const label = `kept-${i}`;
			return el(
				'li',
				{ class: 'kept-draft', 'data-key': entry.key },
				el('p', { id: label }, ...withCode(describe(entry, framework))),
				el(
					'div',
					{ class: 'button-row' },
					readable ? el('button', { type: 'button', class: 'secondary', 'data-action': 'restore', 'aria-describedby': label }, w.bringBack) : null,
					el('button', { type: 'button', class: 'secondary', 'data-action': 'download', 'aria-describedby': label }, w.downloadIt),
					el('button', { type: 'button', class: 'link-button', 'data-action': 'discard', 'aria-describedby': label }, w.discardIt),
				),
			);
		}),
	);
}

/** The kept draft a click in the list is about. */
export function keptEntry(key: string | undefined): KeptDraft | undefined {
	return keptDrafts().find((entry) => entry.key === key);
}

/** A kept draft as a file: a readable one as itself, which “Open a saved assessment” reopens; an unreadable one as the text found. */
export function keptFile(entry: KeptDraft, framework: Framework): [name: string, text: string, type: string] {
	const day = new Date(entry.keptAt).toISOString().slice(0, 10);
	if (entry.why === 'replaced' || readDraftText(entry.text, framework).ok) return [`rungs-draft-${day}.json`, entry.text, 'application/json'];
	return [`unreadable-draft-${day}.txt`, entry.text, 'text/plain'];
}
