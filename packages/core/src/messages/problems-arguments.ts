import type { OptionExpectation, ProblemParams } from './problem-params.ts';
import type { ProblemTexts } from './problems-files.ts';
import { didYouMean, knownIds } from './english-ids.ts';

/**
 * The problems of an API call's arguments (options, targets, levels and ladders named by id, the
 * assessments given), in English. Apart from the other problems because every check of an argument
 * words them at once (see ArgumentCheck): a page that renders reports bundles these, not every
 * problem a file can have.
 */
export type ArgumentProblemCode =
	| 'UNKNOWN_LEVEL'
	| 'UNKNOWN_LADDER'
	| 'ASSESSMENTS_NOT_COMPARABLE'
	| 'INVALID_OPTION'
	| 'UNKNOWN_TARGET'
	| 'ASSESSMENT_NOT_IN_FRAMEWORK'
	| 'MIGRATION_LEVEL_REMOVED'
	| 'FRAMEWORK_CHANGED'
	| 'MIGRATION_OTHER_LADDER'
	| 'UNKNOWN_SCALE_VALUE';

/** What an option should have been, in English. */
const optionExpectations: Record<OptionExpectation, (p: ProblemParams['INVALID_OPTION']) => string> = {
	'options-object': (p) => `an object with the keys ${knownIds(p)}`,
	'known-option': (p) => `one of ${knownIds(p)}`,
	'readiness-rule': () => "a readiness rule, such as `{ rule: 'n-of-m', minShare: 0.75 }`",
	'rule-id': (p) => `one of ${knownIds(p)}`,
	'rule-key': (p) => `the keys ${knownIds(p)}`,
	boolean: () => '`true` or `false`',
	share: () => 'a share above 0 and at most 1, such as `0.75`',
	'scale-rating': (p) => `a rating of the scale: ${knownIds(p)}`,
	'points-map': () => 'points per rating, such as `{ developing: 1, consistently: 3 }`',
	'whole-points': (p) => `a whole number of points from 0 to ${p.max}`,
	target: () => "a level id of the assessment's ladder, or `{ ladder, level }`",
	'level-id': () => 'a level id of the ladder',
	string: () => 'a string',
	date: () => 'a date as `YYYY-MM-DD`',
	'report-format': (p) => `one of ${knownIds(p)}`,
	'one-of': (p) => `one of ${knownIds(p)}`,
	'ladder-id': () => 'an id such as `support-representative`: letters and digits, joined by single `-`, `_` or `.`',
	label: () => 'a title of 1 to 120 characters',
	locale: (p) => `one of the languages ${knownIds(p)}`,
	'team-report': () => 'a gap report or gap summary (from `assess` or `summariseGapReport`) on a ladder of this framework',
	'team-reports': () => 'a list of gap reports or gap summaries',
	'assessments-to-compare': () => 'a list of two or more assessments of the same person, from `parseAssessment` or `validateAssessment`',
	'earlier-assessments': () => 'a list of one or more earlier assessments of the same person, each from `parseAssessment` or `validateAssessment` or as `{ assessment, ladder, source }`',
};

/** What Rungs says, in English, about the arguments of its functions (and the ids files name too). */
export const englishArgumentProblems: ProblemTexts<ArgumentProblemCode> = {
	UNKNOWN_LEVEL: (p) => `Unknown level \`${p.id}\`${p.in ? ` in the ${p.in.field} of \`${p.in.competency}\`` : ''}.`,
	'UNKNOWN_LEVEL.hint': (p) => didYouMean(p) + `The levels of \`${p.ladder}\` are: ${knownIds(p)}.`,
	UNKNOWN_LADDER: (p) => `Unknown ladder \`${p.id}\`.`,
	'UNKNOWN_LADDER.hint': (p) => didYouMean(p) + `Ladders: ${knownIds(p)}.`,
	ASSESSMENTS_NOT_COMPARABLE: (p) => `These assessments differ in their ${p.what}: \`${p.first}\` and \`${p.second}\`.`,
	'ASSESSMENTS_NOT_COMPARABLE.hint': () => 'Calibration compares two assessments of the same person, ladder and target.',
	// Arguments and options of the API's functions
	INVALID_OPTION: (p) =>
		p.expected === 'known-option' ? `\`${p.option}\` is not an option here.`
		: p.expected === 'rule-key' ? `The ${p.rule} rule has no key \`${p.option.split('.').at(-1)}\` (\`${p.option}\`).`
		: `The option \`${p.option}\` is not valid: it is ${p.value}.`,
	'INVALID_OPTION.hint': (p) => didYouMean(p) + `Expected ${optionExpectations[p.expected](p)}.`,
	UNKNOWN_TARGET: (p) => `The target \`${p.target}\` is not a level of a ladder in this framework.`,
	'UNKNOWN_TARGET.hint': (p) => didYouMean(p) + `Name a level of \`${p.ladder}\` (${knownIds(p)}), or \`{ ladder, level }\` for a level of another ladder.`,
	ASSESSMENT_NOT_IN_FRAMEWORK: (p) => `The assessment is on \`${p.ladder}\` at \`${p.level}\`, which this framework does not have.`,
	'ASSESSMENT_NOT_IN_FRAMEWORK.hint': () => 'Check the assessment against the same framework first (parseAssessment or validateAssessment), then assess it.',
	MIGRATION_LEVEL_REMOVED: (p) => `The ${p.which} level \`${p.id}\` is not on ${p.ladder} ${p.version}.`,
	'MIGRATION_LEVEL_REMOVED.hint': (p) => didYouMean(p) + `Choose the ${p.which} level to move to (option \`${p.which}\`); the levels are: ${knownIds(p)}.`,
	FRAMEWORK_CHANGED: (p) =>
		`The framework holds ${p.field === 'weight' ? `the weight ${p.value} for \`${p.competency}\`` : `a readiness rule whose \`${p.key}\` is ${p.value}`}, which parseFramework refuses.`,
	'FRAMEWORK_CHANGED.hint': () => 'Pass the framework parseFramework returned (it comes frozen); for a changed one, change the files and parse them again.',
	MIGRATION_OTHER_LADDER: (p) => `The assessment is on \`${p.assessed}\`, and the versions given are of \`${p.before}\` and \`${p.after}\`.`,
	'MIGRATION_OTHER_LADDER.hint': () => 'Migration moves an assessment between versions of its own ladder; a move to another ladder is a new assessment.',
	UNKNOWN_SCALE_VALUE: (p) => `\`${p.id}\` is not a rating on the scale.`,
	'UNKNOWN_SCALE_VALUE.hint': (p) => didYouMean(p) + `Use one of: ${knownIds(p)}.`,
};
