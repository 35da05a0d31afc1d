import type { DeepReadonly } from './readonly.ts';
import { z } from 'zod';
import { AssessorSchema, EvidenceSchema, GoalSchema, PersonSchema } from './assessment.ts';
import { CompetencyGapSchema, GapReportSchema } from './gap-report.ts';
import { PROGRESS_REPORT_FORMAT } from './formats.ts';

export { PROGRESS_REPORT_FORMAT };

const gap = GapReportSchema.shape;
const RatingValueSchema = CompetencyGapSchema.shape.rating.unwrap();
const rating = RatingValueSchema.nullable();

export const MOVEMENTS = ['up', 'down', 'same', 'rated', 'unrated'] as const;
export const GOAL_OUTCOMES = ['met', 'moved', 'not-yet', 'gone'] as const;
export const MIGRATION_KINDS = ['kept', 're-assess', 'removed', 'statement-removed', 'level'] as const;

/** One person's assessments on several dates, each measured against the latest one's target, oldest first. */
export const ProgressReportSchema = z.object({
	format: z.literal(PROGRESS_REPORT_FORMAT),
	person: PersonSchema,
	target: gap.target.meta({ description: 'The latest assessment\'s target: every assessment is measured against it.' }),
	scale: gap.scale,
	points: z
		.array(
			z.object({
				date: z.string(),
				assessor: AssessorSchema,
				version: z.string().meta({ description: 'The ladder version the assessment was made on.' }),
				current: z.string().meta({ description: 'The level the person held then (its title).' }),
				meetsRule: z.boolean(),
				counts: gap.readiness.shape.counts,
				migrated: z.boolean().meta({ description: 'True when the assessment was moved onto the latest ladder version to be compared (see `migrations`).' }),
			}),
		)
		.meta({ description: 'Every assessment, oldest first; the last is the latest. Each competency\'s `ratings` follow this order.' }),
	competencies: z
		.array(
			z.object({
				id: z.string(),
				name: z.string(),
				ratings: z.array(rating).meta({ description: 'The rating at each point, in the order of `points`; null where not rated.' }),
				from: rating.meta({ description: 'The rating in the assessment before the latest.' }),
				to: rating.meta({ description: 'The rating in the latest assessment.' }),
				movement: z
					.enum(MOVEMENTS)
					.meta({ description: 'From the assessment before to the latest: up, down or same a step or more; `rated` when rated only now; `unrated` when not rated now.' }),
				steps: z.number().int().nullable().meta({ description: 'Latest rating minus the one before, in scale steps; null when either is unrated.' }),
				since: z
					.string()
					.nullable()
					.meta({ description: 'The date of the first assessment in the unbroken run at the latest rating; null when not rated now.' }),
				evidenceAdded: z.array(EvidenceSchema).meta({ description: 'Evidence in the latest assessment that the one before did not hold.' }),
			}),
		)
		.meta({ description: 'Every competency of the latest gap report, in its order.' }),
	migrations: z
		.array(
			z.object({
				date: z.string().meta({ description: 'The date of the assessment migrated.' }),
				from: z.string().meta({ description: 'The ladder version it was made on.' }),
				to: z.string().meta({ description: 'The version it was moved onto.' }),
				changes: z.array(
					z.object({
						kind: z.enum(MIGRATION_KINDS).meta({ description: 'What the migration did: kept a rating, marked it to re-assess, removed a competency or a statement rating, moved a level.' }),
						competency: z.string().optional().meta({ description: 'The competency id concerned, if one is.' }),
					}),
				),
			}),
		)
		.meta({ description: 'What moving an earlier assessment onto the latest ladder version changed, to read its ratings with care.' }),
	goals: z
		.array(
			z.object({
				goal: GoalSchema,
				set: z.string().meta({ description: 'The date of the assessment that held the goal.' }),
				name: z.string().nullable().meta({ description: 'The competency\'s name; null when the ladder no longer has it.' }),
				from: rating,
				to: rating,
				outcome: z
					.enum(GOAL_OUTCOMES)
					.meta({ description: '`met` when the behaviour is now shown (the statement, or else the competency, at the target), `moved` when the rating rose without reaching it, `not-yet` otherwise, `gone` when the competency or statement is no longer on the ladder.' }),
			}),
		)
		.meta({ description: 'The goals of the assessment before the latest, each with what happened.' }),
	summary: z.object({
		up: z.number().int(),
		down: z.number().int(),
		same: z.number().int(),
		rated: z.number().int(),
		unrated: z.number().int(),
	}),
});
/** Progress over time, read-only like the gap reports it is made from. */
export type ProgressReport = DeepReadonly<z.output<typeof ProgressReportSchema>>;
export type Movement = (typeof MOVEMENTS)[number];
export type GoalOutcome = (typeof GOAL_OUTCOMES)[number];
