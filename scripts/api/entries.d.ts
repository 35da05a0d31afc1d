export const root: string;
export const coreDir: string;
export const DOCS_DIR: string;
export const REPORTS_DIR: string;
export interface EntryPoint {
	specifier: string;
	source: string;
	slug: string;
}
export function entryPoints(): EntryPoint[];
