import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { fixtures, hasStackTrace, rungs } from './_run.ts';

const example = 'matrices/examples/new-representative.yaml';
const invalidAssessment = fileURLToPath(new URL('../../core/test/fixtures/invalid/UNKNOWN_COMPETENCY.assessment.yaml', import.meta.url));
const NBSP = '\u00a0';

describe('rungs in French', () => {
	it('--lang fr prints the gap report in French, as text and as an HTML page that says so', () => {
		const text = rungs(['gap', example, '--lang', 'fr']);
		expect(text.code).toBe(0);
		expect(text.stdout).toMatch(new RegExp(`^Rapport d’écarts${NBSP}: Noor, auto-évaluation du \\d+ décembre 2026$`, 'm'));
		expect(text.stdout).toContain(`Passage au niveau cible${NBSP}: Pas encore`);
		expect(text.stdout).not.toContain('Readiness');
		const html = rungs(['gap', example, '--lang', 'fr', '--format', 'html']);
		expect(html.code).toBe(0);
		expect(html.stdout).toContain('<html lang="fr">');
		expect(html.stdout).toContain('Ce qui reste à montrer, et les preuves');
	}, 120_000);

	it('takes French from LANG=fr_FR.UTF-8, for reports and for validate’s summary', () => {
		const env = { LANG: 'fr_FR.UTF-8' };
		const gap = rungs(['gap', example], { env });
		expect(gap.stdout).toContain('Rapport d’écarts');
		const validate = rungs(['validate', 'matrices'], { env });
		expect(validate.code).toBe(0);
		expect(validate.stderr).toMatch(new RegExp(`^✓ \\d+ échelles et \\d+ évaluations vérifiées${NBSP}: 0 erreur, 0 avertissement$`, 'm'));
	}, 120_000);

	it('closes gap --batch with a French line, the JSON lines unchanged', () => {
		const folder = 'matrices/examples';
		const english = rungs(['gap', '--batch', folder]);
		const french = rungs(['gap', '--batch', folder, '--lang', 'fr']);
		expect(french.code).toBe(english.code);
		expect(french.stdout).toBe(english.stdout);
		const count = english.stdout.trim().split('\n').length;
		expect(english.stderr).toContain(`${count} assessments: ${count} reported, 0 with problems.`);
		expect(french.stderr).toMatch(new RegExp(`^${count} évaluations${NBSP}: ${count} avec un rapport, 0 avec des problèmes\\.$`, 'm'));
		expect(french.stderr).not.toMatch(/assessments|reported/);
	}, 120_000);

	it('words problems and hints in French, with the code and location as they are', () => {
		const result = rungs(['validate', invalidAssessment, '--matrices', fixtures, '--lang', 'fr']);
		expect(result.code).toBe(1);
		expect(result.stderr).toMatch(/UNKNOWN_COMPETENCY.assessment.yaml:\d+:\d+ erreur UNKNOWN_COMPETENCY/);
		expect(result.stderr).toContain('n’est pas une compétence de');
		expect(result.stderr).toContain(`Conseil${NBSP}:`);
		expect(result.stderr).toMatch(/✗ \d+ échelles? et 1 évaluation vérifiées\u00a0: 1 erreur, 0 avertissement$/m);
	}, 120_000);

	it('LC_ALL outranks LANG, --lang outranks both, and a language Rungs does not speak gives English', () => {
		expect(rungs(['gap', example], { env: { LC_ALL: 'C', LANG: 'fr_FR.UTF-8' } }).stdout).toContain('Gap report: Noor');
		expect(rungs(['gap', example, '--lang', 'en'], { env: { LANG: 'fr_FR.UTF-8' } }).stdout).toContain('Gap report: Noor');
		expect(rungs(['gap', example, '--lang', 'fr'], { env: { LC_ALL: 'C' } }).stdout).toContain('Rapport d’écarts');
		expect(rungs(['gap', example], { env: { LC_MESSAGES: 'fr_CA.UTF-8', LANG: 'de_DE.UTF-8' } }).stdout).toContain('Rapport d’écarts');
		expect(rungs(['gap', example], { env: { LANG: 'de_DE.UTF-8' } }).stdout).toContain('Gap report: Noor');
	}, 120_000);

	it('refuses a --lang it does not speak: a usage error (exit 2) with the likely one meant, never a stack', () => {
		const result = rungs(['gap', example, '--lang', 'fra']);
		expect(result.code).toBe(2);
		expect(result.stdout).toBe('');
		expect(result.stderr).toMatch(/^rungs: Unknown language `fra`\. Did you mean `fr`\? Languages: en, fr\.\n/);
		expect(hasStackTrace(result.stderr)).toBe(false);
		expect(rungs(['validate', 'matrices', '--lang', 'xx']).code).toBe(2);
	}, 120_000);

	it('keeps the help in English, with --lang in it', () => {
		const help = rungs(['gap', '--help'], { env: { LANG: 'fr_FR.UTF-8' } });
		expect(help.stdout).toContain('Measures an assessment against its target level');
		expect(help.stdout).toContain('--lang en|fr');
	});

	it('prints a ladder diff in French', () => {
		const ladder = 'matrices/support-representative.yaml';
		const result = rungs(['diff', ladder, ladder, '--lang', 'fr']);
		expect(result.code).toBe(0);
		expect(result.stdout).toContain('Aucun changement de contenu.');
	}, 120_000);

	it('says what fix, init and migrate wrote in French', () => {
		const fixed = rungs(['fix', '--ids', 'matrices', '--dry-run', '--lang', 'fr']);
		expect(fixed.code).toBe(0);
		expect(fixed.stderr).toBe(`Chaque attendu a déjà un identifiant${NBSP}: rien à écrire.\n`);
		const out = join(mkdtempSync(join(tmpdir(), 'rungs-fr-')), 'moi.yaml');
		const init = rungs(['init', 'support-representative', '--out', out, '--lang', 'fr']);
		expect(init.code).toBe(0);
		expect(init.stderr).toBe(`${out} écrit${NBSP}: renseignez les appréciations, puis lancez \`rungs gap ${out}\`.\n`);
		const migrated = rungs(['migrate', example, '--lang', 'fr']);
		expect(migrated.stderr).toMatch(new RegExp(`porte déjà sur .+${NBSP}: rien à migrer\\.\\n$`));
	}, 120_000);
});
