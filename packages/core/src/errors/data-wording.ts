import type { ProblemCode } from './catalog.ts';

type Params = Record<string, string>;

/**
 * The wording of a problem found in a data object (an assessment from a database or an HTTP body)
 * where the catalog's wording is about text: there is no file, line, indentation or YAML to point
 * at, and `rungs migrate <file>` cannot be run on a database row. Only what differs is here; every
 * other code reads the same for both kinds of input.
 */
export const DATA_WORDING: Partial<Record<ProblemCode, { message?: (p: Params) => string; hint?: (p: Params) => string }>> = {
	WRONG_TYPE: { hint: (p) => p.description ?? 'Check the type of the value.' },
	TOO_MANY_PROBLEMS: {
		message: (p) => `This data has ${p.count} more problems, not shown.`,
		hint: () => 'Fix the ones above first: one mistake (a value of the wrong type, a misplaced object) often causes the rest.',
	},
	FORMAT_MISSING: {
		message: () => 'The data does not say what it is: the `format` property is missing.',
		hint: (p) => `Add \`format: '${p.example}'\`.`,
	},
	FORMAT_UNKNOWN: { message: (p) => `\`${p.format}\` is not a Rungs format.` },
	FORMAT_UNSUPPORTED: { message: (p) => `This data is \`${p.format}\`; this version of Rungs reads \`${p.supported}\`.` },
	FORMAT_NOT_EXPECTED: { hint: (p) => p.hint ?? 'Check that you passed the data you meant.' },
	UNKNOWN_KEY: {
		message: (p) => `Unknown property ${p.key === '' ? 'with an empty name' : `\`${p.key}\``}${p.where}.`,
	},
	MISSPELT_KEY: {
		hint: (p) => `Rename the property to \`${p.meant}\`: it is required here, and \`${p.key}\` is not a property Rungs knows.`,
	},
	INVALID_ID: {
		message: (p) => `${p.value === '' ? 'An empty name' : `\`${p.value}\``} is not a valid identifier${p.detail ? `: ${p.detail}` : ''}.`,
	},
	DUPLICATE_ID: { hint: () => 'Ids must be unique so assessments and diffs can follow them.' },
	MATRIX_VERSION_MISMATCH: {
		hint: (p) => `Move it onto ${p.now} with \`migrateAssessment\`; changed items will be marked for re-assessment.`,
	},
	MATRIX_MAJOR_MISMATCH: {
		hint: (p) => `Levels or competencies may have gone. Move it onto ${p.now} with \`migrateAssessment\`; changed items will be marked for re-assessment.`,
	},
};
