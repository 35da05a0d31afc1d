import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

// Every guide of the site has its French, in site/src/guides/fr/<same slug>.mdx (#18): the same
// frontmatter keys and order, the same code blocks and commands, French typography.

const guides = new URL('../site/src/guides/', import.meta.url);
const english = readdirSync(guides).filter((name) => name.endsWith('.mdx')).sort();
const read = (path: URL) => readFileSync(path, 'utf8');
const frontmatter = (text: string) => parse(/^---\n([\s\S]*?)\n---\n/.exec(text)![1]!) as Record<string, unknown>;
const codeBlocks = (text: string) => [...text.matchAll(/^\s*```[\s\S]*?^\s*```/gm)].map((m) => m[0].replace(/^[ \t]+/gm, ''));
/** The prose: no frontmatter, code blocks, inline code, imports or JSX. */
const prose = (text: string) =>
	text
		.replace(/^---\n[\s\S]*?\n---\n/, '')
		.replace(/^\s*```[\s\S]*?^\s*```/gm, '')
		.replace(/`[^`\n]*`/g, '')
		.replace(/^(import .*|<pre.*)$/gm, '');

describe('the French guides', () => {
	it('exist for every English guide, and only for them', () => {
		expect(english.length).toBeGreaterThan(0);
		expect(readdirSync(new URL('fr/', guides)).sort()).toEqual(english);
	});

	it.each(english)('%s: the same frontmatter keys and order, the same code and commands', (name) => {
		const en = read(new URL(name, guides));
		const fr = read(new URL(`fr/${name}`, guides));
		const [enMatter, frMatter] = [frontmatter(en), frontmatter(fr)];
		expect(Object.keys(frMatter)).toEqual(Object.keys(enMatter));
		expect(frMatter.order).toBe(enMatter.order);
		expect(frMatter.title).not.toBe(enMatter.title);
		expect(codeBlocks(fr)).toEqual(codeBlocks(en));
	});

	it.each(english)('%s: French spacing and quotes, no English words of the original left', (name) => {
		const text = prose(read(new URL(`fr/${name}`, guides)));
		const matter = frontmatter(read(new URL(`fr/${name}`, guides)));
		for (const part of [text, String(matter.title), String(matter.description)]) {
			// A no-break space before : ; ? ! and inside « » (never an ordinary space, never none).
			expect(part).not.toMatch(/[ \w][;?!»]|« |«\w/);
			expect(part).not.toMatch(/ :|\w:(?!\/\/)/);
			expect(part).not.toContain('"');
		}
		// Words that mark untranslated English prose.
		expect(text).not.toMatch(/\b(the|and|with|your|ladder|level)\b/i);
	});
});
