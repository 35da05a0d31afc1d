import { z } from 'zod';
import { boundedString, DateSchema, DollarSchemaField, IdSchema, LabelSchema, LongTextSchema, SemverSchema, TEXT_LIMITS, TextSchema, UrlSchema } from './common.ts';
import { LevelRefSchema } from './career-paths.ts';

import { ASSESSMENT_FORMAT } from '../limits.ts';

export { ASSESSMENT_FORMAT };

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

export const EvidenceSchema = z.strictObject({
	summary: TextSchema.meta({ description: 'What happened and what it shows, in a sentence or two.' }),
	kind: z.enum(EVIDENCE_KINDS).optional().meta({ description: 'What sort of evidence this is.' }),
	url: UrlSchema.optional().meta({ description: 'Where to see it (a ticket, a document, a pull request).' }),
	date: DateSchema.optional().meta({ description: 'When it happened.' }),
	statements: z
		.array(IdSchema)
		.optional()
		.meta({ description: 'Ids of the behaviour statements this evidence shows.' }),
});
export type Evidence = z.output<typeof EvidenceSchema>;

export const RatingSchema = z.strictObject({
	rating: IdSchema.optional().meta({
		description: 'A scale value id, judged against the target level\'s expectations. Absent means not rated yet.',
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
export type Rating = z.output<typeof RatingSchema>;

export const AssessorSchema = z.strictObject({
	role: z.enum(['self', 'manager', 'peer']).meta({ description: 'Who rated: the person, their manager or a peer.' }),
	name: LabelSchema.optional().meta({ description: 'The assessor\'s name, if they wish to give it.' }),
});

export const PersonSchema = z.strictObject({
	name: LabelSchema.meta({ description: 'The person assessed (a first name or a pseudonym is enough).' }),
	id: boundedString(TEXT_LIMITS.label, 'An identifier from another system')
		.optional()
		.meta({ description: 'An identifier from an HR system, to pair assessments of the same person.' }),
});

/** An assessment file: one person, rated by one assessor, against one ladder version. */
export const AssessmentSchema = z.strictObject({
	$schema: DollarSchemaField,
	format: z.literal(ASSESSMENT_FORMAT).meta({ description: 'The kind and version of this file.' }),
	person: PersonSchema.meta({ description: 'Who is assessed.' }),
	matrix: z
		.strictObject({
			id: IdSchema.meta({ description: 'The ladder\'s id.' }),
			version: SemverSchema.meta({ description: 'The ladder version the ratings were made against.' }),
		})
		.meta({ description: 'The ladder the person is on now.' }),
	assessor: AssessorSchema.meta({ description: 'Who made the ratings.' }),
	date: DateSchema.meta({ description: 'When the ratings were made.' }),
	current: IdSchema.meta({ description: 'The person\'s current level id on that ladder.' }),
	target: z
		.union([IdSchema, LevelRefSchema])
		.meta({ description: 'The level aimed at: a level id of the same ladder, or `{ matrix, level }` on another ladder.' }),
	ratings: z
		.record(IdSchema, RatingSchema)
		.default({})
		.meta({ description: 'Ratings per competency id, each judged against the target level.' }),
	notes: LongTextSchema.optional().meta({ description: 'Anything else for the conversation.' }),
});
export type Assessment = z.output<typeof AssessmentSchema>;
export type AssessmentInput = z.input<typeof AssessmentSchema>;
