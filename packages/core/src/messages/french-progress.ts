import type { ProgressParams } from './english-progress.ts';
import { date, fr, nombre, pluriel } from './french-typography.ts';

type Texts<P> = { [C in keyof P]: (p: P[C]) => string };

/** The words of progress over time and of the growth plan, in French. */
export const frenchProgress: Texts<ProgressParams> = {
	'progress.title': (p) => fr`Progression dans le temps : ${p.name}`,
	'progress.sinceLastTime': () => 'Depuis la dernière fois',
	'progress.span': (p) => fr`${pluriel(p.count, 'évaluation')} du ${date(p.first)} au ${date(p.last)}, chacune mesurée par rapport au niveau ${p.target}.`,
	'progress.summary': (p) =>
		fr`${nombre(p.up)} en hausse, ${nombre(p.down)} en baisse, ${nombre(p.same)} inchangée${p.same < 2 ? '' : 's'}, ${nombre(p.rated)} évaluée${p.rated < 2 ? '' : 's'} pour la première fois, ${nombre(p.unrated)} non évaluée${p.unrated < 2 ? '' : 's'} cette fois.`,
	'progress.movement': (p) => ({ up: 'en hausse', down: 'en baisse', same: 'inchangée', rated: 'évaluée pour la première fois', unrated: 'non évaluée cette fois' })[p.movement] ?? p.movement,
	'progress.heldSince': (p) => fr`depuis le ${date(p.date)}`,
	'progress.evidenceAdded': () => 'Preuves ajoutées depuis',
	'progress.noneMoved': () => 'Aucune appréciation n’a bougé.',
	'progress.timeline': () => 'Chronologie',
	'progress.timelineCaption': () => 'L’appréciation de chaque compétence à chaque évaluation, de la plus ancienne à la plus récente.',
	'progress.chartDescription': (p) =>
		fr`Pour chacune des ${pluriel(p.count, 'évaluation')}, de la plus ancienne à la plus récente, une barre du nombre de compétences au-dessus du niveau cible, au niveau cible, en dessous, ou non évaluées. Le tableau qui suit donne les mêmes nombres.`,
	'progress.countsTable': () => 'Compétences par statut à chaque évaluation',
	'progress.meetsRule': (p) => (p.meets ? 'conforme à la règle' : 'pas encore'),
	'column.readinessRule': () => 'Règle de passage',
	'progress.chartLabel': (p) => fr`Appréciations de ${p.name} sur ${pluriel(p.count, 'évaluation')}`,
	'progress.migrated': (p) => fr`L’évaluation du ${date(p.date)} a été faite sur la version ${p.from} de l’échelle et portée sur la version ${p.to} pour la comparaison :`,
	'progress.change': (p) =>
		({
			kept: fr`${p.name} : reprise telle quelle`,
			're-assess': fr`${p.name} : modifiée depuis ; son appréciation est gardée, à lire avec prudence`,
			removed: fr`${p.name} : ne figure plus dans l’échelle ; son appréciation est mise de côté`,
			'statement-removed': fr`${p.name} : un comportement attendu qu’elle évaluait ne figure plus dans l’échelle`,
			level: 'un niveau qu’elle citait ne figure plus dans l’échelle ; le niveau de l’évaluation la plus récente est repris',
		})[p.kind] ?? p.name,
	'progress.goals': () => 'Objectifs de la dernière fois',
	'progress.outcome': (p) => ({ met: 'atteint', moved: 'en progrès, pas encore atteint', 'not-yet': 'pas encore', gone: 'ne figure plus dans l’échelle' })[p.outcome] ?? p.outcome,
	'progress.goalLine': (p) => fr`${p.name} : ${p.goal}${p.by ? fr` (pour le ${date(p.by)})` : ''}`,
	'progress.goalStatus': (p) => ({ open: 'en cours', done: 'marqué atteint', dropped: 'abandonné' })[p.status] ?? p.status,
	'column.date': () => 'Date de l’évaluation',
	'column.movement': () => 'Évolution',
	'column.since': () => 'Depuis',
	'column.goal': () => 'Objectif',
	'column.outcome': () => 'Résultat',
	'plan.title': (p) => fr`Plan de développement : ${p.name}`,
	'plan.heading': () => 'Sur quoi travailler ensuite',
	'plan.intro': (p) => fr`Les comportements à travailler ensuite pour le niveau ${p.target} : d’abord ce qui fait obstacle, puis les progrès les plus proches.`,
	'plan.reason': (p) => ({ blocker: 'fait obstacle', 'nearest-gain': 'progrès le plus proche' })[p.reason] ?? p.reason,
	'plan.evidence': () => 'Les preuves qui le montreraient',
	'plan.noStatement': () => 'L’échelle ne liste plus de comportement attendu à montrer ici : convenez ensemble de ce qui ferait monter l’appréciation.',
	'plan.noExamples': () => 'L’échelle ne donne pas d’exemple : convenez ensemble de ce qui le montrerait.',
	'plan.yourGoal': () => 'Votre objectif, avec vos propres mots',
	'plan.byWhen': () => 'Pour quand',
	'plan.empty': () => 'Rien ne fait obstacle et toutes les appréciations sont au niveau cible : aucune étape à proposer.',
};
