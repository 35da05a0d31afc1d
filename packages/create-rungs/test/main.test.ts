import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough, Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { main } from '../src/main.ts';
import { writeProject } from '../src/write-project.ts';
import { fakeIo, listFiles, scratch, workspaceVersions } from './_workspace.ts';

const run = async (argv: string[], cwd: string) => {
	const io = fakeIo(cwd);
	const code = await main(argv, io, workspaceVersions(), '0.0.0-test');
	return { code, stdout: io.out(), stderr: io.err() };
};

describe('create-rungs', () => {
	it('writes a new folder without asking anything when stdin is not a terminal, and says what to do next', async () => {
		const here = scratch();
		const result = await run(['my-ladders', '--title', 'Acme ladders'], here);
		expect(result.stderr).toBe('');
		expect(result.code).toBe(0);
		expect(result.stdout).toMatch(/^ {2}cd my-ladders\n {2}npm install\n {2}npm start/m);
		expect(listFiles(join(here, 'my-ladders'))).toContain('matrices/engineer.yaml');
		// Nothing else: no staging folder left beside it.
		expect(readdirSync(here)).toEqual(['my-ladders']);
	});

	it('writes the French starter with --lang fr, and speaks French after', async () => {
		const here = scratch();
		const result = await run(['echelles', '--lang', 'fr', '--yes'], here);
		expect(result.code).toBe(0);
		expect(result.stdout).toContain('Ensuite :');
		expect(listFiles(join(here, 'echelles'))).toContain('matrices/ingenieur.yaml');
	});

	it('writes into the empty folder it is run in, with no `cd` to suggest', async () => {
		const here = scratch();
		const result = await run(['.', '--yes'], here);
		expect(result.code).toBe(0);
		expect(result.stdout).not.toContain('cd ');
		expect(listFiles(here)).toContain('package.json');
		expect(readdirSync(here).filter((name) => name.startsWith('.create-rungs'))).toEqual([]);
	});

	it('refuses a folder that is not empty: a clear message, exit 1, nothing written', async () => {
		const here = scratch();
		mkdirSync(join(here, 'taken'));
		writeFileSync(join(here, 'taken', 'notes.txt'), 'mine');
		const result = await run(['taken', '--yes'], here);
		expect(result.code).toBe(1);
		expect(result.stderr).toBe('create-rungs: `taken` is not empty (it holds notes.txt). Choose a new folder name, or empty it first. Nothing was written.\n');
		expect(listFiles(join(here, 'taken'))).toEqual(['notes.txt']);
		expect(readdirSync(here)).toEqual(['taken']);
	});

	it('refuses a file in the way, and a folder whose parent does not exist', async () => {
		const here = scratch();
		writeFileSync(join(here, 'file'), '');
		const file = await run(['file'], here);
		expect(file.code).toBe(1);
		expect(file.stderr).toContain('`file` exists and is not a folder');
		const deep = await run(['no/such/place'], here);
		expect(deep.code).toBe(1);
		expect(deep.stderr).toMatch(/The folder that would hold `no\/such\/place` \(.*no[\\/]such\) does not exist\. Nothing was written\./);
		expect(readdirSync(here)).toEqual(['file']);
	});

	it.each([
		[[], 'Name the folder to create, such as: npm create rungs@latest my-ladders'],
		[['a', 'b'], 'One folder at a time: got `a`, `b`.'],
		[['x', '--lang', 'de'], '--lang is one of en, fr, not `de`.'],
		[['x', '--title', ' '], 'The title is empty.'],
		[['x', '--title', 'two\nlines'], 'The title is one line of text, with no control characters.'],
		[['x', '--titel', 'Acme'], "Unknown option '--titel'."],
	])('answers %j with a usage message and exit 2, writing nothing', async (argv, message) => {
		const here = scratch();
		const result = await run(argv, here);
		expect(result.code).toBe(2);
		expect(result.stderr).toContain(`create-rungs: ${message}\n`);
		expect(result.stderr).toContain('Usage: npm create rungs@latest <folder>');
		expect(readdirSync(here)).toEqual([]);
	});

	it('prints its help and version', async () => {
		expect((await run(['--help'], scratch())).stdout).toContain('Usage: npm create rungs@latest <folder>');
		expect((await run(['--version'], scratch())).stdout).toBe('0.0.0-test\n');
	});
});

describe('writing the repository', () => {
	// Two entries that cannot both exist (a file `a`, and a folder `a`): the write fails half-way.
	const clashing = new Map([['README.md', 'x'], ['a', 'file'], ['a/b', 'under a file']]);

	it('leaves nothing behind when a write fails part-way into a new folder', () => {
		const here = scratch();
		expect(() => writeProject(join(here, 'new'), 'new', clashing)).toThrow(/^Could not write `new` \((ENOTDIR|EEXIST)\)\. Nothing was written\.$/);
		expect(readdirSync(here)).toEqual([]);
	});

	it('leaves an empty folder empty when a write fails part-way into it', () => {
		const here = scratch();
		expect(() => writeProject(here, '.', clashing)).toThrow(/Nothing was written/);
		expect(readdirSync(here)).toEqual([]);
	});

	it.skipIf(process.platform === 'win32' || process.getuid?.() === 0)('says so when the folder cannot be written at all', () => {
		const here = scratch();
		chmodSync(here, 0o500);
		try {
			expect(() => writeProject(join(here, 'new'), 'new', new Map([['a', 'b']]))).toThrow('Could not write `new` (EACCES). Nothing was written.');
			expect(existsSync(join(here, 'new'))).toBe(false);
		} finally {
			chmodSync(here, 0o700);
		}
	});
});

describe('on a terminal', () => {
	/** A run whose stdin is a terminal: each question, once printed, gets the next answer. */
	async function answering(answers: string[], cwd: string) {
		const io = fakeIo(cwd);
		const stdin = new PassThrough() as PassThrough & { isTTY: boolean };
		stdin.isTTY = true;
		let printed = '';
		const stdout = new Writable({
			write(chunk, _encoding, done) {
				printed += String(chunk);
				if (/: $/.test(String(chunk))) stdin.write(`${answers.shift() ?? ''}\n`);
				done();
			},
		});
		const code = await main([], { ...io, stdin, stdout }, workspaceVersions(), '0.0.0-test');
		return { code, printed, stderr: io.err() };
	}

	it('asks for the folder, the language (again after a wrong answer) and the title, with defaults', async () => {
		const here = scratch();
		const result = await answering(['team-ladders', 'de', 'fr', 'Échelles de l\'équipe'], here);
		expect(result.stderr).toBe('');
		expect(result.code).toBe(0);
		expect(result.printed).toContain('Folder to create (my-ladders): ');
		expect(result.printed).toContain('Answer en or fr.\n');
		expect(result.printed).toContain('Title of your framework and site (Nos échelles de carrière): ');
		expect(readFileSync(join(here, 'team-ladders', 'matrices', 'framework.yaml'), 'utf8')).toContain('title: "Échelles de l\'équipe"');
	});

	it('takes every default on Enter', async () => {
		const here = scratch();
		const result = await answering(['', '', ''], here);
		expect(result.code).toBe(0);
		expect(readFileSync(join(here, 'my-ladders', 'matrices', 'framework.yaml'), 'utf8')).toContain('title: "Our career ladders"');
	});
});
