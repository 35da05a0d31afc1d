import type { Framework, Ladder } from '@rungs/core';

/*
 * The framework core's team summary reads, from the page's framework of loaded ladders (scripts/assess/
 * ladders.ts). Core lists the summary's competencies in the order they first appear across all the
 * framework's ladders, so a ladder not loaded keeps its place with its competency ids (from the
 * ladder index) and the names the loaded ladders give them: the summary comes out in the order the
 * whole framework would give it. A competency of no loaded ladder is left out: nobody opened is rated on it.
 */

/**
 * `pending` gives a ladder's competency ids from the index when its file is not loaded, and
 * undefined when the ladder is all there.
 */
export function frameworkForSummary(framework: Framework, pending: (ladder: Ladder) => readonly string[] | undefined): Framework {
	const names = new Map<string, string>();
	for (const ladder of framework.ladders) if (pending(ladder) === undefined) for (const c of ladder.competencies) if (!names.has(c.id)) names.set(c.id, c.name);
	const ladders = framework.ladders.map((ladder) => {
		const ids = pending(ladder);
		if (ids === undefined) return ladder;
		// Only what core's index reads of a competency: its id and its name.
		const competencies = ids.flatMap((id) => (names.has(id) ? [{ id, name: names.get(id)! }] : []));
		return { ...ladder, competencies } as unknown as Ladder;
	});
	return { ...framework, ladders };
}
