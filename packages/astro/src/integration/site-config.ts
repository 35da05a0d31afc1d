import { existsSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { RungsOptionsError } from './check-options.ts';
import { localize, type Localized } from './localized-text.ts';
import { DEFAULT_LOCALES, type CheckedOptions } from './options.ts';

/** A folder the site reads, and how problems name it (relative to where the build runs). */
export interface SiteFolder {
	path: string;
	shown: string;
}

/**
 * What the pages read from `virtual:rungs/config`: the checked options, with folders resolved from
 * the site's folder. Plain data only, since it is written into a module as JSON.
 */
export interface RungsConfig {
	/** The site's name in each locale (by locale key), with the language it is written in. */
	title: Localized;
	/** What the site is, in each locale; left out, the framework's summary. */
	description?: Localized;
	/** `undefined`: the framework's own `license`; `false`: no licence line. */
	license?: { name: string; url?: string } | false;
	logo?: { alt: string };
	matrices: SiteFolder;
	/** `false` when the site has no example assessments. */
	examples: SiteFolder | false;
	/** True when the site has guides or further links to list under "Guides". */
	guides: boolean;
	links: Array<{ label: Localized; href: string; description?: Localized }>;
	locales: Record<string, { label: string; lang: string }>;
	/** The route patterns of the pages published in every locale (unprefixed): the site's own pages are in the root language only. */
	translatedPages: string[];
}

/** A guide the site owns, by its address under /guides/, in the language of a locale of the site. */
export interface GuideFile {
	slug: string;
	path: string;
	/** `root`, or the locale key whose folder (`<guides>/<key>/`) holds this translation. */
	locale: string;
}

const folder = (root: string, path: string): SiteFolder => {
	const absolute = resolve(root, path);
	return { path: absolute, shown: relative(process.cwd(), absolute) || '.' };
};

/**
 * The `.md` and `.mdx` files of the guides folder, in name order (the pages sort them by `order`),
 * and their translations: a locale's guides are in `<guides>/<locale key>/`, each under the slug of
 * the guide it translates (one without a root guide of its slug has no page to be a translation of).
 */
export function guideFiles(root: string, dir: string | undefined, locales: readonly string[] = []): GuideFile[] {
	if (dir === undefined) return [];
	const absolute = resolve(root, dir);
	const inFolder = (folder: string, locale: string): GuideFile[] =>
		existsSync(folder)
			? readdirSync(folder)
					.filter((name) => /\.mdx?$/.test(name))
					.sort()
					.map((name) => ({ slug: name.replace(/\.mdx?$/, ''), path: join(folder, name), locale }))
			: [];
	const guides = inFolder(absolute, 'root');
	const slugs = new Set(guides.map((guide) => guide.slug));
	const translations = locales.filter((key) => key !== 'root').flatMap((key) => inFolder(join(absolute, key), key).filter((guide) => slugs.has(guide.slug)));
	return [...guides, ...translations];
}

export function siteConfig(options: CheckedOptions, root: string, guides: readonly GuideFile[]): RungsConfig {
	const matrices = folder(root, options.matrices);
	// Examples are optional: by default `examples/` next to the ladders, used only if it exists.
	const examples = options.examples === false ? false : folder(root, options.examples ?? join(matrices.path, 'examples'));
	// A folder the options name must be there; only the default examples folder may be missing.
	if (!existsSync(matrices.path)) throw new RungsOptionsError([`\`matrices\`: the folder ${matrices.shown} does not exist (resolved from ${root})`]);
	if (options.examples !== undefined && examples && !existsSync(examples.path))
		throw new RungsOptionsError([`\`examples\`: the folder ${examples.shown} does not exist; give \`examples: false\` for a site without example assessments`]);
	if (options.guides !== undefined && !existsSync(resolve(root, options.guides))) throw new RungsOptionsError([`\`guides\`: the folder ${relative(process.cwd(), resolve(root, options.guides))} does not exist`]);
	const locales = options.locales ?? DEFAULT_LOCALES;
	return {
		title: localize(options.title, locales),
		...(options.description !== undefined && { description: localize(options.description, locales) }),
		...(options.license !== undefined && { license: options.license }),
		...(options.logo && { logo: { alt: options.logo.alt } }),
		matrices,
		examples: examples && existsSync(examples.path) ? examples : false,
		guides: guides.some((guide) => guide.locale === 'root') || options.links.length > 0,
		links: options.links.map((link) => ({
			label: localize(link.label, locales),
			href: link.href,
			...(link.description !== undefined && { description: localize(link.description, locales) }),
		})),
		locales,
		translatedPages: [],
	};
}
