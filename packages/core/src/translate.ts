// @rungs/core/translate: the translations of a framework's ladders, files in `i18n/<language>/`
// beside them keyed by ids: checked against the ladders, applied to a framework, and written or
// refreshed for translators. Isomorphic, like the main entry; loading from folders is '/node'.
export { parseTranslations } from './translate/parse-translations.ts';
export { translateFramework, type TranslatedFramework, type TranslateOptions, type TranslationFallback } from './translate/translate-framework.ts';
export { translationFiles, type TranslationFileUpdate, type TranslationFilesOptions } from './translate/translation-files.ts';
export { changedSources, type ChangedSource } from './translate/changed-sources.ts';
export type { Translations, TranslationsData, LanguageTranslations } from './pipeline/parse-translations.ts';
export type { TranslationCoverage } from './rules/check-translations.ts';
export type { TranslationFile, TranslationEntry, LadderTranslationFile, FrameworkTranslationFile, SharedTranslationFile, PathsTranslationFile } from './schema/translation.ts';
