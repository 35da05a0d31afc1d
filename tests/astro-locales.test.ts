import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { untranslatedInterface } from '../packages/astro/src/integration/language-support.ts';
import { describe, expect, it } from 'vitest';
import { rungsRoutes } from '../packages/astro/src/integration/routes.ts';
import { guideFiles } from '../packages/astro/src/integration/site-config.ts';
import { en } from '../packages/astro/src/i18n/en.ts';
import { fr } from '../packages/astro/src/i18n/fr.ts';
import { frenchDate, setFrench } from '../packages/astro/src/i18n/typeset-french.ts';

// The site's languages (#18 §4): the routes each locale publishes, the guides' translations, and the
// French dictionary's typography.

const site = { examples: true, guides: true, favicon: true };

describe('the routes of a site in several languages', () => {
	it('publishes a root-only site exactly as before: no prefix, no second copy of anything', () => {
		expect(rungsRoutes(site)).toEqual(rungsRoutes({ ...site, locales: ['root'] }));
		expect(rungsRoutes(site).every((route) => !route.pattern.startsWith('/fr'))).toBe(true);
	});

	it('publishes every page again under each other locale key, from the same files, and the shared files once', () => {
		const root = rungsRoutes(site);
		const both = rungsRoutes({ ...site, locales: ['root', 'fr'] });
		const french = both.filter((route) => route.pattern === '/fr' || route.pattern.startsWith('/fr/'));
		// Every page, and the 404 page too: a host serves the nearest folder's (`fr/404.html`).
		const pages = root.filter((route) => !/^\/(?:schemas|robots\.txt|report\.css|favicon\.svg)/.test(route.pattern));
		expect(french).toEqual(pages.map((route) => ({ ...route, pattern: route.pattern === '/' ? '/fr' : `/fr${route.pattern}` })));
		expect(both.filter((route) => !french.includes(route))).toEqual(root);
	});
});

describe('the guides of a site in several languages', () => {
	it('reads a locale’s guides from <guides>/<key>/ under the slug of the guide each translates', () => {
		const dir = mkdtempSync(join(tmpdir(), 'rungs-guides-'));
		mkdirSync(join(dir, 'fr'));
		writeFileSync(join(dir, 'reading.mdx'), '');
		writeFileSync(join(dir, 'talking.md'), '');
		writeFileSync(join(dir, 'fr', 'reading.mdx'), '');
		// A translation of nothing: no root guide has its slug, so it has no page.
		writeFileSync(join(dir, 'fr', 'orphan.mdx'), '');
		const guides = guideFiles(dir, '.', ['root', 'fr']).map(({ slug, locale }) => `${locale}:${slug}`);
		expect(guides).toEqual(['root:reading', 'root:talking', 'fr:reading']);
		expect(guideFiles(dir, '.').map(({ slug, locale }) => `${locale}:${slug}`)).toEqual(['root:reading', 'root:talking']);
	});
});

describe('the French dictionary', () => {
	it('has every key of the English one, each of the same kind', () => {
		const shape = (value: unknown): unknown =>
			typeof value === 'object' && value !== null ? Object.fromEntries(Object.keys(value).sort().map((key) => [key, shape((value as Record<string, unknown>)[key])])) : typeof value;
		const { status: _en, ...enFacts } = en.facts;
		const { status: _fr, ...frFacts } = fr.facts;
		expect(shape({ ...fr, facts: frFacts })).toEqual(shape({ ...en, facts: enFacts }));
		expect(Object.keys(fr.facts.status).sort()).toEqual(Object.keys(en.facts.status).sort());
	});

	it('sets French typography: unbreakable spaces before high signs and inside guillemets, typographic apostrophes', () => {
		expect(setFrench("Vous l'avez : « oui » ; non ? si !")).toBe('Vous l\u2019avez\u00a0: «\u202foui\u202f»\u202f; non\u202f? si\u202f!');
		expect(fr.home.levelsOf('Chargé·e de support')).toBe('Chargé·e de support\u00a0: niveaux');
		expect(fr.assess.script.draftUnreadable).toContain('lu\u00a0: {reason}');
	});

	it('writes dates in words, the first of the month as an ordinal', () => {
		expect(frenchDate('2026-03-01')).toBe('1er mars 2026');
		expect(frenchDate('2026-12-14')).toBe('14 décembre 2026');
		expect(frenchDate('soon')).toBe('soon');
		expect(fr.ladders.updated('2026-12-01')).toBe('mise à jour le 1er décembre 2026');
	});

	it('counts in the French plural, 0 and 1 singular', () => {
		expect(fr.home.levelsAndCompetencies(1, 0)).toBe('1 niveau, 0 compétence');
		expect(fr.home.levelsAndCompetencies(5, 12)).toBe('5 niveaux, 12 compétences');
	});
});

describe('a locale in a language the package does not speak (#18)', () => {
	it('builds, and says at start-up which parts of its pages stay English', () => {
		expect(untranslatedInterface({ root: { lang: 'en' }, fr: { lang: 'fr-CA' } })).toEqual([]);
		expect(untranslatedInterface({ root: { lang: 'en' }, de: { lang: 'de' } })).toEqual([
			'locales.de (`de`): the interface text (@rungs/astro speaks en, fr) and the words of reports, rules and problems (@rungs/core speaks en, fr) will be in English on its pages; the ladders and guides are in `de` where they are translated.',
		]);
	});
});
