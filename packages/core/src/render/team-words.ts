import type { TeamSummary } from '../schema/team-summary.ts';
import type { Words } from './common.ts';
import type { Catalog, Messages } from '../messages/catalog.ts';
import { englishCore, type CoreCode } from '../messages/english-core.ts';
import { englishTeam, type TeamParams } from '../messages/team-english.ts';

/** The codes a team summary or a calibration of several assessors words: the core ones and the team's. */
export type TeamCode = CoreCode | keyof TeamParams;

/** What the team and assessors renderers fall back to: the core English and the team's words. */
export const TEAM_ENGLISH: Catalog<TeamCode> = /* @__PURE__ */ Object.freeze({ ...englishCore, ...englishTeam });

/**
 * The English words of a team summary (its headings, columns and sentences, and the core words they
 * use), for a page that words a summary itself without the whole English catalog. `formatMessage`
 * words a report's messages in English without a catalog, but not a renderer's own words.
 *
 * @example
 * formatMessage({ code: 'team.title', params: { people: 4 } }, englishTeamMessages); // "Team summary: 4 people"
 */
export const englishTeamMessages: Partial<Messages> = TEAM_ENGLISH;

type Person = TeamSummary['people'][number];
type Competency = TeamSummary['competencies'][number];

/** The words every team renderer shares: a person's target, readiness and source, a competency's numbers. */
export const teamWords = (w: Words<TeamCode>, team: TeamSummary) => {
	const byId = new Map(team.competencies.map((c) => [c.id, c]));
	const rated = (c: Competency) => c.ratings.reduce((sum, n) => sum + n, 0);
	return {
		/** The move as a gap report words it: `Support Representative: Intermediate → Senior`. */
		target: (p: Person) =>
			w.say('report.move', {
				from: { ladder: p.current.ladderTitle, level: p.current.title },
				to: { ladder: p.target.ladderTitle, level: p.target.title },
				roleSwitch: p.target.ladder !== p.current.ladder,
			}),
		verdict: (p: Person) => (p.meetsRule ? w.say('gap.meetsRule', {}) : w.say('gap.notYet', {})),
		blockers: (p: Person) => w.say('team.blockers', { count: p.blockers }),
		counts: (p: Person) => w.say('team.counts', { ...p.counts, noEvidence: p.noEvidence }),
		basis: (p: Person) =>
			w.say('team.basis', {
				assessor: w.say('report.assessor', { role: p.basis.assessor.role, name: p.basis.assessor.name ?? null }),
				date: w.say('report.date', { date: p.basis.date }),
				more: p.assessments - 1,
			}),
		share: (c: Competency) => w.say('team.share', { share: c.atTarget }),
		atTarget: (c: Competency) => w.say('team.atTarget', { share: w.say('team.share', { share: c.atTarget }), people: rated(c) }),
		noEvidence: (c: Competency) => w.say('team.noEvidence', { count: c.noEvidence, rated: rated(c) }),
		rated,
		/** How many people have each rating, the ratings nobody has left out: `Developing 1 · Consistently 3`. */
		spreadOf: (c: Competency) =>
			team.scale.values
				.map((v, i) => [v.label, c.ratings[i] ?? 0] as const)
				.filter(([, n]) => n > 0)
				.map(([label, n]) => `${label} ${n}`)
				.join(' · ') || '—',
		/** The competencies where a self and a manager rating differ at least once, largest disagreements first. */
		disagreed: team.disagreements.competencies.filter((d) => d.differ + d.discuss > 0),
		/** What to say when nothing disagrees: that nobody has both ratings, or simply none. */
		noDisagreement: () => w.say(team.totals.paired === 0 ? 'team.noPairs' : 'team.none', {}),
		/** Competencies named by a list of ids (weakest, strongest, thin evidence), in that order. */
		named: (ids: readonly string[]) => ids.map((id) => byId.get(id)).filter((c): c is Competency => c !== undefined),
	};
};
