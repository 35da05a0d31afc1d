import { z } from 'zod';
import { localizedText, text } from './localized-text.ts';

/*
 * The options of `rungs({...})`, checked once when Astro starts: a wrong option stops the build with
 * a sentence that names it and says what was expected, before any page is rendered.
 */

/** One language of the site, in Starlight's shape: the label its language menu shows and its BCP 47 tag. */
const localeSchema = z.strictObject({ label: text, lang: text.regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'a BCP 47 language tag such as "en" or "fr-CA"') });

const licenseSchema = z.strictObject({ name: text, url: z.url({ protocol: /^https?$/, error: 'an http(s) address' }).optional() });
const logoSchema = z.strictObject({ src: text, alt: z.string() });
// A link's label and description are words a reader sees: one text, or one per language.
const linkSchema = z.strictObject({ label: localizedText, href: text, description: localizedText.optional() });

/** The components a site may replace with its own `.astro` file (a path from the site's folder, or a package specifier). */
export const OVERRIDABLE_COMPONENTS = ['Head', 'Header', 'Footer'] as const;

export const optionsSchema = z.strictObject({
	/** The folder of ladders (framework.yaml and one YAML file per ladder), from the site's folder. */
	matrices: text.default('./matrices'),
	/** The site's name: the brand in the header and the end of every page title. One text, or one per language (`{ en: '…', fr: '…' }`). */
	title: localizedText,
	/** What the site is, for search results and the home page; the framework's own summary when left out. One text, or one per language. */
	description: localizedText.optional(),
	/** The licence of the ladders, said in the footer; the framework's `license` when left out, nothing with `false`. */
	license: z.union([z.literal(false), licenseSchema]).optional(),
	/** An image shown before the title in the header: a file from the site's folder (SVG, PNG) and its text. */
	logo: logoSchema.optional(),
	/** A folder of `.md`/`.mdx` guides the site owns, each with `title`, `description` and `order` in its frontmatter. */
	guides: text.optional(),
	/** Further pages the site owns (its own routes under src/pages), listed with the guides. */
	links: z.array(linkSchema).default([]),
	/** The folder of example assessments; `<matrices>/examples` when left out, none with `false`. */
	examples: z.union([z.literal(false), text]).optional(),
	/**
	 * The site's languages, in Starlight's shape: `root` is the language at the site's root, every other key
	 * a prefix its pages are published under (`fr` gives `/fr/…`), with the ladders' translations from
	 * `<matrices>/i18n/<lang>/` and the guides' from `<guides>/<key>/`.
	 */
	locales: z
		.record(z.string(), localeSchema)
		.refine((locales) => 'root' in locales, 'an entry named `root`: the language published at the root of the site')
		.optional(),
	/** Components replaced by the site's own: Head (inside <head>), Header, Footer. */
	components: z.partialRecord(z.enum(OVERRIDABLE_COMPONENTS), text).default({}),
});

/** The languages of a site that names none: English at its root, as Starlight's default. */
export const DEFAULT_LOCALES = { root: { label: 'English', lang: 'en' } };

/** What `rungs()` accepts. */
export type RungsOptions = z.input<typeof optionsSchema>;
/** The options once checked, with their defaults. */
export type CheckedOptions = z.output<typeof optionsSchema>;

/** The keys each object of the options knows, by where it sits (`*` for any entry): for did-you-mean. */
export const KNOWN_KEYS: Record<string, readonly string[]> = {
	'': Object.keys(optionsSchema.shape),
	license: Object.keys(licenseSchema.shape),
	logo: Object.keys(logoSchema.shape),
	'links.*': Object.keys(linkSchema.shape),
	'locales.*': Object.keys(localeSchema.shape),
	components: OVERRIDABLE_COMPONENTS,
};
