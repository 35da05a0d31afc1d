import type { MoveDescription } from '@rungs/core';
import { hasAuthority } from './optional-parts.ts';

/** A section of a page in its on-this-page outline: the id of its heading, its label, and its own sections. */
export interface OutlineItem {
	id: string;
	label: string;
	children?: { id: string; label: string }[];
}

/** The id of a competency's section on a move or changes page. */
export const changeId = (competency: string) => `change-${competency}`;

/** The narrative facets either level of a move writes, in their order. */
export const moveFacets = (move: MoveDescription) =>
	(['scope', 'ownership', 'initiative'] as const).filter((facet) => move.fromLevel[facet] !== undefined || move.toLevel[facet] !== undefined);

/** Whether either level of a move names any decision authority. */
export const moveHasAuthority = (move: MoveDescription) => hasAuthority(move.fromLevel) || hasAuthority(move.toLevel);

/** The sections MoveView draws for a move, with the headings it gives them. */
export function moveOutline(move: MoveDescription, words: { asks: string; authority: string; shape: string }): OutlineItem[] {
	const added = move.competencies.filter((c) => c.added.length > 0).map((c) => ({ id: changeId(c.id), label: c.name }));
	return [
		{ id: 'move-competencies', label: words.asks, children: added },
		...(moveHasAuthority(move) ? [{ id: 'move-authority', label: words.authority }] : []),
		...(moveFacets(move).length > 0 ? [{ id: 'move-shape', label: words.shape }] : []),
	];
}
