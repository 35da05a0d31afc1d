import type { UiParams } from './ui-english.ts';
import type { DiffParams } from './diff-english.ts';
import { date, fr, liste, nombre } from './french-typography.ts';

type Texts<P> = { [C in keyof P]: (p: P[C]) => string };

/** Who rated, as a column or a key names them. A role this version does not know is shown as it is. */
const ROLES: Readonly<Record<string, string>> = { self: 'auto-évaluation', manager: 'manager', peer: 'pair' };
const role = (id: string) => ROLES[id] ?? id;
const Role = (id: string) => {
	const name = role(id);
	return name.charAt(0).toUpperCase() + name.slice(1);
};
/** Whose rating: « de la personne », « du manager », « d’un pair ». */
const DE_ROLE: Readonly<Record<string, string>> = { self: 'de la personne', manager: 'du manager', peer: 'd’un pair' };
const deRole = (id: string) => DE_ROLE[id] ?? fr`de « ${id} »`;

/** A level's band in brackets, when the ladder gives it one. */
const palier = (band: string | null | undefined): string => (band ? ` (${band})` : '');

const STATUTS = { exceeds: 'dépasse', meets: 'atteint', below: 'en dessous', unrated: 'non évaluée' } as const;
const CONFIANCE = { low: 'faible', medium: 'moyenne', high: 'élevée' } as const;

/** The fixed words of the reports, in French. */
export const frenchUi: Texts<UiParams> = {
	'document.lang': () => 'fr',
	'report.date': (p) => date(p.date),
	'report.disclaimer': () => fr`Ce rapport sert à préparer une discussion : ce n’est jamais une décision de promotion.`,
	'report.assessor': (p) =>
		p.role === 'self' ? 'auto-évaluation' : fr`évaluation ${deRole(p.role)}${p.name ? fr` par ${p.name}` : ''}`,
	'report.assessedOn': (p) => fr`${p.assessor} du ${date(p.date)}`,
	'report.move': (p) =>
		fr`${p.from.ladder} : ${p.from.level}${palier(p.from.band)} → ${p.roleSwitch ? fr`${p.to.ladder} : ` : ''}${p.to.level}${palier(p.to.band)}`,
	'report.leftBehind': (p) => fr`Hors de l’échelle ${p.ladder} : ${liste(p.names)}.`,
	'report.notes': (p) => fr`Notes : ${p.notes}`,
	'report.note': (p) => fr`Note : ${p.note}`,
	'status.name': (p) => STATUTS[p.status] ?? p.status,
	'tag.required': () => 'obligatoire',
	'tag.carriesOver': () => 'acquise',
	'tag.newInRole': () => 'nouvelle dans ce rôle',
	'tag.reassess': () => 'à réévaluer',
	'tag.appliesFrom': (p) => fr`s’applique à partir de ${p.level}`,
	'evidence.count': (p) =>
		p.count > 0
			? `${nombre(p.count)} preuve${p.count < 2 ? '' : 's'}`
			: p.coverage === 'claimed'
				? 'affirmée, sans preuve'
				: 'aucune preuve',
	'rating.confidence': (p) => `confiance ${CONFIANCE[p.confidence] ?? p.confidence}`,
	'gap.title': (p) => fr`Rapport d’écarts : ${p.name}`,
	'gap.readiness': () => 'Passage au niveau cible',
	'gap.meetsRule': () => 'Conforme à la règle',
	'gap.notYet': () => 'Pas encore',
	'gap.rule': (p) => fr`Règle : ${p.rule}`,
	'gap.counts': (p) =>
		fr`${nombre(p.exceeds)} dépasse${p.exceeds < 2 ? '' : 'nt'} la cible, ${nombre(p.meets)} l’atteigne${p.meets < 2 ? '' : 'nt'}, ${nombre(p.below)} en dessous, ${nombre(p.unrated)} non évaluée${p.unrated < 2 ? '' : 's'}. Preuves apportées pour ${nombre(p.evidenced)}, affirmées sans preuve pour ${nombre(p.claimed)}.`,
	'gap.countsShort': (p) =>
		fr`${nombre(p.exceeds)} au-dessus, ${nombre(p.meets)} à la cible, ${nombre(p.below)} en dessous, ${nombre(p.unrated)} non évaluée${p.unrated < 2 ? '' : 's'} · preuves pour ${nombre(p.evidenced)}, affirmées pour ${nombre(p.claimed)}`,
	'gap.points': (p) => fr`Points : ${nombre(p.scored)} obtenus, ${nombre(p.needed)} requis, ${nombre(p.available)} possibles`,
	'gap.competencies': () => 'Compétences',
	'gap.ratings': () => 'Appréciations par rapport à la cible',
	'gap.ratingsTable': () => 'Tableau des appréciations',
	'gap.ratingsCaption': (p) => fr`L’appréciation de chaque compétence par rapport à ${p.target}`,
	'gap.details': () => 'Ce qui reste à montrer, et les preuves',
	'gap.stillToShow': () => 'Reste à montrer',
	'gap.evidence': () => 'Preuves',
	'column.competency': () => 'Compétence',
	'column.category': () => 'Catégorie',
	'column.rating': () => 'Appréciation',
	'column.status': () => 'Situation',
	'column.evidence': () => 'Preuves',
	'column.difference': () => 'Écart',
	'calibration.title': (p) => fr`Calibrage : ${p.name}`,
	'calibration.assessor': (p) => `${Role(p.role)}${p.name ? ` (${p.name})` : ''}`,
	'calibration.towards': (p) => fr`vers ${p.target} (${p.ladder})`,
	'calibration.towardsSentence': (p) => fr`Vers ${p.target} (${p.ladder}).`,
	'calibration.towardsOnLadder': (p) => fr`Vers ${p.target}, sur l’échelle ${p.ladder}`,
	'calibration.sides': (p) => fr`Première : ${p.first}, le ${date(p.firstDate)} · seconde : ${p.second}, le ${date(p.secondDate)}`,
	'calibration.sidesSentence': (p) => fr`${p.first}, le ${date(p.firstDate)} ; ${p.second}, le ${date(p.secondDate)}`,
	'calibration.summary': (p) =>
		fr`${nombre(p.agree)} en accord, ${nombre(p.differ)} à un cran d’écart, ${nombre(p.discuss)} à discuter, ${nombre(p.incomplete)} incomplète${p.incomplete < 2 ? '' : 's'}`,
	'calibration.summarySentence': (p) =>
		fr`${nombre(p.agree)} en accord, ${nombre(p.differ)} à un cran d’écart, ${nombre(p.discuss)} à discuter (deux crans ou plus), ${nombre(p.incomplete)} incomplète${p.incomplete < 2 ? '' : 's'}.`,
	'calibration.discuss': () => 'à discuter',
	'calibration.toDiscuss': () => 'À discuter',
	'calibration.noNote': () => 'pas de commentaire',
	'calibration.noEvidence': () => 'Aucune preuve apportée.',
	'calibration.table': () => 'Tableau de calibrage',
	'calibration.caption': () =>
		'Les appréciations côte à côte, les plus grands écarts en premier. L’écart compte les crans de la première appréciation à la seconde.',
	'chart.gapTitle': (p) => fr`Appréciations par rapport à ${p.target}`,
	'chart.gapDescription': (p) =>
		fr`Une barre par compétence, de « ${p.lowest} » à « ${p.highest} » ; la ligne verticale marque « ${p.meets} », qui atteint le niveau cible. Le tableau qui suit donne les mêmes appréciations.`,
	'chart.meetsOrExceeds': () => 'atteint ou dépasse',
	'chart.below': () => 'en dessous',
	'chart.target': (p) => fr`cible : ${p.label}`,
	'chart.notRated': () => 'non évaluée',
	'chart.bothUnrated': () => ' (non évaluée)',
	'chart.noRating': (p) => fr` (pas d’appréciation ${deRole(p.role)})`,
	'chart.calibrationTitle': (p) => fr`Appréciations côte à côte : ${role(p.first)} et ${role(p.second)}`,
	'chart.calibrationDescription': (p) =>
		fr`Pour chaque compétence, un anneau marque l’appréciation ${deRole(p.first)} et un carré celle ${deRole(p.second)} ; une ligne les relie, orange quand deux crans ou plus les séparent. Le tableau donne les mêmes appréciations.`,
	'chart.discuss': () => fr`deux crans d’écart : à discuter`,
	'text.label': (p) => `${p.label}\u00a0:`,
	'text.list': (p) => p.items.join('\u00a0; '),
	'problem.severity': (p) => (p.severity === 'error' ? 'erreur' : 'avertissement'),
	'problem.hint': () => fr`Conseil :`,
	'problem.count': (p) => `${nombre(p.errors)} erreur${p.errors < 2 ? '' : 's'}, ${nombre(p.warnings)} avertissement${p.warnings < 2 ? '' : 's'}`,
};

const HAUSSES = { major: 'majeure', minor: 'mineure', patch: 'corrective' } as const;
const vide = (text: string | null) => text ?? 'aucune';

/** A ladder diff's bump reasons, in French: `formatMessage` words them with the problems and readiness. */
export const frenchBumpReason: Texts<Pick<DiffParams, 'diff.reason'>> = {
	'diff.reason': (p) => {
		switch (p.code) {
			case 'level-removed': return fr`niveau retiré : ${p.ids.join(', ')}`;
			case 'level-added': return fr`niveau ajouté : ${p.ids.join(', ')}`;
			case 'competency-removed': return fr`compétence retirée : ${p.ids.join(', ')}`;
			case 'competency-added': return fr`compétence ajoutée : ${p.ids.join(', ')}`;
			case 'level-changed': return fr`niveau ${p.id} modifié`;
			case 'competency-changed': return fr`compétence ${p.id} modifiée`;
			case 'levels-reordered': return 'niveaux réordonnés';
			case 'each-level-changed': return fr`eachLevel passé à ${p.to}`;
			case 'statements-removed': return fr`${nombre(p.count)} attendu${p.count < 2 ? '' : 's'} retiré${p.count < 2 ? '' : 's'}`;
			case 'statements-added': return fr`${nombre(p.count)} attendu${p.count < 2 ? '' : 's'} ajouté${p.count < 2 ? '' : 's'}`;
			case 'statements-moved': return fr`${nombre(p.count)} attendu${p.count < 2 ? '' : 's'} déplacé${p.count < 2 ? '' : 's'} d’un niveau à l’autre`;
			case 'statements-reworded': return fr`${nombre(p.count)} attendu${p.count < 2 ? '' : 's'} reformulé${p.count < 2 ? '' : 's'}`;
		}
	},
};

/** The words of a ladder diff, in French. Quoted texts and titles come in already escaped for Markdown. */
export const frenchDiff: Texts<Omit<DiffParams, 'diff.reason'>> = {
	'diff.noChange': () => 'Aucun changement de contenu.',
	'diff.bump': (p) =>
		fr`Ces changements impliquent une version ${p.implied === 'none' ? '**inchangée**' : fr`**${HAUSSES[p.implied]}**`} (${p.reasons.join(' ; ')}) ; le fichier déclare ${p.declared === 'none' ? 'la même version' : p.declared === 'downgrade' ? 'une version inférieure' : fr`une version ${HAUSSES[p.declared]}`}.`,
	'diff.levels': () => 'Niveaux',
	'diff.competencies': () => 'Compétences',
	'diff.statements': () => 'Comportements attendus',
	'diff.added': (p) => fr`Ajout de **${p.title}** (\`${p.id}\`)`,
	'diff.removed': (p) => fr`Retrait de **${p.title}** (\`${p.id}\`)`,
	'diff.reordered': () => 'Niveaux réordonnés',
	'diff.eachLevel': (p) =>
		p.to === 'replaces-below'
			? 'Les attendus de chaque niveau remplacent désormais ceux du niveau inférieur (`eachLevel: replaces-below`)'
			: 'Les attendus de chaque niveau s’ajoutent désormais à ceux du niveau inférieur (`eachLevel: adds-to-below`)',
	'diff.rewritten': (p) => fr`${liste(p.fields.map((f) => `\`${f}\``))} réécrit${p.fields.length < 2 ? '' : 's'}`,
	'diff.fieldsChanged': (p) => fr`${liste(p.fields.map((f) => `\`${f}\``))} modifié${p.fields.length < 2 ? '' : 's'}`,
	'diff.decisionAdded': (p) => fr`décide désormais en autonomie : ${p.text}`,
	'diff.decisionRemoved': (p) => fr`ne décide plus en autonomie : ${p.text}`,
	'diff.decisionReworded': (p) => fr`décide en autonomie : reformulé ${p.from} → ${p.to}${p.limit ? `, ${p.limit}` : ''}`,
	'diff.decisionLimit': (p) => fr`décide en autonomie : ${p.text}, ${p.limit}`,
	'diff.limit': (p) => fr`limite ${vide(p.from)} → ${vide(p.to)}`,
	'diff.outOfScope': (p) => fr`hors périmètre : ${p.text}`,
	'diff.noLongerOutOfScope': (p) => fr`n’est plus hors périmètre : ${p.text}`,
	'diff.escalates': (p) => fr`fait remonter quand : ${p.text}`,
	'diff.noLongerEscalates': (p) => fr`ne fait plus remonter quand : ${p.text}`,
	'diff.statementAdded': (p) => fr`ajouté ${p.text}`,
	'diff.statementRemoved': (p) => fr`retiré ${p.text}`,
	'diff.statementReworded': (p) => fr`reformulé ${p.from} → ${p.to}`,
	'diff.statementMoved': (p) => fr`déplacé ici depuis ${p.level}${p.to !== null ? fr`, reformulé ${p.from ?? ''} → ${p.to}` : ''}`,
	'diff.quote': (p) => fr`« ${p.text} »`,
};
