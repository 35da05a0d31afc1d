/**
 * The parameters of what a gap report says about readiness: its blockers, its headline and its
 * rule in words. The report stores these, never the sentences, so that a host can word them in
 * its own language (see `formatMessage`).
 */

/** A competency named in a message: its id for software, its name (from the ladder) for people. */
export interface NamedCompetency {
	id: string;
	name: string;
}

export interface BlockerParams {
	/** `rating` is the scale label, or null when not rated. */
	BELOW_TARGET: { name: string; rating: string | null };
	UNRATED: { name: string };
	REQUIRED_BELOW_TARGET: { name: string; rating: string | null };
	BELOW_FLOOR: { name: string; rating: string | null; floor: string };
	TOO_FEW_AT_TARGET: { met: number; total: number; needed: number; unrated: number; short: readonly NamedCompetency[] };
	TOO_FEW_POINTS: { scored: number; needed: number; gains: readonly NamedCompetency[] };
	NO_EVIDENCE: { name: string; rating: string | null };
}

export type ReadinessRuleName = 'all-at-target' | 'n-of-m' | 'weighted-points';

export interface HeadlineParams {
	READINESS_MET: { rule: ReadinessRuleName; target: string };
	READINESS_BLOCKED: { rule: ReadinessRuleName; target: string; blockers: number };
}

export interface RuleDescriptionParams {
	RULE_ALL_AT_TARGET: { requireEvidence: boolean };
	/** `needed` of `total` competencies; `floor` is the floor's scale label, or null for none. */
	RULE_N_OF_M: { minShare: number; needed: number; total: number; floor: string | null; requireEvidence: boolean };
	RULE_WEIGHTED_POINTS: { minShare: number; requireEvidence: boolean };
}

export type BlockerCode = keyof BlockerParams;
export type HeadlineCode = keyof HeadlineParams;
export type RuleDescriptionCode = keyof RuleDescriptionParams;
