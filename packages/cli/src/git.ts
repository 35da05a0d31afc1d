import { execFileSync } from 'node:child_process';
import { UsageError } from './io.ts';

/** Runs git and returns its output; a failure becomes a usage error with git's own words. */
export function git(args: string[], cwd: string, command: string): string {
	try {
		return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
	} catch (error) {
		const stderr = String((error as { stderr?: unknown }).stderr ?? '').trim();
		const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
		throw new UsageError(missing ? 'git is not installed, and this needs it.' : `git ${args[0]} failed: ${stderr.split('\n')[0] || String(error)}`, command);
	}
}

/** The text of every YAML file directly in `dir` (relative to the repository) at a revision. */
/** `dir` without its trailing slashes, in one pass (the pattern `/\/+$/` backtracks quadratically on a run of slashes). */
function withoutTrailingSlashes(dir: string): string {
	let end = dir.length;
	while (end > 0 && dir[end - 1] === '/') end--;
	return dir.slice(0, end);
}

export function filesAtRevision(revision: string, dir: string, cwd: string, command: string): Array<{ path: string; text: string }> {
	const top = git(['rev-parse', '--show-toplevel'], cwd, command).trim();
	const prefix = git(['rev-parse', '--show-prefix'], cwd, command).trim();
	const inRepo = withoutTrailingSlashes(`${prefix}${dir}`).replace(/^\.\//, '');
	const names = git(['ls-tree', '--name-only', `${revision}:${inRepo}`], top, command)
		.split('\n')
		.filter((name) => /\.ya?ml$/i.test(name));
	return names.map((name) => ({ path: `${withoutTrailingSlashes(dir)}/${name}`, text: git(['show', `${revision}:${inRepo}/${name}`], top, command) }));
}
