import { escapeMarkdown } from '../src/render/render-markdown.ts';
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';
import { describe, expect, it, vi } from 'vitest';

// Fast unit checks, but a loaded CI machine must not fail them on time alone.
vi.setConfig({ testTimeout: 60_000 });

// Markdown reports and diffs escape only what Markdown would misread (issue #12): checked with a
// real CommonMark + GitHub-flavoured parser, in each place the reports put text: a paragraph, a list
// item and a table cell.

const render = (markdown: string): string => micromark(markdown, { allowDangerousHtml: true, extensions: [gfm()], htmlExtensions: [gfmHtml()] });
const decode = (html: string): string =>
	html.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/** The HTML inside the one element that holds the text, in each setting the reports use. */
const settings: Record<string, (text: string) => string> = {
	paragraph: (text) => /^<p>([^]*)<\/p>\n?$/.exec(render(text))?.[1] ?? `(not a paragraph) ${render(text)}`,
	'list item': (text) => /^<ul>\n<li>([^]*)<\/li>\n<\/ul>\n?$/.exec(render(`- ${text}`))?.[1] ?? `(not one list item) ${render(`- ${text}`)}`,
	'table cell': (text) => {
		const html = render(`| a | b |\n| --- | --- |\n| ${text} | z |\n`);
		return /<tbody>\n<tr>\n<td>([^]*?)<\/td>\n<td>z<\/td>\n<\/tr>\n<\/tbody>/.exec(html)?.[1] ?? `(not one cell) ${html}`;
	},
};

const INNOCENT = [
	'Support Representative (P1)',
	'Writes a clear summary for each statement(s) they own.',
	'Credits up to half a billing period, e.g. after an outage; 3.5 hours at most.',
	'Keeps snake_case ids and file_names as they are.',
	'5 * 3 = 15, and 2 < 3 but 4 > 1; <3',
	'Tom & Jerry, "quotes", \'apostrophes\', and an ellipsis…',
	'Costs ~3 days, 50% of the time, #1 priority, C# and F# teams',
	'A question? An exclamation! A colon: and a semicolon;',
	'Named in the 2024 review - done',
];

const DANGEROUS = [
	'**bold** and *italic* and _under_ and __strong__',
	'[a link](javascript:alert(1)) and ![an image](https://example.com/x.png)',
	'[ref][1] and [^footnote] and <https://example.com>',
	'<b>tags</b> <script>alert(1)</script> <!-- comment --> <img src=x onerror=alert(1)>',
	'`code` and ``more code``',
	'a | pipe that would split a cell',
	'~~struck~~ and ~also~',
	'&amp; &copy; &#169; &#x41; entities',
	'# a heading',
	'> a quote',
	'- a list',
	'+ a list',
	'* a list',
	'1. a numbered list',
	'2) a numbered list',
	'---',
	'***',
	'===',
	'[ ] a task box',
	'a trailing backslash \\',
	'\\*already escaped\\*',
	'https://example.com/a_b_c*d*',
];

describe('escapeMarkdown', () => {
	it.each(INNOCENT)('leaves innocent text as written: %s', (text) => {
		expect(escapeMarkdown(text)).toBe(text);
	});

	for (const [setting, inner] of Object.entries(settings)) {
		it.each([...INNOCENT, ...DANGEROUS])(`in a ${setting}, shows the text itself and nothing else: %s`, (text) => {
			// GitHub links bare web addresses (http, https, www) as they stand: harmless, and kept as text here.
			const html = inner(escapeMarkdown(text)).replace(/<a href="(?:https?:\/\/|http:\/\/www\.)[^"]*">((?:https?:\/\/|www\.)[^<]*)<\/a>/g, '$1');
			// No element at all: no emphasis, link, image, code, tag, strikethrough, heading, list or rule.
			expect(html).not.toMatch(/<[a-z!/]/i);
			// The text reads as written.
			expect(decode(html)).toBe(text);
		});
	}

	it('collapses line breaks, so text cannot start a new block', () => {
		expect(escapeMarkdown('one\n\n# two\n- three')).toBe('one # two - three');
	});
});
