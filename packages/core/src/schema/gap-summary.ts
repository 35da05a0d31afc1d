import type { DeepReadonly } from './readonly.ts';
import { z } from 'zod';
import { AssessorSchema, PersonSchema } from './assessment.ts';
import { COMPETENCY_STATUSES, ReadinessSchema } from './gap-report.ts';
import { ReadinessRuleSchema } from './readiness-rule.ts';
import { GAP_SUMMARY_FORMAT } from './formats.ts';

export { GAP_SUMMARY_FORMAT };

/**
 * A gap report without what every report on a ladder repeats (expectations, statement wording, the
 * rule in words, which competencies are required), for scoring a whole organisation: one line per
 * person stays small, and the rest is in the ladder for anyone who needs it.
 */
export const GapSummarySchema = z.object({
	format: z.literal(GAP_SUMMARY_FORMAT),
	person: PersonSchema,
	assessor: AssessorSchema,
	date: z.string(),
	current: z.object({ ladder: z.string(), version: z.string(), level: z.string() }),
	target: z.object({ ladder: z.string(), version: z.string(), level: z.string() }),
	roleSwitch: z.boolean(),
	rule: ReadinessRuleSchema,
	readiness: ReadinessSchema.omit({ ruleDescription: true }).meta({ description: 'The readiness summary; the rule in words is the same for everyone on a ladder, see `describeRule`.' }),
	competencies: z.array(
		z.object({
			id: z.string(),
			status: z.enum(COMPETENCY_STATUSES),
			rating: z.string().nullable().meta({ description: 'The scale value id, or null when not rated.' }),
			reassess: z.boolean().optional(),
			evidence: z.object({ items: z.number().int(), coverage: z.enum(['evidenced', 'claimed', 'not-needed']) }),
			toShow: z.array(z.string()).meta({ description: 'Ids of the statements still to show.' }),
		}),
	),
	meta: z.record(z.string(), z.string()).optional().meta({ description: 'The assessment\'s `meta`, echoed back unchanged: how a host matches a batch line to its own record.' }),
});
/** A gap summary, read-only like the report it comes from. */
export type GapSummary = DeepReadonly<z.output<typeof GapSummarySchema>>;
