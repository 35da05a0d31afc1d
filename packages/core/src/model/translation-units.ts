import type { FrameworkData, LadderData, ResolvedCompetencyData } from './framework.ts';

/*
 * Every translatable text of a framework, as the one walk that the validator (what is missing,
 * stale or unknown), the coverage count and the overlay (translateFramework) all share, so the three
 * can never disagree about what a translation file holds. A unit is located twice: in the
 * translation file (`target` and `path`, the keys of design18's format) and, through `set`, in the
 * framework object walked (the overlay walks a copy and writes the translation there).
 */

/** The file a unit belongs in, by what it translates. A ladder's file is named after the ladder's id. */
export type TranslationTarget = { kind: 'framework' } | { kind: 'shared-competencies' } | { kind: 'career-paths' } | { kind: 'ladder'; id: string };

/** The file name (without `.yaml`) of a target's translation, in `i18n/<language>/`. */
export const targetName = (target: TranslationTarget): string => (target.kind === 'ladder' ? target.id : target.kind);

/** A target as one string, for maps: `ladder:support-representative`, `framework`. */
export const targetKey = (target: TranslationTarget): string => (target.kind === 'ladder' ? `ladder:${target.id}` : target.kind);

export interface TranslationUnit {
	target: TranslationTarget;
	/** Where its entry is in the translation file, such as `['levels', 'senior', 'title']`. */
	path: Array<string | number>;
	/** The source text, as the source file has it. */
	text: string;
	/**
	 * True for a copy of a shared competency's text inside a ladder (the same entry, reached twice):
	 * the overlay translates it, the validator and the coverage count it once, at the shared file.
	 */
	mirror?: true;
	/** Puts a translation in place of the text, in the object walked. */
	set: (text: string) => void;
}

/** A unit as a walk finds it; `shared` when it belongs to shared-competencies.yaml whatever the walk's file. */
type Found = Omit<TranslationUnit, 'target'> & { shared?: true };
type Emit = (unit: Found) => void;
type Texts = Record<string, unknown>;

/** A field of an object as a unit, when it holds a text. */
function field(emit: Emit, owner: Texts, key: string, path: Array<string | number>): void {
	const value = owner[key];
	if (typeof value === 'string') emit({ path: [...path, key], text: value, set: (text) => (owner[key] = text) });
}

/** Every item of a list of texts as a unit, from `from` on (the items before are another file's). */
function list(emit: Emit, items: unknown, path: Array<string | number>, from = 0): void {
	if (!Array.isArray(items)) return;
	for (let i = from; i < items.length; i++) {
		if (typeof items[i] === 'string') emit({ path: [...path, i - from], text: items[i] as string, set: (text) => (items[i] = text) });
	}
}

/** The statements of every level or band, keyed by statement id (ids are unique within a competency). */
function statements(emit: Emit, expectations: Record<string, Array<{ id: string; text: string; origin?: string }>>, path: Array<string | number>, origin?: string): void {
	for (const level of Object.keys(expectations)) {
		for (const statement of expectations[level]!) {
			if (origin !== undefined && statement.origin !== origin) continue;
			emit({ path: [...path, 'statements', statement.id], text: statement.text, set: (text) => (statement.text = text) });
		}
	}
}

function ladderUnits(emit: Emit, ladder: LadderData, sharedById: Map<string, FrameworkData['shared'][number]>): void {
	const m = ladder as unknown as Texts;
	field(emit, m, 'title', []);
	field(emit, m, 'summary', []);
	for (const level of ladder.levels) {
		const at = ['levels', level.id];
		for (const key of ['title', 'summary', 'scope', 'ownership', 'initiative']) field(emit, level as unknown as Texts, key, at);
		const authority = level.authority;
		if (!authority) continue;
		for (const decision of authority.decideAlone) {
			field(emit, decision as unknown as Texts, 'text', [...at, 'authority', 'decideAlone', decision.id]);
			field(emit, decision as unknown as Texts, 'limit', [...at, 'authority', 'decideAlone', decision.id]);
		}
		for (const key of ['tooSafe', 'outOfScope', 'escalateWhen'] as const) list(emit, authority[key], [...at, 'authority', key]);
	}
	for (const competency of ladder.competencies) {
		if (competency.shared) sharedUse(emit, competency, sharedById.get(competency.id), ladder);
		else localCompetency(emit, competency);
	}
}

function localCompetency(emit: Emit, competency: ResolvedCompetencyData): void {
	const at = ['competencies', competency.id];
	field(emit, competency as unknown as Texts, 'name', at);
	field(emit, competency as unknown as Texts, 'description', at);
	statements(emit, competency.expectations, at);
	for (const level of Object.keys(competency.levelNotes)) field(emit, competency.levelNotes, level, [...at, 'levelNotes']);
	list(emit, competency.evidenceExamples, [...at, 'evidenceExamples']);
}

/**
 * A shared competency inside a ladder: its shared texts are mirrors of shared-competencies.yaml's,
 * what the ladder adds (role statements, its own notes and examples) is the ladder's to translate.
 */
function sharedUse(emit: Emit, competency: ResolvedCompetencyData, shared: FrameworkData['shared'][number] | undefined, ladder: LadderData): void {
	const own = ['sharedCompetencies', competency.id];
	const common = ['competencies', competency.id];
	const mirror: Emit = (unit) => emit({ ...unit, mirror: true, shared: true });
	field(mirror, competency as unknown as Texts, 'name', common);
	field(mirror, competency as unknown as Texts, 'description', common);
	statements(mirror, competency.expectations, common, 'shared');
	statements(emit, competency.expectations, own, 'role');
	const bands = new Map(ladder.levels.map((l) => [l.id, l.band]));
	for (const level of Object.keys(competency.levelNotes)) {
		const band = bands.get(level);
		const sharedNote = band === undefined ? undefined : shared?.levelNotes?.[band];
		if (sharedNote !== undefined && sharedNote === competency.levelNotes[level]) {
			mirror({ path: [...common, 'levelNotes', band!], text: sharedNote, set: (text) => (competency.levelNotes[level] = text) });
		} else field(emit, competency.levelNotes, level, [...own, 'levelNotes']);
	}
	const sharedCount = shared?.evidenceExamples.length ?? 0;
	competency.evidenceExamples.slice(0, sharedCount).forEach((text, i) =>
		mirror({ path: [...common, 'evidenceExamples', i], text, set: (t) => (competency.evidenceExamples[i] = t) }),
	);
	list(emit, competency.evidenceExamples, [...own, 'evidenceExamples'], sharedCount);
}

/**
 * Every translatable text of a framework, in the order of its files: framework.yaml, the shared
 * competencies, the career paths, then each ladder. Walk a copy to write translations (`set`).
 */
export function translationUnits(framework: FrameworkData): TranslationUnit[] {
	const units: TranslationUnit[] = [];
	const into = (target: TranslationTarget): Emit => (unit) => {
		units.push({ target: unit.shared ? { kind: 'shared-competencies' } : target, path: unit.path, text: unit.text, ...(unit.mirror ? { mirror: true as const } : {}), set: unit.set });
	};
	const f = into({ kind: 'framework' });
	field(f, framework as unknown as Texts, 'title', []);
	field(f, framework as unknown as Texts, 'summary', []);
	for (const value of framework.scale.values) for (const key of ['label', 'anchor']) field(f, value as unknown as Texts, key, ['scale', value.id]);
	for (const category of framework.categories) for (const key of ['name', 'description']) field(f, category as unknown as Texts, key, ['categories', category.id]);

	const s = into({ kind: 'shared-competencies' });
	for (const competency of framework.shared) {
		const at = ['competencies', competency.id];
		field(s, competency as unknown as Texts, 'name', at);
		field(s, competency as unknown as Texts, 'description', at);
		statements(s, competency.expectations, at);
		for (const band of Object.keys(competency.levelNotes ?? {})) field(s, competency.levelNotes!, band, [...at, 'levelNotes']);
		list(s, competency.evidenceExamples, [...at, 'evidenceExamples']);
	}

	const p = into({ kind: 'career-paths' });
	for (const destination of framework.destinations) for (const key of ['title', 'summary']) field(p, destination as unknown as Texts, key, ['destinations', destination.id]);
	framework.paths.filter((path) => !path.implied).forEach((path, i) => field(p, path as unknown as Texts, 'note', ['paths', i]));

	const sharedById = new Map(framework.shared.map((c) => [c.id, c]));
	for (const ladder of framework.ladders) ladderUnits(into({ kind: 'ladder', id: ladder.id }), ladder, sharedById);
	return units;
}
