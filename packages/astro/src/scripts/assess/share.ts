// A share link keeps the whole assessment in the URL fragment (after #), which browsers never send
// to a server. It is compressed with the browser's own deflate when available.
//
// A link comes from anyone, so reading one is bounded at every step: its length is checked before
// anything else is done with it, and it is inflated a slice at a time, stopping as soon as the text
// passes the size of the largest file Rungs reads (a few hundred bytes of deflate can claim gigabytes).
import { MAX_SOURCE_BYTES } from '@rungs/core/schema';
import { fill, number, words as w } from './words.ts';

/** Most bytes deflate can write for a text of MAX_SOURCE_BYTES: stored blocks add 5 bytes per 65,535. */
const MAX_PACKED_BYTES = MAX_SOURCE_BYTES + 5 * Math.ceil(MAX_SOURCE_BYTES / 65_535) + 16;
/** The longest fragment a valid assessment can make (`a=z.` and base64 of the packed bytes), with room for a `#`. */
export const MAX_LINK_CHARS = 8 + Math.ceil((MAX_PACKED_BYTES * 4) / 3);
/** Compressed bytes handed to the inflater at a time: deflate expands at most about 1,032 times, so one slice writes at most about 4 MB past the limit before the check. */
const SLICE_BYTES = 4096;

const toBase64Url = (bytes: Uint8Array) => {
	let binary = '';
	for (const byte of bytes) binary += String.fromCharCode(byte);
	return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/={1,2}$/, '');
};

const fromBase64Url = (text: string): Uint8Array<ArrayBuffer> => {
	const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
	return Uint8Array.from(binary, (ch) => ch.charCodeAt(0));
};

async function compress(bytes: Uint8Array<ArrayBuffer>): Promise<Uint8Array> {
	const output = new Blob([bytes]).stream().pipeThrough(new CompressionStream('deflate-raw'));
	return new Uint8Array(await new Response(output).arrayBuffer());
}

const canCompress = () => typeof CompressionStream === 'function' && typeof DecompressionStream === 'function';

/** The fragment for a share link: `a=z.<deflated>` or `a=j.<plain>`. */
export async function encodeShare(json: string): Promise<string> {
	const bytes = new TextEncoder().encode(json);
	if (canCompress()) return `a=z.${toBase64Url(await compress(bytes))}`;
	return `a=j.${toBase64Url(bytes)}`;
}

/** Why a link could not be read: a code to quote and a plain message. */
export type ShareLinkCode = 'LINK_TOO_LONG' | 'FILE_TOO_LARGE' | 'LINK_EMPTY' | 'LINK_DAMAGED' | 'LINK_UNKNOWN';

/** Not a share link, or one too large to read. */
export class ShareLinkError extends Error {
	override name = 'ShareLinkError';
	constructor(
		readonly code: ShareLinkCode,
		message: string,
	) {
		super(`${message} (${code})`);
	}
}

const tooLarge = () =>
	new ShareLinkError('FILE_TOO_LARGE', fill(w.linkTooLarge, { max: number(MAX_SOURCE_BYTES) }));

/** Inflates at most `limit` bytes: the compressed bytes go in a slice at a time, and reading stops at the limit. */
async function inflateBounded(packed: Uint8Array<ArrayBuffer>, limit: number): Promise<Uint8Array> {
	const stream = new DecompressionStream('deflate-raw');
	const writer = stream.writable.getWriter();
	const reader = stream.readable.getReader();
	let stopped = false;
	// The writer waits for the reader (the stream holds no more than one chunk), so inflating never runs ahead of the check.
	const feeding = (async () => {
		for (let at = 0; at < packed.length && !stopped; at += SLICE_BYTES) await writer.write(packed.subarray(at, at + SLICE_BYTES));
		if (!stopped) await writer.close();
	})();
	feeding.catch(() => undefined);
	const chunks: Uint8Array[] = [];
	let size = 0;
	try {
		for (;;) {
			const { done, value } = await reader.read();
			if (done) break;
			size += value.byteLength;
			if (size > limit) throw tooLarge();
			chunks.push(value);
		}
		await feeding;
	} catch (error) {
		stopped = true;
		await reader.cancel().catch(() => undefined);
		await writer.abort().catch(() => undefined);
		throw error;
	}
	const out = new Uint8Array(size);
	let offset = 0;
	for (const chunk of chunks) {
		out.set(chunk, offset);
		offset += chunk.byteLength;
	}
	return out;
}

/**
 * The JSON text inside a share fragment (with or without its `#`); throws ShareLinkError with a
 * code and a plain message when it is not one, or when it is longer or unpacks larger than any
 * assessment Rungs reads.
 */
export async function decodeShare(fragment: string): Promise<string> {
	// First of all, before the fragment is parsed, decoded or unpacked.
	if (fragment.length > MAX_LINK_CHARS) {
		throw new ShareLinkError('LINK_TOO_LONG', fill(w.linkTooLong, { length: number(fragment.length), max: number(MAX_LINK_CHARS) }));
	}
	const value = new URLSearchParams(fragment.replace(/^#/, '')).get('a');
	if (!value) throw new ShareLinkError('LINK_EMPTY', w.linkEmpty);
	const [kind, payload] = [value.slice(0, 2), value.slice(2)];
	if (payload === '') throw new ShareLinkError('LINK_EMPTY', w.linkEmpty);
	if (kind !== 'j.' && !(kind === 'z.' && canCompress())) throw new ShareLinkError('LINK_UNKNOWN', w.linkUnknown);
	let bytes: Uint8Array;
	try {
		bytes = kind === 'z.' ? await inflateBounded(fromBase64Url(payload), MAX_SOURCE_BYTES) : fromBase64Url(payload);
	} catch (error) {
		if (error instanceof ShareLinkError) throw error;
		throw new ShareLinkError('LINK_DAMAGED', w.linkDamaged);
	}
	if (bytes.byteLength > MAX_SOURCE_BYTES) throw tooLarge();
	if (bytes.byteLength === 0) throw new ShareLinkError('LINK_EMPTY', w.linkEmpty);
	try {
		return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		throw new ShareLinkError('LINK_DAMAGED', w.linkNotText);
	}
}
