import { execFileSync } from 'node:child_process';
import { createProblem, decodeSource, type Problem, type SourceFile } from '@rungs/core';
import { MAX_SOURCE_BYTES } from '@rungs/core/schema';
import { UsageError } from './io.ts';

/** Runs git and returns its output; a failure becomes a usage error with git's own words. */
export function git(args: string[], cwd: string, command: string): string {
	return new TextDecoder().decode(gitBytes(args, cwd, command, 64 * 1024 * 1024));
}

/** git's output as bytes, refused past `maxBytes` (git stops when its pipe closes). */
export function gitBytes(args: string[], cwd: string, command: string, maxBytes: number): Uint8Array {
	try {
		return execFileSync('git', args, { cwd, stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: maxBytes });
	} catch (error) {
		const stderr = String((error as { stderr?: unknown }).stderr ?? '').trim();
		const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
		throw new UsageError(missing ? 'git is not installed, and this needs it.' : `git ${args[0]} failed: ${stderr.split('\n')[0] || String(error)}`, command);
	}
}

const nowhere = { line: 1, column: 1, endColumn: 2 };

/** `dir` without its trailing slashes, in one pass (the pattern `/\/+$/` backtracks quadratically on a run of slashes). */
function withoutTrailingSlashes(dir: string): string {
	let end = dir.length;
	while (end > 0 && dir[end - 1] === '/') end--;
	return dir.slice(0, end);
}

/**
 * The text of every YAML file directly in `dir` (relative to the repository) at a revision, under
 * the rules files on disk are read by: regular files only (a link committed to git is refused, never
 * followed), each within the byte bound (checked on the size git records, which is the real one,
 * before anything is read), as UTF-8; every file not read is a problem with its path and why.
 */
export function filesAtRevision(revision: string, dir: string, cwd: string, command: string): { sources: SourceFile[]; problems: Problem[] } {
	const top = git(['rev-parse', '--show-toplevel'], cwd, command).trim();
	const prefix = git(['rev-parse', '--show-prefix'], cwd, command).trim();
	const inRepo = withoutTrailingSlashes(`${prefix}${dir}`).replace(/^\.\//, '');
	const shownDir = withoutTrailingSlashes(dir);
	const sources: SourceFile[] = [];
	const problems: Problem[] = [];
	// `<mode> <type> <object> <size>\t<name>`, NUL-terminated so that no name can forge an entry.
	const entries = git(['ls-tree', '-z', '--long', `${revision}:${inRepo}`], top, command).split('\0').filter(Boolean);
	for (const entry of entries) {
		const tab = entry.indexOf('\t');
		const [mode, type, object, size] = entry.slice(0, tab).split(/ +/);
		const name = entry.slice(tab + 1);
		if (!/\.ya?ml$/i.test(name) || type === 'tree') continue;
		const path = `${shownDir}/${name}`;
		const where = { file: { path: `${revision}:${path}`, text: '' }, span: nowhere, path: [] };
		if (type !== 'blob' || (mode !== '100644' && mode !== '100755')) {
			const reason = mode === '120000' ? 'link' : 'not-regular';
			problems.push(createProblem('FILE_NOT_READ', { path: where.file.path, reason }, where));
			continue;
		}
		if (Number(size) > MAX_SOURCE_BYTES) {
			problems.push(createProblem('FILE_TOO_LARGE', { size: Number(size), limit: MAX_SOURCE_BYTES }, where));
			continue;
		}
		const decoded = decodeSource(path, gitBytes(['cat-file', 'blob', object!], top, command, MAX_SOURCE_BYTES + 1));
		if (decoded.problems.length > 0) problems.push(...decoded.problems.map((p) => ({ ...p, file: where.file.path })));
		else sources.push(decoded.file);
	}
	return { sources, problems };
}
