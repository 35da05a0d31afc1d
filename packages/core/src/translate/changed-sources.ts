import type { Framework, FrameworkData } from '../model/framework.ts';
import { targetKey, targetName, translationUnits } from '../model/translation-units.ts';
import type { Translations } from '../pipeline/parse-translations.ts';
import { entryName, normaliseText } from '../rules/translation-paths.ts';

/** A source text that changed between two versions, with the translations the change makes stale. */
export interface ChangedSource {
	/** The translation file it belongs in, without `.yaml`: a ladder id, `framework`, `shared-competencies` or `career-paths`. */
	file: string;
	/** Its entry, such as `levels.senior.summary`. */
	field: string;
	was: string;
	now: string;
	/** The languages with a translation of the old text, which the change makes stale. */
	languages: string[];
}

/** A text's place, the same in both versions: the translation file and the entry. */
const keyOf = (unit: { target: Parameters<typeof targetKey>[0]; path: ReadonlyArray<string | number> }) => `${targetKey(unit.target)}\u0000${JSON.stringify(unit.path)}`;

/** The translation text at a path of a file, when there is one. */
function translated(file: unknown, path: ReadonlyArray<string | number>): boolean {
	let node = file;
	for (const key of path) {
		if (node === null || typeof node !== 'object' || !Object.hasOwn(node, key)) return false;
		node = (node as Record<string | number, unknown>)[key];
	}
	const text = (node as { text?: unknown } | undefined)?.text;
	return typeof text === 'string' && text.trim() !== '';
}

/**
 * The source texts a change rewords (same place in both versions, other words once whitespace is
 * normalised), each with the languages whose translation of it the change makes stale. Texts added
 * or removed are not listed: a new text is missing in every language, which the validator says.
 *
 * @example
 * for (const change of changedSources(before, after, translations)) console.log(change.file, change.field, change.languages);
 */
export function changedSources(before: Framework, after: Framework, translations?: Translations): ChangedSource[] {
	const old = new Map(translationUnits(structuredClone(before) as FrameworkData).filter((u) => !u.mirror).map((u) => [keyOf(u), u.text]));
	const changes: ChangedSource[] = [];
	for (const unit of translationUnits(structuredClone(after) as FrameworkData)) {
		if (unit.mirror) continue;
		const was = old.get(keyOf(unit));
		if (was === undefined || normaliseText(was) === normaliseText(unit.text)) continue;
		const languages = (translations?.languages ?? []).filter((l) => translated(l.files[targetKey(unit.target)], unit.path)).map((l) => l.language);
		changes.push({ file: targetName(unit.target), field: entryName(unit.path), was, now: unit.text, languages });
	}
	return changes;
}
