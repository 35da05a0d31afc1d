// every old name of the matrix → ladder rename (issue #13) still works.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { assess, identifySource, migrationNeeded, parseAssessment, parseFramework, rewriteAssessmentText, type Framework, type SourceFile } from '@rungs/core';
import { valueOf } from './_fixtures.ts';

// The repository's own ladders and examples, as they are (new names) and as they were written before
// the rename: `format: rungs/matrix@1`, an assessment's `matrix:` and `target.matrix`, a path's `from.matrix`.
const root = new URL('../../../matrices/', import.meta.url);
const yamlIn = (dir: URL, prefix: string): SourceFile[] =>
	readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort().map((f) => ({ path: `${prefix}${f}`, text: readFileSync(new URL(f, dir), 'utf8') }));
const toOld = (text: string) =>
	text
		.replace(/^format: rungs\/ladder@1$/m, 'format: rungs/matrix@1')
		.replace(/^ladder:/m, 'matrix:')
		.replace(/^(\s+)ladder: /gm, '$1matrix: ');
const now = yamlIn(root, 'matrices/');
const old = now.map((s) => ({ ...s, text: toOld(s.text) }));
const examples = yamlIn(new URL('examples/', root), 'matrices/examples/');
const framework: Framework = valueOf(parseFramework(now));

describe('files written before the rename', () => {
	it('are really old: every ladder says rungs/matrix@1 and every example matrix:', () => {
		expect(old.filter((s) => s.text.includes('format: rungs/matrix@1')).length).toBeGreaterThanOrEqual(4);
		for (const s of examples) expect(toOld(s.text)).toMatch(/^matrix: /m);
	});

	it('load into the same framework as today’s files', () => {
		const fromOld = valueOf(parseFramework(old));
		expect(fromOld).toEqual(framework);
	});

	it.each(examples.map((s) => [s.path, s] as const))('%s (with `matrix:`) validates and assesses exactly as with `ladder:`', (_path, source) => {
		const before = valueOf(parseAssessment({ ...source, text: toOld(source.text) }, framework));
		const after = valueOf(parseAssessment(source, framework));
		expect(before).toEqual(after);
		expect(assess(framework, before)).toEqual(assess(framework, after));
	});

	it('are located in their own text: a problem under `ladder` points at the old `matrix:` key', () => {
		const source = examples.find((s) => s.path.endsWith('new-representative.yaml'))!;
		const text = toOld(source.text).replace(/^(matrix: \{[^}]*version: )[0-9.]+/m, '$19.0.0');
		const result = parseAssessment({ path: 'old.yaml', text }, framework);
		const line = text.split('\n').findIndex((l) => l.startsWith('matrix:')) + 1;
		expect(result.ok ? [] : result.problems.map((p) => [p.code, p.line, p.path])).toEqual([['LADDER_MAJOR_MISMATCH', line, ['ladder', 'version']]]);
	});

	it('say what they are to identifySource, as today’s do', () => {
		for (const s of [...now, ...examples]) expect(identifySource({ ...s, text: toOld(s.text) })).toEqual(identifySource(s));
	});

	it('need a minor migration (the key), which rewrites only the key and keeps comments', () => {
		const source = examples[0]!;
		const oldText = toOld(source.text);
		const oldData = { ...valueOf(parseAssessment(source, framework)) } as Record<string, unknown>;
		const { ladder, ...rest } = oldData;
		expect(migrationNeeded(framework, valueOf(parseAssessment(source, framework)))).toBe('none');
		expect(migrationNeeded(framework, { matrix: ladder, ...rest } as never)).toBe('minor');
		const rewritten = rewriteAssessmentText(oldText, valueOf(parseAssessment({ ...source, text: oldText }, framework)));
		expect(rewritten).toBe(source.text);
	});
});
