/**
 * Bands as organisations write them: a prefix and a trailing number, such as `P3`, `IC10` or `M2`.
 * Within one prefix the number orders them (`IC4` before `IC10`, where text order would put `IC10`
 * first); bands of different prefixes (an individual contributor's `IC5`, a manager's `M2`) are not
 * compared: a ladder may move from one track to the other.
 */
/** A band's prefix and trailing number; a band with no trailing number is all prefix. Read by hand: `/^(.*?)(\d+)$/` backtracks quadratically. */
export function bandParts(band: string): { prefix: string; number: number | undefined } {
	let start = band.length;
	while (start > 0 && band.charCodeAt(start - 1) >= 48 && band.charCodeAt(start - 1) <= 57) start--;
	return start === band.length ? { prefix: band, number: undefined } : { prefix: band.slice(0, start), number: Number(band.slice(start)) };
}

/**
 * An order of bands for lists: by prefix, then by trailing number within a prefix.
 *
 * @example
 * ['IC10', 'M1', 'IC4'].sort(compareBands); // ['IC4', 'IC10', 'M1']
 */
export function compareBands(a: string, b: string): number {
	const x = bandParts(a);
	const y = bandParts(b);
	if (x.prefix !== y.prefix) return x.prefix < y.prefix ? -1 : 1;
	if (x.number === undefined || y.number === undefined) return a < b ? -1 : a > b ? 1 : 0;
	return x.number - y.number;
}

/** True when `later`, listed after `earlier`, is a lower band of the same prefix (`IC4` after `IC10`). */
export function bandGoesDown(earlier: string | undefined, later: string | undefined): boolean {
	if (earlier === undefined || later === undefined) return false;
	const x = bandParts(earlier);
	const y = bandParts(later);
	return x.prefix === y.prefix && x.number !== undefined && y.number !== undefined && y.number < x.number;
}
