import { englishMessages, type Messages } from '../messages/catalog.ts';
import { frenchMessages } from '../messages/french.ts';
import { fail, succeed, type Result } from '../diagnostics/result.ts';
import { listIds, suggest } from '../diagnostics/describe-path.ts';
import { ArgumentCheck } from '../rules/check-options.ts';

/** The languages Rungs speaks out of the box. Any other: pass your own catalog as `messages`. */
export const LOCALES = ['en', 'fr'] as const;
/** A language Rungs speaks out of the box: `'en'` or `'fr'`. */
export type Locale = (typeof LOCALES)[number];

// Only this module (and what imports it) holds every catalog: a page that renders in English with
// the per-format renderers never bundles the French.
const CATALOGS: Readonly<Record<Locale, Messages>> = { en: englishMessages, fr: frenchMessages };

export const isLocale = (value: unknown): value is Locale => typeof value === 'string' && (LOCALES as readonly string[]).includes(value);

/** The problem of a `locale` that Rungs does not speak, in `check` at `path`. */
export function checkLocale(check: ArgumentCheck, path: Array<string | number>, value: unknown): void {
	if (isLocale(value)) return;
	check.invalid(path, value, 'locale', { ...listIds(LOCALES), suggestion: typeof value === 'string' ? suggest(value, LOCALES) : undefined });
}

/** The built-in catalog of a locale Rungs speaks. */
export const catalogOf = (locale: Locale): Messages => CATALOGS[locale];

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
	return check.problems.length > 0 ? fail(check.problems) : succeed(catalogOf(locale));
}
