/**
 * The words of progress over time (`trackProgress`, `rungs gap --since`) and of the growth plan
 * (`planGrowth`, `rungs gap --plan`), in English. Each takes typed parameters like any other message.
 */
type Movement = 'up' | 'down' | 'same' | 'rated' | 'unrated';
type Outcome = 'met' | 'moved' | 'not-yet' | 'gone';
type ChangeKind = 'kept' | 're-assess' | 'removed' | 'statement-removed' | 'level';
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export const englishProgress = {
	'progress.title': (p: { name: string }) => `Progress over time: ${p.name}`,
	'progress.sinceLastTime': () => 'Since last time',
	'progress.span': (p: { count: number; first: string; last: string; target: string }) =>
		`${plural(p.count, 'assessment')} from ${p.first} to ${p.last}, each measured against ${p.target}.`,
	'progress.summary': (p: { up: number; down: number; same: number; rated: number; unrated: number }) =>
		`${p.up} up, ${p.down} down, ${p.same} unchanged, ${p.rated} newly rated, ${p.unrated} not rated now.`,
	'progress.movement': (p: { movement: Movement }) => ({ up: 'up', down: 'down', same: 'unchanged', rated: 'newly rated', unrated: 'not rated now' })[p.movement],
	'progress.heldSince': (p: { date: string }) => `since ${p.date}`,
	'progress.evidenceAdded': () => 'Evidence added since',
	'progress.noneMoved': () => 'No rating moved.',
	'progress.timeline': () => 'Timeline',
	'progress.timelineCaption': () => 'The rating of each competency at each assessment, oldest first.',
	'progress.chartDescription': (p: { count: number }) =>
		`For each of the ${plural(p.count, 'assessment')}, oldest first, a bar of how many competencies exceed, meet or are below the target, or are not rated. The table under it holds the same numbers.`,
	'progress.countsTable': () => 'Competencies by status at each assessment',
	'progress.meetsRule': (p: { meets: boolean }) => (p.meets ? 'meets the rule' : 'not yet'),
	'column.readinessRule': () => 'Readiness rule',
	'progress.chartLabel': (p: { name: string; count: number }) => `Ratings of ${p.name} over ${plural(p.count, 'assessment')}`,
	'progress.migrated': (p: { date: string; from: string; to: string }) => `The assessment of ${p.date} was made on version ${p.from} of the ladder and moved onto ${p.to} to be compared:`,
	'progress.change': (p: { kind: ChangeKind; name: string }) =>
		({
			kept: `${p.name}: kept as it was`,
			're-assess': `${p.name}: changed since; its rating is kept, to read with care`,
			removed: `${p.name}: no longer on the ladder; its rating is set aside`,
			'statement-removed': `${p.name}: a behaviour it rated is no longer on the ladder`,
			level: 'a level it named is no longer on the ladder; the latest assessment\'s level is used',
		})[p.kind],
	'progress.goals': () => 'Goals from last time',
	'progress.outcome': (p: { outcome: Outcome }) => ({ met: 'met', moved: 'moved, not there yet', 'not-yet': 'not yet', gone: 'no longer on the ladder' })[p.outcome],
	'progress.goalLine': (p: { name: string; goal: string; by: string | null }) => `${p.name}: ${p.goal}${p.by ? ` (by ${p.by})` : ''}`,
	'progress.goalStatus': (p: { status: 'open' | 'done' | 'dropped' }) => ({ open: 'open', done: 'marked done', dropped: 'dropped' })[p.status],
	'column.date': () => 'Date',
	'column.movement': () => 'Moved',
	'column.since': () => 'Held since',
	'column.goal': () => 'Goal',
	'column.outcome': () => 'What happened',
	'plan.title': (p: { name: string }) => `Growth plan: ${p.name}`,
	'plan.heading': () => 'What to work on next',
	'plan.intro': (p: { target: string }) => `The behaviours to work on next towards ${p.target}: what stands in the way first, then the nearest gains.`,
	'plan.reason': (p: { reason: 'blocker' | 'nearest-gain' }) => ({ blocker: 'in the way', 'nearest-gain': 'nearest gain' })[p.reason],
	'plan.evidence': () => 'Evidence that would show it',
	'plan.noStatement': () => 'The ladder lists no behaviour still to show here: agree on what would raise the rating.',
	'plan.noExamples': () => 'The ladder gives no examples: agree on what would show it.',
	'plan.yourGoal': () => 'Your goal, in your own words',
	'plan.byWhen': () => 'By when',
	'plan.empty': () => 'Nothing stands in the way and every rating is at the target: no step to propose.',
};

type Param<F> = F extends (p: infer P) => string ? (unknown extends P ? Record<never, never> : P) : never;
export type ProgressParams = { [K in keyof typeof englishProgress]: Param<(typeof englishProgress)[K]> };
