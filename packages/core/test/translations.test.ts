import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseFramework, problemsOf, type Problem, type ProblemCode, type SourceFile } from '@rungs/core';
import { changedSources, parseTranslations, translateFramework, translationFiles } from '@rungs/core/translate';
import { validSources, valueOf, withFile } from './_fixtures.ts';

// The mechanism of ladder translations over a small complete French translation of the valid
// fixture set (fixtures/translations/fr/, every text `[fr] …` but a few real words).

const FRENCH = new URL('./fixtures/translations/fr/', import.meta.url);
const frenchFiles = (): SourceFile[] =>
	readdirSync(FRENCH)
		.sort()
		.map((name) => ({ path: `fixtures/i18n/fr/${name}`, text: readFileSync(new URL(name, FRENCH), 'utf8') }));
const withFrench = (...changes: Array<[string, (text: string) => string]>): SourceFile[] => {
	let sources = [...validSources(), ...frenchFiles()];
	for (const [name, change] of changes) {
		const file = sources.find((s) => s.path === `fixtures/i18n/fr/${name}`)!;
		sources = withFile(sources, { path: file.path, text: change(file.text) });
	}
	return sources;
};
const problemsWith = (...changes: Array<[string, (text: string) => string]>): Problem[] => [...problemsOf(parseTranslations(withFrench(...changes)))];
const only = <C extends ProblemCode>(problems: readonly Problem[], code: C) => problems.filter((p): p is Extract<Problem, { code: C }> => p.code === code);

describe('a complete translation', () => {
	const loaded = valueOf(parseTranslations(withFrench()));

	it('loads with no problem and counts every text once', () => {
		expect(problemsOf(parseTranslations(withFrench()))).toEqual([]);
		expect(loaded.translations.sourceLanguage).toBe('en');
		expect(loaded.translations.languages.map((l) => l.coverage)).toEqual([{ language: 'fr', total: 98, translated: 98, missing: 0, stale: 0 }]);
		expect(Object.keys(loaded.translations.languages[0]!.files).sort()).toEqual(['career-paths', 'framework', 'ladder:engineer', 'ladder:rep', 'shared-competencies']);
	});

	it('puts every text of the framework in French, ids and numbers unchanged', () => {
		const { framework: french, fallbacks, language } = translateFramework(loaded.framework, loaded.translations, 'fr');
		expect(language).toBe('fr');
		expect(fallbacks).toEqual([]);
		expect(french.language).toBe('fr');
		expect(french.title).toBe('Petit référentiel');
		expect(french.scale.values.map((v) => v.label)).toEqual(['Pas encore', '[fr] Developing', 'Régulièrement', '[fr] Role model']);
		const rep = french.ladders.find((m) => m.id === 'rep')!;
		expect(rep.title).toBe('Chargé·e de clientèle');
		expect(rep.levels.map((l) => l.title)).toEqual(['[fr] Associate', 'Confirmé·e', '[fr] Lead']);
		// A shared competency reads the same in every ladder that uses it: its French comes from shared-competencies.yaml.
		const shared = rep.competencies.find((c) => c.shared)!;
		expect(shared.name).toBe(french.shared.find((c) => c.id === shared.id)!.name);
		expect(shared.name).toMatch(/^\[fr\] /);
		// Assessments are language-neutral: the same ids, levels, weights and rules in both.
		const ids = (f: typeof french) => JSON.stringify(f.ladders.map((m) => [m.id, m.version, m.readiness, m.levels.map((l) => [l.id, l.band]), m.competencies.map((c) => [c.id, c.weight, c.levels, Object.entries(c.expectations).map(([level, list]) => [level, list.map((s) => s.id)])])]));
		expect(ids(french)).toBe(ids(loaded.framework));
		// Every text that the files hold is translated (implied moves up a ladder are the library's words, not the files').
		const texts = JSON.stringify({ ...french, sources: [], ladders: french.ladders.map((m) => ({ ...m, sources: [] })), paths: french.paths.filter((p) => !p.implied) });
		expect(loaded.framework.ladders[0]!.title).toBe('Representative');
		expect(texts).not.toContain('"Representative"');
		expect(Object.isFrozen(french.ladders[0])).toBe(true);
	});

	it('words the moves up one ladder, which no file holds, in the language asked for', () => {
		const up = (f: typeof loaded.framework) => f.paths.find((p) => p.implied && p.from.ladder === 'rep')!.note;
		expect(up(loaded.framework)).toBe('The next level on the Representative ladder.');
		expect(up(translateFramework(loaded.framework, loaded.translations, 'fr').framework)).toBe('Le niveau suivant de l’échelle «\u00a0Chargé·e de clientèle\u00a0».');
		expect(up(translateFramework(loaded.framework, loaded.translations, 'fr-ca').framework)).toMatch(/^Le niveau suivant de l’échelle/);
		// A language Rungs does not speak: the caller's catalog words it, English otherwise.
		const german = { 'path.next': (p: { ladder: string }) => `Die nächste Stufe der Leiter ${p.ladder}.` };
		expect(up(translateFramework(loaded.framework, loaded.translations, 'de', { messages: german }).framework)).toBe('Die nächste Stufe der Leiter Representative.');
		expect(up(translateFramework(loaded.framework, loaded.translations, 'de').framework)).toBe('The next level on the Representative ladder.');
	});

	it('words those moves in the framework\'s own language when its source is not English', () => {
		const sources = validSources().map((s) => (s.path.endsWith('framework.yaml') ? { ...s, text: s.text.replace(/^title: /m, 'language: fr\ntitle: ') } : s));
		const framework = valueOf(parseFramework(sources));
		expect(framework.language).toBe('fr');
		expect(framework.paths.find((p) => p.implied)!.note).toMatch(/^Le niveau suivant de l’échelle «\u00a0/);
	});

	it('leaves the framework given as it was, and returns it as it is for the source language', () => {
		translateFramework(loaded.framework, loaded.translations, 'fr');
		expect(loaded.framework.title).toBe('Tiny framework');
		expect(translateFramework(loaded.framework, loaded.translations, 'en').framework).toBe(loaded.framework);
	});

	it('falls back to the source text, saying why, for a language it has no files for', () => {
		const { framework: german, fallbacks } = translateFramework(loaded.framework, loaded.translations, 'de');
		expect(german.title).toBe('Tiny framework');
		expect(german.language).toBe('de');
		expect(fallbacks).toHaveLength(98);
		expect(fallbacks).toContainEqual({ file: 'rep', field: 'levels.senior.title', reason: 'missing' });
	});
});

describe('what the validator says', () => {
	it('a missing entry: a warning at the source text, the text left in English by the overlay', () => {
		const problems = problemsWith(['rep.yaml', (t) => t.replace(/^title:\n  source: Representative\n  text: .*\n/m, '')]);
		expect(only(problems, 'TRANSLATION_MISSING').map((p) => [p.file, p.line, p.column, p.severity])).toEqual([['fixtures/rep.yaml', 4, 8, 'warning']]);
		const loaded = valueOf(parseTranslations(withFrench(['rep.yaml', (t) => t.replace(/^title:\n  source: Representative\n  text: .*\n/m, '')])));
		expect(loaded.translations.languages[0]!.coverage).toEqual({ language: 'fr', total: 98, translated: 97, missing: 1, stale: 0 });
		const { framework, fallbacks } = translateFramework(loaded.framework, loaded.translations, 'fr');
		expect(framework.ladders.find((m) => m.id === 'rep')!.title).toBe('Representative');
		expect(fallbacks).toEqual([{ file: 'rep', field: 'title', reason: 'missing' }]);
	});

	it('an empty text is missing', () => {
		const problems = problemsWith(['rep.yaml', (t) => t.replace('text: "Chargé·e de clientèle"', "text: ''")]);
		expect(only(problems, 'TRANSLATION_MISSING').map((p) => [p.file, p.line, p.params.field])).toEqual([['fixtures/rep.yaml', 4, 'title']]);
	});

	it('a stale entry: a warning at its source, naming both texts; the overlay keeps the current English', () => {
		const change: [string, (t: string) => string] = ['rep.yaml', (t) => t.replace('source: Representative', 'source: Customer representative')];
		const [stale, ...others] = only(problemsWith(change), 'TRANSLATION_STALE');
		expect(others).toEqual([]);
		expect(stale).toMatchObject({ file: 'fixtures/i18n/fr/rep.yaml', line: 6, column: 11, severity: 'warning', params: { language: 'fr', field: 'title', was: 'Customer representative', now: 'Representative' } });
		expect(stale!.message).toContain('“Customer representative”');
		expect(stale!.message).toContain('“Representative”');
		const loaded = valueOf(parseTranslations(withFrench(change)));
		expect(loaded.translations.languages[0]!.coverage).toMatchObject({ translated: 97, stale: 1 });
		expect(translateFramework(loaded.framework, loaded.translations, 'fr').fallbacks).toEqual([{ file: 'rep', field: 'title', reason: 'stale' }]);
	});

	it('compares texts with whitespace runs collapsed: a source refolded is not stale', () => {
		const problems = problemsWith(['rep.yaml', (t) => t.replace('  source: Answers customers.', '  source: >-\n    Answers\n    customers.  ')]);
		expect(problems).toEqual([]);
	});

	it('an unknown id: an error at its key, with did-you-mean and the known ids', () => {
		const problems = problemsWith(['rep.yaml', (t) => t.replace('  senior:\n', '  senoir:\n')]);
		const [unknown] = only(problems, 'TRANSLATION_UNKNOWN');
		expect(unknown).toMatchObject({ severity: 'error', file: 'fixtures/i18n/fr/rep.yaml', column: 3, params: { kind: 'level', id: 'senoir', in: 'rep', suggestion: 'senior' } });
		expect(unknown!.line).toBe(withFrench().find((f) => f.path === 'fixtures/i18n/fr/rep.yaml')!.text.split('\n').indexOf('  senior:') + 1);
		expect(unknown!.hint).toContain('Did you mean `senior`?');
		expect(parseTranslations(withFrench(['rep.yaml', (t) => t.replace('  senior:\n', '  senoir:\n')])).ok).toBe(false);
	});

	it('an unknown statement, and a text the source does not have', () => {
		const problems = problemsWith(['engineer.yaml', (t) => t.replace(/statements:\n(\s+)([a-z-]+):/, (_m, indent: string, id: string) => `statements:\n${indent}${id}x:`)]);
		expect(only(problems, 'TRANSLATION_UNKNOWN')[0]).toMatchObject({ params: { kind: 'statement' } });
		const extra = problemsWith(['rep.yaml', (t) => `${t.trimEnd()}\nlevels2: {}\n`]);
		expect(extra.map((p) => p.code)).toContain('UNKNOWN_KEY');
	});

	it('a shared competency among a ladder\'s own competencies: pointed to sharedCompetencies', () => {
		const sharedId = valueOf(parseTranslations(withFrench())).framework.shared[0]!.id;
		const problems = problemsWith(['rep.yaml', (t) => `${t.trimEnd()}\n  ${sharedId}:\n    name: { source: X, text: Y }\n`.replace(/\ncompetencies:\n/, `\ncompetencies:\n`)]);
		const found = only(problems, 'TRANSLATION_UNKNOWN').find((p) => p.params.id === sharedId);
		expect(found).toMatchObject({ params: { kind: 'competency', shared: true } });
		expect(found!.hint).toContain('sharedCompetencies');
	});

	it('a list longer than its source: one error, at the first entry past the end', () => {
		const problems = problemsWith(['rep.yaml', (t) => t.replace(/(      outOfScope:\n        - source: Contract changes\n          text: .*\n)/, '$1        - source: More\n          text: Plus\n        - source: Again\n          text: Encore\n')]);
		const extra = only(problems, 'TRANSLATION_EXTRA_ENTRY');
		expect(extra).toHaveLength(1);
		expect(extra[0]).toMatchObject({ severity: 'error', column: 11, params: { field: 'levels.associate.authority.outOfScope', count: 3, sourceCount: 1 } });
	});

	it('a file whose language is not its folder\'s', () => {
		const sources = [...validSources(), ...frenchFiles().map((f) => (f.path.endsWith('rep.yaml') ? { ...f, path: 'fixtures/i18n/de/rep.yaml' } : f))];
		const problems = problemsOf(parseTranslations(sources));
		expect(only(problems, 'TRANSLATION_LANGUAGE_MISMATCH')).toMatchObject([{ line: 3, column: 11, params: { language: 'fr', folder: 'de' } }]);
	});

	it('a file that does not say what it translates', () => {
		// Located at the top-level mapping, which starts after the modeline.
		const problems = problemsWith(['rep.yaml', (t) => t.replace('ladder: rep\n', '')]);
		expect(problems.map((p) => [p.code, p.line, p.column])).toEqual([['MISSING_FIELD', 2, 1]]);
	});

	it('two files for one ladder in one language', () => {
		const sources = [...withFrench(), { path: 'fixtures/i18n/fr/rep-again.yaml', text: frenchFiles().find((f) => f.path.endsWith('/rep.yaml'))!.text }];
		expect(only(problemsOf(parseTranslations(sources)), 'DUPLICATE_FILE')).toMatchObject([{ file: 'fixtures/i18n/fr/rep-again.yaml', line: 4 }]);
	});

	it('reports nothing about translations while the ladders have errors: those come first', () => {
		const sources = withFile(withFrench(['rep.yaml', (t) => t.replace('  senior:\n', '  senoir:\n')]), { path: 'fixtures/rep.yaml', text: 'format: rungs/ladder@1\nid: rep\n' });
		const codes = problemsOf(parseTranslations(sources)).map((p) => p.code);
		expect(codes.some((c) => c.startsWith('TRANSLATION_'))).toBe(false);
		expect(codes).toContain('MISSING_FIELD');
	});
});

describe('translationFiles, for rungs translate', () => {
	const framework = valueOf(parseTranslations(validSources())).framework;

	it('writes a skeleton of every text, with its source and an empty text, that loads with only missing translations', () => {
		const files = valueOf(translationFiles(framework, 'fr', [], { schema: '../../schemas/translation.schema.json' }));
		expect(files.map((f) => f.name)).toEqual(['framework.yaml', 'shared-competencies.yaml', 'career-paths.yaml', 'rep.yaml', 'engineer.yaml']);
		expect(files.every((f) => f.changed && f.kept === 0)).toBe(true);
		expect(files.reduce((sum, f) => sum + f.added, 0)).toBe(98);
		const rep = files.find((f) => f.name === 'rep.yaml')!.text;
		expect(rep.split('\n').slice(0, 5)).toEqual(['# yaml-language-server: $schema=../../schemas/translation.schema.json', 'format: rungs/translation@1', 'language: fr', 'ladder: rep', 'title:']);
		const loaded = parseTranslations([...validSources(), ...files.map((f) => ({ path: `fixtures/i18n/fr/${f.name}`, text: f.text }))]);
		expect(problemsOf(loaded).map((p) => p.code).filter((c) => c !== 'TRANSLATION_MISSING')).toEqual([]);
		expect(valueOf(loaded).translations.languages[0]!.coverage).toEqual({ language: 'fr', total: 98, translated: 0, missing: 98, stale: 0 });
	});

	it('refreshes a file: keeps its translations and comments, adds what is missing, leaves a stale entry as it is', () => {
		const french = frenchFiles();
		const rep = french.find((f) => f.path.endsWith('/rep.yaml'))!;
		const edited = {
			...rep,
			text: rep.text
				.replace('ladder: rep\n', 'ladder: rep\n# Relu par Camille.\n')
				.replace(/^title:\n  source: Representative\n  text: .*\n/m, '')
				.replace('source: Answers customers.', 'source: Answers the customers.'),
		};
		const files = valueOf(translationFiles(framework, 'fr', [...french.filter((f) => f !== rep), edited]));
		const out = files.find((f) => f.name === 'rep.yaml')!;
		expect(out).toMatchObject({ added: 1, stale: 1, kept: 46, changed: true });
		expect(out.text).toContain('# Relu par Camille.');
		expect(out.text).toContain('source: Answers the customers.');
		expect(out.text).toMatch(/title:\n  source: Representative\n  text: ''/);
		expect(files.filter((f) => f.name !== 'rep.yaml').every((f) => !f.changed && f.added === 0)).toBe(true);
		// Unchanged files come back byte for byte.
		expect(files.find((f) => f.name === 'framework.yaml')!.text).toBe(french.find((f) => f.path.endsWith('/framework.yaml'))!.text);
	});

	it('counts what names nothing of the source, and with `prune` takes it out with the mappings and list items it leaves', () => {
		const french = frenchFiles();
		const rep = french.find((f) => f.path.endsWith('/rep.yaml'))!;
		// A competency the ladder no longer has, with two entries, and an evidence example past the end of its list.
		const ghost = 'competencies:\n  ghost:\n    name:\n      source: Ghost\n      text: Fantôme\n    description:\n      source: Gone.\n      text: Parti.\n';
		const edited = { ...rep, text: rep.text.replace('competencies:\n', ghost).replace(/(evidenceExamples:\n(?: {6}.*\n)+)/, '$1      - source: An extra example.\n        text: Un exemple de trop.\n') };
		expect(edited.text).toContain('Un exemple de trop');
		const others = french.filter((f) => f !== rep);
		const counted = valueOf(translationFiles(framework, 'fr', [...others, edited])).find((f) => f.name === 'rep.yaml')!;
		expect(counted).toMatchObject({ removed: 3, kept: 48, changed: false, text: edited.text });
		const pruned = valueOf(translationFiles(framework, 'fr', [...others, edited], { prune: true })).find((f) => f.name === 'rep.yaml')!;
		expect(pruned).toMatchObject({ removed: 3, kept: 48, changed: true });
		expect(pruned.text).not.toMatch(/ghost|Fantôme|Un exemple de trop/);
		// What is left is the original translation, entry for entry, and it checks clean.
		const loaded = parseTranslations([...withFrench().filter((f) => !f.path.endsWith('/fr/rep.yaml')), { path: 'fixtures/i18n/fr/rep.yaml', text: pruned.text }]);
		expect(problemsOf(loaded)).toEqual([]);
	});

	it('names a file that translates a ladder the framework does not have as obsolete, and empties it only with `prune`', () => {
		const french = frenchFiles();
		const rep = french.find((f) => f.path.endsWith('/rep.yaml'))!;
		const gone = { path: 'i18n/fr/gone.yml', text: rep.text.replace('ladder: rep\n', 'ladder: gone\n') };
		const kept = valueOf(translationFiles(framework, 'fr', [...french, gone])).find((f) => f.name === 'gone.yml');
		expect(kept).toMatchObject({ obsolete: true, removed: 48, changed: false, text: gone.text });
		const pruned = valueOf(translationFiles(framework, 'fr', [...french, gone], { prune: true })).find((f) => f.name === 'gone.yml');
		expect(pruned).toMatchObject({ obsolete: true, changed: true, text: '' });
	});

	it('does not rewrite a file that does not parse: its problems say why', () => {
		const result = translationFiles(framework, 'fr', [{ path: 'i18n/fr/rep.yaml', text: 'format: [\n' }]);
		expect(result.ok).toBe(false);
		expect(problemsOf(result).map((p) => [p.code, p.file])).toEqual([['YAML_SYNTAX', 'i18n/fr/rep.yaml']]);
	});
});

describe('changedSources, for rungs diff', () => {
	const before = valueOf(parseTranslations(withFrench()));

	it('lists a reworded text with the languages whose translation it makes stale', () => {
		const after = valueOf(parseTranslations(withFile(validSources(), { path: 'fixtures/rep.yaml', text: readRep().replace('title: Representative', 'title: Customer representative') })));
		expect(changedSources(before.framework, after.framework, before.translations)).toEqual([{ file: 'rep', field: 'title', was: 'Representative', now: 'Customer representative', languages: ['fr'] }]);
		expect(changedSources(before.framework, after.framework)).toMatchObject([{ field: 'title', languages: [] }]);
	});

	it('lists nothing for a change of whitespace only', () => {
		const after = valueOf(parseTranslations(withFile(validSources(), { path: 'fixtures/rep.yaml', text: readRep().replace('summary: Answers customers.', 'summary: >-\n  Answers\n  customers.') })));
		expect(changedSources(before.framework, after.framework, before.translations)).toEqual([]);
	});
});

const readRep = () => validSources().find((s) => s.path === 'fixtures/rep.yaml')!.text;

