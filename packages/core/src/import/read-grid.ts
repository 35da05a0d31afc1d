import type { CsvTable } from './read-csv.ts';
import type { DraftCompetency, DraftLevel, DraftStatement, ImportReport, LadderDraft } from './draft.ts';

/** A header cell naming a column that is not a level; Rungs' own CSV export adds `Shared` and `Required`. */
const KNOWN_COLUMNS = ['category', 'description', 'shared', 'required'] as const;
type KnownColumn = (typeof KNOWN_COLUMNS)[number];

/** `Senior (P3)`: the title and the band in brackets at the end (no spaces in a band). */
const TITLE_AND_BAND = /^(.*\S)\s*\(([^()\s]{1,16})\)$/;

/** A bullet at the start of a line is not text: `- `, `* ` or `•`. An `*` with no space may be Markdown emphasis. */
const BULLET = /^(?:[-*]\s+|[•‣◦▪]\s*)/;

/**
 * The apostrophe Rungs' CSV export puts before text a spreadsheet could read as a formula (at the
 * start of the cell, or after a character a spreadsheet may split on), taken off again.
 */
const DEFUSED = /(^|[,;|\t\r\n])'(?=[ \u00A0\u3000]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20])|^'(?=[\t\r])/g;

/** True when the header row is Rungs' own CSV export: it has the `Shared` and `Required` columns. */
export function isRungsCsv(table: CsvTable): boolean {
	const header = (table.rows[0] ?? []).map((cell) => cell.trim().toLowerCase());
	return header.includes('shared') && header.includes('required');
}

/** A cell's statements: one per line, bullets off, blank lines skipped. Rungs' export writes each statement as one line, as it is. */
function statementsOf(cell: string, rungs: boolean): DraftStatement[] {
	const text = rungs ? cell.replace(DEFUSED, '$1') : cell;
	return text
		.split('\n')
		.map((line) => (rungs ? line : line.trim().replace(BULLET, '')).trim())
		.filter((line) => line !== '')
		.map((line) => ({ text: line }));
}

/**
 * A grid of competencies × levels, as a spreadsheet holds a ladder: the header names the competency
 * column, then optional `Category` and `Description` columns (and `Shared`, `Required` in Rungs'
 * export), then one column per level headed by its title, `Title (Band)` when it has a band; each
 * row below is a competency, each cell its statements at that level. Rungs' export also has a row
 * per decision a level takes alone (`Decision authority` in the category column); those go back to
 * the levels' authority.
 */
export function readGrid(table: CsvTable, rungs: boolean, report: ImportReport): LadderDraft {
	const header = table.rows[0] ?? [];
	const known = new Map<KnownColumn, number>();
	let column = 1;
	for (; column < header.length; column++) {
		const name = header[column]!.trim().toLowerCase() as KnownColumn;
		if (!KNOWN_COLUMNS.includes(name) || known.has(name)) break;
		known.set(name, column);
	}
	const levelColumns: Array<{ column: number; level: DraftLevel }> = [];
	const untitled = new Set<number>();
	for (; column < header.length; column++) {
		const title = header[column]!.trim();
		if (title === '') {
			untitled.add(column);
			continue;
		}
		const banded = TITLE_AND_BAND.exec(title);
		const at = { row: 1, column: column + 1 };
		levelColumns.push({ column, level: banded ? { title: banded[1]!, band: banded[2]!, at } : { title, at } });
	}
	const levels = levelColumns.map((c) => c.level);
	const competencies: DraftCompetency[] = [];
	const cell = (row: string[], index: number | undefined) => (index === undefined ? '' : (row[index] ?? '').trim());

	table.rows.slice(1).forEach((row, r) => {
		const rowNumber = r + 2;
		if (row.every((text) => text.trim() === '')) return;
		const name = cell(row, 0);
		const notPlaced = (reason: 'no-level' | 'no-competency' | 'untitled-level', index: number) =>
			report.add('IMPORT_CELL_NOT_PLACED', { reason, text: row[index]!.trim() }, { row: rowNumber, column: index + 1 });
		row.forEach((text, index) => {
			if (text.trim() === '' || index === 0) return;
			if (name === '') notPlaced('no-competency', index);
			else if (index >= header.length) notPlaced('no-level', index);
			else if (untitled.has(index)) notPlaced('untitled-level', index);
		});
		if (name === '') return;
		const cells = levelColumns.map((c) => statementsOf(row[c.column] ?? '', rungs));
		if (rungs && cell(row, known.get('category')) === 'Decision authority' && name.startsWith('Decides alone: ')) {
			// A decision row of Rungs' export: `yes` where the level takes it with no limit, the limit where it has one.
			const text = name.slice('Decides alone: '.length);
			levelColumns.forEach((c, i) => {
				const limit = cell(row, c.column);
				if (limit !== '') (levels[i]!.decideAlone ??= []).push({ text, ...(limit === 'yes' ? {} : { limit }) });
			});
			return;
		}
		const at = { row: rowNumber, column: 1 };
		if (cells.every((list) => list.length === 0)) {
			report.add('IMPORT_NO_STATEMENTS', { name }, at);
			return;
		}
		const category = known.get('category');
		const description = cell(row, known.get('description'));
		competencies.push({
			name,
			at,
			...(category !== undefined && cell(row, category) !== '' ? { category: { text: cell(row, category), at: { row: rowNumber, column: category + 1 } } } : {}),
			...(description ? { description } : {}),
			...(cell(row, known.get('shared')).toLowerCase() === 'yes' ? { shared: true } : {}),
			...(cell(row, known.get('required')).toLowerCase() === 'yes' ? { required: true } : {}),
			cells,
		});
	});
	return { ...(rungs ? {} : { eachLevel: 'replaces-below' as const }), levels, competencies };
}
