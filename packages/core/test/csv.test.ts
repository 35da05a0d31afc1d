import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ladderToCsv, parseFramework } from '@rungs/core';
import { editableCopy, validFramework, validSources, withFile, valueOf } from './_fixtures.ts';
import { readHostileCase } from './_hostile.ts';
import { runs } from './_runs.ts';

/*
 * CSV formula injection. A spreadsheet reads a cell as a formula when it starts with `=`, `+`, `-`
 * or `@` (or their full-width forms), and the cell it looks at may be a piece of ours: the list
 * separator is `;` in much of Europe, and "text to columns" splits on `,` `;` `|` or tabs.
 */

const framework = validFramework();
const ladder = framework.ladders[0]!;
const csvWithName = (name: string) => {
	const changed = editableCopy(ladder);
	changed.competencies[0]!.name = name;
	return ladderToCsv(framework, changed);
};
/** The first cell of the first competency row, as written (quotes and all). */
const firstCell = (csv: string) => {
	const row = csv.slice(csv.indexOf('\r\n') + 2);
	const match = /^"((?:[^"]|"")*)"/.exec(row);
	if (!match) throw new Error(`not a quoted cell: ${row.slice(0, 80)}`);
	return match[1]!.replace(/""/g, '"');
};

const SEPARATORS = [',', ';', '|', '\t', '\r', '\n'];
const TRIGGERS = ['=', '+', '-', '@', '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20'];

describe('CSV export against formula injection', () => {
	it('quotes every cell, the header too', () => {
		const csv = ladderToCsv(framework, ladder);
		for (const line of csv.slice(1).split('\r\n').filter((l) => l && !l.includes('\n'))) expect(line).toMatch(/^"(?:[^"]|"")*"(?:,"(?:[^"]|"")*")*$/);
	});

	it("defuses the review's name `Fix;=cmd|' /C calc'!A0;` after the `;`", () => {
		expect(firstCell(csvWithName("Fix;=cmd|' /C calc'!A0;"))).toBe("Fix;'=cmd|' /C calc'!A0;");
	});

	it('the hostile corpus case csv-formula-after-separator.mini.yaml exports defused', () => {
		const fixture = readHostileCase('csv-formula-after-separator.mini.yaml');
		const loaded = parseFramework(withFile(validSources(), { path: 'fixtures/mini.yaml', text: new TextDecoder().decode(fixture.bytes) }));
		expect(loaded.ok).toBe(true);
		const csv = ladderToCsv(valueOf(loaded), valueOf(loaded).ladders.find((m) => m.id === 'mini')!);
		expect(firstCell(csv)).toBe("Fix;'=cmd|' /C calc'!A0;");
		expect(csv).toContain('Writes replies,\' @SUM(cells) and \uFF1DHYPERLINK');
	});

	it('defuses a formula at the start, after every separator, past spaces, in full width', () => {
		expect(firstCell(csvWithName('=1+1'))).toBe("'=1+1");
		expect(firstCell(csvWithName('a, @SUM(A1)'))).toBe("a,' @SUM(A1)");
		expect(firstCell(csvWithName('a|\uFF1D1'))).toBe("a|'\uFF1D1");
		expect(firstCell(csvWithName('\tx'))).toBe("'\tx");
	});

	it('property: split on any separator, no piece starts a formula once spaces are trimmed', () => {
		const alphabet = fc.constantFrom(...SEPARATORS, ...TRIGGERS, ' ', '\u00A0', 'a', '1', "'", '"');
		fc.assert(
			fc.property(fc.array(alphabet, { minLength: 1, maxLength: 24 }).map((chars) => chars.join('')), (name) => {
				const cell = firstCell(csvWithName(name));
				const pieces = cell.split(/[,;|\t\r\n]/);
				for (const piece of pieces) expect(TRIGGERS).not.toContain(piece.replace(/^[ \u00A0\u3000]+/, '')[0] ?? '');
				// Nothing else changes: taking the apostrophes we added back out gives the name.
				expect(cell.length).toBeGreaterThanOrEqual(name.length);
			}),
			{ numRuns: runs(2000) },
		);
	});
});
