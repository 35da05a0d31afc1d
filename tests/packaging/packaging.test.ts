import { execFile, execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { registryOffline } from './_registry.ts';

// The packages as npm users get them: packed, installed into a project outside the workspace.
const root = fileURLToPath(new URL('../../', import.meta.url));
const here = fileURLToPath(new URL('./', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'rungs-pack-'));
const project = join(work, 'project');
const tsc = join(root, 'node_modules/typescript/bin/tsc');
const esbuild = createRequire(join(root, 'packages/core/package.json'))('esbuild') as typeof import('esbuild');
const fixtures = join(root, 'packages/core/test/fixtures/valid');

/** pnpm, as this run was started with it, or fetched the way the quick start does. */
function pnpm(args: string[], cwd: string): string {
	const execPath = process.env.npm_execpath;
	const [command, prefix] = execPath && /pnpm/.test(execPath) ? [process.execPath, [execPath]] : ['npx', ['--yes', 'pnpm@10.34.9']];
	return execFileSync(command, [...prefix, ...args], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

const run = (command: string, args: string[], cwd = project) => {
	const result = spawnSync(command, args, { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', ASTRO_TELEMETRY_DISABLED: '1' } });
	return { code: result.status, stdout: result.stdout, stderr: result.stderr };
};

const offline = await registryOffline();

let tarballs: { core: string; cli: string };
/** The TypeScript consumers, compiled side by side while the other tests run: one result per moduleResolution. */
const compiled = new Map<string, Promise<{ code: number | null; output: string }>>();

/** Compiles tests/packaging/consumer.ts against the installed packages, asynchronously. */
function compileConsumer(resolution: 'nodenext' | 'bundler'): Promise<{ code: number | null; output: string }> {
	const dir = join(project, `ts-${resolution}`);
	mkdirSync(dir, { recursive: true });
	cpSync(join(here, 'consumer.ts'), join(dir, 'consumer.ts'));
	const options = resolution === 'nodenext' ? { module: 'nodenext', moduleResolution: 'nodenext' } : { module: 'esnext', moduleResolution: 'bundler' };
	writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions: { ...options, target: 'es2022', strict: true, outDir: 'out', skipLibCheck: false, types: ['node'], typeRoots: [join(root, 'node_modules/@types')] }, files: ['consumer.ts'] }));
	return new Promise((resolve) => {
		execFile(process.execPath, [tsc, '-p', dir], { cwd: project, encoding: 'utf8' }, (error, stdout, stderr) => resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, output: stdout + stderr }));
	});
}

beforeAll(() => {
	if (offline) return;
	for (const dir of ['packages/core', 'packages/cli']) pnpm(['pack', '--pack-destination', work], join(root, dir));
	const files = readdirSync(work);
	tarballs = { core: join(work, files.find((f) => f.startsWith('rungs-core-'))!), cli: join(work, files.find((f) => /^rungs-\d/.test(f))!) };
	mkdirSync(project);
	writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
	// No scripts run: esbuild and sharp ship their binaries as ordinary packages.
	execFileSync('npm', ['install', '--no-audit', '--no-fund', '--ignore-scripts', '--loglevel=error', tarballs.core, tarballs.cli, 'astro@5.18.2'], { cwd: project, stdio: 'ignore' });
	cpSync(fixtures, join(project, 'ladders'), { recursive: true });
	const example = parse(readFileSync(join(fixtures, 'examples/ana-self.yaml'), 'utf8'));
	writeFileSync(join(project, 'assessment.json'), JSON.stringify(example));
	for (const resolution of ['nodenext', 'bundler'] as const) compiled.set(resolution, compileConsumer(resolution));
}, 300_000);

describe.skipIf(offline)('the packed packages', () => {
	it('pass publint and are the types wrong? (ESM-only profile)', () => {
		for (const tarball of [tarballs.core, tarballs.cli]) {
			const publint = run(process.execPath, [join(root, 'node_modules/publint/src/cli.js'), '--strict', tarball], root);
			expect(publint.stdout + publint.stderr, tarball).toMatch(/All good!/);
		}
		// ESM only: CommonJS callers use require() of ESM (Node 20.19+), which attw does not model.
		const attw = run(process.execPath, [join(root, 'node_modules/@arethetypeswrong/cli/dist/index.js'), tarballs.core, '--profile', 'esm-only', '--format', 'json'], root);
		expect(attw.code, attw.stdout.slice(0, 2000)).toBe(0);
	});

	it('ship only what is needed', () => {
		const files = execFileSync('tar', ['tzf', tarballs.core], { encoding: 'utf8' }).split('\n');
		expect(files).toContain('package/dist/index.js');
		expect(files).toContain('package/dist/index.d.ts');
		expect(files).toContain('package/schemas/ladder.schema.json');
		// The API reference, generated from the JSDoc (`pnpm api`), one page per entry point.
		expect(files).toContain('package/docs/api/index.md');
		expect(files).toContain('package/docs/api/core.md');
		expect(files.filter((f) => /test|fixtures|tsbuildinfo/.test(f))).toEqual([]);
		const cli = execFileSync('tar', ['tzf', tarballs.cli], { encoding: 'utf8' }).split('\n').filter(Boolean).sort();
		expect(cli).toEqual(['package/CHANGELOG.md', 'package/README.md', 'package/bin/rungs.js', 'package/dist/rungs.js', 'package/package.json']);
	});

	it('run as plain ESM in Node', () => {
		const script = "import { parseFramework } from '@rungs/core'; import { loadFramework } from '@rungs/core/node'; const r = await loadFramework('ladders'); console.log(r.ok, r.value.ladders.length, typeof parseFramework);";
		const result = run(process.execPath, ['--input-type=module', '-e', script]);
		expect(result.stdout.trim()).toBe('true 2 function');
	});

	it('load with require() from CommonJS (Node 20.19+)', () => {
		writeFileSync(join(project, 'app.cjs'), "const core = require('@rungs/core'); const schema = require('@rungs/core/schemas/ladder.schema.json'); console.log(typeof core.assess, schema.$id);");
		const result = run(process.execPath, ['app.cjs']);
		expect(result.stderr).not.toMatch(/Error/);
		expect(result.stdout.trim()).toBe('function https://rungs.dev/schemas/ladder.schema.json');
	});

	it.each(['nodenext', 'bundler'] as const)('compile with TypeScript (moduleResolution %s) and run a real use', async (resolution) => {
		const dir = join(project, `ts-${resolution}`);
		const { code, output } = await compiled.get(resolution)!;
		expect(output).toBe('');
		expect(code).toBe(0);
		writeFileSync(join(dir, 'out', 'package.json'), '{"type":"module"}');
		const result = run(process.execPath, [join(dir, 'out', 'consumer.js'), 'ladders', 'assessment.json']);
		expect(result.stderr).toBe('');
		expect(JSON.parse(result.stdout)).toEqual({ ladders: 2, status: ['meets', 'below', 'exceeds'], markdown: '# Gap report: Ana' });
	});

	it('bundle for the browser with no Node built-in', async () => {
		// From inside the project, so '@rungs/core' resolves to the installed tarball.
		cpSync(join(here, 'browser-entry.ts'), join(project, 'browser-entry.ts'));
		const result = await esbuild.build({ entryPoints: [join(project, 'browser-entry.ts')], absWorkingDir: project, bundle: true, platform: 'browser', format: 'esm', write: false, metafile: true, logLevel: 'silent' });
		const inputs = Object.keys(result.metafile.inputs);
		expect(inputs).toContain('node_modules/@rungs/core/dist/index.js');
		expect(inputs.filter((i) => i.startsWith('node:') || /\/yaml\/dist\//.test(i))).toEqual([]);
	});

	it('give a working `npx rungs`', () => {
		const help = run('npx', ['--no-install', 'rungs', '--help']);
		expect(help.code).toBe(0);
		expect(help.stdout).toContain('rungs: career ladders and competency matrices as code');
		const validate = run('npx', ['--no-install', 'rungs', 'validate', 'ladders']);
		expect(validate.stderr).toContain('2 ladders and 2 assessments checked: 0 errors, 0 warnings');
	});

	it('run the HR-tool example from the guide', () => {
		cpSync(join(root, 'packages/core/examples/hr-tool.mjs'), join(project, 'hr-tool.mjs'));
		const result = run(process.execPath, ['hr-tool.mjs', 'ladders', 'assessment.json']);
		expect(result.stderr).toBe('');
		expect(result.stdout).toContain('Ana: 1 thing stands between these ratings and Lead.');
		expect(result.stdout).toContain('# Gap report: Ana');
		writeFileSync(join(project, 'bad.json'), JSON.stringify({ format: 'rungs/assessment@1', person: { name: 'X' } }));
		const bad = run(process.execPath, ['hr-tool.mjs', 'ladders', 'bad.json']);
		expect(bad.code).toBe(1);
		// A data object has no lines: its problems are located by data path.
		expect(bad.stderr).toMatch(/^bad\.json: assessor error MISSING_FIELD$/m);
	});

	it("build another organisation's ladder site with the Astro content loader", () => {
		cpSync(join(here, 'astro-site'), project, { recursive: true });
		const build = run(process.execPath, [join(project, 'node_modules/astro/astro.js'), 'build']);
		expect(build.code, build.stdout + build.stderr).toBe(0);
		const html = readFileSync(join(project, 'dist/index.html'), 'utf8');
		expect(html).toContain('Representative: Associate, Senior, Lead');
		expect(html).toContain('Gap report: Ana');
	});

	it('fail that site build with located problems when a ladder is broken', () => {
		const ladder = join(project, 'ladders/rep.yaml');
		writeFileSync(ladder, readFileSync(ladder, 'utf8').replace('category: conduct', 'category: conduc'));
		const build = run(process.execPath, [join(project, 'node_modules/astro/astro.js'), 'build']);
		expect(build.code).not.toBe(0);
		expect(build.stdout + build.stderr).toMatch(/rep\.yaml:\d+:15 error UNKNOWN_CATEGORY/);
	});
});
