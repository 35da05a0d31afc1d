export interface SyntheticOptions {
	ladders?: number;
	seed?: number;
	/** `chain` (default): each ladder's middle level to the next ladder's; `varied`: moves that climb, cross and go into management; `wide`: varied, plus moves to ladders anywhere. */
	moves?: 'chain' | 'varied' | 'wide';
}
/** The files of a seeded synthetic organisation, by file name: YAML text. */
export function syntheticFiles(options?: SyntheticOptions): Record<string, string>;
/** Writes the synthetic organisation into a folder and returns the folder. */
export function writeSynthetic(dir: string, options?: SyntheticOptions): string;
/** `n` valid assessments of the first ladder of a loaded synthetic organisation. */
export function syntheticAssessments(framework: import('@rungs/core').Framework, n: number): unknown[];
/** The organisation, the NDJSON of `assessments` and the read + JSON.parse floor script, written into `dir`. */
export function writeBatchInput(dir: string, assessments: unknown[]): { org: string; ndjson: string; floorScript: string };
