import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { dirname, extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

export const distDir = fileURLToPath(new URL('../../site/dist/', import.meta.url));

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.xml': 'application/xml',
};

/** The 404.html of the nearest folder above a missing file, up to the site's root. */
function nearestNotFound(root: string, file: string): string {
	for (let dir = dirname(file); join(dir, '/').startsWith(root) && join(dir, '/') !== root; dir = dirname(dir)) {
		if (existsSync(join(dir, '404.html'))) return join(dir, '404.html');
	}
	return join(root, '404.html');
}

/**
 * Serves a built site as a static host would: directory indexes, and for the rest the 404.html of the
 * nearest folder that has one (as Netlify and Cloudflare Pages do: /fr/x/ gets fr/404.html). By
 * default the site in site/dist; the hostile tests serve a build of their own from a temporary folder.
 */
export async function serveSite(dir: string = distDir): Promise<{ url: string; close: () => Promise<void> }> {
	const root = join(dir, '/');
	if (!existsSync(join(root, 'index.html'))) throw new Error(`The site is not built (${root}): run \`pnpm build\` first.`);
	const server: Server = createServer((request, response) => {
		let path: string;
		try {
			path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
		} catch {
			// A malformed escape (`/%E0%A4%A`) would throw here and take the test process down.
			response.writeHead(400).end();
			return;
		}
		let file = normalize(join(root, path));
		if (!file.startsWith(root)) {
			response.writeHead(403).end();
			return;
		}
		if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
		const found = existsSync(file) && statSync(file).isFile();
		const served = found ? file : nearestNotFound(root, file);
		response.writeHead(found ? 200 : 404, { 'Content-Type': TYPES[extname(served)] ?? 'application/octet-stream' });
		createReadStream(served).pipe(response);
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const address = server.address();
	const port = typeof address === 'object' && address ? address.port : 0;
	return { url: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
