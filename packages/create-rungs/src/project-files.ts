import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Language } from './arguments.ts';
import { generatedPackageJson } from './package-json.ts';
import { siteConfig } from './site-config.ts';
import type { Versions } from './versions.ts';

/** What the new repository is made of, decided before anything is written. */
export interface ProjectChoices {
	/** The npm name and the framework's id, made from the folder's name. */
	readonly id: string;
	readonly title: string;
	readonly lang: Language;
	/** Today, as the example assessment's date (YYYY-MM-DD). */
	readonly date: string;
}

/** The starter ladder's id in each language: the README names its file. */
const LADDER: Record<Language, string> = { en: 'engineer', fr: 'ingenieur' };

// Shipped beside dist/ in the package, and beside src/ in the repository: the same relative place.
const templates = fileURLToPath(new URL('../templates/', import.meta.url));

/** Every file under a folder, as paths relative to it with `/` separators. */
function filesUnder(dir: string): string[] {
	return readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) => relative(dir, join(entry.parentPath, entry.name)).split('\\').join('/'))
		.sort();
}

/**
 * The new repository's files, path → content. Placeholders in the templates are filled here: in
 * YAML the title is written as a JSON string (a valid YAML double-quoted scalar, whatever the
 * title holds); in Markdown as typed.
 */
export function projectFiles(choices: ProjectChoices, versions: Versions): Map<string, string> {
	const yamlValues: Record<string, string> = { id: choices.id, title: JSON.stringify(choices.title), date: choices.date };
	const textValues: Record<string, string> = { title: choices.title, ladder: LADDER[choices.lang], lang: choices.lang };
	const fill = (text: string, values: Record<string, string>) => text.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => values[name] ?? whole);
	const files = new Map<string, string>();
	const languageDir = join(templates, choices.lang);
	for (const path of filesUnder(languageDir)) {
		const text = readFileSync(join(languageDir, path), 'utf8');
		files.set(path, fill(text, path.endsWith('.yaml') ? yamlValues : textValues));
	}
	const workflows = join(templates, 'common', 'workflows');
	for (const path of filesUnder(workflows)) files.set(`.github/workflows/${path}`, fill(readFileSync(join(workflows, path), 'utf8'), textValues));
	// Not shipped as a .gitignore: npm leaves such files out of published packages.
	files.set('.gitignore', 'node_modules/\ndist/\n.astro/\n');
	files.set('package.json', generatedPackageJson(choices.id, versions));
	files.set('astro.config.mjs', siteConfig(choices));
	return files;
}
