export interface PageBytes {
	page: string;
	jsFiles: string[];
	js: number;
	jsGzip: number;
	css: number;
	cssGzip: number;
}
export function siteBytes(dist: string): PageBytes[];
export const SCRIPTED_PAGES: string[];
export function isReadOnly(page: string): boolean;
