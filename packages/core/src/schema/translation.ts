import { z } from 'zod';
import { BandSchema, boundedString, DollarSchemaField, IdSchema, TEXT_LIMITS } from './common.ts';
import { valueRule } from '../messages/value-rules.ts';

export const TRANSLATION_FORMAT = 'rungs/translation@1';

/**
 * A language tag as a translation folder is named (`i18n/<tag>/`): BCP 47, lower-case, such as `fr`,
 * `fr-ca` or `zh-hant`. Lower-case so the folder name is the same on every file system.
 */
export const LANGUAGE_PATTERN = /^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/;
export const LanguageSchema = boundedString(35, 'label').regex(LANGUAGE_PATTERN, { error: valueRule('language-form') });

/**
 * One translated string: the source text it was made from, and the translation. Keeping `source`
 * lets the validator tell a translation made from older text (stale) from a current one, and lets a
 * reviewer read both languages in one file. An empty or absent `text` is an entry still to translate.
 */
export const TranslationEntrySchema = z
	.strictObject({
		source: boundedString(TEXT_LIMITS.text, 'text').meta({ description: 'The source-language text this translation was made from, as the source file has it.' }),
		text: boundedString(TEXT_LIMITS.text, 'text')
			.optional()
			.meta({ description: 'The translation; empty while still to translate (the validator counts it as missing).' }),
	})
	.meta({ description: 'A translated string: `source` (the text it translates) and `text` (the translation).' });
export type TranslationEntry = z.output<typeof TranslationEntrySchema>;

const entry = TranslationEntrySchema.optional();
const entries = z.array(TranslationEntrySchema).optional().meta({ description: 'One entry per item of the source list, in its order.' });
const byId = <T extends z.ZodType>(value: T, what: string) => z.record(IdSchema, value).optional().meta({ description: `Keyed by ${what} id.` });

const DecisionTranslationSchema = z.strictObject({ text: entry, limit: entry });

export const LevelTranslationSchema = z.strictObject({
	title: entry,
	summary: entry,
	scope: entry,
	ownership: entry,
	initiative: entry,
	authority: z
		.strictObject({
			decideAlone: byId(DecisionTranslationSchema, 'decision'),
			tooSafe: entries,
			outOfScope: entries,
			escalateWhen: entries,
		})
		.optional(),
});

/** What a competency carries in words: the same keys in a ladder and in shared-competencies.yaml. */
const competencyTexts = {
	name: entry,
	description: entry,
	statements: byId(TranslationEntrySchema, 'statement (derived ids for plain-string statements)'),
	evidenceExamples: entries,
};
export const CompetencyTranslationSchema = z.strictObject({ ...competencyTexts, levelNotes: byId(TranslationEntrySchema, 'level') });
export const SharedCompetencyTranslationSchema = z.strictObject({
	...competencyTexts,
	levelNotes: z.record(BandSchema, TranslationEntrySchema).optional().meta({ description: 'Keyed by band.' }),
});
/** A ladder's own additions to a shared competency: role statements, notes and evidence examples. */
export const SharedUseTranslationSchema = z.strictObject({
	statements: competencyTexts.statements,
	levelNotes: byId(TranslationEntrySchema, 'level'),
	evidenceExamples: entries,
});

const head = {
	$schema: DollarSchemaField,
	format: z.literal(TRANSLATION_FORMAT).meta({ description: 'The kind and version of this file.' }),
	language: LanguageSchema.meta({ description: 'The language of the translations; the folder `i18n/<language>/` the file is in.' }),
};

export const LadderTranslationSchema = z.strictObject({
	...head,
	ladder: IdSchema.meta({ description: 'The id of the ladder this file translates.' }),
	title: entry,
	summary: entry,
	levels: byId(LevelTranslationSchema, 'level'),
	competencies: byId(CompetencyTranslationSchema, 'competency (the ladder\'s own)'),
	sharedCompetencies: byId(SharedUseTranslationSchema, 'shared competency (what this ladder adds to it)'),
});

export const FrameworkTranslationSchema = z.strictObject({
	...head,
	framework: IdSchema.meta({ description: 'The id of the framework this file translates.' }),
	title: entry,
	summary: entry,
	scale: byId(z.strictObject({ label: entry, anchor: entry }), 'scale value'),
	categories: byId(z.strictObject({ name: entry, description: entry }), 'category'),
});

export const SharedTranslationSchema = z.strictObject({
	...head,
	'shared-competencies': z.literal(true).meta({ description: 'This file translates shared-competencies.yaml.' }),
	competencies: byId(SharedCompetencyTranslationSchema, 'shared competency'),
});

export const PathsTranslationSchema = z.strictObject({
	...head,
	'career-paths': z.literal(true).meta({ description: 'This file translates career-paths.yaml.' }),
	destinations: byId(z.strictObject({ title: entry, summary: entry }), 'destination'),
	paths: z.array(z.strictObject({ note: entry })).optional().meta({ description: 'One item per path of career-paths.yaml, in its order.' }),
});

/** `i18n/<language>/<ladder id>.yaml`: a ladder's texts in another language. */
export type LadderTranslationFile = z.output<typeof LadderTranslationSchema>;
/** `i18n/<language>/framework.yaml`: the framework's title, scale and categories in another language. */
export type FrameworkTranslationFile = z.output<typeof FrameworkTranslationSchema>;
/** `i18n/<language>/shared-competencies.yaml`: the shared competencies in another language. */
export type SharedTranslationFile = z.output<typeof SharedTranslationSchema>;
/** `i18n/<language>/career-paths.yaml`: destinations and path notes in another language. */
export type PathsTranslationFile = z.output<typeof PathsTranslationSchema>;
/** A translation file of any kind, as checked. */
export type TranslationFile = LadderTranslationFile | FrameworkTranslationFile | SharedTranslationFile | PathsTranslationFile;

/**
 * The key that says what a translation file translates, with its schema: a ladder's file names the
 * ladder, the framework's its id, the shared competencies' and career paths' say `true`.
 */
export const TRANSLATION_KINDS = {
	ladder: LadderTranslationSchema,
	framework: FrameworkTranslationSchema,
	'shared-competencies': SharedTranslationSchema,
	'career-paths': PathsTranslationSchema,
} as const;
export type TranslationKind = keyof typeof TRANSLATION_KINDS;

/** `i18n/<language>/<file>.yaml`: a translation of the file of the same name beside the ladders. */
export const TranslationFileSchema = z
	.union([LadderTranslationSchema, FrameworkTranslationSchema, SharedTranslationSchema, PathsTranslationSchema])
	.meta({ description: 'A translation of one source file: a ladder, framework.yaml, shared-competencies.yaml or career-paths.yaml.' });
