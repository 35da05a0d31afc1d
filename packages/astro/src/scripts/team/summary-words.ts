import { formatMessage, type Message, type Messages } from '@rungs/core';
import type { TeamSummary } from '@rungs/core/team';

type Person = TeamSummary['people'][number];
type Competency = TeamSummary['competencies'][number];

/**
 * The summary's words, from core's message catalog in the page's language: the same sentences
 * `rungs team` and renderTeamSummary print, so the page and the saved file say the same thing.
 */
export function summaryWords(messages: Partial<Messages> | undefined) {
	const say = (message: Message) => formatMessage(message, messages);
	const rated = (c: Competency) => c.ratings.reduce((sum, n) => sum + n, 0);
	return {
		say,
		/** The move as a gap report words it: `Support Representative: Intermediate → Senior`. */
		target: (p: Person) =>
			say({
				code: 'report.move',
				params: { from: { ladder: p.current.ladderTitle, level: p.current.title }, to: { ladder: p.target.ladderTitle, level: p.target.title }, roleSwitch: p.target.ladder !== p.current.ladder },
			}),
		verdict: (p: Person) => say({ code: p.meetsRule ? 'gap.meetsRule' : 'gap.notYet', params: {} }),
		blockers: (p: Person) => say({ code: 'team.blockers', params: { count: p.blockers } }),
		counts: (p: Person) => say({ code: 'team.counts', params: { ...p.counts, noEvidence: p.noEvidence } }),
		basis: (p: Person) =>
			say({
				code: 'team.basis',
				params: {
					assessor: say({ code: 'report.assessor', params: { role: p.basis.assessor.role, name: p.basis.assessor.name ?? null } }),
					date: say({ code: 'report.date', params: { date: p.basis.date } }),
					more: p.assessments - 1,
				},
			}),
		atTarget: (c: Competency) => say({ code: 'team.atTarget', params: { share: say({ code: 'team.share', params: { share: c.atTarget } }), people: rated(c) } }),
		noEvidence: (c: Competency) => say({ code: 'team.noEvidence', params: { count: c.noEvidence, rated: rated(c) } }),
	};
}

export type SummaryWords = ReturnType<typeof summaryWords>;
