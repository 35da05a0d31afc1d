import type { DeepReadonly } from './readonly.ts';
import { z } from 'zod';
import { AssessorSchema, PersonSchema } from './assessment.ts';
import { HeadlineSchema } from './gap-report.ts';
import { TEAM_SUMMARY_FORMAT } from './formats.ts';

export { TEAM_SUMMARY_FORMAT };

const count = z.number().int().min(0);
const StatusCountsSchema = z.object({ exceeds: count, meets: count, below: count, unrated: count });
const share = z.number().min(0).max(1).nullable();

const TeamPersonSchema = z.object({
	person: PersonSchema,
	basis: z
		.object({ assessor: AssessorSchema, date: z.string() })
		.meta({ description: 'The assessment this row reads: the manager\'s when there is one, else the self-assessment, else a peer\'s; the latest of that kind.' }),
	assessments: count.meta({ description: 'How many of the inputs were about this person.' }),
	current: z.object({ ladder: z.string(), ladderTitle: z.string(), level: z.string(), title: z.string() }),
	target: z.object({ ladder: z.string(), ladderTitle: z.string(), level: z.string(), title: z.string() }),
	meetsRule: z.boolean().meta({ description: 'Whether the ratings meet the readiness rule of the person\'s own target. Advice, never a verdict.' }),
	headline: HeadlineSchema,
	blockers: count.meta({ description: 'How many things stand in the way under that rule.' }),
	counts: StatusCountsSchema,
	noEvidence: count.meta({ description: 'Rated competencies with no evidence at all.' }),
	meta: z.record(z.string(), z.string()).optional().meta({ description: 'The assessment\'s `meta`, echoed back unchanged.' }),
});

const TeamCompetencySchema = z.object({
	id: z.string(),
	name: z.string(),
	people: count.meta({ description: 'People whose target expects this competency.' }),
	ratings: z.array(count).meta({ description: 'How many people have each rating, in scale order (lowest first).' }),
	status: StatusCountsSchema.meta({ description: 'Ratings against each person\'s own target.' }),
	atTarget: share.meta({ description: 'The share of rated people who meet or exceed their target here; null when nobody is rated.' }),
	noEvidence: count.meta({ description: 'Ratings given with no evidence.' }),
});

const DisagreementSchema = z.object({
	id: z.string(),
	name: z.string(),
	pairs: count.meta({ description: 'People with both a self and a manager rating here.' }),
	agree: count,
	differ: count.meta({ description: 'Pairs one scale step apart.' }),
	discuss: count.meta({ description: 'Pairs two steps or more apart.' }),
	meanSteps: z.number().min(0).meta({ description: 'The mean distance between the two ratings, in scale steps.' }),
});

const PersonDisagreementSchema = z.object({
	person: PersonSchema,
	differ: count,
	discuss: count,
	largest: z
		.array(z.object({ id: z.string(), name: z.string(), self: z.string(), manager: z.string(), delta: z.number().int().meta({ description: 'Manager\'s rating minus the self-rating, in scale steps.' }) }))
		.meta({ description: 'Up to three competencies where the two ratings are furthest apart, furthest first.' }),
});

/** A team at a glance: readiness per person, ratings per competency, and where to look first. */
export const TeamSummarySchema = z.object({
	format: z.literal(TEAM_SUMMARY_FORMAT),
	scale: z.object({ values: z.array(z.object({ id: z.string(), label: z.string() })), meets: z.string() }),
	totals: z.object({
		assessments: count.meta({ description: 'Reports read.' }),
		people: count,
		meetsRule: count.meta({ description: 'People whose ratings meet the rule of their own target.' }),
		paired: count.meta({ description: 'People with both a self-assessment and a manager\'s assessment towards the same target.' }),
	}),
	people: z.array(TeamPersonSchema).meta({ description: 'One row per person, in the order each person first appeared.' }),
	competencies: z.array(TeamCompetencySchema).meta({ description: 'Every competency some person\'s target expects, in ladder order.' }),
	weakest: z.array(z.string()).meta({ description: 'Up to three competency ids with the lowest share at target, lowest first.' }),
	strongest: z.array(z.string()).meta({ description: 'Up to three competency ids with the highest share at target, highest first.' }),
	thinEvidence: z.array(z.string()).meta({ description: 'Competency ids where half the ratings or more have no evidence, the thinnest first.' }),
	disagreements: z.object({
		competencies: z.array(DisagreementSchema).meta({ description: 'Competencies rated by both self and manager, largest disagreements first.' }),
		people: z.array(PersonDisagreementSchema).meta({ description: 'People whose self and manager ratings differ, most to discuss first.' }),
	}),
});
/** A team summary, read-only. */
export type TeamSummary = DeepReadonly<z.output<typeof TeamSummarySchema>>;
