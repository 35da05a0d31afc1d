import type { PathParams } from './paths-english.ts';
import { fr } from './french-typography.ts';

/** The note of an implied move up one ladder, in French. */
export const frenchPaths: { [C in keyof PathParams]: (p: PathParams[C]) => string } = {
	'path.next': (p) => fr`Le niveau suivant de l’échelle « ${p.ladder} ».`,
};
