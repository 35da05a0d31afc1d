import { micromark } from 'micromark';
import { describe, expect, it, vi } from 'vitest';
import { inlinePlainText, parseInlineMarkdown } from '@rungs/core/render';
import { inlineHtml, inlineMarkdown, inlineText } from '../src/render/inline.ts';

// Timing comparisons below run on loaded CI machines: generous time limits, relative checks only.
vi.setConfig({ testTimeout: 120_000 });

/** CommonMark's HTML for one line of text, the oracle for the subset: micromark, HTML shown as text. */
const oracle = (text: string): string => /^<p>([^]*)<\/p>\n?$/.exec(micromark(text))?.[1] ?? `(not a paragraph) ${micromark(text)}`;
/** Ours, in micromark's spelling: it escapes no apostrophe and adds no rel. */
const ours = (text: string): string => inlineHtml(text).replace(/&#39;/g, "'").replace(/ rel="noopener noreferrer"/g, '');

/** A seeded generator, so a failure can be replayed. */
function random(seed: number): () => number {
	let state = seed;
	return () => {
		state = (state * 1103515245 + 12345) % 2147483648;
		return state / 2147483648;
	};
}

/** Pieces the subset is made of, and what sits next to it; no `<`, `&`, `!`, line breaks (not in the subset). */
const PIECES = ['word', 'Owns', ' ', ' ', ' ', '*', '*', '**', '***', '_', '__', 'a_b', '`', '``', '[', ']', '](https://example.com/a)', '](https://example.com/p_(x))', '(', ')', '.', ',', '\\*', '\\_', '\\[', '"', 'é', '5'];

describe('parseInlineMarkdown', () => {
	it('reads the subset as CommonMark does (micromark), over 4000 generated texts', () => {
		const next = random(14);
		const mismatches: string[] = [];
		for (let n = 0; n < 4000; n++) {
			const length = 1 + Math.floor(next() * 12);
			let text = 'x ';
			for (let i = 0; i < length; i++) text += PIECES[Math.floor(next() * PIECES.length)];
			text = text.trim();
			// A link to another scheme is a link to CommonMark and text to us, by design (tested below).
			if (/<a href="(?!https?:\/\/)/.test(oracle(text))) continue;
			if (ours(text) !== oracle(text)) mismatches.push(`${JSON.stringify(text)}\n  ours:   ${ours(text)}\n  oracle: ${oracle(text)}`);
		}
		expect(mismatches.slice(0, 10).join('\n')).toBe('');
	});

	it.each([
		['Follows [the runbook](https://example.com/runbook), *always*.', 'Follows <a href="https://example.com/runbook">the runbook</a>, <em>always</em>.'],
		['**strong** and _em_ and `code` and ``a ` tick``', '<strong>strong</strong> and <em>em</em> and <code>code</code> and <code>a ` tick</code>'],
		['snake_case_ids and 5 * 3 stay text', 'snake_case_ids and 5 * 3 stay text'],
		['[*nested* **marks**](http://example.com/x?y=1&z=2)', '<a href="http://example.com/x?y=1&amp;z=2"><em>nested</em> <strong>marks</strong></a>'],
	])('reads %j', (text, html) => {
		expect(ours(text)).toBe(html);
		expect(oracle(text)).toBe(html);
	});

	it('lets no HTML through and links only to http(s)', () => {
		const hostile = [
			'<script>alert(1)</script> <img src=x onerror=alert(1)>',
			'[click](javascript:alert(1)) [x](JAVASCRIPT:alert(1)) [d](data:text/html,<b>x</b>) [v](vbscript:x)',
			'[x]( javascript:alert(1) ) [y](//evil.example.com) [z](https:) [w](mailto:a@b.c)',
			'<a href="javascript:alert(1)">x</a> &lt;b&gt; &#x3C;',
			'[x](https://example.com/"onmouseover="alert(1)) ![img](https://example.com/x.png)',
			'`<b>` **<i>** [<b>x</b>](https://example.com)',
		];
		for (const text of hostile) {
			const html = inlineHtml(text);
			expect(html, text).not.toMatch(/<(?!\/?(?:a|em|strong|code)[ >])/);
			const hrefs = [...html.matchAll(/<a href="([^"]*)"/g)].map((m) => m[1]!);
			for (const href of hrefs) expect(href, text).toMatch(/^https?:\/\/[^"\s<>]+$/);
			expect(html).not.toMatch(/javascript:[^<]*<\/a>|href="[^h]/i);
		}
		expect(parseInlineMarkdown('[click](javascript:alert(1))')).toEqual([{ type: 'text', text: '[click](javascript:alert(1))' }]);
		// A quote in an address stays inside the attribute.
		expect(inlineHtml('[x](https://example.com/"onmouseover="alert(1))')).toBe('<a href="https://example.com/&quot;onmouseover=&quot;alert(1)" rel="noopener noreferrer">x</a>');
	});

	it('gives a text without any character Markdown starts with as one text token, and an empty one as none', () => {
		// The shortcut for plain text must agree with the general walk, which a single mark sends it to.
		for (const text of ['Owns the queue, calmly.', 'Écrit des réponses « claires » — 100 % du temps.', ' spaces  kept ', 'emoji 👋🏽 and <b>tags</b> & (parens)']) {
			expect(parseInlineMarkdown(text)).toEqual([{ type: 'text', text }]);
			expect(parseInlineMarkdown(`${text}*`)).toEqual([{ type: 'text', text: `${text}*` }]);
		}
		expect(parseInlineMarkdown('')).toEqual([]);
	});

	it('keeps unbalanced marks as text', () => {
		for (const text of ['**not closed', 'not opened**', '[no close', 'no open]', '`no close', '[a](https://example.com', '_a *b c', '***']) {
			expect(inlinePlainText(text), text).toBe(text.replace(/\*\*\*/, '***'));
		}
	});

	it('takes time linear in the text: hostile input of 100 KB costs about what ordinary text of the same size does', () => {
		const size = 100_000;
		const ordinary = 'Owns the queue and *coaches* peers on [tone](https://example.com/tone), `saved replies` and **escalations**. '.repeat(size / 100).slice(0, size);
		const hostile = {
			stars: '*'.repeat(size),
			underscores: '_'.repeat(size),
			brackets: '['.repeat(size),
			closing: ']'.repeat(size),
			backticks: '`'.repeat(size),
			'mixed runs': '*a_'.repeat(size / 3),
			'open links': '[a]('.repeat(size / 4),
			'link starts': '[a](https://x.com'.repeat(size / 17),
			'backtick runs': Array.from({ length: 400 }, (_, i) => '`'.repeat(1 + (i % 40)) + 'a').join('').repeat(12).slice(0, size),
			'nested brackets': '[*'.repeat(size / 2),
			'alternating emphasis': '*a **b '.repeat(size / 7),
		};
		const cost = (text: string) => {
			let best = Infinity;
			for (let run = 0; run < 3; run++) {
				const start = performance.now();
				parseInlineMarkdown(text);
				best = Math.min(best, performance.now() - start);
			}
			return best;
		};
		const baseline = Math.max(cost(ordinary), 1);
		for (const [name, text] of Object.entries(hostile)) {
			expect(text.length).toBeGreaterThan(size * 0.9);
			// Quadratic work on 100 KB is thousands of times the baseline; linear work, a small multiple.
			expect(cost(text) / baseline, name).toBeLessThan(40);
		}
	});
});

describe('inline Markdown in reports', () => {
	const text = 'Follows [the runbook](https://example.com/runbook), *always*; never [this](javascript:alert(1)) or <b>that</b>.';

	it('prints a link as its label and address in text', () => {
		expect(inlineText(text)).toBe('Follows the runbook (https://example.com/runbook), always; never [this](javascript:alert(1)) or <b>that</b>.');
		expect(inlineText('[https://example.com](https://example.com)')).toBe('https://example.com');
	});

	it('writes Markdown that CommonMark reads back as the same marks, over 2000 generated ladder texts', () => {
		// Whole constructs and the text around them, as authors write them (the parser's own test above
		// takes the marks apart); bare addresses are left out: GitHub links them, CommonMark does not.
		const separators = [' ', ' ', ', ', '. ', ': ', ' (', ') '];
		const parts = ['Owns', 'the queue', '*coaches*', '_peers_', '**escalations**', '`saved replies`', '``a ` tick``', '[tone](https://example.com/tone)', '[*the* guide](https://example.com/g_(1))', '5 * 3', 'snake_case', '<b>tags</b>', '[x](javascript:alert(1))', 'a | pipe', '\\*not em\\*', '#1', 'é', '(P1)', '[ref]', '&amp;'];
		const next = random(20);
		const mismatches: string[] = [];
		for (let n = 0; n < 2000; n++) {
			let text = 'x ';
			for (let i = 0, length = 1 + Math.floor(next() * 10); i < length; i++) text += parts[Math.floor(next() * parts.length)]! + separators[Math.floor(next() * separators.length)]!;
			text = text.trim().replace(/ +/g, ' ');
			const back = oracle(inlineMarkdown(text));
			// Two emphases in a row are written as one: the same words, emphasised alike.
			const expected = ours(text).replace(/<\/(em|strong)><\1>/g, '');
			if (back !== expected) mismatches.push(`${JSON.stringify(text)} → ${inlineMarkdown(text)}\n  ours: ${ours(text)}\n  back: ${back}`);
		}
		expect(mismatches.slice(0, 10).join('\n')).toBe('');
	});

	it('passes the safe subset through to Markdown, and escapes the rest', () => {
		const markdown = inlineMarkdown(text);
		expect(markdown).toBe('Follows [the runbook](https://example.com/runbook), *always*; never \\[this\\](javascript:alert(1)) or \\<b\\>that\\</b\\>.');
		expect(oracle(markdown)).toBe('Follows <a href="https://example.com/runbook">the runbook</a>, <em>always</em>; never [this](javascript:alert(1)) or &lt;b&gt;that&lt;/b&gt;.');
		// Plain text is escaped as before: innocent characters stay as written.
		expect(inlineMarkdown('5 * 3 for snake_case')).toBe('5 * 3 for snake_case');
		expect(oracle(inlineMarkdown('Uses `a `` b` and **bold**'))).toBe(oracle('Uses `a `` b` and **bold**'));
	});
});
