// Escaping text for Markdown reports: only what Markdown would misread, so innocent text reads as written.

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
	// One line; a no-break space (French puts one before `:` and inside « ») keeps its two sides together.
	const line = text.replace(/[^\S\u00a0\u202f]+/g, ' ').trim();
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
export function escapeLineStart(text: string): string {
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
