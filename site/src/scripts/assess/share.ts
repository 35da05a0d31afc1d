// A share link keeps the whole assessment in the URL fragment (after #), which browsers never send
// to a server. It is compressed with the browser's own deflate when available.

const toBase64Url = (bytes: Uint8Array) => {
	let binary = '';
	for (const byte of bytes) binary += String.fromCharCode(byte);
	return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/={1,2}$/, '');
};

const fromBase64Url = (text: string): Uint8Array<ArrayBuffer> => {
	const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
	return Uint8Array.from(binary, (ch) => ch.charCodeAt(0));
};

async function pipe(bytes: Uint8Array<ArrayBuffer>, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
	const output = new Blob([bytes]).stream().pipeThrough(stream);
	return new Uint8Array(await new Response(output).arrayBuffer());
}

const canCompress = () => typeof CompressionStream === 'function' && typeof DecompressionStream === 'function';

/** The fragment for a share link: `a=z.<deflated>` or `a=j.<plain>`. */
export async function encodeShare(json: string): Promise<string> {
	const bytes = new TextEncoder().encode(json);
	if (canCompress()) return `a=z.${toBase64Url(await pipe(bytes, new CompressionStream('deflate-raw')))}`;
	return `a=j.${toBase64Url(bytes)}`;
}

/** Not a share link. */
export class ShareLinkError extends Error {
	override name = 'ShareLinkError';
}

/** The JSON text inside a share fragment; throws ShareLinkError with a plain message when it is not one. */
export async function decodeShare(fragment: string): Promise<string> {
	const value = new URLSearchParams(fragment.replace(/^#/, '')).get('a');
	if (!value) throw new ShareLinkError('This link holds no assessment.');
	const [kind, payload] = [value.slice(0, 2), value.slice(2)];
	try {
		if (kind === 'z.' && canCompress()) return new TextDecoder('utf-8', { fatal: true }).decode(await pipe(fromBase64Url(payload), new DecompressionStream('deflate-raw')));
		if (kind === 'j.') return new TextDecoder('utf-8', { fatal: true }).decode(fromBase64Url(payload));
	} catch {
		throw new ShareLinkError('This link is damaged: part of it may be missing. Ask for it again, or open a saved file instead.');
	}
	throw new ShareLinkError('This link was made by another version of Rungs, or is not a Rungs link.');
}
