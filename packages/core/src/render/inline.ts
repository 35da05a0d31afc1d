import { inlinePlainText, parseInlineMarkdown, type InlineToken } from '../schema/inline-markdown.ts';
import { escapeHtml } from './html.ts';
import { escapeLineStart, escapeMarkdown } from './escape-markdown.ts';

// A ladder's text (a statement, a description) as each kind of report shows it: its inline
// Markdown parsed once (schema/inline-markdown.ts), then written as HTML, Markdown or plain text.

/**
 * Inline Markdown as HTML: every text escaped, links only to http(s) addresses (the parser makes no
 * other), nothing of the source passed through as markup.
 */
export function inlineHtml(text: string): string {
	return htmlOf(parseInlineMarkdown(text));
}

function htmlOf(tokens: readonly InlineToken[]): string {
	return tokens
		.map((token) => {
			switch (token.type) {
				case 'text':
					return escapeHtml(token.text);
				case 'code':
					return `<code>${escapeHtml(token.text)}</code>`;
				case 'em':
					return `<em>${htmlOf(token.children)}</em>`;
				case 'strong':
					return `<strong>${htmlOf(token.children)}</strong>`;
				case 'link':
					return `<a href="${escapeHtml(token.href)}" rel="noopener noreferrer">${htmlOf(token.children)}</a>`;
			}
		})
		.join('');
}

/** Inline Markdown as plain text for a terminal: marks dropped, a link as `label (address)`. */
export function inlineText(text: string): string {
	return textOf(parseInlineMarkdown(text));
}

function textOf(tokens: readonly InlineToken[]): string {
	return tokens
		.map((token) => {
			if (token.type !== 'link') return 'children' in token ? textOf(token.children) : token.text;
			const label = textOf(token.children);
			return label === token.href ? label : `${label} (${token.href})`;
		})
		.join('');
}

/**
 * Inline Markdown for a Markdown report: the safe subset passed through (http(s) links, emphasis,
 * strong, code), everything else escaped as text. A text without Markdown is escaped as before.
 */
export function inlineMarkdown(text: string): string {
	const tokens = parseInlineMarkdown(text);
	// Text only (backslash escapes already read): escaped as any report text is, innocent characters kept.
	if (tokens.every((token) => token.type === 'text')) return escapeMarkdown(inlinePlainText(tokens));
	return escapeLineStart(markdownOf(tokens).replace(/[ \t\r\n]+/g, ' ').trim());
}

/** In marked-up text, every character Markdown could read as markup is escaped. */
const escapeAll = (text: string): string => text.replace(/[\\`*_[\]<>&|~!#]/g, (ch) => `\\${ch}`);

function markdownOf(tokens: readonly InlineToken[]): string {
	let out = '';
	for (const token of mergeAdjacent(tokens)) {
		switch (token.type) {
			case 'text':
				out += escapeAll(token.text);
				break;
			case 'code': {
				// A fence longer than any backtick run inside; padded when the code starts or ends with one.
				let longest = 0;
				for (const run of token.text.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
				const fence = '`'.repeat(longest + 1);
				const pad = token.text.startsWith('`') || token.text.endsWith('`') || (token.text.startsWith(' ') && token.text.endsWith(' ')) ? ' ' : '';
				out += `${fence}${pad}${token.text}${pad}${fence}`;
				break;
			}
			case 'em':
			case 'strong': {
				// Right after a `*` mark another `*` would join it into one run: `_` keeps them apart.
				const mark = (out.endsWith('*') && !out.endsWith('\\*') ? '_' : '*').repeat(token.type === 'em' ? 1 : 2);
				out += `${mark}${markdownOf(token.children)}${mark}`;
				break;
			}
			case 'link':
				out += `[${markdownOf(token.children)}](${token.href})`;
		}
	}
	return out;
}

/** Two emphases in a row (`*a*_b_`) read as one: written as one, or their marks would merge into `**`. */
function mergeAdjacent(tokens: readonly InlineToken[]): InlineToken[] {
	const merged: InlineToken[] = [];
	for (const token of tokens) {
		const last = merged[merged.length - 1];
		if (last && (token.type === 'em' || token.type === 'strong') && last.type === token.type) merged[merged.length - 1] = { type: token.type, children: [...last.children, ...token.children] };
		else merged.push(token);
	}
	return merged;
}

export { inlinePlainText };
