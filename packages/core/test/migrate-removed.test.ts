import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { migrateAssessment, stringifyAssessment, type Ladder } from '@rungs/core';
import { frenchMessages } from '@rungs/core/render';
import { exampleAssessment, validFramework , valueOf } from './_fixtures.ts';
import { readdirSync } from 'node:fs';
import { runs } from './_runs.ts';

/*
 * Moving removed content never makes an invalid file, nor drops any: what does not fit in the
 * notes is kept whole in a trailing comment, and a comment holds any text without breaking the file.
 */

describe('stringifyAssessment with a trailing comment', () => {
	it('property: any text as the comment leaves the data exactly as it was', () => {
		const data = { format: 'x', notes: 'a' };
		const plain = parse(stringifyAssessment(data as never));
		fc.assert(
			fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
				const written = stringifyAssessment(data as never, undefined, text);
				expect(parse(written)).toEqual(plain);
				for (const line of written.split('\n').slice(2)) if (line) expect(line.startsWith('#')).toBe(true);
			}),
			{ numRuns: runs(400) },
		);
	}, 60_000);
});

/** The first example assessment, its ladder, and that ladder in 9.0.0 without the first competency it rates. */
function removalOfARatedCompetency() {
	const framework = validFramework();
	const name = readdirSync(new URL('./fixtures/valid/examples/', import.meta.url)).sort()[0]!;
	const assessment = exampleAssessment(name, framework);
	const before = framework.ladders.find((m) => m.id === assessment.ladder.id)!;
	const gone = before.competencies.find((c) => assessment.ratings[c.id])!;
	const after: Ladder = { ...before, version: '9.0.0', competencies: before.competencies.filter((c) => c.id !== gone.id) };
	return { assessment, before, after, gone };
}

describe('migrateAssessment', () => {
	it('keeps removed content longer than the notes may hold: notes within the limit, the rest in `removed`', () => {
		const { assessment, before, after, gone } = removalOfARatedCompetency();
		const long = Array.from({ length: 12 }, (_, i) => `item-${i} ${'z'.repeat(1900)}`);
		const withEvidence = { ...assessment, notes: 'n'.repeat(19000), ratings: { ...assessment.ratings, [gone.id]: { ...assessment.ratings[gone.id]!, evidence: long.map((summary) => ({ summary })) } } };
		const moved = valueOf(migrateAssessment(withEvidence, before, after));
		expect([...moved.assessment.notes!].length).toBeLessThanOrEqual(20000);
		expect(moved.assessment.notes).toContain('n'.repeat(19000));
		for (const item of long) expect(moved.removed).toContain(item);
	});

	it('writes its notes in the catalog it is given: French with frenchMessages, English without', () => {
		const { assessment, before, after, gone } = removalOfARatedCompetency();
		// Without notes of its own, and the removed competency not rated but with evidence.
		const { notes, ...withoutNotes } = assessment;
		const { rating, ...unrated } = assessment.ratings[gone.id]!;
		void [notes, rating];
		const withEvidence = { ...withoutNotes, ratings: { ...assessment.ratings, [gone.id]: { ...unrated, evidence: [{ summary: 'Ticket 42' }, { summary: 'Ticket 43' }] } } };
		const french = valueOf(migrateAssessment(withEvidence, before, after, { messages: frenchMessages }));
		expect(french.assessment.notes).toBe(
			`Passée de ${before.title} ${before.version} à 9.0.0. La compétence \`${gone.id}\` a été retirée en 9.0.0\u00a0; son appréciation était\u00a0: non appréciée, 2 preuves\u00a0: Ticket 42 / Ticket 43.`,
		);
		const english = valueOf(migrateAssessment(withEvidence, before, after));
		expect(english.assessment.notes).toBe(`Migrated from ${before.title} ${before.version} to 9.0.0. The competency \`${gone.id}\` was removed in 9.0.0; its rating was: not rated, 2 evidence item(s): Ticket 42 / Ticket 43.`);
		// The changes are data either way: the same codes and parameters.
		expect(french.changes).toEqual(english.changes);
	});

	it('keeps the pointer and the removed text in the catalog\'s language when the notes overflow', () => {
		const { assessment, before, after, gone } = removalOfARatedCompetency();
		const long = { ...assessment, notes: 'n'.repeat(10000), ratings: { ...assessment.ratings, [gone.id]: { ...assessment.ratings[gone.id]!, evidence: [{ summary: 'z'.repeat(15000) }] } } };
		const moved = valueOf(migrateAssessment(long, before, after, { messages: frenchMessages }));
		expect(moved.assessment.notes).toContain('Ce qui a été retiré dépasse la taille permise des notes');
		expect(moved.removed).toMatch(/^Retiré lors du passage de .+ à 9\.0\.0\u00a0:\nLa compétence /);
	});
});
