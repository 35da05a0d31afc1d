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
	/** The text in the old version. */
	was: string;
	/** The text in the new version. */
	now: string;
	/** The languages whose translation was made from the old text (its `source` says so): the change makes it stale. */
	languages: string[];
}

/** A text's place, the same in both versions: the translation file and the entry. */
const keyOf = (unit: { target: Parameters<typeof targetKey>[0]; path: ReadonlyArray<string | number> }) => `${targetKey(unit.target)}\u0000${JSON.stringify(unit.path)}`;

/** True when a file has a translation, at `path`, made from the text `was`. */
function translatedFrom(file: unknown, path: ReadonlyArray<string | number>, was: string): boolean {
	let node = file;
	for (const key of path) {
		if (node === null || typeof node !== 'object' || !Object.hasOwn(node, key)) return false;
		node = (node as Record<string | number, unknown>)[key];
	}
	const entry = node as { source?: unknown; text?: unknown } | undefined;
	return typeof entry?.text === 'string' && entry.text.trim() !== '' && typeof entry.source === 'string' && normaliseText(entry.source) === normaliseText(was);
}

/**
 * The source texts a change rewords (same place in both versions, other words once whitespace is
 * normalised), each with the languages whose translation was made from the old text, which the
 * change makes stale (a translation already updated to the new text is not listed). Texts added
 * or removed are not listed: a new text is missing in every language, which the validator says.
 *
 * @example
 * // Two versions of the ladders, and the translations as loadTranslations gives them.
 * const changes = changedSources(framework, framework); // [] when nothing was reworded
 * for (const change of changes) console.log(change.file, change.field, change.languages);
 */
export function changedSources(before: Framework, after: Framework, translations?: Translations): ChangedSource[] {
	const old = new Map(translationUnits(structuredClone(before) as FrameworkData).filter((u) => !u.mirror).map((u) => [keyOf(u), u.text]));
	const changes: ChangedSource[] = [];
	for (const unit of translationUnits(structuredClone(after) as FrameworkData)) {
		if (unit.mirror) continue;
		const was = old.get(keyOf(unit));
		if (was === undefined || normaliseText(was) === normaliseText(unit.text)) continue;
		const languages = (translations?.languages ?? []).filter((l) => translatedFrom(l.files[targetKey(unit.target)], unit.path, was)).map((l) => l.language);
		changes.push({ file: targetName(unit.target), field: entryName(unit.path), was, now: unit.text, languages });
	}
	return changes;
}
