import { describe, expect, it } from 'vitest';
import { checkOptions, nearest, RungsOptionsError } from '../packages/astro/src/integration/check-options.ts';
import { localize } from '../packages/astro/src/integration/localized-text.ts';

// The options of `rungs({...})` (@rungs/astro, issue #15): checked when Astro reads its configuration,
// every problem a sentence that names the option and what it expected, and no stack.

const problems = (options: unknown): string[] => {
	try {
		checkOptions(options);
	} catch (error) {
		expect(error).toBeInstanceOf(RungsOptionsError);
		const message = (error as Error).message;
		expect((error as Error).stack).toBe(message);
		return message.split('\n').slice(1).map((line) => line.replace(/^ {2}- /, ''));
	}
	throw new Error('the options were accepted');
};

describe('rungs() options', () => {
	it('fill in their defaults', () => {
		expect(checkOptions({ title: 'Our ladders' })).toEqual({ title: 'Our ladders', matrices: './matrices', links: [], components: {} });
		expect(checkOptions({ title: 'T', license: false, examples: false }).license).toBe(false);
	});

	it('name a missing or empty title', () => {
		expect(problems({})).toEqual(['`title` is required: expected a string']);
		expect(problems({ title: '  ' })).toEqual(['`title` expected a non-empty text, got "  "']);
	});

	it('refuse an unknown key, with the nearest known one when it is near', () => {
		expect(problems({ title: 'T', licence: { name: 'MIT' } })).toEqual(['`licence` is not an option of rungs(): did you mean `license`?']);
		expect(problems({ title: 'T', colour: 'red' })).toEqual([expect.stringMatching(/^`colour` is not an option of rungs\(\); it knows `matrices`, `title`, /)]);
		expect(problems({ title: 'T', logo: { src: 'logo.svg', alt: '', width: 3 } })).toEqual(['`logo.width` is not an option of `logo`; it knows `src`, `alt`']);
		expect(problems({ title: 'T', links: [{ label: 'API', href: 'api/', desc: 'x' }] })).toEqual(['`links[0].desc` is not an option of `links[0]`: did you mean `description`?']);
	});

	it('refuse a component the site cannot replace', () => {
		expect(problems({ title: 'T', components: { Foter: './Footer.astro' } })).toEqual([expect.stringContaining('`components.Foter`')]);
		expect(problems({ title: 'T', components: { Foter: './Footer.astro' } })[0]).toContain('did you mean `Footer`?');
		expect(checkOptions({ title: 'T', components: { Footer: './src/Footer.astro' } }).components).toEqual({ Footer: './src/Footer.astro' });
	});

	it('check a licence, a logo and a link', () => {
		expect(problems({ title: 'T', license: { name: 'X', url: 'javascript:alert(1)' } })).toEqual(['`license.url` expected an http(s) address, got "javascript:alert(1)"']);
		expect(problems({ title: 'T', license: 'MIT' })).toEqual(['`license` expected `false` or { name, url? }, got "MIT"']);
		expect(problems({ title: 'T', links: 'api/' })).toEqual(['`links` expected a list, got "api/"']);
	});

	it('take locales in Starlight\'s shape, with a root and language tags', () => {
		const locales = { root: { label: 'English', lang: 'en' }, fr: { label: 'Français', lang: 'fr' } };
		expect(checkOptions({ title: 'T', locales }).locales).toEqual(locales);
		expect(problems({ title: 'T', locales: { fr: { label: 'Français', lang: 'fr' } } })).toEqual([expect.stringMatching(/^`locales` expected an entry named `root`/)]);
		expect(problems({ title: 'T', locales: { root: { label: 'English', lang: 'English' } } })).toEqual(['`locales.root.lang` expected a BCP 47 language tag such as "en" or "fr-CA", got "English"']);
	});

	describe('words a reader sees, one text or one per language (#18)', () => {
		const locales = { root: { label: 'English', lang: 'en' }, fr: { label: 'Français', lang: 'fr' } };
		const options = (extra: object) => ({ title: 'T', locales, ...extra });

		it('take an object keyed by language tag, or by locale key', () => {
			const checked = checkOptions(options({ description: { en: 'Ladders', fr: 'Échelles' }, links: [{ label: { en: 'API', fr: 'L’API' }, href: 'api/' }] }));
			expect(checked.description).toEqual({ en: 'Ladders', fr: 'Échelles' });
			expect(checkOptions({ title: 'T', locales: { root: locales.root, ca: { label: 'Français (Canada)', lang: 'fr-CA' } }, description: { en: 'L', ca: 'É' } }).description).toEqual({ en: 'L', ca: 'É' });
		});

		it('name the option, the language and the languages the site has for an unknown key', () => {
			expect(problems(options({ description: { en: 'Ladders', de: 'Leitern' } }))).toEqual(['`description.de` is not a language of the site; its `locales` have `en`, `fr`']);
			expect(problems(options({ links: [{ label: { en: 'API', fre: 'L’API' }, href: 'api/' }] }))).toEqual(['`links[0].label.fre` is not a language of the site; its `locales` have `en`, `fr`']);
			// Without `locales`, the site is English only: French is a language it does not publish.
			expect(problems({ title: { en: 'T', fr: 'T' } })).toEqual(['`title.fr` is not a language of the site; its `locales` have `en`']);
		});

		it('require the root language, which the others fall back to', () => {
			expect(problems(options({ title: { fr: 'Échelles' } }))).toEqual(['`title` has no `en` text: the root language\'s, which the site\'s other languages fall back to']);
		});

		it('name a bad shape where it is', () => {
			expect(problems(options({ title: 3 }))).toEqual(["`title` expected a text, or an object of texts by language tag such as { en: '…', fr: '…' }, got number 3"]);
			expect(problems(options({ title: ['Rungs'] }))).toEqual(["`title` expected a text, or an object of texts by language tag such as { en: '…', fr: '…' }, got a list"]);
			expect(problems(options({ description: { en: 'Ladders', fr: '' } }))).toEqual(['`description.fr` expected a non-empty text, got ""']);
			expect(problems(options({ links: [{ label: { en: 'API', fr: 2 }, href: 'api/' }] }))).toEqual(['`links[0].label.fr` expected a non-empty text, got number 2']);
		});

		it('give each locale its own text, or the root language\'s marked as such', () => {
			expect(localize({ en: 'Ladders', fr: 'Échelles' }, locales)).toEqual({ root: { text: 'Ladders', lang: 'en' }, fr: { text: 'Échelles', lang: 'fr' } });
			expect(localize({ en: 'Ladders' }, locales)).toEqual({ root: { text: 'Ladders', lang: 'en' }, fr: { text: 'Ladders', lang: 'en' } });
			expect(localize('Rungs', locales)).toEqual({ root: { text: 'Rungs', lang: 'en' }, fr: { text: 'Rungs', lang: 'en' } });
		});
	});

	it('are an object', () => {
		expect(problems('Our ladders')).toEqual(['rungs() takes an object of options, with at least `title`; got "Our ladders"']);
		expect(() => checkOptions(undefined)).toThrow('rungs() takes an object of options, with at least `title`; got nothing');
	});

	it('suggest only a near key', () => {
		expect(nearest('titel', ['title', 'matrices'])).toBe('title');
		expect(nearest('colour', ['title', 'matrices'])).toBeUndefined();
	});
});
