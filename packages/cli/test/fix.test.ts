import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasStackTrace, repoRoot, rungs } from './_run.ts';

/** A copy of the repository's ladders where support-representative.yaml's first competency starts with a plain-text statement. */
function laddersWithPlainStatement() {
	const dir = mkdtempSync(join(tmpdir(), 'rungs-fix-'));
	cpSync(join(repoRoot, 'matrices'), dir, { recursive: true });
	const ladder = join(dir, 'support-representative.yaml');
	const explicit = readFileSync(ladder, 'utf8');
	const at = explicit.indexOf('expectations:', explicit.indexOf('\ncompetencies:'));
	const first = /^( +)- id: /m.exec(explicit.slice(at))!;
	const start = at + first.index;
	const text = 'Asks a colleague before guessing.';
	const plain = `${explicit.slice(0, start)}${first[1]}- ${text}  # written plain\n${explicit.slice(start)}`;
	writeFileSync(ladder, plain);
	return { dir, ladder, plain, indent: first[1]!, text };
}

describe('rungs fix --ids', () => {
	it('prints what it would write with --dry-run, writes it in place without, and then finds nothing to do', () => {
		const { dir, ladder, plain, indent, text } = laddersWithPlainStatement();
		const dry = rungs(['fix', '--ids', dir, '--dry-run']);
		expect(dry.code).toBe(0);
		expect(dry.stdout).toMatch(/support-representative\.yaml: would write 1 statement id\n {2}line \d+: /);
		expect(readFileSync(ladder, 'utf8')).toBe(plain);

		const fixed = rungs(['fix', '--ids', dir]);
		expect(fixed.code).toBe(0);
		const id = /line \d+: \S+ (\S+)/.exec(fixed.stdout)![1]!;
		expect(readFileSync(ladder, 'utf8')).toBe(plain.replace(`${indent}- ${text}  # written plain`, `${indent}- id: ${id}\n${indent}  text: ${text}  # written plain`));
		expect(rungs(['validate', ladder])).toMatchObject({ code: 0 });

		const again = rungs(['fix', '--ids', dir]);
		expect(again).toMatchObject({ code: 0, stdout: '' });
		expect(again.stderr).toContain('nothing to write');
	});

	it('touches no file of a folder with errors, and says where they are', () => {
		const { dir, ladder, plain } = laddersWithPlainStatement();
		const broken = plain.replace(/^title: /m, 'titel: ');
		writeFileSync(ladder, broken);
		const result = rungs(['fix', '--ids', dir]);
		expect(result.code).toBe(1);
		expect(result.stderr).toMatch(/support-representative\.yaml:\d+:\d+/);
		expect(hasStackTrace(result.stderr)).toBe(false);
		expect(readFileSync(ladder, 'utf8')).toBe(broken);
	});

	it('asks what to fix without --ids', () => {
		expect(rungs(['fix', 'matrices'])).toMatchObject({ code: 2 });
	});
});
