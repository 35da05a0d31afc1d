export interface PageBytes {
	page: string;
	jsFiles: string[];
	js: number;
	jsGzip: number;
	css: number;
	cssGzip: number;
}
export function siteBytes(dist: string): PageBytes[];
export function isReadOnly(page: string): boolean;
