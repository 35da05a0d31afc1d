import { z } from 'zod';

/*
 * The options a reader sees as words (the site's title and description, a link's label and
 * description) may be given once or once per language, as Starlight takes its `title`: a string for
 * every language, or an object keyed by language tag (`{ en: '…', fr: '…' }`), where a language left
 * out falls back to the root language's text.
 */

export const text = z.string().trim().min(1, 'a non-empty text');

/** One text for every language, or one per language tag of the site's locales. */
export const localizedText = z.union([text, z.record(z.string(), text)]);

export type LocalizedInput = z.output<typeof localizedText>;

/** A text as each locale of the site shows it (by locale key), with the language it is written in. */
export type Localized = Record<string, { text: string; lang: string }>;

type Locales = Record<string, { lang: string }>;

/** How a locale may be named in a localized text: its language tag, as Starlight does, or its key. */
const namesOf = (key: string, locale: { lang: string }): string[] => (key === 'root' ? [locale.lang] : [locale.lang, key]);

/**
 * What is wrong with the keys of a localized text, named by where it sits (`title`, `links[0].label`):
 * a key that is no language of the site (a typo, or a language the site does not publish), or no text
 * for the root language, which every language left out falls back to.
 */
export function localizedKeyProblems(name: string, value: LocalizedInput | undefined, locales: Locales): string[] {
	if (value === undefined || typeof value === 'string') return [];
	const known = [...new Set(Object.entries(locales).flatMap(([key, locale]) => namesOf(key, locale)))];
	const unknown = Object.keys(value)
		.filter((key) => !known.includes(key))
		.map((key) => `\`${name}.${key}\` is not a language of the site; its \`locales\` have ${known.map((k) => `\`${k}\``).join(', ')}`);
	const rootLang = locales.root!.lang;
	const missingRoot = value[rootLang] === undefined ? [`\`${name}\` has no \`${rootLang}\` text: the root language's, which the site's other languages fall back to`] : [];
	return [...unknown, ...missingRoot];
}

/** The text each locale shows: its own, else the root language's (a single string is the root language's). */
export function localize(value: LocalizedInput, locales: Locales): Localized {
	const rootLang = locales.root!.lang;
	return Object.fromEntries(
		Object.entries(locales).map(([key, locale]) => {
			if (typeof value === 'string') return [key, { text: value, lang: rootLang }];
			const own = namesOf(key, locale)
				.map((name) => value[name])
				.find((found) => found !== undefined);
			return [key, own !== undefined ? { text: own, lang: locale.lang } : { text: value[rootLang]!, lang: rootLang }];
		}),
	);
}
