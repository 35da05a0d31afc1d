import type { DeepReadonly } from './readonly.ts';
import { z } from 'zod';
import { BandSchema, IdSchema, LabelSchema, TextSchema, UrlSchema } from './common.ts';

export const DecisionSchema = z.strictObject({
	id: IdSchema.meta({
		description: 'Stable identifier, repeated at higher levels so the site can show how the limit grows.',
	}),
	text: TextSchema.meta({ description: 'What the person may decide alone, such as "Credit an account after a service failure".' }),
	limit: TextSchema.optional().meta({
		description: 'The limit at this level, in words, such as "up to one billing period".',
	}),
});
export type Decision = DeepReadonly<z.output<typeof DecisionSchema>>;

export const AuthoritySchema = z.strictObject({
	decideAlone: z
		.array(DecisionSchema)
		.default([])
		.meta({ description: 'Decisions this level takes without asking anyone, with their limits. The `decision-authority` house rule asks for at least one.' }),
	outOfScope: z
		.array(TextSchema)
		.default([])
		.meta({ description: 'What this level normally leaves to others, and to whom: guardrails, not walls. The `decision-authority` house rule asks for at least one.' }),
	escalateWhen: z
		.array(TextSchema)
		.default([])
		.meta({ description: 'Situations in which this level brings someone else in, and who. The `decision-authority` house rule asks for at least one.' }),
	tooSafe: z
		.array(TextSchema)
		.default([])
		.meta({ description: 'The over-cautious side of the guardrails: what would be too safe at this level, such as asking or escalating where the person should act.' }),
});
export type Authority = DeepReadonly<z.output<typeof AuthoritySchema>>;

export const LevelSchema = z.strictObject({
	id: IdSchema.meta({ description: 'Stable identifier used in assessments and page addresses, such as `senior`.' }),
	title: LabelSchema.meta({ description: 'The job title at this level, such as "Senior Support Representative".' }),
	band: BandSchema.optional().meta({
		description:
			'Band, such as `P3` or `IC4`, matching the framework\'s `bandPattern`. Optional, except in a ladder that uses shared competencies: their statements are written per band.',
	}),
	summary: TextSchema.optional().meta({ description: 'One sentence that tells this level apart from its neighbours (the `level-narrative` house rule asks for it).' }),
	scope: TextSchema.optional().meta({ description: 'How big and how complex the work is at this level (the `level-narrative` house rule asks for it).' }),
	ownership: TextSchema.optional().meta({ description: 'How much autonomy and accountability this level has (the `level-narrative` house rule asks for it).' }),
	initiative: TextSchema.optional().meta({ description: 'How far this level reaches beyond its own work (the `level-narrative` house rule asks for it).' }),
	authority: AuthoritySchema.optional().meta({
		description: 'Responsible freedom: what this level decides alone, what is out of scope, and when to escalate (the `decision-authority` house rule asks for it).',
	}),
	metricsUrl: UrlSchema.optional().meta({
		description: 'Where this level\'s numeric targets live, if any. Numbers stay out of the ladder.',
	}),
});
export type Level = DeepReadonly<z.output<typeof LevelSchema>>;
