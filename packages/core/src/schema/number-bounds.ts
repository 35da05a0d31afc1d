// The bounds of the numbers a ladder may hold, in a module of their own without zod: `assess`
// checks a rule against them too, and the browser's report bundle must not pull the schemas in.

/**
 * The most points a scale value may be worth in the weighted-points rule. With weights of at most 10
 * in hundredths, every sum is a whole number far below 2^53: the arithmetic is exact, never Infinity
 * (points of 1e308 gave "Points: Infinity" and a rule met with a competency below target).
 */
export const MAX_POINTS = 1000;

/** True when `value` has at most two decimals (as written: 0.1 * 100 is not exactly 10 in binary). */
export const inHundredths = (value: number): boolean => Math.abs(value * 100 - Math.round(value * 100)) < 1e-6;
