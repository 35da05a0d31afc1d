import { listIds, suggest } from '../diagnostics/describe-path.ts';
import { slugId, statementIds } from '../model/derive-id.ts';
import type { ImportFramework as Framework } from './import-framework.ts';
import type { SharedCompetency } from '../schema/competency.ts';
import type { DraftCompetency, DraftLevel, DraftStatement, ImportReport, LadderDraft } from './draft.ts';

/** A level's or competency's `levels:` as design §2 writes it: a range when the levels are consecutive, else a list. */
export type LevelsWritten = { from: string } | { upTo: string } | { from: string; upTo: string } | string[];

/** The comments worth writing beside what was built: their catalog codes and parameters. */
export interface LadderComments {
	/** Per competency, by its id: lines to write above it. */
	competencies: Map<string, Array<{ code: 'import.comment.category'; params: { name: string; used: string } } | { code: 'import.comment.shared'; params: { name: string } }>>;
}

export interface BuildOptions {
	id: string;
	title: string;
	eachLevel?: 'adds-to-below' | 'replaces-below';
}

/** The plain data of the ladder file an import writes, in the order its keys are written. */
export type LadderData = Record<string, unknown> & { id: string; levels: Array<Record<string, unknown>>; competencies: Array<Record<string, unknown>> };

/** Statements as a file writes them (a plain string's id derived as resolve derives it), with their ids and texts. */
const written = (list: ReadonlyArray<string | { readonly id: string; readonly text: string }>) => {
	const ids = statementIds(list);
	return list.map((x, i) => ({ id: ids[i]!, text: typeof x === 'string' ? x : x.text }));
};
/** What a ladder adds to a shared competency's list: the items the shared one does not have. */
const added = (all: readonly string[] | undefined, shared: readonly string[]) => (all ?? []).filter((x) => !shared.some((y) => same(x, y)));
const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();
const statementText = (s: { text: string }) => s.text.trim();

/** Which levels a competency applies at: the cells with statements, or, where each level adds to the one below, every level from the first such cell. */
function applyingLevels(cells: readonly DraftStatement[][], replaces: boolean): number[] {
	const filled = cells.flatMap((cell, i) => (cell.length > 0 ? [i] : []));
	if (replaces || filled.length === 0) return filled;
	return cells.map((_, i) => i).filter((i) => i >= filled[0]!);
}

/** `levels:` for the applying levels, or undefined when they are all of the ladder's. */
export function levelsWritten(applying: readonly number[], ids: readonly string[]): LevelsWritten | undefined {
	if (applying.length === ids.length) return undefined;
	const first = applying[0]!;
	const last = applying[applying.length - 1]!;
	// Scattered levels, or one level in the middle, read best as a list.
	if (last - first + 1 !== applying.length || (first === last && first > 0 && last < ids.length - 1)) return applying.map((i) => ids[i]!);
	if (first === 0) return { upTo: ids[last]! };
	if (last === ids.length - 1) return { from: ids[first]! };
	return { from: ids[first]!, upTo: ids[last]! };
}

function levelData(level: DraftLevel, id: string, previous: ReadonlyArray<{ id: string; text: string }>): Record<string, unknown> {
	const out: Record<string, unknown> = { id, title: level.title };
	if (level.band) out.band = level.band;
	for (const key of ['summary', 'scope', 'ownership', 'initiative'] as const) if (level[key]) out[key] = level[key];
	const decideAlone = level.decideAlone ?? [];
	if (decideAlone.length > 0 || (level.outOfScope ?? []).length > 0 || (level.escalateWhen ?? []).length > 0 || (level.tooSafe ?? []).length > 0) {
		const ids = withIds(decideAlone, [], previous);
		out.authority = {
			decideAlone: decideAlone.map((d, i) => ({ id: ids[i]!.id, text: d.text, ...(d.limit ? { limit: d.limit } : {}) })),
			...(level.outOfScope?.length ? { outOfScope: level.outOfScope } : {}),
			...(level.escalateWhen?.length ? { escalateWhen: level.escalateWhen } : {}),
			...(level.tooSafe?.length ? { tooSafe: level.tooSafe } : {}),
		};
	}
	return out;
}

/**
 * Statements with ids: explicit ones kept, then the id a statement of the same text had before
 * (`previous`), the others derived as a plain string's would be, never clashing with `taken`.
 */
function withIds(statements: readonly DraftStatement[], taken: readonly string[], previous: ReadonlyArray<{ id: string; text: string }> = []): Array<{ id: string; text: string }> {
	const reused = statements.map((s) => s.id ?? previous.find((p) => same(p.text, s.text))?.id);
	// An id reused twice (the same text at two levels) is reused once: the repeat gets a derived one.
	const seen = new Set<string>();
	const unique = reused.map((id) => (id === undefined || seen.has(id) ? undefined : (seen.add(id), id)));
	const ids = statementIds([...taken.map((id) => ({ id })), ...statements.map((s, i) => (unique[i] ? { id: unique[i]! } : statementText(s)))]).slice(taken.length);
	return statements.map((s, i) => ({ id: ids[i]!, text: statementText(s) }));
}

function findShared(framework: Framework, competency: DraftCompetency): SharedCompetency | undefined {
	return framework.shared.find((s) => (competency.id !== undefined && s.id === competency.id) || same(s.name, competency.name)) as SharedCompetency | undefined;
}

/**
 * The ladder file's data from a draft: level ids from titles, competency and statement ids from
 * names and texts (the slug every plain-string statement gets, so the two agree), categories matched
 * to the framework's by name or id, competencies marked shared written as uses of the framework's
 * shared competency with only the statements the ladder adds, and `levels:` wherever a competency
 * applies at fewer than all levels. What cannot be settled is reported, located where it was read.
 */
export function buildLadder(draft: LadderDraft, framework: Framework, options: BuildOptions, report: ImportReport): { ladder: LadderData; comments: LadderComments } {
	const replaces = (options.eachLevel ?? draft.eachLevel ?? 'adds-to-below') === 'replaces-below';
	// Re-importing a ladder the framework has (edited in a spreadsheet): what kept its title, name or
	// text keeps its id, so assessments and diffs still follow it.
	const before = framework.ladders.find((m) => m.id === options.id);
	const levelIds = draft.levels.map((level) => level.id ?? before?.levels.find((l) => same(l.title, level.title))?.id ?? slugId(level.title));
	const seenLevels = new Map<string, DraftLevel>();
	draft.levels.forEach((level, i) => {
		const first = seenLevels.get(levelIds[i]!.toLowerCase());
		if (first) report.add('IMPORT_LEVEL_REPEATED', { title: level.title, id: levelIds[i]!, firstColumn: 'column' in first.at ? first.at.column : 0 }, level.at);
		else seenLevels.set(levelIds[i]!.toLowerCase(), level);
	});

	// Competency ids never clash with another ladder's or a shared one (both are errors in a framework).
	const taken = [...framework.shared.map((s) => s.id), ...framework.ladders.filter((m) => m.id !== options.id).flatMap((m) => m.competencies.filter((c) => !c.shared).map((c) => c.id))];
	const comments: LadderComments = { competencies: new Map() };
	const shared: Array<Record<string, unknown>> = [];
	const local: Array<Record<string, unknown>> = [];
	const named: Array<{ draft: DraftCompetency; use?: SharedCompetency }> = [];
	for (const competency of draft.competencies) {
		const use = competency.shared ? findShared(framework, competency) : undefined;
		if (competency.shared && !use) report.add('IMPORT_SHARED_UNKNOWN', { name: competency.name }, competency.at);
		named.push({ draft: competency, ...(use ? { use } : {}) });
	}
	const known = (c: DraftCompetency) => c.id ?? before?.competencies.find((x) => !x.shared && same(x.name, c.name))?.id;
	const localIds = statementIds([...taken.map((id) => ({ id })), ...named.filter((n) => !n.use).map((n) => (known(n.draft) ? { id: known(n.draft)! } : n.draft.name))]).slice(taken.length);

	let next = 0;
	for (const { draft: competency, use } of named) {
		const applying = competency.levels ? levelIds.flatMap((id, i) => (competency.levels!.includes(id) ? [i] : [])) : applyingLevels(competency.cells, replaces);
		const levels = levelsWritten(applying, levelIds);
		if (use) {
			// The ladder writes only what it adds to the shared statements of each level's band.
			const expectations: Record<string, unknown> = {};
			draft.levels.forEach((level, i) => {
				const band = (level.band ?? '') as keyof typeof use.expectations;
				const sharedHere = written(Object.hasOwn(use.expectations, band) ? use.expectations[band]! : []);
				const added = competency.cells[i]!.filter((s) => !sharedHere.some((x) => same(x.text, s.text)));
				const previous = before?.competencies.find((c) => c.id === use.id)?.expectations[levelIds[i]!]?.filter((x) => x.origin === 'role') ?? [];
				if (added.length > 0) expectations[levelIds[i]!] = withIds(added, Object.values(use.expectations).flatMap((list) => written(list).map((x) => x.id)), previous);
			});
			shared.push({
				id: use.id,
				...(competency.required ? { required: true } : {}),
				...(competency.weight !== undefined && competency.weight !== 1 ? { weight: competency.weight } : {}),
				...(levels ? { levels } : {}),
				...(Object.keys(expectations).length > 0 ? { expectations } : {}),
				...(added(competency.evidenceExamples, use.evidenceExamples).length > 0 ? { evidenceExamples: added(competency.evidenceExamples, use.evidenceExamples) } : {}),
			});
			continue;
		}
		const id = localIds[next++]!;
		const category = categoryOf(competency, framework, report, comments, id);
		if (competency.shared) comments.competencies.set(id, [...(comments.competencies.get(id) ?? []), { code: 'import.comment.shared', params: { name: competency.name } }]);
		// Statement ids are unique within the competency across its levels, in the order they are written.
		const flat = applying.flatMap((i) => competency.cells[i]!);
		const previous = Object.values(before?.competencies.find((c) => c.id === id && !c.shared)?.expectations ?? {}).flat();
		const ids = withIds(flat, [], previous);
		const expectations: Record<string, unknown> = {};
		let at = 0;
		for (const i of applying) {
			const count = competency.cells[i]!.length;
			if (count > 0) expectations[levelIds[i]!] = ids.slice(at, at + count);
			at += count;
		}
		local.push({
			id,
			name: competency.name.trim(),
			category,
			...(competency.description ? { description: competency.description } : {}),
			...(competency.required ? { required: true } : {}),
			...(competency.weight !== undefined && competency.weight !== 1 ? { weight: competency.weight } : {}),
			...(levels ? { levels } : {}),
			expectations,
			...(competency.evidenceExamples?.length ? { evidenceExamples: competency.evidenceExamples } : {}),
		});
	}

	const ladder: LadderData = {
		format: 'rungs/ladder@1',
		id: options.id,
		version: draft.version ?? '1.0.0',
		title: options.title,
		...(draft.summary ? { summary: draft.summary } : {}),
		...(draft.status ? { status: draft.status } : {}),
		...(draft.updated ? { updated: draft.updated } : {}),
		...(draft.license ? { license: draft.license } : {}),
		...(draft.sources?.length ? { sources: draft.sources } : {}),
		...(replaces ? { eachLevel: 'replaces-below' } : {}),
		levels: draft.levels.map((level, i) => levelData(level, levelIds[i]!, before?.levels.flatMap((l) => l.authority?.decideAlone ?? []) ?? [])),
		...(shared.length > 0 ? { sharedCompetencies: shared } : {}),
		competencies: local,
	};
	return { ladder, comments };
}

/** The framework category a competency belongs to: named by the source (by name or id), else the framework's first. */
function categoryOf(competency: DraftCompetency, framework: Framework, report: ImportReport, comments: LadderComments, id: string): string {
	const fallback = framework.categories[0]!.id;
	const written = competency.category?.text.trim() ?? '';
	if (written === '') return fallback;
	const found = framework.categories.find((c) => same(c.name, written) || same(c.id, written));
	if (found) return found.id;
	const names = framework.categories.map((c) => c.name);
	const suggestion = suggest(written, names);
	report.add('IMPORT_CATEGORY_UNKNOWN', { name: written, used: fallback, ...listIds(names), ...(suggestion ? { suggestion } : {}) }, competency.category!.at);
	comments.competencies.set(id, [{ code: 'import.comment.category', params: { name: written, used: fallback } }]);
	return fallback;
}
