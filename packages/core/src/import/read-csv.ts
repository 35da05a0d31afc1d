/** The separators a spreadsheet writes CSV with: comma, semicolon (locales with a decimal comma), tab. */
export type CsvDelimiter = ',' | ';' | '\t';

/** A CSV text as rows of cells; row and column numbers are the array index + 1, as a spreadsheet shows them. */
export interface CsvTable {
	rows: string[][];
	delimiter: CsvDelimiter;
}

/** Where a quoted cell opened that never closed: the rest of the text would be one cell. */
export interface CsvUnclosedQuote {
	row: number;
	column: number;
}

const DELIMITERS: readonly CsvDelimiter[] = [',', ';', '\t'];

/**
 * The separator of the first record: the candidate that appears most often outside quotes (a
 * comma wins a tie, and a one-column file). The header row is the one a person typed, so it is the
 * most regular.
 */
export function sniffDelimiter(text: string): CsvDelimiter {
	const counts = new Map<string, number>(DELIMITERS.map((d) => [d, 0]));
	let quoted = false;
	for (const ch of text) {
		if (ch === '"') quoted = !quoted;
		else if (!quoted && (ch === '\n' || ch === '\r')) break;
		else if (!quoted && counts.has(ch)) counts.set(ch, counts.get(ch)! + 1);
	}
	let best: CsvDelimiter = ',';
	for (const d of DELIMITERS) if (counts.get(d)! > counts.get(best)!) best = d;
	return best;
}

/**
 * Reads CSV as RFC 4180 says, and as spreadsheets write it: a byte-order mark is dropped; records
 * end with CRLF, LF or CR; a quoted cell may hold separators, newlines (kept as LF) and doubled
 * quotes; a quote inside an unquoted cell is text; text after a closing quote is kept (spreadsheets
 * do). One pass over the text, so any input takes linear time. A quote left open is reported.
 */
export function readCsv(input: string, delimiter?: CsvDelimiter): { ok: true; table: CsvTable } | { ok: false; unclosed: CsvUnclosedQuote } {
	const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
	const separator = delimiter ?? sniffDelimiter(text);
	const rows: string[][] = [];
	let row: string[] = [];
	let cell = '';
	let i = 0;
	const endCell = () => {
		row.push(cell);
		cell = '';
	};
	const endRow = () => {
		endCell();
		rows.push(row);
		row = [];
	};
	while (i < text.length) {
		const ch = text[i]!;
		if (ch === '"' && cell === '') {
			// A quoted cell: read to its closing quote, turning "" into " and CRLF into LF.
			const opened = { row: rows.length + 1, column: row.length + 1 };
			let j = i + 1;
			let closed = false;
			while (j < text.length) {
				const c = text[j]!;
				if (c === '"') {
					if (text[j + 1] === '"') {
						cell += '"';
						j += 2;
						continue;
					}
					closed = true;
					j++;
					break;
				}
				if (c === '\r') {
					cell += '\n';
					j += text[j + 1] === '\n' ? 2 : 1;
					continue;
				}
				cell += c;
				j++;
			}
			if (!closed) return { ok: false, unclosed: opened };
			i = j;
			continue;
		}
		if (ch === separator) endCell();
		else if (ch === '\r' || ch === '\n') {
			endRow();
			if (ch === '\r' && text[i + 1] === '\n') i++;
		} else cell += ch;
		i++;
	}
	// The last record, unless the text ended with a line break (a trailing newline is no empty row).
	if (cell !== '' || row.length > 0) endRow();
	return { ok: true, table: { rows, delimiter: separator } };
}
