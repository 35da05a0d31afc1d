import { LOCALES } from '@rungs/core/render';
import { INTERFACE_LANGUAGES, interfaceLanguageOf } from './interface-languages.ts';

/*
 * What a locale of the site needs that the site cannot give: the interface text (this package's
 * dictionaries) and the words of reports, rules and problems (@rungs/core's catalogs). A locale in
 * another language builds, with those parts in English; the build says so rather than leaving a
 * reader to find English on a German page.
 */

/** A sentence per locale whose language the package or the library does not speak, naming what stays English. */
export function untranslatedInterface(locales: Record<string, { lang: string }>): string[] {
	return Object.entries(locales).flatMap(([key, { lang }]) => {
		const language = lang.split('-')[0]!.toLowerCase();
		const missing = [
			...(interfaceLanguageOf(lang) === undefined ? [`the interface text (@rungs/astro speaks ${INTERFACE_LANGUAGES.join(', ')})`] : []),
			...((LOCALES as readonly string[]).includes(language) ? [] : [`the words of reports, rules and problems (@rungs/core speaks ${LOCALES.join(', ')})`]),
		];
		return missing.length === 0 ? [] : [`locales.${key} (\`${lang}\`): ${missing.join(' and ')} will be in English on its pages; the ladders and guides are in \`${lang}\` where they are translated.`];
	});
}
