import guides from 'virtual:rungs/guides';
import { langOf } from './page-locale.ts';

/*
 * The site's guides in a locale: each root-language guide, in the locale's translation when the
 * site has one (`<guides>/<key>/<same slug>.mdx`), else in the root language with `fallback` set,
 * so the page says so, as Starlight does.
 */

export type Guide = (typeof guides)[number];

export interface LocalGuide {
	slug: string;
	module: Guide['module'];
	/** Shown in the root language, for want of a translation. */
	fallback: boolean;
	/** The language the guide's text is in. */
	lang: string;
}

export function guidesIn(locale: string): LocalGuide[] {
	return guides
		.filter((guide) => guide.locale === 'root')
		.map((root) => {
			const translated = locale === 'root' ? undefined : guides.find((guide) => guide.locale === locale && guide.slug === root.slug);
			const shown = translated ?? root;
			return { slug: root.slug, module: shown.module, fallback: locale !== 'root' && !translated, lang: langOf(shown.locale) };
		});
}
