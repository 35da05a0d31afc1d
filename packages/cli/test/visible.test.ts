import { describe, expect, it } from 'vitest';
import { jsonText, visible } from '../src/visible.ts';

/*
 * What reaches a terminal: every code point that could drive it or hide text, over the whole of
 * Unicode, is named by `visible` and escaped by `jsonText`, and nothing else changes.
 */

const HIDDEN = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}\u115F\u1160\u3164\uFFA0]/u;
const everyHidden = (): string[] => {
	const found: string[] = [];
	for (let code = 0; code <= 0x10ffff; code++) {
		const ch = String.fromCodePoint(code);
		if (code !== 0x0a && HIDDEN.test(ch)) found.push(ch);
	}
	return found;
};

describe('visible', () => {
	const hidden = everyHidden();

	it('covers the classes the review named: C0, DEL, C1, bidi overrides and isolates, zero-width', () => {
		for (const code of [0x00, 0x07, 0x09, 0x0d, 0x1b, 0x7f, 0x85, 0x9b, 0x200b, 0x200e, 0x202a, 0x202e, 0x2066, 0x2069, 0xfeff, 0xe0001]) {
			expect(hidden).toContain(String.fromCodePoint(code));
		}
	});

	it('property: every hidden code point, alone or inside text, is shown by name, with or without colour', () => {
		for (const ch of hidden) {
			for (const colour of [false, true]) {
				const shown = visible(`a${ch}b`, colour);
				expect(shown).not.toMatch(HIDDEN);
				expect(shown).toBe(`a<U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}>b`);
			}
		}
	});

	it('keeps line feeds and every other character as it is', () => {
		expect(visible('Noor\nAna é € 😀 \u00A0')).toBe('Noor\nAna é € 😀 \u00A0');
		expect(visible('Noor\u202Egnp.exe\u200B\u2066')).toBe('Noor<U+202E>gnp.exe<U+200B><U+2066>');
		expect(visible('x\u001b[2J\u001b]0;PWNED\u0007y.yaml')).toBe('x<U+001B>[2J<U+001B>]0;PWNED<U+0007>y.yaml');
	});

	it('with colour keeps the SGR colour codes, and only them', () => {
		expect(visible('\u001b[31;1merror\u001b[0m \u001b[2J', true)).toBe('\u001b[31;1merror\u001b[0m <U+001B>[2J');
		expect(visible('\u001b]0;title\u0007', true)).toBe('<U+001B>]0;title<U+0007>');
		expect(visible('\u001b[31;1m', false)).toBe('<U+001B>[31;1m');
		// Concealed, black or blinking text, and cursor moves, never pass.
		for (const code of ['8', '30', '5', '1;8', '2K', '10A', '38;5;0', '31;1;8']) expect(visible(`\u001b[${code}m`, true)).toBe(`<U+001B>[${code}m`);
		for (const code of ['0', '1', '2', '31', '32', '33', '36', '31;1', '33;1', '32;1']) expect(visible(`\u001b[${code}m`, true)).toBe(`\u001b[${code}m`);
	});
});

describe('jsonText', () => {
	it('property: every hidden code point is escaped, and the JSON means the same', () => {
		const all = everyHidden().filter((ch) => ch !== '\n');
		for (let i = 0; i < all.length; i += 512) {
			const value = { text: all.slice(i, i + 512).join(''), list: all.slice(i, i + 8) };
			const text = jsonText(value);
			expect(text).not.toMatch(HIDDEN);
			expect(JSON.parse(text)).toEqual(value);
		}
		expect(jsonText({ a: '\u007f\u009b\u202e' })).toBe('{"a":"\\u007f\\u009b\\u202e"}');
	});
});
