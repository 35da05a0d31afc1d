import { dirname, relative, resolve } from 'node:path';
import { findLadder, identifySource, parseFramework, type Framework } from '@rungs/core';
import { MAX_SOURCE_BYTES } from '@rungs/core/schema';
import { filesAtRevision, git, gitBytes } from './git.ts';
import type { Io } from './io.ts';

/**
 * The framework as it stood when a ladder's file had `version`, from the git history of that file:
 * the newest commit whose file says that version, with the folder's other files as they were then.
 * Undefined when no commit has it; git's own failures (no repository, no git) are usage errors.
 */
export function frameworkAtVersion(framework: Framework, ladderId: string, version: string, io: Io, command: string): Framework | undefined {
	const file = findLadder(framework, ladderId)!.file;
	const dir = dirname(file);
	const commits = git(['log', '--format=%H', '--', file], io.cwd, command).split('\n').filter(Boolean);
	const inRepo = relative(git(['rev-parse', '--show-toplevel'], io.cwd, command).trim(), resolve(io.cwd, file));
	for (const commit of commits) {
		let text: string;
		try {
			// A version of the file past the byte bound is not one an assessment was made on.
			text = new TextDecoder().decode(gitBytes(['show', `${commit}:${inRepo}`], io.cwd, command, MAX_SOURCE_BYTES + 1));
		} catch {
			continue;
		}
		if (identifySource({ path: `${commit.slice(0, 8)}:${inRepo}`, text }).version !== version) continue;
		const files = filesAtRevision(commit, dir, io.cwd, command);
		if (files.problems.length > 0) continue;
		const result = parseFramework(files.sources, { root: `${commit.slice(0, 8)}:${dir}` });
		if (result.ok) return result.value;
	}
	return undefined;
}
