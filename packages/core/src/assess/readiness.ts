import { own } from '../model/own.ts';
import type { Scale } from '../schema/scale.ts';
import type { Blocker, CompetencyGap, Readiness, RuleDescription } from '../schema/gap-report.ts';
import type { BlockerCode, BlockerParams } from '../messages/readiness-params.ts';
import type { ReadinessRule } from '../schema/readiness-rule.ts';
import { inHundredths, MAX_POINTS } from '../schema/number-bounds.ts';
import { findScaleValue, scaleRank } from '../model/queries.ts';

const label = (scale: Scale, id: string) => findScaleValue(scale, id)?.label ?? id;

/**
 * A readiness rule as a message, with its numbers filled in for a ladder of `total` competencies:
 * put it into words with `formatMessage`, in English or with your catalog.
 *
 * @example
 * formatMessage(describeRule({ rule: 'n-of-m', minShare: 0.75, requireEvidence: false }, scale, 8));
 * // "At least 75% of the competencies (6 of 8) meet the target level, and every required competency meets it."
 */
export function describeRule(rule: ReadinessRule, scale: Scale, total: number): RuleDescription {
	const requireEvidence = rule.requireEvidence ?? false;
	if (rule.rule === 'all-at-target') return { code: 'RULE_ALL_AT_TARGET', params: { requireEvidence } };
	if (rule.rule === 'n-of-m') {
		const needed = Math.ceil(rule.minShare * total - 1e-9);
		const floor = rule.floor ? label(scale, rule.floor) : null;
		return { code: 'RULE_N_OF_M', params: { minShare: rule.minShare, needed, total, floor, requireEvidence } };
	}
	return { code: 'RULE_WEIGHTED_POINTS', params: { minShare: rule.minShare, requireEvidence } };
}

const countable = (gap: CompetencyGap, rule: ReadinessRule) =>
	(gap.status === 'meets' || gap.status === 'exceeds') && !(rule.requireEvidence && gap.evidence.coverage === 'claimed');

// A ladder's rule object is shared by every report on it: describe it once per size.
const descriptions = new WeakMap<ReadinessRule, Map<number, RuleDescription>>();
function cachedDescription(rule: ReadinessRule, scale: Scale, total: number): RuleDescription {
	let bySize = descriptions.get(rule);
	if (!bySize) descriptions.set(rule, (bySize = new Map()));
	let text = bySize.get(total);
	if (text === undefined) bySize.set(total, (text = describeRule(rule, scale, total)));
	return text;
}

/** Applies a readiness rule to the per-competency gaps and explains what blocks it. */
export function applyReadinessRule(
	rule: ReadinessRule,
	gaps: readonly CompetencyGap[],
	scale: Scale,
	targetTitle: string,
): Readiness {
	const blockers: Blocker[] = [];
	const add = <C extends BlockerCode>(code: C, params: BlockerParams[C], competency?: string) =>
		blockers.push((competency ? { code, params, competency } : { code, params }) as Blocker);
	const about = (gap: CompetencyGap) => ({ name: gap.name, rating: gap.rating?.label ?? null });
	const named = (gap: CompetencyGap) => ({ id: gap.id, name: gap.name });

	for (const gap of gaps) {
		const met = countable(gap, rule);
		if (met) continue;
		if (gap.status === 'meets' || gap.status === 'exceeds') {
			add('NO_EVIDENCE', about(gap), gap.id);
		} else if (gap.required && rule.rule !== 'all-at-target') {
			add('REQUIRED_BELOW_TARGET', about(gap), gap.id);
		} else if (rule.rule === 'all-at-target') {
			if (gap.status === 'unrated') add('UNRATED', { name: gap.name }, gap.id);
			else add('BELOW_TARGET', about(gap), gap.id);
		}
	}

	let points: Readiness['points'];
	if (rule.rule === 'n-of-m') {
		if (rule.floor !== undefined) {
			const floorRank = scaleRank(scale, rule.floor);
			const floor = label(scale, rule.floor);
			for (const gap of gaps) {
				if (gap.rating && gap.rating.rank < floorRank) add('BELOW_FLOOR', { name: gap.name, rating: gap.rating.label, floor }, gap.id);
			}
		}
		const needed = Math.ceil(rule.minShare * gaps.length - 1e-9);
		const met = gaps.filter((g) => countable(g, rule)).length;
		if (met < needed) {
			const unrated = gaps.filter((g) => g.status === 'unrated').length;
			const short = gaps.filter((g) => !countable(g, rule)).map(named);
			add('TOO_FEW_AT_TARGET', { met, total: gaps.length, needed, unrated, short });
		}
	} else if (rule.rule === 'weighted-points') {
		// Exact arithmetic: weights in hundredths and whole points (both bounded by the schema) make
		// every sum a whole number far below 2^53. Own keys only: an id such as `constructor` must not
		// find what every object inherits.
		const pointsOf = (id: string | undefined): number => {
			if (id === undefined) return 0;
			const value = own(rule.points, id) ?? Math.max(0, scaleRank(scale, id));
			if (!Number.isInteger(value) || value < 0 || value > MAX_POINTS) throw new RangeError(`The weighted-points rule gives \`${id}\` ${value} points: points are whole numbers from 0 to ${MAX_POINTS}.`);
			return value;
		};
		const hundredths = (g: CompetencyGap): number => {
			const w = Math.round(g.weight * 100);
			if (!(w >= 1 && w <= 1000 && inHundredths(g.weight))) throw new RangeError(`\`${g.id}\` has the weight ${g.weight}: weights are from 0.01 to 10, with at most two decimals.`);
			return w;
		};
		const scored100 = gaps.reduce((sum, g) => sum + hundredths(g) * (rule.requireEvidence && g.evidence.coverage === 'claimed' ? 0 : pointsOf(g.rating?.id)), 0);
		const meetsPoints = pointsOf(scale.meets);
		const topPoints = Math.max(...scale.values.map((v) => pointsOf(v.id)));
		const atMeets100 = gaps.reduce((sum, g) => sum + hundredths(g) * meetsPoints, 0);
		const available100 = gaps.reduce((sum, g) => sum + hundredths(g) * topPoints, 0);
		// minShare is the one fraction: compare without dividing, allowing for its binary rounding.
		const needed100 = rule.minShare * atMeets100;
		const short = scored100 < needed100 - 1e-9 * Math.max(1, needed100);
		const [scored, needed, available] = [scored100 / 100, round(needed100 / 100), available100 / 100];
		points = { scored, needed, available };
		if (short) {
			const gains = gaps
				.filter((g) => !countable(g, rule))
				.sort((a, b) => b.weight - a.weight)
				.slice(0, 3)
				.map(named);
			add('TOO_FEW_POINTS', { scored, needed, gains });
		}
	}

	if (blockers.length > 1) blockers.sort((a, b) => BLOCKER_ORDER[a.code] - BLOCKER_ORDER[b.code]);
	const counts = { exceeds: 0, meets: 0, below: 0, unrated: 0 };
	let evidenced = 0;
	for (const gap of gaps) {
		counts[gap.status]++;
		if ((gap.status === 'meets' || gap.status === 'exceeds') && gap.evidence.coverage === 'evidenced') evidenced++;
	}
	const atTarget = counts.meets + counts.exceeds;
	const meetsRule = blockers.length === 0;
	const headline: Readiness['headline'] = meetsRule
		? { code: 'READINESS_MET', params: { rule: rule.rule, target: targetTitle } }
		: { code: 'READINESS_BLOCKED', params: { rule: rule.rule, target: targetTitle, blockers: blockers.length } };
	return {
		meetsRule,
		headline,
		ruleDescription: cachedDescription(rule, scale, gaps.length),
		blockers,
		counts,
		evidenceCoverage: { evidenced, claimed: atTarget - evidenced },
		...(points ? { points } : {}),
	};
}

const round = (n: number) => Math.round(n * 100) / 100;

/** The order in which a report lists its blockers. */
const BLOCKER_ORDER: Readonly<Record<Blocker['code'], number>> = {
	REQUIRED_BELOW_TARGET: 0,
	BELOW_FLOOR: 1,
	BELOW_TARGET: 2,
	UNRATED: 3,
	NO_EVIDENCE: 4,
	TOO_FEW_AT_TARGET: 5,
	TOO_FEW_POINTS: 6,
};
