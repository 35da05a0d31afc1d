import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PassThrough, Writable, type Readable } from 'node:stream';
import type { Io } from '../src/main.ts';
import type { Versions } from '../src/versions.ts';

export const packages = fileURLToPath(new URL('../../', import.meta.url));

const manifest = (name: string) => JSON.parse(readFileSync(join(packages, name, 'package.json'), 'utf8'));

/** The versions the build bakes in, read the same way: from each package's own package.json. */
export function workspaceVersions(): Versions {
	const astro = manifest('astro');
	return { core: manifest('core').version, cli: manifest('cli').version, astro: astro.version, astroRange: astro.peerDependencies?.astro ?? astro.dependencies?.astro };
}

export const scratch = (): string => mkdtempSync(join(tmpdir(), 'create-rungs-'));

/** Every file under a folder, relative, sorted: what a run left behind. */
export function listFiles(dir: string): string[] {
	return readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.filter((path) => statSync(join(dir, path)).isFile())
		.map((path) => relative(dir, join(dir, path)).split('\\').join('/'))
		.sort();
}

/** A terminal-less run of main: what it printed, with stdin closed (as in CI). */
export function fakeIo(cwd: string): Io & { out: () => string; err: () => string } {
	// Collected as written (a Writable's first write reaches `write` at once), so asserts see it all.
	const capture = () => {
		let text = '';
		const stream = new Writable({ write(chunk, _encoding, done) { text += String(chunk); done(); } });
		return { stream, text: () => text };
	};
	const out = capture();
	const err = capture();
	const stdin = new PassThrough() as Readable;
	return { stdin, stdout: out.stream, stderr: err.stream, cwd, today: '2026-12-01', out: out.text, err: err.text };
}
