export interface SyntheticOptions {
	ladders?: number;
	seed?: number;
}
/** The files of a seeded synthetic organisation, by file name: YAML text. */
export function syntheticFiles(options?: SyntheticOptions): Record<string, string>;
/** Writes the synthetic organisation into a folder and returns the folder. */
export function writeSynthetic(dir: string, options?: SyntheticOptions): string;
