import type { Problem } from '../errors/problem.ts';

/**
 * What every loader returns: the value when no problem is an error, and every problem found
 * (warnings included) either way. Loaders never throw for bad input.
 */
export type LoadResult<T> = { ok: true; value: T; problems: Problem[] } | { ok: false; value?: undefined; problems: Problem[] };
