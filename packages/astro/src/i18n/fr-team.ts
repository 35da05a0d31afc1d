import type { TeamStrings } from './en-team.ts';

/*
 * Le texte de la page d’équipe en français, de la même forme que ./en-team.ts. Vocabulaire :
 * matrices/i18n/fr/README.md (échelle, niveau, cible, appréciation, preuve, auto-évaluation,
 * manager), les mêmes mots que les rapports de @rungs/core. Les phrases s’écrivent ici avec une
 * espace ordinaire ; `typographie` pose les espaces insécables une fois pour toutes.
 */

/** Espace insécable avant le deux-points, espace fine insécable avant ; ! ? et à l’intérieur des « ». */
const espaces = (text: string): string =>
	text
		.replace(/ :/g, '\u00a0:')
		.replace(/ ([;!?»])/g, '\u202f$1')
		.replace(/« /g, '«\u202f');

/** Chaque chaîne de l’objet, espacée à la française ; la forme reste celle de l’anglais. */
function typographie<T>(value: T): T {
	if (typeof value === 'string') return espaces(value) as T;
	if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, typographie(inner)])) as T;
	return value;
}

export const frTeam: TeamStrings = typographie({
	nav: 'Équipe',
	title: 'Synthèse d’équipe',
	description: 'Ouvrez d’un coup les évaluations de votre équipe : passage au niveau cible, appréciations et divergences en un coup d’œil, en privé dans votre navigateur.',
	lede: 'Ouvrez d’un coup toutes les évaluations de votre équipe : le passage de chaque personne vers sa propre cible, toutes les appréciations côte à côte, et par où commencer.',
	privateHeading: 'Privé par conception.',
	private: 'Les fichiers sont lus par cette page, dans ce navigateur : rien n’est envoyé nulle part et rien n’est conservé. Fermez la page et tout disparaît, sauf si vous enregistrez la synthèse.',
	noScript: 'Cette page a besoin de JavaScript pour lire les évaluations dans votre navigateur. La ligne de commande donne la même synthèse : rungs team <dossier>.',
	openHeading: 'Ouvrir les évaluations',
	chooseFiles: 'Choisir des fichiers',
	chooseFolder: 'Choisir un dossier',
	dropHint: 'Ou déposez des fichiers et des dossiers n’importe où sur cette page.',
	formatsHelp: 'Des évaluations enregistrées depuis l’auto-évaluation ou écrites à la main, en YAML ou en JSON, et des fichiers NDJSON avec une évaluation par ligne (comme les lit rungs gap --batch). Ouvrez-en d’autres à tout moment : ils rejoignent la synthèse, et un fichier ouvert de nouveau remplace sa copie précédente.',
	startAgain: 'Recommencer',
	dropHere: 'Déposez les fichiers ici',
	homeBefore: 'Les managers peuvent ouvrir toutes les évaluations d’une équipe dans la ',
	homeLink: 'synthèse d’équipe',
	homeAfter: ' : le passage de chaque personne, toutes les appréciations côte à côte, et les divergences entre auto-évaluation et manager. Elle aussi fonctionne dans le navigateur.',
	homeHeading: 'Voir son équipe en un coup d’œil.',
	script: {
		reading: { one: 'Lecture de {count} fichier…', other: 'Lecture de {count} fichiers…' },
		nothing: 'Aucun fichier d’évaluation dans ce que vous avez ouvert : seuls les fichiers en .yaml, .yml, .json, .ndjson ou .jsonl sont lus.',
		skipped: { one: '{count} autre fichier n’a pas été lu : seuls les fichiers en .yaml, .yml, .json, .ndjson ou .jsonl le sont.', other: '{count} autres fichiers n’ont pas été lus : seuls les fichiers en .yaml, .yml, .json, .ndjson ou .jsonl le sont.' },
		summarised: { one: 'La synthèse porte sur {count} évaluation.', other: 'La synthèse porte sur {count} évaluations.' },
		rejectedCount: { one: '{count} est laissée de côté parce qu’elle a des problèmes : voir la liste ci-dessous.', other: '{count} sont laissées de côté parce qu’elles ont des problèmes : voir la liste ci-dessous.' },
		noneValid: 'Aucun des fichiers ouverts n’est une évaluation de ces échelles telle que cette page l’attend : pas encore de synthèse, voir la liste ci-dessous.',
		failed: 'Les fichiers n’ont pas pu être lus ici : {reason}',
		ladderUnavailable: '« {ladder} » n’a pas pu être chargé depuis ce site : ces fichiers ne peuvent pas encore être vérifiés. Vérifiez votre connexion et réessayez : rien de ce que vous avez ouvert n’est perdu.',
		laddersUnavailable: 'Les échelles n’ont pas pu être chargées depuis ce site : ces fichiers ne peuvent pas encore être vérifiés. Vérifiez votre connexion et réessayez : rien de ce que vous avez ouvert n’est perdu.',
		ladderRetry: 'Réessayer',
		cleared: 'Effacé : plus rien de ces fichiers ne reste sur cette page.',
		problemsHeading: 'Laissés hors de la synthèse',
		problemsHelp: 'Ces fichiers ne sont pas dans la synthèse. Corrigez-les et ouvrez-les de nouveau : un fichier ouvert de nouveau remplace sa copie précédente.',
		lineOf: '{file}, ligne {line}',
		located: 'Ligne {line}, colonne {column} : {sentence}',
		locatedColumn: 'Colonne {column} : {sentence}',
		details: 'Détails pour qui modifie le fichier',
		heatmapHeading: 'Toutes les appréciations, personne par personne',
		heatmapHelp: 'Chaque personne est évaluée par rapport à sa propre cible, comme dans son évaluation. Une marque à côté de chaque appréciation dit où elle se situe par rapport à cette cible.',
		heatmapCaption: 'Appréciations par compétence et par personne, et leur position par rapport à la cible de chaque personne.',
		heatmapRegion: 'Appréciations par compétence et par personne (le tableau défile horizontalement)',
		competency: 'Compétence',
		legendHeading: 'Marques',
		exceeds: 'au-dessus de la cible',
		meets: 'à la cible',
		below: 'en dessous de la cible',
		unrated: 'non évaluée',
		notExpected: 'hors de sa cible',
		notRated: 'Non évaluée',
		notExpectedCell: '—',
		listsHeading: 'Par où commencer',
		disagreeHeading: 'Là où la personne et le manager divergent',
		saveHeading: 'Enregistrer la synthèse',
		saveHelp: 'Un fichier créé ici, dans votre navigateur : la synthèse ci-dessus (passage, appréciations par compétence, divergences), sans les notes ni les preuves des fichiers.',
		saveMarkdown: 'Markdown',
		saveJson: 'JSON',
		saveHtml: 'HTML (lisible dans un e-mail)',
		fileName: 'synthese-equipe',
	},
});
