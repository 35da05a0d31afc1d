import type { Locale } from '@rungs/core/render';

// The CLI's own lines around the library's reports and problems (the summary of `validate`, the
// notes of `diff`), in each language the library speaks. Help and usage errors stay English.

interface ValidateCounts {
	ladders: number;
	assessments: number;
	unchecked: number;
	errors: number;
	warnings: number;
}

interface CliWords {
	validateSummary: (c: ValidateCounts) => string;
	noLadderChanged: () => string;
	newLadder: (p: { title: string; id: string; version: string }) => string;
	removedLadder: (p: { title: string; id: string }) => string;
	bumpTooSmall: (p: { ladder: string; implied: string; reasons: string[]; from: string; to: string }) => string;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
const NBSP = '\u00a0';
const pluriel = (n: number, mot: string) => `${new Intl.NumberFormat('fr-FR').format(n)} ${mot}${n < 2 ? '' : 's'}`;
const HAUSSES: Readonly<Record<string, string>> = { major: 'majeur', minor: 'mineur', patch: 'correctif' };

const english: CliWords = {
	validateSummary: (c) => {
		const skipped = c.unchecked > 0 ? ` (${plural(c.unchecked, 'assessment')} not checked: ${c.unchecked === 1 ? 'its' : 'their'} ladders have errors)` : '';
		return `${plural(c.ladders, 'ladder')} and ${plural(c.assessments, 'assessment')} checked${skipped}: ${plural(c.errors, 'error')}, ${plural(c.warnings, 'warning')}`;
	},
	noLadderChanged: () => 'No ladder changed.',
	newLadder: (p) => `New ladder: ${p.title} (\`${p.id}\`) ${p.version}.`,
	removedLadder: (p) => `Removed ladder: ${p.title} (\`${p.id}\`).`,
	bumpTooSmall: (p) => `warning: ${p.ladder} changed in a ${p.implied} way (${p.reasons.join('; ')}) but its version went ${p.from} → ${p.to}.`,
};

const french: CliWords = {
	validateSummary: (c) => {
		const skipped =
			c.unchecked > 0 ? ` (${pluriel(c.unchecked, 'évaluation')} non vérifiée${c.unchecked < 2 ? '' : 's'}${NBSP}: ${c.unchecked < 2 ? 'son échelle a' : 'leurs échelles ont'} des erreurs)` : '';
		return `${pluriel(c.ladders, 'échelle')} et ${pluriel(c.assessments, 'évaluation')} vérifiées${skipped}${NBSP}: ${pluriel(c.errors, 'erreur')}, ${pluriel(c.warnings, 'avertissement')}`;
	},
	noLadderChanged: () => 'Aucune échelle n’a changé.',
	newLadder: (p) => `Nouvelle échelle${NBSP}: ${p.title} (\`${p.id}\`) ${p.version}.`,
	removedLadder: (p) => `Échelle retirée${NBSP}: ${p.title} (\`${p.id}\`).`,
	bumpTooSmall: (p) =>
		`avertissement${NBSP}: ${p.ladder} a connu un changement ${HAUSSES[p.implied] ?? p.implied} (${p.reasons.join(`${NBSP}; `)}), mais sa version est passée de ${p.from} à ${p.to}.`,
};

const WORDS: Readonly<Record<Locale, CliWords>> = { en: english, fr: french };

/** The CLI's own words in a language; English when none is set. */
export const cliWords = (locale: Locale | undefined): CliWords => WORDS[locale ?? 'en'];
