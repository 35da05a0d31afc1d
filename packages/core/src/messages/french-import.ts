import { identifiantsConnus } from './reasons-french.ts';
import type { ImportParams } from './import-english.ts';
import type { ImportProblemCode } from './problems-import.ts';
import type { ProblemTexts } from './problems-files.ts';
import { vouliezVousDire } from './french-files.ts';
import { fr, nombre } from './french-typography.ts';

/** What `rungs import` and `importLadder` say about a spreadsheet or a CASE package, in French. */
export const frenchImportProblems: ProblemTexts<ImportProblemCode> = {
	IMPORT_UNCLOSED_QUOTE: () => fr`Une cellule entre guillemets s’ouvre ici et ne se ferme jamais : tout le reste du fichier tiendrait dans une seule cellule.`,
	'IMPORT_UNCLOSED_QUOTE.hint': () => 'Fermez les guillemets. Un guillemet à l’intérieur d’une cellule entre guillemets s’écrit deux fois (`""`).',
	IMPORT_NO_LEVELS: (p) =>
		p.found === 0 ? 'La ligne d’en-tête ne nomme aucune colonne de niveau.' : fr`La ligne d’en-tête ne nomme qu’un niveau ; une échelle en a au moins deux.`,
	'IMPORT_NO_LEVELS.hint': () =>
		fr`La première ligne contient la colonne des compétences, des colonnes \`Category\` et \`Description\` facultatives, puis une colonne par niveau, dans l’ordre, titrée du nom du niveau, par exemple \`Senior (P3)\`.`,
	IMPORT_NO_COMPETENCIES: () => fr`Aucune ligne ne contient de compétence avec des attendus : il n’y a rien à importer.`,
	'IMPORT_NO_COMPETENCIES.hint': () =>
		fr`Chaque ligne sous l’en-tête est une compétence : son nom, puis ses attendus pour chaque niveau, un par ligne.`,
	IMPORT_LEVEL_REPEATED: (p) => fr`Le niveau \`${p.title}\` (identifiant \`${p.id}\`) a deux colonnes ; la première est la colonne ${nombre(p.firstColumn)}.`,
	'IMPORT_LEVEL_REPEATED.hint': () => fr`Donnez à chaque colonne de niveau son propre titre ; les identifiants des niveaux sont tirés des titres.`,
	IMPORT_CELL_NOT_PLACED: (p) =>
		({
			'no-level': fr`Cette cellule est à droite de la dernière colonne de niveau, aucun niveau ne la contient : « ${p.text} ».`,
			'no-competency': fr`La ligne de cette cellule n’a pas de nom de compétence, aucune compétence ne la contient : « ${p.text} ».`,
			'untitled-level': fr`La colonne de cette cellule n’a pas de titre de niveau, aucun niveau ne la contient : « ${p.text} ».`,
		})[p.reason],
	'IMPORT_CELL_NOT_PLACED.hint': (p) =>
		({
			'no-level': 'Ajoutez un titre de niveau en tête de cette colonne, ou déplacez le texte dans une colonne de niveau.',
			'no-competency': 'Indiquez le nom de la compétence dans la première colonne de cette ligne.',
			'untitled-level': 'Ajoutez le titre du niveau, par exemple `Senior (P3)`, en tête de cette colonne.',
		})[p.reason],
	IMPORT_NO_STATEMENTS: (p) => fr`La compétence « ${p.name} » n’a d’attendu à aucun niveau : elle n’a pas été importée.`,
	'IMPORT_NO_STATEMENTS.hint': () => 'Écrivez ce que la compétence attend dans la cellule de chaque niveau où elle s’applique, un attendu par ligne.',
	IMPORT_CATEGORY_UNKNOWN: (p) => fr`Le cadre n’a pas de catégorie « ${p.name} » ; la compétence a été rangée sous \`${p.used}\`.`,
	'IMPORT_CATEGORY_UNKNOWN.hint': (p) =>
		vouliezVousDire(p) + fr`Catégories de \`framework.yaml\` : ${identifiantsConnus(p)}. Déclarez-y la catégorie, ou modifiez la cellule.`,
	IMPORT_SHARED_UNKNOWN: (p) =>
		fr`« ${p.name} » est marquée commune, mais le cadre n’a pas de compétence commune de ce nom ; elle a été importée comme propre à cette échelle.`,
	'IMPORT_SHARED_UNKNOWN.hint': () =>
		'Importez dans le dossier dont le `shared-competencies.yaml` la définit, ou gardez-la comme compétence propre à l’échelle.',
	IMPORT_CASE_UNREADABLE: (p) =>
		({
			json: fr`Le fichier n’est pas du JSON${p.detail ? fr` : ${p.detail}` : ''}.`,
			document: fr`Ce JSON n’est pas un CFPackage CASE : il n’a pas d’objet \`CFDocument\`.`,
			rubric: fr`Le paquet CASE n’a pas de \`CFRubrics\` avec des critères : Rungs lit la grille compétences × niveaux d’une échelle dans une grille d’évaluation (rubric).`,
		})[p.reason],
	'IMPORT_CASE_UNREADABLE.hint': (p) =>
		p.reason === 'rubric'
			? 'Exportez le référentiel avec sa grille d’évaluation (un critère par compétence, un niveau de critère par niveau de carrière), ou importez la grille en CSV.'
			: 'Passez le JSON CFPackage qu’écrit un serveur CASE (comme OpenSALT) ou `rungs export --format case`.',
};

type Texts<P> = { [C in keyof P]: (p: P[C]) => string };

/** The comments `importLadder` writes into a ladder it makes, in French. */
export const frenchImport: Texts<ImportParams> = {
	'import.comment.source': (p) => fr`Importé de ${p.file} par \`rungs import\` ; vérifiez-le, puis modifiez-le comme toute échelle.`,
	'import.comment.worthAdding': () => fr`À ajouter quand vous l’avez (les règles du cadre disent ce qui est obligatoire) :`,
	'import.comment.summary': () => fr`  summary : ce que font les personnes de ce rôle et comment l’échelle progresse`,
	'import.comment.narrative': () => fr`  pour chaque niveau : summary, scope, ownership et initiative`,
	'import.comment.authority': () => fr`  pour chaque niveau : authority (decideAlone, outOfScope, escalateWhen)`,
	'import.comment.description': () => fr`  pour chaque compétence : une description, et des evidenceExamples`,
	'import.comment.ids': () =>
		'Les identifiants ont été tirés des titres et des textes. Gardez un identifiant quand vous reformulez son texte, pour que les évaluations le suivent.',
	'import.comment.replaces': () => 'Les attendus de chaque niveau remplacent ceux du niveau inférieur, comme dans les colonnes du tableur.',
	'import.comment.category': (p) =>
		fr`Le fichier indique la catégorie « ${p.name} », que \`framework.yaml\` ne déclare pas : rangée sous ${p.used}.`,
	'import.comment.shared': (p) => fr`Marquée commune dans le fichier, mais le cadre n’a pas de compétence commune « ${p.name} ».`,
};
