/*
 * What reaches a terminal or a log viewer. Strings from files and file names may hold control
 * characters (escape sequences that clear the screen or set the window title), bidi overrides and
 * isolates that reorder what is shown, and zero-width characters that hide what is there. Every
 * writer of text passes it through `visible`, every writer of JSON through `jsonText`.
 */

/**
 * Characters shown by name instead of as themselves: C0 and C1 controls and DEL (Cc), format
 * characters (Cf: bidi overrides and isolates, zero-width spaces and joiners, the byte-order mark,
 * tags), line and paragraph separators (Zl, Zp), lone surrogates (Cs), and the Hangul fillers that
 * render as nothing. Line feeds are the one exception: they are how text is laid out.
 */
const HIDDEN = /(?!\n)[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}\u115F\u1160\u3164\uFFA0]/gu;
/**
 * The colour codes Rungs itself writes (SGR: reset, bold, dim, red, green, yellow, cyan, as in
 * `ESC [ 31 ; 1 m`), kept when colour is on; no other code passes (none that conceals text, makes
 * it black or moves the cursor), so a file name can at most colour itself.
 */
const HIDDEN_OR_COLOUR = /\u001b\[(?:[0-2]|3[1-36])(?:;(?:[0-2]|3[1-36]))?m|(?!\n)[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}\u115F\u1160\u3164\uFFA0]/gu;

/** A character as a visible stand-in: `<U+202E>`, as Rungs' own messages write it. */
export const named = (ch: string): string => `<U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}>`;

/**
 * Text for a terminal: every hidden character named (`Noor<U+202E>gnp.exe`), line feeds kept. With
 * `colour`, the SGR colour sequences are kept too (and only they: no other escape sequence passes).
 *
 * @example
 * visible('x\u001b[2Jy'); // "x<U+001B>[2Jy"
 */
export function visible(text: string, colour = false): string {
	if (colour) return text.replace(HIDDEN_OR_COLOUR, (match) => (match.length > 2 && match.startsWith('\u001b[') ? match : named(match)));
	return text.replace(HIDDEN, named);
}

/** Characters JSON.stringify leaves raw that a terminal or log viewer would act on. */
const RAW_IN_JSON = /[\u007F-\u009F\p{Cf}\p{Zl}\p{Zp}\p{Cs}\u115F\u1160\u3164\uFFA0]/gu;
const unicodeEscape = (ch: string): string =>
	Array.from({ length: ch.length }, (_, i) => `\\u${ch.charCodeAt(i).toString(16).padStart(4, '0')}`).join('');

/**
 * JSON text with DEL, C1 controls, bidi and other invisible characters written as `\uXXXX`: the same
 * value, safe to print. Such characters can only sit inside strings in JSON, so escaping them in
 * the text never changes what it means.
 *
 * @example
 * jsonText({ name: 'a\u202Eb' }); // '{"name":"a\\u202eb"}'
 */
export function jsonText(value: unknown, space?: number): string {
	return escapeJson(JSON.stringify(value, null, space));
}

/** JSON text already written, with the same characters escaped. */
export const escapeJson = (text: string): string => text.replace(RAW_IN_JSON, unicodeEscape);

const RAW = Symbol('rungs.rawWrite');

/**
 * A stream that passes every string written to it through `visible`: standard error carries
 * only messages, and a message may quote a file name or a value. `writeRaw` bypasses it for the
 * few sequences Rungs writes itself (the progress line).
 */
export function visibleStream<S extends NodeJS.WritableStream>(stream: S, colour: boolean): S {
	const write = (chunk: unknown, ...rest: unknown[]) =>
		(stream.write as (...args: unknown[]) => boolean).call(stream, typeof chunk === 'string' ? visible(chunk, colour) : chunk, ...rest);
	const raw = (text: string) => stream.write(text);
	return new Proxy(stream, {
		get(target, key) {
			if (key === 'write') return write;
			if (key === RAW) return raw;
			const value = Reflect.get(target, key, target) as unknown;
			return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
		},
	});
}

/** Writes Rungs' own control sequences (never file text) past `visibleStream`. */
export function writeRaw(stream: NodeJS.WritableStream, text: string): void {
	const raw = (stream as unknown as Record<symbol, ((text: string) => boolean) | undefined>)[RAW];
	if (raw) raw(text);
	else stream.write(text);
}
