import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse as parseYamlData } from 'yaml';
import { formatProblems, problemsOf } from '@rungs/core';
import { loadTranslations } from '@rungs/core/node';
import { parseInlineMarkdown, type InlineToken } from '@rungs/core/render';
import { translateFramework } from '@rungs/core/translate';
import { committedSchemaValidators } from './support/ajv.ts';
import { valueOf } from './support/result.ts';

// Data tests over the real translations of the bundled ladders, matrices/i18n/<language>/: whatever
// language folders exist are checked, each file its own named test.
const matricesDir = new URL('../matrices/', import.meta.url);
const i18nDir = new URL('i18n/', matricesDir);
const languages = existsSync(i18nDir) ? readdirSync(i18nDir, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort() : [];
const filesOf = (language: string) => readdirSync(new URL(`${language}/`, i18nDir)).filter((f) => f.endsWith('.yaml')).sort();
const loaded = await loadTranslations(matricesDir.pathname, { root: 'matrices' });
const validate = committedSchemaValidators();

/** The link targets of a text's inline Markdown, in order: a translation keeps them. */
function parseInlineLinks(text: string): string[] {
	const hrefs: string[] = [];
	const walk = (tokens: readonly InlineToken[]) => {
		for (const token of tokens) {
			if (token.type === 'link') hrefs.push(token.href);
			if ('children' in token) walk(token.children);
		}
	};
	walk(parseInlineMarkdown(text));
	return hrefs;
}

describe('matrices/i18n/', () => {
	it('loads with the ladders, without an error', () => {
		expect(formatProblems(problemsOf(loaded).filter((p) => p.severity === 'error'))).toBe('0 errors, 0 warnings');
		expect(valueOf(loaded).translations.languages.map((l) => l.language).sort()).toEqual(languages);
	});
});

describe.each(languages)('matrices/i18n/%s/', (language) => {
	const translations = () => valueOf(loaded).translations.languages.find((l) => l.language === language)!;

	// THE BAR FOR THE BUNDLED LADDERS (#18 §6): every text translated, none stale. A language folder
	// added to matrices/i18n/ must be complete and current before it is merged; other organisations'
	// ladders only get warnings (`rungs validate --strict` fails on them).
	it('translates every text of the bundled ladders, and none is stale (100% coverage)', () => {
		const coverage = translations().coverage;
		expect(problemsOf(loaded).filter((p) => p.code.startsWith('TRANSLATION_') && 'language' in p.params && p.params.language === language).map((p) => `${p.file}:${p.line} ${p.code} ${p.message}`)).toEqual([]);
		expect(coverage).toEqual({ language, total: coverage.total, translated: coverage.total, missing: 0, stale: 0 });
	});

	it('puts the whole framework in its language with no fallback, ids unchanged', () => {
		const { framework, translations: all } = valueOf(loaded);
		const translated = translateFramework(framework, all, language);
		expect(translated.fallbacks).toEqual([]);
		expect(translated.framework.language).toBe(language);
		expect(translated.framework.ladders.map((m) => [m.id, m.levels.map((l) => l.id)])).toEqual(framework.ladders.map((m) => [m.id, m.levels.map((l) => l.id)]));
	});

	it.each(filesOf(language))('%s starts with the modeline of the translation schema and matches the committed JSON Schema', (file) => {
		const text = readFileSync(new URL(`${language}/${file}`, i18nDir), 'utf8');
		expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=../../../schemas/translation.schema.json');
		const check = validate('translation');
		expect(check(parseYamlData(text)), JSON.stringify(check.errors)).toBe(true);
	});

	it.each(filesOf(language))('%s keeps the link targets of every text it translates', (file) => {
		const data = parseYamlData(readFileSync(new URL(`${language}/${file}`, i18nDir), 'utf8'));
		const differing: string[] = [];
		const walk = (node: unknown, path: string) => {
			if (node === null || typeof node !== 'object') return;
			const entry = node as { source?: unknown; text?: unknown };
			if (typeof entry.source === 'string' && typeof entry.text === 'string') {
				const [source, text] = [parseInlineLinks(entry.source), parseInlineLinks(entry.text)];
				if (JSON.stringify(source) !== JSON.stringify(text)) differing.push(`${path}: ${source.join(' ')} ≠ ${text.join(' ')}`);
				return;
			}
			for (const [key, value] of Object.entries(node)) walk(value, path ? `${path}.${key}` : key);
		};
		walk(data, '');
		expect(differing).toEqual([]);
	});
});
