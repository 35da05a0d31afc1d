import { describe, expect, it } from 'vitest';
import { enTeam } from '../packages/astro/src/i18n/en-team.ts';
import { frTeam } from '../packages/astro/src/i18n/fr-team.ts';

// The team page's text (#19 §1): the French twin has every sentence of the English, the same
// template slots, and French spacing; neither holds an empty sentence.

/** Every string of a dictionary, by its path (`script.reading.one`). */
const strings = (value: unknown, path = ''): Array<[string, string]> =>
	typeof value === 'string' ? [[path, value]] : Object.entries(value as object).flatMap(([key, inner]) => strings(inner, path ? `${path}.${key}` : key));

const slots = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the team page’s text', () => {
	const en = new Map(strings(enTeam));
	const fr = new Map(strings(frTeam));

	it('has a French sentence for every English one, with the same slots', () => {
		expect([...fr.keys()].sort()).toEqual([...en.keys()].sort());
		for (const [path, text] of en) expect({ path, slots: slots(fr.get(path)!) }).toEqual({ path, slots: slots(text) });
		for (const [path, text] of [...en, ...fr]) expect({ path, text: text.trim() === '' }).toEqual({ path, text: false });
	});

	it('spaces French punctuation with no-break spaces: before : and narrow before ; ! ? and inside « »', () => {
		const french = [...fr.values()].join('\n');
		expect(french).not.toMatch(/ [:;!?»]|« /);
		expect(french).toContain('\u00a0:');
		for (const [path, text] of fr) expect({ path, bad: /[^\u00a0\u202f\s]:(?!\/\/)|[^\u202f\s][;!?]|«[^\u202f]|[^\u202f]»/.test(text.replace(/\.[a-z]+|--\w+|\{\w+\}/g, '')) }).toEqual({ path, bad: false });
	});
});
