import { authorityOf } from '../model/authority.ts';
import type { Framework, Ladder } from '../model/framework.ts';

/**
 * Where a spreadsheet may start reading a formula: the start of the cell, or after any character it
 * may split a cell on (`,` `;` `|`, tab, CR, LF: the list separator depends on the locale, and a
 * "text to columns" or a paste splits on others), past any spaces, when the next character is one
 * that opens a formula (`=` `+` `-` `@`, or their full-width forms, which some spreadsheets fold).
 */
const FORMULA_START = /(^|[,;|\t\r\n])([ \u00A0\u3000]*)(?=[=+\-@\uFF1D\uFF0B\uFF0D\uFF20])/g;

/**
 * One CSV field: always quoted (RFC 4180), and defused wherever a spreadsheet could read a formula
 * (an apostrophe, which spreadsheets take as "this is text", before it). A cell that starts with a
 * tab or CR gets one too, as OWASP advises.
 */
function field(value: string): string {
	const safe = value.replace(FORMULA_START, "$1'$2").replace(/^(?=[\t\r])/, "'");
	return `"${safe.replace(/"/g, '""')}"`;
}

/**
 * A ladder as a competency × level grid in CSV (RFC 4180: CRLF line ends, every field quoted), with a
 * byte-order mark so spreadsheets read it as UTF-8. Each cell holds that level's statements, one per
 * line; wherever a spreadsheet could start a formula (the cell's start, or after a separator it may
 * split on), an apostrophe comes first.
 *
 * @example
 * await writeFile('ladder.csv', ladderToCsv(framework, findLadder(framework, 'support-representative')!));
 */
export function ladderToCsv(framework: Framework, ladder: Ladder): string {
	const categories = new Map(framework.categories.map((c) => [c.id, c.name]));
	const header = ['Competency', 'Category', 'Shared', 'Required', ...ladder.levels.map((l) => (l.band ? `${l.title} (${l.band})` : l.title))];
	const rows = ladder.competencies.map((c) => [
		c.name,
		categories.get(c.category) ?? c.category,
		c.shared ? 'yes' : 'no',
		c.required ? 'yes' : 'no',
		...ladder.levels.map((l) => (c.expectations[l.id] ?? []).map((s) => s.text.trim()).join('\n') || (c.levelNotes[l.id] ?? '')),
	]);
	const decisions = ladder.levels.flatMap((l) => authorityOf(l).decideAlone.map((d) => d.id)).filter((id, i, all) => all.indexOf(id) === i);
	const authority = decisions.map((id) => {
		const text = ladder.levels.flatMap((l) => authorityOf(l).decideAlone).find((d) => d.id === id)!.text;
		return [`Decides alone: ${text}`, 'Decision authority', '', '', ...ladder.levels.map((l) => {
			const d = authorityOf(l).decideAlone.find((x) => x.id === id);
			return d ? (d.limit ?? 'yes') : '';
		})];
	});
	return `\uFEFF${[header, ...rows, ...authority].map((row) => row.map(field).join(',')).join('\r\n')}\r\n`;
}
