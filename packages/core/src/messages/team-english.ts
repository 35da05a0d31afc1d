/**
 * The words of the team summary (`rungs team`, `renderTeamSummary`), in English. Each takes typed
 * parameters like any other message, so another language can reorder them.
 */
type Totals = { assessments: number; people: number; meetsRule: number; paired: number };
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export const englishTeam = {
	'team.title': (p: { people: number }) => `Team summary: ${plural(p.people, 'person', 'people')}`,
	'team.totals': (p: Totals) =>
		`${plural(p.assessments, 'assessment')} of ${plural(p.people, 'person', 'people')}; ${p.meetsRule} meet${p.meetsRule === 1 ? 's' : ''} the rule of their own target; ${p.paired} with both a self-assessment and a manager's.`,
	'team.readiness': () => 'Readiness, person by person',
	'team.competencies': () => 'Ratings per competency',
	'team.competenciesCaption': () => 'How many people have each rating, and the share at or above their own target.',
	'team.weakest': () => 'Weakest competencies',
	'team.strongest': () => 'Strongest competencies',
	'team.thinEvidence': () => 'Where evidence is thin',
	'team.disagreements': () => 'Where self and manager disagree',
	'team.none': () => 'None.',
	'team.noPairs': () => 'No one has both a self-assessment and a manager\'s assessment towards the same target.',
	/** A share from 0 to 1 (or null when nobody is rated) as a percentage. */
	'team.share': (p: { share: number | null }) => (p.share === null ? '—' : `${Math.round(p.share * 100)}%`),
	'team.atTarget': (p: { share: string; people: number }) => `${p.share} of ${plural(p.people, 'person', 'people')} at or above target`,
	'team.noEvidence': (p: { count: number; rated: number }) => `${p.count} of ${p.rated} ratings without evidence`,
	'team.counts': (p: { exceeds: number; meets: number; below: number; unrated: number; noEvidence: number }) =>
		`${p.exceeds} exceed, ${p.meets} meet, ${p.below} below, ${p.unrated} not rated · ${p.noEvidence} without evidence`,
	'team.blockers': (p: { count: number }) => (p.count === 0 ? 'nothing in the way' : `${plural(p.count, 'thing')} in the way`),
	'team.basis': (p: { assessor: string; date: string; more: number }) => `${p.assessor} of ${p.date}${p.more > 0 ? ` (+${p.more} more)` : ''}`,
	'team.disagreementLine': (p: { pairs: number; differ: number; discuss: number; meanSteps: number }) =>
		`${plural(p.pairs, 'pair')}: ${p.discuss} to discuss, ${p.differ} one step apart, ${p.meanSteps} steps apart on average`,
	'team.personDisagreement': (p: { discuss: number; differ: number }) => `${p.discuss} to discuss, ${p.differ} one step apart`,
	'team.largest': (p: { name: string; self: string; manager: string }) => `${p.name}: self ${p.self}, manager ${p.manager}`,
	'team.skipped': (p: { count: number }) => `${plural(p.count, 'input')} with problems left out of the summary.`,
	'assessors.title': (p: { name: string; count: number }) => `Calibration of ${p.count} assessments: ${p.name}`,
	'assessors.caption': () => 'Every assessor\'s rating side by side, the widest spread first. The spread counts the steps between the lowest and the highest rating.',
	'assessors.spread': (p: { steps: number | null }) => (p.steps === null ? 'fewer than two ratings' : p.steps === 0 ? 'all agree' : `${plural(p.steps, 'step')} apart`),
	'assessors.agreement': (p: { agreement: 'agree' | 'differ' | 'discuss' | 'incomplete' }) => ({ agree: 'agree', differ: 'one step apart', discuss: 'to discuss', incomplete: 'incomplete' })[p.agreement],
	'column.person': () => 'Person',
	'column.target': () => 'Target',
	'column.readiness': () => 'Readiness',
	'column.basis': () => 'Read from',
	'column.people': () => 'People',
	'column.atTarget': () => 'At target',
	'column.noEvidence': () => 'No evidence',
	'column.pairs': () => 'Pairs',
	'column.toDiscuss': () => 'To discuss',
	'column.meanSteps': () => 'Mean distance',
	'column.spread': () => 'Spread',
};

type Param<F> = F extends (p: infer P) => string ? (unknown extends P ? Record<never, never> : P) : never;
export type TeamParams = { [K in keyof typeof englishTeam]: Param<(typeof englishTeam)[K]> };
