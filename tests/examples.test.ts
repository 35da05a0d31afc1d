import { execFile, execFileSync } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';

/*
 * Every example runs. Each example line of `rungs --help` and of every command's --help, and each
 * line of a README code block that calls rungs, is run as written in a temporary copy of the
 * repository's ladders (a git repository, so `--since` has history), and must succeed: exit 0, or
 * the code that a `# exit N` comment on the line documents. The way rungs is called (`npx rungs`,
 * `node packages/cli/…/rungs.js`, …) is replaced by the built binary; tests/cli-stdout.test.ts runs
 * the documented way itself. Whatever an example writes lands in the temporary copy.
 */

const root = fileURLToPath(new URL('../', import.meta.url));
const bin = join(root, 'packages/cli/dist/rungs.js');
const work = mkdtempSync(join(tmpdir(), 'rungs-examples-'));
const template = join(work, 'template');
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The documents whose code blocks are examples. */
const READMES = ['README.md', 'packages/cli/README.md', 'packages/core/README.md', 'matrices/README.md'];
/** A line that calls rungs, by any of the ways the documents show: the rest of the line is its arguments. */
const CALL = /^(?:npx (?:--no-install )?|pnpm (?:--silent |-s )?(?:exec )?|npm run (?:--silent |-s )?|node (?:\S*\/)?(?:dist|bin)\/)rungs(?:\.js)?(?: --)?(?=\s|$)|^rungs(?=\s|$)/;

/** Every line of a fenced code block of a Markdown document that calls rungs, as `rungs …`. */
function readmeExamples(file: string): string[] {
	const text = readFileSync(join(root, file), 'utf8');
	const lines: string[] = [];
	for (const block of text.matchAll(/^```[a-z]*\n([\s\S]*?)^```/gm)) {
		for (const line of block[1]!.split('\n')) {
			const call = CALL.exec(line.trim());
			if (call) lines.push(`rungs${line.trim().slice(call[0].length)}`);
		}
	}
	return lines;
}

/** The example lines of a help text: the indented `rungs …` lines after "Examples". */
function helpExamples(args: string[]): string[] {
	const help = execFileSync(process.execPath, [bin, ...args], { encoding: 'utf8' });
	const section = help.split(/^Examples\n/m)[1] ?? '';
	return section
		.split('\n')
		.map((line) => line.trim())
		.filter((line) => line.startsWith('rungs'));
}

/** The commands that `rungs --help` lists. */
function commands(): string[] {
	const help = execFileSync(process.execPath, [bin, '--help'], { encoding: 'utf8' });
	const section = help.split(/^Commands\n/m)[1]!.split(/\n\n/)[0]!;
	return section.split('\n').map((line) => line.trim().split(/\s+/)[0]!);
}

const git = (cwd: string, ...args: string[]) => execFileSync('git', ['-c', 'user.email=examples@example.com', '-c', 'user.name=Examples', ...args], { cwd, encoding: 'utf8' });

/**
 * The folder every example starts from: the repository's ladders, committed on `main` (also as
 * `origin/main` and tag v1.0.0), `rungs` on the PATH, and the files that examples name as the
 * reader's own: an assessment (me.yaml, ana-2025.yaml), a manager's (manager.yaml), a peer's (peer.yaml), a batch
 * (team.ndjson, organisation.ndjson) and an older version of a ladder (old/support-representative.yaml).
 */
function makeTemplate(): void {
	mkdirSync(join(template, 'bin'), { recursive: true });
	writeFileSync(join(template, 'bin', 'rungs'), `#!/bin/sh\nexec "${process.execPath}" "${bin}" "$@"\n`);
	chmodSync(join(template, 'bin', 'rungs'), 0o755);
	cpSync(join(root, 'matrices'), join(template, 'matrices'), { recursive: true });
	writeFileSync(join(template, '.gitignore'), 'bin/\n');
	git(template, 'init', '-q', '-b', 'main');
	git(template, 'add', '.');
	git(template, 'commit', '-qm', 'The ladders');
	git(template, 'tag', 'v1.0.0');
	git(template, 'update-ref', 'refs/remotes/origin/main', 'HEAD');

	const examples = join(template, 'matrices', 'examples');
	cpSync(join(examples, 'engineer-aiming-senior-self.yaml'), join(template, 'me.yaml'));
	cpSync(join(examples, 'engineer-aiming-senior-manager.yaml'), join(template, 'manager.yaml'));
	// A peer's assessment of the same person, for a calibration of several assessors.
	writeFileSync(join(template, 'peer.yaml'), readFileSync(join(examples, 'engineer-aiming-senior-manager.yaml'), 'utf8').replace(/assessor: \{[^}]*\}/, 'assessor: { role: peer, name: Sam }'));
	cpSync(join(examples, 'representative-ready-for-senior.yaml'), join(template, 'ana-2025.yaml'));
	const batch = readdirSync(examples).filter((name) => name.endsWith('.yaml')).map((name) => JSON.stringify(parse(readFileSync(join(examples, name), 'utf8')))).join('\n') + '\n';
	writeFileSync(join(template, 'team.ndjson'), batch);
	writeFileSync(join(template, 'organisation.ndjson'), batch);
	// The ladder as it was: one statement worded differently.
	const ladder = readFileSync(join(template, 'matrices', 'support-representative.yaml'), 'utf8');
	const statement = /^( +text: )(.+)$/m.exec(ladder)!;
	mkdirSync(join(template, 'old'));
	writeFileSync(join(template, 'old', 'support-representative.yaml'), ladder.replace(statement[0], `${statement[1]}${statement[2]!.replace(/\.$/, '')}, as it was first worded.`));
}

/** Runs one example line in a fresh copy of the template, without the files it writes. */
function runExample(line: string): Promise<{ code: number; stdout: string; stderr: string }> {
	const dir = mkdtempSync(join(work, 'run-'));
	cpSync(template, dir, { recursive: true });
	for (const written of line.matchAll(/(?:--out\s+|>\s*)([^\s|<>;&]+)/g)) rmSync(join(dir, written[1]!), { force: true });
	return new Promise((resolve) => {
		execFile('sh', ['-c', line], { cwd: dir, encoding: 'utf8', env: { ...process.env, PATH: `${join(dir, 'bin')}:${process.env.PATH ?? ''}`, NO_COLOR: '1' }, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) =>
			resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr }),
		);
	});
}

/** The exit code an example documents with a `# exit N` comment, else 0. */
const expectedCode = (line: string) => Number(/#\s*exit\s+(\d)\b/.exec(line)?.[1] ?? 0);

beforeAll(() => makeTemplate());

const cases = [
	...[[], ...commands().map((command) => [command])].flatMap((args) => helpExamples([...args, '--help']).map((line) => ({ where: `rungs ${[...args, '--help'].join(' ')}`, line }))),
	...READMES.flatMap((file) => readmeExamples(file).map((line) => ({ where: file, line }))),
];

describe('every example', () => {
	it('is found: every command has examples in its help, and the READMEs show some', () => {
		for (const command of commands()) expect(cases.filter((c) => c.where === `rungs ${command} --help`).length, command).toBeGreaterThan(0);
		expect(cases.filter((c) => c.where === 'README.md').length).toBeGreaterThan(3);
		expect(cases.filter((c) => c.where === 'packages/cli/README.md').length).toBeGreaterThan(3);
	});

	it.concurrent.for(cases)('$where: $line', async ({ line }, { expect }) => {
		const { code, stdout, stderr } = await runExample(line);
		expect(code, `${line}\n${stderr}${stdout.slice(0, 2000)}`).toBe(expectedCode(line));
	});
});
