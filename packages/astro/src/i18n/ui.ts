import { en, type UiStrings } from './en.ts';
import { fr } from './fr.ts';
import { interfaceLanguageOf, type InterfaceLanguage } from '../integration/interface-languages.ts';
import { currentLocale, langOf } from '../lib/page-locale.ts';

/*
 * The interface text of each language the package speaks, picked by the language tag of the page's
 * locale (`fr-CA` takes `fr`). A language without its own file is written in English; adding one is a
 * file of the UiStrings shape (the type makes every key required), its tag in integration/interface-languages.ts and a line here.
 */
const LANGUAGES: Record<InterfaceLanguage, UiStrings> = { en, fr };

/** The interface text of a locale of the site. */
export const uiOf = (locale: string): UiStrings => LANGUAGES[interfaceLanguageOf(langOf(locale)) ?? 'en'];

/** The language tag of the page being rendered, for `<html lang>`. */
export const pageLang = (): string => langOf(currentLocale());

/**
 * The interface text of the page being rendered: `ui.nav.home` reads the dictionary of the locale
 * the page is published in (see lib/page-locale.ts), so one route file writes every language.
 */
export const ui: UiStrings = new Proxy({} as UiStrings, {
	get: (_, key) => uiOf(currentLocale())[key as keyof UiStrings],
	has: (_, key) => key in uiOf(currentLocale()),
	ownKeys: () => Reflect.ownKeys(uiOf(currentLocale())),
	getOwnPropertyDescriptor: (_, key) => Reflect.getOwnPropertyDescriptor(uiOf(currentLocale()), key),
});
