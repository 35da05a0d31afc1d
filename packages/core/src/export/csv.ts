import type { Framework, Matrix } from '../model.ts';

/** One CSV field: quoted when needed, and defused when a spreadsheet would read it as a formula. */
function field(value: string): string {
	const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
	return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * A ladder as a competency × level grid in CSV (RFC 4180: CRLF line ends, quoted fields), with a
 * byte-order mark so spreadsheets read it as UTF-8. Each cell holds that level's statements, one per
 * line; cells that would start a formula are prefixed with an apostrophe.
 *
 * @example
 * await writeFile('ladder.csv', matrixToCsv(framework, findMatrix(framework, 'support-representative')!));
 */
export function matrixToCsv(framework: Framework, matrix: Matrix): string {
	const categories = new Map(framework.categories.map((c) => [c.id, c.name]));
	const header = ['Competency', 'Category', 'Shared', 'Required', ...matrix.levels.map((l) => `${l.title} (${l.band})`)];
	const rows = matrix.competencies.map((c) => [
		c.name,
		categories.get(c.category) ?? c.category,
		c.shared ? 'yes' : 'no',
		c.required ? 'yes' : 'no',
		...matrix.levels.map((l) => (c.expectations[l.id] ?? []).map((s) => s.text.trim()).join('\n') || (c.levelNotes[l.id] ?? '')),
	]);
	const decisions = matrix.levels.flatMap((l) => l.authority.decideAlone.map((d) => d.id)).filter((id, i, all) => all.indexOf(id) === i);
	const authority = decisions.map((id) => {
		const text = matrix.levels.flatMap((l) => l.authority.decideAlone).find((d) => d.id === id)!.text;
		return [`Decides alone: ${text}`, 'Decision authority', '', '', ...matrix.levels.map((l) => {
			const d = l.authority.decideAlone.find((x) => x.id === id);
			return d ? (d.limit ?? 'yes') : '';
		})];
	});
	return `\uFEFF${[header, ...rows, ...authority].map((row) => row.map(field).join(',')).join('\r\n')}\r\n`;
}
