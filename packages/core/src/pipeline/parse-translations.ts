import type { Problem } from '../diagnostics/problem.ts';
import type { FrameworkData } from '../model/framework.ts';
import { targetKey } from '../model/translation-units.ts';
import { checkTranslations, type TranslationCoverage } from '../rules/check-translations.ts';
import { TRANSLATION_KINDS, type TranslationFile, type TranslationKind } from '../schema/translation.ts';
import { checkSchema } from '../shape/check-schema.ts';
import type { ParsedSource } from '../source/parse-yaml.ts';
import type { Checked, Reporter } from '../source/reporter.ts';
import type { DeepReadonly } from '../schema/readonly.ts';

/** One language's translations of a framework: how much they cover, and the files themselves. */
export interface LanguageTranslations {
	/** The language, a lower-case BCP 47 tag such as `fr`. */
	language: string;
	/** How much of the framework it translates: texts in all, translated, missing and stale. */
	coverage: TranslationCoverage;
	/**
	 * The translation files that passed their checks, as written, by what they translate:
	 * `framework`, `shared-competencies`, `career-paths`, or `ladder:<id>`.
	 */
	files: Record<string, TranslationFile>;
}

/** The translations of a framework's ladders, as loaded beside them from `i18n/<language>/`. Plain data. */
export interface TranslationsData {
	/** The language the ladders are written in (framework.yaml's `language`, `en` when absent). */
	sourceLanguage: string;
	/** Per language, in the order they were found. */
	languages: LanguageTranslations[];
}

/** The translations of a framework's ladders, as checked: read-only, they come frozen. */
export type Translations = DeepReadonly<TranslationsData>;

const KINDS = Object.keys(TRANSLATION_KINDS) as TranslationKind[];

/** A translation file's shape, checked with the schema of what it says it translates. */
export function checkTranslationShape(parsed: ParsedSource, reporter: Reporter): { value?: TranslationFile; problems: Problem[] } {
	const data = parsed.data as Record<string, unknown>;
	const kind = KINDS.find((k) => Object.hasOwn(data, k));
	if (!kind) {
		// What the file translates: `ladder: <id>`, `framework: <id>`, `shared-competencies: true` or `career-paths: true`.
		reporter.report(parsed, 'MISSING_FIELD', [], { key: 'ladder', at: '', values: KINDS });
		return { problems: [] };
	}
	return checkSchema(TRANSLATION_KINDS[kind], parsed) as { value?: TranslationFile; problems: Problem[] };
}

/** The source files by the target key their texts are translated under, to locate a missing translation. */
export function sourcesByTarget(files: { framework?: Checked<unknown>; shared?: Checked<unknown>; paths?: Checked<unknown>; ladders: ReadonlyArray<Checked<{ id: string }>> }): Map<string, Checked<unknown>> {
	const map = new Map<string, Checked<unknown>>();
	if (files.framework) map.set(targetKey({ kind: 'framework' }), files.framework);
	if (files.shared) map.set(targetKey({ kind: 'shared-competencies' }), files.shared);
	if (files.paths) map.set(targetKey({ kind: 'career-paths' }), files.paths);
	for (const ladder of files.ladders) map.set(targetKey({ kind: 'ladder', id: ladder.value.id }), ladder);
	return map;
}

/** Checks the translation files against the resolved framework: its problems go to the reporter. */
export function translationsOf(reporter: Reporter, framework: FrameworkData, files: ReadonlyArray<Checked<TranslationFile>>, sources: Map<string, Checked<unknown>>): TranslationsData {
	const checked = checkTranslations(reporter, framework, files, sources);
	return { sourceLanguage: framework.language, languages: checked.map(({ coverage, files: byTarget }) => ({ language: coverage.language, coverage, files: byTarget })) };
}
