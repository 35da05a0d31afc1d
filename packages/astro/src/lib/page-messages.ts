import { LOCALES, messagesFor, type Locale } from '@rungs/core/render';
import type { Messages } from '@rungs/core';
import { currentLocale, langOf } from './page-locale.ts';

/**
 * The library's catalog for the page being rendered, for its reports, rules and problems: the
 * built-in one of the page's language (`fr-CA` takes `fr`), English for a language the library
 * does not speak (the page's own words then come from the site's dictionary as they can).
 */
export function pageMessages(): Messages | undefined {
	const language = langOf(currentLocale()).split('-')[0]!.toLowerCase();
	if (!(LOCALES as readonly string[]).includes(language)) return undefined;
	const catalog = messagesFor(language as Locale);
	return catalog.ok ? catalog.value : undefined;
}
