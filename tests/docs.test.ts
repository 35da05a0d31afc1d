import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fieldReference, withFieldReference } from '../scripts/field-reference.js';

describe('matrices/README.md', () => {
	const readme = readFileSync(new URL('../matrices/README.md', import.meta.url), 'utf8');

	it('has a field reference in step with the schemas (run `node scripts/field-reference.js` if not)', () => {
		expect(readme).toBe(withFieldReference(readme, fieldReference(new URL('../schemas/', import.meta.url))));
	});

	it('documents every field of a ladder that an editor can write', () => {
		for (const field of ['levels[].authority.decideAlone[].limit', 'sharedCompetencies[].expectations', 'competencies[].levelNotes', 'levels[].metricsUrl']) {
			expect(readme).toContain(`\`${field}\``);
		}
	});
});
