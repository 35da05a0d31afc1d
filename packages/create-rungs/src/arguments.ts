import { parseArgs } from 'node:util';

export const LANGUAGES = ['en', 'fr'] as const;
export type Language = (typeof LANGUAGES)[number];

/** What the command line said; anything left out is asked (on a terminal) or defaulted. */
export interface Arguments {
	readonly directory?: string;
	readonly title?: string;
	readonly lang?: Language;
	readonly yes: boolean;
	readonly help: boolean;
	readonly version: boolean;
}

/** A mistake on the command line, worded for the person who typed it. */
export class UsageError extends Error {}

/** Reads `create-rungs [directory] [--title …] [--lang en|fr] [--yes]`. */
export function readArguments(argv: readonly string[]): Arguments {
	let parsed;
	try {
		parsed = parseArgs({
			args: [...argv],
			allowPositionals: true,
			strict: true,
			options: {
				title: { type: 'string' },
				lang: { type: 'string' },
				yes: { type: 'boolean', short: 'y', default: false },
				help: { type: 'boolean', short: 'h', default: false },
				version: { type: 'boolean', short: 'v', default: false },
			},
		});
	} catch (error) {
		// parseArgs words its own problems well ("Unknown option '--titel'"); keep the words, drop the code.
		throw new UsageError(error instanceof Error ? error.message.replace(/\. To specify a positional argument.*$/s, '.') : String(error));
	}
	const { values, positionals } = parsed;
	if (positionals.length > 1) throw new UsageError(`One folder at a time: got ${positionals.map((p) => `\`${p}\``).join(', ')}.`);
	const lang = values.lang;
	if (lang !== undefined && !(LANGUAGES as readonly string[]).includes(lang)) throw new UsageError(`--lang is one of ${LANGUAGES.join(', ')}, not \`${lang}\`.`);
	if (values.title !== undefined) checkTitle(values.title);
	return {
		...(positionals[0] !== undefined && { directory: positionals[0] }),
		...(values.title !== undefined && { title: values.title }),
		...(lang !== undefined && { lang: lang as Language }),
		yes: values.yes,
		help: values.help,
		version: values.version,
	};
}

/** A title is a short label on one line: the framework's and the site's name. */
export function checkTitle(title: string): void {
	if (title.trim() === '') throw new UsageError('The title is empty.');
	if (title.length > 120) throw new UsageError(`The title is ${title.length} characters long; at most 120 fit a page heading.`);
	// eslint-disable-next-line no-control-regex
	if (/[\u0000-\u001f\u007f]/.test(title)) throw new UsageError('The title is one line of text, with no control characters.');
}

export const USAGE = `create-rungs: a new repository of career ladders, with its own site

Usage: npm create rungs@latest <folder> [-- options]
       create-rungs <folder> [options]

Writes a folder with a first ladder full of comments, an example assessment, the site's
configuration, GitHub workflows (checks on pull requests, publishing to GitHub Pages) and a README.
The folder must not exist yet, or be empty.

Options
  --title <text>   the name of your framework and site      [asked, or "Our career ladders"]
  --lang en|fr     the language of the starter ladder       [asked, or en]
  -y, --yes        ask nothing: take the defaults
  -h, --help       this help
  -v, --version    the version

Examples
  npm create rungs@latest my-ladders
  npm create rungs@latest my-ladders -- --title "Acme career ladders" --lang en --yes
`;
