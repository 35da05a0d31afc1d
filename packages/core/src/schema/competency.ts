import { z } from 'zod';
import { valueRule } from '../messages/value-rules.ts';
import { BandSchema, IdSchema, LabelSchema, TextSchema } from './common.ts';
import { inHundredths } from './number-bounds.ts';

export const StatementSchema = z.strictObject({
	id: IdSchema.meta({
		description:
			'Stable identifier within the competency; keep it when rewording so diffs and assessments follow the statement.',
	}),
	text: TextSchema.meta({ description: 'An observable behaviour, written as what the person does. No numbers or targets.' }),
});

/**
 * A statement as a file writes it: `{ id, text }`, or the text alone where a ladder does not rate
 * statements one by one. A plain string's id is derived from its text once, right after the shape
 * check (model/statement-ids.ts), so every later step sees `{ id, text, derivedId: true }`.
 */
export const WrittenStatementSchema = z.union([
	TextSchema.meta({ description: 'The statement\'s text alone; its id is derived from the words (see `rungs fix --ids`).' }),
	StatementSchema,
]);
export type WrittenStatement = z.output<typeof WrittenStatementSchema>;

/** A statement with its id: written, or derived from its text (`derivedId: true`). */
export interface Statement {
	id: string;
	text: string;
	/** True when the file wrote the text alone and the id was derived from it: rewording changes the id. */
	derivedId?: true;
}

const statements = z.array(WrittenStatementSchema).min(1, { error: valueRule('statements-none') });

const required = z
	.boolean()
	.optional()
	.meta({ description: 'A must-have: readiness rules that allow some gaps never allow one here.' });
const weight = z
	.number()
	.min(0.01, { error: valueRule('weight-too-small') })
	.max(10, { error: valueRule('weight-too-large') })
	.refine(inHundredths, { error: valueRule('weight-hundredths'), abort: true })
	.optional()
	.meta({ description: 'Relative weight in the weighted-points rule, from 0.01 to 10 with at most two decimals; 1 when absent.' });
/**
 * The levels a competency applies at. Absent: every level of the ladder. A range (`from`, `upTo`,
 * or both, each a level id of the ladder, inclusive) or a list of level ids. Whether the ids exist,
 * and whether a range or list names any level at all, is checked against the ladder
 * (UNKNOWN_LEVEL, LEVELS_EMPTY, LEVEL_RANGE_REVERSED), where the levels are known.
 */
export const LevelsSchema = z
	.union([
		z.strictObject({
			from: IdSchema.optional().meta({ description: 'The first level it applies at (inclusive).' }),
			upTo: IdSchema.optional().meta({ description: 'The last level it applies at (inclusive).' }),
		}).meta({ description: 'A range of levels: `from` one, `upTo` one, or both (inclusive).' }),
		z.array(IdSchema).meta({ description: 'The level ids it applies at, such as `[associate, lead]`.' }),
	])
	.optional()
	.meta({
		description:
			'The levels this competency applies at: `{ from }`, `{ upTo }`, `{ from, upTo }` (inclusive) or a list of level ids. Absent: every level. Readiness, reports and templates count it only at those levels.',
	});
export type LevelsSpec = z.output<typeof LevelsSchema>;

const evidenceExamples = z
	.array(TextSchema)
	.default([])
	.meta({ description: 'Kinds of evidence that show this competency, such as "a saved reply others reuse".' });

export const CompetencySchema = z.strictObject({
	id: IdSchema.meta({ description: 'Stable identifier, unique across the framework.' }),
	name: LabelSchema.meta({ description: 'The competency as people say it, such as "Troubleshooting".' }),
	category: IdSchema.meta({ description: 'A category declared in framework.yaml.' }),
	description: TextSchema.optional().meta({ description: 'What this competency is about, for every level (the `competency-description` house rule asks for it).' }),
	required,
	weight,
	levels: LevelsSchema,
	expectations: z
		.record(IdSchema, statements)
		.meta({
			description:
				'Behaviour statements per level id. With the ladder\'s `eachLevel: adds-to-below` (the default) a level assumes the statements of the levels below it; with `replaces-below` each level stands alone.',
		}),
	levelNotes: z
		.record(IdSchema, TextSchema)
		.optional()
		.meta({
			description:
				'Per level id, why the level has no statements or fewer than the level below (the content rules ask).',
		}),
	evidenceExamples,
});
/** A competency as written, before statement ids are derived. */
export type WrittenCompetency = z.output<typeof CompetencySchema>;
/** A local competency, every statement with its id. */
export type Competency = WithStatementIds<WrittenCompetency>;

export const SharedCompetencySchema = z.strictObject({
	id: IdSchema.meta({ description: 'Stable identifier that ladders use to include this competency.' }),
	name: LabelSchema.meta({ description: 'The competency as people say it, such as "Customer empathy".' }),
	category: IdSchema.meta({ description: 'A category declared in framework.yaml.' }),
	description: TextSchema.optional().meta({ description: 'What this competency is about, for every role and level (the `competency-description` house rule asks for it).' }),
	expectations: z
		.record(BandSchema, statements)
		.meta({
			description:
				'Behaviour statements per band (such as `P3`), shared by every ladder level in that band. Cumulative.',
		}),
	levelNotes: z
		.record(BandSchema, TextSchema)
		.optional()
		.meta({ description: 'Per band, why it has fewer statements than the band below.' }),
	evidenceExamples,
});
/** A shared competency as written, before statement ids are derived. */
export type WrittenSharedCompetency = z.output<typeof SharedCompetencySchema>;
/** A shared competency, every statement with its id. */
export type SharedCompetency = WithStatementIds<WrittenSharedCompetency>;

export const SharedCompetencyUseSchema = z.strictObject({
	id: IdSchema.meta({ description: 'The id of a competency in shared-competencies.yaml.' }),
	required,
	weight,
	levels: LevelsSchema,
	expectations: z
		.record(IdSchema, statements)
		.optional()
		.meta({
			description:
				'Statements this role adds to the shared ones, per level id. They may add, never restate or replace.',
		}),
	levelNotes: z
		.record(IdSchema, TextSchema)
		.optional()
		.meta({ description: 'Per level id, why this role expects less here than the level below.' }),
	evidenceExamples: z
		.array(TextSchema)
		.optional()
		.meta({ description: 'Role-specific kinds of evidence, added to the shared examples.' }),
});
/** A ladder's use of a shared competency as written, before statement ids are derived. */
export type WrittenSharedCompetencyUse = z.output<typeof SharedCompetencyUseSchema>;
/** A ladder's use of a shared competency, every statement it adds with its id. */
export type SharedCompetencyUse = WithStatementIds<WrittenSharedCompetencyUse>;

/** The same competency with `{ id, text }` statements only (optional `expectations` stay optional). */
export type WithStatementIds<T extends { expectations?: Record<string, WrittenStatement[]> }> = Omit<T, 'expectations'> &
	(undefined extends T['expectations'] ? { expectations?: Record<string, Statement[]> } : { expectations: Record<string, Statement[]> });
