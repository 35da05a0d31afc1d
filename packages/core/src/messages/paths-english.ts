/**
 * The words Rungs writes into a framework itself, in English: the note of each implied move up one
 * ladder (career-paths.yaml lists only the moves between ladders).
 */
export const englishPaths = {
	'path.next': (p: { ladder: string }) => `The next level on the ${p.ladder} ladder.`,
};

type Param<F> = F extends (p: infer P) => string ? (unknown extends P ? Record<never, never> : P) : never;
export type PathParams = { [K in keyof typeof englishPaths]: Param<(typeof englishPaths)[K]> };
