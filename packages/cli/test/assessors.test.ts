import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AssessorsReportSchema } from '@rungs/core/schema';
import { hasStackTrace, repoRoot, rungs } from './_run.ts';

const examples = join(repoRoot, 'matrices/examples');
const self = join(examples, 'engineer-aiming-senior-self.yaml');
const manager = join(examples, 'engineer-aiming-senior-manager.yaml');
// A peer's assessment of Jonas: the manager's file with another assessor.
const dir = mkdtempSync(join(tmpdir(), 'rungs-assessors-'));
const peer = join(dir, 'peer.yaml');
writeFileSync(peer, readFileSync(manager, 'utf8').replace(/assessor: \{[^}]*\}/, 'assessor: { role: peer, name: Sam }'));
const stranger = join(dir, 'stranger.yaml');
writeFileSync(stranger, readFileSync(manager, 'utf8').replace('person: { name: Jonas, id: jonas }', 'person: { name: Someone Else, id: someone-else }'));
const ladders = ['--matrices', join(repoRoot, 'matrices')];

describe('rungs gap --compare with several assessors', () => {
	it('sets three assessments side by side, the widest spread first', () => {
		const run = rungs(['gap', self, '--compare', manager, peer, ...ladders]);
		expect(run.stderr).toBe('');
		expect(run.code).toBe(0);
		expect(run.stdout).toContain('Calibration of 3 assessments: Jonas');
		expect(run.stdout).toContain('peer (Sam)');
		// Competencies to discuss (`!`) come before those where everyone agrees (`=`).
		expect(run.stdout.indexOf('\n! ')).toBeGreaterThan(0);
		expect(run.stdout.indexOf('\n! ')).toBeLessThan(run.stdout.indexOf('\n= '));
	});

	it('takes the extra assessors as repeated flags too, and writes JSON matching schemas/assessors-report.schema.json', () => {
		const run = rungs(['gap', self, '--compare', manager, '--compare', peer, '--format', 'json', ...ladders]);
		expect(run.code).toBe(0);
		const report = JSON.parse(run.stdout);
		expect(AssessorsReportSchema.safeParse(report).success).toBe(true);
		expect(report.assessors.map((a: { assessor: { role: string } }) => a.assessor.role)).toEqual(['self', 'manager', 'peer']);
	});

	it('keeps two files a calibration of two', () => {
		const run = rungs(['gap', self, '--compare', manager, ...ladders]);
		expect(run.code).toBe(0);
		expect(run.stdout).toContain('Calibration: Jonas');
	});

	it('locates an assessment of someone else in its own file', () => {
		const run = rungs(['gap', self, '--compare', manager, stranger, ...ladders]);
		expect(run.code).toBe(1);
		expect(run.stderr).toContain('stranger.yaml:');
		expect(run.stderr).toContain('ASSESSMENTS_NOT_COMPARABLE');
		expect(run.stderr).not.toContain('peer.yaml');
		expect(hasStackTrace(run.stderr)).toBe(false);
	});

	it.each(['markdown', 'html'])('writes %s in French', (format) => {
		const run = rungs(['gap', self, '--compare', manager, peer, '--format', format, '--lang', 'fr', ...ladders]);
		expect(run.code).toBe(0);
		expect(run.stdout).toContain('Calibrage de 3 évaluations');
	});
});
