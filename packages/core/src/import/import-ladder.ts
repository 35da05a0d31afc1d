import { sortProblems, type Problem } from '../diagnostics/problem.ts';
import { fail, succeed, type Result } from '../diagnostics/result.ts';
import { resolveMessages, type Messages } from '../messages/catalog.ts';
import { englishImport } from '../messages/import-english.ts';
import { slugId } from '../model/derive-id.ts';
import type { ImportFramework as Framework } from './import-framework.ts';
import { listIds } from '../diagnostics/describe-path.ts';
import { ArgumentCheck, checkOptionKeys } from '../rules/check-options.ts';
import { buildLadder, type LadderData } from './build-ladder.ts';
import { ImportReport, type LadderDraft } from './draft.ts';
import { readCase } from './read-case.ts';
import { readCsv } from './read-csv.ts';
import { isRungsCsv, readGrid } from './read-grid.ts';
import { ladderYaml } from './write-yaml.ts';

/** What `importLadder` reads: a spreadsheet grid as CSV, Rungs' own CSV export, or a CASE 1.1 CFPackage (JSON). */
export type ImportFormat = 'grid' | 'rungs-csv' | 'case';

/** How `importLadder` reads a file and names the ladder it makes. */
export interface ImportOptions {
	/** The name of the source, shown in problems and in the file's first comment. */
	file: string;
	/** The ladder's id (its file is `<id>.yaml`); else made from the name of `file` (`Support Agent.csv` → `support-agent`). */
	id?: string;
	/** The ladder's title; else the source's (a CASE package has one); else made from the id (`support-agent` → "Support agent"). */
	title?: string;
	/** What the text is; sniffed when absent (JSON is CASE; a CSV with `Shared` and `Required` columns is Rungs' export). */
	format?: ImportFormat;
	/** How statements accumulate; a grid imports as `replaces-below` (an empty cell: the competency does not apply there), the others as `adds-to-below`. */
	eachLevel?: 'adds-to-below' | 'replaces-below';
	/** The schema the modeline names, as a path from where the file is written. */
	schema?: string;
	/** A message catalog for the comments and problems; English where it says nothing. */
	messages?: Partial<Messages>;
}

/** An imported ladder: the file's text, the data it holds, and every cell or item that could not be placed. */
export interface ImportedLadder {
	/** The ladder file: a modeline, comments, explicit ids. */
	yaml: string;
	/** The same ladder as plain data (`rungs/ladder@1`, keys in file order). */
	ladder: Readonly<Record<string, unknown>>;
	/** What was left out or guessed, each located in the source: a row and column (1-based) of a CSV, a data path of a CASE package. */
	skipped: readonly Problem[];
}

const ID = /^[A-Za-z0-9]+(?:[-_.][A-Za-z0-9]+)*$/;
const FORMATS: readonly ImportFormat[] = ['grid', 'rungs-csv', 'case'];
const EACH_LEVEL = ['adds-to-below', 'replaces-below'] as const;
const KEYS = ['file', 'id', 'title', 'format', 'eachLevel', 'schema', 'messages'] as const;

function checkOptions(options: unknown): { options?: ImportOptions; problems: Problem[] } {
	const check = new ArgumentCheck('options');
	const given = checkOptionKeys(check, options, KEYS);
	if (!given) return { problems: check.problems };
	if (typeof given.file !== 'string') check.invalid(['file'], given.file, 'string');
	if (given.id !== undefined && (typeof given.id !== 'string' || given.id.length > 64 || !ID.test(given.id))) check.invalid(['id'], given.id, 'ladder-id');
	if (given.title !== undefined && (typeof given.title !== 'string' || given.title.trim() === '' || given.title.length > 120)) check.invalid(['title'], given.title, 'label');
	if (given.format !== undefined && !FORMATS.includes(given.format as ImportFormat)) check.invalid(['format'], given.format, 'one-of', { ...listIds(FORMATS) });
	if (given.eachLevel !== undefined && !EACH_LEVEL.includes(given.eachLevel as (typeof EACH_LEVEL)[number])) check.invalid(['eachLevel'], given.eachLevel, 'one-of', { ...listIds(EACH_LEVEL) });
	if (given.schema !== undefined && typeof given.schema !== 'string') check.invalid(['schema'], given.schema, 'string');
	return check.problems.length > 0 ? { problems: check.problems } : { options: given as unknown as ImportOptions, problems: [] };
}

/** A title from an id, for a source that has none: `support-agent` → "Support agent". */
const titleOf = (id: string): string => {
	const words = id.replace(/[-_.]+/g, ' ');
	return words.charAt(0).toUpperCase() + words.slice(1);
};

/** The format of a text when none is given: JSON is CASE, a CSV with Rungs' export's columns is Rungs' CSV, any other CSV a grid. */
function sniff(text: string): ImportFormat {
	return /^\uFEFF?\s*\{/.test(text) ? 'case' : 'grid';
}

function readDraft(text: string, format: ImportFormat | undefined, report: ImportReport): LadderDraft | undefined {
	if ((format ?? sniff(text)) === 'case') {
		let data: unknown;
		try {
			data = JSON.parse(text.replace(/^\uFEFF/, ''));
		} catch (error) {
			report.add('IMPORT_CASE_UNREADABLE', { reason: 'json', detail: error instanceof Error ? error.message : String(error) }, { path: [] });
			return undefined;
		}
		return readCase(data, report);
	}
	const read = readCsv(text);
	if (!read.ok) {
		report.add('IMPORT_UNCLOSED_QUOTE', {}, read.unclosed);
		return undefined;
	}
	return readGrid(read.table, format === 'rungs-csv' || (format === undefined && isRungsCsv(read.table)), report);
}

/**
 * A ladder file made from a spreadsheet or a CASE package: a CSV grid (comma, semicolon or tab;
 * with or without a byte-order mark) whose header names the competency column, optional `Category`
 * and `Description` columns, then a column per level (`Title (Band)`), and whose rows are
 * competencies with their statements per level, one per line; Rungs' own CSV export; or a CASE 1.1
 * CFPackage with a rubric. Ids are made with the slug a plain-string statement's id is derived
 * with, so both agree; categories are matched to the framework's by name. Fails when nothing can be
 * read (no level columns, a quote that never closes, JSON that is no CASE package); every cell it
 * could not place is in `skipped`, located. When the framework already has a ladder of this id (one
 * edited in a spreadsheet, coming back), every level, competency, statement and decision whose
 * title, name or text is unchanged keeps its id, so assessments still follow it. Check the result
 * with `parseFramework` before writing it.
 *
 * @example
 * const csv = ladderToCsv(framework, ladder); // then edited in a spreadsheet
 * const result = importLadder(framework, csv, { file: 'ladder.csv', id: 'support-representative' });
 * for (const problem of result.ok ? result.value.skipped : result.problems) console.error(formatProblem(problem));
 * if (result.ok) await writeFile('support-representative.yaml', result.value.yaml);
 */
export function importLadder(framework: Framework, text: string, options: ImportOptions): Result<ImportedLadder> {
	const checked = checkOptions(options);
	if (!checked.options) return fail(checked.problems);
	const given = checked.options;
	if (typeof text !== 'string') {
		const check = new ArgumentCheck('text');
		check.invalid([], text, 'string');
		return fail(check.problems);
	}
	const report = new ImportReport(given.file);
	const draft = readDraft(text, given.format, report);
	if (!draft) return fail(report.problems);
	const whole = (given.format ?? sniff(text)) === 'case' ? { path: ['CFRubrics'] } : { row: 1, column: 1 };
	if (draft.levels.length < 2) {
		// Without levels every row's cells are out of place: the header is the one problem worth saying.
		const header = new ImportReport(given.file);
		header.add('IMPORT_NO_LEVELS', { found: draft.levels.length }, whole);
		return fail(header.problems);
	}
	if (draft.competencies.length === 0) {
		report.add('IMPORT_NO_COMPETENCIES', {}, whole);
		return fail(report.problems);
	}
	const id = given.id ?? slugId(given.file.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, ''));
	const title = given.title ?? draft.title ?? titleOf(id);
	const { ladder, comments } = buildLadder(draft, framework, { id, title, ...(given.eachLevel ? { eachLevel: given.eachLevel } : {}) }, report);
	if (report.problems.some((p) => p.severity === 'error')) return fail(report.problems);
	const messages = resolveMessages(given.messages, englishImport);
	const yaml = ladderYaml(ladder, comments, { file: given.file, ...(given.schema ? { schema: given.schema } : {}), messages });
	return succeed({ yaml, ladder: ladder as LadderData, skipped: sortProblems(report.problems) });
}
