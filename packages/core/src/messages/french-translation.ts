import { identifiantsConnus } from './reasons-french.ts';
import type { ProblemParams, TranslatedKind } from './problem-params.ts';
import type { ProblemTexts } from './problems-files.ts';
import { quoted, type TranslationProblemCode } from './problems-translation.ts';
import { vouliezVousDire } from './french-files.ts';
import { fr, nombre } from './french-typography.ts';

/** What a translation names, with its article: « le niveau », « l’attendu ». */
const NOMS: Record<TranslatedKind, string> = {
	ladder: 'l’échelle',
	framework: 'le cadre',
	level: 'le niveau',
	competency: 'la compétence',
	'shared competency': 'la compétence commune',
	statement: 'l’attendu',
	decision: 'la décision',
	'scale value': 'la valeur du barème',
	category: 'la catégorie',
	destination: 'le rôle de destination',
	band: 'le palier',
	text: 'le texte',
};

const inconnu = (p: ProblemParams['TRANSLATION_UNKNOWN']): string =>
	p.kind === 'text'
		? fr`\`${p.id}\` n’a pas de texte source${p.in ? fr` dans \`${p.in}\`` : ''} : il n’y a rien à traduire.`
		: fr`Il n’existe pas ${NOMS[p.kind].replace(/^(l’|le |la )/, (article) => (article === 'l’' ? 'd’' : 'de '))}\`${p.id}\`${p.in ? fr` dans \`${p.in}\`` : ''} à traduire.`;

/** Ce que Rungs dit, en français, des traductions des échelles d’un référentiel. */
export const frenchTranslationProblems: ProblemTexts<TranslationProblemCode> = {
	TRANSLATION_UNKNOWN: inconnu,
	'TRANSLATION_UNKNOWN.hint': (p) =>
		p.shared
			? fr`\`${p.id}\` est une compétence commune : traduisez-la dans shared-competencies.yaml, et ce que cette échelle y ajoute sous \`sharedCompetencies\`.`
			: p.kind === 'text'
				? 'Supprimez-le, ou ajoutez d’abord le texte au fichier source.'
				: vouliezVousDire(p) + fr`Connus : ${identifiantsConnus(p)}.`,
	TRANSLATION_EXTRA_ENTRY: (p) => fr`\`${p.field}\` compte ${nombre(p.count)} entrées, mais la liste source n’en a que ${nombre(p.sourceCount)}.`,
	'TRANSLATION_EXTRA_ENTRY.hint': () => 'Une liste se traduit élément par élément, dans l’ordre de la source : supprimez les entrées au-delà de la fin de la liste source.',
	TRANSLATION_LANGUAGE_MISMATCH: (p) =>
		p.folder !== undefined
			? fr`Ce fichier indique \`language: ${p.language}\` mais se trouve dans le dossier de \`${p.folder}\`.`
			: fr`\`${p.language}\` est la langue dans laquelle les échelles sont écrites : elle n’a pas de traduction.`,
	'TRANSLATION_LANGUAGE_MISMATCH.hint': (p) =>
		p.folder !== undefined ? fr`Déplacez le fichier dans i18n/${p.language}/, ou indiquez \`language: ${p.folder}\`.` : 'Les traductions vont dans un dossier nommé d’après une autre langue, comme i18n/fr/.',
	TRANSLATION_MISSING: (p) =>
		p.entries !== undefined
			? fr`Aucune traduction \`${p.language}\` de ce fichier : ${nombre(p.entries)} textes à traduire (${p.file} n’existe pas).`
			: fr`\`${p.field}\` n’a pas de traduction \`${p.language}\` dans ${p.file}.`,
	'TRANSLATION_MISSING.hint': (p) => fr`Lancez \`rungs translate --to ${p.language}\` pour ajouter les entrées à traduire, puis remplissez leur \`text\`.`,
	TRANSLATION_STALE: (p) =>
		fr`La traduction \`${p.language}\` de \`${p.field}\` a été faite sur un texte plus ancien : elle traduit « ${quoted(p.was)} » et la source dit désormais « ${quoted(p.now)} ».`,
	'TRANSLATION_STALE.hint': () => 'Mettez la traduction à jour d’après le nouveau texte, puis recopiez ce texte dans son `source`.',
};
