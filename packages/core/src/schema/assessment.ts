import { z } from 'zod';
import { valueRule } from '../messages/value-rules.ts';
import { boundedString, DateSchema, DollarSchemaField, IdSchema, LabelSchema, LongTextSchema, SemverSchema, TEXT_LIMITS, TextSchema, UrlSchema } from './common.ts';
import { LevelRefSchema } from './career-paths.ts';

import { ASSESSMENT_FORMAT } from './limits.ts';

export { ASSESSMENT_FORMAT };

/** Where a goal stands, as the person sets it. */
export const GOAL_STATUSES = ['open', 'done', 'dropped'] as const;
/** The most goals an assessment holds: a growth plan is two or three behaviours, not a backlog. */
export const GOALS_MAX = 20;

export const EVIDENCE_KINDS = [
	'conversation',
	'review',
	'document',
	'project',
	'incident',
	'feedback',
	'code',
	'other',
] as const;

/**
 * How much host data an assessment may carry in `meta`: a few ids and labels from the host's own
 * system (an assessment id, a review cycle), echoed back in reports, never a document store.
 */
export const META_LIMITS = {
	/** Keys in `meta`. */
	keys: 32,
	/** Characters in one key. */
	key: 64,
	/** Characters in one value. */
	value: 500,
} as const;

/** Keys that every JavaScript object already has: as a key of `meta` they would reach `Object` itself. */
const PROTOTYPE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

const MetaSchema = z
	.record(
		boundedString(META_LIMITS.key, 'meta-key')
			.min(1, { error: valueRule('meta-key-empty') })
			.regex(/^[^\u0000-\u001F\u007F-\u009F]*$/, { error: valueRule('meta-key-control') })
			.refine((key) => !PROTOTYPE_KEYS.has(key), { error: valueRule('meta-key-reserved') }),
		boundedString(META_LIMITS.value, 'meta-value'),
	)
	.refine((meta) => Object.keys(meta).length <= META_LIMITS.keys, { error: valueRule('meta-too-many') })
	.meta({
		description: `The host's own data, such as its id for this assessment: at most ${META_LIMITS.keys} keys of text (keys up to ${META_LIMITS.key} characters, values up to ${META_LIMITS.value}). Reports and \`rungs gap --batch\` echo it back unchanged.`,
		maxProperties: META_LIMITS.keys,
	});

/** A `Date` (from a database driver) as the `YYYY-MM-DD` text a file holds: its UTC calendar day. */
const dayOf = (value: unknown): unknown =>
	value instanceof Date && !Number.isNaN(value.getTime()) && value.getUTCFullYear() >= 0 && value.getUTCFullYear() <= 9999 ? value.toISOString().slice(0, 10) : value;

/**
 * The assessment schemas, for the date field each input has: text holds `YYYY-MM-DD`; a data object
 * may hold a `Date` instead, normalised to its UTC day (an invalid Date is refused as one).
 */
function assessmentSchemas<D extends z.ZodType<string, unknown>>(date: D) {
	const EvidenceSchema = z.strictObject({
		summary: TextSchema.meta({ description: 'What happened and what it shows, in a sentence or two.' }),
		kind: z.enum(EVIDENCE_KINDS).optional().meta({ description: 'What sort of evidence this is.' }),
		url: UrlSchema.optional().meta({ description: 'Where to see it (a ticket, a document, a pull request).' }),
		date: date.optional().meta({ description: 'When it happened.' }),
		statements: z
			.array(IdSchema)
			.optional()
			.meta({ description: 'Ids of the behaviour statements this evidence shows.' }),
	});

	const RatingSchema = z.strictObject({
		rating: IdSchema.nullable()
			// `null` (a draft's empty field) and absent both mean not rated yet.
			.transform((rating) => rating ?? undefined)
			.optional()
			.meta({
				description: 'A scale value id, judged against the target level\'s expectations. Absent or `null` means not rated yet.',
			}),
		confidence: z
			.enum(['low', 'medium', 'high'])
			.optional()
			.meta({ description: 'How sure the assessor is of this rating.' }),
		note: TextSchema.optional().meta({ description: 'Anything the rating alone does not say.' }),
		statements: z
			.record(IdSchema, IdSchema)
			.optional()
			.meta({ description: 'Optional finer ratings: statement id to scale value id.' }),
		evidence: z.array(EvidenceSchema).default([]).meta({ description: 'What backs the rating.' }),
		reassess: z
			.boolean()
			.optional()
			.meta({ description: 'Set by `rungs migrate` when the competency changed since this rating: look at it again, then remove the flag.' }),
	});

	// What is not filled in yet: `null` (a template's empty field) and absent both mean that.
	const blank = <T extends z.ZodType>(schema: T) => schema.nullable().transform((value) => value ?? undefined).optional();
	const GoalSchema = z.strictObject({
		competency: IdSchema.meta({ description: 'The competency id the goal is about.' }),
		statement: IdSchema.optional().meta({ description: 'The behaviour statement id it works towards, when it is one statement.' }),
		behaviour: TextSchema.meta({ description: 'The behaviour to work on, in a sentence.' }),
		evidence: TextSchema.optional().meta({ description: 'What evidence would show it.' }),
		goal: blank(TextSchema).meta({ description: 'The goal in the person\'s own words. Absent or `null`: not written yet.' }),
		by: blank(date).meta({ description: 'The date the person aims to show it by. Absent or `null`: not set yet.' }),
		status: z
			.enum(GOAL_STATUSES)
			.optional()
			.meta({ description: '`open` (the default) while it is worked on, `done` when the person counts it shown, `dropped` when it no longer matters.' }),
	});

	/** An assessment file: one person, rated by one assessor, against one ladder version. */
	const AssessmentSchema = z.strictObject({
		$schema: DollarSchemaField,
		format: z.literal(ASSESSMENT_FORMAT).meta({ description: 'The kind and version of this file.' }),
		person: PersonSchema.meta({ description: 'Who is assessed.' }),
		ladder: z
			.strictObject({
				id: IdSchema.meta({ description: 'The ladder\'s id.' }),
				version: SemverSchema.meta({ description: 'The ladder version the ratings were made against.' }),
			})
			.meta({ description: 'The ladder the person is on now.' }),
		assessor: AssessorSchema.meta({ description: 'Who made the ratings.' }),
		date: date.meta({ description: 'When the ratings were made.' }),
		current: IdSchema.meta({ description: 'The person\'s current level id on that ladder.' }),
		target: z
			.union([IdSchema, LevelRefSchema])
			.meta({ description: 'The level aimed at: a level id of the same ladder, or `{ ladder, level }` on another ladder.' }),
		ratings: z
			.record(
				IdSchema,
				// A draft may hold a competency as `null`: not rated yet, like a competency left out.
				RatingSchema.nullable().transform((rating): z.output<typeof RatingSchema> => rating ?? { evidence: [] }),
			)
			.default({})
			.meta({ description: 'Ratings per competency id, each judged against the target level; `null` means not rated yet.' }),
		notes: LongTextSchema.optional().meta({ description: 'Anything else for the conversation.' }),
		goals: z
			.array(GoalSchema)
			.max(GOALS_MAX, { error: valueRule('goals-too-many') })
			.optional()
			.meta({ description: `What the person works on next (at most ${GOALS_MAX}): \`rungs gap --plan\` proposes them; the next assessment, given this one with \`--since\`, reports on each.` }),
		meta: MetaSchema.optional(),
	});
	return { EvidenceSchema, RatingSchema, GoalSchema, AssessmentSchema };
}

export const AssessorSchema = z.strictObject({
	role: z.enum(['self', 'manager', 'peer']).meta({ description: 'Who rated: the person, their manager or a peer.' }),
	name: LabelSchema.optional().meta({ description: 'The assessor\'s name, if they wish to give it.' }),
});

export const PersonSchema = z.strictObject({
	name: LabelSchema.meta({ description: 'The person assessed (a first name or a pseudonym is enough).' }),
	id: boundedString(TEXT_LIMITS.label, 'id')
		.optional()
		.meta({ description: 'An identifier from an HR system, to pair assessments of the same person.' }),
});

const forText = assessmentSchemas(DateSchema);
export const EvidenceSchema = forText.EvidenceSchema;
export type Evidence = z.output<typeof EvidenceSchema>;
export const RatingSchema = forText.RatingSchema;
/** A goal of an assessment's `goals`: a behaviour to work on, what would show it, the person's words and date. */
export const GoalSchema = forText.GoalSchema;
export type Goal = z.output<typeof GoalSchema>;
export type Rating = z.output<typeof RatingSchema>;
/** An assessment file: one person, rated by one assessor, against one ladder version. */
export const AssessmentSchema = forText.AssessmentSchema;
export type Assessment = z.output<typeof AssessmentSchema>;
export type AssessmentInput = z.input<typeof AssessmentSchema>;

/** The same schema for a data object, where `date` may also be a `Date`. Internal: the JSON Schema is the text one. */
export const AssessmentDataSchema = assessmentSchemas(z.preprocess(dayOf, DateSchema)).AssessmentSchema;
