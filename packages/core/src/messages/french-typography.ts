/**
 * French typography for the French catalog: a non-breaking space before `:`, `;`, `?` and `!` and
 * inside « », numbers and shares as French readers write them (`1 234`, `75 %`), dates in words.
 * The `fr` template tag applies the spacing to the catalog's own words only: a value it quotes (a
 * file name, a YAML error, a level title) is printed exactly as it was given.
 */
const NBSP = '\u00a0';

const spaced = (text: string) => text.replace(/ ([:;?!»])/g, `${NBSP}$1`).replace(/« /g, `«${NBSP}`);

/** A French sentence: the template's words get French spacing, the interpolated values none. */
export function fr(strings: TemplateStringsArray, ...values: ReadonlyArray<string | number>): string {
	let out = spaced(strings[0] ?? '');
	for (let i = 0; i < values.length; i++) out += String(values[i]) + spaced(strings[i + 1] ?? '');
	return out;
}

// Built on first use: a host that never says anything in French never builds them.
let numbers: Intl.NumberFormat | undefined;
let shares: Intl.NumberFormat | undefined;
let dates: Intl.DateTimeFormat | undefined;

/** A whole number as French readers write it: `1 234`. */
export const nombre = (n: number): string => (numbers ??= new Intl.NumberFormat('fr-FR')).format(n);

/** A share from 0 to 1 as a French percentage: `75 %`. */
export const pourcentage = (share: number): string => (shares ??= new Intl.NumberFormat('fr-FR', { style: 'percent', maximumFractionDigits: 0 })).format(share);

/** A `YYYY-MM-DD` date in words (`14 décembre 2026`, `1er mars 2026`); any other text is left as it is. */
export function date(text: string): string {
	if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return text;
	const day = new Date(`${text}T00:00:00Z`);
	if (Number.isNaN(day.getTime())) return text;
	const words = (dates ??= new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeZone: 'UTC' })).format(day);
	// The first of the month is an ordinal in French: « 1er mars 2026 ».
	return day.getUTCDate() === 1 ? words.replace(/^1(?=\s)/, '1er') : words;
}

/** A count and its noun, in the French plural (0 and 1 take the singular): `1 erreur`, `2 erreurs`. */
export const pluriel = (n: number, singulier: string, plurielForme = `${singulier}s`): string => `${nombre(n)} ${Math.abs(n) < 2 ? singulier : plurielForme}`;

/** A list in French: `a, b et c`. */
export const liste = (items: readonly string[], et = 'et'): string =>
	items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ${et} ${items[items.length - 1]}`;
