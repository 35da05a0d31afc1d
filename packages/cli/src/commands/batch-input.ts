import { MAX_SOURCE_BYTES } from '@rungs/core/schema';

/*
 * NDJSON input cut into pieces, with one rule for lines whatever the thread count: a line ends at
 * LF (a CR just before it is dropped, so CRLF works); a CR anywhere else is part of the line. A line
 * is read up to a byte bound and no further: a longer line is skipped to its end without being kept,
 * and becomes a problem of its own, so memory stays bounded however long the input or its lines.
 */

/** Complete lines (each ending with LF, but for the input's last), or one line that was too long. */
export type Piece = { kind: 'lines'; first: number; count: number; bytes: Uint8Array } | { kind: 'too-long'; line: number; size: number };

export interface PieceOptions {
	/** Lines are gathered into pieces of about this many bytes. */
	chunkBytes?: number;
	/** The most bytes a line may hold (its LF aside); one more is allowed for a CR before the LF. */
	maxLineBytes?: number;
}

/**
 * The pieces of an input stream, in order. Memory holds at most one piece and one line.
 *
 * @example
 * for await (const piece of batchPieces(process.stdin)) …
 */
export async function* batchPieces(input: AsyncIterable<Uint8Array | string>, options: PieceOptions = {}): AsyncGenerator<Piece> {
	const chunkBytes = options.chunkBytes ?? 256 * 1024;
	// The CR of a CRLF is counted here and dropped later; the text itself is held to the file bound.
	const max = (options.maxLineBytes ?? MAX_SOURCE_BYTES) + 1;
	let pending: Uint8Array[] = [];
	/** Bytes pending, of which `tail` are a line not yet ended. */
	let size = 0;
	let tail = 0;
	/** The number of the first pending line, and how many pending lines are complete. */
	let first = 1;
	let complete = 0;
	/** The line being skipped, and its bytes so far. */
	let skipping: { line: number; size: number } | undefined;

	/** The complete pending lines as one fresh buffer (never the stream's own), the tail kept. */
	const take = (): Piece & { kind: 'lines' } => {
		const all = new Uint8Array(size);
		let at = 0;
		for (const part of pending) (all.set(part, at), (at += part.length));
		const piece = { kind: 'lines' as const, first, count: complete, bytes: all.subarray(0, size - tail) };
		pending = tail > 0 ? [all.slice(size - tail)] : [];
		size = tail;
		first += complete;
		complete = 0;
		return piece;
	};

	for await (const data of input) {
		const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : data;
		let pos = 0;
		/** Where this chunk's bytes still to be added to `pending` start. */
		let from = 0;
		while (pos < bytes.length) {
			const newline = bytes.indexOf(10, pos);
			const end = newline === -1 ? bytes.length : newline;
			if (skipping) {
				skipping.size += end - pos;
				if (newline === -1) break;
				yield { kind: 'too-long', ...skipping };
				first = skipping.line + 1;
				skipping = undefined;
				pos = from = newline + 1;
				continue;
			}
			if (tail + (end - pos) > max) {
				// Too long: what came before it goes out whole, the line itself is dropped as it is read.
				if (pos > from) (pending.push(bytes.subarray(from, pos)), (size += pos - from));
				const partial = tail;
				if (size - tail > 0) yield take();
				pending = [];
				size = 0;
				tail = 0;
				skipping = { line: first, size: partial + (end - pos) };
				if (newline === -1) {
					pos = from = bytes.length;
					break;
				}
				yield { kind: 'too-long', ...skipping };
				first = skipping.line + 1;
				skipping = undefined;
				pos = from = newline + 1;
				continue;
			}
			if (newline === -1) {
				tail += end - pos;
				pos = end;
			} else {
				tail = 0;
				complete++;
				pos = newline + 1;
			}
		}
		if (pos > from) (pending.push(bytes.subarray(from, pos)), (size += pos - from));
		if (size - tail >= chunkBytes) yield take();
	}
	if (skipping) yield { kind: 'too-long', ...skipping };
	else if (size > 0) {
		// The last line has no LF: it counts all the same.
		if (tail > 0) (complete++, (tail = 0));
		yield take();
	}
}

/** Splits a piece's bytes into its lines' bytes, by the one rule: split at LF, a CR just before it dropped. */
export function splitLineBytes(bytes: Uint8Array): Uint8Array[] {
	const lines: Uint8Array[] = [];
	let start = 0;
	for (let at = bytes.indexOf(10); at !== -1; at = bytes.indexOf(10, start)) {
		lines.push(bytes.subarray(start, at > start && bytes[at - 1] === 13 ? at - 1 : at));
		start = at + 1;
	}
	if (start < bytes.length) lines.push(bytes.subarray(start, bytes[bytes.length - 1] === 13 ? bytes.length - 1 : bytes.length));
	return lines;
}
