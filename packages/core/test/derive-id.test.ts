import { describe, expect, it } from 'vitest';
import { slugId, statementIds } from '../src/model/derive-id.ts';

describe('slugId', () => {
	it('keeps the words, in lower-case ASCII, without accents or punctuation', () => {
		expect(slugId('Owns the **whole** conversation, end to end.')).toBe('owns-the-whole-conversation-end-to-end');
		expect(slugId('Décide seul d’un geste commercial')).toBe('decide-seul-d-un-geste-commercial');
		expect(slugId('Works in L1–L2 queues')).toBe('works-in-l1-l2-queues');
	});
	it('reads the words of inline Markdown, not its link addresses', () => {
		expect(slugId('Follows [the runbook](https://example.com/runbooks/escalation) *closely*')).toBe('follows-the-runbook-closely');
		expect(slugId('Uses `rungs fix --ids`')).toBe('uses-rungs-fix-ids');
	});
	it('cuts at a word boundary at 48 characters', () => {
		const id = slugId('Explains complex technical problems to customers in plain words they can act on without help');
		expect(id.length).toBeLessThanOrEqual(48);
		expect(id).toBe('explains-complex-technical-problems-to-customers');
		expect(slugId('x'.repeat(100))).toBe('x'.repeat(48));
	});
	it('gives `s` when no letter or digit is left', () => {
		expect(slugId('— … —')).toBe('s');
		expect(slugId('日本語')).toBe('s');
	});
});

describe('statementIds', () => {
	it('derives ids for plain strings, keeps explicit ids, and numbers repeats in file order', () => {
		expect(statementIds(['Takes ownership', { id: 'takes-ownership' }, 'Takes ownership.', 'Asks for help'])).toEqual([
			'takes-ownership-2',
			'takes-ownership',
			'takes-ownership-3',
			'asks-for-help',
		]);
	});
	it('is deterministic', () => {
		const list = ['A b', 'A b', { id: 'a-b-2' }, 'A b'];
		expect(statementIds(list)).toEqual(statementIds([...list]));
		expect(statementIds(list)).toEqual(['a-b', 'a-b-3', 'a-b-2', 'a-b-4']);
	});
});
