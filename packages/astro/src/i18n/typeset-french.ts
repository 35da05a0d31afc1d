/*
 * French typography for the French dictionaries: a no-break space before `:` and a narrow no-break
 * space before `;`, `?`, `!` and inside « », so a line never starts with the sign, and the
 * typographic apostrophe (’) the ladders' French uses. The dictionaries are written with ordinary
 * spaces and straight apostrophes, for whoever edits them, and set once when loaded.
 */

const NBSP = '\u00a0';
const NARROW_NBSP = '\u202f';

/** One text, set: its spaces before high signs and inside guillemets made unbreakable. */
export const setFrench = (text: string): string =>
	text
		.replace(/'/g, '\u2019')
		.replace(/ :/g, `${NBSP}:`)
		.replace(/ ([;?!»])/g, `${NARROW_NBSP}$1`)
		.replace(/« /g, `«${NARROW_NBSP}`);

/** A whole dictionary, set: every text, and the text every function returns. */
export function typesetFrench<T>(value: T): T {
	if (typeof value === 'string') return setFrench(value) as T;
	if (typeof value === 'function') return ((...args: unknown[]) => typesetFrench((value as (...a: unknown[]) => unknown)(...args))) as T;
	if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, typesetFrench(inner)])) as T;
	return value;
}

/** A `YYYY-MM-DD` date in French words (`1er mars 2026`); any other text as it is. */
export function frenchDate(text: string): string {
	if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return text;
	const day = new Date(`${text}T00:00:00Z`);
	if (Number.isNaN(day.getTime())) return text;
	const words = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeZone: 'UTC' }).format(day);
	return day.getUTCDate() === 1 ? words.replace(/^1(?=\s)/, '1er') : words;
}

/** A count and its noun in the French plural (0 and 1 take the singular). */
export const plural = (n: number, one: string, many = `${one}s`): string => `${new Intl.NumberFormat('fr-FR').format(n)} ${Math.abs(n) < 2 ? one : many}`;
