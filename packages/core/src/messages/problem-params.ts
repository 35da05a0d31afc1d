import type { ProgressProblemParams } from './progress-problem-params.ts';
/**
 * The parameters of every problem code, typed: what a catalog has to put a problem into words in
 * any language. Numbers are numbers; texts quoted from a file are strings, already cut to a
 * readable length. Every reason is a code a catalog words (`ValueReason`, `IdReason`…); the one
 * English phrase left is `description`, the field's documentation quoted from the schema, which a
 * catalog in another language leaves out.
 */
type NoParams = Record<string, never>;
/**
 * The ids a problem would accept, as data: the first dozen in `known` and how many `more` there are
 * (absent when `known` holds them all). A catalog joins them in its own language.
 */
export interface KnownIds {
	known: readonly string[];
	more?: number;
}
/** The known ids and, when one is close, the likely one meant. */
export interface Suggestion extends KnownIds {
	suggestion?: string;
}

/** What a DUPLICATE_ID repeats. */
export type IdKind = 'competency' | 'statement' | 'level' | 'decision' | 'scale value' | 'category' | 'destination' | 'shared competency' | 'ladder';

/** Why a path was not read: what it is, or `system` for a failed system call (see `errno`). */
export type FsReason =
	| 'no-such-file'
	| 'no-such-folder'
	| 'not-a-folder'
	| 'folder'
	| 'named-pipe'
	| 'socket'
	| 'device'
	| 'not-regular'
	| 'link-to-nothing'
	| 'link-outside'
	| 'link-to-folder'
	| 'link' // a link in a git revision, never followed
	| 'folder-unreadable'
	| 'system';

/** A kind of value, as a catalog names it: in YAML's words for text (`a mapping`), JavaScript's for data (`an object`). */
export type ValueKind =
	| 'mapping' | 'list' | 'text' | 'number' | 'whole-number' | 'boolean' | 'null' | 'undefined' | 'date' | 'invalid-date' | 'bigint' | 'other'
	/** Expected of a whole input: objects, arrays, strings, numbers, booleans and null only. */
	| 'plain-data'
	/** Received: a value that throws when read (a getter, a revoked proxy); `value` holds the error's first line. */
	| 'unreadable';

/** The kind of text a length limit applies to (TEXT_LIMITS in schema/common.ts, and `meta`). */
export type TextKind = 'id' | 'band' | 'pattern' | 'version' | 'date' | 'label' | 'url' | 'text' | 'long-text' | 'meta-key' | 'meta-value';

/**
 * A rule of a Rungs format that a value breaks, each worded by the catalog; `limit` in VALUE_RULE's
 * params is the bound the rule names, when it has one.
 */
export type ValueRule =
	| 'scale-too-few' | 'scale-too-many' | 'shared-none' | 'levels-too-few' | 'levels-too-many'
	| 'points-negative' | 'points-too-many' | 'points-whole' | 'id-form' | 'band-form' | 'version-form'
	| 'date-form' | 'url-form' | 'label-empty' | 'text-empty' | 'bound-whole' | 'bound-too-small'
	| 'bound-too-large' | 'meta-key-empty' | 'meta-key-control' | 'meta-key-reserved' | 'meta-too-many' | 'goals-too-many'
	| 'statements-none' | 'weight-too-small' | 'weight-too-large' | 'weight-hundredths'
	| 'categories-none' | 'paths-none' | 'language-form';

/** Why INVALID_VALUE refuses a value, as data a catalog words. */
export type ValueReason =
	/** A word that is not one of the allowed ones (`values`). */
	| { kind: 'not-allowed'; value: string; values: readonly string[] }
	/** A value that fits none of the forms a field allows (`error`, or `{ severity, max }`). */
	| { kind: 'no-form' }
	/** A key that is not allowed in a mapping whose keys have a rule of their own. */
	| { kind: 'key-not-allowed'; key: string; rule?: ValueRule }
	/** Text holding a control character, such as an escape that would drive a terminal. */
	| { kind: 'control-character'; codePoint: string }
	/** A rule of the format, such as "a ladder has at least two levels"; `limit` when it names a bound. */
	| { kind: 'rule'; rule: ValueRule; limit?: number }
	/** A number or list outside its bounds, where the format gives no sentence of its own. */
	| { kind: 'too-small' | 'too-large'; limit: number; of: 'number' | 'list' | 'text' | 'other'; inclusive: boolean }
	/** Anything else the shape checker meets (a future version of the schema library): its code only. */
	| { kind: 'other'; check: string };

/** Why an identifier is refused when its form alone does not say it. */
export type IdReason = { kind: 'reserved' } | { kind: 'invisible'; codePoint: string } | { kind: 'not-ascii'; char: string; codePoint: string };

/** What the YAML parser could not read, when Rungs can say more than the parser (the rest: `parser`, its own code). */
export type YamlTrouble =
	| { kind: 'complex-key' }
	| { kind: 'alias-key' }
	| { kind: 'tab-indent' }
	| { kind: 'several-documents' }
	| { kind: 'colon-in-value' }
	| { kind: 'indented-too-deep' }
	| { kind: 'no-colon' }
	| { kind: 'unclosed-quote' }
	| { kind: 'unclosed-bracket'; opener: '[' | '{' }
	| { kind: 'unknown-alias'; name: string }
	| { kind: 'control-character'; codePoint: string }
	/** `code`: the parser's error code (`BAD_INDENT`…); `message`: its own sentence, quoted as it is. */
	| { kind: 'parser'; code: string; message: string };

/** The kinds of Rungs file, as FORMAT_NOT_EXPECTED and DUPLICATE_FILE name them. */
export type FileKind = 'ladder' | 'framework' | 'shared-competencies' | 'career-paths' | 'assessment' | 'translation';

/** Why a band pattern is refused. `message`: the regular-expression engine's own words, quoted. */
export type BandPatternReason =
	| { kind: 'too-long'; length: number; limit: number }
	| { kind: 'not-a-regex'; message: string }
	| { kind: 'backreference' }
	| { kind: 'lookaround' }
	| { kind: 'brace-not-repeat' }
	| { kind: 'repeated-group' }
	| { kind: 'too-many-ways' };

/** What an option of an API call should have been, as INVALID_OPTION says it. */
export type OptionExpectation =
	| 'options-object' // an object with the keys `known`
	| 'known-option' // the key is not an option: one of `known`
	| 'readiness-rule' // a readiness rule object
	| 'rule-id' // one of the rule ids `known`
	| 'rule-key' // the rule `rule` has only the keys `known`
	| 'boolean'
	| 'share' // a number above 0 and at most 1
	| 'scale-rating' // one of the scale's ratings `known`
	| 'points-map' // points per rating
	| 'whole-points' // a whole number from 0 to `max`
	| 'target' // a level id, or `{ ladder, level }`
	| 'level-id' // a level id of the ladder
	| 'string'
	| 'date' // `YYYY-MM-DD`
	| 'report-format' // one of the formats `known`
	| 'one-of' // one of the values `known`
	| 'ladder-id' // an id such as `support-representative`
	| 'label' // a title of 1 to 120 characters
	| 'locale' // one of the languages `known`
	| 'team-report' // a gap report or gap summary on a ladder of the framework
	| 'team-reports' // a list (an iterable) of gap reports or gap summaries
	| 'assessments-to-compare' // a list of two or more validated assessments
	| 'earlier-assessments'; // a list of one or more earlier assessments of the same person

/** What a translation names that its source does not have (TRANSLATION_UNKNOWN). */
export type TranslatedKind = 'ladder' | 'framework' | 'level' | 'competency' | 'shared competency' | 'statement' | 'decision' | 'scale value' | 'category' | 'destination' | 'band' | 'text';

export interface ProblemParams extends ProgressProblemParams {
	/** `errno`: the system's error code (`ENOENT`, `EACCES`…) when a system call failed. */
	FILE_NOT_FOUND: { path: string; reason: FsReason; errno?: string };
	/** `boundary`: the folder a link may not leave (`link-outside`). */
	FILE_NOT_READ: { path: string; reason: FsReason; errno?: string; boundary?: string };
	FILE_EMPTY: NoParams;
	/** `encoding`: `utf-16` when the bytes look like UTF-16, else `invalid`; `line` and `column`: near the first bad byte. */
	FILE_NOT_TEXT: { encoding: 'utf-16' | 'invalid'; line: number; column: number };
	/** `size` is null when a stream was cut off at the limit, its full size unknown. */
	FILE_TOO_LARGE: { size: number | null; limit: number };
	YAML_SYNTAX: { trouble: YamlTrouble };
	YAML_DUPLICATE_KEY: { key: string };
	YAML_VERSION: { version: string };
	YAML_UNKNOWN_TAG: { tag: string };
	YAML_ALIAS_LIMIT: { limit: number };
	YAML_TOO_DEEP: { limit: number };
	TOO_MANY_PROBLEMS: { count: number };
	FORMAT_MISSING: { example: string };
	FORMAT_UNKNOWN: { format: string } & KnownIds;
	FORMAT_UNSUPPORTED: { format: string; supported: string };
	/** `expected`: the kinds of file that belong here; `format`: the one found. */
	FORMAT_NOT_EXPECTED: { expected: readonly FileKind[]; format: string };
	/** `at` is the mapping the key is in, as a reader writes its path (`levels[2]`); '' at the top level. */
	UNKNOWN_KEY: { key: string; at: string } & Suggestion;
	/** `lookAlike` is a non-ASCII letter of the key that reads like an ASCII one, with its code point. */
	MISSPELT_KEY: { key: string; meant: string; at: string; lookAlike?: { char: string; codePoint: string } };
	/** `values`: the values the missing key may take, when it picks one form among several. */
	MISSING_FIELD: { key: string; at: string; values?: readonly string[]; description?: string };
	/** `value`: the scalar written, cut to 40 characters; `unquoted`: a number or `true` written where text was meant (quote it). */
	WRONG_TYPE: { field: string; expected: ValueKind; received: ValueKind; value?: string; unquoted?: boolean; description?: string };
	/** `suggestion`: the allowed value closest to the one written, when one is close. */
	INVALID_VALUE: { field: string; reason: ValueReason; description?: string; suggestion?: string };
	TEXT_TOO_LONG: { key?: boolean; field: string; length: number; what: TextKind; limit: number };
	INVALID_ID: { value: string; reason?: IdReason };
	/** `in`: the competency the id repeats in; `inLevel`: the level; `alsoIn`: the other file that has it; `firstId`: the first one's spelling, when it differs in case only. */
	DUPLICATE_ID: { kind: IdKind; id: string; in?: string; inLevel?: string; alsoIn?: string; firstId?: string; firstLine?: number | undefined };
	DUPLICATE_FILE: { kind: FileKind; other: string };
	FRAMEWORK_MISSING: { dir: string };
	NO_LADDERS: { dir: string };
	FILE_ID_MISMATCH: { id: string; file: string; stem: string };
	UNKNOWN_CATEGORY: { id: string } & Suggestion;
	/** `in`: the field (`expectations`, `levelNotes`) and competency that names the level, when one does. */
	UNKNOWN_LEVEL: { id: string; in?: { field: string; competency: string }; ladder: string } & Suggestion;
	UNKNOWN_BAND: { id: string } & KnownIds;
	UNKNOWN_LADDER: { id: string } & Suggestion;
	UNKNOWN_DESTINATION: { id: string } & Suggestion;
	UNKNOWN_SHARED_COMPETENCY: { id: string } & Suggestion;
	/** `ladders`: the ids of the ladders whose competencies were looked in. */
	UNKNOWN_COMPETENCY: { id: string; ladders: readonly string[] } & Suggestion;
	UNKNOWN_STATEMENT: { id: string; competency: string } & Suggestion;
	UNKNOWN_SCALE_VALUE: { id: string } & Suggestion;
	SHARED_REDEFINED: { id: string };
	SHARED_RESTATED: { how: 'id' | 'text'; competency: string; shared: string; derived?: true };
	UNKNOWN_LEVEL_BAND: { level: string; id: string } & KnownIds;
	SHARED_BAND_MISSING: { id: string; band: string; level: string };
	COMPETENCY_ID_CLASH: { id: string; other: string; otherFile: string; otherLine: number };
	LEVEL_ORDER: { first: string; firstBand: string; second: string; secondBand: string; id: string; other: string };
	LEVEL_NOT_COVERED: { competency: string; level: string };
	/** `pattern`: the framework's band pattern, as written. */
	INVALID_BAND: { id: string; level: string; pattern: string };
	LEVEL_BAND_MISSING: { level: string };
	BAND_PATTERN_INVALID: { pattern: string; reason: BandPatternReason };
	/** A competency's `levels:` that names no level: an empty list, or `{}`. */
	LEVELS_EMPTY: { competency: string };
	/** A `levels: { from, upTo }` whose `from` comes after its `upTo` on the ladder. */
	LEVEL_RANGE_REVERSED: { competency: string; from: string; upTo: string };
	/** Statements (or role additions) written for a level the competency's `levels:` leave out; `levels`: where it applies. */
	STATEMENTS_OUTSIDE_LEVELS: { competency: string; level: string; levels: readonly string[] };
	DUPLICATE_PATH: { from: string; to: string; firstLine?: number | undefined };
	LADDER_VERSION_MISMATCH: { ladder: string; was: string; now: string; file: string };
	LADDER_MAJOR_MISMATCH: { ladder: string; was: string; now: string; file: string };
	TARGET_BELOW_CURRENT: { target: string; current: string };
	ASSESSMENTS_NOT_COMPARABLE: { what: 'person' | 'ladder' | 'target'; first: string; second: string };
	NUMBER_IN_EXPECTATION: { match: string; rule: 'numbers-in-statements' };
	DUPLICATE_STATEMENT: { other: string; otherLevel: string; rule: 'duplicate-statements' };
	FEWER_STATEMENTS: { competency: string; count: number; level: string; previousCount: number; previous: string; rule: 'statements-progress' };
	NO_EVIDENCE_EXAMPLES: { competency: string; rule: 'evidence-examples' };
	AUTHORITY_SHRINKS: { level: string; decision: string; previous: string; rule: 'authority-grows' };
	/** `missing`: the fields the level leaves out, of `summary`, `scope`, `ownership`, `initiative`. */
	LEVEL_NARRATIVE_MISSING: { level: string; missing: readonly string[]; rule: 'level-narrative' };
	/** `missing`: `authority` when the level has none, else its empty lists. */
	AUTHORITY_MISSING: { level: string; missing: readonly string[]; rule: 'decision-authority' };
	LADDER_SUMMARY_MISSING: { ladder: string; rule: 'ladder-summary' };
	DESCRIPTION_MISSING: { competency: string; rule: 'competency-description' };
	/** `level` is absent when the count is the whole ladder's (`statements-per-ladder`). */
	TOO_MANY_STATEMENTS: { ladder: string; level?: string; count: number; max: number; rule: 'statements-per-level' | 'statements-per-ladder' };
	PATH_WITHIN_LADDER: NoParams;
	UNUSED_SHARED_COMPETENCY: { id: string };
	EVIDENCE_WITHOUT_RATING: { competency: string };
	/** A rating of a competency whose `levels` leave out the target level; `levels`: where it applies. */
	COMPETENCY_NOT_AT_LEVEL: { competency: string; level: string; levels: readonly string[] };
	// Arguments and options of the API's functions
	/**
	 * `value`: what was given, quoted the same in every language (`"bogus"`, `2`, `[…]`, `{…}`);
	 * `expected`: what the option should be; `known`: the ids it may take; `rule`: the readiness rule
	 * whose keys `known` lists; `max`: the largest number allowed.
	 */
	INVALID_OPTION: { option: string; value: string; expected: OptionExpectation; known?: readonly string[]; more?: number; rule?: string; max?: number; suggestion?: string };
	UNKNOWN_TARGET: { target: string; ladder: string } & Suggestion;
	ASSESSMENT_NOT_IN_FRAMEWORK: { ladder: string; level: string };
	MIGRATION_LEVEL_REMOVED: { which: 'current' | 'target'; id: string; ladder: string; version: string } & Suggestion;
	/**
	 * A framework edited after loading: `field` is what changed, `value` the value found (quoted as in
	 * INVALID_OPTION), `competency` the competency of a weight, `key` the key of a readiness rule.
	 */
	FRAMEWORK_CHANGED: { field: 'weight' | 'readiness'; value: string; competency?: string; key?: string };
	MIGRATION_OTHER_LADDER: { assessed: string; before: string; after: string };
	// Importing a ladder from a spreadsheet or a CASE package (row and column are the problem's line and column)
	IMPORT_UNCLOSED_QUOTE: NoParams;
	/** `found`: how many level columns the header names (0 or 1). */
	IMPORT_NO_LEVELS: { found: number };
	IMPORT_NO_COMPETENCIES: NoParams;
	/** `firstColumn`: the 1-based column of the level's first header cell. */
	IMPORT_LEVEL_REPEATED: { title: string; id: string; firstColumn: number };
	/** `text`: the cell's text, as the file has it. */
	IMPORT_CELL_NOT_PLACED: { reason: 'no-level' | 'no-competency' | 'untitled-level'; text: string };
	IMPORT_NO_STATEMENTS: { name: string };
	/** `name`: the category as the file writes it; `used`: the framework category the competency was filed under. */
	IMPORT_CATEGORY_UNKNOWN: { name: string; used: string } & Suggestion;
	IMPORT_SHARED_UNKNOWN: { name: string };
	/** `detail`: the JSON parser's words, when `reason` is `json`. */
	IMPORT_CASE_UNREADABLE: { reason: 'json' | 'document' | 'rubric'; detail?: string };
	// Translations of the ladders (i18n/<language>/*.yaml). `field` is the entry's place in the
	// translation file as a reader writes a path (`levels.senior.title`).
	/**
	 * A translation names something its source does not have: `kind` says what, `in` where it was
	 * looked for (a ladder, a competency, a field); `shared` when a shared competency is named among
	 * a ladder's own competencies.
	 */
	TRANSLATION_UNKNOWN: { kind: TranslatedKind; id: string; in?: string; shared?: true } & Suggestion;
	/** A list with more entries than the source list it translates. */
	TRANSLATION_EXTRA_ENTRY: { field: string; count: number; sourceCount: number };
	/** A file's `language` that differs from the folder it is in (`folder`), or that is the source language itself. */
	TRANSLATION_LANGUAGE_MISMATCH: { language: string; folder?: string; sourceLanguage?: string };
	/**
	 * A source text with no translation in `language`; located at the source text. `file` is the
	 * translation file it belongs in; `entries` is set (and `field` empty) when that whole file is missing.
	 */
	TRANSLATION_MISSING: { language: string; field: string; file: string; entries?: number };
	/** A translation made from `was`, while the source now says `now`. */
	TRANSLATION_STALE: { language: string; field: string; was: string; now: string };
}

export type ProblemCode = keyof ProblemParams;
