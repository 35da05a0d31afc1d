// The team page at organisation scale (#20): builds the site of generated organisations and prints,
// for each, the team page's HTML (with the data it embeds) raw and gzip in each language, the
// ladder index it loads once files are opened, and the build's peak memory and CPU time.
//
//   node bench/team-page.js [ladders …]      (default: 50 200 500; a 500-ladder build takes minutes)
//
// Each build starts from an empty content cache and writes to a folder of its own, removed after.
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { runNode } from './measure.js';
import { writeSynthetic } from './synthetic.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const astro = join(root, 'site/node_modules/astro/astro.js');
const sizes = process.argv.slice(2).map(Number);
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const bytes = (path) => {
	const raw = readFileSync(path);
	return { raw: raw.length, gzip: gzipSync(raw, { level: 9 }).length };
};

const dir = mkdtempSync(join(tmpdir(), 'rungs-bench-team-'));
try {
	for (const ladders of sizes.length > 0 ? sizes : [50, 200, 500]) {
		rmSync(join(root, 'site/node_modules/.astro'), { recursive: true, force: true });
		const folder = writeSynthetic(join(dir, `org-${ladders}`), { ladders });
		const outDir = join(dir, `site-${ladders}`);
		const run = await runNode([astro, 'build', '--outDir', outDir], { cwd: join(root, 'site'), env: { ASTRO_TELEMETRY_DISABLED: '1', RUNGS_MATRICES_DIR: folder } });
		if (run.code !== 0) throw new Error(`the site build of ${ladders} ladders failed: ${run.stderr}`);
		// A generated organisation has no translation: its site is in one language.
		const pages = ['team', 'fr/team'].filter((page) => existsSync(join(outDir, page, 'index.html'))).map((page) => ({ page: `/${page}/`, ...bytes(join(outDir, page, 'index.html')) }));
		const index = join(outDir, 'assess/ladders.js');
		const line = pages.map((p) => `${p.page} ${kb(p.gzip)} gzip (${kb(p.raw)} raw)`).join(', ');
		const loaded = existsSync(index) ? `; ladder index ${kb(bytes(index).gzip)} gzip (${kb(statSync(index).size)} raw)` : '';
		console.log(`${ladders} ladders: ${line}${loaded}; build peak ${run.rssMb.toFixed(0)} MB, ${(run.cpuMs / 1000).toFixed(1)} s CPU, ${(run.ms / 1000).toFixed(1)} s wall`);
		rmSync(outDir, { recursive: true, force: true });
	}
} finally {
	rmSync(dir, { recursive: true, force: true });
}
