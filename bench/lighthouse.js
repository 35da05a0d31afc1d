// Lighthouse (the npm package) driving Debian's Chromium against the built site, served locally.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { gzipSync } from 'node:zlib';
import { extname, join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

const TYPES = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.svg': 'image/svg+xml', '.json': 'application/json', '.xml': 'application/xml', '.txt': 'text/plain' };

function serve(dist) {
	const server = createServer((request, response) => {
		let file = join(dist, decodeURIComponent(new URL(request.url, 'http://x').pathname));
		if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
		const found = existsSync(file);
		const body = readFileSync(found ? file : join(dist, '404.html'));
		// Compressed, as any static host (GitHub Pages among them) serves it.
		const gzip = /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
		response.writeHead(found ? 200 : 404, {
			'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
			'Cache-Control': 'max-age=31536000',
			...(gzip ? { 'Content-Encoding': 'gzip' } : {}),
		});
		response.end(gzip ? gzipSync(body) : body);
	});
	return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

export async function lighthouseScores(dist, paths) {
	const server = await serve(dist);
	const chrome = await chromeLauncher.launch({ chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
	const results = [];
	try {
		for (const path of paths) {
			const url = `http://127.0.0.1:${server.address().port}${path}`;
			const run = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'] }, { extends: 'lighthouse:default', settings: { formFactor: 'mobile', throttlingMethod: 'simulate' } });
			const categories = run.lhr.categories;
			// The audits that cost points, so a shortfall says what to fix.
			const failing = Object.values(categories)
				.flatMap((c) => c.auditRefs.filter((r) => r.weight > 0).map((r) => run.lhr.audits[r.id]))
				.filter((a) => a && a.score !== null && a.score < 1)
				.map((a) => `${a.id} (${a.score})${a.displayValue ? `: ${a.displayValue}` : ''}${a.explanation ? ` (${a.explanation})` : ''}`);
			const seoAudits = categories.seo.auditRefs.map((r) => r.id);
			results.push({ path, seoAudits, scores: Object.fromEntries(Object.entries(categories).map(([k, v]) => [k, Math.round(v.score * 100)])), failing });
		}
	} finally {
		await chrome.kill();
		server.close();
	}
	return results;
}
