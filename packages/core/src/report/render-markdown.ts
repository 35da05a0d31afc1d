import type { CalibrationReport, GapReport } from '../schema/gap-report.ts';
import { assessorWords, byCategory, DISCLAIMER, evidenceLine, evidenceWords, gapTags, moveWords, STATUS_WORDS } from './common.ts';

/**
 * Escapes text for a Markdown table cell or line, only where Markdown would misread it: emphasis
 * and code marks, link and image brackets, HTML tags and entities, table pipes, strikethrough, and
 * what would start a heading, quote or list. Innocent text (`(P1)`, `statement(s)`, `snake_case`,
 * `5 * 3`, `<3`) passes as written, since GitHub and Slack show needless backslashes literally.
 *
 * @example
 * escapeMarkdown('Uses <b>tags</b> | pipes (P1)'); // "Uses \\<b>tags\\</b> \\| pipes (P1)"
 */
export const escapeMarkdown = (text: string): string => {
	const line = text.replace(/\s+/g, ' ').trim();
	const tildes = (line.match(/~/g) ?? []).length > 1;
	const inAddress = addressSpans(line);
	let out = '';
	for (let i = 0; i < line.length; i++) {
		const ch = line[i]!;
		const before = line[i - 1] ?? ' ';
		const after = line[i + 1] ?? ' ';
		// GitHub and Slack link a bare web address as written: a backslash inside would become part of
		// the address. Only a pipe is escaped there (tables remove that backslash before links are found).
		const escape = inAddress[i] ? ch === '|' : needsEscape(ch, before, after, line.slice(i + 1), tildes);
		if (escape) out += '\\';
		out += ch;
	}
	return escapeLineStart(out);
};

/**
 * Which characters belong to a bare web address (`https://…`, `www.…`), which GitHub-flavoured
 * Markdown links as it stands. Its trailing punctuation is left as written too: GitHub puts a
 * backslash there into the link.
 */
function addressSpans(line: string): boolean[] {
	const inside: boolean[] = [];
	for (const match of line.matchAll(/(?<![\p{L}\p{N}])(?:https?:\/\/|www\.)[^\s<]*/giu)) {
		for (let i = 0; i < match[0].length; i++) inside[match.index + i] = true;
	}
	return inside;
}

const WORD = /[\p{L}\p{N}]/u;

function needsEscape(ch: string, before: string, after: string, rest: string, tildes: boolean): boolean {
	switch (ch) {
		case '\\':
		case '`':
		case '|':
			return true;
		// Emphasis needs a mark that touches text: `5 * 3` is not, `*this*` is.
		case '*':
			return !(/\s/.test(before) && /\s/.test(after));
		// An underscore inside a word (snake_case) never makes emphasis.
		case '_':
			return !(WORD.test(before) && WORD.test(after)) && !(/\s/.test(before) && /\s/.test(after));
		// Brackets make links, images, footnotes and task boxes; escaping the opening one is enough.
		case '[':
			return rest.includes(']');
		// Tags, comments and autolinks start `<` + a letter, `/`, `!` or `?`; `<3` and `a < b` are text.
		case '<':
			return /[A-Za-z/!?]/.test(after);
		// An entity (`&amp;`, `&#169;`) would show as the character it names.
		case '&':
			return /^#?[A-Za-z0-9]+;/.test(rest);
		case '~':
			return tildes;
		default:
			return false;
	}
}

/**
 * What only means something at the start of a line: a heading (`# `), quote, list item (`- `,
 * `1. `), rule (`***`) or heading underline (`===`). The text may start a line (a list item's text
 * or a paragraph), so its start is checked.
 */
function escapeLineStart(text: string): string {
	const ordered = /^(\d{1,9})([.)])(\s|$)/.exec(text);
	if (ordered) return `${ordered[1]}\\${text.slice(ordered[1]!.length)}`;
	if (/^(#{1,6}(\s|$)|>|[-+*](\s|$))/.test(text) || isUnderlineOrRule(text)) return `\\${text}`;
	return text;
}

/**
 * A heading underline (`===`, `---`) or a thematic break (three or more of one of `-*_`, spaces
 * between allowed). Tested on the text without its spaces, so no pattern backtracks over them (the
 * single pattern this replaces was quadratic on a long run of spaces).
 */
function isUnderlineOrRule(text: string): boolean {
	const trimmed = text.trimEnd();
	if (/^=+$/.test(trimmed) || /^-+$/.test(trimmed)) return true;
	const compact = trimmed.replace(/\s/g, '');
	return compact.length >= 3 && /^(?:-+|\*+|_+)$/.test(compact);
}

/**
 * A gap report as Markdown, for a pull request, a wiki page or a document.
 *
 * @example
 * await writeFile('report.md', renderGapMarkdown(report));
 */
export function renderGapMarkdown(report: GapReport): string {
	const e = escapeMarkdown;
	const out: string[] = [
		`# Gap report: ${e(report.person.name)}`,
		'',
		`${e(moveWords(report))}  `,
		`${e(assessorWords(report))} of ${e(report.date)}`,
		'',
		'## Readiness',
		'',
		`**${report.readiness.meetsRule ? 'Meets the rule' : 'Not yet'}.** ${e(report.readiness.headline)}`,
		'',
		`Rule: ${e(report.readiness.ruleDescription)}`,
		'',
	];
	for (const blocker of report.readiness.blockers) out.push(`- ${e(blocker.message)}`);
	if (report.readiness.blockers.length > 0) out.push('');
	out.push('## Competencies', '', '| Competency | Category | Rating | Status | Evidence |', '| --- | --- | --- | --- | --- |');
	for (const [category, gaps] of byCategory(report)) {
		for (const gap of gaps) {
			const tags = gapTags(report, gap);
			out.push(`| ${e(gap.name)}${tags.length ? ` (${tags.join(', ')})` : ''} | ${e(category)} | ${e(gap.rating?.label ?? '—')} | ${STATUS_WORDS[gap.status]} | ${evidenceWords(gap)} |`);
		}
	}
	const work = report.competencies.filter((g) => g.toShow.length > 0 || g.evidence.items.length > 0 || g.note);
	if (work.length > 0) {
		out.push('', '## Still to show, and the evidence', '');
		for (const gap of work) {
			out.push(`### ${e(gap.name)}`, '');
			if (gap.note) out.push(e(gap.note), '');
			if (gap.toShow.length > 0) {
				out.push('Still to show:', '');
				for (const s of gap.toShow) out.push(`- ${e(s.text)} (${e(s.levelTitle)})`);
				out.push('');
			}
			if (gap.evidence.items.length > 0) {
				out.push('Evidence:', '');
				for (const item of gap.evidence.items) out.push(`- ${e(evidenceLine(item))}`);
				out.push('');
			}
		}
	}
	if (report.leftBehind.length > 0) out.push('', `Not part of ${e(report.target.matrixTitle)}: ${report.leftBehind.map((c) => e(c.name)).join(', ')}.`);
	if (report.notes) out.push('', `Notes: ${e(report.notes)}`);
	out.push('', `_${DISCLAIMER}_`, '');
	return out.join('\n').replace(/\n{3,}/g, '\n\n');
}

/**
 * A calibration report as Markdown: a table of both ratings, largest differences first.
 *
 * @example
 * renderCalibrationMarkdown(calibration);
 */
export function renderCalibrationMarkdown(report: CalibrationReport): string {
	const e = escapeMarkdown;
	const who = (s: CalibrationReport['first']) => e(`${s.assessor.role}${s.assessor.name ? ` (${s.assessor.name})` : ''}`);
	const out = [
		`# Calibration: ${e(report.person.name)}`,
		'',
		`Towards ${e(report.target.title)} (${e(report.target.matrixTitle)}). ${report.summary.agree} agree, ${report.summary.differ} differ by a step, ${report.summary.discuss} to discuss, ${report.summary.incomplete} incomplete.`,
		'',
		`| Competency | ${who(report.first)} | ${who(report.second)} | Difference |`,
		'| --- | --- | --- | --- |',
	];
	for (const row of report.competencies) {
		const delta = row.delta === null ? '—' : row.delta > 0 ? `+${row.delta}` : String(row.delta);
		out.push(`| ${e(row.name)} | ${e(row.first.rating?.label ?? '—')} | ${e(row.second.rating?.label ?? '—')} | ${delta}${row.agreement === 'discuss' ? ' **discuss**' : ''} |`);
	}
	out.push('', `_${DISCLAIMER}_`, '');
	return out.join('\n');
}
