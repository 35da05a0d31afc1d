import type { Framework } from '../model/framework.ts';
import { findLevel, findLadder } from '../model/queries.ts';
import { TEAM_SUMMARY_FORMAT } from '../schema/formats.ts';
import type { TeamSummary } from '../schema/team-summary.ts';
import { DISCUSS_FROM_STEPS } from './calibrate.ts';
import { STATUS_ORDER, type CompactReport, type CompetencyIndex } from './team-input.ts';

/** One person as the tally holds them: the report their row reads, and their latest self and manager reports. */
export interface PersonRecord {
	basis: CompactReport;
	assessments: number;
	self?: CompactReport;
	manager?: CompactReport;
}

/** How many competencies the weakest and strongest lists name. */
const EXTREMES = 3;
/** Evidence is thin where at least this share of the ratings has none. */
const THIN_EVIDENCE_SHARE = 0.5;
/** How many competencies a person's disagreement names. */
const LARGEST = 3;

type Mutable<T> = { -readonly [K in keyof T]: T[K] extends object ? Mutable<T[K]> : T[K] };
type Competency = Mutable<TeamSummary['competencies'][number]>;
type Disagreement = Mutable<TeamSummary['disagreements']['competencies'][number]>;

const sameTarget = (a: CompactReport, b: CompactReport) => a.target.ladder === b.target.ladder && a.target.level === b.target.level;

/** A ladder's and a level's titles, for a row: the tally only took reports whose ladder and level exist. */
function point(framework: Framework, ref: { ladder: string; level: string }) {
	const ladder = findLadder(framework, ref.ladder)!;
	return { ladder: ref.ladder, ladderTitle: ladder.title, level: ref.level, title: findLevel(ladder, ref.level)?.title ?? ref.level };
}

/** The team summary from the tally's people: every aggregate is computed here, once. */
export function finishTeamSummary(framework: Framework, index: CompetencyIndex, records: Iterable<PersonRecord>, assessments: number): TeamSummary {
	const scale = framework.scale.values;
	const meets = scale.findIndex((v) => v.id === framework.scale.meets);
	const competencies: Competency[] = index.ids.map((id, i) => ({
		id,
		name: index.names[i]!,
		people: 0,
		ratings: scale.map(() => 0),
		status: { exceeds: 0, meets: 0, below: 0, unrated: 0 },
		atTarget: null,
		noEvidence: 0,
	}));
	const disagreements: Disagreement[] = index.ids.map((id, i) => ({ id, name: index.names[i]!, pairs: 0, agree: 0, differ: 0, discuss: 0, meanSteps: 0 }));
	const people: Mutable<TeamSummary['people']> = [];
	const personDisagreements: Mutable<TeamSummary['disagreements']['people']> = [];
	let meetsRule = 0;
	let paired = 0;
	for (const record of records) {
		const b = record.basis;
		let noEvidence = 0;
		for (let i = 0; i < index.ids.length; i++) {
			const rank = b.ranks[i]!;
			if (rank === -2) continue;
			const c = competencies[i]!;
			c.people++;
			c.status[STATUS_ORDER[b.statuses[i]!]!]++;
			if (rank >= 0) {
				c.ratings[rank]!++;
				if (b.evidence[i] === 0) (c.noEvidence++, noEvidence++);
			}
		}
		if (b.meetsRule) meetsRule++;
		people.push({
			person: b.person,
			basis: { assessor: b.assessor, date: b.date },
			assessments: record.assessments,
			current: point(framework, b.current),
			target: point(framework, b.target),
			meetsRule: b.meetsRule,
			headline: b.headline,
			blockers: b.blockers,
			counts: b.counts,
			noEvidence,
			...(b.meta ? { meta: b.meta } : {}),
		});
		const { self, manager } = record;
		if (!self || !manager || !sameTarget(self, manager)) continue;
		paired++;
		const mine = { person: b.person, differ: 0, discuss: 0, largest: [] as Array<{ id: string; name: string; self: string; manager: string; delta: number }> };
		for (let i = 0; i < index.ids.length; i++) {
			const [s, m] = [self.ranks[i]!, manager.ranks[i]!];
			if (s < 0 || m < 0) continue;
			const d = disagreements[i]!;
			const steps = Math.abs(m - s);
			d.pairs++;
			d.meanSteps += steps;
			if (steps === 0) d.agree++;
			else if (steps < DISCUSS_FROM_STEPS) (d.differ++, mine.differ++);
			else (d.discuss++, mine.discuss++);
			if (steps > 0) mine.largest.push({ id: index.ids[i]!, name: index.names[i]!, self: scale[s]!.label, manager: scale[m]!.label, delta: m - s });
		}
		if (mine.differ + mine.discuss === 0) continue;
		// A stable sort keeps ladder order among equal distances.
		mine.largest.sort((x, y) => Math.abs(y.delta) - Math.abs(x.delta));
		mine.largest.length = Math.min(mine.largest.length, LARGEST);
		personDisagreements.push(mine);
	}
	const used = competencies.filter((c) => c.people > 0);
	const rated = (c: Competency) => c.ratings.reduce((sum, n) => sum + n, 0);
	for (const c of used) {
		const r = rated(c);
		c.atTarget = r === 0 ? null : (c.status.meets + c.status.exceeds) / r;
	}
	const scored = used.filter((c) => c.atTarget !== null);
	// Among equal shares, the competency more people are rated on says more about the team.
	const weakest = [...scored].sort((x, y) => x.atTarget! - y.atTarget! || rated(y) - rated(x)).filter((c) => c.atTarget! < 1).slice(0, EXTREMES);
	const strongest = [...scored]
		.sort((x, y) => y.atTarget! - x.atTarget! || rated(y) - rated(x))
		.filter((c) => c.atTarget! > 0 && !weakest.includes(c))
		.slice(0, EXTREMES);
	const thinShare = (c: Competency) => c.noEvidence / rated(c);
	const thin = scored.filter((c) => thinShare(c) >= THIN_EVIDENCE_SHARE).sort((x, y) => thinShare(y) - thinShare(x) || rated(y) - rated(x));
	const disagreed = disagreements.filter((d) => d.pairs > 0);
	for (const d of disagreed) d.meanSteps = Math.round((d.meanSteps / d.pairs) * 100) / 100;
	disagreed.sort((x, y) => y.discuss - x.discuss || y.meanSteps - x.meanSteps);
	personDisagreements.sort((x, y) => y.discuss - x.discuss || y.differ - x.differ);
	return {
		format: TEAM_SUMMARY_FORMAT,
		scale: { values: scale.map((v) => ({ id: v.id, label: v.label })), meets: scale[meets]?.id ?? framework.scale.meets },
		totals: { assessments, people: people.length, meetsRule, paired },
		people,
		competencies: used,
		weakest: weakest.map((c) => c.id),
		strongest: strongest.map((c) => c.id),
		thinEvidence: thin.map((c) => c.id),
		disagreements: { competencies: disagreed, people: personDisagreements },
	};
}
