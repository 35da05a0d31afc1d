import type { Problem } from '../errors/problem.ts';

/**
 * What every loader returns: the value when no problem is an error, and every problem found
 * (warnings included) either way. Loaders never throw for bad input.
 */
export type LoadResult<T> = { ok: true; value: T; problems: Problem[] } | { ok: false; value?: undefined; problems: Problem[] };

/**
 * The one result type of the 1.0 API (replacing `LoadResult`): the value with the warnings found on
 * the way, or every problem (errors first, warnings too) when the value could not be made. Nothing
 * in the public API throws for a value a caller can pass at run time; it returns this instead.
 */
export type Result<T> =
	| { readonly ok: true; readonly value: T; readonly warnings: readonly Problem[] }
	| { readonly ok: false; readonly problems: readonly Problem[] };
