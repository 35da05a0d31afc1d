export interface SyntheticOptions {
	ladders?: number;
	seed?: number;
	/** `chain` (default): each ladder's middle level to the next ladder's; `varied`: moves that climb, cross and go into management. */
	moves?: 'chain' | 'varied';
}
export function syntheticFiles(options?: SyntheticOptions): Record<string, string>;
export function writeSynthetic(dir: string, options?: SyntheticOptions): string;
