import type { BlockerParams, HeadlineParams, RuleDescriptionParams } from './readiness-params.ts';
import { fr, liste, nombre, pourcentage } from './french-typography.ts';

type Texts<P> = { [C in keyof P]: (p: P[C]) => string };

/** A competency (feminine) and its rating: « évaluée Régulièrement » or « pas encore évaluée ». */
const appreciee = (rating: string | null) => (rating === null ? 'pas encore évaluée' : fr`évaluée « ${rating} »`);
const preuves = (p: { requireEvidence: boolean }) =>
	p.requireEvidence ? ' Une appréciation sans preuve compte comme affirmée, pas comme démontrée.' : '';
const noms = (list: readonly { name: string }[]) => liste(list.map((c) => c.name));

/** What blocks a readiness rule, in French. */
export const frenchBlockers: Texts<BlockerParams> = {
	BELOW_TARGET: (p) => fr`${p.name} est ${appreciee(p.rating)}, en dessous de la cible.`,
	UNRATED: (p) => fr`${p.name} n’est pas encore évaluée.`,
	REQUIRED_BELOW_TARGET: (p) => fr`${p.name} est obligatoire et ${appreciee(p.rating)}, en dessous de la cible.`,
	BELOW_FLOOR: (p) => fr`${p.name} est ${appreciee(p.rating)}, sous le plancher « ${p.floor} ».`,
	TOO_FEW_AT_TARGET: (p) =>
		fr`${nombre(p.met)} compétence${p.met < 2 ? ' sur ' : 's sur '}${nombre(p.total)} ${p.met < 2 ? 'atteint' : 'atteignent'} la cible ; la règle en demande ${nombre(p.needed)}${p.unrated > 0 ? fr` (${nombre(p.unrated)} pas encore évaluée${p.unrated < 2 ? '' : 's'})` : ''}.${p.short.length > 0 ? fr` Pas encore à la cible : ${noms(p.short)}.` : ''}`,
	TOO_FEW_POINTS: (p) =>
		fr`Les appréciations totalisent ${nombre(p.scored)} point${p.scored < 2 ? '' : 's'} ; la règle en demande ${nombre(p.needed)}.${p.gains.length > 0 ? fr` Les plus gros gains sont à chercher du côté de : ${noms(p.gains)}.` : ''}`,
	NO_EVIDENCE: (p) => fr`${p.name} est ${appreciee(p.rating)}, mais sans preuve pour l’instant.`,
};

/** The readiness headline, in French. */
export const frenchHeadlines: Texts<HeadlineParams> = {
	READINESS_MET: (p) => fr`Ces appréciations atteignent ce que demande ${p.target} : de quoi ouvrir une discussion de calibrage.`,
	READINESS_BLOCKED: (p) =>
		fr`${p.blockers < 2 ? fr`${nombre(p.blockers)} point sépare` : fr`${nombre(p.blockers)} points séparent`} ces appréciations de ${p.target}.`,
};

/** A readiness rule in words, in French. */
export const frenchRuleDescriptions: Texts<RuleDescriptionParams> = {
	RULE_ALL_AT_TARGET: (p) => `Chaque compétence atteint le niveau cible.${preuves(p)}`,
	RULE_N_OF_M: (p) =>
		fr`Au moins ${pourcentage(p.minShare)} des compétences (${nombre(p.needed)} sur ${nombre(p.total)}) atteignent le niveau cible${p.floor !== null ? fr`, aucune n’est évaluée en dessous de « ${p.floor} »` : ''}, et chaque compétence obligatoire l’atteint.${preuves(p)}`,
	RULE_WEIGHTED_POINTS: (p) =>
		fr`Les points de chaque appréciation, multipliés par le poids de chaque compétence, atteignent ${pourcentage(p.minShare)} du total obtenu quand tous les attendus sont satisfaits, et chaque compétence obligatoire atteint le niveau cible.${preuves(p)}`,
};
