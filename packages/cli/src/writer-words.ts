import type { Locale } from '@rungs/core/render';

// The CLI's own lines around the files that fix, init, migrate and import write, in each language
// the library speaks (cli-words.ts has validate's and diff's). Help and usage errors stay English.

interface WriterWords {
	fixFile: (p: { path: string; count: number; dryRun: boolean }) => string;
	fixLine: (p: { line: number; competency: string; id: string }) => string;
	fixSummary: (p: { count: number; files: number; dryRun: boolean }) => string;
	initWrote: (p: { out: string }) => string;
	migrateNothing: (p: { file: string; title: string; version: string }) => string;
	migrated: (p: { file: string; from: string; to: string }) => string;
	migrateUnchanged: () => string;
	migrateRenamed: (p: { file: string; title: string; version: string }) => string;
	imported: (p: { written: string; levels: number; competencies: number }) => string;
	importAskMore: (p: { file: string; path: string }) => string;
	goalsWritten: (p: { file: string; count: number }) => string;
}

const NBSP = '\u00a0';
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
const nombre = (n: number) => new Intl.NumberFormat('fr-FR').format(n);
const pluriel = (n: number, mot: string, plusieurs = `${mot}s`) => `${nombre(n)} ${n < 2 ? mot : plusieurs}`;

const english: WriterWords = {
	fixFile: (p) => `${p.path}: ${p.dryRun ? 'would write' : 'wrote'} ${plural(p.count, 'statement id')}`,
	fixLine: (p) => `  line ${p.line}: ${p.competency} ${p.id}`,
	fixSummary: (p) =>
		p.count === 0 ? 'Every statement has an id already: nothing to write.' : `${p.dryRun ? 'Would write' : 'Wrote'} ${plural(p.count, 'statement id')} in ${plural(p.files, 'file')}.`,
	initWrote: (p) => `Wrote ${p.out}: fill in the ratings, then run \`rungs gap ${p.out}\`.`,
	migrateNothing: (p) => `${p.file} is already on ${p.title} ${p.version}: nothing to migrate.`,
	migrated: (p) => `Migrated ${p.file} from ${p.from} to ${p.to}:`,
	migrateUnchanged: () => 'every rating applies unchanged',
	migrateRenamed: (p) => `${p.file} is on ${p.title} ${p.version}: its \`matrix:\` key is now \`ladder:\`, nothing else changed.`,
	// Counted as before this catalog (always "levels", "competencies"): scripts may read the line.
	imported: (p) => `${p.written}: ${p.levels} levels, ${p.competencies} competencies.`,
	importAskMore: (p) => `The framework's rules ask for more than ${p.file} holds: add it to ${p.path}, then run \`rungs validate\`.`,
	goalsWritten: (p) => `Wrote ${plural(p.count, 'goal')} into ${p.file}: write each in your own words with a date; the next assessment, with \`--since ${p.file}\`, reports on them.`,
};

const french: WriterWords = {
	fixFile: (p) => `${p.path}${NBSP}: ${pluriel(p.count, 'identifiant d’attendu', 'identifiants d’attendus')} ${p.dryRun ? (p.count < 2 ? 'serait écrit' : 'seraient écrits') : p.count < 2 ? 'écrit' : 'écrits'}`,
	fixLine: (p) => `  ligne ${nombre(p.line)}${NBSP}: ${p.competency} ${p.id}`,
	fixSummary: (p) =>
		p.count === 0
			? `Chaque attendu a déjà un identifiant${NBSP}: rien à écrire.`
			: `${pluriel(p.count, 'identifiant d’attendu', 'identifiants d’attendus')} ${p.dryRun ? (p.count < 2 ? 'serait écrit' : 'seraient écrits') : p.count < 2 ? 'écrit' : 'écrits'} dans ${pluriel(p.files, 'fichier')}.`,
	initWrote: (p) => `${p.out} écrit${NBSP}: renseignez les appréciations, puis lancez \`rungs gap ${p.out}\`.`,
	migrateNothing: (p) => `${p.file} porte déjà sur ${p.title} ${p.version}${NBSP}: rien à migrer.`,
	migrated: (p) => `${p.file} migré de la version ${p.from} à la version ${p.to}${NBSP}:`,
	migrateUnchanged: () => 'chaque appréciation s’applique telle quelle',
	migrateRenamed: (p) => `${p.file} porte sur ${p.title} ${p.version}${NBSP}: sa clé \`matrix:\` s’appelle désormais \`ladder:\`, rien d’autre ne change.`,
	imported: (p) => `${p.written}${NBSP}: ${pluriel(p.levels, 'niveau', 'niveaux')}, ${pluriel(p.competencies, 'compétence')}.`,
	importAskMore: (p) => `Les règles du référentiel demandent plus que ce que contient ${p.file}${NBSP}: complétez ${p.path}, puis lancez \`rungs validate\`.`,
	goalsWritten: (p) =>
		`${pluriel(p.count, 'objectif')} ${p.count < 2 ? 'écrit' : 'écrits'} dans ${p.file}${NBSP}: formulez chacun avec vos propres mots et une date${NBSP}; la prochaine évaluation, avec \`--since ${p.file}\`, en fera le point.`,
};

const WORDS: Readonly<Record<Locale, WriterWords>> = { en: english, fr: french };

/** The lines of the commands that write files, in a language; English when none is set. */
export const writerWords = (locale: Locale | undefined): WriterWords => WORDS[locale ?? 'en'];
