import type { CalibrationReport, GapReport } from '../schema/gap-report.ts';
import { assessorWords, byCategory, disclaimer, evidenceLine, evidenceWords, gapTags, moveWords, statusWords, wordsOf, type MessageOptions } from './common.ts';

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
export function renderGapMarkdown(report: GapReport, options: MessageOptions = {}): string {
	const e = escapeMarkdown;
	const w = wordsOf(options);
	const out: string[] = [
		`# ${e(w.say('gap.title', { name: report.person.name }))}`,
		'',
		`${e(moveWords(w, report))}  `,
		e(w.say('report.assessedOn', { assessor: assessorWords(w, report), date: report.date })),
		'',
		`## ${e(w.say('gap.readiness', {}))}`,
		'',
		`**${e(report.readiness.meetsRule ? w.say('gap.meetsRule', {}) : w.say('gap.notYet', {}))}.** ${e(w.message(report.readiness.headline))}`,
		'',
		e(w.say('gap.rule', { rule: w.message(report.readiness.ruleDescription) })),
		'',
	];
	for (const blocker of report.readiness.blockers) out.push(`- ${e(w.message(blocker))}`);
	if (report.readiness.blockers.length > 0) out.push('');
	const columns = (['column.competency', 'column.category', 'column.rating', 'column.status', 'column.evidence'] as const).map((code) => e(w.say(code, {})));
	out.push(`## ${e(w.say('gap.competencies', {}))}`, '', `| ${columns.join(' | ')} |`, '| --- | --- | --- | --- | --- |');
	for (const [category, gaps] of byCategory(report)) {
		for (const gap of gaps) {
			const tags = gapTags(w, report, gap);
			out.push(`| ${e(gap.name)}${tags.length ? ` (${e(tags.join(', '))})` : ''} | ${e(category)} | ${e(gap.rating?.label ?? '—')} | ${e(statusWords(w, gap.status))} | ${e(evidenceWords(w, gap))} |`);
		}
	}
	const work = report.competencies.filter((g) => g.toShow.length > 0 || g.evidence.items.length > 0 || g.note);
	if (work.length > 0) {
		out.push('', `## ${e(w.say('gap.details', {}))}`, '');
		for (const gap of work) {
			out.push(`### ${e(gap.name)}`, '');
			if (gap.note) out.push(e(gap.note), '');
			if (gap.toShow.length > 0) {
				out.push(`${e(w.say('gap.stillToShow', {}))}:`, '');
				for (const s of gap.toShow) out.push(`- ${e(s.text)} (${e(s.levelTitle)})`);
				out.push('');
			}
			if (gap.evidence.items.length > 0) {
				out.push(`${e(w.say('gap.evidence', {}))}:`, '');
				for (const item of gap.evidence.items) out.push(`- ${e(evidenceLine(item))}`);
				out.push('');
			}
		}
	}
	if (report.leftBehind.length > 0) out.push('', w.say('report.leftBehind', { ladder: e(report.target.matrixTitle), names: report.leftBehind.map((c) => e(c.name)) }));
	if (report.notes) out.push('', w.say('report.notes', { notes: e(report.notes) }));
	out.push('', `_${e(disclaimer(w))}_`, '');
	return out.join('\n').replace(/\n{3,}/g, '\n\n');
}

/**
 * A calibration report as Markdown: a table of both ratings, largest differences first.
 *
 * @example
 * renderCalibrationMarkdown(calibration);
 */
export function renderCalibrationMarkdown(report: CalibrationReport, options: MessageOptions = {}): string {
	const e = escapeMarkdown;
	const w = wordsOf(options);
	const who = (s: CalibrationReport['first']) => e(w.say('calibration.assessor', { role: s.assessor.role, name: s.assessor.name ?? null }));
	const towards = w.say('calibration.towardsSentence', { target: e(report.target.title), ladder: e(report.target.matrixTitle) });
	const out = [
		`# ${e(w.say('calibration.title', { name: report.person.name }))}`,
		'',
		`${towards} ${e(w.say('calibration.summary', report.summary))}.`,
		'',
		`| ${e(w.say('column.competency', {}))} | ${who(report.first)} | ${who(report.second)} | ${e(w.say('column.difference', {}))} |`,
		'| --- | --- | --- | --- |',
	];
	for (const row of report.competencies) {
		const delta = row.delta === null ? '—' : row.delta > 0 ? `+${row.delta}` : String(row.delta);
		out.push(`| ${e(row.name)} | ${e(row.first.rating?.label ?? '—')} | ${e(row.second.rating?.label ?? '—')} | ${delta}${row.agreement === 'discuss' ? ` **${e(w.say('calibration.discuss', {}))}**` : ''} |`);
	}
	out.push('', `_${e(disclaimer(w))}_`, '');
	return out.join('\n');
}
