import type { Messages } from '../messages/catalog.ts';
import { englishMessages } from '../messages/english.ts';
import { frenchMessages } from '../messages/french.ts';
import { fail, succeed, type Result } from '../diagnostics/result.ts';
import { ArgumentCheck } from '../rules/check-options.ts';
import { checkLocale, type Locale } from './locales.ts';

// Only this module (and what imports it) holds every catalog whole: a renderer brings only the
// words it prints, in the languages it is asked for.
const CATALOGS: Readonly<Record<Locale, Messages>> = { en: englishMessages, fr: frenchMessages };

/**
 * The built-in catalog of a language (`'en'` or `'fr'`), to pass as `{ messages }` to a renderer or
 * to `formatProblems`. A language Rungs does not speak is a problem (`INVALID_OPTION`), never a silent
 * fall back to English: a locale often comes from a setting or a request header.
 *
 * @example
 * const french = messagesFor('fr');
 * if (french.ok) console.error(formatProblems(problems, { messages: french.value }));
 */
export function messagesFor(locale: Locale): Result<Messages> {
	const check = new ArgumentCheck('locale');
	checkLocale(check, [], locale);
	return check.problems.length > 0 ? fail(check.problems) : succeed(CATALOGS[locale]);
}
