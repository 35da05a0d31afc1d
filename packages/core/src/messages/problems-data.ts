import type { ProblemParams } from './problem-params.ts';
import { expectedKind, idReason, receivedKind } from './reasons-english.ts';

/**
 * The wording of a problem found in a data object (an assessment from a database or an HTTP body)
 * where the text wording talks about files, lines, indentation or YAML: there is no file to point
 * at, and `rungs migrate <file>` cannot be run on a database row. Only what differs is here, under
 * `CODE.data` and `CODE.data.hint`; every other code reads the same for both kinds of input.
 */
type DataWorded = 'WRONG_TYPE' | 'TOO_MANY_PROBLEMS' | 'FORMAT_MISSING' | 'FORMAT_UNKNOWN' | 'FORMAT_UNSUPPORTED' | 'UNKNOWN_KEY' | 'INVALID_ID';
type DataHinted = 'WRONG_TYPE' | 'TOO_MANY_PROBLEMS' | 'FORMAT_MISSING' | 'FORMAT_NOT_EXPECTED' | 'MISSPELT_KEY' | 'DUPLICATE_ID' | 'LADDER_VERSION_MISMATCH' | 'LADDER_MAJOR_MISMATCH';

export type DataProblemParams = { [C in DataWorded as `${C}.data`]: ProblemParams[C] } & { [C in DataHinted as `${C}.data.hint`]: ProblemParams[C] };

const at = (p: { at: string }) => (p.at ? ` in \`${p.at}\`` : ' at the top level');

export const englishDataProblems: { [K in keyof DataProblemParams]: (params: DataProblemParams[K]) => string } = {
	'WRONG_TYPE.data': (p) => `\`${p.field}\` should be ${expectedKind(p.expected, true)}, not ${receivedKind(p, true)}.`,
	'WRONG_TYPE.data.hint': (p) => p.description ?? 'Check the type of the value.',
	'TOO_MANY_PROBLEMS.data': (p) => `This data has ${p.count} more problems, not shown.`,
	'TOO_MANY_PROBLEMS.data.hint': () => 'Fix the ones above first: one mistake (a value of the wrong type, a misplaced object) often causes the rest.',
	'FORMAT_MISSING.data': () => 'The data does not say what it is: the `format` property is missing.',
	'FORMAT_MISSING.data.hint': (p) => `Add \`format: '${p.example}'\`.`,
	'FORMAT_UNKNOWN.data': (p) => `\`${p.format}\` is not a Rungs format.`,
	'FORMAT_UNSUPPORTED.data': (p) => `This data is \`${p.format}\`; this version of Rungs reads \`${p.supported}\`.`,
	'FORMAT_NOT_EXPECTED.data.hint': () => 'Check that you passed the data you meant.',
	'UNKNOWN_KEY.data': (p) => `Unknown property ${p.key === '' ? 'with an empty name' : `\`${p.key}\``}${at(p)}.`,
	'MISSPELT_KEY.data.hint': (p) => `Rename the property to \`${p.meant}\`: it is required here, and \`${p.key}\` is not a property Rungs knows.`,
	'INVALID_ID.data': (p) => `${p.value === '' ? 'An empty name' : `\`${p.value}\``} is not a valid identifier${p.reason ? `: ${idReason(p.reason)}` : ''}.`,
	'DUPLICATE_ID.data.hint': () => 'Ids must be unique so assessments and diffs can follow them.',
	'LADDER_VERSION_MISMATCH.data.hint': (p) => `Move it onto ${p.now} with \`migrateAssessment\`; changed items will be marked for re-assessment.`,
	'LADDER_MAJOR_MISMATCH.data.hint': (p) =>
		`Levels or competencies may have gone. Move it onto ${p.now} with \`migrateAssessment\`; changed items will be marked for re-assessment.`,
};
