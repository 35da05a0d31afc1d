import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PROBLEM_CODES } from '@rungs/core/schema';
import { type ProblemCode } from '@rungs/core';

/*
 * The hostile corpus, fixtures/hostile/: each file is named `<what it is>.<target>.yaml` and starts
 * with `# <what it is>: expect <CODE> at <line>:<column>` (or `…: expect loads`). The target says how
 * it is loaded: `assessment` is an assessment of the valid fixture framework; `framework`,
 * `shared-competencies`, `career-paths`, `rep` or `engineer` replaces that file of the valid set;
 * anything else is added to the set as `<target>.yaml`.
 */

export const HOSTILE_DIR = fileURLToPath(new URL('./fixtures/hostile/', import.meta.url));
export const VALID_DIR = fileURLToPath(new URL('./fixtures/valid/', import.meta.url));

export interface HostileCase {
	name: string;
	target: string;
	bytes: Uint8Array;
	expected: { loads: true } | { loads: false; code: ProblemCode; line: number; column: number };
}

export function readHostileCase(name: string): HostileCase {
	const [, target] = /\.([a-z0-9-]+)\.yaml$/.exec(name) ?? [];
	const bytes = new Uint8Array(readFileSync(join(HOSTILE_DIR, name)));
	// The first line, whatever the line endings; a byte-order mark before it is part of the case.
	const first = new TextDecoder('utf-8').decode(bytes.subarray(0, 400)).replace(/^\uFEFF/, '').split(/\r\n|\r|\n/)[0]!;
	const match = /^# .+: expect (?:(loads)|([A-Z_]+) at (\d+):(\d+))$/.exec(first);
	if (!target || !match) throw new Error(`fixtures/hostile/${name}: name it <what>.<target>.yaml and start it with "# <what>: expect <CODE> at <line>:<column>" or "…: expect loads".`);
	const code = match[2] as ProblemCode | undefined;
	if (code && !PROBLEM_CODES.includes(code)) throw new Error(`fixtures/hostile/${name}: ${code} is not a code of the catalog.`);
	return { name, target, bytes, expected: match[1] ? { loads: true } : { loads: false, code: code!, line: Number(match[3]), column: Number(match[4]) } };
}

/** Every case of the corpus, by name. */
export const hostileCases = (): HostileCase[] =>
	readdirSync(HOSTILE_DIR)
		.filter((name) => name.endsWith('.yaml'))
		.sort()
		.map(readHostileCase);
