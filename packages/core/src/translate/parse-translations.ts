import type { SourceFile } from '../diagnostics/problem.ts';
import { judge, type Result } from '../diagnostics/result.ts';
import type { Framework } from '../model/framework.ts';
import { parseFrameworkFiles, type ParseFrameworkOptions } from '../pipeline/parse-framework.ts';
import type { Translations } from '../pipeline/parse-translations.ts';
import { fail } from '../diagnostics/result.ts';

/**
 * parseFramework for a folder of ladders with their translations: `sources` holds the ladder files
 * and the translation files (`format: rungs/translation@1`, paths such as `i18n/fr/framework.yaml`).
 * Gives the framework and, per language, its translation files and coverage; an unknown id in a
 * translation is an error, a missing or stale translation a warning, each located.
 *
 * @example
 * const french = 'format: rungs/translation@1\nlanguage: fr\nladder: support-representative\ntitle: { source: Support Representative, text: Chargé·e de support }\n';
 * const result = parseTranslations([{ path: 'framework.yaml', text: frameworkText }, { path: 'support-representative.yaml', text: ladderText }, { path: 'i18n/fr/support-representative.yaml', text: french }]);
 * if (result.ok) console.log(result.value.translations.languages[0]?.coverage); // { language: 'fr', total: …, translated: 1, missing: …, stale: 0 }
 */
export function parseTranslations(sources: readonly SourceFile[], options: ParseFrameworkOptions = {}): Result<{ framework: Framework; translations: Translations }> {
	const { result, translations } = parseFrameworkFiles(sources, options);
	if (!result.ok) return fail(result.problems);
	return judge({ framework: result.value, translations: translations ?? { sourceLanguage: result.value.language, languages: [] } }, result.warnings);
}
