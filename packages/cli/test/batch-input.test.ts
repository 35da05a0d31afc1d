import { describe, expect, it } from 'vitest';
import { batchPieces, splitLineBytes, type Piece } from '../src/commands/batch-input.ts';

/** The line rule written on text, independently of the byte splitter it checks: split at LF, a CR just before it dropped. */
function splitLines(text: string): string[] {
	const lines = text.split('\n');
	if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
	return lines.map((line) => (line.endsWith('\r') ? line.slice(0, -1) : line));
}

/*
 * The one line rule of `gap --batch -`, on generated inputs cut at random places: a line ends at LF
 * (a CR just before it dropped), a bare CR belongs to its line, blank lines and a missing final LF
 * count, and a line past the bound is one `too-long` piece, read to its end without being kept.
 */

/** A small seeded generator, so a failure can be replayed from its seed. */
function random(seed: number) {
	let s = seed >>> 0;
	return () => {
		s = (s + 0x6d2b79f5) >>> 0;
		let t = s;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** What the rule says the lines are: numbered, text or too long (by bytes before LF, CR included). */
function expected(input: string, max: number): Array<[number, string | { tooLong: number }]> {
	const parts = input.split('\n');
	if (parts.length > 1 && parts[parts.length - 1] === '') parts.pop();
	if (input === '') return [];
	return parts.map((raw, i) => {
		const bytes = new TextEncoder().encode(raw).length;
		return [i + 1, bytes > max + 1 ? { tooLong: bytes } : raw.endsWith('\r') ? raw.slice(0, -1) : raw];
	});
}

async function actual(chunks: Uint8Array[], options: { chunkBytes: number; maxLineBytes: number }) {
	const out: Array<[number, string | { tooLong: number }]> = [];
	const pieces: Piece[] = [];
	for await (const piece of batchPieces((async function* () {
		yield* chunks;
	})(), options)) pieces.push(piece);
	let next = 1;
	for (const piece of pieces) {
		if (piece.kind === 'too-long') {
			expect(piece.line).toBe(next);
			out.push([piece.line, { tooLong: piece.size }]);
			next = piece.line + 1;
			continue;
		}
		expect(piece.first).toBe(next);
		const lines = splitLines(new TextDecoder().decode(piece.bytes));
		expect(lines.length).toBe(piece.count);
		expect(splitLineBytes(piece.bytes).map((b) => new TextDecoder().decode(b))).toEqual(lines);
		lines.forEach((line, i) => out.push([piece.first + i, line]));
		next = piece.first + piece.count;
	}
	return out;
}

const ALPHABET = ['a', 'b', '{', '"', '\r', '\n', '\r\n', '\n\n', 'é', '€', ' '];

describe('batchPieces', () => {
	it('property: every generated input, cut anywhere, gives the lines the rule says, the long ones as too-long', async () => {
		for (let seed = 1; seed <= 400; seed++) {
			const next = random(seed);
			let input = '';
			const length = Math.floor(next() * 120);
			for (let i = 0; i < length; i++) input += next() < 0.05 ? 'x'.repeat(Math.floor(next() * 40)) : ALPHABET[Math.floor(next() * ALPHABET.length)];
			const bytes = new TextEncoder().encode(input);
			const chunks: Uint8Array[] = [];
			for (let at = 0; at < bytes.length; ) {
				const size = 1 + Math.floor(next() * 17);
				chunks.push(bytes.slice(at, at + size));
				at += size;
			}
			const options = { chunkBytes: 1 + Math.floor(next() * 32), maxLineBytes: 4 + Math.floor(next() * 20) };
			expect(await actual(chunks, options), `seed ${seed}: ${JSON.stringify(input)}`).toEqual(expected(input, options.maxLineBytes));
		}
	});

	it('holds no more than about one piece and one line however long a line is', async () => {
		// 64 MB of one line, produced as it is read: only its length is kept.
		const chunk = new Uint8Array(1 << 20).fill(120);
		const input = (async function* () {
			yield new TextEncoder().encode('{"first":1}\n');
			for (let i = 0; i < 64; i++) yield chunk;
			yield new TextEncoder().encode('\n{"last":1}');
		})();
		const pieces: Piece[] = [];
		for await (const piece of batchPieces(input)) pieces.push(piece);
		expect(pieces.map((p) => (p.kind === 'too-long' ? ['too-long', p.line, p.size] : ['lines', p.first, p.count, p.bytes.length]))).toEqual([
			['lines', 1, 1, 12],
			['too-long', 2, 64 << 20],
			['lines', 3, 1, 10],
		]);
	}, 60_000);
});
