import type { TeamParams } from './team-english.ts';
import { fr, nombre, pluriel, pourcentage } from './french-typography.ts';

type Texts<P> = { [C in keyof P]: (p: P[C]) => string };

/** The words of the team summary, in French. */
export const frenchTeam: Texts<TeamParams> = {
	'team.title': (p) => fr`Synthèse d’équipe : ${pluriel(p.people, 'personne')}`,
	'team.totals': (p) =>
		fr`${pluriel(p.assessments, 'évaluation')} de ${pluriel(p.people, 'personne')} ; ${nombre(p.meetsRule)} ${p.meetsRule < 2 ? 'est conforme' : 'sont conformes'} à la règle de sa propre cible ; ${nombre(p.paired)} avec à la fois une auto-évaluation et une évaluation du manager.`,
	'team.readiness': () => 'Passage au niveau cible, personne par personne',
	'team.competencies': () => 'Appréciations par compétence',
	'team.competenciesCaption': () => 'Combien de personnes ont chaque appréciation, et la part qui atteint ou dépasse sa propre cible.',
	'team.weakest': () => 'Compétences les plus faibles',
	'team.strongest': () => 'Compétences les plus solides',
	'team.thinEvidence': () => 'Là où les preuves manquent',
	'team.disagreements': () => 'Là où la personne et le manager divergent',
	'team.none': () => 'Aucune.',
	'team.noPairs': () => 'Personne n’a à la fois une auto-évaluation et une évaluation du manager vers la même cible.',
	'team.share': (p) => (p.share === null ? '—' : pourcentage(p.share)),
	'team.atTarget': (p) => fr`${p.share} de ${pluriel(p.people, 'personne')} à la cible ou au-dessus`,
	'team.noEvidence': (p) => fr`${nombre(p.count)} appréciation${p.count < 2 ? '' : 's'} sur ${nombre(p.rated)} sans preuve`,
	'team.counts': (p) =>
		fr`${nombre(p.exceeds)} au-dessus, ${nombre(p.meets)} à la cible, ${nombre(p.below)} en dessous, ${nombre(p.unrated)} non évaluée${p.unrated < 2 ? '' : 's'} · ${nombre(p.noEvidence)} sans preuve`,
	'team.blockers': (p) => (p.count === 0 ? 'rien ne fait obstacle' : fr`${pluriel(p.count, 'obstacle')}`),
	'team.basis': (p) => fr`${p.assessor} du ${p.date}${p.more > 0 ? fr` (+${nombre(p.more)} autre${p.more < 2 ? '' : 's'})` : ''}`,
	'team.disagreementLine': (p) =>
		fr`${pluriel(p.pairs, 'paire')} : ${nombre(p.discuss)} à discuter, ${nombre(p.differ)} à un cran d’écart, ${nombre(p.meanSteps)} cran${p.meanSteps < 2 ? '' : 's'} d’écart en moyenne`,
	'team.personDisagreement': (p) => fr`${nombre(p.discuss)} à discuter, ${nombre(p.differ)} à un cran d’écart`,
	'team.largest': (p) => fr`${p.name} : auto-évaluation ${p.self}, manager ${p.manager}`,
	'team.skipped': (p) => fr`${pluriel(p.count, 'entrée')} avec des problèmes, laissée${p.count < 2 ? '' : 's'} hors de la synthèse.`,
	'assessors.title': (p) => fr`Calibrage de ${nombre(p.count)} évaluations : ${p.name}`,
	'assessors.caption': () => 'Les appréciations de chaque évaluateur côte à côte, les plus grands écarts en premier. L’écart compte les crans entre l’appréciation la plus basse et la plus haute.',
	'assessors.spread': (p) => (p.steps === null ? 'moins de deux appréciations' : p.steps === 0 ? 'tous d’accord' : fr`${pluriel(p.steps, 'cran')} d’écart`),
	'assessors.agreement': (p) => ({ agree: 'en accord', differ: 'à un cran d’écart', discuss: 'à discuter', incomplete: 'incomplète' })[p.agreement] ?? p.agreement,
	'column.person': () => 'Personne',
	'column.target': () => 'Cible',
	'column.readiness': () => 'Passage',
	'column.basis': () => 'D’après',
	'column.people': () => 'Personnes',
	'column.atTarget': () => 'À la cible',
	'column.noEvidence': () => 'Sans preuve',
	'column.pairs': () => 'Paires',
	'column.toDiscuss': () => 'À discuter',
	'column.meanSteps': () => 'Écart moyen',
	'column.spread': () => 'Écart',
};
