import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { rungs } from './_run.ts';

// A ladder whose competencies differ per level (core's fixtures/levels): `desk` — triage from
// regular, filing up to regular, mentoring at senior only, the shared listening up to regular.
const ladders = fileURLToPath(new URL('../../core/test/fixtures/levels/', import.meta.url));

describe('rungs init and gap on a ladder whose competencies differ per level', () => {
	it('asks only for the competencies of the target level, and filling them in reaches it', () => {
		const init = rungs(['init', 'desk', '--level', 'regular', '--matrices', ladders]);
		expect(init.code).toBe(0);
		const template = parse(init.stdout) as { target: string; ratings: Record<string, { rating?: string }> };
		expect(template.target).toBe('senior');
		expect(Object.keys(template.ratings)).toEqual(['answering', 'triage', 'mentoring']);
		expect(init.stdout).not.toContain('Filing');

		const dir = mkdtempSync(join(tmpdir(), 'rungs-levels-'));
		for (const rating of Object.values(template.ratings)) rating.rating = 'consistently';
		writeFileSync(join(dir, 'me.yaml'), stringify(template));
		const gap = rungs(['gap', join(dir, 'me.yaml'), '--matrices', ladders, '--format', 'json']);
		expect(gap.stderr).toBe('');
		const report = JSON.parse(gap.stdout) as { readiness: { meetsRule: boolean }; competencies: Array<{ id: string }> };
		expect(report.competencies.map((c) => c.id)).toEqual(['answering', 'triage', 'mentoring']);
		expect(report.readiness.meetsRule).toBe(true);
	});

	it('warns, located, about a rating of a competency that does not apply at the target', () => {
		const dir = mkdtempSync(join(tmpdir(), 'rungs-levels-'));
		const file = join(dir, 'me.yaml');
		const text = ['format: rungs/assessment@1', 'person: { name: Rita }', 'ladder: { id: desk, version: 1.0.0 }', 'assessor: { role: self }', 'date: 2026-10-08', 'current: regular', 'target: senior', 'ratings:', '  filing:', '    rating: consistently', ''].join('\n');
		writeFileSync(file, text);
		const result = rungs(['validate', file, '--matrices', ladders]);
		expect(result.code).toBe(0);
		expect(result.stdout + result.stderr).toMatch(/me\.yaml:9:3 warning COMPETENCY_NOT_AT_LEVEL/);
	});
});
