import type { Catalog, MessageCode, Messages } from '../messages/catalog.ts';
import { englishReport, type ReportCode } from '../messages/english-report.ts';
import { frenchReport } from '../messages/french-report.ts';
import { listIds, suggest } from '../diagnostics/describe-path.ts';
import type { ArgumentCheck } from '../rules/check-options.ts';

/** The languages Rungs speaks out of the box. Any other: pass your own catalog as `messages`. */
export const LOCALES = ['en', 'fr'] as const;
/** A language Rungs speaks out of the box: `'en'` or `'fr'`. */
export type Locale = (typeof LOCALES)[number];

/** One renderer's built-in words in every language Rungs speaks. */
export type LocaleCatalogs<C extends MessageCode> = Readonly<Record<Locale, Catalog<C>>>;

// The words of gap reports and calibrations in each language (no problem's: those load with the code
// that checks): a renderer that words more (a team summary, an email) adds its own, so a page renders
// in French without the team's French.
export const CORE_CATALOGS: LocaleCatalogs<ReportCode> = { en: englishReport, fr: frenchReport };

export const isLocale = (value: unknown): value is Locale => typeof value === 'string' && (LOCALES as readonly string[]).includes(value);

/** The problem of a `locale` that Rungs does not speak, in `check` at `path`. */
export function checkLocale(check: ArgumentCheck, path: Array<string | number>, value: unknown): void {
	if (isLocale(value)) return;
	check.invalid(path, value, 'locale', { ...listIds(LOCALES), suggestion: typeof value === 'string' ? suggest(value, LOCALES) : undefined });
}

/** The caller's catalog when there is one (it wins), else a renderer's built-in words in `locale`. */
export const catalogFor = <C extends MessageCode>(catalogs: LocaleCatalogs<C>, locale: Locale | undefined, messages: Partial<Messages> | undefined): Partial<Messages> =>
	messages ?? catalogs[locale ?? 'en'];
