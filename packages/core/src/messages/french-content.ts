import { raisonModeleDePaliers, sorteDeFichier, identifiantsConnus } from './reasons-french.ts';
import type { IdKind, OptionExpectation, ProblemParams } from './problem-params.ts';
import type { FileProblemCode, ProblemTexts } from './problems-files.ts';
import type { ImportProblemCode } from './problems-import.ts';
import type { TranslationProblemCode } from './problems-translation.ts';
import type { ProgressProblemCode } from './english-progress-problems.ts';
import { vouliezVousDire } from './french-files.ts';
import { fr, liste, nombre } from './french-typography.ts';

type Keys = Exclude<keyof ProblemParams, FileProblemCode | ImportProblemCode | TranslationProblemCode | ProgressProblemCode>;

/** The end of a house rule's hint: how an organisation that does not ask for this turns it off. */
const regleMaison = (p: { rule: string }): string =>
	fr` (Règle maison \`${p.rule}\` : mettez \`rules: { ${p.rule}: off }\` dans \`framework.yaml\` si votre organisation ne le demande pas.)`;
const champs = (list: readonly string[]): string => liste(list.map((w) => `\`${w}\``));

/** What a repeated id names, with its article: « l’identifiant de compétence ». */
const GENRE: Record<IdKind, string> = {
	competency: 'de compétence',
	statement: 'd’attendu',
	level: 'de niveau',
	decision: 'de décision',
	'scale value': 'de valeur du barème',
	category: 'de catégorie',
	destination: 'de rôle de destination',
	'shared competency': 'de compétence commune',
	ladder: 'd’échelle',
};

/** What an option should have been, in French. */
const attendus: Record<OptionExpectation, (p: ProblemParams['INVALID_OPTION']) => string> = {
	'options-object': (p) => fr`un objet avec les clés ${identifiantsConnus(p)}`,
	'known-option': (p) => fr`l’une de ces options : ${identifiantsConnus(p)}`,
	'readiness-rule': () => "une règle de passage, par exemple `{ rule: 'n-of-m', minShare: 0.75 }`",
	'rule-id': (p) => fr`l’une de ces règles : ${identifiantsConnus(p)}`,
	'rule-key': (p) => fr`les clés ${identifiantsConnus(p)}`,
	boolean: () => '`true` ou `false`',
	share: () => 'une part supérieure à 0 et au plus égale à 1, par exemple `0.75`',
	'scale-rating': (p) => fr`une appréciation du barème : ${identifiantsConnus(p)}`,
	'points-map': () => 'des points par appréciation, par exemple `{ developing: 1, consistently: 3 }`',
	'whole-points': (p) => fr`un nombre entier de points entre 0 et ${nombre(p.max ?? 0)}`,
	target: () => 'un identifiant de niveau de l’échelle de l’évaluation, ou `{ ladder, level }`',
	'level-id': () => 'un identifiant de niveau de l’échelle',
	string: () => 'une chaîne de caractères',
	date: () => 'une date au format `AAAA-MM-JJ`',
	'report-format': (p) => fr`l’un de ces formats : ${identifiantsConnus(p)}`,
	locale: (p) => fr`l’une de ces langues : ${identifiantsConnus(p)}`,
	'one-of': (p) => fr`l’une de ces valeurs : ${identifiantsConnus(p)}`,
	'ladder-id': () => fr`un identifiant comme \`support-representative\` : des lettres et des chiffres reliés par un seul \`-\`, \`_\` ou \`.\``,
	label: () => 'un titre de 1 à 120 caractères',
	'team-report': () => 'un rapport d’écarts ou un résumé d’écarts (de `assess` ou `summariseGapReport`) sur une échelle de ce cadre',
	'team-reports': () => 'une liste de rapports ou de résumés d’écarts',
	'assessments-to-compare': () => 'une liste d’au moins deux évaluations de la même personne, issues de `parseAssessment` ou de `validateAssessment`',
	'earlier-assessments': () => 'une liste d’au moins une évaluation antérieure de la même personne, issue de `parseAssessment` ou de `validateAssessment`, ou sous la forme `{ assessment, ladder, source }`',
};

const QUOI = { person: 'la même personne', ladder: 'la même échelle', target: 'la même cible' } as const;
const QUEL = { current: 'actuel', target: 'cible' } as const;

/** What Rungs says, in French, about references between files, their structure and their content. */
export const frenchContentProblems: ProblemTexts<Keys> = {
	// Références et structure
	DUPLICATE_ID: (p) =>
		fr`L’identifiant ${GENRE[p.kind] ?? ''} \`${p.id}\` est utilisé deux fois${p.firstId ? fr` (d’abord sous la forme \`${p.firstId}\`)` : ''}${p.in ? fr` dans \`${p.in}\`` : ''}${p.inLevel ? fr` au niveau \`${p.inLevel}\`` : ''}${p.alsoIn ? fr` (aussi dans \`${p.alsoIn}\`)` : ''}.`,
	'DUPLICATE_ID.hint': (p) =>
		fr`${p.firstLine === undefined ? '' : fr`Le premier est à la ligne ${nombre(p.firstLine)}. `}Les identifiants doivent être uniques pour que les évaluations et les comparaisons puissent les suivre${p.firstId ? fr` ; deux identifiants qui ne diffèrent que par la casse n’en font qu’un, comme les adresses de pages sur bien des systèmes de fichiers` : ''}.`,
	DUPLICATE_FILE: (p) => fr`Ce dossier contient plus d’un fichier de type ${sorteDeFichier(p.kind)}.`,
	'DUPLICATE_FILE.hint': (p) => fr`Gardez-en un seul : l’autre est \`${p.other}\`.`,
	FRAMEWORK_MISSING: (p) => fr`Aucun \`framework.yaml\` (format \`rungs/framework@1\`) n’a été trouvé dans \`${p.dir}\`.`,
	'FRAMEWORK_MISSING.hint': () => 'Chaque dossier d’échelles a un fichier de cadre, avec le barème et les catégories. Voir `matrices/README.md`.',
	NO_LADDERS: (p) => fr`Aucune échelle (format \`rungs/ladder@1\`) n’a été trouvée dans \`${p.dir}\`.`,
	'NO_LADDERS.hint': () => 'Ajoutez un fichier d’échelle, par exemple `support-representative.yaml`.',
	FILE_ID_MISMATCH: (p) => fr`L’identifiant d’échelle \`${p.id}\` ne correspond pas au nom du fichier \`${p.file}\`.`,
	'FILE_ID_MISMATCH.hint': (p) => fr`Renommez le fichier en \`${p.id}.yaml\`, ou changez l’identifiant en \`${p.stem}\`.`,
	UNKNOWN_CATEGORY: (p) => fr`Catégorie inconnue : \`${p.id}\`.`,
	'UNKNOWN_CATEGORY.hint': (p) => vouliezVousDire(p) + fr`Les catégories sont déclarées dans \`framework.yaml\` : ${identifiantsConnus(p)}.`,
	UNKNOWN_LEVEL: (p) => fr`Niveau inconnu : \`${p.id}\`${p.in ? fr` (dans \`${p.in.field}\` de \`${p.in.competency}\`)` : ''}.`,
	'UNKNOWN_LEVEL.hint': (p) => vouliezVousDire(p) + fr`Les niveaux de \`${p.ladder}\` sont : ${identifiantsConnus(p)}.`,
	UNKNOWN_BAND: (p) => fr`Aucune échelle n’a de niveau au palier \`${p.id}\`.`,
	'UNKNOWN_BAND.hint': (p) => fr`Paliers utilisés : ${identifiantsConnus(p)}. Supprimez ces attendus ou vérifiez le palier.`,
	UNKNOWN_LADDER: (p) => fr`Échelle inconnue : \`${p.id}\`.`,
	'UNKNOWN_LADDER.hint': (p) => vouliezVousDire(p) + fr`Échelles : ${identifiantsConnus(p)}.`,
	UNKNOWN_DESTINATION: (p) => fr`Rôle de destination inconnu : \`${p.id}\`.`,
	'UNKNOWN_DESTINATION.hint': (p) => vouliezVousDire(p) + fr`Déclarez-le sous \`destinations:\` dans \`career-paths.yaml\`. Rôles connus : ${identifiantsConnus(p)}.`,
	UNKNOWN_SHARED_COMPETENCY: (p) => fr`Compétence commune inconnue : \`${p.id}\`.`,
	'UNKNOWN_SHARED_COMPETENCY.hint': (p) => vouliezVousDire(p) + fr`Compétences communes : ${identifiantsConnus(p)}.`,
	UNKNOWN_COMPETENCY: (p) => fr`\`${p.id}\` n’est pas une compétence de ${liste(p.ladders.map((id) => `\`${id}\``), 'ni de')}.`,
	'UNKNOWN_COMPETENCY.hint': (p) => vouliezVousDire(p) + fr`Compétences : ${identifiantsConnus(p)}.`,
	UNKNOWN_STATEMENT: (p) => fr`\`${p.id}\` n’est pas un attendu de \`${p.competency}\`.`,
	'UNKNOWN_STATEMENT.hint': (p) => vouliezVousDire(p) + 'Les identifiants des attendus figurent sur la page de la compétence et dans `rungs init`.',
	UNKNOWN_SCALE_VALUE: (p) => fr`\`${p.id}\` n’est pas une appréciation du barème.`,
	'UNKNOWN_SCALE_VALUE.hint': (p) => vouliezVousDire(p) + fr`Utilisez l’une de celles-ci : ${identifiantsConnus(p)}.`,
	SHARED_REDEFINED: (p) => fr`\`${p.id}\` est une compétence commune ; cette échelle la redéfinit.`,
	'SHARED_REDEFINED.hint': () => 'Listez-la plutôt sous `sharedCompetencies:`, et ajoutez-y les attendus propres au rôle.',
	SHARED_RESTATED: (p) =>
		fr`Cet attendu ${p.how === 'id' ? 'reprend l’identifiant d’' : 'répète '}un attendu commun de \`${p.competency}\` (\`${p.shared}\`).`,
	'SHARED_RESTATED.hint': (p) =>
		p.derived
			? fr`Son identifiant est tiré de son texte, qui commence comme celui de l’attendu commun : écrivez-le sous la forme \`{ id, text }\`, avec un identifiant qui lui soit propre.`
			: 'Une échelle peut ajouter des attendus à une compétence commune, jamais les reformuler ni les remplacer. Modifiez plutôt le fichier commun, pour toutes les échelles.',
	UNKNOWN_LEVEL_BAND: (p) =>
		fr`Le niveau \`${p.level}\` est au palier \`${p.id}\`, que les compétences communes ne décrivent pas : ce niveau n’aurait aucun de leurs attendus.`,
	'UNKNOWN_LEVEL_BAND.hint': (p) => fr`Paliers de \`shared-competencies.yaml\` : ${identifiantsConnus(p)}. Utilisez-en un, ou écrivez-y les attendus de ce palier.`,
	SHARED_BAND_MISSING: (p) => fr`La compétence commune \`${p.id}\` n’a aucun attendu pour le palier \`${p.band}\` (niveau \`${p.level}\`).`,
	'SHARED_BAND_MISSING.hint': () =>
		'Écrivez des attendus pour ce palier dans `shared-competencies.yaml`, ajoutez ici des attendus propres au rôle pour ce niveau, ou expliquez le manque dans `levelNotes`.',
	COMPETENCY_ID_CLASH: (p) => fr`L’identifiant de compétence \`${p.id}\` est aussi défini par l’échelle \`${p.other}\`, en ${p.otherFile}:${p.otherLine}.`,
	'COMPETENCY_ID_CLASH.hint': () =>
		fr`Un identifiant de compétence a le même sens dans tout le cadre, pour qu’un changement de rôle compare ce qui est comparable. Renommez-en un, ou faites-en une compétence commune. (Le conflit est signalé sur l’échelle la plus récente : listée plus bas dans \`ladders\` de \`framework.yaml\`, ou non listée.)`,
	LEVEL_ORDER: (p) =>
		fr`Le palier redescend de \`${p.first}\` (${p.firstBand}) à \`${p.second}\` (${p.secondBand}) ; les paliers ne redescendent jamais le long d’une échelle.`,
	'LEVEL_ORDER.hint': (p) => fr`Vérifiez le palier de \`${p.id}\` (ou de \`${p.other}\`), et listez les niveaux du premier au dernier.`,
	LEVEL_NOT_COVERED: (p) => fr`\`${p.competency}\` n’a aucun attendu pour le niveau \`${p.level}\`.`,
	'LEVEL_NOT_COVERED.hint': () => 'Décrivez ce que ce niveau montre pour cette compétence, ou expliquez dans `levelNotes` pourquoi il n’y a rien.',
	INVALID_BAND: (p) => fr`Le palier \`${p.id}\` du niveau \`${p.level}\` ne suit pas le modèle de paliers du cadre, \`${p.pattern}\`.`,
	'INVALID_BAND.hint': () =>
		'Utilisez un palier conforme au modèle, ou déclarez les paliers de votre organisation avec `bandPattern` dans `framework.yaml`, par exemple `^(IC|M)[0-9]{1,2}$`.',
	LEVEL_BAND_MISSING: (p) => fr`Le niveau \`${p.level}\` n’a pas de palier, alors que cette échelle utilise des compétences communes.`,
	'LEVEL_BAND_MISSING.hint': () =>
		fr`Les compétences communes écrivent leurs attendus par palier : donnez au niveau le palier dont il attend les attendus communs.`,
	BAND_PATTERN_INVALID: (p) => fr`Le modèle de paliers \`${p.pattern}\` est refusé : ${raisonModeleDePaliers(p.reason)}`,
	'BAND_PATTERN_INVALID.hint': () =>
		fr`Un modèle de paliers est une expression régulière comme \`^(IC|M)[0-9]{1,2}$\` : des lettres, des classes, des groupes avec \`|\`, et la répétition d’un seul caractère ou d’une seule classe.`,
	LEVELS_EMPTY: (p) => fr`Les \`levels\` de \`${p.competency}\` ne nomment aucun niveau.`,
	'LEVELS_EMPTY.hint': () =>
		fr`Indiquez \`{ from }\`, \`{ upTo }\`, \`{ from, upTo }\` ou une liste d’identifiants de niveaux ; ou supprimez \`levels\` pour une compétence qui vaut à tous les niveaux.`,
	LEVEL_RANGE_REVERSED: (p) =>
		fr`Les \`levels\` de \`${p.competency}\` vont de \`${p.from}\` jusqu’à \`${p.upTo}\`, qui vient avant sur l’échelle.`,
	'LEVEL_RANGE_REVERSED.hint': () => fr`Inversez \`from\` et \`upTo\` : \`from\` est le premier niveau où elle s’applique, \`upTo\` le dernier.`,
	STATEMENTS_OUTSIDE_LEVELS: (p) =>
		fr`\`${p.competency}\` a des attendus pour le niveau \`${p.level}\`, où ses \`levels\` disent qu’elle ne s’applique pas.`,
	'STATEMENTS_OUTSIDE_LEVELS.hint': (p) =>
		fr`Elle s’applique à : ${liste(p.levels.map((id) => `\`${id}\``))}. Déplacez les attendus vers l’un de ces niveaux, ou élargissez \`levels\`.`,
	DUPLICATE_PATH: (p) => fr`Ce parcours de \`${p.from}\` vers \`${p.to}\` figure deux fois.`,
	'DUPLICATE_PATH.hint': (p) => (p.firstLine === undefined ? '' : fr`Le premier est à la ligne ${nombre(p.firstLine)}.`),
	LADDER_VERSION_MISMATCH: (p) => fr`Cette évaluation a été faite sur \`${p.ladder}\` ${p.was} ; l’échelle en est maintenant à la version ${p.now}.`,
	'LADDER_VERSION_MISMATCH.hint': (p) =>
		fr`Lancez \`rungs migrate ${p.file} --to ${p.now}\` pour la passer sur la version actuelle ; les éléments modifiés seront marqués à réévaluer.`,
	LADDER_MAJOR_MISMATCH: (p) =>
		fr`Cette évaluation a été faite sur \`${p.ladder}\` ${p.was} ; l’échelle en est maintenant à la version ${p.now}, une nouvelle version majeure.`,
	'LADDER_MAJOR_MISMATCH.hint': (p) =>
		fr`Des niveaux ou des compétences ont pu disparaître. Lancez \`rungs migrate ${p.file}\` pour la passer en ${p.now} ; les éléments modifiés seront marqués à réévaluer.`,
	TARGET_BELOW_CURRENT: (p) => fr`La cible \`${p.target}\` est en dessous du niveau actuel \`${p.current}\`.`,
	'TARGET_BELOW_CURRENT.hint': () => fr`Vérifiez \`current\` et \`target\` ; pour vérifier le niveau actuel, prenez-le comme cible.`,
	ASSESSMENTS_NOT_COMPARABLE: (p) => fr`Ces évaluations ne portent pas sur ${QUOI[p.what]} : \`${p.first}\` et \`${p.second}\`.`,
	'ASSESSMENTS_NOT_COMPARABLE.hint': () => 'Le calibrage compare deux évaluations de la même personne, sur la même échelle et vers la même cible.',
	// Règles de contenu : des avertissements pour qui rédige
	NUMBER_IN_EXPECTATION: (p) => fr`L’attendu contient un chiffre ou un objectif chiffré (\`${p.match}\`).`,
	'NUMBER_IN_EXPECTATION.hint': (p) =>
		'Décrivez un comportement, pas des chiffres. Gardez les objectifs ailleurs et reliez-les avec le `metricsUrl` du niveau.' + regleMaison(p),
	DUPLICATE_STATEMENT: (p) => fr`Cet attendu répète \`${p.other}\` (niveau ${p.otherLevel}).`,
	'DUPLICATE_STATEMENT.hint': (p) => fr`Les attendus se cumulent : un niveau inclut déjà ceux d’en dessous. Dites plutôt ce qui change.` + regleMaison(p),
	FEWER_STATEMENTS: (p) =>
		fr`\`${p.competency}\` a ${nombre(p.count)} attendu${p.count < 2 ? '' : 's'} au niveau \`${p.level}\`, moins que les ${nombre(p.previousCount)} de \`${p.previous}\`.`,
	'FEWER_STATEMENTS.hint': (p) => fr`Si c’est voulu, expliquez pourquoi sous \`levelNotes: { ${p.level}: … }\`.` + regleMaison(p),
	NO_EVIDENCE_EXAMPLES: (p) => fr`\`${p.competency}\` n’a aucun exemple de preuve.`,
	'NO_EVIDENCE_EXAMPLES.hint': (p) => 'Citez quelques types de preuves qui montrent cette compétence, pour que chacun sache quoi apporter.' + regleMaison(p),
	AUTHORITY_SHRINKS: (p) => fr`Le niveau \`${p.level}\` ne liste plus la décision \`${p.decision}\`, que \`${p.previous}\` prend en autonomie.`,
	'AUTHORITY_SHRINKS.hint': (p) => fr`L’autonomie grandit en montant l’échelle : reprenez la décision à ce niveau, avec sa limite.` + regleMaison(p),
	LEVEL_NARRATIVE_MISSING: (p) => fr`Le niveau \`${p.level}\` n’a pas de ${liste(p.missing.map((w) => `\`${w}\``), 'ni de')}.`,
	'LEVEL_NARRATIVE_MISSING.hint': (p) =>
		fr`Dites en une phrase chacun ce qui distingue ce niveau : son résumé, son périmètre, sa responsabilisation et son initiative.` + regleMaison(p),
	AUTHORITY_MISSING: (p) =>
		p.missing.includes('authority')
			? fr`Le niveau \`${p.level}\` ne définit pas son autonomie de décision.`
			: fr`L’autonomie du niveau \`${p.level}\` ne liste rien sous ${champs(p.missing)}.`,
	'AUTHORITY_MISSING.hint': (p) =>
		fr`Écrivez ce que ce niveau décide seul (\`decideAlone\`), ce qui sort de son périmètre (\`outOfScope\`) et quand il fait remonter (\`escalateWhen\`), au moins une entrée chacun.` + regleMaison(p),
	LADDER_SUMMARY_MISSING: (p) => fr`L’échelle \`${p.ladder}\` n’a pas de résumé.`,
	'LADDER_SUMMARY_MISSING.hint': (p) => fr`Ajoutez \`summary:\`, quelques phrases sur ce que font les personnes de ce rôle et sur la progression le long de l’échelle.` + regleMaison(p),
	DESCRIPTION_MISSING: (p) => fr`\`${p.competency}\` n’a pas de description.`,
	'DESCRIPTION_MISSING.hint': (p) => fr`Ajoutez \`description:\`, ce dont parle cette compétence à tous les niveaux.` + regleMaison(p),
	TOO_MANY_STATEMENTS: (p) =>
		p.level === undefined
			? fr`L’échelle \`${p.ladder}\` compte ${nombre(p.count)} attendus ; la règle maison en autorise ${nombre(p.max)}.`
			: fr`Le niveau \`${p.level}\` ajoute ${nombre(p.count)} attendus ; la règle maison en autorise ${nombre(p.max)}.`,
	'TOO_MANY_STATEMENTS.hint': (p) =>
		fr`Fusionnez les attendus qui disent la même chose, ou relevez \`max\` sous \`rules: { ${p.rule}: { max } }\` dans \`framework.yaml\`.` + regleMaison(p),
	PATH_WITHIN_LADDER: () => fr`Ce parcours reste sur une seule échelle ; monter d’un niveau sur la même échelle va de soi.`,
	'PATH_WITHIN_LADDER.hint': () => 'Supprimez-le, ou faites-le mener vers une autre échelle.',
	UNUSED_SHARED_COMPETENCY: (p) => fr`Aucune échelle n’utilise la compétence commune \`${p.id}\`.`,
	'UNUSED_SHARED_COMPETENCY.hint': () => 'Ajoutez-la aux `sharedCompetencies` d’une échelle, ou supprimez-la.',
	EVIDENCE_WITHOUT_RATING: (p) => fr`\`${p.competency}\` a des preuves mais aucune appréciation.`,
	'EVIDENCE_WITHOUT_RATING.hint': () => 'Ajoutez un `rating`, sinon le rapport comptera la compétence comme non évaluée.',

	COMPETENCY_NOT_AT_LEVEL: (p) =>
		fr`\`${p.competency}\` ne s’applique pas au niveau cible \`${p.level}\` : son appréciation n’est pas comptée.`,
	'COMPETENCY_NOT_AT_LEVEL.hint': (p) =>
		fr`Elle s’applique à : ${liste(p.levels.map((id) => `\`${id}\``))}. Retirez l’appréciation, ou vérifiez la cible.`,

	// Arguments et options des fonctions de l’API
	INVALID_OPTION: (p) =>
		p.expected === 'known-option'
			? fr`\`${p.option}\` n’est pas une option possible ici.`
			: p.expected === 'rule-key'
				? fr`La règle ${p.rule ?? ''} n’a pas de clé \`${p.option.split('.').at(-1) ?? ''}\` (\`${p.option}\`).`
				: fr`L’option \`${p.option}\` n’est pas valide : elle vaut ${p.value}.`,
	'INVALID_OPTION.hint': (p) => vouliezVousDire(p) + fr`Attendu : ${(attendus[p.expected] ?? (() => p.expected))(p)}.`,
	UNKNOWN_TARGET: (p) => fr`La cible \`${p.target}\` n’est un niveau d’aucune échelle de ce cadre.`,
	'UNKNOWN_TARGET.hint': (p) =>
		vouliezVousDire(p) + fr`Indiquez un niveau de \`${p.ladder}\` (${identifiantsConnus(p)}), ou \`{ ladder, level }\` pour un niveau d’une autre échelle.`,
	ASSESSMENT_NOT_IN_FRAMEWORK: (p) => fr`L’évaluation porte sur \`${p.ladder}\` au niveau \`${p.level}\`, que ce cadre ne contient pas.`,
	'ASSESSMENT_NOT_IN_FRAMEWORK.hint': () =>
		'Vérifiez d’abord l’évaluation avec le même cadre (parseAssessment ou validateAssessment), puis évaluez-la.',
	MIGRATION_LEVEL_REMOVED: (p) => fr`Le niveau ${QUEL[p.which]} \`${p.id}\` n’existe pas dans ${p.ladder} ${p.version}.`,
	'MIGRATION_LEVEL_REMOVED.hint': (p) =>
		vouliezVousDire(p) + fr`Choisissez le niveau ${QUEL[p.which]} de destination (option \`${p.which}\`) ; les niveaux sont : ${identifiantsConnus(p)}.`,
	FRAMEWORK_CHANGED: (p) =>
		fr`Le cadre contient ${p.field === 'weight' ? fr`le poids ${p.value} pour \`${p.competency ?? ''}\`` : fr`une règle de passage dont \`${p.key ?? ''}\` vaut ${p.value}`}, ce que parseFramework refuse.`,
	'FRAMEWORK_CHANGED.hint': () =>
		fr`Passez le cadre que parseFramework a renvoyé (il est figé) ; pour un cadre modifié, modifiez les fichiers et relisez-les.`,
	MIGRATION_OTHER_LADDER: (p) => fr`L’évaluation porte sur \`${p.assessed}\`, et les versions données sont celles de \`${p.before}\` et \`${p.after}\`.`,
	'MIGRATION_OTHER_LADDER.hint': () =>
		fr`La migration fait passer une évaluation d’une version à l’autre de sa propre échelle ; passer à une autre échelle, c’est une nouvelle évaluation.`,
};
