import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { fixtures, hasStackTrace, rungs } from './_run.ts';

// `rungs translate`, and what validate and diff say about translations, over the core's small valid
// fixture set and its complete fixture translation (packages/core/test/fixtures/translations/fr/).
const frenchFixture = fileURLToPath(new URL('../../core/test/fixtures/translations/fr/', import.meta.url));

/** A copy of the valid ladders, with the complete French translation beside them when asked. */
function ladders(withFrench = false): string {
	const dir = mkdtempSync(join(tmpdir(), 'rungs-translate-'));
	cpSync(fixtures, dir, { recursive: true });
	if (withFrench) {
		mkdirSync(join(dir, 'i18n'));
		cpSync(frenchFixture, join(dir, 'i18n', 'fr'), { recursive: true });
	}
	return dir;
}
const read = (dir: string, file: string) => readFileSync(join(dir, file), 'utf8');

describe('rungs translate', () => {
	it('writes a skeleton of every text, which validate then counts as missing, and fails --strict', () => {
		const dir = ladders();
		const result = rungs(['translate', dir, '--to', 'fr']);
		expect(result.code).toBe(0);
		expect(readdirSync(join(dir, 'i18n', 'fr')).sort()).toEqual(['career-paths.yaml', 'engineer.yaml', 'framework.yaml', 'rep.yaml', 'shared-competencies.yaml']);
		expect(result.stdout).toMatch(/rep\.yaml: 48 entries added, 0 kept\n/);
		expect(result.stderr).toBe('Wrote 5 files of 5 for fr: 98 entries to translate.\n');
		expect(read(dir, 'i18n/fr/rep.yaml')).toMatch(/^# yaml-language-server: \$schema=\S+translation\.schema\.json\nformat: rungs\/translation@1\nlanguage: fr\nladder: rep\n/);

		const validated = rungs(['validate', dir]);
		expect(validated.code).toBe(0);
		expect(validated.stderr).toMatch(/rep\.yaml:4:8 warning TRANSLATION_MISSING/);
		expect(validated.stderr).toContain('! 2 ladders and 2 assessments checked: 0 errors, 98 warnings\n  Translations: fr 0/98 (0%)\n');
		expect(rungs(['validate', dir, '--strict']).code).toBe(1);
		const json = JSON.parse(rungs(['validate', dir, '--format', 'json']).stdout) as { translations: unknown };
		expect(json.translations).toEqual([{ language: 'fr', total: 98, translated: 0, missing: 98, stale: 0 }]);
	});

	it('leaves complete files as they are, byte for byte, and validate reports 100%', () => {
		const dir = ladders(true);
		const before = read(dir, 'i18n/fr/rep.yaml');
		const result = rungs(['translate', dir, '--to', 'fr']);
		expect(result.code).toBe(0);
		expect(result.stdout).toMatch(/rep\.yaml: unchanged, 0 entries added, 48 kept\n/);
		expect(result.stderr).toBe('Wrote 0 files of 5 for fr: 0 entries to translate.\n');
		expect(read(dir, 'i18n/fr/rep.yaml')).toBe(before);
		const validated = rungs(['validate', dir, '--strict']);
		expect(validated).toMatchObject({ code: 0 });
		expect(validated.stderr).toBe('✓ 2 ladders and 2 assessments checked: 0 errors, 0 warnings\n  Translations: fr 98/98 (100%)\n');
		expect(rungs(['validate', dir, '--lang', 'fr']).stderr).toContain('Traductions\u00a0: fr 98/98 (100\u00a0%)');
	});

	it('adds the entry a new text needs and leaves a stale one for a person, both reported by validate', () => {
		const dir = ladders(true);
		writeFileSync(join(dir, 'rep.yaml'), read(dir, 'rep.yaml').replace('title: Representative', 'title: Customer representative').replace('summary: Answers customers.\n', 'summary: Answers customers.\n# reviewed\n'));
		const stale = rungs(['validate', dir]);
		expect(stale.code).toBe(0);
		expect(stale.stderr).toMatch(/i18n\/fr\/rep\.yaml:6:11 warning TRANSLATION_STALE\n {2}The fr translation of `title` was made from older text: it translates “Representative”, and the source now says “Customer representative”\./);
		expect(stale.stderr).toContain('Translations: fr 97/98 (98%), 1 stale');
		expect(rungs(['validate', dir, '--strict']).code).toBe(1);
		const before = read(dir, 'i18n/fr/rep.yaml');
		const result = rungs(['translate', dir, '--to', 'fr', '--dry-run']);
		expect(result.stdout).toMatch(/rep\.yaml: unchanged, 0 entries added, 47 kept, 1 stale \(left for a person to update\)\n/);
		expect(read(dir, 'i18n/fr/rep.yaml')).toBe(before);
	});

	it('an unknown id in a translation fails validate at its line, yet translate still runs', () => {
		const dir = ladders(true);
		const text = read(dir, 'i18n/fr/rep.yaml').replace('  senior:\n', '  senoir:\n');
		writeFileSync(join(dir, 'i18n/fr/rep.yaml'), text);
		const result = rungs(['validate', dir]);
		expect(result.code).toBe(1);
		expect(result.stderr).toContain(`i18n/fr/rep.yaml:${text.split('\n').indexOf('  senoir:') + 1}:3 error TRANSLATION_UNKNOWN`);
		expect(result.stderr).toContain('Did you mean `senior`?');
		expect(hasStackTrace(result.stderr)).toBe(false);
		// Validating the translation file alone checks it with its ladders.
		expect(rungs(['validate', join(dir, 'i18n/fr/rep.yaml')]).stderr).toContain('TRANSLATION_UNKNOWN');
		const translated = rungs(['translate', dir, '--to', 'fr']);
		expect(translated.code).toBe(0);
		expect(read(dir, 'i18n/fr/rep.yaml')).toContain('  senoir:\n');
		expect(read(dir, 'i18n/fr/rep.yaml')).toMatch(/ {2}senior:\n {4}title:\n {6}source: Senior\n {6}text: ''/);
	});

	it('does not touch a translation file that does not parse', () => {
		const dir = ladders(true);
		writeFileSync(join(dir, 'i18n/fr/rep.yaml'), 'format: [\n');
		const result = rungs(['translate', dir, '--to', 'fr']);
		expect(result.code).toBe(1);
		expect(result.stderr).toMatch(/i18n\/fr\/rep\.yaml:\d+:\d+ error YAML_SYNTAX/);
		expect(read(dir, 'i18n/fr/rep.yaml')).toBe('format: [\n');
	});

	it('refuses a missing, malformed or source language as a usage error', () => {
		const dir = ladders();
		expect(rungs(['translate', dir]).code).toBe(2);
		expect(rungs(['translate', dir, '--to', 'FR']).stderr).toContain('not a language tag');
		expect(rungs(['translate', dir, '--to', 'en']).stderr).toContain('written in `en` already');
		expect(existsSync(join(dir, 'i18n'))).toBe(false);
	});
});

describe('reports in the language of the translation', () => {
	it('gap --lang fr names levels and competencies in French when the ladders are translated; JSON stays as written', () => {
		const dir = ladders(true);
		const assessment = join(dir, 'examples', 'ana-self.yaml');
		const french = rungs(['gap', assessment, '--lang', 'fr', '--format', 'markdown']);
		expect(french.code).toBe(0);
		expect(french.stdout).toContain('[fr] Lead');
		expect(french.stdout).toContain('[fr] Troubleshooting');
		expect(french.stdout).not.toContain('| Troubleshooting');
		const english = rungs(['gap', assessment, '--lang', 'en', '--format', 'markdown']);
		expect(english.stdout).not.toContain('[fr]');
		expect(rungs(['gap', assessment, '--lang', 'fr', '--format', 'json']).stdout).not.toContain('[fr]');
		// Without a translation into the reader's language, the ladders' own words.
		expect(rungs(['gap', join(fixtures, 'examples', 'ana-self.yaml'), '--lang', 'fr']).stdout).not.toContain('[fr]');
	});
});

describe('rungs diff and translations', () => {
	it('lists the translations a rewording makes stale', () => {
		const dir = ladders(true);
		const old = mkdtempSync(join(tmpdir(), 'rungs-translate-old-'));
		writeFileSync(join(old, 'rep.yaml'), read(dir, 'rep.yaml'));
		writeFileSync(join(dir, 'rep.yaml'), read(dir, 'rep.yaml').replace('summary: Answers customers.', 'summary: Answers customers kindly.').replace('version: 1.0.0', 'version: 1.0.1'));
		// Run inside the ladders: an old file outside any folder of ladders is read against the ones found from here.
		const markdown = rungs(['diff', join(old, 'rep.yaml'), join(dir, 'rep.yaml')], { cwd: dir });
		expect(markdown.stderr).toBe('');
		expect(markdown.code).toBe(0);
		expect(markdown.stdout).toContain('## Translations this change makes stale\n\n- `rep` `summary`: fr\n');
		const json = JSON.parse(rungs(['diff', join(old, 'rep.yaml'), join(dir, 'rep.yaml'), '--format', 'json'], { cwd: dir }).stdout) as { staleTranslations: unknown };
		expect(json.staleTranslations).toEqual([{ file: 'rep', field: 'summary', was: 'Answers customers.', now: 'Answers customers kindly.', languages: ['fr'] }]);
	});
});

describe('rungs translate --prune', () => {
	// The lead level of `guardrails` loses its statement `advises-peers`; the French file still has it.
	const withoutStatement = () => {
		const dir = ladders(true);
		writeFileSync(join(dir, 'rep.yaml'), read(dir, 'rep.yaml').replace('        - id: advises-peers\n          text: Advises peers on grey areas.\n', ''));
		return dir;
	};

	it('counts an entry whose statement was removed and keeps it without --prune; validate says it blocks the ladders', () => {
		const dir = withoutStatement();
		const before = read(dir, 'i18n/fr/rep.yaml');
		const validated = rungs(['validate', dir]);
		expect(validated.code).toBe(1);
		expect(validated.stderr).toMatch(/i18n\/fr\/rep\.yaml:164:7 error TRANSLATION_UNKNOWN/);
		const result = rungs(['translate', dir, '--to', 'fr']);
		expect(result.code).toBe(0);
		expect(result.stdout).toContain('rep.yaml: unchanged, 0 entries added, 47 kept, 1 naming what the source no longer has (run with --prune to remove)\n');
		expect(read(dir, 'i18n/fr/rep.yaml')).toBe(before);
	});

	it('takes the entry out with --prune, keeping the rest of its mapping, and validate passes with every entry translated', () => {
		const dir = withoutStatement();
		const result = rungs(['translate', dir, '--to', 'fr', '--prune']);
		expect(result.code).toBe(0);
		expect(result.stdout).toContain('rep.yaml: 0 entries added, 47 kept, 1 removed\n');
		const after = read(dir, 'i18n/fr/rep.yaml');
		expect(after).not.toContain('advises-peers');
		expect(after).toContain('proposes-changes:');
		// (One statement fewer at `lead` than at `senior` is the ladder's own warning, not the translation's.)
		const validated = rungs(['validate', dir]);
		expect(validated.code).toBe(0);
		expect(validated.stderr).toContain('0 errors, 1 warning\n  Translations: fr 97/97 (100%)\n');
		// Nothing left to take out: a second run changes nothing.
		expect(rungs(['translate', dir, '--to', 'fr', '--prune']).stdout).toContain('rep.yaml: unchanged, 0 entries added, 47 kept\n');
	});

	it('removes the file of a ladder that is gone with --prune, and only says so with --dry-run or without --prune', () => {
		const dir = ladders(true);
		writeFileSync(join(dir, 'i18n/fr/gone.yaml'), read(dir, 'i18n/fr/rep.yaml').replace('ladder: rep\n', 'ladder: gone\n'));
		const kept = rungs(['translate', dir, '--to', 'fr']);
		expect(kept.stdout).toMatch(/gone\.yaml: translates no ladder of these \(48 entries\); remove it, or run with --prune\n/);
		expect(existsSync(join(dir, 'i18n/fr/gone.yaml'))).toBe(true);
		const dry = rungs(['translate', dir, '--to', 'fr', '--prune', '--dry-run']);
		expect(dry.stdout).toMatch(/gone\.yaml: translates no ladder of these \(48 entries\); removed\n/);
		expect(existsSync(join(dir, 'i18n/fr/gone.yaml'))).toBe(true);
		const pruned = rungs(['translate', dir, '--to', 'fr', '--prune']);
		expect(pruned.code).toBe(0);
		expect(existsSync(join(dir, 'i18n/fr/gone.yaml'))).toBe(false);
		expect(rungs(['validate', dir, '--strict'])).toMatchObject({ code: 0 });
		expect(rungs(['translate', dir, '--to', 'fr', '--prune', '--lang', 'fr']).stdout).toContain('rep.yaml\u00a0: inchangé, 0 entrée ajoutée, 48 conservées\n');
	});
});
