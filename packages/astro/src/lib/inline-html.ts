import { parseInlineMarkdown, type InlineToken } from '@rungs/core/render';
import { addAttribute, escapeHTML, markHTMLString } from 'astro/runtime/server/index.js';

/*
 * A ladder's text with its inline Markdown (links, emphasis, code), parsed by @rungs/core, as the HTML
 * the Inline component writes: every piece escaped by Astro's own functions, only http(s) addresses
 * ever links. One string a page writes as it stands, where the component cost Astro a component and a
 * buffer for each piece of each statement, a good share of every page's CPU time and garbage (#20:
 * the cost of each added page); a level page shows some two dozen statements.
 */

function htmlOf(tokens: readonly InlineToken[]): string {
	let out = '';
	for (const t of tokens) {
		if (t.type === 'text') out += escapeHTML(t.text);
		else if (t.type === 'code') out += `<code>${escapeHTML(t.text)}</code>`;
		else if (t.type === 'em') out += `<em>${htmlOf(t.children)}</em>`;
		else if (t.type === 'strong') out += `<strong>${htmlOf(t.children)}</strong>`;
		else out += `<a${addAttribute(t.href, 'href')} rel="noopener noreferrer">${htmlOf(t.children)}</a>`;
	}
	return out;
}

/** A text's inline Markdown as HTML a template writes unescaped (`{inlineHtml(text)}`). */
export const inlineHtml = (text: string, tokens?: readonly InlineToken[]): string => markHTMLString(htmlOf(tokens ?? parseInlineMarkdown(text)));
