import { describe, expect, it } from 'vitest';
import { piecePayload } from '../src/commands/batch-line.ts';
import { escapeJson } from '../src/visible.ts';

// gap --batch escapes a whole piece of output lines at once, and skips the scan when the UTF-8
// encoding shows plain ASCII without DEL: the bytes must be exactly those of escaping line by line.
const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

describe('the bytes of a piece of batch output', () => {
	it('are the text itself when it is ASCII without DEL', () => {
		const text = '{"line":1,"ok":true,"report":{"person":{"name":"Noor"}}}\n{"line":2}\n';
		expect(decode(piecePayload(text))).toBe(text);
	});

	it('escape DEL, which is ASCII, and what lies outside ASCII, as line-by-line escaping would', () => {
		const lines = ['{"name":"Jo\u007fnas"}\n', '{"name":"Noor\u202egnp.exe\u200b"}\n', '{"name":"Zoë"}\n', '{"name":"Jo\u009bnas"}\n'];
		const piece = decode(piecePayload(lines.join('')));
		expect(piece).toBe(lines.map(escapeJson).join(''));
		expect(piece).toContain('Jo\\u007fnas');
		expect(piece).toContain('Noor\\u202egnp.exe\\u200b');
		expect(piece).toContain('"Zoë"');
		expect(piece.split('\n').filter(Boolean).map((l) => JSON.parse(l).name)).toEqual(['Jo\u007fnas', 'Noor\u202egnp.exe\u200b', 'Zoë', 'Jo\u009bnas']);
	});

	it('are empty for a piece of blank lines', () => {
		expect(piecePayload('').length).toBe(0);
	});
});
