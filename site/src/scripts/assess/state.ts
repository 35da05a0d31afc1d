import type { Assessment, Framework, Matrix } from '@rungs/core';

/** Today's date in the browser's time zone, as an assessment writes it. */
export const today = () => {
	const now = new Date();
	return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
};

export const ladder = (framework: Framework, id: string): Matrix => framework.matrices.find((m) => m.id === id) ?? framework.matrices[0]!;

/** `ladder:level` for the assessment's target. */
export const targetKey = (a: Assessment) => (typeof a.target === 'string' ? `${a.matrix.id}:${a.target}` : `${a.target.matrix}:${a.target.level}`);

/** The target from a `ladder:level` key, written the short way when it is on the person's own ladder. */
export const targetFromKey = (a: Assessment, key: string): Assessment['target'] => {
	const [matrix, level] = key.split(':') as [string, string];
	return matrix === a.matrix.id ? level : { matrix, level };
};

/** A fresh assessment on a ladder, aiming at the next level (or the current one at the top). */
export function newAssessment(framework: Framework, matrixId: string, current?: string, target?: string): Assessment {
	const matrix = ladder(framework, matrixId);
	const currentIndex = Math.max(0, matrix.levels.findIndex((l) => l.id === current));
	const currentLevel = matrix.levels[currentIndex]!;
	const next = matrix.levels[Math.min(currentIndex + 1, matrix.levels.length - 1)]!;
	return {
		format: 'rungs/assessment@1',
		person: { name: '' },
		matrix: { id: matrix.id, version: matrix.version },
		assessor: { role: 'self' },
		date: today(),
		current: currentLevel.id,
		target: target ?? next.id,
		ratings: {},
	};
}

/** Moves an assessment to another ladder, keeping every rating (shared competencies keep their ids). */
export function withLadder(framework: Framework, a: Assessment, matrixId: string): Assessment {
	const fresh = newAssessment(framework, matrixId);
	return { ...a, matrix: fresh.matrix, current: fresh.current, target: fresh.target };
}

/**
 * The assessment as it is saved and reported: blank names and notes, evidence without a summary,
 * and ratings with nothing in them are left out, so the file validates; everything else is kept as
 * it was loaded, including fields this page does not edit.
 */
export function cleaned(a: Assessment): Assessment {
	const ratings: Assessment['ratings'] = {};
	for (const [id, rating] of Object.entries(a.ratings)) {
		const evidence = rating.evidence.filter((e) => e.summary.trim() !== '').map((e) => (e.url?.trim() ? { ...e, url: e.url.trim() } : withoutUrl(e)));
		const note = rating.note?.trim() ? rating.note : undefined;
		const kept = { ...rating, evidence, ...(note ? { note } : {}) };
		if (!note) delete kept.note;
		if (kept.rating === undefined && evidence.length === 0 && !note && !kept.confidence && !kept.statements) continue;
		ratings[id] = kept;
	}
	const person = { ...a.person, name: a.person.name.trim() || 'Me' };
	const out: Assessment = { ...a, person, ratings };
	if (!a.notes?.trim()) delete out.notes;
	return out;
}

function withoutUrl<T extends { url?: string }>(item: T): T {
	const copy = { ...item };
	delete copy.url;
	return copy;
}
