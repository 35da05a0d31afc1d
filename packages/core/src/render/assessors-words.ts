import type { AssessorsReport } from '../schema/assessors-report.ts';
import type { Words } from './common.ts';
import type { TeamCode } from './team-words.ts';

type Side = AssessorsReport['competencies'][number]['ratings'][number];

/** The words the renderers of a calibration of several assessors share. */
export const assessorsWords = (w: Words<TeamCode>, report: AssessorsReport) => ({
	title: () => w.say('assessors.title', { name: report.person.name, count: report.assessors.length }),
	towards: () => w.say('calibration.towardsSentence', { target: report.target.title, ladder: report.target.ladderTitle }),
	summary: () => w.say('calibration.summarySentence', report.summary),
	/** `Manager (Ruth)`, as a column or a key names an assessor. */
	who: (i: number) => w.say('calibration.assessor', { role: report.assessors[i]!.assessor.role, name: report.assessors[i]!.assessor.name ?? null }),
	/** One assessor's date and readiness under the rule, after their name. */
	standing: (i: number) => {
		const a = report.assessors[i]!;
		return `${w.say('report.date', { date: a.date })} · ${a.meetsRule ? w.say('gap.meetsRule', {}) : w.say('gap.notYet', {})}`;
	},
	rating: (side: Side) => `${side.rating?.label ?? '—'}${side.confidence ? ` (${w.say('rating.confidence', { confidence: side.confidence })})` : ''}`,
	/** Whether the ratings agree, and how far apart they are when they do not. */
	spread: (c: AssessorsReport['competencies'][number]) =>
		c.agreement === 'agree' ? w.say('assessors.agreement', { agreement: c.agreement }) : `${w.say('assessors.agreement', { agreement: c.agreement })} · ${w.say('assessors.spread', { steps: c.spread })}`,
});
