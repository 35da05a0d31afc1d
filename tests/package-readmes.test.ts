import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The package READMEs say how to use the packages before they are published (issue #12), and what
// they say works: from the repository, and from a packed tarball.

const root = fileURLToPath(new URL('../', import.meta.url));
const readme = (dir: string) => readFileSync(join(root, dir, 'README.md'), 'utf8');
const version = (dir: string) => (JSON.parse(readFileSync(join(root, dir, 'package.json'), 'utf8')) as { version: string }).version;
const shellLines = (text: string) => [...text.matchAll(/```sh\n([^]*?)```/g)].flatMap((m) => m[1]!.split('\n')).map((l) => l.replace(/\s+#.*$/, '').trim()).filter(Boolean);

describe.each(['packages/core', 'packages/cli'])('%s/README.md', (dir) => {
	it('says the package is not published yet, next to how it will be used once it is', () => {
		const text = readme(dir);
		expect(text).toContain('Not on the npm registry yet');
		expect(text).toMatch(/--pack-destination \.\./);
		expect(text).toMatch(/Once it is\s+published/);
	});

	it('names the tarball its pack command writes', () => {
		const name = dir === 'packages/core' ? 'rungs-core' : 'rungs';
		expect(readme(dir)).toContain(`../${name}-${version(dir)}.tgz`);
	});
});

describe('the CLI before publication', () => {
	it('runs from the repository as its README says', () => {
		const command = shellLines(readme('packages/cli')).find((l) => l.startsWith('node packages/cli/bin/rungs.js '))!;
		expect(command).toBe('node packages/cli/bin/rungs.js validate matrices/');
		const result = spawnSync(process.execPath, command.split(' ').slice(1), { cwd: root, encoding: 'utf8', env: { ...process.env, XDG_CACHE_HOME: mkdtempSync(join(tmpdir(), 'rungs-readme-cache-')) }, timeout: 120_000 });
		expect(result.stderr).toMatch(/✓ \d+ ladders and \d+ assessments checked: 0 errors/);
		expect(result.status).toBe(0);
	}, 120_000);

	it('installs from its packed tarball and runs as `npx rungs`, with no registry', () => {
		const work = mkdtempSync(join(tmpdir(), 'rungs-readme-'));
		execFileSync('pnpm', ['--filter', 'rungs', 'pack', '--pack-destination', work], { cwd: root, stdio: 'pipe', timeout: 120_000 });
		const tarball = readdirSync(work).find((f) => f.endsWith('.tgz'))!;
		expect(tarball).toBe(`rungs-${version('packages/cli')}.tgz`);
		const project = join(work, 'your-project');
		execFileSync('mkdir', [project]);
		writeFileSync(join(project, 'package.json'), '{ "name": "your-project", "private": true }\n');
		// The CLI is one bundled file with no dependencies: installing it needs nothing from the registry.
		execFileSync('npm', ['install', '--offline', '--no-audit', '--no-fund', `../${tarball}`], { cwd: project, stdio: 'pipe', timeout: 120_000 });
		const result = spawnSync('npx', ['--offline', 'rungs', '--version'], { cwd: project, encoding: 'utf8', timeout: 120_000 });
		expect(result.stdout.trim()).toBe(version('packages/cli'));
		expect(result.status).toBe(0);
	}, 240_000);
});

describe('the glossary of packages/core/README.md', () => {
	const section = readme('packages/core').split('\n## Glossary\n')[1] ?? '';
	const rows = [...section.matchAll(/^\| ([^|]+) \| ([^|]+) \| ([^|]+) \|$/gm)].slice(1); // not the header row
	const reports = readdirSync(join(root, 'packages/core/etc')).map((name) => readFileSync(join(root, 'packages/core/etc', name), 'utf8')).join('\n');

	it('defines the words of the API, one per concept', () => {
		const words = rows.map((row) => row[1]!.trim());
		for (const word of ['framework', 'ladder', 'level', 'band', 'competency', 'shared competency', 'statement', 'expectation', 'scale', 'rating', 'assessment', 'target', 'readiness rule', 'blocker', 'gap report', 'calibration', 'move', 'problem', 'warning']) expect(words).toContain(word);
		expect(new Set(words).size).toBe(words.length);
	});

	it('names, for each word, types that the package exports (see packages/core/etc/*.api.md)', () => {
		for (const row of rows) {
			const types = [...row[3]!.matchAll(/`([A-Z]\w+)`/g)].map((m) => m[1]!);
			expect(types.length, row[1]).toBeGreaterThan(0);
			for (const type of types) expect(reports, `${row[1]!.trim()}: ${type}`).toMatch(new RegExp(`^export (?:type|interface|class) ${type}\\b`, 'm'));
		}
	});
});
