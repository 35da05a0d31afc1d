import { describe, expect, it } from 'vitest';
import { piecePayload } from '../src/commands/batch-line.ts';
import { escapeJson } from '../src/visible.ts';

// gap --batch encodes each output line straight into one buffer and escapes only the lines whose
// encoding shows something outside ASCII (or a piece with DEL): the bytes must be exactly those of
// escaping the whole piece, and must start a buffer of their own so a worker can hand them over.
const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
const escapedWhole = (lines: string[]) => escapeJson(lines.join(''));

describe('the bytes of a piece of batch output', () => {
	it('are the text itself when it is ASCII without DEL', () => {
		const lines = ['{"line":1,"ok":true,"report":{"person":{"name":"Noor"}}}\n', '{"line":2}\n'];
		const bytes = piecePayload(lines);
		expect(decode(bytes)).toBe(lines.join(''));
		expect(bytes.byteOffset).toBe(0);
	});

	it('escape DEL, which is ASCII, and what lies outside ASCII, as escaping the whole piece would', () => {
		const lines = ['{"name":"Jo\u007fnas"}\n', '{"name":"Noor\u202egnp.exe\u200b"}\n', '{"name":"Zoë"}\n', '{"name":"Jo\u009bnas"}\n'];
		const piece = decode(piecePayload(lines));
		expect(piece).toBe(escapedWhole(lines));
		expect(piece).toContain('Jo\\u007fnas');
		expect(piece).toContain('Noor\\u202egnp.exe\\u200b');
		expect(piece).toContain('"Zoë"');
		expect(piece.split('\n').filter(Boolean).map((l) => JSON.parse(l).name)).toEqual(['Jo\u007fnas', 'Noor\u202egnp.exe\u200b', 'Zoë', 'Jo\u009bnas']);
	});

	it('keep every byte when lines outside ASCII outgrow the buffer sized for ASCII', () => {
		// Three bytes per character for the CJK and a four-byte pair each for the emoji: the buffer,
		// sized by characters, must grow, and a line cut at its end must not pass for ASCII.
		const lines = [
			'{"name":"plain"}\n',
			`{"name":"${'漢字'.repeat(500)}"}\n`,
			`{"name":"${'😀'.repeat(300)}\u2028"}\n`,
			'{"name":"after"}\n',
			`{"name":"${'é'.repeat(3)}"}\n`,
		];
		const bytes = piecePayload(lines);
		expect(decode(bytes)).toBe(escapedWhole(lines));
		expect(bytes.byteOffset).toBe(0);
		expect(decode(bytes)).toContain('\\u2028');
	});

	it('end on a line outside ASCII whose last character would be cut by the spare bytes alone', () => {
		for (const tail of ['é', '漢', '😀', 'aé', 'a漢', '漢漢']) {
			const lines = ['{"a":1}\n', `"${tail}"\n`];
			expect(decode(piecePayload(lines))).toBe(escapedWhole(lines));
		}
	});

	it('are empty for a piece of blank lines', () => {
		expect(piecePayload([]).length).toBe(0);
	});
});
