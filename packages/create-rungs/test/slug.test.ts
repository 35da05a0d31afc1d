import { describe, expect, it } from 'vitest';
import { slug } from '../src/slug.ts';

describe('slug', () => {
	it.each([
		['My Ladders!', 'my-ladders'],
		['Échelles de carrière', 'echelles-de-carriere'],
		['--', 'fallback'],
		['', 'fallback'],
		// Cut at 60 characters, with no hyphen left at the end.
		[`${'a'.repeat(59)} b`, 'a'.repeat(59)],
	])('makes an id of %j', (text, id) => {
		expect(slug(text, 'fallback')).toBe(id);
	});
});
