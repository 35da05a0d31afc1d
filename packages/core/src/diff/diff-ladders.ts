import { authorityOf } from '../model/authority.ts';
import type { EachLevel, Ladder } from '../model/framework.ts';
import type { Level } from '../schema/level.ts';
import type { BumpReason } from '../messages/diff-english.ts';

export type { BumpReason };

export type Bump = 'major' | 'minor' | 'patch' | 'none';

export interface StatementChange {
	competency: string;
	competencyName: string;
	statement: string;
	kind: 'added' | 'removed' | 'reworded' | 'moved';
	/** The level that held it before and holds it now (the lowest, when several share a band). */
	fromLevel?: string;
	toLevel?: string;
	fromText?: string;
	toText?: string;
}

/**
 * A decision a level takes alone, added, removed or changed. \`text\` is its wording now (before, for
 * a removed one). A changed decision carries \`fromText\`/\`toText\` only when it was reworded, and
 * \`fromLimit\`/\`toLimit\` only when its limit changed (one of them absent: no limit on that side).
 */
export interface LevelDecisionChange {
	id: string;
	text: string;
	kind: 'added' | 'removed' | 'changed';
	fromText?: string;
	toText?: string;
	fromLimit?: string;
	toLimit?: string;
}

export interface LevelChange {
	id: string;
	title: string;
	/** Fields whose text changed: title, band, summary, scope, ownership, initiative, metricsUrl. */
	fields: string[];
	decisions: LevelDecisionChange[];
	outOfScope: { added: string[]; removed: string[] };
	escalateWhen: { added: string[]; removed: string[] };
}

/** What changed between two versions of a ladder, keyed by ids. */
export interface LadderDiff {
	ladder: string;
	title: string;
	fromVersion: string;
	toVersion: string;
	levels: { added: Array<{ id: string; title: string }>; removed: Array<{ id: string; title: string }>; changed: LevelChange[]; reordered: boolean };
	competencies: {
		added: Array<{ id: string; name: string }>;
		removed: Array<{ id: string; name: string }>;
		changed: Array<{ id: string; name: string; fields: string[] }>;
	};
	statements: StatementChange[];
	/**
	 * Present when the ladder's `eachLevel` changed: what every level expects changes with it (a
	 * major change, as assessments were judged the other way).
	 */
	eachLevel?: { from: EachLevel; to: EachLevel };
	/** The version bump the changes imply, the one the file declares, and whether it is enough. */
	bump: { implied: Bump; declared: Bump | 'downgrade'; sufficient: boolean; reasons: BumpReason[] };
}

const RANK: Record<Bump, number> = { none: 0, patch: 1, minor: 2, major: 3 };

/**
 * The bump between two versions: `major` when the major number grew, and so on.
 *
 * @example
 * declaredBump('1.2.0', '1.3.0'); // "minor"
 */
export function declaredBump(from: string, to: string): Bump | 'downgrade' {
	const [a, b] = [from, to].map((v) => v.split(/[.-]/).slice(0, 3).map(Number)) as [number[], number[]];
	for (let i = 0; i < 3; i++) {
		if (b[i]! > a[i]!) return (['major', 'minor', 'patch'] as const)[i]!;
		if (b[i]! < a[i]!) return 'downgrade';
	}
	return 'none';
}

function statementIndex(ladder: Ladder): Map<string, { competency: string; name: string; statement: string; level: string; text: string }> {
	const index = new Map<string, { competency: string; name: string; statement: string; level: string; text: string }>();
	for (const competency of ladder.competencies) {
		for (const level of ladder.levels) {
			for (const statement of competency.expectations[level.id] ?? []) {
				const key = `${competency.id}/${statement.id}`;
				if (!index.has(key)) index.set(key, { competency: competency.id, name: competency.name, statement: statement.id, level: level.id, text: statement.text.trim() });
			}
		}
	}
	return index;
}

/** The levels a competency applies at; every level for one resolved before `levels` existed. */
const levelsOf = (competency: Ladder['competencies'][number], ladder: Ladder): readonly string[] => competency.levels ?? ladder.levels.map((l) => l.id);

const FACETS = ['title', 'band', 'summary', 'scope', 'ownership', 'initiative', 'metricsUrl'] as const;
const listDiff = (before: readonly string[], after: readonly string[]) => ({
	added: after.filter((t) => !before.includes(t)),
	removed: before.filter((t) => !after.includes(t)),
});

function compareLevel(before: Level, after: Level): LevelChange | undefined {
	const fields = FACETS.filter((f) => (before[f] ?? '').trim() !== (after[f] ?? '').trim());
	const old = new Map(authorityOf(before).decideAlone.map((d) => [d.id, d]));
	const now = new Map(authorityOf(after).decideAlone.map((d) => [d.id, d]));
	const decisions: LevelChange['decisions'] = [];
	for (const [id, d] of now) {
		const o = old.get(id);
		if (!o) {
			decisions.push({ id, text: d.text, kind: 'added', ...(d.limit ? { toLimit: d.limit } : {}) });
			continue;
		}
		const reworded = o.text.trim() !== d.text.trim();
		const limited = (o.limit ?? '').trim() !== (d.limit ?? '').trim();
		if (!reworded && !limited) continue;
		decisions.push({
			id,
			text: d.text,
			kind: 'changed',
			...(reworded ? { fromText: o.text, toText: d.text } : {}),
			...(limited && o.limit ? { fromLimit: o.limit } : {}),
			...(limited && d.limit ? { toLimit: d.limit } : {}),
		});
	}
	for (const [id, d] of old) if (!now.has(id)) decisions.push({ id, text: d.text, kind: 'removed', ...(d.limit ? { fromLimit: d.limit } : {}) });
	const outOfScope = listDiff(authorityOf(before).outOfScope, authorityOf(after).outOfScope);
	const escalateWhen = listDiff(authorityOf(before).escalateWhen, authorityOf(after).escalateWhen);
	const changed = fields.length + decisions.length + outOfScope.added.length + outOfScope.removed.length + escalateWhen.added.length + escalateWhen.removed.length;
	return changed === 0 ? undefined : { id: after.id, title: after.title, fields: [...fields], decisions, outOfScope, escalateWhen };
}

/**
 * A semantic diff of two versions of a ladder, keyed by ids: levels, competencies and statements
 * added, removed, reworded or moved between levels, the levels a competency applies at, the
 * ladder's `eachLevel`, decision authority changes, and the version
 * bump they imply — major when a level, competency or statement goes, minor when one is added or
 * moved or the authority changes, patch for rewording.
 *
 * @example
 * const diff = diffLadders(before, after);
 * if (!diff.bump.sufficient) console.warn(`bump the version: ${diff.bump.implied} change`);
 */
export function diffLadders(before: Ladder, after: Ladder): LadderDiff {
	const reasons: Array<[Bump, BumpReason]> = [];
	const oldLevels = new Map(before.levels.map((l) => [l.id, l]));
	const newLevels = new Map(after.levels.map((l) => [l.id, l]));
	const levels: LadderDiff['levels'] = {
		added: after.levels.filter((l) => !oldLevels.has(l.id)).map(({ id, title }) => ({ id, title })),
		removed: before.levels.filter((l) => !newLevels.has(l.id)).map(({ id, title }) => ({ id, title })),
		changed: after.levels.flatMap((l) => {
			const old = oldLevels.get(l.id);
			const change = old && compareLevel(old, l);
			return change ? [change] : [];
		}),
		reordered: false,
	};
	const kept = (ids: string[], other: Map<string, unknown>) => ids.filter((id) => other.has(id));
	levels.reordered = kept(before.levels.map((l) => l.id), newLevels).join() !== kept(after.levels.map((l) => l.id), oldLevels).join();
	if (levels.removed.length > 0) reasons.push(['major', { code: 'level-removed', ids: levels.removed.map((l) => l.id) }]);
	if (levels.reordered) reasons.push(['major', { code: 'levels-reordered' }]);
	if (levels.added.length > 0) reasons.push(['minor', { code: 'level-added', ids: levels.added.map((l) => l.id) }]);
	for (const change of levels.changed) {
		const structural = change.fields.includes('band') || change.decisions.some((d) => d.kind !== 'changed' || d.fromLimit !== d.toLimit) || change.outOfScope.added.length + change.outOfScope.removed.length + change.escalateWhen.added.length + change.escalateWhen.removed.length > 0;
		reasons.push([structural ? 'minor' : 'patch', { code: 'level-changed', id: change.id }]);
	}

	const oldCompetencies = new Map(before.competencies.map((c) => [c.id, c]));
	const newCompetencies = new Map(after.competencies.map((c) => [c.id, c]));
	const competencies: LadderDiff['competencies'] = {
		added: after.competencies.filter((c) => !oldCompetencies.has(c.id)).map(({ id, name }) => ({ id, name })),
		removed: before.competencies.filter((c) => !newCompetencies.has(c.id)).map(({ id, name }) => ({ id, name })),
		changed: after.competencies.flatMap((c) => {
			const old = oldCompetencies.get(c.id);
			if (!old) return [];
			const fields: string[] = (['name', 'category', 'description', 'required', 'weight'] as const).filter((f) => String(old[f]).trim() !== String(c[f]).trim());
			// The levels it applies at, compared by what the ladders keep: a level added or removed is reported as such.
			const applies = (levels: readonly string[], other: Map<string, unknown>) => levels.filter((id) => other.has(id)).join();
			if (applies(levelsOf(old, before), newLevels) !== applies(levelsOf(c, after), oldLevels)) fields.push('levels');
			return fields.length > 0 ? [{ id: c.id, name: c.name, fields }] : [];
		}),
	};
	if (competencies.removed.length > 0) reasons.push(['major', { code: 'competency-removed', ids: competencies.removed.map((c) => c.id) }]);
	if (competencies.added.length > 0) reasons.push(['minor', { code: 'competency-added', ids: competencies.added.map((c) => c.id) }]);
	for (const change of competencies.changed) {
		// A level that no longer counts a competency loses what assessments rated there: major, like a removal.
		const narrowed = change.fields.includes('levels') && levelsOf(oldCompetencies.get(change.id)!, before).some((id) => newLevels.has(id) && !levelsOf(newCompetencies.get(change.id)!, after).includes(id));
		const bump = narrowed ? 'major' : change.fields.some((f) => f === 'category' || f === 'required' || f === 'weight' || f === 'levels') ? 'minor' : 'patch';
		reasons.push([bump, { code: 'competency-changed', id: change.id }]);
	}
	// A ladder resolved before `eachLevel` existed adds to the level below.
	const [fromEach, toEach] = [before.eachLevel ?? 'adds-to-below', after.eachLevel ?? 'adds-to-below'];
	const eachLevel = fromEach !== toEach ? { from: fromEach, to: toEach } : undefined;
	if (eachLevel) reasons.push(['major', { code: 'each-level-changed', to: eachLevel.to }]);

	const oldStatements = statementIndex(before);
	const newStatements = statementIndex(after);
	const statements: StatementChange[] = [];
	const removedCompetencies = new Set(competencies.removed.map((c) => c.id));
	const addedCompetencies = new Set(competencies.added.map((c) => c.id));
	for (const [key, now] of newStatements) {
		const old = oldStatements.get(key);
		const base = { competency: now.competency, competencyName: now.name, statement: now.statement };
		if (!old) {
			if (!addedCompetencies.has(now.competency)) statements.push({ ...base, kind: 'added', toLevel: now.level, toText: now.text });
		} else if (old.level !== now.level) {
			statements.push({ ...base, kind: 'moved', fromLevel: old.level, toLevel: now.level, ...(old.text !== now.text ? { fromText: old.text, toText: now.text } : {}) });
		} else if (old.text !== now.text) {
			statements.push({ ...base, kind: 'reworded', fromLevel: old.level, toLevel: now.level, fromText: old.text, toText: now.text });
		}
	}
	for (const [key, old] of oldStatements) {
		if (!newStatements.has(key) && !removedCompetencies.has(old.competency)) {
			statements.push({ competency: old.competency, competencyName: old.name, statement: old.statement, kind: 'removed', fromLevel: old.level, fromText: old.text });
		}
	}
	const count = (kind: StatementChange['kind']) => statements.filter((s) => s.kind === kind).length;
	if (count('removed') > 0) reasons.push(['major', { code: 'statements-removed', count: count('removed') }]);
	if (count('added') > 0) reasons.push(['minor', { code: 'statements-added', count: count('added') }]);
	if (count('moved') > 0) reasons.push(['minor', { code: 'statements-moved', count: count('moved') }]);
	if (count('reworded') > 0) reasons.push(['patch', { code: 'statements-reworded', count: count('reworded') }]);

	const implied = reasons.reduce<Bump>((max, [bump]) => (RANK[bump] > RANK[max] ? bump : max), 'none');
	const declared = declaredBump(before.version, after.version);
	const sufficient = declared !== 'downgrade' && RANK[declared] >= RANK[implied];
	return {
		ladder: after.id,
		title: after.title,
		fromVersion: before.version,
		toVersion: after.version,
		levels,
		competencies,
		statements,
		...(eachLevel ? { eachLevel } : {}),
		bump: { implied, declared, sufficient, reasons: reasons.filter(([b]) => b === implied).map(([, r]) => r) },
	};
}

/**
 * True when the diff found nothing.
 *
 * @example
 * if (isEmptyDiff(diffLadders(before, after))) console.log('no change');
 */
export const isEmptyDiff = (diff: LadderDiff) =>
	diff.levels.added.length + diff.levels.removed.length + diff.levels.changed.length + diff.competencies.added.length + diff.competencies.removed.length + diff.competencies.changed.length + diff.statements.length === 0 && !diff.levels.reordered && !diff.eachLevel;
