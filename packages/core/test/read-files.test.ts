import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { describeFsError, readFolder, readSourceFile, walkFiles } from '@rungs/core/node';

/*
 * The one reader every command uses: regular files only, links held to a boundary, the byte bound
 * enforced while reading (a special file reports size 0), and nothing skipped without a word.
 */

const scratch = mkdtempSync(join(tmpdir(), 'rungs-read-files-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const codes = (result: { problems: Array<{ code: string; message: string }> }) => result.problems.map((p) => `${p.code}: ${p.message}`);

describe('readSourceFile', () => {
	it('stops at the bound on a file that reports size 0 (/proc), and on an endless device, promptly', async () => {
		const environ = await readSourceFile('/proc/self/environ', { maxBytes: 8 });
		expect(codes(environ)).toEqual([expect.stringMatching(/^FILE_TOO_LARGE: The file is more than 8 bytes/)]);
		expect(codes(await readSourceFile('/dev/zero'))).toEqual([expect.stringMatching(/^FILE_NOT_READ: .*a device/)]);
		expect(codes(await readSourceFile('/dev/urandom'))).toEqual([expect.stringMatching(/^FILE_NOT_READ: .*a device/)]);
	}, 30_000);

	it('refuses a named pipe without waiting for a writer', async () => {
		const fifo = join(scratch, 'pipe.yaml');
		execFileSync('mkfifo', [fifo]);
		expect(codes(await readSourceFile(fifo))).toEqual([expect.stringMatching(/^FILE_NOT_READ: .*a named pipe/)]);
	}, 30_000);

	it('follows a link that stays inside the boundary, refuses one leaving it or leading nowhere', async () => {
		const dir = join(scratch, 'inside');
		mkdirSync(join(dir, 'sub'), { recursive: true });
		writeFileSync(join(dir, 'sub', 'real.yaml'), 'a: 1\n');
		writeFileSync(join(scratch, 'secret.yaml'), 'password: hunter2\n');
		symlinkSync(join(dir, 'sub', 'real.yaml'), join(dir, 'ok.yaml'));
		symlinkSync(join(scratch, 'secret.yaml'), join(dir, 'leak.yaml'));
		symlinkSync(join(scratch, 'nothing.yaml'), join(dir, 'dangling.yaml'));
		symlinkSync('/proc/self/environ', join(dir, 'environ.yaml'));
		expect((await readSourceFile(join(dir, 'ok.yaml'), { within: dir })).file?.text).toBe('a: 1\n');
		for (const name of ['leak.yaml', 'environ.yaml']) {
			const read = await readSourceFile(join(dir, name), { within: dir });
			expect(read.file).toBeUndefined();
			expect(codes(read)).toEqual([expect.stringMatching(/^FILE_NOT_READ: .*a link to a file outside/)]);
			expect(JSON.stringify(read)).not.toContain('hunter2');
		}
		expect(codes(await readSourceFile(join(dir, 'dangling.yaml'), { within: dir }))).toEqual([expect.stringMatching(/link to nothing/)]);
		// Named on the command line, a link is the caller's choice: followed, to a regular file only.
		expect((await readSourceFile(join(dir, 'leak.yaml'))).file?.text).toBe('password: hunter2\n');
	}, 30_000);
});

describe('walkFiles and readFolder', () => {
	it('report every file they do not read, with its path and why', async () => {
		const dir = join(scratch, 'walk');
		mkdirSync(join(dir, 'team'), { recursive: true });
		writeFileSync(join(dir, 'a.yaml'), 'a: 1\n');
		symlinkSync('/etc', join(dir, 'linked-folder'));
		symlinkSync('/dev/zero', join(dir, 'zero.yaml'));
		execFileSync('mkfifo', [join(dir, 'team', 'fifo.yaml')]);
		const entries = [];
		for await (const entry of walkFiles(dir, { recursive: true })) entries.push(entry);
		expect(entries.map((e) => [e.path.slice(dir.length + 1), e.problem?.code])).toEqual([
			['a.yaml', undefined],
			['linked-folder', 'FILE_NOT_READ'],
			['team/fifo.yaml', undefined],
			['zero.yaml', undefined],
		]);
		const read = await readFolder(dir);
		expect(read.sources.map((s) => s.path)).toEqual([join(dir, 'a.yaml')]);
		expect(codes(read)).toEqual([expect.stringMatching(/zero\.yaml` was not read: it is a link to a file outside/)]);
	}, 30_000);

	it('name a folder that cannot be walked, as a problem, not an exception', async () => {
		const entries = [];
		for await (const entry of walkFiles(join(scratch, 'walk', 'a.yaml', 'below'))) entries.push(entry);
		expect(entries.map((e) => e.problem?.code)).toEqual(['FILE_NOT_FOUND']);
	});
});

describe('describeFsError', () => {
	it('says in words what each refusal of the system means', () => {
		const error = (code: string) => Object.assign(new Error(`${code}: raw`), { code });
		expect(describeFsError(error('EACCES'))).toBe('permission denied');
		expect(describeFsError(error('EPERM'))).toBe('permission denied');
		expect(describeFsError(error('ENOTDIR'))).toBe('a part of the path is a file, not a folder');
		expect(describeFsError(error('EROFS'))).toBe('the file system is read-only');
		expect(describeFsError(error('ENOSPC'))).toBe('the disk is full');
		expect(describeFsError(error('EWHATEVER'))).toBe('the system refused (EWHATEVER)');
	});
});

describe('the Astro assessments loader reads by the same rules', () => {
	it('refuses a link leaving its folder, naming it, and loads the rest', async () => {
		const { assessmentsLoader } = await import('@rungs/core/astro');
		const { cpSync } = await import('node:fs');
		const valid = new URL('./fixtures/valid/', import.meta.url).pathname;
		const dir = join(scratch, 'astro-examples');
		cpSync(join(valid, 'examples'), dir, { recursive: true });
		const stored: string[] = [];
		const context = { store: { clear: () => undefined, set: (entry: { id: string }) => (stored.push(entry.id), true) }, logger: { info: () => undefined, warn: () => undefined } };
		await assessmentsLoader({ dir, ladders: valid }).load(context);
		expect(stored.sort()).toEqual(['ana-manager', 'ana-self']);
		writeFileSync(join(scratch, 'outside-assessment.yaml'), 'secret: 1\n');
		symlinkSync(join(scratch, 'outside-assessment.yaml'), join(dir, 'leak.yaml'));
		await expect(assessmentsLoader({ dir, ladders: valid }).load(context)).rejects.toThrow(/leak\.yaml` was not read: it is a link to a file outside/);
	}, 30_000);
});
