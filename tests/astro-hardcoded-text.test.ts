import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/*
 * No English written into the site's pages and scripts (#18 §6): every word a reader meets comes from
 * the locale's dictionary (packages/astro/src/i18n/), the ladders or the library's catalog. A
 * pseudo-locale would show a hard-coded string as the one left unbracketed; reading the sources
 * shows it before any build: text between a template's tags that is not an expression, and string
 * literals that read as a sentence in the frontmatter and the scripts. The French pages themselves
 * are read for English words by tests/site/french.test.ts.
 */

const src = fileURLToPath(new URL('../packages/astro/src/', import.meta.url));

function filesIn(dir: string, ext: RegExp): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		return entry.isDirectory() ? filesIn(path, ext) : ext.test(entry.name) ? [path] : [];
	});
}

/** The text with every `{…}` expression taken out (braces nest; strings inside may hold braces). */
function withoutExpressions(text: string): string {
	let out = '';
	let depth = 0;
	let quote: string | undefined;
	for (let i = 0; i < text.length; i++) {
		const ch = text[i]!;
		if (depth > 0) {
			if (quote) {
				if (ch === '\\') i++;
				else if (ch === quote) quote = undefined;
			} else if (ch === '"' || ch === "'" || ch === '`') quote = ch;
			else if (ch === '{') depth++;
			else if (ch === '}') depth--;
			continue;
		}
		if (ch === '{') depth = 1;
		else out += ch;
	}
	return out;
}

/** Words between a template's tags: text a reader sees that no dictionary supplied. */
function templateText(source: string): string[] {
	const template = source.replace(/^---[\s\S]*?\n---/, '');
	const stripped = withoutExpressions(template.replace(/<!--[\s\S]*?-->/g, '').replace(/<(script|style)\b[\s\S]*?<\/\1>/g, ''))
		.replace(/<[^>]*>/g, '\n')
		// Entities and punctuation between expressions (`: `, ` · `, `→`) carry no language.
		.replace(/&[a-z]+;|&#\d+;/g, ' ');
	return stripped
		.split('\n')
		.map((line) => line.trim())
		.filter((line) => /\p{L}{2,}/u.test(line));
}

/**
 * String literals that read as words for people: two words or more, starting with a capital or
 * ending as a sentence ends. Code caught between quotes by this plain reading (lines, arrows,
 * semicolons), class names and attribute values (lower-case words) are not sentences.
 */
function sentences(code: string): string[] {
	const withoutComments = code.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
	const literals = [...withoutComments.matchAll(/'((?:[^'\\\n]|\\.)*)'|"((?:[^"\\\n]|\\.)*)"|`((?:[^`\\]|\\.)*)`/g)].map((m) => (m[1] ?? m[2] ?? m[3] ?? '').replace(/\$\{[^}]*\}/g, ' '));
	return literals.filter((text) => !/[\n;{}]|=>/.test(text) && /(?:^|\s)\p{L}{2,} \p{L}{2,}(?:\s|$|[.,:!?…])/u.test(` ${text} `) && (/^\s*\p{Lu}/u.test(text) || /[.:!?…]\s*$/.test(text)));
}

/** Developer-facing text, on purpose: said to whoever builds or configures the site, never to its readers. */
const FOR_DEVELOPERS: Record<string, RegExp> = {
	'scripts/assess/dom.ts': /^The page has no #/,
	'lib/result.ts': /^Rungs could not build/,
	'lib/data.ts': /^Rungs found problems in the ladders/,
	// A ladder file asked for a ladder its getStaticPaths did not give: a bug in the build, never a reader's page.
	'lib/assess-ladders.ts': /^No ladder /,
	// What expectValue (lib/result.ts) could not build, in its build error.
	'routes/moves/[fromLadder]/[fromLevel]/[toLadder]/[toLevel].astro': /^the move /,
	'routes/ladders/[ladder]/changes/[level].astro': /^the move to /,
};

describe('the text of the site’s pages and scripts', () => {
	const pages = filesIn(src, /\.astro$/).filter((file) => !/[\\/](i18n)[\\/]/.test(file));
	const scripts = [...filesIn(join(src, 'scripts'), /\.ts$/), ...filesIn(join(src, 'lib'), /\.ts$/)];

	it('has no words between the tags of a page, a component or a layout: they come from the dictionary', () => {
		const found = pages.flatMap((file) => templateText(readFileSync(file, 'utf8')).map((text) => `${relative(src, file)}: ${text}`));
		expect(found).toEqual([]);
	});

	it('has no sentence in a string of a page’s frontmatter, a script or a helper, beyond the errors said to developers', () => {
		const found = [...pages, ...scripts].flatMap((file) => {
			const name = relative(src, file).replaceAll('\\', '/');
			const code = file.endsWith('.astro') ? (/^---([\s\S]*?)\n---/.exec(readFileSync(file, 'utf8'))?.[1] ?? '') : readFileSync(file, 'utf8');
			return sentences(code)
				.filter((text) => !FOR_DEVELOPERS[name]?.test(text.trim()))
				.map((text) => `${name}: ${text}`);
		});
		expect(found).toEqual([]);
	});

	it('finds what it looks for: a hard-coded word and sentence are caught', () => {
		expect(templateText('---\nconst a = 1;\n---\n<p>{ui.x} Read more</p>')).toEqual(['Read more']);
		expect(sentences("status('Opened the file.'); byId('x'); fill(w.a, { n: 1 }); el('option', {}, 'Not rated'); el('a', { rel: 'noopener noreferrer' });")).toEqual(['Opened the file.', 'Not rated']);
	});
});
