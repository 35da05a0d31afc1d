/**
 * Every problem Rungs reports, by permanent code, with its severity and a short title. Codes never
 * change meaning once released; a new situation gets a new code. What each problem says (its
 * message and hint, from typed parameters) is in the message catalog, `messages/`.
 */
import type { ProblemCode, ProblemParams } from '../messages/problem-params.ts';
import type { RuleName } from '../schema/house-rules.ts';

export type { ProblemCode, ProblemParams };

export interface ProblemDefinition {
	/**
	 * The problem's severity. A house rule's problem (`rule` set) takes the severity framework.yaml
	 * gives its rule, and is not reported when the rule is `off`; this is its severity in the strict
	 * profile that matrices/framework.yaml shows.
	 */
	severity: 'error' | 'warning';
	/** The house rule (or rules) that report this problem, when one does; the problem's `params.rule` says which. */
	rule?: RuleName | readonly RuleName[];
	/** A short title for documentation and tables. */
	title: string;
}

export const PROBLEMS: { readonly [C in ProblemCode]: ProblemDefinition } = {
	// Files and YAML
	FILE_NOT_FOUND: { severity: 'error', title: 'File not found' },
	FILE_NOT_READ: { severity: 'error', title: 'File not read' },
	FILE_EMPTY: { severity: 'error', title: 'Empty file' },
	FILE_NOT_TEXT: { severity: 'error', title: 'File is not UTF-8 text' },
	FILE_TOO_LARGE: { severity: 'error', title: 'File too large' },
	YAML_SYNTAX: { severity: 'error', title: 'YAML syntax error' },
	YAML_DUPLICATE_KEY: { severity: 'error', title: 'Duplicate key' },
	YAML_VERSION: { severity: 'error', title: 'YAML version not supported' },
	YAML_UNKNOWN_TAG: { severity: 'error', title: 'Unknown YAML tag' },
	YAML_ALIAS_LIMIT: { severity: 'error', title: 'Too many aliases' },
	YAML_TOO_DEEP: { severity: 'error', title: 'Nesting too deep' },
	TOO_MANY_PROBLEMS: { severity: 'error', title: 'Too many problems' },
	FORMAT_MISSING: { severity: 'error', title: 'Missing format' },
	FORMAT_UNKNOWN: { severity: 'error', title: 'Unknown format' },
	FORMAT_UNSUPPORTED: { severity: 'error', title: 'Unsupported format version' },
	FORMAT_NOT_EXPECTED: { severity: 'error', title: 'Wrong kind of file' },
	// Shape (from the schema)
	UNKNOWN_KEY: { severity: 'error', title: 'Unknown key' },
	MISSPELT_KEY: { severity: 'error', title: 'Misspelt key' },
	MISSING_FIELD: { severity: 'error', title: 'Missing field' },
	WRONG_TYPE: { severity: 'error', title: 'Wrong type' },
	INVALID_VALUE: { severity: 'error', title: 'Invalid value' },
	TEXT_TOO_LONG: { severity: 'error', title: 'Text too long' },
	INVALID_ID: { severity: 'error', title: 'Invalid identifier' },
	// References and structure
	DUPLICATE_ID: { severity: 'error', title: 'Duplicate identifier' },
	DUPLICATE_FILE: { severity: 'error', title: 'Duplicate file' },
	FRAMEWORK_MISSING: { severity: 'error', title: 'No framework file' },
	NO_LADDERS: { severity: 'error', title: 'No ladders' },
	FILE_ID_MISMATCH: { severity: 'error', title: 'File name and id differ' },
	UNKNOWN_CATEGORY: { severity: 'error', title: 'Unknown category' },
	UNKNOWN_LEVEL: { severity: 'error', title: 'Unknown level' },
	UNKNOWN_BAND: { severity: 'error', title: 'Band not used' },
	UNKNOWN_LADDER: { severity: 'error', title: 'Unknown ladder' },
	UNKNOWN_DESTINATION: { severity: 'error', title: 'Unknown destination' },
	UNKNOWN_SHARED_COMPETENCY: { severity: 'error', title: 'Unknown shared competency' },
	UNKNOWN_COMPETENCY: { severity: 'error', title: 'Unknown competency' },
	UNKNOWN_STATEMENT: { severity: 'error', title: 'Unknown statement' },
	UNKNOWN_SCALE_VALUE: { severity: 'error', title: 'Unknown rating' },
	SHARED_REDEFINED: { severity: 'error', title: 'Shared competency redefined' },
	SHARED_RESTATED: { severity: 'error', title: 'Shared statement restated' },
	UNKNOWN_LEVEL_BAND: { severity: 'error', title: 'Band without shared statements' },
	SHARED_BAND_MISSING: { severity: 'error', title: 'Shared competency missing a band' },
	COMPETENCY_ID_CLASH: { severity: 'error', title: 'Competency id used by two ladders' },
	LEVEL_ORDER: { severity: 'error', title: 'Levels out of order' },
	LEVEL_NOT_COVERED: { severity: 'error', title: 'Level without expectations' },
	INVALID_BAND: { severity: 'error', title: 'Band does not match the band pattern' },
	LEVEL_BAND_MISSING: { severity: 'error', title: 'Level without a band' },
	BAND_PATTERN_INVALID: { severity: 'error', title: 'Band pattern refused' },
	LEVELS_EMPTY: { severity: 'error', title: 'Competency applies at no level' },
	LEVEL_RANGE_REVERSED: { severity: 'error', title: 'Level range reversed' },
	STATEMENTS_OUTSIDE_LEVELS: { severity: 'error', title: 'Statements where the competency does not apply' },
	DUPLICATE_PATH: { severity: 'error', title: 'Duplicate path' },
	LADDER_VERSION_MISMATCH: { severity: 'warning', title: 'Assessment made on another version' },
	LADDER_MAJOR_MISMATCH: { severity: 'error', title: 'Assessment made on an incompatible version' },
	TARGET_BELOW_CURRENT: { severity: 'warning', title: 'Target below current level' },
	ASSESSMENTS_NOT_COMPARABLE: { severity: 'error', title: 'Assessments not comparable' },
	PROGRESS_NOT_COMPARABLE: { severity: 'error', title: 'Earlier assessment of another person or ladder' },
	PROGRESS_NOT_EARLIER: { severity: 'error', title: 'Earlier assessment made later' },
	PROGRESS_NOT_MIGRATED: { severity: 'warning', title: 'Earlier assessment read on another ladder version' },
	// House rules: content rules whose severity framework.yaml sets (see `rule`)
	NUMBER_IN_EXPECTATION: { severity: 'warning', title: 'Number in a behaviour statement', rule: 'numbers-in-statements' },
	DUPLICATE_STATEMENT: { severity: 'warning', title: 'Statement repeated', rule: 'duplicate-statements' },
	FEWER_STATEMENTS: { severity: 'warning', title: 'Fewer statements than the level below', rule: 'statements-progress' },
	NO_EVIDENCE_EXAMPLES: { severity: 'warning', title: 'No evidence examples', rule: 'evidence-examples' },
	AUTHORITY_SHRINKS: { severity: 'warning', title: 'Decision authority shrinks', rule: 'authority-grows' },
	LEVEL_NARRATIVE_MISSING: { severity: 'error', title: 'Level narrative missing', rule: 'level-narrative' },
	AUTHORITY_MISSING: { severity: 'error', title: 'Decision authority missing', rule: 'decision-authority' },
	LADDER_SUMMARY_MISSING: { severity: 'error', title: 'Ladder summary missing', rule: 'ladder-summary' },
	DESCRIPTION_MISSING: { severity: 'error', title: 'Competency description missing', rule: 'competency-description' },
	TOO_MANY_STATEMENTS: { severity: 'warning', title: 'Too many statements', rule: ['statements-per-level', 'statements-per-ladder'] },
	// Other warnings an editor sees
	PATH_WITHIN_LADDER: { severity: 'warning', title: 'Path within one ladder' },
	UNUSED_SHARED_COMPETENCY: { severity: 'warning', title: 'Shared competency not used' },
	EVIDENCE_WITHOUT_RATING: { severity: 'warning', title: 'Evidence without a rating' },
	COMPETENCY_NOT_AT_LEVEL: { severity: 'warning', title: 'Rating of a competency that does not apply at the target' },
	// Arguments and options of the API's functions
	INVALID_OPTION: { severity: 'error', title: 'Invalid option' },
	UNKNOWN_TARGET: { severity: 'error', title: 'Unknown target' },
	ASSESSMENT_NOT_IN_FRAMEWORK: { severity: 'error', title: 'Assessment not of this framework' },
	MIGRATION_LEVEL_REMOVED: { severity: 'error', title: 'Level removed' },
	FRAMEWORK_CHANGED: { severity: 'error', title: 'Framework changed after loading' },
	MIGRATION_OTHER_LADDER: { severity: 'error', title: 'Migration across ladders' },
	// Importing a ladder
	IMPORT_UNCLOSED_QUOTE: { severity: 'error', title: 'Quoted cell never closes' },
	IMPORT_NO_LEVELS: { severity: 'error', title: 'No level columns' },
	IMPORT_NO_COMPETENCIES: { severity: 'error', title: 'Nothing to import' },
	IMPORT_LEVEL_REPEATED: { severity: 'error', title: 'Level column repeated' },
	IMPORT_CELL_NOT_PLACED: { severity: 'warning', title: 'Cell not imported' },
	IMPORT_NO_STATEMENTS: { severity: 'warning', title: 'Competency without statements' },
	IMPORT_CATEGORY_UNKNOWN: { severity: 'warning', title: 'Category not in the framework' },
	IMPORT_SHARED_UNKNOWN: { severity: 'warning', title: 'Shared competency not in the framework' },
	IMPORT_CASE_UNREADABLE: { severity: 'error', title: 'Not a CASE package with a rubric' },
	// Translations of the ladders
	TRANSLATION_UNKNOWN: { severity: 'error', title: 'Translation of something that does not exist' },
	TRANSLATION_EXTRA_ENTRY: { severity: 'error', title: 'More translations than source texts' },
	TRANSLATION_LANGUAGE_MISMATCH: { severity: 'error', title: 'Translation in the wrong language folder' },
	TRANSLATION_MISSING: { severity: 'warning', title: 'Translation missing' },
	TRANSLATION_STALE: { severity: 'warning', title: 'Translation older than its source' },
};

export const PROBLEM_CODES = Object.keys(PROBLEMS) as ProblemCode[];
