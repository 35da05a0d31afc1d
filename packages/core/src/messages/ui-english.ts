/**
 * The fixed words the renderers print around a report's data (headings, column names, status
 * names, counts), in English. Each takes typed parameters like any other message, so a catalog in
 * another language can reorder them.
 */
type Status = 'exceeds' | 'meets' | 'below' | 'unrated';
type Counts = { exceeds: number; meets: number; below: number; unrated: number; evidenced: number; claimed: number };
type Summary = { agree: number; differ: number; discuss: number; incomplete: number };
/** `band` is absent (or null) when the ladder gives the level none. */
type Point = { ladder: string; level: string; band?: string | null | undefined };
const inBand = (band: string | null | undefined): string => (band ? ` (${band})` : '');
const who = (p: { role: string; name: string | null }) => `${p.role}${p.name ? ` (${p.name})` : ''}`;

export const englishUi = {
	'document.lang': () => 'en',
	/** A date of the report (`YYYY-MM-DD`) as the language writes it; English keeps the ISO date. */
	'report.date': (p: { date: string }) => p.date,
	'report.disclaimer': () => 'This report is advice for a conversation, never a promotion decision.',
	'report.assessor': (p: { role: string; name: string | null }) =>
		p.role === 'self' ? 'self-assessment' : `${p.role}'s assessment${p.name ? ` by ${p.name}` : ''}`,
	'report.assessedOn': (p: { assessor: string; date: string }) => `${p.assessor} of ${p.date}`,
	'report.move': (p: { from: Point; to: Point; roleSwitch: boolean }) =>
		`${p.from.ladder}: ${p.from.level}${inBand(p.from.band)} → ${p.roleSwitch ? `${p.to.ladder}: ` : ''}${p.to.level}${inBand(p.to.band)}`,
	'report.leftBehind': (p: { ladder: string; names: string[] }) => `Not part of ${p.ladder}: ${p.names.join(', ')}.`,
	'report.notes': (p: { notes: string }) => `Notes: ${p.notes}`,
	'report.note': (p: { note: string }) => `Note: ${p.note}`,
	'status.name': (p: { status: Status }) => ({ exceeds: 'exceeds', meets: 'meets', below: 'below', unrated: 'not rated' })[p.status],
	'tag.required': () => 'required',
	'tag.carriesOver': () => 'carries over',
	'tag.newInRole': () => 'new in this role',
	'tag.reassess': () => 're-assess',
	'tag.appliesFrom': (p: { level: string }) => `applies from ${p.level}`,
	'evidence.count': (p: { count: number; coverage: 'evidenced' | 'claimed' | 'not-needed' }) =>
		p.count > 0 ? `${p.count} evidence item${p.count === 1 ? '' : 's'}` : p.coverage === 'claimed' ? 'claimed, no evidence' : 'no evidence',
	'rating.confidence': (p: { confidence: 'low' | 'medium' | 'high' }) => `${p.confidence} confidence`,
	'gap.title': (p: { name: string }) => `Gap report: ${p.name}`,
	'gap.readiness': () => 'Readiness',
	'gap.meetsRule': () => 'Meets the rule',
	'gap.notYet': () => 'Not yet',
	'gap.rule': (p: { rule: string }) => `Rule: ${p.rule}`,
	'gap.counts': (p: Counts) =>
		`${p.exceeds} exceed, ${p.meets} meet, ${p.below} below, ${p.unrated} not rated. Evidence given for ${p.evidenced}, claimed without evidence for ${p.claimed}.`,
	'gap.countsShort': (p: Counts) =>
		`${p.exceeds} exceed, ${p.meets} meet, ${p.below} below, ${p.unrated} not rated · evidence for ${p.evidenced}, claimed for ${p.claimed}`,
	'gap.points': (p: { scored: number; needed: number; available: number }) => `Points: ${p.scored} scored, ${p.needed} needed, ${p.available} available`,
	'gap.competencies': () => 'Competencies',
	'gap.ratings': () => 'Ratings against the target',
	'gap.ratingsTable': () => 'Ratings table',
	'gap.ratingsCaption': (p: { target: string }) => `Each competency's rating against ${p.target}`,
	'gap.details': () => 'Still to show, and the evidence',
	'gap.stillToShow': () => 'Still to show',
	'gap.evidence': () => 'Evidence',
	'column.competency': () => 'Competency',
	'column.category': () => 'Category',
	'column.rating': () => 'Rating',
	'column.status': () => 'Status',
	'column.evidence': () => 'Evidence',
	'column.difference': () => 'Difference',
	'calibration.title': (p: { name: string }) => `Calibration: ${p.name}`,
	'calibration.assessor': who,
	'calibration.towards': (p: { target: string; ladder: string }) => `towards ${p.target} (${p.ladder})`,
	'calibration.towardsSentence': (p: { target: string; ladder: string }) => `Towards ${p.target} (${p.ladder}).`,
	'calibration.towardsOnLadder': (p: { target: string; ladder: string }) => `Towards ${p.target}, on the ${p.ladder} ladder`,
	'calibration.sides': (p: { first: string; firstDate: string; second: string; secondDate: string }) =>
		`First: ${p.first} on ${p.firstDate} · second: ${p.second} on ${p.secondDate}`,
	'calibration.sidesSentence': (p: { first: string; firstDate: string; second: string; secondDate: string }) =>
		`${p.first} on ${p.firstDate}; ${p.second} on ${p.secondDate}`,
	'calibration.summary': (p: Summary) => `${p.agree} agree, ${p.differ} differ by a step, ${p.discuss} to discuss, ${p.incomplete} incomplete`,
	'calibration.summarySentence': (p: Summary) =>
		`${p.agree} agree, ${p.differ} differ by one step, ${p.discuss} to discuss (two steps or more), ${p.incomplete} incomplete.`,
	'calibration.discuss': () => 'discuss',
	'calibration.toDiscuss': () => 'To discuss',
	'calibration.noNote': () => 'no note',
	'calibration.noEvidence': () => 'No evidence given.',
	'calibration.table': () => 'Calibration table',
	'calibration.caption': () => 'Ratings side by side, largest differences first. The difference counts the steps from the first rating to the second.',
	'chart.gapTitle': (p: { target: string }) => `Ratings against ${p.target}`,
	'chart.gapDescription': (p: { lowest: string; highest: string; meets: string }) =>
		`One bar per competency, from ${p.lowest} to ${p.highest}; the vertical line marks ${p.meets}, which meets the target level. The table that follows gives the same ratings.`,
	'chart.meetsOrExceeds': () => 'meets or exceeds',
	'chart.below': () => 'below',
	'chart.target': (p: { label: string }) => `target: ${p.label}`,
	'chart.notRated': () => 'not rated',
	'chart.bothUnrated': () => ' (not rated)',
	'chart.noRating': (p: { role: string }) => ` (no ${p.role} rating)`,
	'chart.calibrationTitle': (p: { first: string; second: string }) => `${p.first} and ${p.second} ratings side by side`,
	'chart.calibrationDescription': (p: { first: string; second: string }) =>
		`For each competency, a ring marks the ${p.first}'s rating and a square the ${p.second}'s; a line joins them, orange when they are two steps or more apart. The table gives the same ratings.`,
	'chart.discuss': () => 'two steps apart: discuss',
	/** A label before what it introduces (`Evidence:`): French puts a no-break space before the colon. */
	'text.label': (p: { label: string }) => `${p.label}:`,
	/** Parts of one line, one after the other. */
	'text.list': (p: { items: string[] }) => p.items.join('; '),
	'problem.severity': (p: { severity: 'error' | 'warning' }) => p.severity,
	'problem.hint': () => 'Hint:',
	'problem.count': (p: { errors: number; warnings: number }) =>
		`${p.errors} error${p.errors === 1 ? '' : 's'}, ${p.warnings} warning${p.warnings === 1 ? '' : 's'}`,
};

type Param<F> = F extends (p: infer P) => string ? (unknown extends P ? Record<never, never> : P) : never;
export type UiParams = { [K in keyof typeof englishUi]: Param<(typeof englishUi)[K]> };
