import type { DeepReadonly } from './readonly.ts';
import { z } from 'zod';
import { PersonSchema } from './assessment.ts';
import { CompetencyGapSchema, GapReportSchema } from './gap-report.ts';
import { GROWTH_PLAN_FORMAT } from './formats.ts';

export { GROWTH_PLAN_FORMAT };

const gap = GapReportSchema.shape;
const competency = CompetencyGapSchema.shape;

/** The next behaviours to work on, from a gap report. */
export const GrowthPlanSchema = z.object({
	format: z.literal(GROWTH_PLAN_FORMAT),
	person: PersonSchema,
	date: z.string().meta({ description: 'The date of the assessment the plan is drawn from.' }),
	target: gap.target,
	steps: z
		.array(
			z.object({
				competency: z.string().meta({ description: 'Competency id.' }),
				name: z.string().meta({ description: 'Competency name.' }),
				reason: z
					.enum(['blocker', 'nearest-gain'])
					.meta({ description: '`blocker` when it stands between the ratings and the readiness rule; `nearest-gain` when it is the closest of the rest to the target.' }),
				rating: competency.rating,
				status: competency.status,
				statement: competency.toShow.element
					.nullable()
					.meta({ description: 'The behaviour to work on: the first statement still to show (lowest level first); null when the ladder lists none still to show.' }),
				evidence: z.array(z.string()).meta({ description: 'What evidence would show it: the ladder\'s evidence examples for the competency, when it gives some.' }),
			}),
		)
		.meta({ description: 'Blockers first, then the nearest gains; at most the number asked for (3 unless told).' }),
});
/** A growth plan, read-only. */
export type GrowthPlan = DeepReadonly<z.output<typeof GrowthPlanSchema>>;
