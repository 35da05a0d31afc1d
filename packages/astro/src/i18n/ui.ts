import config from 'virtual:rungs/config';
import { en, type UiStrings } from './en.ts';

/*
 * The interface text of the site's root language. English only for now: a language without its own
 * file falls back to English, and the French file joins this table when the French site is published.
 */
const LANGUAGES: Record<string, UiStrings> = { en };

/** The root locale's language tag (`en` unless the site says otherwise). */
export const lang: string = config.locales.root?.lang ?? 'en';

export const ui: UiStrings = LANGUAGES[lang.split('-')[0]!] ?? en;
