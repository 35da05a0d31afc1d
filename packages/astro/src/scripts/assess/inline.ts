import { parseInlineMarkdown, type InlineToken } from '@rungs/core/render';
import { el } from './dom.ts';

/** A ladder's text as DOM nodes, its inline Markdown rendered as Inline.astro does: text nodes, and links only to http(s). */
export function inlineNodes(text: string, tokens: readonly InlineToken[] = parseInlineMarkdown(text)): Array<Node | string> {
	return tokens.map((t) => {
		switch (t.type) {
			case 'text':
				return t.text;
			case 'code':
				return el('code', {}, t.text);
			case 'em':
			case 'strong':
				return el(t.type, {}, ...inlineNodes('', t.children));
			case 'link':
				return el('a', { href: t.href, rel: 'noopener noreferrer' }, ...inlineNodes('', t.children));
		}
	});
}
