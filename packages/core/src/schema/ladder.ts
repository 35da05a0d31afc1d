import { z } from 'zod';
import { valueRule } from '../messages/value-rules.ts';
import { DateSchema, DollarSchemaField, IdSchema, LabelSchema, SemverSchema, SourceSchema, TextSchema } from './common.ts';
import { CompetencySchema, SharedCompetencyUseSchema, type Competency, type SharedCompetencyUse } from './competency.ts';
import { LevelSchema } from './level.ts';
import { ReadinessRuleSchema } from './readiness-rule.ts';

export const LADDER_FORMAT = 'rungs/ladder@1';

/** A ladder file, `matrices/<id>.yaml`: one role family, its levels and its competencies. */
export const LadderFileSchema = z.strictObject({
	$schema: DollarSchemaField,
	format: z.literal(LADDER_FORMAT).meta({ description: 'The kind and version of this file.' }),
	id: IdSchema.meta({ description: 'Stable identifier; the file is named `<id>.yaml`.' }),
	version: SemverSchema.meta({
		description: 'Version of the content: major when a level or competency goes, minor when one is added, patch for rewording.',
	}),
	title: LabelSchema.meta({ description: 'The role family, such as "Support Representative".' }),
	summary: TextSchema.optional().meta({ description: 'What people in this role do and how the ladder grows (the `ladder-summary` house rule asks for it).' }),
	status: z
		.enum(['draft', 'published', 'deprecated'])
		.default('published')
		.meta({ description: 'Whether the ladder is in use: `draft`, `published` (when absent) or `deprecated`.' }),
	updated: DateSchema.optional().meta({ description: 'When the content last changed.' }),
	license: LabelSchema.optional().meta({ description: 'Licence of this content, such as `CC-BY-4.0`; the framework\'s licence when absent.' }),
	sources: z
		.array(SourceSchema)
		.default([])
		.meta({ description: 'Where the ideas in this ladder come from.' }),
	readiness: ReadinessRuleSchema.optional().meta({
		description: 'This ladder\'s readiness rule, when it differs from the framework\'s default.',
	}),
	eachLevel: z
		.enum(['adds-to-below', 'replaces-below'])
		.default('adds-to-below')
		.meta({
			description:
				'How statements accumulate up the ladder: `adds-to-below` (the default) when a level expects its own statements and those of the levels below; `replaces-below` when each level\'s statements stand alone.',
		}),
	levels: z
		.array(LevelSchema)
		.min(2, { error: valueRule('levels-too-few') })
		.max(8, { error: valueRule('levels-too-many') })
		.meta({ description: 'The levels from first to last; bands never go down.' }),
	sharedCompetencies: z
		.array(SharedCompetencyUseSchema)
		.default([])
		.meta({ description: 'Shared competencies this ladder uses, with any statements the role adds.' }),
	competencies: z
		.array(CompetencySchema)
		.default([])
		.meta({ description: 'Competencies that belong to this role only.' }),
});
/** A ladder file as written: statements may be plain strings. */
export type WrittenLadderFile = z.output<typeof LadderFileSchema>;
/** A ladder file with every statement's id, written or derived (model/statement-ids.ts). */
export type LadderFile = Omit<WrittenLadderFile, 'competencies' | 'sharedCompetencies'> & { competencies: Competency[]; sharedCompetencies: SharedCompetencyUse[] };
export type LadderFileInput = z.input<typeof LadderFileSchema>;
