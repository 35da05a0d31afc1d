import type { Framework, FrameworkData } from '../model/framework.ts';
import { targetKey, targetName, translationUnits } from '../model/translation-units.ts';
import type { Translations } from '../pipeline/parse-translations.ts';
import { entryName, normaliseText } from '../rules/translation-paths.ts';
import { deepFreeze } from '../schema/readonly.ts';
import type { Messages } from '../messages/catalog.ts';
import { nextLevelNote } from '../messages/path-notes.ts';

/** A text left in the source language, and why. */
export interface TranslationFallback {
	/** The translation file it belongs in, without `.yaml`: a ladder id, `framework`, `shared-competencies` or `career-paths`. */
	file: string;
	/** Its entry in that file, such as `levels.senior.title`. */
	field: string;
	/** `missing`: no translation (or an empty one); `stale`: a translation of an older source text. */
	reason: 'missing' | 'stale';
}

/** A framework put into another language by `translateFramework`, with what stayed in the source language. */
export interface TranslatedFramework {
	/** The framework with its texts in `language` where a current translation exists: ids, levels, rules and numbers unchanged. */
	framework: Framework;
	/** The language asked for. */
	language: string;
	/** Every text left in the source language, each once (a shared competency's text is counted at its shared file). */
	fallbacks: TranslationFallback[];
}

/** Options of `translateFramework`. */
export interface TranslateOptions {
	/**
	 * A catalog that words `path.next`, the note of each move up one ladder, in `language`: Rungs words
	 * it in English and French itself, in English for a language it does not speak.
	 */
	messages?: Partial<Messages>;
}

/** The entry at a path of a translation file, when it is there. */
function entryAt(file: unknown, path: ReadonlyArray<string | number>): { source: string; text?: string } | undefined {
	let node = file;
	for (const key of path) {
		if (node === null || typeof node !== 'object' || !Object.hasOwn(node, key)) return undefined;
		node = (node as Record<string | number, unknown>)[key];
	}
	const entry = node as { source?: unknown; text?: unknown } | undefined;
	return entry && typeof entry.source === 'string' ? { source: entry.source, ...(typeof entry.text === 'string' ? { text: entry.text } : {}) } : undefined;
}

/**
 * The framework in another language: every text that has a current translation in `language`
 * replaced by it, every other text left as the source has it, and `fallbacks` saying which and why.
 * Ids are untouched, so assessments, gap reports and share links are the same in every language; the
 * framework's `language` says which language its texts are in. The notes Rungs writes itself (the
 * move up one ladder) are worded in `language` too. Pure and browser-safe.
 *
 * @example
 * // `translations` as loadTranslations or parseTranslations give them; with no files, every text falls back.
 * const { framework: french, fallbacks } = translateFramework(framework, { sourceLanguage: 'en', languages: [] }, 'fr');
 * french.language; // "fr"
 * fallbacks[0]; // { file: 'framework', field: 'title', reason: 'missing' }
 */
export function translateFramework(framework: Framework, translations: Translations, language: string, options: TranslateOptions = {}): TranslatedFramework {
	if (language === framework.language) return { framework, language, fallbacks: [] };
	const files = translations.languages.find((l) => l.language === language)?.files ?? {};
	// A copy to write into: the framework given is frozen, and stays as it is.
	const copy = structuredClone(framework) as FrameworkData;
	const fallbacks: TranslationFallback[] = [];
	for (const unit of translationUnits(copy)) {
		const entry = entryAt(files[targetKey(unit.target)], unit.path);
		const text = entry?.text;
		const current = entry !== undefined && normaliseText(entry.source) === normaliseText(unit.text);
		if (text !== undefined && text.trim() !== '' && current) unit.set(text);
		else if (!unit.mirror) fallbacks.push({ file: targetName(unit.target), field: entryName(unit.path), reason: text !== undefined && text.trim() !== '' ? 'stale' : 'missing' });
	}
	// The implied moves are not in any file to translate: word them again, with the translated ladder titles.
	const titles = new Map(copy.ladders.map((m) => [m.id, m.title]));
	for (const path of copy.paths) if (path.implied) path.note = nextLevelNote(language, titles.get(path.from.ladder) ?? path.from.ladder, options.messages);
	copy.language = language;
	return { framework: deepFreeze(copy), language, fallbacks };
}
