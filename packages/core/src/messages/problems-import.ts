import { knownIds } from './reasons-english.ts';
import type { ProblemTexts } from './problems-files.ts';

export type ImportProblemCode =
	| 'IMPORT_UNCLOSED_QUOTE'
	| 'IMPORT_NO_LEVELS'
	| 'IMPORT_NO_COMPETENCIES'
	| 'IMPORT_LEVEL_REPEATED'
	| 'IMPORT_CELL_NOT_PLACED'
	| 'IMPORT_NO_STATEMENTS'
	| 'IMPORT_CATEGORY_UNKNOWN'
	| 'IMPORT_SHARED_UNKNOWN'
	| 'IMPORT_CASE_UNREADABLE';

/** What `rungs import` and `importLadder` say about a spreadsheet or CASE package they read, in English. */
export const englishImportProblems: ProblemTexts<ImportProblemCode> = {
	IMPORT_UNCLOSED_QUOTE: () => 'A quoted cell opens here and never closes: the rest of the file would be one cell.',
	'IMPORT_UNCLOSED_QUOTE.hint': () => 'Close the quote. A quote inside a quoted cell is written twice (`""`).',
	IMPORT_NO_LEVELS: (p) => (p.found === 0 ? 'The header row names no level columns.' : 'The header row names only one level; a ladder has at least two.'),
	'IMPORT_NO_LEVELS.hint': () =>
		'The first row holds the competency column, optional `Category` and `Description` columns, then one column per level in order, headed by its title, such as `Senior (P3)`.',
	IMPORT_NO_COMPETENCIES: () => 'No row holds a competency with statements: there is nothing to import.',
	'IMPORT_NO_COMPETENCIES.hint': () => 'Each row below the header is one competency: its name, then its statements for each level, one per line.',
	IMPORT_LEVEL_REPEATED: (p) => `The level \`${p.title}\` (id \`${p.id}\`) has two columns; the first is column ${p.firstColumn}.`,
	'IMPORT_LEVEL_REPEATED.hint': () => 'Give each level column a title of its own; level ids are made from the titles.',
	IMPORT_CELL_NOT_PLACED: (p) =>
		({
			'no-level': `This cell is right of the last level column, so no level holds it: "${p.text}".`,
			'no-competency': `This cell's row has no competency name, so no competency holds it: "${p.text}".`,
			'untitled-level': `This cell's column has no level title, so no level holds it: "${p.text}".`,
		})[p.reason],
	'IMPORT_CELL_NOT_PLACED.hint': (p) =>
		({
			'no-level': 'Add a level title to the header of this column, or move the text into a level column.',
			'no-competency': 'Put the competency name in the first column of this row.',
			'untitled-level': 'Add the level title, such as `Senior (P3)`, to the header of this column.',
		})[p.reason],
	IMPORT_NO_STATEMENTS: (p) => `The competency "${p.name}" has no statement at any level, so it was not imported.`,
	'IMPORT_NO_STATEMENTS.hint': () => 'Write what the competency expects in the cell of each level it applies at, one statement per line.',
	IMPORT_CATEGORY_UNKNOWN: (p) => `The framework has no category "${p.name}"; the competency was filed under \`${p.used}\`.`,
	'IMPORT_CATEGORY_UNKNOWN.hint': (p) => `${p.suggestion ? `Did you mean \`${p.suggestion}\`? ` : ''}Categories of framework.yaml: ${knownIds(p)}. Declare the category there, or change the cell.`,
	IMPORT_SHARED_UNKNOWN: (p) => `"${p.name}" is marked shared, but the framework has no shared competency of that name; it was imported as this ladder's own.`,
	'IMPORT_SHARED_UNKNOWN.hint': () => 'Import into the folder whose shared-competencies.yaml defines it, or keep it as the ladder\'s own competency.',
	IMPORT_CASE_UNREADABLE: (p) =>
		({
			json: `The file is not JSON${p.detail ? `: ${p.detail}` : ''}.`,
			document: 'The JSON is not a CASE CFPackage: it has no `CFDocument` object.',
			rubric: 'The CASE package has no `CFRubrics` with criteria: Rungs reads a ladder\'s competency × level grid from a rubric.',
		})[p.reason],
	'IMPORT_CASE_UNREADABLE.hint': (p) =>
		p.reason === 'rubric'
			? 'Export the framework with its rubric (one criterion per competency, one criterion level per career level), or import the grid as CSV.'
			: 'Pass the CFPackage JSON that a CASE server (such as OpenSALT) or `rungs export --format case` writes.',
};
