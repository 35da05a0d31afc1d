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

/** One language's coverage, as validate's summary gives it; `ladders` names the folder when several were checked. */
interface Coverage {
	language: string;
	total: number;
	translated: number;
	stale: number;
	ladders?: string;
}

interface TranslateCounts {
	file: string;
	added: number;
	kept: number;
	stale: number;
	/** Entries that translate nothing of the source any more. */
	removed: number;
	/** The file translates a ladder the framework no longer has. */
	obsolete: boolean;
	/** `--prune` was given: what translates nothing is taken out (or, for an obsolete file, deleted). */
	prune: boolean;
	written: boolean;
}

interface CliWords {
	validateSummary: (c: ValidateCounts) => string;
	/** The line under validate's summary: `Translations: fr 412/928 (44%), 3 stale`. */
	translationCoverage: (languages: readonly Coverage[]) => string;
	/** One file of `rungs translate`, and its closing line. */
	translatedFile: (c: TranslateCounts) => string;
	translateSummary: (c: { language: string; written: number; files: number; toTranslate: number; stale: number; dryRun: boolean }) => string;
	staleTranslations: (changes: ReadonlyArray<{ file: string; field: string; languages: readonly string[] }>) => string;
	noLadderChanged: () => string;
	newLadder: (p: { title: string; id: string; version: string }) => string;
	removedLadder: (p: { title: string; id: string }) => string;
	bumpTooSmall: (p: { ladder: string; implied: string; reasons: string[]; from: string; to: string }) => string;
	/** The line a long batch rewrites in place on a terminal, and the batch's closing line. */
	batchProgress: (p: { done: number; rate: number; failed: number }) => string;
	batchSummary: (p: { count: number; failed: number }) => string;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
const entries = (n: number) => `${n} ${n === 1 ? 'entry' : 'entries'}`;
const NBSP = '\u00a0';
const pluriel = (n: number, mot: string) => `${new Intl.NumberFormat('fr-FR').format(n)} ${mot}${n < 2 ? '' : 's'}`;
const HAUSSES: Readonly<Record<string, string>> = { major: 'majeur', minor: 'mineur', patch: 'correctif' };

/** A share as a whole percentage, rounded down so that 100% means complete. */
const percent = (part: number, whole: number): number => (whole === 0 ? 100 : Math.floor((part / whole) * 100));

const english: CliWords = {
	translationCoverage: (languages) =>
		`Translations: ${languages.map((c) => `${c.ladders ? `${c.ladders} ` : ''}${c.language} ${c.translated}/${c.total} (${percent(c.translated, c.total)}%)${c.stale > 0 ? `, ${c.stale} stale` : ''}`).join('; ')}`,
	translatedFile: (c) =>
		c.obsolete
			? `${c.file}: translates no ladder of these (${entries(c.removed)}); ${c.prune ? 'removed' : 'remove it, or run with --prune'}`
			: `${c.file}: ${c.written ? '' : 'unchanged, '}${entries(c.added)} added, ${c.kept} kept${c.stale > 0 ? `, ${c.stale} stale (left for a person to update)` : ''}${
					c.removed > 0 ? `, ${c.removed} ${c.prune ? 'removed' : 'naming what the source no longer has (run with --prune to remove)'}` : ''
				}`,
	translateSummary: (c) =>
		`${c.dryRun ? 'Would write' : 'Wrote'} ${plural(c.written, 'file')} of ${c.files} for ${c.language}: ${entries(c.toTranslate)} to translate${c.stale > 0 ? `, ${c.stale} stale` : ''}.`,
	staleTranslations: (changes) =>
		`## Translations this change makes stale\n\n${changes.map((c) => `- \`${c.file}\` \`${c.field}\`: ${c.languages.join(', ')}`).join('\n')}\n`,
	validateSummary: (c) => {
		const skipped = c.unchecked > 0 ? ` (${plural(c.unchecked, 'assessment')} not checked: ${c.unchecked === 1 ? 'its' : 'their'} ladders have errors)` : '';
		return `${plural(c.ladders, 'ladder')} and ${plural(c.assessments, 'assessment')} checked${skipped}: ${plural(c.errors, 'error')}, ${plural(c.warnings, 'warning')}`;
	},
	noLadderChanged: () => 'No ladder changed.',
	newLadder: (p) => `New ladder: ${p.title} (\`${p.id}\`) ${p.version}.`,
	removedLadder: (p) => `Removed ladder: ${p.title} (\`${p.id}\`).`,
	bumpTooSmall: (p) => `warning: ${p.ladder} changed in a ${p.implied} way (${p.reasons.join('; ')}) but its version went ${p.from} → ${p.to}.`,
	batchProgress: (p) => `${p.done.toLocaleString('en')} assessments, ${p.rate.toLocaleString('en')}/s, ${p.failed.toLocaleString('en')} with problems`,
	// Scripts may read this line: its English stays as it was.
	batchSummary: (p) => `${plural(p.count, 'assessment')}: ${p.count - p.failed} reported, ${p.failed} with problems.`,
};

const french: CliWords = {
	translationCoverage: (languages) =>
		`Traductions${NBSP}: ${languages
			.map((c) => `${c.ladders ? `${c.ladders} ` : ''}${c.language} ${new Intl.NumberFormat('fr-FR').format(c.translated)}/${new Intl.NumberFormat('fr-FR').format(c.total)} (${percent(c.translated, c.total)}${NBSP}%)${c.stale > 0 ? `, ${pluriel(c.stale, 'périmée')}` : ''}`)
			.join(`${NBSP}; `)}`,
	translatedFile: (c) =>
		c.obsolete
			? `${c.file}${NBSP}: ne traduit aucune de ces échelles (${pluriel(c.removed, 'entrée')})${NBSP}; ${c.prune ? 'supprimé' : 'supprimez-le, ou relancez avec --prune'}`
			: `${c.file}${NBSP}: ${c.written ? '' : 'inchangé, '}${pluriel(c.added, 'entrée')} ajoutée${c.added < 2 ? '' : 's'}, ${new Intl.NumberFormat('fr-FR').format(c.kept)} conservée${c.kept < 2 ? '' : 's'}${c.stale > 0 ? `, ${pluriel(c.stale, 'périmée')} (à mettre à jour par une personne)` : ''}${
					c.removed > 0 ? `, ${new Intl.NumberFormat('fr-FR').format(c.removed)} ${c.prune ? (c.removed < 2 ? 'retirée' : 'retirées') : 'sans équivalent dans la source (relancez avec --prune pour les retirer)'}` : ''
				}`,
	translateSummary: (c) =>
		`${pluriel(c.written, 'fichier')} sur ${new Intl.NumberFormat('fr-FR').format(c.files)} ${c.dryRun ? (c.written < 2 ? 'serait écrit' : 'seraient écrits') : c.written < 2 ? 'écrit' : 'écrits'} pour ${c.language}${NBSP}: ${pluriel(c.toTranslate, 'entrée')} à traduire${c.stale > 0 ? `, ${pluriel(c.stale, 'périmée')}` : ''}.`,
	staleTranslations: (changes) =>
		`## Traductions que ce changement rend périmées\n\n${changes.map((c) => `- \`${c.file}\` \`${c.field}\`${NBSP}: ${c.languages.join(', ')}`).join('\n')}\n`,
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
	batchProgress: (p) => `${pluriel(p.done, 'évaluation')}, ${new Intl.NumberFormat('fr-FR').format(p.rate)}/s, ${new Intl.NumberFormat('fr-FR').format(p.failed)} avec des problèmes`,
	batchSummary: (p) =>
		`${pluriel(p.count, 'évaluation')}${NBSP}: ${new Intl.NumberFormat('fr-FR').format(p.count - p.failed)} avec un rapport, ${new Intl.NumberFormat('fr-FR').format(p.failed)} avec des problèmes.`,
};

const WORDS: Readonly<Record<Locale, CliWords>> = { en: english, fr: french };

/** The CLI's own words in a language; English when none is set. */
export const cliWords = (locale: Locale | undefined): CliWords => WORDS[locale ?? 'en'];
