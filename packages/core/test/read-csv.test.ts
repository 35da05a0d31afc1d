import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readCsv, sniffDelimiter } from '../src/import/read-csv.ts';

const rows = (text: string) => {
	const read = readCsv(text);
	if (!read.ok) throw new Error(`unclosed quote at ${read.unclosed.row}:${read.unclosed.column}`);
	return read.table.rows;
};

describe('readCsv (RFC 4180 as spreadsheets write it)', () => {
	it('reads plain cells, with CRLF, LF or CR line ends, and no empty row for a final line break', () => {
		expect(rows('a,b\r\nc,d\r\n')).toEqual([['a', 'b'], ['c', 'd']]);
		expect(rows('a,b\nc,d')).toEqual([['a', 'b'], ['c', 'd']]);
		expect(rows('a,b\rc,d\r')).toEqual([['a', 'b'], ['c', 'd']]);
	});

	it('keeps empty cells, at the ends of a row too', () => {
		expect(rows(',a,,\n')).toEqual([['', 'a', '', '']]);
	});

	it('reads quoted cells with separators, doubled quotes and line breaks (CRLF inside becomes LF)', () => {
		expect(rows('"a, b","say ""hi""","one\r\ntwo\nthree"\r\nx,y,z')).toEqual([
			['a, b', 'say "hi"', 'one\ntwo\nthree'],
			['x', 'y', 'z'],
		]);
		expect(rows('"",""""\n')).toEqual([['', '"']]);
	});

	it('drops a byte-order mark, which would otherwise be part of the first header', () => {
		expect(rows('\uFEFFCompetency,Senior\n')).toEqual([['Competency', 'Senior']]);
	});

	it('reads a quote inside an unquoted cell as text, and keeps text after a closing quote', () => {
		expect(rows('5" screen,"a"b\n')).toEqual([['5" screen', 'ab']]);
	});

	it('reports a quote that never closes with its row and column (1-based)', () => {
		expect(readCsv('a,b\nc,"never\nclosed\n')).toEqual({ ok: false, unclosed: { row: 2, column: 2 } });
	});

	it.each([
		['comma', 'a,b;c\n1,2', ','],
		['semicolon', 'Competency;Junior;Senior\nx;"a,b";c', ';'],
		['tab', 'Competency\tJunior\tSenior\nx\t"a;b"\tc', '\t'],
		['one column', 'Competency\nx', ','],
		['separators inside quotes do not count', '"a;b;c",d,e\n', ','],
	])('sniffs the separator from the header row: %s', (_, text, delimiter) => {
		expect(sniffDelimiter(text)).toBe(delimiter);
		const read = readCsv(text);
		expect(read.ok && read.table.delimiter).toBe(delimiter);
	});

	it('reads back any table written with RFC 4180 quoting, whatever the cells hold', () => {
		const cell = fc.string({ unit: fc.constantFrom('a', 'b', ' ', ',', ';', '\t', '"', '\n', '\r\n', 'é', '•') });
		fc.assert(
			fc.property(fc.array(fc.array(cell, { minLength: 2, maxLength: 4 }), { minLength: 1, maxLength: 5 }), (table) => {
				const text = table.map((row) => row.map((c) => `"${c.replace(/"/g, '""')}"`).join(',')).join('\r\n');
				const read = readCsv(text, ',');
				expect(read.ok && read.table.rows).toEqual(table.map((row) => row.map((c) => c.replace(/\r\n/g, '\n'))));
			}),
		);
	});

	it('takes one pass: 200,000 quotes or separators are read without backtracking', () => {
		const quotes = `"${'""'.repeat(100_000)}"`;
		const read = readCsv(quotes);
		expect(read.ok && read.table.rows[0]![0]!.length).toBe(100_000);
		expect(rows(','.repeat(200_000))[0]).toHaveLength(200_001);
	}, 60_000);
});
