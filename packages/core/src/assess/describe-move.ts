import { authorityOf } from '../model/authority.ts';
import type { EachLevel, Framework, Ladder } from '../model/framework.ts';
import type { Statement } from '../schema/competency.ts';
import type { Decision, Level } from '../schema/level.ts';
import { indexFramework, type FrameworkIndex, type LadderIndex } from '../model/framework-index.ts';
import { ArgumentCheck, shown } from '../rules/check-options.ts';
import { fail, succeed, type Result } from '../diagnostics/result.ts';
import type { Problem } from '../diagnostics/problem.ts';
import { unknownIdParams } from '../diagnostics/describe-path.ts';

export interface MovePoint {
	ladder: string;
	ladderTitle: string;
	level: string;
	title: string;
	/** Absent when the ladder gives the level no band. */
	band?: string;
}

export interface CompetencyChange {
	id: string;
	name: string;
	category: string;
	categoryName: string;
	shared: boolean;
	/** `carried` when the starting ladder has this competency too, `new` when the move brings it. */
	change: 'carried' | 'new';
	/**
	 * On the same ladder, when the competency does not apply at the starting level (its `levels`):
	 * the first level of the ladder it applies at.
	 */
	appliesFrom?: { level: string; levelTitle: string };
	/** Statements of the destination already expected at the starting point. */
	held: Statement[];
	/**
	 * Statements the destination expects that the start did not, with the level that holds each. In
	 * a `replaces-below` ladder these are the destination level's own statements, expected instead
	 * of (not on top of) the start's.
	 */
	added: Array<Statement & { level: string; levelTitle: string }>;
}

export interface DecisionChange {
	id: string;
	text: string;
	from?: string;
	to?: string;
}

/** What a move from one level to another changes: competencies, statements and decision authority. */
export interface MoveDescription {
	from: MovePoint;
	to: MovePoint;
	/** `up` along one ladder, `across` to another ladder. */
	kind: 'up' | 'across' | 'down' | 'same';
	/**
	 * The destination ladder's `eachLevel`: with `replaces-below`, what the starting level expected
	 * is not carried up; the destination's statements replace it.
	 */
	eachLevel: EachLevel;
	/** The competencies that apply at the destination level (their `levels`). */
	competencies: CompetencyChange[];
	/**
	 * Competencies that apply at the starting level and not at the destination: on another ladder,
	 * those it does not use; on the same ladder, those whose `levels` stop before the destination.
	 */
	leftBehind: Array<{ id: string; name: string }>;
	authority: {
		added: DecisionChange[];
		raised: DecisionChange[];
		kept: DecisionChange[];
		dropped: DecisionChange[];
	};
	fromLevel: Level;
	toLevel: Level;
}

const point = (ladder: Ladder, level: Level): MovePoint => ({ ladder: ladder.id, ladderTitle: ladder.title, level: level.id, title: level.title, ...(level.band === undefined ? {} : { band: level.band }) });

function compareAuthority(from: readonly Decision[], to: readonly Decision[]): MoveDescription['authority'] {
	const before = new Map(from.map((d) => [d.id, d]));
	const after = new Set(to.map((d) => d.id));
	const result: MoveDescription['authority'] = { added: [], raised: [], kept: [], dropped: [] };
	for (const decision of to) {
		const old = before.get(decision.id);
		const change = { id: decision.id, text: decision.text, ...(old?.limit ? { from: old.limit } : {}), ...(decision.limit ? { to: decision.limit } : {}) };
		if (!old) result.added.push(change);
		else if ((old.limit ?? '') !== (decision.limit ?? '') || old.text !== decision.text) result.raised.push(change);
		else result.kept.push(change);
	}
	for (const decision of from) {
		if (!after.has(decision.id)) result.dropped.push({ id: decision.id, text: decision.text, ...(decision.limit ? { from: decision.limit } : {}) });
	}
	return result;
}

/**
 * What changes between two levels, on one ladder or across two: for each competency of the
 * destination, the statements already expected at the start and those it adds; the competencies
 * left behind; and how decision authority changes. The site's "what changes" and role-to-role
 * pages are built from it. A ladder or level the framework lacks gives `{ ok: false }` with
 * UNKNOWN_LADDER or UNKNOWN_LEVEL located in `from` or `to` (path `ladder` or `level`).
 *
 * @example
 * const move = describeMove(framework, { ladder: 'support-representative', level: 'senior' }, { ladder: 'product-support-engineer', level: 'engineer' });
 * if (move.ok) move.value.competencies.filter((c) => c.change === 'new').map((c) => c.name);
 */
export function describeMove(framework: Framework, from: { readonly ladder: string; readonly level: string }, to: { readonly ladder: string; readonly level: string }): Result<MoveDescription> {
	const index = indexFramework(framework);
	const problems: Problem[] = [];
	const start = levelAt(index, 'from', from, problems);
	const end = levelAt(index, 'to', to, problems);
	if (!start || !end) return fail(problems);
	const [fromIdx, fromIndex] = start;
	const [toIdx, toIndex] = end;
	const fromLadder = fromIdx.ladder;
	const toLadder = toIdx.ladder;
	const fromLevel = fromLadder.levels[fromIndex]!;
	const toLevel = toLadder.levels[toIndex]!;
	const held = fromIdx.heldUpTo(fromIndex);
	const applying = toLadder.competencies.filter((c) => toIdx.appliesAt(c.id, toIndex));
	const competencies = applying.map((competency): CompetencyChange => {
		const startsLater = fromIdx === toIdx && !fromIdx.appliesAt(competency.id, fromIndex);
		const first = startsLater ? toLadder.levels.find((l) => competency.levels.includes(l.id)) : undefined;
		const change: CompetencyChange = {
			id: competency.id,
			name: competency.name,
			category: competency.category,
			categoryName: index.categoryNames.get(competency.category) ?? competency.category,
			shared: competency.shared,
			change: fromIdx.competencies.has(competency.id) ? 'carried' : 'new',
			...(first ? { appliesFrom: { level: first.id, levelTitle: first.title } } : {}),
			held: [],
			added: [],
		};
		for (const { statement, level } of toIdx.expectedAt(competency.id, toIndex)) {
			const plain = { id: statement.id, text: statement.text };
			if (held.get(competency.id)?.has(statement.id)) change.held.push(plain);
			else change.added.push({ ...plain, level: level.id, levelTitle: level.title });
		}
		return change;
	});
	const targetIds = new Set(applying.map((c) => c.id));
	const kind = fromLadder !== toLadder ? 'across' : toIndex > fromIndex ? 'up' : toIndex < fromIndex ? 'down' : 'same';
	return succeed({
		from: point(fromLadder, fromLevel),
		to: point(toLadder, toLevel),
		kind,
		eachLevel: toLadder.eachLevel,
		competencies,
		leftBehind: fromLadder.competencies.filter((c) => fromIdx.appliesAt(c.id, fromIndex) && !targetIds.has(c.id)).map(({ id, name }) => ({ id, name })),
		authority: compareAuthority(authorityOf(fromLevel).decideAlone, authorityOf(toLevel).decideAlone),
		fromLevel,
		toLevel,
	});
}

/** The ladder and level index of one end of a move, or a problem located in that argument. */
function levelAt(index: FrameworkIndex, name: 'from' | 'to', at: unknown, problems: Problem[]): [LadderIndex, number] | undefined {
	const check = new ArgumentCheck(name);
	const { ladder: wanted, level } = (at !== null && typeof at === 'object' ? at : {}) as { ladder?: unknown; level?: unknown };
	const ladder = typeof wanted === 'string' ? index.ladders.get(wanted) : undefined;
	const position = ladder && typeof level === 'string' ? ladder.levelIndex.get(level) : undefined;
	if (ladder && position !== undefined) return [ladder, position];
	if (!ladder) {
		const id = typeof wanted === 'string' ? wanted : shown(wanted);
		check.report('UNKNOWN_LADDER', { id, ...unknownIdParams(id, index.ladders.keys()) }, ['ladder']);
	} else {
		const id = typeof level === 'string' ? level : shown(level);
		check.report('UNKNOWN_LEVEL', { id, ladder: ladder.ladder.id, ...unknownIdParams(id, ladder.levelIndex.keys()) }, ['level']);
	}
	problems.push(...check.problems);
	return undefined;
}
