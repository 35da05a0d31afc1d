import { suggest } from '@rungs/core';
import type { Locale } from '@rungs/core/render';

/** " Did you mean `validate`?" when a known word is close to what was typed, else nothing: the CLI's one "did you mean". */
export const didYouMean = (typed: string, known: readonly string[]): string => {
	const suggestion = suggest(typed, known);
	return suggestion ? ` Did you mean \`${suggestion}\`?` : '';
};

/** Where a command reads and writes; tests pass their own. */
export interface Io {
	stdout: NodeJS.WritableStream & { isTTY?: boolean };
	stderr: NodeJS.WritableStream & { isTTY?: boolean };
	stdin: NodeJS.ReadableStream & { isTTY?: boolean };
	env: NodeJS.ProcessEnv;
	cwd: string;
	/** The language problems and reports are printed in (`--lang`, else the environment); English when unset. */
	locale?: Locale;
}

/** Colour only on a terminal, never with NO_COLOR or a dumb terminal; FORCE_COLOR forces it. */
export function useColor(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv): boolean {
	if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
	if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0') return true;
	return stream.isTTY === true && env.TERM !== 'dumb';
}

/** A mistake in how the command was called: printed with the command's usage, exit code 2. */
export class UsageError extends Error {
	override name = 'UsageError';
	readonly command: string | undefined;
	constructor(message: string, command?: string) {
		super(message);
		this.command = command;
	}
}

/** Exit codes, documented in the README. */
export const EXIT = {
	ok: 0,
	problems: 1,
	usage: 2,
	bug: 3,
} as const;
