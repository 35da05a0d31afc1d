import type { BlockerParams, HeadlineParams, RuleDescriptionParams } from './readiness-params.ts';

type Texts<P> = { [C in keyof P]: (p: P[C]) => string };

const percent = (share: number) => `${Math.round(share * 100)}%`;
const rated = (rating: string | null) => (rating === null ? 'not rated' : `rated ${rating}`);
const evidenceClause = (p: { requireEvidence: boolean }) => (p.requireEvidence ? ' A rating without evidence counts as claimed, not shown.' : '');

/** What blocks a readiness rule, in English. */
export const englishBlockers: Texts<BlockerParams> = {
	BELOW_TARGET: (p) => `${p.name} is ${rated(p.rating)}, below the target.`,
	UNRATED: (p) => `${p.name} is not rated yet.`,
	REQUIRED_BELOW_TARGET: (p) => `${p.name} is required and ${rated(p.rating)}, below the target.`,
	BELOW_FLOOR: (p) => `${p.name} is ${rated(p.rating)}, below the floor of ${p.floor}.`,
	TOO_FEW_AT_TARGET: (p) =>
		`${p.met} of ${p.total} competencies meet the target; the rule asks for ${p.needed}${p.unrated > 0 ? ` (${p.unrated} not rated yet)` : ''}.${p.short.length > 0 ? ` Not yet at the target: ${p.short.map((c) => c.name).join(', ')}.` : ''}`,
	TOO_FEW_POINTS: (p) =>
		`The ratings score ${p.scored} points; the rule asks for ${p.needed}.${p.gains.length > 0 ? ` The largest gains are in ${p.gains.map((c) => c.name).join(', ')}.` : ''}`,
	NO_EVIDENCE: (p) => `${p.name} is ${rated(p.rating)} but has no evidence yet.`,
};

/** The readiness headline, in English. */
export const englishHeadlines: Texts<HeadlineParams> = {
	// Plain words for the person rated: the rule's name is for whoever configures the ladders.
	READINESS_MET: (p) => `These ratings meet what ${p.target} asks: worth bringing to a calibration conversation.`,
	READINESS_BLOCKED: (p) => `${p.blockers} ${p.blockers === 1 ? 'thing stands' : 'things stand'} between these ratings and ${p.target}.`,
};

/** A readiness rule in words, in English. */
export const englishRuleDescriptions: Texts<RuleDescriptionParams> = {
	RULE_ALL_AT_TARGET: (p) => `Every competency meets the target level.${evidenceClause(p)}`,
	RULE_N_OF_M: (p) =>
		`At least ${percent(p.minShare)} of the competencies (${p.needed} of ${p.total}) meet the target level${p.floor !== null ? `, none is rated below ${p.floor}` : ''}, and every required competency meets it.${evidenceClause(p)}`,
	RULE_WEIGHTED_POINTS: (p) =>
		`Points for each rating, times each competency's weight, reach ${percent(p.minShare)} of what meeting every expectation scores, and every required competency meets the target level.${evidenceClause(p)}`,
};
