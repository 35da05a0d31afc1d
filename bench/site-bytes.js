// Bytes the built site sends: per page, the JavaScript it runs at load and the CSS it links,
// gzip-compressed as a server would send them. Shared by the budget test and `pnpm bench`.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * The pages that run a script, in every language (a page's address ends with one): the
 * self-assessment and the team summary. Every other page is read-only and ships no JavaScript.
 */
const SCRIPTED_PAGES = ['/assess/', '/team/'];

/** True for a page that must ship no JavaScript at all. */
export const isReadOnly = (page) => !SCRIPTED_PAGES.some((scripted) => page.endsWith(scripted));

const gzip = (path) => gzipSync(readFileSync(path), { level: 9 }).length;

function htmlFiles(dir) {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? htmlFiles(path) : name.endsWith('.html') ? [path] : [];
	});
}

/** The JavaScript a module pulls in before it runs: itself and its static imports, not `import()`. */
function initialScripts(dist, file, seen = new Set()) {
	if (seen.has(file)) return seen;
	seen.add(file);
	const code = readFileSync(file, 'utf8');
	for (const match of code.matchAll(/(?:^|[;\s])import\s*(?:[\w*${}\s,]+from\s*)?["']([^"']+)["']/g)) {
		const target = join(file, '..', match[1]);
		if (existsSync(target)) initialScripts(dist, target, seen);
	}
	return seen;
}

/** Per page: initial JavaScript and CSS, raw and gzip, in bytes. */
export function siteBytes(dist) {
	return htmlFiles(dist).map((file) => {
		const html = readFileSync(file, 'utf8');
		const local = (href) => join(dist, href.replace(/^\/(?:[^/]+\/)?_astro\//, '_astro/').replace(/^\//, ''));
		const scripts = [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => local(m[1]));
		const js = new Set(scripts.flatMap((s) => [...initialScripts(dist, s)]));
		const css = [...html.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => {
			const href = m[1];
			return href.includes('_astro/') ? local(href) : join(dist, href.split('/').pop());
		});
		const sum = (files, measure) => [...files].reduce((n, f) => n + measure(f), 0);
		return {
			page: `/${relative(dist, file).replace(/index\.html$/, '')}`,
			jsFiles: [...js].map((f) => relative(dist, f)),
			js: sum(js, (f) => statSync(f).size),
			jsGzip: sum(js, gzip),
			css: sum(css, (f) => statSync(f).size),
			cssGzip: sum(css, gzip),
		};
	});
}
