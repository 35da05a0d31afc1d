import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { chmodSync, chownSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { bin, hasStackTrace, repoRoot } from './_run.ts';

/*
 * Hostile review, round two, on the real built binary: every command that reads goes through one
 * reader (regular files only, no link leaving the folder, the byte bound enforced while reading,
 * nothing skipped in silence); batch lines split by one rule whatever the thread count; the cache
 * cannot be forged; writes are exclusive and leave nothing behind; nothing from a file drives the
 * terminal. Memory is measured as the child's own peak RSS, against a wide bound.
 */

const scratch = mkdtempSync(join(tmpdir(), 'rungs-hostile-files-'));
chmodSync(scratch, 0o755);
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const cache = join(scratch, 'cache');
const SECRET = 'SECRET-hunter2-do-not-print';
const secret = join(scratch, 'secret.yaml');
writeFileSync(secret, `password: ${SECRET}\n`);

interface Result {
	code: number | null;
	stdout: string;
	stderr: string;
}

function run(args: string[], options: { cwd: string; env?: Record<string, string>; input?: string | Uint8Array; node?: string[] }): Result {
	const result = spawnSync(process.execPath, [...(options.node ?? []), bin, ...args], {
		cwd: options.cwd,
		env: { PATH: process.env.PATH ?? '', XDG_CACHE_HOME: cache, ...options.env },
		input: options.input ?? '',
		encoding: 'utf8',
		timeout: 60_000,
		maxBuffer: 256 * 1024 * 1024,
	});
	return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A run of the binary that also reports its peak resident memory, in MB. */
function measured(args: string[], options: { cwd: string; env?: Record<string, string>; input?: string | Uint8Array }): Result & { peakMb: number } {
	const wrapper = join(scratch, 'measure.mjs');
	if (!existsSync(wrapper)) writeFileSync(wrapper, `process.on('exit', () => process.stderr.write('\\npeak-rss-kb=' + process.resourceUsage().maxRSS + '\\n'));\nawait import(${JSON.stringify(`file://${bin}`)});\n`);
	const result = spawnSync(process.execPath, [wrapper, ...args], {
		cwd: options.cwd,
		env: { PATH: process.env.PATH ?? '', XDG_CACHE_HOME: cache, ...options.env },
		input: options.input ?? '',
		encoding: 'utf8',
		timeout: 120_000,
		maxBuffer: 256 * 1024 * 1024,
	});
	const peak = /peak-rss-kb=(\d+)/.exec(result.stderr);
	if (!peak) throw new Error(`no peak reported: ${result.stderr.slice(-2000)}`);
	return { code: result.status, stdout: result.stdout, stderr: result.stderr.replace(/\npeak-rss-kb=\d+\n$/, ''), peakMb: Number(peak[1]) / 1024 };
}

const git = (cwd: string, ...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', '-c', 'commit.gpgsign=false', ...args], { cwd, stdio: 'pipe' });

/** A copy of the bundled ladders (and their examples) in a git repository of its own. */
/**
 * The command that runs rungs as another user where permissions would not apply (the tests run as
 * root): `nobody`, through setpriv, on a copy of the bundle in the scratch folder, which is open to
 * others, since the repository's own folder may not be (a clone in a `mktemp -d` folder is 0700).
 */
function asAnotherUser(): string[] {
	if (process.getuid?.() !== 0) return [process.execPath, bin];
	const copy = join(scratch, 'rungs-for-another-user.js');
	if (!existsSync(copy)) cpSync(bin, copy);
	return ['setpriv', '--reuid=65534', '--regid=65534', '--clear-groups', process.execPath, copy];
}

function project(name: string): string {
	const dir = join(scratch, name);
	mkdirSync(dir, { recursive: true });
	cpSync(join(repoRoot, 'matrices'), join(dir, 'matrices'), { recursive: true });
	git(dir, 'init', '-q');
	git(dir, 'add', '.');
	git(dir, 'commit', '-qm', 'ladders');
	return dir;
}

/** No stack, no secret, no raw control character other than a line feed. */
function expectClean(result: Result): void {
	const all = result.stdout + result.stderr;
	expect(hasStackTrace(all), all.slice(0, 2000)).toBe(false);
	expect(all).not.toContain(SECRET);
	expect(all).not.toMatch(/[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2066-\u2069]/);
}

const ASSESSMENT = 'matrices/examples/new-representative.yaml';

describe('links: every command that reads holds links to the folder it reads', () => {
	let dir: string;
	beforeAll(() => {
		dir = project('links');
		symlinkSync(secret, join(dir, 'matrices', 'leak.yaml'));
	});

	const COMMANDS: Array<[string, string[]]> = [
		['validate', ['validate', 'matrices']],
		['gap', ['gap', ASSESSMENT]],
		['gap --compare', ['gap', ASSESSMENT, '--compare', ASSESSMENT]],
		['gap --batch <folder>', ['gap', '--batch', 'matrices/examples']],
		['gap --batch -', ['gap', '--batch', '-', '--matrices', 'matrices']],
		['init', ['init', 'support-representative']],
		['export', ['export', 'support-representative', '--format', 'csv']],
		['diff <old> <new>', ['diff', 'matrices/support-representative.yaml', 'matrices/support-representative.yaml']],
		['diff --since', ['diff', '--since', 'HEAD']],
		['migrate', ['migrate', ASSESSMENT]],
	];
	for (const [name, args] of COMMANDS) {
		it(`${name}: exit 1, the link named with the reason, what it points at never read`, () => {
			const result = run(args, { cwd: dir });
			expect(result.code, result.stderr).toBe(1);
			expect(result.stdout + result.stderr).toMatch(/matrices\/leak\.yaml` was not read: it is a link to a file outside/);
			expectClean(result);
		}, 60_000);
	}

	it('a link that stays inside the folder is read; a link to a folder below a batch is named, not skipped', () => {
		const inside = project('links-inside');
		mkdirSync(join(inside, 'team'));
		cpSync(join(inside, ASSESSMENT), join(inside, 'team', 'noor.yaml'));
		symlinkSync(join(inside, 'team', 'noor.yaml'), join(inside, 'team', 'noor-again.yaml'));
		symlinkSync(secret, join(inside, 'team', 'leak.yaml'));
		symlinkSync(join(inside, 'matrices', 'examples'), join(inside, 'team', 'examples'));
		const batch = run(['gap', '--batch', 'team', '--matrices', 'matrices'], { cwd: inside });
		expect(batch.code).toBe(1);
		const lines = batch.stdout.trim().split('\n').map((l) => JSON.parse(l) as { file: string; ok: boolean; problems?: Array<{ code: string }> });
		expect(lines.map((l) => [l.file, l.ok, l.problems?.[0]?.code])).toEqual([
			['team/examples', false, 'FILE_NOT_READ'],
			['team/leak.yaml', false, 'FILE_NOT_READ'],
			['team/noor-again.yaml', true, undefined],
			['team/noor.yaml', true, undefined],
		]);
		expectClean(batch);
		const validate = run(['validate', 'team', '--matrices', 'matrices'], { cwd: inside });
		expect(validate.code).toBe(1);
		expect(validate.stderr).toMatch(/team\/leak\.yaml:1:1 error FILE_NOT_READ/);
		expect(validate.stderr).toMatch(/team\/examples:1:1 error FILE_NOT_READ/);
		expectClean(validate);
	}, 60_000);

	it('diff --since refuses a link committed to git, and a blob past the bound, by the size git records', () => {
		const repo = project('links-in-git');
		symlinkSync(secret, join(repo, 'matrices', 'committed-leak.yaml'));
		writeFileSync(join(repo, 'matrices', 'big.yaml'), `summary: ${'x'.repeat(600 * 1024)}\n`);
		git(repo, 'add', '.');
		git(repo, 'commit', '-qm', 'a link and a big file');
		rmSync(join(repo, 'matrices', 'committed-leak.yaml'));
		rmSync(join(repo, 'matrices', 'big.yaml'));
		const result = run(['diff', '--since', 'HEAD'], { cwd: repo });
		expect(result.code).toBe(1);
		expect(result.stderr).toMatch(/HEAD:matrices\/committed-leak\.yaml` was not read: it is a link/);
		expect(result.stderr).toMatch(/^HEAD:matrices\/big\.yaml:1:1 error FILE_TOO_LARGE$/m);
		expect(result.stderr).not.toContain(scratch);
		expectClean(result);
	}, 60_000);
});

describe('special files and sizes: every command that reads a named file', () => {
	let dir: string;
	beforeAll(() => {
		dir = project('special');
		execFileSync('mkfifo', [join(dir, 'pipe.yaml')]);
		writeFileSync(join(dir, 'old-assessment.yaml'), readFileSync(join(dir, ASSESSMENT), 'utf8').replace('version: 2.0.0', 'version: 0.9.0'));
	});
	const COMMANDS = (bad: string): Array<[string, string[]]> => [
		['validate', ['validate', bad]],
		['gap', ['gap', bad, '--matrices', 'matrices']],
		['gap --compare', ['gap', ASSESSMENT, '--compare', bad]],
		['gap --batch <file>', ['gap', '--batch', bad, '--matrices', 'matrices']],
		['diff', ['diff', bad, 'matrices/support-representative.yaml']],
		['migrate', ['migrate', bad, '--matrices', 'matrices']],
		['migrate --from', ['migrate', 'old-assessment.yaml', '--from', bad, '--matrices', 'matrices']],
	];
	for (const [special, reason] of [
		['/dev/zero', 'a device'],
		['pipe.yaml', 'a named pipe'],
	]) {
		for (const [name, args] of COMMANDS(special!)) {
			it(`${name} ${special}: refused at once, exit 1, located`, () => {
				const result = run(args, { cwd: dir });
				expect(result.code, result.stderr).toBe(1);
				expect(result.stdout + result.stderr).toContain(`was not read: it is ${reason}`);
				expectClean(result);
			}, 60_000);
		}
	}

	it('a ladders folder holding a 300 MB (sparse) file: FILE_TOO_LARGE in bounded memory, cache or not', () => {
		const big = project('big');
		writeFileSync(join(big, 'matrices', 'huge.yaml'), '');
		truncateSync(join(big, 'matrices', 'huge.yaml'), 300 * 1024 * 1024);
		for (const env of [{}, { RUNGS_NO_CACHE: '1' }] as Array<Record<string, string>>) {
			const result = measured(['validate', 'matrices'], { cwd: big, env });
			expect(result.code).toBe(1);
			expect(result.stderr).toMatch(/^matrices\/huge\.yaml:1:1 error FILE_TOO_LARGE$/m);
			// Reading the file whole took more than 300 MB; reading it not at all takes Node's own.
			expect(result.peakMb).toBeLessThan(200);
		}
	}, 120_000);
});

/** The example assessments as NDJSON lines. */
const EXAMPLES = readdirSync(join(repoRoot, 'matrices', 'examples'))
	.filter((name) => name.endsWith('.yaml'))
	.sort()
	.map((name) => JSON.stringify(parse(readFileSync(join(repoRoot, 'matrices', 'examples', name), 'utf8'))));

describe('gap --batch -: one line rule, bounded lines, whatever the thread count', () => {
	/** A batch with RUNGS_THREADS set, or unset for the default (one worker per core). */
	const batch = (input: string | Uint8Array, threads: string | undefined) =>
		run(['gap', '--batch', '-', '--matrices', join(repoRoot, 'matrices')], { cwd: scratch, input, env: threads === undefined ? {} : { RUNGS_THREADS: threads } });

	it('an over-long line is its own problem, with its number; every other result is written whole; memory stays bounded', () => {
		const long = `{"note":"${'x'.repeat(64 * 1024 * 1024)}"}`;
		const input = [EXAMPLES[0], EXAMPLES[1], long, EXAMPLES[2]].join('\n');
		const outputs = ['0', '2'].map((threads) => {
			const result = measured(['gap', '--batch', '-', '--matrices', join(repoRoot, 'matrices')], { cwd: scratch, input, env: { RUNGS_THREADS: threads } });
			expect(result.code).toBe(1);
			expect(result.peakMb).toBeLessThan(240);
			expectClean(result);
			return result.stdout;
		});
		expect(outputs[1]).toBe(outputs[0]);
		const lines = outputs[0]!.trim().split('\n').map((l) => JSON.parse(l) as { line: number; ok: boolean; problems?: Array<{ code: string }> });
		expect(lines.map((l) => [l.line, l.ok, l.problems?.[0]?.code])).toEqual([
			[1, true, undefined],
			[2, true, undefined],
			[3, false, 'FILE_TOO_LARGE'],
			[4, true, undefined],
		]);
	}, 180_000);

	it('property: generated inputs (CR, CRLF, blank lines, bare CR inside a line, no final newline, bad lines) give the same output with and without threads, numbered by LF', () => {
		const random = (seed: number) => () => ((seed = (Math.imul(seed ^ (seed >>> 15), 2246822507) + 0x6d2b79f5) >>> 0) / 4294967296);
		for (let seed = 1; seed <= 4; seed++) {
			const next = random(seed * 7919);
			const lines: string[] = [];
			const count = 20 + Math.floor(next() * 40);
			for (let i = 0; i < count; i++) {
				const pick = next();
				const example = EXAMPLES[Math.floor(next() * EXAMPLES.length)]!;
				if (pick < 0.1) lines.push('');
				else if (pick < 0.2) lines.push(`${example}\r`);
				else if (pick < 0.3) lines.push(example.replace('{', '{\r'));
				else if (pick < 0.35) lines.push(example.slice(0, 40));
				else if (pick < 0.4) lines.push(`${example}\r${example}`);
				else if (pick < 0.42) lines.push(`{"a":"${'y'.repeat(600 * 1024)}"}`);
				else lines.push(example);
			}
			const input = lines.join('\n') + (next() < 0.5 ? '\n' : '');
			const [none, byDefault, two] = [batch(input, '0'), batch(input, undefined), batch(input, '2')];
			for (const other of [byDefault, two]) {
				expect(other.stdout, `seed ${seed}`).toBe(none.stdout);
				expect(other.code).toBe(none.code);
			}
			const numbers = none.stdout.trim().split('\n').map((l) => (JSON.parse(l) as { line: number }).line);
			const wanted = lines.flatMap((l, i) => (l.replace(/\r$/, '').trim() === '' ? [] : [i + 1]));
			expect(numbers, `seed ${seed}`).toEqual(wanted);
		}
	}, 300_000);

	it('a line that is not UTF-8 is refused as a file would be, not read as U+FFFD', () => {
		const bad = new Uint8Array([...new TextEncoder().encode(EXAMPLES[0]!.replace('Noor', 'No')), 0x0a]);
		bad[bad.indexOf(0x4e) + 1] = 0xff;
		const input = new Uint8Array([...new TextEncoder().encode(`${EXAMPLES[1]}\n`), ...bad]);
		for (const threads of ['0', '2']) {
			const lines = batch(input, threads).stdout.trim().split('\n').map((l) => JSON.parse(l) as { line: number; ok: boolean; problems?: Array<{ code: string }> });
			expect(lines.map((l) => [l.line, l.ok, l.problems?.[0]?.code])).toEqual([
				[1, true, undefined],
				[2, false, 'FILE_NOT_TEXT'],
			]);
		}
	}, 60_000);
});

describe('the cache', () => {
	const invalidFolder = () => {
		const dir = project(`cache-${Math.random().toString(36).slice(2)}`);
		const file = join(dir, 'matrices', 'support-representative.yaml');
		writeFileSync(file, readFileSync(file, 'utf8').replace(/^title: .*$/m, 'title: 42'));
		return dir;
	};
	const entries = (folder: string) => (existsSync(folder) ? readdirSync(folder).filter((n) => n.startsWith('ladders-')) : []);

	it('a forged, null or cut entry is a miss: an invalid folder never passes, nothing crashes', () => {
		const own = join(scratch, 'cache-forged');
		const env = { XDG_CACHE_HOME: own };
		const valid = project('cache-valid');
		expect(run(['validate', 'matrices'], { cwd: valid, env }).code).toBe(0);
		const [validEntry] = entries(join(own, 'rungs'));
		const validText = readFileSync(join(own, 'rungs', validEntry!), 'utf8');
		const dir = invalidFolder();
		expect(run(['validate', 'matrices'], { cwd: dir, env }).code).toBe(1);
		const name = entries(join(own, 'rungs')).find((n) => n !== validEntry)!;
		const body = validText.slice(validText.indexOf('\n') + 1);
		for (const forged of ['null', '{"ok":true}', body, validText, `${'0'.repeat(64)}\n${body}`, validText.slice(0, 100), '']) {
			writeFileSync(join(own, 'rungs', name), forged);
			const result = run(['validate', 'matrices'], { cwd: dir, env });
			expect(result.code, forged.slice(0, 40)).toBe(1);
			expect(result.stderr).toMatch(/error/);
			expectClean(result);
		}
		// Nine full validations of the bundled ladders and their translations: 109 s at load average 39;
		// the bound catches a hang, not slowness.
	}, 300_000);

	it('lives only in a folder of this user closed to others: not a shared /tmp with HOME="", not a folder owned by another', () => {
		const dir = project('cache-home');
		const tmp = join(scratch, 'tmp-for-home');
		mkdirSync(tmp);
		const result = run(['validate', 'matrices'], { cwd: dir, env: { HOME: '', TMPDIR: tmp } });
		expect(result.code).toBe(0);
		expect(readdirSync(tmp)).toEqual([]);

		// A folder someone else made first (only root can make one for another user here).
		const theirs = join(scratch, 'cache-theirs');
		mkdirSync(join(theirs, 'rungs'), { recursive: true, mode: 0o777 });
		chmodSync(join(theirs, 'rungs'), 0o777);
		if (process.getuid?.() === 0) {
			chownSync(join(theirs, 'rungs'), 65534, 65534);
			expect(run(['validate', 'matrices'], { cwd: dir, env: { XDG_CACHE_HOME: theirs } }).code).toBe(0);
			expect(readdirSync(join(theirs, 'rungs'))).toEqual([]);
		}

		// A link where the folder should be: not followed.
		const linked = join(scratch, 'cache-linked');
		mkdirSync(linked);
		symlinkSync(join(theirs, 'rungs'), join(linked, 'rungs'));
		expect(run(['validate', 'matrices'], { cwd: dir, env: { XDG_CACHE_HOME: linked } }).code).toBe(0);
		expect(readdirSync(join(theirs, 'rungs'))).toEqual([]);

		const open = join(scratch, 'cache-open');
		mkdirSync(join(open, 'rungs'), { recursive: true });
		chmodSync(join(open, 'rungs'), 0o755);
		expect(run(['validate', 'matrices'], { cwd: dir, env: { XDG_CACHE_HOME: open } }).code).toBe(0);
		expect(statSync(join(open, 'rungs')).mode & 0o777).toBe(0o700);
		expect(entries(join(open, 'rungs'))).toHaveLength(1);
	}, 120_000);

	it('is keyed by the build: another build of the same version does not reuse an entry', () => {
		const dir = project('cache-build');
		const own = join(scratch, 'cache-build-folder');
		const other = join(scratch, 'other-build.js');
		const text = readFileSync(bin, 'utf8');
		const id = /"([0-9a-f]{64})"/.exec(text)![1]!;
		writeFileSync(other, text.replace(id, id.replace(/^./, (c) => (c === 'a' ? 'b' : 'a'))));
		expect(run(['validate', 'matrices'], { cwd: dir, env: { XDG_CACHE_HOME: own } }).code).toBe(0);
		expect(entries(join(own, 'rungs'))).toHaveLength(1);
		const again = spawnSync(process.execPath, [other, 'validate', 'matrices'], { cwd: dir, env: { PATH: process.env.PATH ?? '', XDG_CACHE_HOME: own }, encoding: 'utf8' });
		expect(again.status).toBe(0);
		expect(entries(join(own, 'rungs'))).toHaveLength(2);
	}, 60_000);
});

describe('writing files', () => {
	it('init, export and migrate --out under a file (ENOTDIR): a plain message naming the path, exit 1', () => {
		const dir = project('enotdir');
		writeFileSync(join(dir, 'a-file'), 'x');
		const old = join(dir, 'old.yaml');
		writeFileSync(old, readFileSync(join(dir, 'matrices', 'support-representative.yaml'), 'utf8').replace(/^version: .*$/m, 'version: 0.9.0'));
		const assessment = join(dir, 'old-assessment.yaml');
		writeFileSync(assessment, readFileSync(join(dir, ASSESSMENT), 'utf8').replace('version: 2.0.0', 'version: 0.9.0'));
		for (const args of [
			['init', 'support-representative', '--out', 'a-file/me.yaml'],
			['export', 'support-representative', '--out', 'a-file/out.csv', '--format', 'csv'],
			['migrate', 'old-assessment.yaml', '--from', 'old.yaml', '--matrices', 'matrices', '--out', 'a-file/migrated.yaml'],
		]) {
			const result = run(args, { cwd: dir });
			expect(result.code, result.stderr).toBe(1);
			expect(result.stderr).toMatch(/^rungs: Cannot write `.*a-file\/[a-z]+\.[a-z]+`: a part of the path is a file, not a folder\. Nothing was written\.$/m);
			expectClean(result);
		}
	}, 60_000);

	it('into a folder this user may not write (EACCES, run as another user when the tests run as root): exit 1, plain', () => {
		const dir = project('eacces');
		const locked = join(dir, 'locked');
		mkdirSync(locked, { mode: 0o555 });
		chmodSync(locked, 0o555);
		chmodSync(dir, 0o755);
		const [command, ...prefix] = asAnotherUser();
		const result = spawnSync(command!, [...prefix, 'init', 'support-representative', '--out', 'locked/me.yaml'], {
			cwd: dir,
			env: { PATH: process.env.PATH ?? '', RUNGS_NO_CACHE: '1' },
			encoding: 'utf8',
		});
		expect(result.stderr).toMatch(/^rungs: Cannot write `.*locked\/me\.yaml`: permission denied\. Nothing was written\.$/m);
		expect(result.status).toBe(1);
		expect(hasStackTrace(result.stderr)).toBe(false);
	}, 60_000);

	it('validate and gap --batch on a folder with an unreadable subfolder name it and go on (EACCES, as another user)', () => {
		const dir = project('unreadable');
		mkdirSync(join(dir, 'team', 'private'), { recursive: true });
		cpSync(join(dir, ASSESSMENT), join(dir, 'team', 'noor.yaml'));
		chmodSync(join(dir, 'team', 'private'), 0o000);
		const [command, ...prefix] = asAnotherUser();
		const asNobody = (args: string[]) =>
			spawnSync(command!, [...prefix, ...args], { cwd: dir, env: { PATH: process.env.PATH ?? '', RUNGS_NO_CACHE: '1' }, encoding: 'utf8' });
		const validate = asNobody(['validate', 'team', '--matrices', 'matrices']);
		expect(validate.status, validate.stderr).toBe(1);
		expect(validate.stderr).toMatch(/team\/private:1:1 error FILE_NOT_READ/);
		expect(validate.stderr).toMatch(/the folder cannot be read: permission denied/);
		expect(hasStackTrace(validate.stderr)).toBe(false);
		const batch = asNobody(['gap', '--batch', 'team', '--matrices', 'matrices']);
		expect(batch.status).toBe(1);
		expect(batch.stdout.trim().split('\n').map((l) => (JSON.parse(l) as { file: string; ok: boolean }).file)).toEqual(['team/noor.yaml', 'team/private']);
	}, 60_000);

	it('12 simultaneous `init --out race.yaml`: exactly one writes, the others refuse, no temporary file is left', async () => {
		const dir = project('race');
		const results = await Promise.all(
			Array.from(
				{ length: 12 },
				() =>
					new Promise<Result>((resolve) => {
						const child = spawn(process.execPath, [bin, 'init', 'support-representative', '--out', 'race.yaml'], { cwd: dir, env: { PATH: process.env.PATH ?? '', XDG_CACHE_HOME: cache } });
						let stderr = '';
						child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
						child.on('close', (code) => resolve({ code, stdout: '', stderr }));
					}),
			),
		);
		expect(results.filter((r) => r.code === 0)).toHaveLength(1);
		expect(results.filter((r) => r.code === 2 && /race\.yaml` already exists/.test(r.stderr))).toHaveLength(11);
		expect(readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
		expect(run(['validate', 'race.yaml'], { cwd: dir }).code).toBe(0);
	}, 120_000);

	it('a SIGTERM or SIGINT while writing leaves neither the file nor the temporary one', async () => {
		// The writer itself, bundled from source, writing a text large enough to be caught mid-way.
		const { build } = await import('esbuild');
		const script = join(scratch, 'writer.mjs');
		await build({
			stdin: {
				contents: `import { writeFileSafely } from ${JSON.stringify(join(repoRoot, 'packages/cli/src/write-file.ts'))};\nawait writeFileSafely(process.argv[2], 'x'.repeat(256 * 1024 * 1024), { command: 'init' });`,
				resolveDir: scratch,
				loader: 'ts',
			},
			bundle: true,
			platform: 'node',
			format: 'esm',
			conditions: ['@rungs/source'],
			outfile: script,
			logLevel: 'silent',
			banner: { js: "import { createRequire as __r } from 'node:module'; const require = __r(import.meta.url);" },
		});
		for (const signal of ['SIGTERM', 'SIGINT'] as const) {
			const dir = join(scratch, `signal-${signal}`);
			mkdirSync(dir);
			const child = spawn(process.execPath, [script, join(dir, 'out.yaml')], { stdio: 'ignore' });
			const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
			const started = Date.now();
			while (!readdirSync(dir).some((n) => n.endsWith('.tmp')) && Date.now() - started < 30_000) await new Promise((r) => setTimeout(r, 2));
			child.kill(signal);
			const code = await exited;
			expect(code).toBe(signal === 'SIGTERM' ? 143 : 130);
			expect(readdirSync(dir)).toEqual([]);
		}
	}, 120_000);
});

describe('nothing from a file drives the terminal', () => {
	it('the text and Markdown gap reports name bidi and zero-width characters; batch JSON escapes DEL, C1 and bidi', () => {
		const dir = project('visible');
		const file = join(dir, 'matrices', 'examples', 'new-representative.yaml');
		writeFileSync(file, readFileSync(file, 'utf8').replace('name: Noor', 'name: "Noor\u202Egnp.exe\u200B\u2066"'));
		for (const format of ['text', 'markdown']) {
			const result = run(['gap', ASSESSMENT, '--format', format], { cwd: dir });
			expect(result.code).toBe(0);
			expect(result.stdout).toContain('Noor<U+202E>gnp.exe<U+200B><U+2066>');
			expectClean(result);
		}
		const named = (name: string) => EXAMPLES[0]!.replace(/"name":"[^"]*"/, `"name":"${name}"`);
		const batch = run(['gap', '--batch', '-', '--matrices', 'matrices'], { cwd: dir, input: `${named('Jo\u202enas\u200b')}\n${named('Jo\u007f\u009bnas')}\n` });
		expectClean(batch);
		const [bidi, controls] = batch.stdout.trim().split('\n');
		expect(bidi).toContain('"name":"Jo\\u202enas\\u200b"');
		expect(JSON.parse(bidi!).report.person.name).toBe('Jo\u202enas\u200b');
		expect(JSON.parse(controls!).ok).toBe(false);
	}, 60_000);

	it('a usage error naming a walked file with escape sequences shows them, never obeys them', () => {
		const dir = join(scratch, 'escapes');
		mkdirSync(join(dir, 'folder'), { recursive: true });
		writeFileSync(join(dir, 'folder', 'x\u001b[2J\u001b]0;PWNED\u0007y.yaml'), 'a: 1\n');
		const result = run(['validate', 'folder'], { cwd: dir });
		expect(result.code).toBe(2);
		expect(result.stderr).toContain('x<U+001B>[2J<U+001B>]0;PWNED<U+0007>y.yaml');
		expectClean(result);
	}, 60_000);
});

describe('migrate moves long removed content without making an invalid file', () => {
	it('a removed competency with long evidence: exit 0, the file validates, every word kept', () => {
		const dir = project('migrate-long');
		// Removing a competency makes its French translation name an unknown id, an error (#18): an editor
		// updates the translation in the same change. This test is about migrate, so it has none.
		rmSync(join(dir, 'matrices', 'i18n'), { recursive: true, force: true });
		const ladder = join(dir, 'matrices', 'support-representative.yaml');
		const text = readFileSync(ladder, 'utf8');
		writeFileSync(join(dir, 'old-ladder.yaml'), text);
		// Version 3 drops account-care.
		const start = text.indexOf('  - id: account-care');
		expect(start).toBeGreaterThan(0);
		const end = text.indexOf('\n  - id: ', start + 10);
		const v3 = text.replace('version: 2.0.0', 'version: 3.0.0');
		writeFileSync(ladder, v3.slice(0, v3.indexOf('  - id: account-care')) + v3.slice(end === -1 ? v3.length : v3.indexOf('\n  - id: ', v3.indexOf('  - id: account-care') + 10) + 1));
		const assessment = parse(readFileSync(join(dir, 'matrices', 'examples', 'representative-ready-for-senior.yaml'), 'utf8')) as { notes?: string; ratings: Record<string, { evidence?: Array<{ summary: string }> }> };
		const words = Array.from({ length: 12 }, (_, i) => `evidence-${i}-${'w'.repeat(1880)}\u000b end`);
		assessment.ratings['account-care']!.evidence = words.map((summary) => ({ summary }));
		assessment.notes = `My own notes. ${'n'.repeat(15000)}`;
		writeFileSync(join(dir, 'old.yaml'), JSON.stringify(assessment));
		expect(run(['validate', 'old.yaml', '--matrices', 'matrices'], { cwd: dir }).stderr).toContain('LADDER_MAJOR_MISMATCH');
		const result = run(['migrate', 'old.yaml', '--from', 'old-ladder.yaml', '--out', 'new.yaml'], { cwd: dir });
		expect(result.code, result.stderr).toBe(0);
		expectClean(result);
		const written = readFileSync(join(dir, 'new.yaml'), 'utf8');
		expect(run(['validate', 'new.yaml', '--matrices', 'matrices'], { cwd: dir }).code).toBe(0);
		for (const word of words) expect(written).toContain(word.replace('\u000b', '<U+000B>'));
		expect((parse(written) as { notes: string }).notes).toContain('My own notes.');
	}, 60_000);
});
