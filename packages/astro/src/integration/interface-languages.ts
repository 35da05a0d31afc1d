/**
 * The languages @rungs/astro has interface text in (a dictionary each: en.ts, fr.ts, and the
 * self-assessment's and team page's beside them). i18n/ui.ts and i18n/team.ts are typed by this list, so a
 * language added here without its dictionaries fails typecheck; the integration warns at start-up
 * about a locale of the site in a language not listed (its pages' interface would be English).
 */
export const INTERFACE_LANGUAGES = ['en', 'fr'] as const;

export type InterfaceLanguage = (typeof INTERFACE_LANGUAGES)[number];

/** The dictionary language of a BCP 47 tag (`fr-CA` → `fr`), when the package has one. */
export const interfaceLanguageOf = (tag: string): InterfaceLanguage | undefined => {
	const language = tag.split('-')[0]!.toLowerCase();
	return (INTERFACE_LANGUAGES as readonly string[]).includes(language) ? (language as InterfaceLanguage) : undefined;
};
