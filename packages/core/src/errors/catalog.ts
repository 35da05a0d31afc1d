/**
 * Every problem Rungs reports, by permanent code. Codes never change meaning once released; a new
 * situation gets a new code. Messages say what happened; hints say what to do.
 */
type Params = Record<string, string>;

export interface ProblemDefinition {
	severity: 'error' | 'warning';
	/** A short title for documentation and tables. */
	title: string;
	message: (p: Params) => string;
	hint?: (p: Params) => string;
}

/** The start of a hint for a misspelt id or key: "Did you mean `x`? " when there is a likely one. */
const didYouMean = (p: Params): string => (p.suggestion ? `Did you mean \`${p.suggestion}\`? ` : '');

const define = <T extends Record<string, ProblemDefinition>>(catalog: T) => catalog;

export const PROBLEMS = define({
	// Files and YAML
	FILE_NOT_FOUND: {
		severity: 'error',
		title: 'File not found',
		message: (p) => `Cannot read \`${p.path}\`: ${p.reason}.`,
		hint: () => 'Check the path, or run the command from the folder that holds the file.',
	},
	FILE_NOT_READ: {
		severity: 'error',
		title: 'File not read',
		message: (p) => `\`${p.path}\` was not read: ${p.reason}.`,
		hint: (p) =>
			/permission/.test(p.reason ?? '')
				? 'Check that you may read it: its permissions, and those of the folders above it.'
				: /link/.test(p.reason ?? '')
					? 'Rungs follows a link only when it stays inside the folder being read (or its git repository). Put the file itself there, or name it on the command line.'
					: 'Rungs reads regular files only: not folders, named pipes, sockets or devices.',
	},
	FILE_EMPTY: {
		severity: 'error',
		title: 'Empty file',
		message: () => 'The file is empty.',
		hint: () => 'Start the file with a `format:` line, such as `format: rungs/matrix@1`.',
	},
	FILE_NOT_TEXT: {
		severity: 'error',
		title: 'File is not UTF-8 text',
		message: (p) => `The file is not valid UTF-8 text (${p.detail}).`,
		hint: () => 'Save the file as UTF-8 in your editor.',
	},
	FILE_TOO_LARGE: {
		severity: 'error',
		title: 'File too large',
		message: (p) => `The file is ${p.size} bytes; Rungs reads files up to ${p.limit} bytes.`,
		hint: () => 'Split the content into several ladders, or check that this is the file you meant.',
	},
	YAML_SYNTAX: {
		severity: 'error',
		title: 'YAML syntax error',
		message: (p) => `YAML syntax: ${p.detail}`,
		hint: (p) => p.hint ?? 'Check indentation (spaces, never tabs), quotes and colons around this line.',
	},
	YAML_DUPLICATE_KEY: {
		severity: 'error',
		title: 'Duplicate key',
		message: (p) => `${p.key === '' ? 'An empty key (`~`, `null` or `""`)' : `The key \`${p.key}\``} appears twice in the same mapping.`,
		hint: () => 'Keep one of them; YAML would otherwise silently drop the first.',
	},
	YAML_VERSION: {
		severity: 'error',
		title: 'YAML version not supported',
		message: (p) => `The file asks for YAML ${p.version}; Rungs reads YAML 1.2 only.`,
		hint: () => 'Remove the `%YAML` line (and the `---` after it if nothing else needs it). YAML 1.1 reads `yes`, `no` and `<<` differently.',
	},
	YAML_UNKNOWN_TAG: {
		severity: 'error',
		title: 'Unknown YAML tag',
		message: (p) => `The tag \`${p.tag}\` is not supported.`,
		hint: () => 'Rungs files use plain YAML values; remove the tag.',
	},
	YAML_ALIAS_LIMIT: {
		severity: 'error',
		title: 'Too many aliases',
		message: () => 'The file expands aliases (`*name`) too many times.',
		hint: () => 'Write the content out instead of nesting aliases; this limit protects against "billion laughs" files.',
	},
	YAML_TOO_DEEP: {
		severity: 'error',
		title: 'Nesting too deep',
		message: (p) => `The file nests collections more than ${p.limit} levels deep.`,
		hint: () => 'No Rungs file needs this much nesting; check the indentation.',
	},
	TOO_MANY_PROBLEMS: {
		severity: 'error',
		title: 'Too many problems',
		message: (p) => `This file has ${p.count} more problems, not shown.`,
		hint: () => 'Fix the ones above first: one mistake (an indentation, a misplaced list) often causes the rest.',
	},
	FORMAT_MISSING: {
		severity: 'error',
		title: 'Missing format',
		message: () => 'The file does not say what it is: the `format` key is missing.',
		hint: (p) => `Add a first line such as \`format: ${p.example}\`.`,
	},
	FORMAT_UNKNOWN: {
		severity: 'error',
		title: 'Unknown format',
		message: (p) => `\`${p.format}\` is not a Rungs file format.`,
		hint: (p) => `Use one of: ${p.known}.`,
	},
	FORMAT_UNSUPPORTED: {
		severity: 'error',
		title: 'Unsupported format version',
		message: (p) => `This file is \`${p.format}\`; this version of Rungs reads \`${p.supported}\`.`,
		hint: () => 'Upgrade @rungs/core (and rungs) to a version that reads this format.',
	},
	FORMAT_NOT_EXPECTED: {
		severity: 'error',
		title: 'Wrong kind of file',
		message: (p) => `Expected ${p.expected}, found \`${p.format}\`.`,
		hint: (p) => p.hint ?? 'Check that you passed the file you meant.',
	},

	// Shape (from the schema)
	UNKNOWN_KEY: {
		severity: 'error',
		title: 'Unknown key',
		message: (p) => `Unknown key ${p.key === '' ? 'that is empty (`~`, `null` or `""`)' : `\`${p.key}\``}${p.where}.`,
		hint: (p) => didYouMean(p) + `Allowed keys here: ${p.allowed}.`,
	},
	MISSPELT_KEY: {
		severity: 'error',
		title: 'Misspelt key',
		message: (p) => `\`${p.key}\` should be \`${p.meant}\`${p.where}${p.detail ?? ''}.`,
		hint: (p) => `Rename the key to \`${p.meant}\`: it is required here, and \`${p.key}\` is not a key Rungs knows.`,
	},
	MISSING_FIELD: {
		severity: 'error',
		title: 'Missing field',
		message: (p) => `Missing \`${p.key}\`${p.where}.`,
		hint: (p) => p.description ?? 'Add the field.',
	},
	WRONG_TYPE: {
		severity: 'error',
		title: 'Wrong type',
		message: (p) => `\`${p.field}\` should be ${p.expected}, not ${p.received}.`,
		hint: (p) => p.description ?? 'Check the indentation and the value.',
	},
	INVALID_VALUE: {
		severity: 'error',
		title: 'Invalid value',
		message: (p) => `\`${p.field}\`: ${p.detail}`,
		hint: (p) => p.hint ?? p.description ?? 'Check the value.',
	},
	TEXT_TOO_LONG: {
		severity: 'error',
		title: 'Text too long',
		message: (p) => `${p.key ? 'A key of ' : ''}\`${p.field}\` is ${p.length} characters long; ${p.what} is at most ${p.limit}.`,
		hint: () => 'Shorten it. Longer text belongs in a document the ladder or assessment links to.',
	},
	INVALID_ID: {
		severity: 'error',
		title: 'Invalid identifier',
		message: (p) => `${p.value === '' ? 'An empty key (`~`, `null` or `""`)' : `\`${p.value}\``} is not a valid identifier${p.detail ? `: ${p.detail}` : ''}.`,
		hint: () =>
			'Identifiers are lowercase ASCII letters and digits joined by single hyphens, such as `written-clarity`. Look-alike letters from other alphabets are refused.',
	},

	// References and structure
	DUPLICATE_ID: {
		severity: 'error',
		title: 'Duplicate identifier',
		message: (p) => `The ${p.kind} id \`${p.id}\` is used twice${p.where}.`,
		hint: (p) => `The first is at line ${p.firstLine}. Ids must be unique so assessments and diffs can follow them.`,
	},
	DUPLICATE_FILE: {
		severity: 'error',
		title: 'Duplicate file',
		message: (p) => `There is more than one ${p.kind} file in this folder.`,
		hint: (p) => `Keep one: the other is \`${p.other}\`.`,
	},
	FRAMEWORK_MISSING: {
		severity: 'error',
		title: 'No framework file',
		message: (p) => `No \`framework.yaml\` (format \`rungs/framework@1\`) was found in \`${p.dir}\`.`,
		hint: () => 'Every folder of ladders has one framework file with the scale and categories. See matrices/README.md.',
	},
	NO_MATRICES: {
		severity: 'error',
		title: 'No ladders',
		message: (p) => `No ladder (format \`rungs/matrix@1\`) was found in \`${p.dir}\`.`,
		hint: () => 'Add a ladder file, such as `support-representative.yaml`.',
	},
	FILE_ID_MISMATCH: {
		severity: 'error',
		title: 'File name and id differ',
		message: (p) => `The ladder id \`${p.id}\` does not match the file name \`${p.file}\`.`,
		hint: (p) => `Rename the file to \`${p.id}.yaml\`, or change the id to \`${p.stem}\`.`,
	},
	UNKNOWN_CATEGORY: {
		severity: 'error',
		title: 'Unknown category',
		message: (p) => `Unknown category \`${p.id}\`.`,
		hint: (p) => didYouMean(p) + `Categories are declared in framework.yaml: ${p.known}.`,
	},
	UNKNOWN_LEVEL: {
		severity: 'error',
		title: 'Unknown level',
		message: (p) => `Unknown level \`${p.id}\`${p.where}.`,
		hint: (p) => didYouMean(p) + `The levels of \`${p.matrix}\` are: ${p.known}.`,
	},
	UNKNOWN_BAND: {
		severity: 'error',
		title: 'Band not used',
		message: (p) => `No ladder has a level in band \`${p.id}\`.`,
		hint: (p) => `Bands in use: ${p.known}. Remove these statements or check the band.`,
	},
	UNKNOWN_MATRIX: {
		severity: 'error',
		title: 'Unknown ladder',
		message: (p) => `Unknown ladder \`${p.id}\`.`,
		hint: (p) => didYouMean(p) + `Ladders: ${p.known}.`,
	},
	UNKNOWN_DESTINATION: {
		severity: 'error',
		title: 'Unknown destination',
		message: (p) => `Unknown destination role \`${p.id}\`.`,
		hint: (p) => didYouMean(p) + `Declare it under \`destinations:\` in career-paths.yaml. Known: ${p.known}.`,
	},
	UNKNOWN_SHARED_COMPETENCY: {
		severity: 'error',
		title: 'Unknown shared competency',
		message: (p) => `Unknown shared competency \`${p.id}\`.`,
		hint: (p) => didYouMean(p) + `Shared competencies: ${p.known}.`,
	},
	UNKNOWN_COMPETENCY: {
		severity: 'error',
		title: 'Unknown competency',
		message: (p) => `\`${p.id}\` is not a competency of ${p.where}.`,
		hint: (p) => didYouMean(p) + `Competencies: ${p.known}.`,
	},
	UNKNOWN_STATEMENT: {
		severity: 'error',
		title: 'Unknown statement',
		message: (p) => `\`${p.id}\` is not a statement of \`${p.competency}\`.`,
		hint: (p) => didYouMean(p) + 'Statement ids are listed on the ladder\'s competency page and in `rungs init`.',
	},
	UNKNOWN_SCALE_VALUE: {
		severity: 'error',
		title: 'Unknown rating',
		message: (p) => `\`${p.id}\` is not a rating on the scale.`,
		hint: (p) => didYouMean(p) + `Use one of: ${p.known}.`,
	},
	SHARED_REDEFINED: {
		severity: 'error',
		title: 'Shared competency redefined',
		message: (p) => `\`${p.id}\` is a shared competency; this ladder defines it again.`,
		hint: () => 'List it under `sharedCompetencies:` instead, and add role-specific statements there.',
	},
	SHARED_RESTATED: {
		severity: 'error',
		title: 'Shared statement restated',
		message: (p) => `This statement ${p.how} a shared statement of \`${p.competency}\` (\`${p.shared}\`).`,
		hint: () => 'A ladder may add statements to a shared competency, never restate or replace them. Change the shared file for every ladder instead.',
	},
	UNKNOWN_LEVEL_BAND: {
		severity: 'error',
		title: 'Band without shared statements',
		message: (p) => `Level \`${p.level}\` is in band \`${p.id}\`, which the shared competencies do not write: this level would get none of their statements.`,
		hint: (p) => `Bands in shared-competencies.yaml: ${p.known}. Use one of them, or write the band's statements there.`,
	},
	SHARED_BAND_MISSING: {
		severity: 'error',
		title: 'Shared competency missing a band',
		message: (p) => `The shared competency \`${p.id}\` has no statements for band \`${p.band}\` (level \`${p.level}\`).`,
		hint: () => 'Write statements for that band in shared-competencies.yaml, add role statements for the level here, or explain the gap in `levelNotes`.',
	},
	COMPETENCY_ID_CLASH: {
		severity: 'error',
		title: 'Competency id used by two ladders',
		message: (p) => `The competency id \`${p.id}\` is also defined by the ladder \`${p.other}\` at ${p.otherFile}:${p.otherLine}.`,
		hint: () =>
			'A competency id means one thing across the framework, so role switches compare like with like. Rename one, or make it a shared competency. (A clash is reported at the newer ladder: listed later in framework.yaml\'s `ladders`, or not listed.)',
	},
	LEVEL_ORDER: {
		severity: 'error',
		title: 'Levels out of order',
		message: (p) => `The band goes down from \`${p.first}\` (${p.firstBand}) to \`${p.second}\` (${p.secondBand}); bands never go down a ladder.`,
		hint: (p) => `Check the band of \`${p.id}\` (or of \`${p.other}\`), and list levels from the first to the last.`,
	},
	LEVEL_NOT_COVERED: {
		severity: 'error',
		title: 'Level without expectations',
		message: (p) => `\`${p.competency}\` has no statements for level \`${p.level}\`.`,
		hint: () => 'Write what this level shows for this competency, or say why it has none in `levelNotes`.',
	},
	DUPLICATE_PATH: {
		severity: 'error',
		title: 'Duplicate path',
		message: (p) => `This path from \`${p.from}\` to \`${p.to}\` is listed twice.`,
		hint: (p) => `The first is at line ${p.firstLine}.`,
	},
	MATRIX_VERSION_MISMATCH: {
		severity: 'warning',
		title: 'Assessment made on another version',
		message: (p) => `This assessment was made on \`${p.matrix}\` ${p.was}; the ladder is now ${p.now}.`,
		hint: (p) => `Run \`rungs migrate ${p.file} --to ${p.now}\` to move it onto the current version; changed items will be marked for re-assessment.`,
	},
	MATRIX_MAJOR_MISMATCH: {
		severity: 'error',
		title: 'Assessment made on an incompatible version',
		message: (p) => `This assessment was made on \`${p.matrix}\` ${p.was}; the ladder is now ${p.now}, a new major version.`,
		hint: (p) => `Levels or competencies may have gone. Run \`rungs migrate ${p.file}\` to move it onto ${p.now}; changed items will be marked for re-assessment.`,
	},
	TARGET_BELOW_CURRENT: {
		severity: 'warning',
		title: 'Target below current level',
		message: (p) => `The target \`${p.target}\` is below the current level \`${p.current}\`.`,
		hint: () => 'Check `current` and `target`; to check the current level, set the target to it.',
	},
	ASSESSMENTS_NOT_COMPARABLE: {
		severity: 'error',
		title: 'Assessments not comparable',
		message: (p) => `These assessments differ in ${p.what}: \`${p.first}\` and \`${p.second}\`.`,
		hint: () => 'Calibration compares two assessments of the same person, ladder and target.',
	},

	// Content rules: warnings an editor sees
	NUMBER_IN_EXPECTATION: {
		severity: 'warning',
		title: 'Number in a behaviour statement',
		message: (p) => `The statement contains a number or target (\`${p.match}\`).`,
		hint: () => 'Describe behaviour, not numbers. Keep targets elsewhere and link them with the level\'s `metricsUrl`.',
	},
	DUPLICATE_STATEMENT: {
		severity: 'warning',
		title: 'Statement repeated',
		message: (p) => `This statement repeats \`${p.other}\` (level ${p.otherLevel}).`,
		hint: () => 'Expectations are cumulative: a level already includes the ones below. Say what changes instead.',
	},
	FEWER_STATEMENTS: {
		severity: 'warning',
		title: 'Fewer statements than the level below',
		message: (p) => `\`${p.competency}\` has ${p.count} statement(s) at \`${p.level}\`, fewer than the ${p.previousCount} at \`${p.previous}\`.`,
		hint: (p) => `If that is deliberate, say why under \`levelNotes: { ${p.level}: … }\`.`,
	},
	NO_EVIDENCE_EXAMPLES: {
		severity: 'warning',
		title: 'No evidence examples',
		message: (p) => `\`${p.competency}\` has no evidence examples.`,
		hint: () => 'List a few kinds of evidence that show this competency, so people know what to bring.',
	},
	AUTHORITY_SHRINKS: {
		severity: 'warning',
		title: 'Decision authority shrinks',
		message: (p) => `Level \`${p.level}\` no longer lists the decision \`${p.decision}\` that \`${p.previous}\` takes alone.`,
		hint: () => 'Authority grows up a ladder: repeat the decision at this level, with its limit.',
	},
	PATH_WITHIN_LADDER: {
		severity: 'warning',
		title: 'Path within one ladder',
		message: () => 'This path stays on one ladder; moves up a ladder are implied.',
		hint: () => 'Remove it, or point it at another ladder.',
	},
	UNUSED_SHARED_COMPETENCY: {
		severity: 'warning',
		title: 'Shared competency not used',
		message: (p) => `No ladder uses the shared competency \`${p.id}\`.`,
		hint: () => 'Add it to a ladder\'s `sharedCompetencies`, or remove it.',
	},
	EVIDENCE_WITHOUT_RATING: {
		severity: 'warning',
		title: 'Evidence without a rating',
		message: (p) => `\`${p.competency}\` has evidence but no rating.`,
		hint: () => 'Add a `rating`, or the report will count the competency as unrated.',
	},

	// Arguments and options of API calls (#13): located by data path in the named argument, such as
	// `options` at `rule.minShare`; nothing in the API throws for them.
	INVALID_OPTION: {
		severity: 'error',
		title: 'Invalid option',
		message: (p) => `The option \`${p.option}\` is not valid: ${p.detail}`,
		hint: (p) => didYouMean(p) + (p.expected ? `Expected ${p.expected}.` : 'Check the value against the documentation of the function.'),
	},
	UNKNOWN_TARGET: {
		severity: 'error',
		title: 'Unknown target',
		message: (p) => `The target \`${p.target}\` is not a level of a ladder in this framework.`,
		hint: (p) => didYouMean(p) + `Name a level of \`${p.matrix}\` (${p.known}), or \`{ matrix, level }\` for a level of another ladder.`,
	},
	ASSESSMENT_NOT_IN_FRAMEWORK: {
		severity: 'error',
		title: 'Assessment not of this framework',
		message: (p) => `The assessment is on \`${p.matrix}\` at \`${p.level}\`, which this framework does not have.`,
		hint: () => 'Check the assessment against the same framework first (parseAssessment or validateAssessment), then assess it.',
	},
	MIGRATION_LEVEL_REMOVED: {
		severity: 'error',
		title: 'Level removed',
		message: (p) => `The ${p.which} level \`${p.id}\` is not on ${p.ladder} ${p.version}.`,
		hint: (p) => didYouMean(p) + `Choose the ${p.which} level to move to (option \`${p.which}\`); the levels are: ${p.known}.`,
	},
	FRAMEWORK_CHANGED: {
		severity: 'error',
		title: 'Framework changed after loading',
		message: (p) => `The framework holds ${p.what}, which parseFramework refuses.`,
		hint: () => 'Pass the framework parseFramework returned (it comes frozen); for a changed one, change the files and parse them again.',
	},
	MIGRATION_OTHER_LADDER: {
		severity: 'error',
		title: 'Migration across ladders',
		message: (p) => `The assessment is on \`${p.assessed}\`, and the versions given are of \`${p.before}\` and \`${p.after}\`.`,
		hint: () => 'Migration moves an assessment between versions of its own ladder; a move to another ladder is a new assessment.',
	},
});

export type ProblemCode = keyof typeof PROBLEMS;
export const PROBLEM_CODES = Object.keys(PROBLEMS) as ProblemCode[];
