/// <reference types="vite/client" />
// urls.ts reads Vite's import.meta.env.BASE_URL: the pages that use it are compiled by Vite, as vitest compiles this file.
import { describe, expect, it } from 'vitest';
import { changesHref, href, levelHref, moveHref } from '../packages/astro/src/lib/urls.ts';

// The site's addresses (@rungs/astro): under the base path, with a trailing slash on pages, and a
// locale's prefix when one is given, so a French site can be added under /fr/ (issue #15).

describe('site addresses', () => {
	it('end pages with a slash, but not files or fragments', () => {
		expect(href('')).toBe('/');
		expect(href('ladders')).toBe('/ladders/');
		expect(href('/guides/x/')).toBe('/guides/x/');
		expect(href('report.css')).toBe('/report.css');
		expect(href('assess/#from=a:b')).toBe('/assess/#from=a:b');
	});

	it('put a locale other than the root one before the path', () => {
		expect(href('ladders/', 'root')).toBe('/ladders/');
		expect(href('ladders/', 'fr')).toBe('/fr/ladders/');
		expect(levelHref('cooks', 'commis', 'fr')).toBe('/fr/ladders/cooks/levels/commis/');
		expect(changesHref('cooks', 'cook')).toBe('/ladders/cooks/changes/cook/');
		expect(moveHref({ ladder: 'a', level: '1' }, { ladder: 'b', level: '2' }, 'fr')).toBe('/fr/moves/a/1/b/2/');
	});
});
